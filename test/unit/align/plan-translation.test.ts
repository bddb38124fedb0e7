import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../electron/services/lexicon';
import { beadAnswer, MIN_TRANSLATION_SEGMENTS, planAlignment, rendersSelection } from '../../../shared/align/plan';
import { decideMode } from '../../../shared/align/mode';
import { alignQuotes, type QuoteAlignment } from '../../../shared/align/quotes/index';
import { alignSentences } from '../../../shared/align/sentences';
import { AlignModel } from '../../../shared/align/similarity';
import { lineSegments } from '../../../shared/text/lines';
import { PAIRS } from './fixtures';

const base = baseLexicon()!;

/** Hand-written pairs (not from any corpus) beyond the shared ones, with quotations. */
const MORE: ReadonlyArray<readonly [string, string]> = [
  ['«Мы будем строить новые дороги», — сказал губернатор Иван Соколов.', '„Wir werden neue Straßen bauen“, sagte Gouverneur Iwan Sokolow.'],
  ['В 2024 году в регион приехали 120 000 туристов.', 'Im Jahr 2024 kamen 120.000 Touristen in die Region.'],
  ['Мэр назвал проект «важным шагом для города».', 'Der Bürgermeister nannte das Projekt „einen wichtigen Schritt für die Stadt“.'],
  ['Банк повысил ключевую ставку до 16 процентов.', 'Die Bank hob den Leitzins auf 16 Prozent an.'],
  ['Музей в Казани откроется после ремонта в мае.', 'Das Museum in Kasan öffnet nach der Renovierung im Mai.'],
];
const ALL = [...PAIRS, ...MORE];

const doc = (lines: readonly string[]): string => lines.join('\n\n') + '\n';

function plan(ru: string, de: string, mode?: 'sentences') {
  return planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base], ...(mode ? { mode } : {}) });
}

/** The sentence-bead matcher's answers (the quotation path of a translation). */
function beadPath(ru: string, de: string): QuoteAlignment[] {
  const s = lineSegments(ru);
  const t = lineSegments(de);
  const model = AlignModel.fromPair(s, t);
  return alignQuotes({ sourceText: ru, sourceSegments: s, targetText: de, targetSegments: t, model, beads: alignSentences(s, t, { model }) });
}

describe('a translation keeps the sentence-bead path for its quotations', () => {
  const ru = doc(ALL.map((p) => p[0]));
  const de = doc(ALL.map((p) => p[1]));

  it('is a pair large enough for the test', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(MIN_TRANSLATION_SEGMENTS);
  });

  it('takes the bead path answer first, with the search candidates as alternatives', () => {
    const p = plan(ru, de);
    expect(p.translation).toBe(true);
    const beads = beadPath(ru, de);
    expect(p.quotes.length).toBe(beads.length);
    expect(p.quotes.length).toBeGreaterThanOrEqual(3);
    p.quotes.forEach((q, k) => {
      const b = beads[k]!;
      expect(q.target).toEqual(b.target);
      if (b.source) {
        expect(q.source).toEqual(b.source);
        expect(q.candidates?.[0]?.source).toEqual(b.source);
        expect(q.candidates!.length).toBeLessThanOrEqual(3);
      }
    });
    const road = p.quotes.find((q) => q.target.text === 'Wir werden neue Straßen bauen');
    expect(road?.source?.text).toBe('Мы будем строить новые дороги');
  });

  it('treats a selection of the translated sentences the same way', () => {
    const keep = ALL.filter((_, k) => k !== 3);
    const de2 = doc(keep.map((p) => p[1]));
    const s = lineSegments(ru);
    const t = lineSegments(de2);
    const model = AlignModel.fromPair(s, t);
    const beads = alignSentences(s, t, { model });
    const d = decideMode(s, t, beads);
    expect(rendersSelection(d, s, t, beads, model)).toBe(true);
    const p = plan(ru, de2);
    const q = p.quotes.find((x) => x.target.text === 'einen wichtigen Schritt für die Stadt');
    expect(q?.source?.text).toBe('важным шагом для города');
  });

  it('does not take a short pair for a translation by size alone', () => {
    const few = ALL.slice(0, 5);
    const s = lineSegments(doc(few.map((p) => p[0])));
    const t = lineSegments(doc(few.map((p) => p[1])));
    const model = AlignModel.fromPair(s, t);
    const beads = alignSentences(s, t, { model });
    expect(rendersSelection(decideMode(s, t, beads), s, t, beads, model)).toBe(false);
  });

  it('uses the bead path whatever the size when the user says the pair is a translation', () => {
    const few = ALL.slice(-5);
    const ru3 = doc(few.map((p) => p[0]));
    const de3 = doc(few.map((p) => p[1]));
    const p = plan(ru3, de3, 'sentences');
    const beads = beadPath(ru3, de3);
    p.quotes.forEach((q, k) => {
      if (beads[k]?.source) expect(q.source).toEqual(beads[k]!.source);
    });
  });
});

describe('beadAnswer', () => {
  const target = Object.freeze({ start: 0, end: 5, text: 'Hallo' });
  const searched: QuoteAlignment = Object.freeze({
    target,
    source: { start: 40, end: 50, text: 'x'.repeat(10) },
    score: 0.7,
    kind: 'quotation',
    candidates: [
      { source: { start: 40, end: 50, text: 'x'.repeat(10) }, score: 0.7, evidence: [] },
      { source: { start: 10, end: 20, text: 'y'.repeat(10) }, score: 0.2, evidence: [{ de: target, ru: { start: 12, end: 15, text: 'yyy' }, by: 'dictionary' as const, strength: 1 }] },
    ],
    evidence: [],
  });

  it('lets the search fill in where the bead path found no source', () => {
    const bead: QuoteAlignment = { target, source: null, score: 0.8, kind: 'quotation' };
    expect(beadAnswer(bead, searched)).toBe(searched);
  });

  it('puts the bead path source first, with the search evidence for that span, and keeps the others as alternatives', () => {
    const bead: QuoteAlignment = { target, source: { start: 10, end: 20, text: 'y'.repeat(10) }, score: 0.9, kind: 'quotation' };
    const a = beadAnswer(bead, searched);
    expect(a.source).toEqual(bead.source);
    expect(a.score).toBe(0.9);
    expect(a.candidates?.map((c) => c.source.start)).toEqual([10, 40]);
    expect(a.candidates?.[0]?.score).toBe(0.9);
    expect(a.evidence?.[0]?.by).toBe('dictionary');
    expect(searched.candidates?.[1]?.score).toBe(0.2);
  });
});

describe('a translation whose text repeats', () => {
  // A document made of the same passage twice (a template repeated across sections): pairing
  // each bead with the target half a document away lands on the other copy, which must not
  // make the whole pair look unrelated.
  const ru = doc([...ALL.map((p) => p[0]), ...ALL.map((p) => p[0])]);
  const de = doc([...ALL.map((p) => p[1]), ...ALL.map((p) => p[1])]);

  it('keeps its beads as confident as those of one copy', () => {
    const once = alignSentences(lineSegments(doc(ALL.map((p) => p[0]))), lineSegments(doc(ALL.map((p) => p[1]))));
    const twice = alignSentences(lineSegments(ru), lineSegments(de));
    const mean = (bs: readonly { score: number }[]) => bs.reduce((a, b) => a + b.score, 0) / bs.length;
    expect(twice.length).toBe(2 * once.length);
    expect(mean(twice)).toBeGreaterThan(0.6);
    expect(mean(twice)).toBeGreaterThan(mean(once) - 0.05);
  });

  it('is still planned as a translation', () => {
    expect(plan(ru, de).translation).toBe(true);
  });
});
