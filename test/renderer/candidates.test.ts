import { describe, expect, it } from 'vitest';
import { alternatives, evidenceLines, evidenceMarks } from '../../renderer/state/candidates';
import type { AlignRow, Candidate } from '../../renderer/state/rows/types';

// "Er sagte: „Der Fluss weiß nicht“." against "Он сказал: «Река не знает». Река течёт."
const DE = 'Er sagte: „Der Fluss weiß nicht“.';
const RU = 'Он сказал: «Река не знает». Река течёт.';
const span = (text: string, word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });

const first: Candidate = Object.freeze({
  source: span(RU, 'Река не знает'),
  score: 0.91,
  evidence: Object.freeze([
    { de: span(DE, 'nicht'), ru: span(RU, 'не'), by: 'dictionary' as const },
    { de: span(DE, 'Fluss'), ru: span(RU, 'Река'), by: 'dictionary' as const },
    { de: span(DE, 'Fluss'), ru: span(RU, 'Река'), by: 'dictionary' as const },
    { de: span(DE, 'weiß'), ru: span(RU, 'знает'), by: 'learned' as const },
  ]),
});
const second: Candidate = Object.freeze({ source: span(RU, 'Река течёт'), score: 0.05, evidence: Object.freeze([{ de: span(DE, 'Fluss'), ru: span(RU, 'Река', 20), by: 'dictionary' as const }]) });

const row = (over: Partial<AlignRow> = {}): AlignRow =>
  Object.freeze({
    id: 'q:11-31',
    linkId: 4,
    kind: 'quote',
    quoteKind: 'quotation',
    target: span(DE, 'Der Fluss weiß nicht'),
    source: first.source,
    targetSegs: [0],
    sourceSegs: [0],
    score: 0.9,
    status: 'auto',
    recheckBefore: null,
    checked: null,
    suggestion: null,
    candidates: Object.freeze([first, second]),
    ...over,
  });

describe('candidate evidence for the review panel and the editors', () => {
  it('lists each word pair once, in German order, with its kind', () => {
    expect(evidenceLines(first, RU, DE)).toEqual([
      { de: 'Fluss', ru: 'Река', by: 'dictionary' },
      { de: 'weiß', ru: 'знает', by: 'learned' },
      { de: 'nicht', ru: 'не', by: 'dictionary' },
    ]);
  });

  it('marks the focused candidate: its span, its Russian words and its German words, each once', () => {
    const rows = [row()];
    const marks = evidenceMarks(rows, { rowId: 'q:11-31', index: 1 });
    expect(marks).toEqual({ candidate: second.source, source: [span(RU, 'Река', 20)], target: [span(DE, 'Fluss')] });
    const m0 = evidenceMarks(rows, { rowId: 'q:11-31', index: 0 })!;
    expect(m0.source.map((s) => RU.slice(s.start, s.end))).toEqual(['не', 'Река', 'знает']);
    expect(m0.target.map((s) => DE.slice(s.start, s.end))).toEqual(['nicht', 'Fluss', 'weiß']);
  });

  it('marks nothing for a row or candidate that is not there (any more)', () => {
    expect(evidenceMarks([row()], { rowId: 'q:0-1', index: 0 })).toBeNull();
    expect(evidenceMarks([row()], { rowId: 'q:11-31', index: 2 })).toBeNull();
    expect(evidenceMarks(null, { rowId: 'q:11-31', index: 0 })).toBeNull();
    expect(evidenceMarks([row()], null)).toBeNull();
  });

  it('counts as alternatives the candidates other than the current source', () => {
    expect(alternatives(row())).toEqual([second]);
    expect(alternatives(row({ source: null }))).toEqual([first, second]);
    expect(alternatives(row({ source: second.source }))).toEqual([first]);
  });
});
