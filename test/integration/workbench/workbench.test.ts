import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MtRepository } from '../../../electron/db/repositories/mt';
import { parseTmx } from '../../../shared/formats/tmx/read14';
import { parseCsv } from '../../../shared/formats/csv/read';
import { plainText } from '../../../shared/formats/model';
import { find, fixture, openBench, projectWith, seedArticle, type Bench } from './helpers';

interface Link {
  id: number;
  kind: 'quote' | 'sentence';
  source: { start: number; end: number } | null;
  target: { start: number; end: number };
  sourceSegments: [number, number] | null;
  targetSegments: [number, number] | null;
  status: string;
  score: number | null;
  who: string;
  translation: { text: string; status: string } | null;
  recheck?: { before: string } | null;
  candidates?: { source: { start: number; end: number }; score: number }[];
  hasSuggestion?: boolean;
  suggestion?: { text: string; id: number } | null;
}

let bench: Bench;

beforeEach(() => {
  bench = openBench();
});

afterEach(() => {
  bench.close();
});

/** A view row without the field `restore` ignores, for exact comparisons with snapshots. */
function row(l: Link): Omit<Link, 'hasSuggestion' | 'suggestion'> {
  const { hasSuggestion: _h, suggestion: _s, ...rest } = l;
  return rest;
}

async function alignedSeed(): Promise<{ pid: number; view: any }> {
  const pid = await projectWith(bench.ipc, fixture('oped.ru.txt'), seedArticle());
  const view = await bench.ipc.ok('workbench.align', { projectId: pid });
  return { pid, view };
}

function quoteLink(view: any, opening: string): Link {
  const l = (view.links as Link[]).find(
    (x) => x.kind === 'quote' && view.target.text.slice(x.target.start, x.target.end).startsWith(opening),
  );
  if (!l) throw new Error(`no quote link starting ${opening}`);
  return l;
}

const quotes0 = (view: any): Link[] => (view.links as Link[]).filter((l) => l.kind === 'quote');
const sourceOf = (view: any, l: Link): string => (l.source ? view.source.text.slice(l.source.start, l.source.end) : '');

describe('workbench.align on the sample article and a Russian op-ed', () => {
  it('finds the German quotations, gives most of them their Russian source and says which are not in the original', async () => {
    const { view } = await alignedSeed();
    expect(view.alignment.mode).toBe('quotes');
    expect(view.alignment.reason).toMatch(/not a full translation/);
    const quotes = (view.links as Link[]).filter((l) => l.kind === 'quote');
    expect(quotes).toHaveLength(view.target.quotes.length);
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const l of view.links as Link[]) {
      expect(l.target.start).toBeLessThanOrEqual(l.target.end);
      expect(l.target.end).toBeLessThanOrEqual(view.target.text.length);
      if (l.source) expect(l.source.end).toBeLessThanOrEqual(view.source.text.length);
      expect(l.status === 'no_source').toBe(l.source === null);
      expect(l.who).toBe('auto');
    }
    // Every quote link is one of the quotations the text engine found.
    const quoteSpans = new Set(view.target.quotes.map((q: { start: number; end: number }) => `${q.start}:${q.end}`));
    for (const l of quotes) expect(quoteSpans.has(`${l.target.start}:${l.target.end}`)).toBe(true);

    expect(sourceOf(view, quoteLink(view, 'In Astana wurde'))).toContain('В Астане был подписан обширный пакет документов');
    expect(sourceOf(view, quoteLink(view, 'In Kasachstan genießt'))).toContain('В Казахстане его неизменно уважают');
    expect(sourceOf(view, quoteLink(view, 'Obwohl viele von ihnen'))).toContain('Хотя многие из них');
    // The Kremlin's statement is not in the op-ed.
    const kremlin = quoteLink(view, 'Während der Gespräche');
    expect(kremlin).toMatchObject({ source: null, status: 'no_source' });
    expect(quotes.filter((l) => l.source !== null).length).toBeGreaterThanOrEqual(7);

    expect(view.counts.total).toBe(view.links.length);
    expect(view.counts.noSource).toBe(quotes.filter((l) => l.status === 'no_source').length);
    expect(view.counts.auto + view.counts.noSource).toBe(view.counts.total);
    for (const side of [view.source, view.target]) {
      expect(side.segments.length).toBeGreaterThan(5);
      for (const s of side.segments) expect(side.text.slice(s.start, s.end).trim()).toBe(side.text.slice(s.start, s.end));
    }
    expect(view.stale).toBe(false);
  });

  it('keeps what the user confirmed, rejected or marked on re-alignment and drops proposals that overlap it', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const astana = quoteLink(view, 'In Astana wurde');
    const rich = quoteLink(view, 'sehr inhaltsreiche');
    const era = quoteLink(view, 'eine neue Ära');
    const paper = quoteLink(view, 'Rossiyskaya Gazeta');
    await ipc.ok('workbench.setStatus', { linkId: astana.id, status: 'confirmed' });
    const picked = find(view.source.text, 'очень содержательные');
    await ipc.ok('workbench.setSource', { linkId: rich.id, source: picked });
    await ipc.ok('review.reject', { linkId: era.id });
    await ipc.ok('workbench.setSource', { linkId: paper.id, source: null });
    const before = (await ipc.ok('workbench.view', { projectId: pid })).links as Link[];
    const kept = before.filter((l) => [astana.id, rich.id, era.id, paper.id].includes(l.id));

    const again = await ipc.ok('workbench.align', { projectId: pid });
    expect(again.alignment).toMatchObject({ kept: 4, dropped: 4, added: 0 });
    expect(again.alignment.unchanged).toBe(quotes0(view).length - 4);
    // Automatic links proposed again keep their ids and spans (their scores may move: the
    // confirmations above taught the learned lexicon the next alignment reads).
    const spansOf = (l: Link) => {
      const { score: _score, candidates, ...rest } = row(l) as Omit<Link, 'hasSuggestion' | 'suggestion'> & { updatedAt?: string };
      delete rest.updatedAt;
      // Candidates keep their spans; their scores and evidence weights move with the lexicon.
      return { ...rest, candidates: (candidates ?? []).map((c) => c.source) };
    };
    const autoBefore = before.filter((l) => !kept.some((k) => k.id === l.id)).map(spansOf);
    expect((again.links as Link[]).filter((l) => !kept.some((k) => k.id === l.id)).map(spansOf)).toEqual(autoBefore);
    const after = again.links as Link[];
    for (const k of kept) expect(row(after.find((l) => l.id === k.id)!)).toEqual(row(k));
    expect(after.find((l) => l.id === rich.id)).toMatchObject({ source: picked, status: 'confirmed', who: 'user' });
    expect(after.find((l) => l.id === paper.id)).toMatchObject({ source: null, status: 'no_source', who: 'user' });
    // One row per quotation still: the kept links stand in for the new proposals.
    const quotes = after.filter((l) => l.kind === 'quote');
    expect(quotes).toHaveLength(view.links.filter((l: Link) => l.kind === 'quote').length);
    for (const k of kept) {
      const rivals = quotes.filter((l) => l.id !== k.id && l.target.start < k.target.end && k.target.start < l.target.end);
      expect(rivals).toEqual([]);
    }
    expect(again.counts).toMatchObject({ confirmed: 2, rejected: 1 });
  });

  it('lists the quotations without sources when the project has no Russian original', async () => {
    const pid = await projectWith(bench.ipc, null, seedArticle());
    const before = await bench.ipc.ok('workbench.view', { projectId: pid });
    expect(before.links).toEqual([]);
    expect(before.source).toMatchObject({ documentId: null, text: '', segments: [] });
    expect(before.target.quotes.length).toBeGreaterThanOrEqual(10);
    const r = await bench.ipc.ok('workbench.align', { projectId: pid, mode: 'sentences' });
    expect(r.alignment.mode).toBe('quotes');
    expect(r.alignment.reason).toMatch(/no Russian original/);
    expect(r.links.length).toBe(r.target.quotes.filter((q: { depth: number }) => q.depth === 0).length);
    expect(r.links.every((l: Link) => l.status === 'no_source' && l.source === null)).toBe(true);
  });

  const storedDirectly = (ru: string, de: string): number => {
    const p = bench.services.projects.create('Workbench test');
    bench.services.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: ru, fileName: null });
    bench.services.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: de, fileName: null });
    return p.id;
  };

  it.each([
    ['an empty German article', 'Москва, 3 октября. Президент заявил: «Мы готовы».', ''],
    ['an empty Russian original', '', 'Er sagte: „Wir sind bereit.“'],
    ['two German texts', 'Er sagte: „Wir sind bereit.“ Dann ging er.', 'Er sagte: „Wir sind bereit.“ Dann ging er.'],
    ['CRLF line ends and emoji', 'Первый абзац 🙂.\r\n\r\nОн сказал: «Да».', 'Erster Absatz 🙂.\r\n\r\nEr sagte: „Ja“.'],
    ['a Russian side ten times longer', 'Он сказал: «Да». '.repeat(200), 'Er sagte: „Ja“.'],
    ['a one-word quotation', 'Он назвал это «катастрофой».', 'Er nannte es „Katastrophe“.'],
  ])('aligns %s without failing, and every span fits its text', async (_label, ru, de) => {
    // Pasted text must not be empty (documents.addText refuses it like an empty file); an empty
    // document still reaches the aligner from a database written before, so it is stored directly.
    const pid = ru !== '' && de !== '' ? await projectWith(bench.ipc, ru, de) : storedDirectly(ru, de);
    const r = await bench.ipc.ok('workbench.align', { projectId: pid });
    expect(['quotes', 'sentences']).toContain(r.alignment.mode);
    for (const l of r.links as Link[]) {
      expect(l.target.end).toBeLessThanOrEqual(de.length);
      if (l.source) expect(l.source.end).toBeLessThanOrEqual(ru.length);
      if (l.score !== null) expect(l.score).toBeGreaterThanOrEqual(0);
    }
    expect(r.counts.total).toBe(r.links.length);
  });

  it('marks the view stale when a document is replaced after alignment, and re-alignment drops links that no longer fit', async () => {
    const { pid, view } = await alignedSeed();
    const kaz = quoteLink(view, 'In Kasachstan genießt');
    await bench.ipc.ok('workbench.setStatus', { linkId: kaz.id, status: 'confirmed' });
    await bench.ipc.ok('documents.addText', { projectId: pid, role: 'source', lang: 'ru', text: 'Короткий текст.' });
    const stale = await bench.ipc.ok('workbench.view', { projectId: pid });
    expect(stale.stale).toBe(true);
    expect(stale.source.segments).toEqual([{ start: 0, end: 15 }]);
    const again = await bench.ipc.ok('workbench.align', { projectId: pid });
    expect(again.stale).toBe(false);
    expect(again.alignment.kept).toBe(0);
    expect(again.counts.confirmed).toBe(0);
    expect(again.links.every((l: Link) => l.source === null || l.source.end <= 15)).toBe(true);
  });

  it('keeps what it knows about a project with the project: nothing in the settings, nothing left after a delete', async () => {
    const settingsRows = () => bench.services.db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
    const before = settingsRows();
    const { pid, view } = await alignedSeed();
    expect(view.links.length).toBeGreaterThan(0);
    // The alignment's document state lives on the documents, not in the settings table.
    expect(settingsRows()).toEqual(before);
    const hashes = bench.services.db.prepare('SELECT role, segments_hash = content_hash AS current FROM documents WHERE project_id = ? ORDER BY role').all(pid);
    expect(hashes).toEqual([
      { role: 'source', current: 1 },
      { role: 'target', current: 1 },
    ]);
    await bench.ipc.ok('projects.delete', { id: pid });
    expect(settingsRows()).toEqual(before);
    for (const table of ['documents', 'alignment_links']) {
      expect(bench.services.db.prepare(`SELECT COUNT(*) FROM ${table} WHERE project_id = ?`).pluck().get(pid)).toBe(0);
    }
    // A new project gets a new id and starts unaligned: it inherits nothing from the deleted one.
    const next = await projectWith(bench.ipc, fixture('oped.ru.txt'), seedArticle());
    expect(next).toBeGreaterThan(pid);
    const fresh = await bench.ipc.ok('workbench.view', { projectId: next });
    expect(fresh).toMatchObject({ links: [], stale: false });
  });
});

describe('alignment runs', () => {
  it('reports progress by phase and forgets nothing it finished', async () => {
    const pid = await projectWith(bench.ipc, fixture('oped.ru.txt'), seedArticle());
    const run = bench.ipc.invoke('workbench.align', { projectId: pid, jobId: 'run-1' });
    const during = await bench.ipc.ok('workbench.alignProgress', { jobId: 'run-1' });
    expect(during).toMatchObject({ jobId: 'run-1', projectId: pid });
    expect(during.fraction).toBeLessThan(1);
    expect((await run).ok).toBe(true);
    expect(await bench.ipc.ok('workbench.alignProgress', { jobId: 'run-1' })).toMatchObject({ phase: 'done', fraction: 1 });
    expect(await bench.ipc.ok('workbench.cancelAlign', { jobId: 'run-1' })).toEqual({ cancelled: false });
    expect((await bench.ipc.invoke('workbench.alignProgress', { jobId: 'nope' })).error.code).toBe('NOT_FOUND');
  });

  it('cancels a run at its next phase and leaves the project as it was', async () => {
    const { pid, view } = await alignedSeed();
    await bench.ipc.ok('workbench.setStatus', { linkId: quoteLink(view, 'In Astana wurde').id, status: 'confirmed' });
    const before = await bench.ipc.ok('workbench.view', { projectId: pid });
    const run = bench.ipc.invoke('workbench.align', { projectId: pid, jobId: 'run-2', mode: 'sentences' });
    expect(await bench.ipc.ok('workbench.cancelAlign', { jobId: 'run-2' })).toEqual({ cancelled: true });
    const r = await run;
    expect(r.error.code).toBe('CANCELLED');
    expect(await bench.ipc.ok('workbench.alignProgress', { jobId: 'run-2' })).toMatchObject({ phase: 'cancelled' });
    expect((await bench.ipc.ok('workbench.view', { projectId: pid })).links.map(row)).toEqual(before.links.map(row));
  });
});

describe('link edits and undo', () => {
  it('setSource, then restore of `previous`, puts the link back exactly; restore of `links` redoes it', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const l = quoteLink(view, 'untrennbar mit');
    const span = find(view.source.text, 'неразрывно связаны с энергичной, продуктивной деятельностью');
    const edit = await ipc.ok('workbench.setSource', { linkId: l.id, source: span });
    expect(edit.links).toHaveLength(1);
    expect(edit.links[0]).toMatchObject({ id: l.id, source: span, status: 'confirmed', score: null, who: 'user' });
    expect(edit.links[0].sourceSegments).toEqual(l.sourceSegments);
    expect(edit.previous).toEqual([row(l)]);
    expect(edit.created).toEqual([]);

    const undo = await ipc.ok('workbench.restore', { projectId: pid, links: edit.previous, remove: edit.created });
    expect(undo.previous[0]).toEqual(row(edit.links[0]));
    const v1 = await ipc.ok('workbench.view', { projectId: pid });
    expect(row(v1.links.find((x: Link) => x.id === l.id))).toEqual(row(l));
    expect(v1.counts).toEqual(view.counts);

    await ipc.ok('workbench.restore', { projectId: pid, links: edit.links, remove: edit.removed });
    const v2 = await ipc.ok('workbench.view', { projectId: pid });
    expect(row(v2.links.find((x: Link) => x.id === l.id))).toEqual(row(edit.links[0]));
  });

  it('unlink and restore bring a link back under its id; a manual link displaces auto links and undoes cleanly', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const l = quoteLink(view, 'In Kasachstan genießt');
    const gone = await ipc.ok('workbench.unlink', { linkId: l.id });
    expect(gone).toMatchObject({ removed: [l.id], links: [], previous: [row(l)] });
    expect(gone.counts.total).toBe(view.counts.total - 1);
    await ipc.ok('workbench.restore', { projectId: pid, links: gone.previous, remove: gone.created });
    const back = await ipc.ok('workbench.view', { projectId: pid });
    expect(back.links.map(row)).toEqual(view.links.map(row));

    // Draw a link for the same quotation by hand: the automatic one gives way.
    const source = find(view.source.text, 'В Казахстане его неизменно уважают');
    const drawn = await ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source, target: l.target });
    expect(drawn.created).toHaveLength(1);
    expect(drawn.removed).toEqual([l.id]);
    expect(drawn.links[0]).toMatchObject({ source, target: l.target, status: 'confirmed', kind: 'quote' });
    const undo = await ipc.ok('workbench.restore', { projectId: pid, links: drawn.previous, remove: drawn.created });
    expect(undo.removed).toEqual(drawn.created);
    const again = await ipc.ok('workbench.view', { projectId: pid });
    expect(again.links.map(row)).toEqual(view.links.map(row));
  });

  it('refuses spans outside the text and statuses a link without source cannot have', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const l = quoteLink(view, 'In Astana wurde');
    const len = view.source.text.length;
    for (const source of [{ start: len - 2, end: len + 1 }, { start: len + 5, end: len + 5 }]) {
      const r = await ipc.invoke('workbench.setSource', { linkId: l.id, source });
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toMatch(/outside the Russian text/);
    }
    const r = await ipc.invoke('workbench.link', {
      projectId: pid,
      kind: 'quote',
      source: { start: 0, end: 3 },
      target: { start: 0, end: view.target.text.length + 1 },
    });
    expect(r.error.code).toBe('CONFLICT');
    const kremlin = quoteLink(view, 'Während der Gespräche');
    for (const status of ['confirmed', 'rejected', 'auto']) {
      expect((await ipc.invoke('workbench.setStatus', { linkId: kremlin.id, status })).error.code).toBe('CONFLICT');
    }
    expect((await ipc.invoke('review.reject', { linkId: kremlin.id })).error.code).toBe('CONFLICT');
    expect((await ipc.invoke('review.accept', { linkId: kremlin.id, text: 'x' })).error.code).toBe('CONFLICT');
    // Nothing changed.
    expect((await ipc.ok('workbench.view', { projectId: pid })).links.map(row)).toEqual(view.links.map(row));
  });
});

describe('sentence pairs of a full translation', () => {
  async function aligned(): Promise<{ pid: number; view: any }> {
    const pid = await projectWith(bench.ipc, fixture('parallel.ru.txt'), fixture('parallel.de.txt'));
    return { pid, view: await bench.ipc.ok('workbench.align', { projectId: pid }) };
  }
  const byTarget = (view: any, j: number): Link =>
    (view.links as Link[]).find((l) => l.kind === 'sentence' && l.targetSegments![0] === j)!;

  it('recognises a translation and pairs every sentence in order', async () => {
    const { view } = await aligned();
    expect(view.alignment.mode).toBe('sentences');
    expect(view.alignment.reason).toMatch(/^full translation/);
    const beads = (view.links as Link[]).filter((l) => l.kind === 'sentence');
    expect(beads).toHaveLength(view.target.segments.length);
    beads.forEach((b, j) => {
      expect(b.targetSegments).toEqual([j, j]);
      expect(b.sourceSegments).toEqual([j, j]);
      expect(b.target).toEqual(view.target.segments[j]);
      expect(b.source).toEqual(view.source.segments[j]);
    });
    // The quotation is found inside the Russian sentence its sentence is paired with.
    const quote = quoteLink(view, 'Diese Brücke wird');
    const bead = beads.find((b) => b.target.start <= quote.target.start && quote.target.end <= b.target.end)!;
    expect(quote.source!.start).toBeGreaterThanOrEqual(bead.source!.start);
    expect(quote.source!.end).toBeLessThanOrEqual(bead.source!.end);
    expect(sourceOf(view, quote)).toContain('Этот мост изменит облик всего города');
  });

  it('merges neighbouring pairs, splits them again, and both undo', async () => {
    const { pid, view } = await aligned();
    const ipc = bench.ipc;
    const a = byTarget(view, 3);
    const b = byTarget(view, 4);
    const merged = await ipc.ok('workbench.merge', { linkIds: [b.id, a.id] });
    expect(merged.removed).toEqual([b.id]);
    expect(merged.previous.map((p: Link) => p.id)).toEqual([a.id, b.id]);
    expect(merged.links).toHaveLength(1);
    expect(merged.links[0]).toMatchObject({
      id: a.id,
      sourceSegments: [3, 4],
      targetSegments: [3, 4],
      source: { start: view.source.segments[3].start, end: view.source.segments[4].end },
      target: { start: view.target.segments[3].start, end: view.target.segments[4].end },
      status: 'confirmed',
    });

    const split = await ipc.ok('workbench.split', { linkId: a.id, at: { side: 'target', segmentIndex: 4 } });
    expect(split.created).toHaveLength(1);
    const [first, second] = split.links as Link[];
    expect(first).toMatchObject({ id: a.id, sourceSegments: [3, 3], targetSegments: [3, 3] });
    expect(second).toMatchObject({ id: split.created[0], sourceSegments: [4, 4], targetSegments: [4, 4], status: 'confirmed' });

    await ipc.ok('workbench.restore', { projectId: pid, links: split.previous, remove: split.created });
    const afterUndoSplit = await ipc.ok('workbench.view', { projectId: pid });
    expect(row(afterUndoSplit.links.find((l: Link) => l.id === a.id))).toEqual(row(merged.links[0]));
    await ipc.ok('workbench.restore', { projectId: pid, links: merged.previous, remove: merged.created });
    const afterUndoMerge = await ipc.ok('workbench.view', { projectId: pid });
    expect(afterUndoMerge.links.map(row)).toEqual(view.links.map(row));
  });

  it('splits by the Russian side with an explicit German split point', async () => {
    const { view } = await aligned();
    const ipc = bench.ipc;
    const merged = await ipc.ok('workbench.merge', { linkIds: [byTarget(view, 7).id, byTarget(view, 8).id, byTarget(view, 9).id] });
    expect(merged.links[0]).toMatchObject({ sourceSegments: [7, 9], targetSegments: [7, 9] });
    const split = await ipc.ok('workbench.split', {
      linkId: merged.links[0].id,
      at: { side: 'source', segmentIndex: 8, otherSegmentIndex: 9 },
    });
    expect(split.links.map((l: Link) => [l.sourceSegments, l.targetSegments])).toEqual([
      [[7, 7], [7, 8]],
      [[8, 9], [9, 9]],
    ]);
  });

  it.each([
    ['non-neighbouring pairs', (v: any) => ({ linkIds: [byTarget(v, 1).id, byTarget(v, 3).id] })],
  ])('refuses to merge %s', async (_label, payload) => {
    const { view } = await aligned();
    const r = await bench.ipc.invoke('workbench.merge', payload(view));
    expect(r.error.code).toBe('CONFLICT');
  });

  it.each([
    ['before the first sentence of the pair', 5, 5],
    ['outside the pair', 5, 7],
  ])('refuses a split %s', async (_label, target, index) => {
    const { view } = await aligned();
    const r = await bench.ipc.invoke('workbench.split', { linkId: byTarget(view, target).id, at: { side: 'target', segmentIndex: index } });
    expect(r.error.code).toBe('CONFLICT');
  });

  it('refuses to split or merge quotation links', async () => {
    const { view } = await alignedSeed();
    const q1 = quoteLink(view, 'In Astana wurde');
    const q2 = quoteLink(view, 'untrennbar mit');
    expect((await bench.ipc.invoke('workbench.merge', { linkIds: [q1.id, q2.id] })).error.code).toBe('CONFLICT');
    expect((await bench.ipc.invoke('workbench.split', { linkId: q1.id, at: { side: 'target', segmentIndex: 1 } })).error.code).toBe('CONFLICT');
  });
});

describe('workbench.updateSourceText', () => {
  it('shifts links after an edit, marks touched links "needs re-check" with their old text, never drops one, and undoes in one call', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const astana = quoteLink(view, 'In Astana wurde');
    const kaz = quoteLink(view, 'In Kasachstan genießt');
    const obwohl = quoteLink(view, 'Obwohl viele von ihnen');
    await ipc.ok('workbench.setStatus', { linkId: astana.id, status: 'confirmed' });
    await ipc.ok('workbench.setStatus', { linkId: kaz.id, status: 'confirmed' });
    const start = await ipc.ok('workbench.view', { projectId: pid });
    const old: string = start.source.text;
    const texts = new Map((start.links as Link[]).map((l) => [l.id, sourceOf(start, l)]));

    // 1. An insertion at the very start moves every source and changes no status.
    const prefix = 'Колонка. ';
    const r1 = await ipc.ok('workbench.updateSourceText', { projectId: pid, text: prefix + old });
    expect(r1.previousText).toBe(old);
    for (const l of r1.view.links as Link[]) {
      const was = (start.links as Link[]).find((x) => x.id === l.id)!;
      expect(l.status).toBe(was.status);
      if (!l.source) continue;
      expect(l.source).toEqual({ start: was.source!.start + prefix.length, end: was.source!.end + prefix.length });
      expect(sourceOf(r1.view, l)).toBe(texts.get(l.id));
    }
    expect(r1.view.source.segments[0]).toEqual({ start: 0, end: prefix.length - 1 });
    expect(r1.view.stale).toBe(false);

    // 2. A word changed inside one confirmed source (explicit edit, as Monaco reports it).
    const text1: string = r1.view.source.text;
    const word = find(text1, 'неизменно');
    const text2 = text1.slice(0, word.start) + 'по-прежнему' + text1.slice(word.end);
    const r2 = await ipc.ok('workbench.updateSourceText', {
      projectId: pid,
      text: text2,
      edits: [{ start: word.start, end: word.end, text: 'по-прежнему' }],
    });
    const kaz2 = (r2.view.links as Link[]).find((l) => l.id === kaz.id)!;
    // Still confirmed as the user left it, but flagged: old and new text side by side.
    expect(kaz2.status).toBe('confirmed');
    expect(kaz2.recheck).toEqual({ before: texts.get(kaz.id) });
    expect(kaz2.recheck!.before).toContain('неизменно');
    expect(sourceOf(r2.view, kaz2)).toContain('В Казахстане его по-прежнему уважают');
    expect(r2.view.counts.recheck).toBe(1);
    // Changed: the edited source and every source after it (shifted); not those before.
    expect(r2.changed).toContain(kaz.id);
    expect(r2.changed).not.toContain(astana.id);
    for (const l of r2.view.links as Link[]) {
      if (l.source && l.source.start > word.end) expect(r2.changed).toContain(l.id);
    }
    const ast2 = (r2.view.links as Link[]).find((l) => l.id === astana.id)!;
    expect(ast2.status).toBe('confirmed');
    expect(ast2.recheck).toBeNull();
    expect(sourceOf(r2.view, ast2)).toBe(texts.get(astana.id));

    // 3. The sentence a source lies in is deleted outright.
    const obSrc = (r2.view.links as Link[]).find((l) => l.id === obwohl.id)!.source!;
    const para = { start: text2.lastIndexOf('\n\n', obSrc.start), end: obSrc.end };
    const text3 = text2.slice(0, para.start) + text2.slice(para.end);
    const r3 = await ipc.ok('workbench.updateSourceText', { projectId: pid, text: text3 });
    const ob3 = (r3.view.links as Link[]).find((l) => l.id === obwohl.id)!;
    const obWas = (start.links as Link[]).find((l) => l.id === obwohl.id)!;
    // The link stays, its source shrunk to the place the words were, the words kept for the user.
    expect(ob3).toMatchObject({ source: { start: para.start, end: para.start }, status: obWas.status, recheck: { before: texts.get(obwohl.id) } });
    for (const l of r3.view.links as Link[]) {
      if (l.source) expect(l.source.end).toBeLessThanOrEqual(text3.length);
    }

    // Undo the three edits, newest first: texts and links come back exactly.
    await ipc.ok('workbench.updateSourceText', { projectId: pid, text: r3.previousText, restore: r3.previous });
    await ipc.ok('workbench.updateSourceText', { projectId: pid, text: r2.previousText, restore: r2.previous });
    const u1 = await ipc.ok('workbench.updateSourceText', { projectId: pid, text: r1.previousText, restore: r1.previous });
    expect(u1.view.source.text).toBe(old);
    expect(u1.view.links.map(row)).toEqual(start.links.map(row));
  });

  it.each([
    ['edits that do not produce the text', [{ start: 0, end: 1, text: 'Z' }], 'Другой текст'],
    ['overlapping edits', [{ start: 0, end: 5, text: '' }, { start: 3, end: 6, text: '' }], null],
    ['an edit beyond the text', [{ start: 1_000_000, end: 1_000_001, text: '' }], null],
  ])('refuses %s with CONFLICT and keeps the text', async (_label, edits, text) => {
    const { pid, view } = await alignedSeed();
    const r = await bench.ipc.invoke('workbench.updateSourceText', { projectId: pid, text: text ?? view.source.text.slice(1), edits });
    expect(r.error.code).toBe('CONFLICT');
    expect((await bench.ipc.ok('workbench.view', { projectId: pid })).source.text).toBe(view.source.text);
  });
});

describe('review', () => {
  it('accept stores the pair in the memory without editorial omission marks; the document and the checked translation keep them', async () => {
    const ru = 'Министр сказал: «Мы будем [...] работать вместе». Больше он ничего не добавил.';
    const de = 'Der Minister sagte: „Wir werden […] zusammenarbeiten“. Mehr sagte er nicht.';
    const pid = await projectWith(bench.ipc, ru, de);
    const source = find(ru, 'Мы будем [...] работать вместе');
    const target = find(de, 'Wir werden […] zusammenarbeiten');
    const made = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source, target });
    // Drawing the link confirms it, which stores the pair; accepting the same text merges into that unit.
    expect(made.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    const acc = await bench.ipc.ok('review.accept', { linkId: made.created[0], text: 'Wir werden […] zusammenarbeiten' });
    expect(acc.tm).toMatchObject({ outcome: 'merged' });
    const unit = bench.services.db.prepare('SELECT source, target FROM tm_units WHERE link_id = ?').get(made.created[0]);
    expect(unit).toEqual({ source: 'Мы будем работать вместе', target: 'Wir werden zusammenarbeiten' });
    const view = await bench.ipc.ok('workbench.view', { projectId: pid });
    expect(view.source.text).toBe(ru);
    expect(view.links[0].translation.text).toBe('Wir werden […] zusammenarbeiten');
  });

  it('accept stores the checked translation with history, confirms the link and adds a TM unit with provenance', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const l = quoteLink(view, 'In Kasachstan genießt');
    const published = view.target.text.slice(l.target.start, l.target.end);
    const suggestion = 'In Kasachstan wird er stets als Staatsmann von Weltrang respektiert.';
    const acc = await ipc.ok('review.accept', { linkId: l.id, text: published, suggestion });
    expect(acc.translation).toMatchObject({ text: published, status: 'approved', updatedBy: 'user' });
    expect(acc.links[0]).toMatchObject({ id: l.id, status: 'confirmed', who: 'user', translation: { text: published } });
    expect(acc.previous).toEqual([row(l)]);
    expect(acc.tm).toMatchObject({ outcome: 'added' });
    expect(acc.mtReviewed).toBe(true);
    expect(bench.services.mt.reviewSummary(pid)).toMatchObject({ total: 1, edited: 1 });

    const src = sourceOf(view, l);
    const matches = bench.services.tm.lookup(src, { sourceLang: 'ru', targetLang: 'de' });
    expect(matches[0]).toMatchObject({
      id: acc.tm.unitId,
      score: 100,
      source: src,
      target: published,
      origin: 'human',
      reviewed: true,
      provenance: {
        projectId: pid,
        documentId: view.source.documentId,
        linkId: l.id,
        sourceSpan: l.source,
        targetSpan: l.target,
        reviewer: 'user',
      },
    });

    const corrected = published.replace('unverändert', 'nach wie vor');
    await ipc.ok('review.accept', { linkId: l.id, text: corrected });
    await ipc.ok('review.reject', { linkId: l.id });
    const history = await ipc.ok('review.history', { linkId: l.id });
    expect(history.map((h: any) => [h.action, h.beforeText, h.afterText, h.afterStatus])).toEqual([
      ['insert', null, published, 'approved'],
      ['update', published, corrected, 'approved'],
      ['update', corrected, corrected, 'rejected'],
    ]);
    const v = await ipc.ok('workbench.view', { projectId: pid });
    expect(v.links.find((x: Link) => x.id === l.id)).toMatchObject({ status: 'rejected', translation: { text: corrected, status: 'rejected' } });
    expect((await ipc.ok('workbench.stats', { projectId: pid })).translations).toBe(1);
  });

  it('writes the reviewer name the user set into the link, the translation and the TM unit', async () => {
    const { view } = await alignedSeed();
    expect(await bench.ipc.ok('review.reviewer', {})).toEqual({ name: 'user' });
    expect(await bench.ipc.ok('review.setReviewer', { name: '  Анна Петрова ' })).toEqual({ name: 'Анна Петрова' });
    const l = quoteLink(view, 'In Astana wurde');
    const acc = await bench.ipc.ok('review.accept', { linkId: l.id, text: 'Geprüft.' });
    expect(acc.links[0].who).toBe('Анна Петрова');
    expect(acc.translation.updatedBy).toBe('Анна Петрова');
    const unit = bench.services.tm.lookup(sourceOf(view, l), { sourceLang: 'ru', targetLang: 'de' })[0]!;
    expect(unit.provenance.reviewer).toBe('Анна Петрова');
    expect((await bench.ipc.ok('review.history', { linkId: l.id }))[0].who).toBe('Анна Петрова');
    expect((await bench.ipc.invoke('review.setReviewer', { name: '   ' })).error.code).toBe('BAD_REQUEST');
  });

  it('unlinking an accepted pair keeps its history, and restore brings the translation back', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const l = quoteLink(view, 'In Astana wurde');
    await ipc.ok('review.accept', { linkId: l.id, text: 'Geprüfter Text.' });
    const gone = await ipc.ok('workbench.unlink', { linkId: l.id });
    expect(gone.previous[0].translation).toMatchObject({ text: 'Geprüfter Text.', status: 'approved' });
    expect((await ipc.ok('review.history', { linkId: l.id })).map((h: any) => h.action)).toEqual(['insert', 'delete']);
    await ipc.ok('workbench.restore', { projectId: pid, links: gone.previous, remove: [] });
    const v = await ipc.ok('workbench.view', { projectId: pid });
    expect(row(v.links.find((x: Link) => x.id === l.id))).toEqual(gone.previous[0]);
  });

  it('refuses an "accepted" suggestion that differs from the text, before storing anything', async () => {
    const { pid, view } = await alignedSeed();
    const l = quoteLink(view, 'In Astana wurde');
    const r = await bench.ipc.invoke('review.accept', { linkId: l.id, text: 'A', suggestion: 'B', decision: 'accepted' });
    expect(r.error.code).toBe('BAD_REQUEST');
    expect((await bench.ipc.ok('workbench.stats', { projectId: pid })).translations).toBe(0);
  });
});

describe('machine suggestions', () => {
  it('flags the rows whose Russian text has a cached suggestion, and records the decision on accept', async () => {
    const { pid, view } = await alignedSeed();
    const l = quoteLink(view, 'In Astana wurde');
    expect((view.links as Link[]).some((x) => x.hasSuggestion)).toBe(false);
    const ids = new MtRepository(bench.services.db).insertSuggestions(
      [
        {
          cacheKey: 'test-1',
          sourceLang: 'ru',
          targetLang: 'de',
          sourceText: sourceOf(view, l),
          formality: 'default',
          modelType: null,
          contextHash: null,
          glossaryVersion: '',
          suggestion: 'In Astana wurde ein großes Paket unterzeichnet.',
          modelTypeUsed: null,
          billedCharacters: 10,
          detectedSourceLang: null,
        },
      ],
      new Date().toISOString(),
    );
    const v = await bench.ipc.ok('workbench.view', { projectId: pid });
    const flagged = (v.links as Link[]).filter((x) => x.hasSuggestion).map((x) => x.id);
    expect(flagged).toEqual([l.id]);
    expect(v.links.find((x: Link) => x.id === l.id).suggestion).toEqual({
      text: 'In Astana wurde ein großes Paket unterzeichnet.',
      id: ids.get('test-1'),
    });
    expect((v.links as Link[]).filter((x) => x.suggestion !== null)).toHaveLength(1);
    const acc = await bench.ipc.ok('review.accept', {
      linkId: l.id,
      text: 'In Astana wurde ein großes Paket unterzeichnet.',
      suggestion: 'In Astana wurde ein großes Paket unterzeichnet.',
      suggestionId: ids.get('test-1'),
    });
    expect(acc.links[0].hasSuggestion).toBe(true);
    expect(acc.mtReviewed).toBe(true);
    expect(bench.services.mt.reviewSummary(pid)).toMatchObject({ total: 1, accepted: 1 });
  });
});

describe('workbench.export', () => {
  it('counts exactly the pairs it writes, and keeps links that need re-checking apart', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const kaz = quoteLink(view, 'In Kasachstan genießt');
    const astana = quoteLink(view, 'In Astana wurde');
    await ipc.ok('workbench.setStatus', { linkId: kaz.id, status: 'confirmed' });
    await ipc.ok('workbench.setStatus', { linkId: astana.id, status: 'confirmed' });
    // An edit inside the Kazakhstan source: that link now needs re-checking.
    const text: string = view.source.text;
    const w = find(text, 'неизменно');
    await ipc.ok('workbench.updateSourceText', { projectId: pid, text: text.slice(0, w.start) + 'по-прежнему' + text.slice(w.end) });
    for (const statuses of [['confirmed'], ['recheck'], ['confirmed', 'recheck'], ['auto', 'confirmed', 'rejected', 'no_source', 'recheck']]) {
      const count = await ipc.ok('workbench.exportCount', { projectId: pid, statuses });
      const file = await ipc.ok('workbench.export', { projectId: pid, format: 'tmx', statuses });
      const units = parseTmx(Buffer.from(file.dataBase64, 'base64').toString('utf8')).units;
      expect(count.units).toBe(units.length);
      expect(file.units).toBe(units.length);
    }
    expect((await ipc.ok('workbench.exportCount', { projectId: pid, statuses: ['confirmed'] })).units).toBe(1);
    expect((await ipc.ok('workbench.exportCount', { projectId: pid, statuses: ['recheck'] })).units).toBe(1);
    expect((await ipc.ok('workbench.exportCount', { projectId: pid, statuses: ['rejected'] })).units).toBe(0);
    expect((await ipc.invoke('workbench.export', { projectId: pid, format: 'tmx', statuses: ['rejected'] })).error.code).toBe('EMPTY_INPUT');
  });

  it('names XLIFF files .xlf without the version in the name', async () => {
    const { pid, view } = await alignedSeed();
    await bench.ipc.ok('workbench.setStatus', { linkId: quoteLink(view, 'In Astana wurde').id, status: 'confirmed' });
    for (const format of ['xliff12', 'xliff21']) {
      const r = await bench.ipc.ok('workbench.export', { projectId: pid, format });
      expect(r.fileName).toMatch(/^[^.]+\.xlf$/);
    }
  });

  it('exports the confirmed pairs with the checked translation and provenance, in every format', async () => {
    const { pid, view } = await alignedSeed();
    const ipc = bench.ipc;
    const kaz = quoteLink(view, 'In Kasachstan genießt');
    const astana = quoteLink(view, 'In Astana wurde');
    await ipc.ok('review.accept', { linkId: kaz.id, text: 'Geprüfte Fassung mit „Anführungszeichen“ und\u00a0NBSP.' });
    await ipc.ok('workbench.setStatus', { linkId: astana.id, status: 'confirmed' });

    const tmx = await ipc.ok('workbench.export', { projectId: pid, format: 'tmx' });
    expect(tmx.units).toBe(2);
    expect(tmx.fileName).toMatch(/\.tmx$/);
    const parsed = parseTmx(Buffer.from(tmx.dataBase64, 'base64').toString('utf8'));
    const units = parsed.units.sort((a, b) => plainText(a.source).localeCompare(plainText(b.source)));
    expect(units.map((u) => plainText(u.source))).toEqual([sourceOf(view, astana), sourceOf(view, kaz)].sort((a, b) => a.localeCompare(b)));
    const k = units.find((u) => plainText(u.source) === sourceOf(view, kaz))!;
    expect(plainText(k.target)).toBe('Geprüfte Fassung mit „Anführungszeichen“ und\u00a0NBSP.');
    expect(k.props).toMatchObject({
      offsets: `src:${kaz.source!.start}-${kaz.source!.end};tgt:${kaz.target.start}-${kaz.target.end}`,
      status: 'approved',
      reviewer: 'user',
      document: String(view.source.documentId),
    });
    const a = units.find((u) => plainText(u.source) === sourceOf(view, astana))!;
    expect(plainText(a.target)).toBe(view.target.text.slice(astana.target.start, astana.target.end));

    const all = await ipc.ok('workbench.export', { projectId: pid, format: 'csv', statuses: ['auto', 'confirmed', 'rejected', 'no_source'], useChecked: false });
    const csvText = Buffer.from(all.dataBase64, 'base64').toString('utf8');
    const csv = parseCsv(csvText.replace(/^\ufeff/, ''));
    // Links without a source have no pair to export.
    expect(csv.units).toHaveLength((view.links as Link[]).filter((l) => l.source !== null).length);
    expect(csv.units.some((u) => plainText(u.target) === view.target.text.slice(kaz.target.start, kaz.target.end))).toBe(true);

    for (const [format, check] of [
      ['xliff12', (b: Buffer) => expect(b.toString('utf8')).toContain('urn:oasis:names:tc:xliff:document:1.2')],
      ['xliff21', (b: Buffer) => expect(b.toString('utf8')).toContain('urn:oasis:names:tc:xliff:document:2.0')],
      ['tsv', (b: Buffer) => expect(b.toString('utf8')).toContain('\t')],
      ['docx', (b: Buffer) => expect(b.subarray(0, 2).toString('latin1')).toBe('PK')],
      ['html', (b: Buffer) => expect(b.toString('utf8')).toContain('Geprüfte Fassung')],
    ] as const) {
      const r = await ipc.ok('workbench.export', { projectId: pid, format });
      expect(r.units).toBe(2);
      check(Buffer.from(r.dataBase64, 'base64'));
    }
    // The exported TMX goes into another memory with its provenance.
    const other = openBench();
    try {
      const imported = await other.ipc.ok('tm.importFile', { fileName: tmx.fileName, dataBase64: tmx.dataBase64 });
      expect(imported).toMatchObject({ read: 2, added: 2 });
      const hit = await other.ipc.ok('tm.lookup', { text: sourceOf(view, kaz), sourceLang: 'ru', targetLang: 'de' });
      expect(hit.matches[0]).toMatchObject({ score: 100, target: 'Geprüfte Fassung mit „Anführungszeichen“ und\u00a0NBSP.' });
      expect(hit.matches[0].provenance.props).toMatchObject({ offsets: k.props['offsets'] });
    } finally {
      other.close();
    }

    const none = await ipc.invoke('workbench.export', { projectId: pid, format: 'xliff21', statuses: ['rejected'] });
    expect(none.error).toMatchObject({ code: 'EMPTY_INPUT', message: expect.stringMatching(/nothing to export/) });
  });
});

describe('workbench.stats', () => {
  it('counts links by kind and status without loading rows', async () => {
    const { pid, view } = await alignedSeed();
    const s = await bench.ipc.ok('workbench.stats', { projectId: pid });
    expect(s.counts).toEqual(view.counts);
    expect(s.byKind.quote).toEqual(view.counts);
    expect(s.byKind.sentence.total).toBe(0);
    expect(s.sourceSegments).toBe(view.source.segments.length);
    expect(s.targetSegments).toBe(view.target.segments.length);
    expect(s.quotations).toBe(view.target.quotes.length);
    expect(s.meanAutoScore).toBeGreaterThan(0);
  });
});

describe('payload checks', () => {
  it.each([
    ['workbench.align', { projectId: 0 }],
    ['workbench.align', { projectId: 1, mode: 'everything' }],
    ['workbench.align', { projectId: '1' }],
    ['workbench.align', { projectId: 1, jobId: '' }],
    ['workbench.alignProgress', {}],
    ['workbench.cancelAlign', { jobId: 7 }],
    ['workbench.view', {}],
    ['workbench.view', { projectId: 1, extra: 1 }],
    ['workbench.setSource', { linkId: 1, source: { start: 5, end: 2 } }],
    ['workbench.setSource', { linkId: 1, source: { start: -1, end: 2 } }],
    ['workbench.setSource', { linkId: 1, source: { start: 0.5, end: 2 } }],
    ['workbench.setSource', { linkId: 1, source: { start: 0, end: 2, text: 'x' } }],
    ['workbench.setSource', { linkId: 1 }],
    ['workbench.setStatus', { linkId: 1, status: 'no_source' }],
    ['workbench.link', { projectId: 1, kind: 'paragraph', source: null, target: { start: 0, end: 1 } }],
    ['workbench.link', { projectId: 1, kind: 'quote', source: null }],
    ['workbench.unlink', { linkId: [1] }],
    ['workbench.split', { linkId: 1, at: { side: 'middle', segmentIndex: 1 } }],
    ['workbench.split', { linkId: 1, at: { side: 'source', segmentIndex: 0 } }],
    ['workbench.merge', { linkIds: [1] }],
    ['workbench.merge', { linkIds: [1, 1] }],
    ['workbench.restore', { projectId: 1, links: [{ id: 1 }] }],
    ['workbench.restore', { projectId: 1, links: [], remove: [-3] }],
    ['workbench.updateSourceText', { projectId: 1 }],
    ['workbench.updateSourceText', { projectId: 1, text: 'x', edits: [{ start: 2, end: 1, text: '' }] }],
    ['review.accept', { linkId: 1, text: '   ' }],
    ['review.accept', { linkId: 1, text: 'x', decision: 'rejected' }],
    ['review.reject', { linkId: 'one' }],
    ['review.history', null],
    ['workbench.export', { projectId: 1, format: 'pdf' }],
    ['workbench.export', { projectId: 1, format: 'tmx', statuses: [] }],
  ])('refuses %s %j with BAD_REQUEST', async (channel, payload) => {
    const r = await bench.ipc.invoke(channel, payload);
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['workbench.align', { projectId: 999 }],
    ['workbench.view', { projectId: 999 }],
    ['workbench.stats', { projectId: 999 }],
    ['workbench.setSource', { linkId: 999, source: null }],
    ['workbench.setStatus', { linkId: 999, status: 'confirmed' }],
    ['workbench.unlink', { linkId: 999 }],
    ['workbench.split', { linkId: 999, at: { side: 'source', segmentIndex: 1 } }],
    ['workbench.merge', { linkIds: [998, 999] }],
    ['workbench.restore', { projectId: 999, links: [] }],
    ['workbench.updateSourceText', { projectId: 999, text: '' }],
    ['review.accept', { linkId: 999, text: 'x' }],
    ['review.reject', { linkId: 999 }],
    ['review.history', { linkId: 999 }],
    ['workbench.export', { projectId: 999, format: 'tmx' }],
  ])('answers %s for unknown ids with NOT_FOUND', async (channel, payload) => {
    const r = await bench.ipc.invoke(channel, payload);
    expect(r.error.code).toBe('NOT_FOUND');
  });

  it('refuses to align a project without a German article', async () => {
    const p = await bench.ipc.ok('projects.create', { name: 'Empty' });
    expect((await bench.ipc.invoke('workbench.align', { projectId: p.id })).error.code).toBe('CONFLICT');
  });

  it('refuses to restore a link into another project', async () => {
    const { view } = await alignedSeed();
    const other = await projectWith(bench.ipc, fixture('oped.ru.txt'), seedArticle(), 'Other');
    const l = view.links[0] as Link;
    const r = await bench.ipc.invoke('workbench.restore', { projectId: other, links: [row(l)] });
    expect(r.error.code).toBe('CONFLICT');
  });
});
