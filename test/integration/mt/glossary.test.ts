import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { harness, request, translateRequests } from './helpers';

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
  standin.glossaries.clear();
});

const glossaryCalls = (s: DeeplStandin) =>
  Object.entries(s.counts.byRoute)
    .filter(([route]) => route.includes('/v3/glossaries'))
    .reduce((n, [, c]) => n + c, 0);

describe('project glossary synced to a DeepL v3 multilingual glossary', () => {
  it('syncs once per version, sends glossary_id, and serves both directions from one glossary', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    const first = await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    expect(first.items[0]!.suggestion).toBe('[DE] Brücke открыт.');
    expect(first.glossary).toMatchObject({ entries: 1, synced: true, error: null });
    expect(standin.counts.byRoute['POST /v3/glossaries']).toBe(1);
    const [g] = [...standin.glossaries.values()];
    expect([...g!.dictionaries.keys()].sort()).toEqual(['de>ru', 'ru>de']);
    const sent = standin.requests.find((r) => r.path === '/v2/translate')!;
    expect(sent.params['glossary_id']).toEqual([g!.glossary_id]);

    // Same version: no glossary request, in either direction.
    await h.mt.translate(request(['Мост закрыт.'], { projectId: h.projectId }));
    const back = await h.mt.translate(request(['Die Brücke ist offen.'], { projectId: h.projectId, sourceLang: 'de', targetLang: 'ru' }));
    expect(back.items[0]!.suggestion).toBe('[RU] Die Мост ist offen.');
    expect(glossaryCalls(standin)).toBe(1);
  });

  it('re-syncs in place when the terms change, and the cache does not serve the old version', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    const before = translateRequests(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'открыт', targetLang: 'de', targetTerm: 'eröffnet' });
    const est = h.mt.estimate(request(['Мост открыт.'], { projectId: h.projectId }));
    expect(est.cachedItems).toBe(0);
    const r = await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    expect(r.items[0]).toMatchObject({ state: 'translated', suggestion: '[DE] Brücke eröffnet.' });
    expect(translateRequests(standin) - before).toBe(1);
    expect(standin.counts.byRoute['POST /v3/glossaries']).toBe(1);
    expect(standin.counts.byRoute['PUT /v3/glossaries/:id/dictionaries']).toBe(2);
    expect(standin.glossaries.size).toBe(1);

    // Without the glossary the old key applies again: a different cache entry.
    const off = await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId, useGlossary: false }));
    expect(off.items[0]!.suggestion).toBe('[DE] Мост открыт.');
  });

  it('re-creates a glossary deleted on the server (404) and keeps translating with it', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    standin.glossaries.clear();
    const r = await h.mt.translate(request(['Мост закрыт.'], { projectId: h.projectId }));
    expect(r.items[0]).toMatchObject({ state: 'translated', suggestion: '[DE] Brücke закрыт.' });
    expect(standin.counts.byRoute['POST /v3/glossaries']).toBe(2);
    expect(standin.glossaries.size).toBe(1);
  });

  it('a project without usable terms uses no glossary', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'с\tтабуляцией', targetLang: 'de', targetTerm: 'mit Tab' });
    const r = await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    expect(r.glossary).toBeNull();
    expect(glossaryCalls(standin)).toBe(0);
  });

  it('a failed sync that is not fatal translates without the glossary and says so', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    standin.inject({ kind: 'status', status: 400, times: 1, path: '/v3/glossaries' });
    const r = await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    expect(r.items[0]).toMatchObject({ state: 'translated', suggestion: '[DE] Мост открыт.' });
    expect(r.glossary!.error).toMatch(/without it/);
    const row = h.db.prepare('SELECT glossary_version FROM mt_suggestions').get() as { glossary_version: string };
    expect(row.glossary_version).toBe('');
  });

  it('a failed sync keeps serving suggestions cached for the glossary version and sends only the rest', async () => {
    const h = harness(standin);
    h.terms.push({ sourceLang: 'ru', sourceTerm: 'Мост', targetLang: 'de', targetTerm: 'Brücke' });
    await h.mt.translate(request(['Мост открыт.'], { projectId: h.projectId }));
    // A second server (another DEEPL_SERVER_URL) has no copy of the glossary and refuses it.
    const other = await startDeeplStandin({ keys: [standin.key] });
    try {
      other.inject({ kind: 'status', status: 400, times: 1, path: '/v3/glossaries' });
      const h2 = harness(other, { db: h.db });
      h2.terms.push(...h.terms);
      const r = await h2.mt.translate(request(['Мост открыт.', 'Новая река.'], { projectId: h.projectId }));
      expect(r.glossary!.error).toMatch(/without it/);
      expect(r.items.map((i) => [i.state, i.suggestion])).toEqual([
        ['cached', '[DE] Brücke открыт.'],
        ['translated', '[DE] Новая река.'],
      ]);
      expect(other.counts.translatedTexts).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('uses the glossary store: project and global terms reach DeepL through createServices', async () => {
    const { createServices } = await import('../../../electron/services');
    const s = createServices({
      dbFile: ':memory:',
      shell: 'cli',
      env: { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url },
      backup: 'off',
      integrity: 'off',
    });
    try {
      const p = s.projects.create('Glossar');
      s.tm.addGlossaryTerm({ projectId: p.id, sourceLang: 'ru', targetLang: 'de', sourceTerm: 'Мост', targetTerm: 'Brücke' });
      const r = await s.mt.translate(request(['Мост открыт.'], { projectId: p.id }));
      expect(r.items[0]!.suggestion).toBe('[DE] Brücke открыт.');
    } finally {
      s.close();
    }
  });
});
