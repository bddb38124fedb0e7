import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SverkaError } from '../../../shared/errors';
import { WorkbenchService } from '../../../electron/services/workbench';
import { find, fixture, openBench, projectWith, type Bench } from './helpers';

/**
 * Confirmed pairs go into the translation memory as the user confirms them (not only
 * accepted translations): the Russian span and the German text as published, with the link's
 * provenance.
 */

let bench: Bench;

beforeEach(() => {
  bench = openBench();
});

afterEach(() => {
  bench.close();
});

interface Link {
  id: number;
  kind: 'quote' | 'sentence';
  source: { start: number; end: number } | null;
  target: { start: number; end: number };
  targetSegments: [number, number] | null;
  status: string;
}

const RU =
  'Губернатор заявил: «Мост через реку будет открыт в мае». По его словам, стройка обошлась в два миллиарда рублей. ' +
  'Жители давно ждали этого решения.';
const DE =
  'Der Gouverneur kündigte an, die Brücke über den Fluss werde „im Mai eröffnet“. Der Bau habe zwei Milliarden Rubel gekostet, ' +
  'sagte er. Die Anwohner hätten lange darauf gewartet.';

function unitsOfLink(linkId: number): Array<{ source: string; target: string; reviewed: number; props: string; reviewer: string | null }> {
  return bench.services.db
    .prepare('SELECT source, target, reviewed, props, reviewer FROM tm_units WHERE link_id = ? ORDER BY id')
    .all(linkId) as never;
}

function unitCount(): number {
  return (bench.services.db.prepare('SELECT COUNT(*) AS n FROM tm_units').get() as { n: number }).n;
}

async function sentencePairs(): Promise<{ pid: number; view: any; pair: (j: number) => Link }> {
  const pid = await projectWith(bench.ipc, fixture('parallel.ru.txt'), fixture('parallel.de.txt'));
  const view = await bench.ipc.ok('workbench.align', { projectId: pid });
  const pair = (j: number): Link => (view.links as Link[]).find((l) => l.kind === 'sentence' && l.targetSegments![0] === j)!;
  return { pid, view, pair };
}

describe('confirmed pairs in the translation memory', () => {
  it('stores a drawn quotation link with its provenance, and the memory panel finds it', async () => {
    const pid = await projectWith(bench.ipc, RU, DE);
    await bench.ipc.ok('review.setReviewer', { name: 'Вера' });
    const made = await bench.ipc.ok('workbench.link', {
      projectId: pid,
      kind: 'quote',
      source: find(RU, 'Мост через реку будет открыт в мае'),
      target: find(DE, 'im Mai eröffnet'),
    });
    expect(made.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    const [unit] = unitsOfLink(made.created[0]);
    expect(unit).toMatchObject({ source: 'Мост через реку будет открыт в мае', target: 'im Mai eröffnet', reviewed: 1, reviewer: 'Вера' });
    expect(JSON.parse(unit!.props)).toMatchObject({ kind: 'quote', via: 'confirmation' });
    const { hits } = await bench.ipc.ok('tm.concordance', { text: 'Mai eröffnet', side: 'both', limit: 10 });
    expect(hits.map((h: any) => [h.source, h.target, h.provenance.projectId])).toEqual([['Мост через реку будет открыт в мае', 'im Mai eröffnet', pid]]);
  });

  it('stores an automatic sentence pair when it is confirmed, once, however often it is confirmed again', async () => {
    const { pid, view, pair } = await sentencePairs();
    const p = pair(1);
    const before = unitCount();
    const r = await bench.ipc.ok('workbench.setStatus', { linkId: p.id, status: 'confirmed' });
    expect(r.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    const src = view.source.text.slice(p.source!.start, p.source!.end);
    const tgt = view.target.text.slice(p.target.start, p.target.end);
    expect(unitsOfLink(p.id)).toMatchObject([{ source: src, target: tgt, reviewed: 1, reviewer: 'user' }]);
    const lookup = bench.services.tm.lookup(src, { sourceLang: 'ru', targetLang: 'de' });
    expect(lookup[0]).toMatchObject({ score: 100, target: tgt, provenance: { projectId: pid, linkId: p.id } });

    // Confirming what is confirmed stores nothing; undo takes the unit back; redo stores it again.
    expect((await bench.ipc.ok('workbench.setStatus', { linkId: p.id, status: 'confirmed' })).memory).toBeUndefined();
    const undo = await bench.ipc.ok('workbench.restore', { projectId: pid, links: r.previous, remove: r.created });
    expect(undo.links[0].status).toBe('auto');
    expect(undo.memory).toEqual({ added: 0, merged: 0, removed: 1 });
    expect(unitCount()).toBe(before);
    expect(bench.services.tm.lookup(src, { sourceLang: 'ru', targetLang: 'de' }).filter((m) => m.score === 100)).toEqual([]);
    const redo = await bench.ipc.ok('workbench.restore', { projectId: pid, links: r.links, remove: r.removed });
    expect(redo.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    expect(unitCount()).toBe(before + 1);
    // Rejecting it later takes it back too.
    expect((await bench.ipc.ok('workbench.setStatus', { linkId: p.id, status: 'rejected' })).memory).toEqual({ added: 0, merged: 0, removed: 1 });
    expect(unitCount()).toBe(before);
  });

  it('keeps a unit that an imported pair or an accepted translation also holds when the confirmation is undone', async () => {
    const { pid, view, pair } = await sentencePairs();
    const p = pair(1);
    const src = view.source.text.slice(p.source!.start, p.source!.end);
    const tgt = view.target.text.slice(p.target.start, p.target.end);
    // The memory held the pair before (an import): the confirmation merges, and its undo deletes nothing.
    bench.services.tm.add([{ sourceLang: 'ru', targetLang: 'de', source: src, target: tgt, origin: 'import', created: '2020-01-01T00:00:00.000Z', changed: '2020-01-01T00:00:00.000Z' }]);
    const before = unitCount();
    const r = await bench.ipc.ok('workbench.setStatus', { linkId: p.id, status: 'confirmed' });
    expect(r.memory).toEqual({ added: 0, merged: 1, removed: 0 });
    const undo = await bench.ipc.ok('workbench.restore', { projectId: pid, links: r.previous, remove: r.created });
    expect(undo.memory).toBeUndefined();
    expect(unitCount()).toBe(before);

    // A confirmed pair whose translation was then accepted as published stays when the link is unlinked.
    const q = pair(2);
    await bench.ipc.ok('workbench.setStatus', { linkId: q.id, status: 'confirmed' });
    const published = view.target.text.slice(q.target.start, q.target.end);
    const acc = await bench.ipc.ok('review.accept', { linkId: q.id, text: published });
    expect(acc.tm).toMatchObject({ outcome: 'merged' });
    const n = unitCount();
    const gone = await bench.ipc.ok('workbench.unlink', { linkId: q.id });
    expect(gone.memory).toBeUndefined();
    expect(unitCount()).toBe(n);
  });

  it('takes back the unit of an unlinked confirmed pair, and restore stores it again', async () => {
    const { pid, pair } = await sentencePairs();
    const p = pair(2);
    const before = unitCount();
    await bench.ipc.ok('workbench.setStatus', { linkId: p.id, status: 'confirmed' });
    const gone = await bench.ipc.ok('workbench.unlink', { linkId: p.id });
    expect(gone.memory).toEqual({ added: 0, merged: 0, removed: 1 });
    expect(unitCount()).toBe(before);
    const back = await bench.ipc.ok('workbench.restore', { projectId: pid, links: gone.previous, remove: [] });
    expect(back.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    expect(unitsOfLink(p.id)).toHaveLength(1);
  });

  it('stores nothing for a rejected pair or a German text without a Russian source', async () => {
    const { pid, pair } = await sentencePairs();
    const before = unitCount();
    const rej = await bench.ipc.ok('workbench.setStatus', { linkId: pair(2).id, status: 'rejected' });
    expect(rej.memory).toBeUndefined();
    const none = await bench.ipc.ok('workbench.setSource', { linkId: pair(3).id, source: null });
    expect(none.links[0].status).toBe('no_source');
    expect(none.memory).toBeUndefined();
    expect(unitCount()).toBe(before);
    expect((await bench.ipc.ok('workbench.view', { projectId: pid })).links.length).toBeGreaterThan(3);
  });

  it('stores both halves of a split pair and the whole of a merged one', async () => {
    const { pair } = await sentencePairs();
    const merged = await bench.ipc.ok('workbench.merge', { linkIds: [pair(3).id, pair(4).id] });
    expect(merged.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    const split = await bench.ipc.ok('workbench.split', { linkId: merged.links[0].id, at: { side: 'target', segmentIndex: 4 } });
    // The merged pair's unit gives way to the two halves.
    expect(split.memory).toEqual({ added: 2, merged: 0, removed: 1 });
    expect(unitsOfLink(split.created[0])).toHaveLength(1);
  });

  it('accepting a checked translation stores the translation, not also the published German', async () => {
    const pid = await projectWith(bench.ipc, RU, DE);
    const auto = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: null, target: find(DE, 'im Mai eröffnet') });
    expect(auto.memory).toBeUndefined();
    const withSource = find(RU, 'будет открыт в мае');
    // Picking a source confirms the link: the published pair is stored.
    const picked = await bench.ipc.ok('workbench.setSource', { linkId: auto.created[0], source: withSource });
    expect(picked.memory).toEqual({ added: 1, merged: 0, removed: 0 });
    const acc = await bench.ipc.ok('review.accept', { linkId: auto.created[0], text: 'werde im Mai eröffnet' });
    expect(acc.tm).toMatchObject({ outcome: 'added' });
    expect(acc.memory).toBeUndefined();
    expect(unitsOfLink(auto.created[0]).map((u) => u.target)).toEqual(['im Mai eröffnet', 'werde im Mai eröffnet']);
  });

  it('keeps the link as it was when the memory cannot store the pair: the edit and its unit are one transaction', async () => {
    const pid = await projectWith(bench.ipc, RU, DE);
    const drawn = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: null, target: find(DE, 'im Mai eröffnet') });
    const full = new WorkbenchService(bench.services.db, {
      tm: {
        add() {
          throw new SverkaError('DISK_FULL', 'The disk is full.');
        },
      },
    });
    expect(() => full.setSource(drawn.created[0], find(RU, 'будет открыт в мае'))).toThrow(/disk is full/);
    const view = await bench.ipc.ok('workbench.view', { projectId: pid });
    expect(view.links.find((l: Link) => l.id === drawn.created[0])).toMatchObject({ status: 'no_source', source: null });
    expect(unitsOfLink(drawn.created[0])).toEqual([]);
  });
});
