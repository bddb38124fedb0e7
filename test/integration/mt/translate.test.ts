import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { harness, request, translateRequests, until } from './helpers';

let standin: DeeplStandin;

beforeAll(async () => {
  standin = await startDeeplStandin();
});
afterAll(async () => {
  await standin.close();
});
afterEach(async () => {
  await standin.clear();
  standin.resetCounts();
});

const RU = Object.freeze([
  'Мост через реку открыли в среду.',
  'Министр заявил, что работы продлятся до осени.',
  'Жители ждали этого решения много лет.',
]);
const DE = Object.freeze(['Die Brücke wurde am Mittwoch eröffnet.', 'Der Minister sprach von einem langen Weg.']);

describe('MtService on deepl-node against the stand-in', () => {
  it('translates ru->de and de->ru, storing model, billed characters and suggestion ids', async () => {
    const h = harness(standin);
    const ruDe = await h.mt.translate(request(RU, { modelType: 'quality_optimized', formality: 'more' }));
    expect(ruDe.status).toBe('completed');
    expect(ruDe.items.map((i) => i.state)).toEqual(['translated', 'translated', 'translated']);
    expect(ruDe.items[0]!.suggestion).toBe(`[DE] ${RU[0]}`);
    expect(ruDe.items[0]!.billedCharacters).toBe([...RU[0]!].length);
    expect(ruDe.items[0]!.modelTypeUsed).toBe('quality_optimized');
    expect(ruDe.items.every((i) => typeof i.suggestionId === 'number')).toBe(true);
    expect(ruDe.billedCharacters).toBe(RU.reduce((n, t) => n + [...t].length, 0));
    const sent = standin.requests.find((r) => r.path === '/v2/translate')!;
    expect(sent.params['text']).toEqual([...RU]);
    expect(sent.params['source_lang']).toEqual(['ru']);
    expect(sent.params['target_lang']).toEqual(['de']);
    expect(sent.params['formality']).toEqual(['more']);
    expect(sent.params['model_type']).toEqual(['quality_optimized']);
    expect(sent.authorized).toBe(true);

    const deRu = await h.mt.translate(request(DE, { sourceLang: 'de', targetLang: 'ru' }));
    expect(deRu.items.map((i) => i.suggestion)).toEqual(DE.map((t) => `[RU] ${t}`));
    const rows = h.db.prepare('SELECT source_lang, target_lang, model_type_used, billed_characters FROM mt_suggestions ORDER BY id').all();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ source_lang: 'ru', target_lang: 'de', model_type_used: 'quality_optimized', billed_characters: [...RU[0]!].length });
  });

  it('serves a repeated request from the cache with zero requests to DeepL', async () => {
    const h = harness(standin);
    const first = await h.mt.translate(request(RU));
    const before = standin.counts.total;
    const again = await h.mt.translate(request(RU));
    expect(standin.counts.total - before).toBe(0);
    expect(again.requests).toBe(0);
    expect(again.billedCharacters).toBe(0);
    expect(again.items.map((i) => i.state)).toEqual(['cached', 'cached', 'cached']);
    expect(again.items.map((i) => i.suggestion)).toEqual(first.items.map((i) => i.suggestion));
    expect(again.items.map((i) => i.suggestionId)).toEqual(first.items.map((i) => i.suggestionId));
    expect(again.estimate).toMatchObject({ cachedItems: 3, uncachedItems: 0, characters: 0, requests: 0 });
  });

  it('keys the cache on formality, context and model: a changed option is a new request', async () => {
    const h = harness(standin);
    await h.mt.translate(request(RU.slice(0, 1)));
    const cases = [
      { formality: 'less' as const },
      { items: [{ id: 'a', text: RU[0]!, context: 'Новости города.' }] },
      { modelType: 'latency_optimized' as const },
    ];
    for (const over of cases) {
      const before = translateRequests(standin);
      const r = await h.mt.translate(request(RU.slice(0, 1), over));
      expect(r.items[0]!.state).toBe('translated');
      expect(translateRequests(standin) - before).toBe(1);
      const again = await h.mt.translate(request(RU.slice(0, 1), over));
      expect(again.items[0]!.state).toBe('cached');
    }
  });

  it('sends the surrounding sentences as context (one context per request) and does not bill them', async () => {
    const h = harness(standin);
    const r = await h.mt.translate(request(RU, { contextWindow: 1 }));
    expect(r.status).toBe('completed');
    const sent = standin.requests.filter((q) => q.path === '/v2/translate');
    // The first and last sentence share their context (the middle one), so they share a request.
    expect(sent).toHaveLength(2);
    const byContext = Object.fromEntries(sent.map((q) => [q.params['context']![0]!, q.params['text']]));
    expect(byContext).toEqual({ [RU[1]!]: [RU[0], RU[2]], [`${RU[0]} ${RU[2]}`]: [RU[1]] });
    expect(r.billedCharacters).toBe(RU.reduce((n, t) => n + [...t].length, 0));
  });

  it('batches within 50 texts and 128 KiB per request, sending duplicates once', async () => {
    const h = harness(standin);
    const many = Array.from({ length: 120 }, (_, i) => `Предложение номер ${i + 1}.`);
    const r = await h.mt.translate(request([...many, many[0]!, many[1]!]));
    expect(r.status).toBe('completed');
    expect(translateRequests(standin)).toBe(3);
    expect(standin.counts.maxTextsPerRequest).toBe(50);
    expect(standin.counts.translatedTexts).toBe(120);
    expect(r.items[120]!.suggestion).toBe(r.items[0]!.suggestion);
    expect(r.items[120]!.billedCharacters).toBe(0);

    standin.resetCounts();
    const long = Array.from({ length: 12 }, (_, i) => `${i}: ${'Длинный абзац о строительстве моста. '.repeat(180)}`);
    const big = await h.mt.translate(request(long));
    expect(big.status).toBe('completed');
    expect(standin.counts.maxBodyBytes).toBeLessThanOrEqual(128 * 1024);
    expect(translateRequests(standin)).toBeGreaterThan(1);
    expect(big.estimate.requests).toBe(translateRequests(standin));
  });

  it('marks a text too large for any request instead of sending it', async () => {
    const h = harness(standin);
    const huge = 'Ж'.repeat(40_000);
    const r = await h.mt.translate(request(['Короткий текст.', huge]));
    expect(r.items.map((i) => i.state)).toEqual(['translated', 'too_large']);
    expect(standin.counts.maxBodyBytes).toBeLessThan(128 * 1024);
  });

  it('returns an estimate and sends nothing above the threshold until confirmed', async () => {
    const h = harness(standin, { confirmThreshold: 50 });
    const est = h.mt.estimate(request(RU));
    expect(est).toMatchObject({ items: 3, cachedItems: 0, uncachedItems: 3, uniqueTexts: 3, requests: 1, needsConfirmation: true });
    expect(est.characters).toBe(RU.reduce((n, t) => n + [...t].length, 0));
    const unconfirmed = await h.mt.translate(request(RU));
    expect(unconfirmed.status).toBe('needs_confirmation');
    expect(unconfirmed.items.every((i) => i.state === 'not_requested' && i.suggestion === null)).toBe(true);
    expect(standin.counts.total).toBe(0);
    const tooLittle = await h.mt.translate(request(RU, { confirmCharacters: est.characters - 1 }));
    expect(tooLittle.status).toBe('needs_confirmation');
    const confirmed = await h.mt.translate(request(RU, { confirmCharacters: est.characters }));
    expect(confirmed.status).toBe('completed');
    expect(h.mt.estimate(request(RU))).toMatchObject({ characters: 0, needsConfirmation: false, cachedItems: 3 });
  });

  it('cancels a batch: queued requests are not sent, the answer in flight is still cached', async () => {
    const h = harness(standin, { maxTextsPerRequest: 1, concurrency: 1 });
    standin.inject({ kind: 'delay', ms: 400, times: 1 });
    const running = h.mt.translate(request(RU, { batchId: 'b1' }));
    await until(() => standin.requests.length >= 1, 'the first request');
    expect(h.mt.cancel('b1')).toEqual({ cancelled: true });
    const r = await running;
    expect(r.status).toBe('cancelled');
    expect(r.items.map((i) => i.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(translateRequests(standin)).toBe(1);
    expect(h.mt.cancel('b1')).toEqual({ cancelled: false });
    await until(() => (h.db.prepare('SELECT COUNT(*) AS n FROM mt_suggestions').get() as { n: number }).n === 1, 'the late answer');
    const again = await h.mt.translate(request(RU));
    expect(again.items.map((i) => i.state)).toEqual(['cached', 'translated', 'translated']);
  });

  it('serves the cache in cache-only mode and never contacts DeepL', async () => {
    const h = harness(standin);
    await h.mt.translate(request(RU.slice(0, 1)));
    const before = standin.counts.total;
    const r = await h.mt.translate(request(RU, { cacheOnly: true }));
    expect(r.items.map((i) => i.state)).toEqual(['cached', 'not_requested', 'not_requested']);
    expect(standin.counts.total).toBe(before);
  });

  it('reports empty items without sending them', async () => {
    const h = harness(standin);
    const r = await h.mt.translate(request(['  ', RU[0]!]));
    expect(r.items.map((i) => i.state)).toEqual(['empty', 'translated']);
    expect(standin.requests.find((q) => q.path === '/v2/translate')!.params['text']).toEqual([RU[0]]);
  });

  it('reports usage and remaining quota', async () => {
    const h = harness(standin);
    await h.mt.translate(request(RU.slice(0, 1)));
    const s = await h.mt.status();
    expect(s).toMatchObject({ keySet: true, source: 'env', canSetKey: false, error: null });
    expect(s.usage!.characterCount).toBeGreaterThanOrEqual([...RU[0]!].length);
    expect(s.usage!.remaining).toBe(s.usage!.characterLimit - s.usage!.characterCount);
    expect(s.serverUrl).toBe(standin.url);
  });

  it('limits requests in flight across concurrent batches, and syncs a shared glossary once', async () => {
    const h = harness(standin, { maxTextsPerRequest: 1, concurrency: 2 });
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    standin.inject({ kind: 'delay', ms: 30, path: '/v2/translate' });
    const batches = [0, 1, 2].map((b) =>
      h.mt.translate(request(RU.map((t) => `${b}: Мост. ${t}`), { projectId: h.projectId, batchId: `b${b}` })),
    );
    const results = await Promise.all(batches);
    expect(results.every((r) => r.status === 'completed')).toBe(true);
    expect(translateRequests(standin)).toBe(9);
    expect(standin.counts.maxInFlight).toBeLessThanOrEqual(2);
    expect(standin.counts.byRoute['POST /v3/glossaries']).toBe(1);
    expect(results[2]!.items[0]!.suggestion).toBe(`[DE] 2: Brücke. ${RU[0]!.replace('Мост', 'Brücke')}`);
  });

  it('gives the aligner the newest cached suggestion per text, whatever the options', async () => {
    const h = harness(standin);
    await h.mt.translate(request(RU.slice(0, 2)));
    await h.mt.translate(request(RU.slice(0, 1), { formality: 'less' }));
    const found = h.mt.cachedSuggestions('ru', 'de', [...RU]);
    expect([...found.keys()].sort()).toEqual([RU[0], RU[1]].sort());
    expect(found.get(RU[0]!)!.suggestion).toBe(`[DE] ${RU[0]}`);
    expect(found.get(RU[1]!)!.sourceText).toBe(RU[1]);
    expect(h.mt.cachedSuggestions('de', 'ru', [RU[1]!]).size).toBe(0);
  });

  it('an invalid DEEPL_SERVER_URL is a clear per-item failure, not a crash', async () => {
    const h = harness(standin, { serverUrl: 'not a url' });
    const r = await h.mt.translate(request(RU.slice(0, 1)));
    expect(r.items[0]).toMatchObject({ state: 'failed', message: expect.stringMatching(/DEEPL_SERVER_URL/) });
    expect(standin.counts.total).toBe(0);
  });
});
