import { describe, expect, it } from 'vitest';
import { orderRows } from '../../renderer/features/alignment/engine';
import {
  countRows,
  filterRows,
  keepUserWork,
  markNoSource,
  mergeWithNext,
  rowAt,
  setChecked,
  setSource,
  setStatus,
  shiftSource,
  splitSentence,
  unlinkSentence,
} from '../../renderer/features/alignment/ops';
import { NO_FILTERS, type AlignmentData, type AlignRow } from '../../renderer/features/alignment/types';

// German: three sentences; Russian: three sentences. Offsets are into these strings.
const de = 'Erster Satz. Zweiter „Satz mit Zitat“. Dritter Satz.';
const ru = 'Первое. Второе с цитатой. Третье.';
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
    kind: 'sentence',
    quoteKind: null,
    target: cover(tseg, t),
    source: cover(sseg, s),
    targetSegs: t,
    sourceSegs: s,
    score: 0.9,
    status: 'auto',
    checked: null,
    suggestion: null,
    ...extra,
  };
}

const quote: AlignRow = {
  id: 'q:22-36',
  kind: 'quote',
  quoteKind: 'quotation',
  target: { start: 22, end: 36 },
  source: { start: 15, end: 24 },
  targetSegs: [1],
  sourceSegs: [1],
  score: 0.4,
  status: 'auto',
  checked: null,
  suggestion: null,
};

const deepFreeze = <T>(rows: T[]): readonly T[] => Object.freeze(rows.map((r) => Object.freeze(r)));
const base = () => deepFreeze(orderRows([sentence([0], [0]), sentence([1], [1]), quote, sentence([2], [2])]));

describe('alignment row operations', () => {
  it('orders quotations after the sentence that holds them', () => {
    expect(base().map((r) => r.id)).toEqual(['s:t0', 's:t1', 'q:22-36', 's:t2']);
  });

  it.each([
    ['confirm', (r: readonly AlignRow[]) => setStatus(r, ['q:22-36'], 'confirmed'), { status: 'confirmed' }],
    ['reject', (r: readonly AlignRow[]) => setStatus(r, ['q:22-36'], 'rejected'), { status: 'rejected' }],
    ['not in original', (r: readonly AlignRow[]) => markNoSource(r, 'q:22-36'), { source: null, status: 'confirmed', sourceSegs: [] }],
    ['relink', (r: readonly AlignRow[]) => setSource(r, 'q:22-36', { start: 26, end: 33 }, sseg), { source: { start: 26, end: 33 }, sourceSegs: [2], status: 'confirmed' }],
    ['check', (r: readonly AlignRow[]) => setChecked(r, 'q:22-36', 'Geprüft'), { checked: 'Geprüft', status: 'confirmed' }],
  ] as const)('%s changes only its row and leaves the input alone', (_name, op, expected) => {
    const rows = base();
    const out = op(rows);
    expect(out).not.toBe(rows);
    expect(out.find((r) => r.id === 'q:22-36')).toMatchObject(expected);
    expect(out.filter((r) => r.id !== 'q:22-36')).toEqual(rows.filter((r) => r.id !== 'q:22-36'));
    expect(rows.find((r) => r.id === 'q:22-36')).toEqual(quote);
  });

  it('returns the same array when nothing changes', () => {
    const rows = base();
    expect(setStatus(rows, ['missing'], 'confirmed')).toBe(rows);
    expect(setStatus(rows, ['s:t0'], 'auto')).toBe(rows);
  });

  it('splits a 2:2 bead into two 1:1 pairs and merges them back', () => {
    const rows = deepFreeze([sentence([0, 1], [0, 1]), sentence([2], [2])]);
    const split = splitSentence(rows, 's:t0', tseg, sseg);
    expect(split.map((r) => [r.targetSegs, r.sourceSegs])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    const merged = mergeWithNext(split, 's:t0', tseg, sseg);
    expect(merged.map((r) => [r.targetSegs, r.sourceSegs])).toEqual([
      [[0, 1], [0, 1]],
      [[2], [2]],
    ]);
    expect(merged[0]!.target).toEqual({ start: 0, end: 38 });
  });

  it('unlinks a sentence pair into a German-only and a Russian-only row', () => {
    const out = unlinkSentence(base(), 's:t1', tseg, sseg);
    const ids = out.map((r) => r.id);
    expect(ids).toContain('s:t1');
    expect(ids).toContain('s:s1');
    expect(out.find((r) => r.id === 's:t1')!.source).toBeNull();
    expect(out.find((r) => r.id === 's:s1')!.target).toBeNull();
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
    expect(filterRows(rows, { ...NO_FILTERS, unconfirmed: true }).map((r) => r.id)).toEqual(['s:t1', 'q:22-36', 's:t2']);
    expect(filterRows(rows, { ...NO_FILTERS, lowScore: true }).map((r) => r.id)).toEqual(['q:22-36']);
    expect(countRows(rows)).toMatchObject({ total: 4, quotes: 1, sentences: 3, confirmed: 1, auto: 3, lowScore: 1, noSource: 0 });
  });

  it('keeps what the user confirmed when the alignment is recomputed', () => {
    const data = (rows: readonly AlignRow[]): AlignmentData => ({ sourceHash: 'S', targetHash: 'T', sourceSegments: sseg, targetSegments: tseg, rows });
    const mine = data(setSource(base(), 'q:22-36', { start: 26, end: 33 }, sseg));
    const fresh = data(base());
    const kept = keepUserWork(fresh, mine);
    expect(kept.rows.find((r) => r.id === 'q:22-36')!.source).toEqual({ start: 26, end: 33 });
    // Another German text: nothing carries over.
    expect(keepUserWork({ ...fresh, targetHash: 'T2' }, mine).rows).toBe(fresh.rows);
  });
});
