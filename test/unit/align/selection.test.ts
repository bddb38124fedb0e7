import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../electron/services/lexicon/base';
import { planAlignment } from '../../../shared/align/plan';
import { findQuotes } from '../../../shared/text/quotes';
import { ReportSearch } from '../../../shared/align/quotes/report';
import { longestNonDecreasing, MISREAD_SEGMENTS, readOrder, readsAsSelection, SELECTION_TEST, type OrderReading } from '../../../shared/align/selection';
import { segment } from '../../../shared/text/segment';
import { lineSegments } from '../../../shared/text/lines';
import { PAIRS } from './fixtures';

const base = baseLexicon()!;

/** Hand-written pairs (not from any corpus), several with quotations. */
const MORE: ReadonlyArray<readonly [string, string]> = [
  ['«Мы откроем новую школу в сентябре», — сказала директор Анна Белова.', '„Wir eröffnen im September eine neue Schule“, sagte die Direktorin Anna Belowa.'],
  ['В прошлом году в городе построили 340 новых квартир.', 'Im vergangenen Jahr wurden in der Stadt 340 neue Wohnungen gebaut.'],
  ['Министр назвал решение «ошибкой, которую нужно исправить».', 'Der Minister nannte die Entscheidung „einen Fehler, den man korrigieren muss“.'],
  ['Поезд из Новосибирска прибыл с опозданием на два часа.', 'Der Zug aus Nowosibirsk kam mit zwei Stunden Verspätung an.'],
  ['Врачи советуют больше гулять и меньше сидеть дома.', 'Ärzte raten, mehr spazieren zu gehen und weniger zu Hause zu sitzen.'],
  ['«Цены на хлеб останутся прежними», — пообещал губернатор.', '„Die Brotpreise bleiben, wie sie sind“, versprach der Gouverneur.'],
  ['Библиотека в Туле получила 5 000 новых книг.', 'Die Bibliothek in Tula hat 5.000 neue Bücher erhalten.'],
  ['Зимой на реке Волге закрыли паромную переправу.', 'Im Winter wurde die Fährverbindung auf der Wolga eingestellt.'],
];
const ALL = [...PAIRS, ...MORE];
/** German passages from elsewhere (not rendering anything of the Russian text). */
const INTERLOPERS = [
  '„Das Orchester probt jeden Donnerstag bis spät in den Abend, auch in den Ferien“, schrieb die Zeitung über die Musiker aus der Nachbarstadt.',
  'Die Bergsteiger erreichten den Gipfel bei klarem Wetter und kehrten am nächsten Morgen müde, aber glücklich ins Tal zurück.',
  'Auf dem Wochenmarkt gab es Äpfel, Birnen und Pflaumen aus der Umgebung, dazu frisches Brot vom Bäcker an der Ecke.',
];

const doc = (lines: readonly string[]): string => lines.join('\n\n') + '\n';

/** The order-free search over `ru`, set on `de`. */
function searchOver(ru: string, de: string): ReportSearch {
  const paras = (t: string) => segment(t, 'und', { mode: 'lines' }).paragraphs;
  const ruQuotes = findQuotes(ru, 'ru', { segments: lineSegments(ru), paragraphs: paras(ru) }).quotes.filter((q) => q.depth === 0);
  const s = new ReportSearch(ru, ruQuotes, paras(ru), { lexicons: [base] });
  s.setTarget(de, paras(de));
  return s;
}

function reading(ru: string, de: string): OrderReading {
  const s = searchOver(ru, de);
  return readOrder(lineSegments(de), (sp) => s.renderingOf(sp), s.doc);
}

describe('longestNonDecreasing', () => {
  it.each([
    [[], 0],
    [[3], 1],
    [[1, 2, 3, 4], 4],
    [[4, 3, 2, 1], 1],
    [[1, 1, 2, 2], 4],
    [[5, 1, 6, 2, 7, 3, 8], 4],
  ])('%j -> %i', (xs, n) => {
    expect(longestNonDecreasing(Object.freeze([...xs]))).toBe(n);
  });
});

describe('readsAsSelection', () => {
  const r = (rendered: number, inOrder: number, distinct: number): OrderReading => Object.freeze({ segments: 20, rendered, inOrder, distinct });
  it.each([
    [r(0.8, 1, 1), true],
    [r(SELECTION_TEST.rendered, SELECTION_TEST.inOrder, SELECTION_TEST.distinct), true],
    [r(0.2, 1, 1), false],
    [r(0.8, 0.6, 1), false],
    [r(0.8, 1, 0.5), false],
  ])('%j -> %s', (reading, expected) => {
    expect(readsAsSelection(reading)).toBe(expected);
  });

  // 16 of 20 segments rendered: one of them may be out of the Russian order, not two; none may
  // render a sentence another segment renders (a summary drawing on a passage again).
  it.each([
    [r(0.8, 15 / 16, 1), true],
    [r(0.8, 14 / 16, 1), false],
    [r(0.8, 1, 15 / 16), false],
    [r(0.8, 15 / 16, 15 / 16), false],
  ])('allows %j one segment out of order -> %s', (reading, expected) => {
    expect(MISREAD_SEGMENTS).toBe(1);
    expect(readsAsSelection(reading)).toBe(expected);
  });

  it('never lets the allowance make up for too few rendered segments', () => {
    expect(readsAsSelection(r(SELECTION_TEST.rendered - 0.05, 1, 1))).toBe(false);
    expect(readsAsSelection(Object.freeze({ segments: 20, rendered: 0, inOrder: 0, distinct: 0 }))).toBe(false);
  });
});

describe('readOrder: where each German segment is rendered, found on its own', () => {
  const ru = doc(ALL.map((p) => p[0]));
  // Every other sentence left out, the rest in the Russian order, with passages from elsewhere.
  const kept = ALL.filter((_, i) => i % 4 !== 3).map((p) => p[1]);
  const selection = doc([...kept.slice(0, 5), INTERLOPERS[0]!, ...kept.slice(5, 10), INTERLOPERS[1]!, ...kept.slice(10), INTERLOPERS[2]!]);

  it('reads a selection of translated sentences in their order as one', () => {
    const r = reading(ru, selection);
    expect(r.segments).toBe(kept.length + 3);
    expect(r.rendered).toBeGreaterThanOrEqual(0.6);
    expect(r.inOrder).toBe(1);
    expect(r.distinct).toBe(1);
    expect(readsAsSelection(r)).toBe(true);
  });

  it('reads a selection with one sentence out of place as one (a single segment may be misread), not with two', () => {
    // Seventeen translated sentences in order: a report does not keep that much of its source's order.
    const inOrder = ALL.slice(0, 17).map((p) => p[1]);
    const one = doc([...inOrder.slice(0, 3), ...inOrder.slice(4, 12), inOrder[3]!, ...inOrder.slice(12)]);
    const r1 = reading(ru, one);
    expect(r1.inOrder).toBeLessThan(1);
    expect(Math.round(r1.inOrder * r1.rendered * r1.segments)).toBe(Math.round(r1.rendered * r1.segments) - 1);
    expect(readsAsSelection(r1)).toBe(true);
    const two = doc([...inOrder.slice(0, 3), ...inOrder.slice(4, 8), inOrder[3]!, ...inOrder.slice(9, 14), inOrder[8]!, ...inOrder.slice(14)]);
    const r2 = reading(ru, two);
    expect(Math.round(r2.inOrder * r2.rendered * r2.segments)).toBe(Math.round(r2.rendered * r2.segments) - 2);
    expect(readsAsSelection(r2)).toBe(false);
  });

  it('does not read a text that comes back to a sentence it already rendered as one, even once', () => {
    const inOrder = ALL.slice(0, 17).map((p) => p[1]);
    const again = doc([...inOrder.slice(0, 12), inOrder[4]!, ...inOrder.slice(12)]);
    const r = reading(ru, again);
    expect(r.distinct).toBeLessThan(1);
    expect(readsAsSelection(r)).toBe(false);
  });

  it('does not read the same sentences reordered as one', () => {
    // Halves swapped and each half reversed: a report that takes its source out of order.
    const shuffled = doc([...kept.slice(0, 7).reverse(), ...kept.slice(7).reverse()]);
    const r = reading(ru, shuffled);
    expect(r.rendered).toBeGreaterThanOrEqual(0.6);
    expect(r.inOrder).toBeLessThan(SELECTION_TEST.inOrder);
    expect(readsAsSelection(r)).toBe(false);
  });

  it('does not read German prose that draws on one Russian sentence again and again as one', () => {
    const again = doc(Array.from({ length: 16 }, (_, i) => (i % 2 ? ALL[3]![1] : ALL[i]![1])));
    const r = reading(ru, again);
    expect(r.distinct).toBeLessThan(SELECTION_TEST.distinct);
    expect(readsAsSelection(r)).toBe(false);
  });
});

describe('the planner places the quotations of a selection by its sentences', () => {
  const ru = doc(ALL.map((p) => p[0]));
  const kept = ALL.filter((_, i) => i % 4 !== 3).map((p) => p[1]);
  const de = doc([...kept.slice(0, 5), INTERLOPERS[0]!, ...kept.slice(5, 10), INTERLOPERS[1]!, ...kept.slice(10), INTERLOPERS[2]!]);
  const p = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });

  it('finds each translated quotation in its Russian sentence and the interloper absent', () => {
    const source = (t: string) => p.quotes.find((q) => q.target.text === t)?.source?.text;
    expect(source('Wir eröffnen im September eine neue Schule')).toBe('Мы откроем новую школу в сентябре');
    expect(source('einen Fehler, den man korrigieren muss')).toBe('ошибкой, которую нужно исправить');
    expect(source('Die Brotpreise bleiben, wie sie sind')).toBe('Цены на хлеб останутся прежними');
    expect(p.quotes.find((q) => q.target.text.startsWith('Das Orchester probt'))?.source).toBeNull();
  });

  it('is not a full translation (the interlopers leave too much of the German unpaired) but reads as a selection', () => {
    expect(p.translation).toBe(false);
    expect(p.decision?.targetPaired).toBeLessThan(0.93);
    expect(p.order).toBeDefined();
    expect(readsAsSelection(p.order!)).toBe(true);
    expect(p.reason).toMatch(/translated passages in their order/);
  });

  it('can be told thresholds no text meets (evaluation)', () => {
    const never = planAlignment({
      sourceText: ru,
      sourceSegments: lineSegments(ru),
      targetText: de,
      targetSegments: lineSegments(de),
      lexicons: [base],
      selectionTest: { rendered: 2, inOrder: 2, distinct: 2, beadNull: 2 },
    });
    expect(never.order).toEqual(p.order);
    expect(never.reason).not.toMatch(/translated passages/);
    expect(never.quotes.map((q) => q.target)).toEqual(p.quotes.map((q) => q.target));
  });
});

describe('in a selection, the beads sure that a passage renders nothing answer for it', () => {
  const ru = doc(ALL.map((p) => p[0]));
  const kept = ALL.filter((_, i) => i % 4 !== 3).map((p) => p[1]);
  const de = doc([...kept.slice(0, 5), INTERLOPERS[0]!, ...kept.slice(5, 10), INTERLOPERS[1]!, ...kept.slice(10), INTERLOPERS[2]!]);
  const p = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });
  const never = planAlignment({
    sourceText: ru,
    sourceSegments: lineSegments(ru),
    targetText: de,
    targetSegments: lineSegments(de),
    lexicons: [base],
    selectionTest: { ...SELECTION_TEST, beadNull: 2 },
  });
  const interloper = (quotes: readonly { target: { text: string } }[]) => quotes.findIndex((q) => q.target.text.startsWith('Das Orchester probt'));

  it('answers an interloper with the beads\' "no source" and its score', () => {
    const k = interloper(p.quotes);
    const bead = p.priors?.find((x) => x.target.text.startsWith('Das Orchester probt'));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(bead?.source).toBeNull();
    expect(bead!.score).toBeGreaterThanOrEqual(SELECTION_TEST.beadNull);
    expect(p.quotes[k]!.source).toBeNull();
    expect(p.quotes[k]!.score).toBe(Math.round(bead!.score * 1000) / 1000);
    expect(p.quotes[k]!.candidates).toEqual(never.quotes[interloper(never.quotes)]!.candidates);
  });

  it('leaves the search its answer when told never to (evaluation)', () => {
    const k = interloper(never.quotes);
    expect(never.quotes[k]!.score).not.toBe(p.quotes[interloper(p.quotes)]!.score);
  });
});

describe('the demo project (a news piece quoting an op-ed) is a report, not a selection', () => {
  const dir = path.join(__dirname, '../../../electron/resources/samples');
  const ru = readFileSync(path.join(dir, 'demo-oped.ru.txt'), 'utf8');
  const de = readFileSync(path.join(dir, 'demo-report.de.txt'), 'utf8');
  const plan = (seg: (t: string, lang: string) => { start: number; end: number; text: string }[]) =>
    planAlignment({ sourceText: ru, sourceSegments: seg(ru, 'ru'), targetText: de, targetSegments: seg(de, 'de'), lexicons: [base] });

  it('read in sentences: it takes its source out of order more than one misread segment explains', () => {
    const p = plan((t, lang) => segment(t, lang).segments);
    expect(p.order).toBeDefined();
    const n = Math.round(p.order!.rendered * p.order!.segments);
    expect(Math.round(p.order!.inOrder * n)).toBeLessThan(n - MISREAD_SEGMENTS);
    expect(readsAsSelection(p.order!)).toBe(false);
    expect(p.reason).not.toMatch(/translated passages/);
  });

  it('read in lines', () => {
    expect(plan(lineSegments).reason).not.toMatch(/translated passages/);
  });
});

/** A short news item, sentence by sentence (written for these tests). */
const SHORT: ReadonlyArray<readonly [string, string]> = [
  ['В субботу в Казани открылся новый мост через реку.', 'Am Samstag wurde in Kasan eine neue Brücke über den Fluss eröffnet.'],
  ['«Мост соединит два старых района города», — сказал мэр.', '„Die Brücke wird zwei alte Stadtteile verbinden“, sagte der Bürgermeister.'],
  ['Строительство продолжалось три года и стоило 2 миллиарда рублей.', 'Der Bau dauerte drei Jahre und kostete 2 Milliarden Rubel.'],
  ['По мосту будут ходить автобусы и трамваи.', 'Über die Brücke werden Busse und Straßenbahnen fahren.'],
  ['Жители назвали мост «самым красивым в республике».', 'Die Einwohner nannten die Brücke „die schönste der Republik“.'],
  ['Вечером на набережной прошёл большой концерт.', 'Am Abend fand am Ufer ein großes Konzert statt.'],
];
const SHORT_INTERLOPER = 'Der Wetterdienst warnt für Montag vor starkem Schneefall in den Alpen und „glatten Straßen am Morgen“.';

describe('a short text is read in its own sentences', () => {
  const ru = doc(SHORT.map((p) => p[0]));
  const plan = (de: string) => planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });

  it('a few translated lines in their order with an interloper read as a selection, placed by their sentences', () => {
    const de = doc([SHORT[0]![1], SHORT[1]![1], SHORT_INTERLOPER, SHORT[3]![1], SHORT[4]![1]]);
    const p = plan(de);
    expect(p.order).toBeDefined();
    expect(p.order!.segments).toBe(5);
    expect(readsAsSelection(p.order!)).toBe(true);
    expect(p.reason).toMatch(/translated passages in their order/);
    const source = (t: string) => p.quotes.find((q) => q.target.text === t)?.source?.text;
    expect(source('Die Brücke wird zwei alte Stadtteile verbinden')).toBe('Мост соединит два старых района города');
    expect(source('die schönste der Republik')).toBe('самым красивым в республике');
    expect(p.quotes.find((q) => q.target.text === 'glatten Straßen am Morgen')?.source).toBeNull();
  });

  it('reads the sentences, not the lines: two paragraphs in order whose sentences take the original out of order are no selection', () => {
    // Each paragraph is in place as a whole; inside, the reporter tells the story backwards.
    const de = doc([`${SHORT[2]![1]} ${SHORT[1]![1]} ${SHORT[0]![1]}`, `${SHORT[5]![1]} ${SHORT[4]![1]} ${SHORT[3]![1]}`]);
    const p = plan(de);
    expect(p.order).toBeDefined();
    expect(p.order!.segments).toBe(6);
    expect(p.order!.rendered).toBeGreaterThanOrEqual(SELECTION_TEST.rendered);
    expect(readsAsSelection(p.order!)).toBe(false);
    expect(p.reason).not.toMatch(/translated passages/);
  });
});
