import { describe, expect, it } from 'vitest';
import { DEEPL_MAX_REQUEST_BYTES, cacheKey, chunkJobs, contextHash, formBytes, neighbourContext, type Job } from '../../../electron/services/mt/plan';

const base = Object.freeze({
  sourceLang: 'ru',
  targetLang: 'de',
  text: 'Мост открыт.',
  formality: 'default',
  modelType: null,
  contextHash: null,
  glossaryVersion: '',
});

describe('cacheKey', () => {
  it('is stable for equal inputs and changes with every part', () => {
    expect(cacheKey(base)).toBe(cacheKey({ ...base }));
    const variants = [
      { sourceLang: 'de', targetLang: 'ru' },
      { text: 'Мост закрыт.' },
      { formality: 'more' },
      { modelType: 'quality_optimized' },
      { contextHash: contextHash('Вчера.') },
      { glossaryVersion: 'abc' },
    ];
    const keys = new Set([cacheKey(base), ...variants.map((v) => cacheKey({ ...base, ...v }))]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it('has no context hash for an empty context', () => {
    expect(contextHash(undefined)).toBeNull();
    expect(contextHash('')).toBeNull();
    expect(contextHash('a')).toMatch(/^[0-9a-f]{32}$/);
  });
});

const job = (i: number, text = `Текст ${i}.`, context?: string): Job => ({ key: `k${i}`, text, context });

describe('chunkJobs', () => {
  it('never puts more than 50 texts in a request', () => {
    const jobs = Object.freeze(Array.from({ length: 101 }, (_, i) => job(i)));
    const { chunks } = chunkJobs(jobs, { maxTexts: 500, maxBytes: DEEPL_MAX_REQUEST_BYTES });
    expect(chunks.map((c) => c.jobs.length)).toEqual([50, 50, 1]);
    expect(chunks.flatMap((c) => c.jobs.map((j) => j.key))).toEqual(jobs.map((j) => j.key));
  });

  it('keeps each request within the byte limit and sets aside a text too large for any', () => {
    const big = 'Ж'.repeat(5_000); // 30 000 bytes form-encoded
    const jobs = [job(1, big), job(2, big), job(3, big), job(4, big), job(5, 'Ж'.repeat(30_000))];
    const { chunks, tooLarge } = chunkJobs(jobs, { maxTexts: 50, maxBytes: 64 * 1024 });
    expect(tooLarge.map((j) => j.key)).toEqual(['k5']);
    expect(chunks.map((c) => c.jobs.length)).toEqual([2, 2]);
    for (const c of chunks) expect(c.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('groups by context, because DeepL takes one context per request', () => {
    const jobs = [job(1, 'a', 'X'), job(2, 'b', 'Y'), job(3, 'c', 'X'), job(4, 'd')];
    const { chunks } = chunkJobs(jobs, { maxTexts: 50, maxBytes: DEEPL_MAX_REQUEST_BYTES });
    expect(chunks.map((c) => [c.context, c.jobs.map((j) => j.key)])).toEqual([
      ['X', ['k1', 'k3']],
      ['Y', ['k2']],
      [undefined, ['k4']],
    ]);
  });

  it('measures form-encoded bytes as deepl-node sends them', () => {
    expect(formBytes('abc')).toBe(3);
    expect(formBytes('a b')).toBe(3);
    expect(formBytes('Ж')).toBe(6);
    expect(formBytes('&=')).toBe(6);
  });
});

describe('neighbourContext', () => {
  const texts = Object.freeze(['Один.', 'Два.', '  ', 'Четыре.', 'Пять.']);
  it.each([
    [0, 1, 'Два.'],
    [1, 1, 'Один.'],
    [3, 1, 'Пять.'],
    [3, 2, 'Два. Пять.'],
    [2, 0, undefined],
  ])('item %i with window %i -> %j', (i, w, ctx) => {
    expect(neighbourContext(texts, i, w)).toBe(ctx);
  });
});
