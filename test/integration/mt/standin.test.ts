import * as deepl from 'deepl-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';

// The stand-in is only worth its name if deepl-node itself cannot tell it from DeepL for
// every call Sverka makes (and the e2e tests will make): these drive it with the real client.
let standin: DeeplStandin;
let client: deepl.DeepLClient;

beforeAll(async () => {
  standin = await startDeeplStandin({ characterLimit: 1_000 });
  client = new deepl.DeepLClient(standin.key, { serverUrl: standin.url, maxRetries: 0, minTimeout: 2_000 });
});
afterAll(async () => {
  await standin.close();
});
afterEach(async () => {
  await standin.clear();
  standin.resetCounts();
});

const entries = (o: Record<string, string>) => new deepl.GlossaryEntries({ entries: o });

describe('the DeepL stand-in, driven by deepl-node', () => {
  it('answers usage and languages in DeepL shapes', async () => {
    const u = await client.getUsage();
    expect(u.character).toMatchObject({ limit: 1_000 });
    expect(u.anyLimitReached()).toBe(false);
    const targets = await client.getTargetLanguages();
    expect(targets.map((l) => l.code)).toEqual(expect.arrayContaining(['de', 'ru']));
    expect(targets.find((l) => l.code === 'de')!.supportsFormality).toBe(true);
    expect((await client.getSourceLanguages()).length).toBeGreaterThan(1);
    expect(standin.requests.find((r) => r.path === '/v2/languages' && r.params['type'])!.params['type']).toEqual(['target']);
  });

  it('translates single texts and arrays with billed characters and the model used', async () => {
    const one = await client.translateText('Мост', 'ru', 'de');
    expect(one).toMatchObject({ text: '[DE] Мост', billedCharacters: 4, detectedSourceLang: 'ru' });
    const many = await client.translateText(['Ein Satz.', 'Noch einer.'], 'de', 'ru', { modelType: 'latency_optimized', context: 'Kontext.' });
    expect(many.map((r) => [r.text, r.modelTypeUsed])).toEqual([
      ['[RU] Ein Satz.', 'latency_optimized'],
      ['[RU] Noch einer.', 'latency_optimized'],
    ]);
    const sent = standin.requests.at(-1)!;
    expect(sent.params).toMatchObject({ context: ['Kontext.'], model_type: ['latency_optimized'], show_billed_characters: ['1'] });
  });

  it('manages v3 multilingual glossaries: create, get, list, entries, replace, update, delete', async () => {
    const g = await client.createMultilingualGlossary('Test', [
      { sourceLangCode: 'ru', targetLangCode: 'de', entries: entries({ мост: 'Brücke' }) },
      { sourceLangCode: 'de', targetLangCode: 'ru', entries: entries({ Brücke: 'мост' }) },
    ]);
    expect(g.dictionaries).toHaveLength(2);
    expect((await client.getMultilingualGlossary(g.glossaryId)).name).toBe('Test');
    expect((await client.listMultilingualGlossaries()).map((x) => x.glossaryId)).toEqual([g.glossaryId]);
    const dict = await client.getMultilingualGlossaryDictionaryEntries(g, 'ru', 'de');
    expect(dict.entries.entries()).toEqual({ мост: 'Brücke' });
    const replaced = await client.replaceMultilingualGlossaryDictionary(g, {
      sourceLangCode: 'ru',
      targetLangCode: 'de',
      entries: entries({ мост: 'Steg', река: 'Fluss' }),
    });
    expect(replaced.entryCount).toBe(2);
    const updated = await client.updateMultilingualGlossaryDictionary(g, { sourceLangCode: 'ru', targetLangCode: 'de', entries: entries({ море: 'Meer' }) });
    expect(updated.dictionaries.find((d) => d.sourceLangCode === 'ru')!.entryCount).toBe(3);
    expect((await client.translateText('мост и река', 'ru', 'de', { glossary: g })).text).toBe('[DE] Steg и Fluss');
    await client.deleteMultilingualGlossaryDictionary(g, 'de', 'ru');
    expect((await client.getMultilingualGlossary(g.glossaryId)).dictionaries).toHaveLength(1);
    await client.deleteMultilingualGlossary(g);
    await expect(client.getMultilingualGlossary(g.glossaryId)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);
  });

  it.each([
    { fault: { kind: 'status', status: 403 } as const, error: deepl.AuthorizationError },
    { fault: { kind: 'status', status: 456 } as const, error: deepl.QuotaExceededError },
    { fault: { kind: 'status', status: 429 } as const, error: deepl.TooManyRequestsError },
    { fault: { kind: 'status', status: 503 } as const, error: deepl.DeepLError },
    { fault: { kind: 'refuse' } as const, error: deepl.ConnectionError },
    { fault: { kind: 'reset' } as const, error: deepl.ConnectionError },
  ])('injects $fault.kind $fault.status as deepl-node sees it', async ({ fault, error }) => {
    standin.inject(fault);
    await expect(client.translateText('Мост', 'ru', 'de')).rejects.toBeInstanceOf(error);
  });

  it('refuses a wrong key, over-long batches and over-quota requests as DeepL does', async () => {
    const wrong = new deepl.DeepLClient('wrong:fx', { serverUrl: standin.url, maxRetries: 0 });
    await expect(wrong.getUsage()).rejects.toBeInstanceOf(deepl.AuthorizationError);
    await expect(client.translateText(Array.from({ length: 51 }, () => 'x'), 'ru', 'de')).rejects.toThrow(/413/);
    await expect(client.translateText('Ж'.repeat(1_001), 'ru', 'de')).rejects.toBeInstanceOf(deepl.QuotaExceededError);
    standin.inject({ kind: 'quotaAfter', texts: 1 });
    await client.translateText('a', 'ru', 'de');
    await expect(client.translateText('b', 'ru', 'de')).rejects.toBeInstanceOf(deepl.QuotaExceededError);
  });

  it('times out a slow answer with deepl-node\'s own timeout', async () => {
    const impatient = new deepl.DeepLClient(standin.key, { serverUrl: standin.url, maxRetries: 0, minTimeout: 100 });
    standin.inject({ kind: 'delay', ms: 3_000, times: 1 });
    const err = await impatient.getUsage().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(deepl.ConnectionError);
    expect((err as { error?: { code?: string } }).error?.code).toBe('ECONNABORTED');
  });
});
