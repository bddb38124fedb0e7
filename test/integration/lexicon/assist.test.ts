import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';

// Our own texts: the German quotation's only content word (Flunkerei) is in no dictionary;
// the stand-in "translates" it into the word the Russian original uses.
const RU = 'Министр ответил журналистам. Он сказал: «Это враньё». Потом он ушёл.\n\nСпикер добавил: «Переговоры продолжатся».';
// A report, not a rendering sentence by sentence (two of its four sentences render the
// original): a translated text would place the quotation by its sentence pair without assist.
const DE = 'In Berlin regnete es den ganzen Tag. Der Minister antwortete den Journalisten: „Das ist Flunkerei.“ Dann ging er. Die Börse schloss am Abend kaum verändert.';

let standin: DeeplStandin;
let s: Services;
type D = ReturnType<typeof createDispatch>;
let d: D;

beforeAll(async () => {
  standin = await startDeeplStandin({ phrasebook: { Flunkerei: 'враньё' } });
  s = createServices({
    dbFile: ':memory:',
    shell: 'web',
    env: { DEEPL_AUTH_KEY: standin.key, DEEPL_SERVER_URL: standin.url },
    mt: { confirmThreshold: 1_000_000 },
    backup: 'off',
    integrity: 'off',
  });
  d = createDispatch(s);
});
afterAll(async () => {
  s.close();
  await standin.close();
});

async function ok<T = any>(channel: string, req: unknown): Promise<T> {
  const r = (await d(channel as never, req as never)) as { ok: boolean; value: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value;
}

async function project(name: string, de = DE): Promise<number> {
  const p = await ok<{ id: number }>('projects.create', { name });
  await ok('documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text: RU });
  await ok('documents.addText', { projectId: p.id, role: 'target', lang: 'de', text: de });
  return p.id;
}

const translateRequests = () => standin.counts.byRoute['POST /v2/translate'] ?? 0;
type Link = { kind: string; source: { start: number; end: number } | null; assisted?: boolean };
const quoteOf = (links: Link[]) => links.find((l) => l.kind === 'quote');

describe('online assist (DeepL translations of the quotations as evidence)', () => {
  it('is off by default: an alignment sends nothing and no link is assisted', async () => {
    const pid = await project('Ohne Hilfe');
    expect(await ok('lexicon.assist', { projectId: pid })).toEqual({ projectId: pid, enabled: false });
    const before = translateRequests();
    const res = await ok<{ links: Link[] }>('workbench.align', { projectId: pid });
    expect(translateRequests()).toBe(before);
    const q = quoteOf(res.links);
    expect(q?.assisted).toBeUndefined();
    expect(!q?.source || !RU.slice(q.source.start, q.source.end).includes('враньё')).toBe(true);
  });

  it('switched on: the quotation is translated once (cached after), its words found in the original, and the link says so', async () => {
    const pid = await project('Mit Hilfe');
    await ok('lexicon.setAssist', { projectId: pid, enabled: true });
    const estimate = await ok<{ items: number; characters: number; cachedItems: number }>('lexicon.assistEstimate', { projectId: pid });
    expect(estimate).toMatchObject({ items: 1, cachedItems: 0, characters: [...'Das ist Flunkerei.'].length });
    const before = translateRequests();
    const res = await ok<{ links: Link[]; alignment: { reason: string } }>('workbench.align', { projectId: pid });
    expect(translateRequests()).toBe(before + 1);
    expect(res.alignment.reason).toMatch(/online assist: 1 of 1 quotations translated/);
    const q = quoteOf(res.links)!;
    expect(q.source && RU.slice(q.source.start, q.source.end)).toContain('враньё');
    expect(q.assisted).toBe(true);
    // The view says it too; a second alignment is served from the cache.
    expect(quoteOf((await ok<{ links: Link[] }>('workbench.view', { projectId: pid })).links)?.assisted).toBe(true);
    await ok('workbench.align', { projectId: pid });
    expect(translateRequests()).toBe(before + 1);
    expect(await ok('lexicon.assistEstimate', { projectId: pid })).toMatchObject({ cachedItems: 1, characters: 0 });
  });

  it('without DeepL (server down) the alignment still runs and says the assist was unavailable', async () => {
    // A quotation never translated before, so the cache cannot answer.
    const pid = await project('Offline', DE.replace('Flunkerei', 'Flunkerei und Unsinn'));
    await ok('lexicon.setAssist', { projectId: pid, enabled: true });
    standin.inject({ kind: 'refuse' });
    try {
      const res = await ok<{ links: Link[]; alignment: { reason: string } }>('workbench.align', { projectId: pid });
      expect(res.links.length).toBeGreaterThan(0);
      expect(res.alignment.reason).toMatch(/online assist/);
    } finally {
      await standin.clear();
    }
  });

  it('checks requests: an unknown project is NOT_FOUND, a bad payload BAD_REQUEST', async () => {
    expect(await d('lexicon.setAssist' as never, { projectId: 9999, enabled: true } as never)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await d('lexicon.setAssist' as never, { projectId: 1, enabled: 'yes' } as never)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
