import { describe, expect, it } from 'vitest';
import type { LinkSnapshot, WorkbenchLink } from '../../shared/ipc/channels/workbench';
import { countRows, filterRows, nextOpenRow, overlappingRows, rowAt, setSuggestion, shiftSource } from '../../renderer/state/rows/ops';
import { orderRows } from '../../renderer/state/rows/order';
import { applyEdit, rowOf } from '../../renderer/state/rows/fromView';
import { NO_FILTERS, rowState, type AlignRow } from '../../renderer/state/rows/types';

// Offsets of three German sentences ('Erster Satz. Zweiter „Satz mit Zitat“. Dritter Satz.')
// and three Russian ones ('Первое. Второе с цитатой. Третье.').
const tseg = Object.freeze([
  { start: 0, end: 12 },
  { start: 13, end: 38 },
  { start: 39, end: 53 },
]);
const sseg = Object.freeze([
  { start: 0, end: 7 },
  { start: 8, end: 25 },
  { start: 26, end: 33 },
]);

function sentence(t: number[], s: number[], extra: Partial<AlignRow> = {}): AlignRow {
  const cover = (segs: readonly { start: number; end: number }[], idx: number[]) =>
    idx.length ? { start: segs[idx[0]!]!.start, end: segs[idx.at(-1)!]!.end } : null;
  return {
    id: t.length ? `s:t${t[0]}` : `s:s${s[0]}`,
    linkId: null,
    kind: 'sentence',
    quoteKind: null,
    target: cover(tseg, t),
    source: cover(sseg, s),
    targetSegs: t,
    sourceSegs: s,
    score: 0.9,
    status: 'auto',
    recheckBefore: null,
    checked: null,
    suggestion: null,
    candidates: [],
    ...extra,
  };
}

const quote: AlignRow = {
  id: 'q:22-36',
  linkId: null,
  kind: 'quote',
  quoteKind: 'quotation',
  target: { start: 22, end: 36 },
  source: { start: 15, end: 24 },
  targetSegs: [1],
  sourceSegs: [1],
  score: 0.4,
  status: 'auto',
  recheckBefore: null,
  checked: null,
  suggestion: null,
  candidates: [],
};

const deepFreeze = <T>(rows: T[]): readonly T[] => Object.freeze(rows.map((r) => Object.freeze(r)));
/** The rows with the named ones set to `status` (as the server's answer to an edit would have them). */
const setStatus = (rows: readonly AlignRow[], ids: readonly string[], status: AlignRow['status']): readonly AlignRow[] =>
  rows.map((r) => (ids.includes(r.id) ? { ...r, status } : r));
const base = () => deepFreeze(orderRows([sentence([0], [0]), sentence([1], [1]), quote, sentence([2], [2])]));

describe('alignment row operations', () => {
  it('orders quotations after the sentence that holds them', () => {
    expect(base().map((r) => r.id)).toEqual(['s:t0', 's:t1', 'q:22-36', 's:t2']);
  });

  it('sets a suggestion on the row named only, leaving the input alone', () => {
    const rows = base();
    const out = setSuggestion(rows, 'q:22-36', { text: 'Wir sind bereit.', id: 4 });
    expect(out.find((r) => r.id === 'q:22-36')!.suggestion).toEqual({ text: 'Wir sind bereit.', id: 4 });
    expect(out.filter((r) => r.id !== 'q:22-36')).toEqual(rows.filter((r) => r.id !== 'q:22-36'));
    expect(rows.find((r) => r.id === 'q:22-36')).toEqual(quote);
  });

  it('returns the same array when the row is not there', () => {
    const rows = base();
    expect(setSuggestion(rows, 'missing', { text: 'x', id: null })).toBe(rows);
  });

  it.each([
    // [edit offset, removed, inserted, expected quote source]
    [0, 0, 3, { start: 18, end: 27 }],
    [16, 2, 0, { start: 15, end: 22 }],
    [30, 1, 1, { start: 15, end: 24 }],
  ])('moves Russian spans along an edit at %i (-%i +%i)', (at, removed, inserted, expected) => {
    const out = shiftSource(base(), at, removed, inserted);
    expect(out.find((r) => r.id === 'q:22-36')!.source).toEqual(expected);
  });

  it('finds the row under an offset, a quotation before its sentence', () => {
    expect(rowAt(base(), 'target', 25)?.id).toBe('q:22-36');
    expect(rowAt(base(), 'target', 14)?.id).toBe('s:t1');
    expect(rowAt(base(), 'source', 2)?.id).toBe('s:t0');
    expect(rowAt(base(), 'target', 12)).toBeNull();
  });

  it('filters and counts', () => {
    const rows = setStatus(base(), ['s:t0'], 'confirmed');
    expect(filterRows(rows, NO_FILTERS)).toBe(rows);
    expect(filterRows(rows, { ...NO_FILTERS, kind: 'quote' }).map((r) => r.id)).toEqual(['q:22-36']);
    expect(filterRows(rows, { ...NO_FILTERS, state: 'open' }).map((r) => r.id)).toEqual(['s:t1', 'q:22-36', 's:t2']);
    expect(filterRows(rows, { ...NO_FILTERS, state: 'confirmed' }).map((r) => r.id)).toEqual(['s:t0']);
    expect(filterRows(rows, { ...NO_FILTERS, score: 'low' }).map((r) => r.id)).toEqual(['q:22-36']);
    expect(filterRows(rows, { ...NO_FILTERS, score: 'high' }).map((r) => r.id)).toEqual(['s:t0', 's:t1', 's:t2']);
    expect(countRows(rows)).toMatchObject({ total: 4, quotes: 1, sentences: 3, confirmed: 1, auto: 3, lowScore: 1, noSource: 0, open: 3 });
  });

  it('searches German and Russian text, case- and ё-insensitive', () => {
    const texts = { target: 'Erster Satz. Zweiter „Satz mit Zitat“. Dritter Satz.', source: 'Первое. Второе с цитатой. Третье.' };
    expect(filterRows(base(), { ...NO_FILTERS, query: 'ZITAT' }, texts).map((r) => r.id)).toEqual(['s:t1', 'q:22-36']);
    expect(filterRows(base(), { ...NO_FILTERS, query: 'третье' }, texts).map((r) => r.id)).toEqual(['s:t2']);
    expect(filterRows(base(), { ...NO_FILTERS, query: 'nirgends' }, texts)).toEqual([]);
  });

  it.each([
    ['an automatic proposal with a source', { status: 'auto' }, 'proposed'],
    ['an automatic proposal without one', { status: 'auto', source: null, score: null }, 'proposedAbsent'],
    ['a confirmed source', { status: 'confirmed' }, 'confirmed'],
    ['a confirmed absence', { status: 'confirmed', source: null, score: null }, 'confirmedAbsent'],
    ['a rejection', { status: 'rejected' }, 'rejected'],
    ['an edited source, whatever its status', { status: 'confirmed', recheckBefore: 'было' }, 'recheck'],
  ] as const)('names five distinct states (and rejected): %s', (_label, over, state) => {
    expect(rowState({ ...quote, ...over })).toBe(state);
  });

  it('flags Russian spans two rows of a kind claim, but not a rejected one or a quotation inside a sentence', () => {
    const para = { ...quote, id: 'q:a', source: { start: 0, end: 25 } };
    const clause = { ...quote, id: 'q:b', source: { start: 8, end: 14 } };
    const apart = { ...quote, id: 'q:c', source: { start: 26, end: 33 } };
    const rejected = { ...quote, id: 'q:d', source: { start: 27, end: 30 }, status: 'rejected' as const };
    const rows = Object.freeze([sentence([1], [1]), para, clause, apart, rejected]);
    expect([...overlappingRows(rows)].sort()).toEqual(['q:a', 'q:b']);
  });

  it('finds the next and the previous row still to review, wrapping around', () => {
    const rows = setStatus(base(), ['s:t1'], 'confirmed');
    expect(nextOpenRow(rows, 's:t0', 1)?.id).toBe('q:22-36');
    expect(nextOpenRow(rows, 'q:22-36', -1)?.id).toBe('s:t0');
    expect(nextOpenRow(rows, 's:t2', 1)?.id).toBe('s:t0');
    expect(nextOpenRow(setStatus(rows, ['s:t0', 'q:22-36', 's:t2'], 'confirmed'), 's:t0', 1)).toBeNull();
  });

  const stored = (over: Partial<LinkSnapshot>): LinkSnapshot => ({
    id: 7,
    kind: 'quote',
    source: { start: 15, end: 24 },
    target: { start: 22, end: 36 },
    sourceSegments: [1, 1],
    targetSegments: [1, 1],
    status: 'auto',
    score: 0.4,
    who: 'auto',
    createdAt: '2026-11-27T00:00:00Z',
    updatedAt: '2026-11-27T00:00:00Z',
    translation: null,
    recheck: null,
    ...over,
  });

  it.each([
    ['an automatic proposal', stored({}), { source: { start: 15, end: 24 }, status: 'auto', score: 0.4, quoteKind: 'title' }],
    ['the aligner saying "no source"', stored({ status: 'no_source', source: null }), { source: null, status: 'auto' }],
    ['the user saying "not in this original"', stored({ status: 'no_source', source: null, who: 'anna', score: null }), { source: null, status: 'confirmed', score: null }],
    ['the aligner\'s absence has no match probability to show', stored({ status: 'no_source', source: null, score: 0.9 }), { source: null, score: null }],
    ['a link an edit of the original touched', stored({ status: 'confirmed', recheck: { before: 'было' } }), { status: 'confirmed', recheckBefore: 'было' }],
    ['a checked translation', stored({ status: 'confirmed', translation: { text: 'Geprüft', status: 'reviewed', note: null, updatedBy: 'anna', updatedAt: 'x' } }), { checked: 'Geprüft', status: 'confirmed' }],
  ] as const)('maps a stored link to a row: %s', (_name, link, expected) => {
    const row = rowOf(link, new Map([['22-36', 'title']]));
    expect(row).toMatchObject({ id: '7', linkId: 7, kind: 'quote', targetSegs: [1], sourceSegs: [1], ...expected });
  });

  it('takes ranked candidates from a link that carries them, and none otherwise', () => {
    const withCandidates = { ...stored({}), candidates: [{ source: { start: 0, end: 7 }, score: 0.6 }, { start: 8, end: 25, score: 0.3 }, { start: 5, end: 5 }] };
    expect(rowOf(withCandidates as LinkSnapshot, new Map()).candidates).toEqual([
      { source: { start: 0, end: 7 }, score: 0.6 },
      { source: { start: 8, end: 25 }, score: 0.3 },
    ]);
    expect(rowOf(stored({}), new Map()).candidates).toEqual([]);
  });

  it('applies an edit result: changed links in place, created ones sorted in, removed ones gone', () => {
    const rows = deepFreeze(orderRows([rowOf(stored({ id: 1, kind: 'sentence', target: { start: 0, end: 12 }, source: { start: 0, end: 7 } }), new Map()), rowOf(stored({ id: 2 }), new Map())]));
    const changed: WorkbenchLink = { ...stored({ id: 2, status: 'confirmed' }), hasSuggestion: false, suggestion: null };
    const inPlace = applyEdit(rows, { links: [changed], removed: [] }, new Map());
    expect(inPlace.map((r) => [r.id, r.status])).toEqual([
      ['1', 'auto'],
      ['2', 'confirmed'],
    ]);
    const created: WorkbenchLink = { ...stored({ id: 3, kind: 'sentence', target: { start: 39, end: 53 }, source: { start: 26, end: 33 } }), hasSuggestion: false, suggestion: null };
    const replaced = applyEdit(rows, { links: [created], removed: [1] }, new Map());
    expect(replaced.map((r) => r.id)).toEqual(['2', '3']);
    expect(rows.map((r) => r.id)).toEqual(['1', '2']);
  });
});
