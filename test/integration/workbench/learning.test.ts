import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAlignment } from '../../../shared/align/plan';
import { lineSegments as lineSegmentsOf } from '../../../shared/text/lines';
import { openBench, projectWith, type Bench } from './helpers';

// Our own texts: a German report quoting a Russian statement with a word no dictionary pairs
// (Flunkerei / враньё) between words the base lexicon knows.
const RU = 'Министр сказал журналистам: «Враньё правительства должно прекратиться». Больше он ничего не добавил.';
const DE = 'Der Minister sagte: „Die Flunkerei der Regierung muss aufhören.“ Mehr sagte er nicht.';
const quoteDe = (text: string) => ({ start: text.indexOf('Die Flunkerei'), end: text.indexOf('aufhören') + 'aufhören'.length });
const quoteRu = (text: string) => ({ start: text.indexOf('Враньё'), end: text.indexOf('прекратиться') + 'прекратиться'.length });

let bench: Bench;
beforeAll(() => {
  bench = openBench();
});
afterAll(() => bench.close());

// Learning catches up a turn after each edit (the edit's answer never waits for it).
const learned = async () => {
  await bench.services.workbench.learningSettled();
  return bench.services.db.prepare('SELECT de, ru, count FROM learned_pairs ORDER BY de, ru').all() as { de: string; ru: string; count: number }[];
};

describe('the learned lexicon grows from confirmed links, through every confirm path, and undo takes it back', () => {
  it('a drawn (confirmed) quotation link teaches its word pairs; undo leaves the counts as they were', async () => {
    const pid = await projectWith(bench.ipc, RU, DE, 'Lernen');
    expect(await learned()).toEqual([]);
    const drawn = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: quoteRu(RU), target: quoteDe(DE) });
    const pairs = await learned();
    expect(pairs).toContainEqual({ de: 'flunkerei', ru: 'вран', count: 1 });
    // Only words of the link: nothing from "Minister" / "журналистам" outside it.
    expect(pairs.every((p) => !p.ru.startsWith('журналист') && !p.de.startsWith('minist'))).toBe(true);
    await bench.ipc.ok('workbench.restore', { projectId: pid, links: drawn.previous, remove: drawn.created });
    expect(await learned()).toEqual([]);
  });

  it('picking a source (a candidate) and accepting a translation teach once; un-confirming takes it back', async () => {
    const pid = await projectWith(bench.ipc, RU, DE, 'Kandidat');
    const auto = await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: null, target: quoteDe(DE) });
    const id = auto.links[0].id as number;
    expect(await learned()).toEqual([]);
    await bench.ipc.ok('workbench.setSource', { linkId: id, source: quoteRu(RU) });
    expect(await learned()).toContainEqual({ de: 'flunkerei', ru: 'вран', count: 1 });
    // Accepting the already confirmed link's translation teaches nothing twice.
    await bench.ipc.ok('review.accept', { linkId: id, text: 'Die Flunkerei der Regierung muss aufhören' });
    expect(await learned()).toContainEqual({ de: 'flunkerei', ru: 'вран', count: 1 });
    await bench.ipc.ok('workbench.setStatus', { linkId: id, status: 'auto' });
    expect(await learned()).toEqual([]);
    await bench.ipc.ok('workbench.setStatus', { linkId: id, status: 'confirmed' });
    expect(await learned()).toContainEqual({ de: 'flunkerei', ru: 'вран', count: 1 });
    await bench.ipc.ok('workbench.unlink', { linkId: id });
    expect(await learned()).toEqual([]);
  });

  it('what was learned reaches the next alignment as evidence of kind "learned"', async () => {
    const pid = await projectWith(bench.ipc, RU, DE, 'Wieder');
    await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'quote', source: quoteRu(RU), target: quoteDe(DE) });
    await learned();
    const lexicons = bench.services.workbench.lexicons(null);
    const ru2 = 'Вице-премьер ответил: «Это враньё». Потом он ушёл.';
    const de2 = 'Der Vizepremier antwortete: „Das ist Flunkerei.“ Dann ging er.';
    const plan = planAlignment({ sourceText: ru2, sourceSegments: lineSegmentsOf(ru2), targetText: de2, targetSegments: lineSegmentsOf(de2), lexicons });
    const q = plan.quotes.find((x) => x.target.text.includes('Flunkerei'));
    expect(q?.source?.text).toContain('враньё');
    expect(q?.evidence?.some((e) => e.by === 'learned' && e.ru.text === 'враньё')).toBe(true);
  });
});
