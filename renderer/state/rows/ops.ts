import type { Span } from '../../../shared/types';
import { HIGH_SCORE, isOpen, LOW_SCORE, rowState, type AlignRow, type RowFilters, type Suggestion } from './types';

/** Pure row edits. Each returns a new array (or the same one when nothing changed). */

function mapRow(rows: readonly AlignRow[], id: string, f: (r: AlignRow) => AlignRow): readonly AlignRow[] {
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0) return rows;
  const next = f(rows[i]!);
  if (next === rows[i]) return rows;
  const out = rows.slice();
  out[i] = next;
  return out;
}

export function setSuggestion(rows: readonly AlignRow[], id: string, suggestion: Suggestion | null): readonly AlignRow[] {
  return mapRow(rows, id, (r) => ({ ...r, suggestion }));
}

/** Moves Russian spans after an edit of the Russian text (offset, removed length, inserted length). */
export function shiftSource(rows: readonly AlignRow[], at: number, removed: number, inserted: number): readonly AlignRow[] {
  const delta = inserted - removed;
  const end = at + removed;
  const move = (s: Span): Span => {
    const start = s.start >= end ? s.start + delta : s.start > at ? at : s.start;
    const stop = s.end >= end ? s.end + delta : s.end > at ? at + inserted : s.end;
    return { start, end: Math.max(start, stop) };
  };
  let changed = false;
  const out = rows.map((r) => {
    if (!r.source || r.source.end < at) return r;
    changed = true;
    return { ...r, source: move(r.source) };
  });
  return changed ? out : rows;
}

export function shiftSpans(spans: readonly Span[], at: number, removed: number, inserted: number): readonly Span[] {
  const delta = inserted - removed;
  const end = at + removed;
  return spans.map((s) => (s.end < at ? s : { start: s.start >= end ? s.start + delta : Math.min(s.start, at), end: s.end >= end ? s.end + delta : Math.max(Math.min(s.start, at), at + inserted) }));
}

/** Case-, ё/е- and space-insensitive form for the grid's text search. */
export function searchForm(s: string): string {
  return s.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** The texts rows point into, for the text search. */
export interface RowTexts {
  source: string;
  target: string;
}

export function matches(row: AlignRow, f: RowFilters, overlapping?: ReadonlySet<string>, texts?: RowTexts): boolean {
  if (f.kind !== 'all' && row.kind !== f.kind) return false;
  if (f.state !== 'all') {
    const s = rowState(row);
    if (f.state === 'open' ? !isOpen(s) : s !== f.state) return false;
  }
  if (f.score !== 'all') {
    if (row.score === null) return false;
    if (f.score === 'low' && row.score >= LOW_SCORE) return false;
    if (f.score === 'mid' && (row.score < LOW_SCORE || row.score >= HIGH_SCORE)) return false;
    if (f.score === 'high' && row.score < HIGH_SCORE) return false;
  }
  if (f.overlap && !overlapping?.has(row.id)) return false;
  if (f.hasSuggestion && row.suggestion === null) return false;
  const q = searchForm(f.query.trim());
  if (q && texts) {
    const de = row.target ? texts.target.slice(row.target.start, row.target.end) : '';
    const ru = row.source ? texts.source.slice(row.source.start, row.source.end) : '';
    if (!searchForm(de).includes(q) && !searchForm(ru).includes(q) && !searchForm(row.checked ?? '').includes(q)) return false;
  }
  return true;
}

export interface RowCounts {
  total: number;
  quotes: number;
  sentences: number;
  confirmed: number;
  rejected: number;
  auto: number;
  noSource: number;
  lowScore: number;
  checked: number;
  recheck: number;
  open: number;
}

export function countRows(rows: readonly AlignRow[]): RowCounts {
  const c: RowCounts = { total: rows.length, quotes: 0, sentences: 0, confirmed: 0, rejected: 0, auto: 0, noSource: 0, lowScore: 0, checked: 0, recheck: 0, open: 0 };
  for (const r of rows) {
    if (r.kind === 'quote') c.quotes++;
    else c.sentences++;
    c[r.status]++;
    if (r.source === null) c.noSource++;
    if (r.score !== null && r.score < LOW_SCORE) c.lowScore++;
    if (r.checked !== null) c.checked++;
    if (r.recheckBefore !== null) c.recheck++;
    if (isOpen(rowState(r))) c.open++;
  }
  return c;
}

/** The row whose German (side 'target') or Russian span holds the offset; quotes win over sentences. */
export function rowAt(rows: readonly AlignRow[], side: 'source' | 'target', offset: number): AlignRow | null {
  let sentence: AlignRow | null = null;
  for (const r of rows) {
    const s = r[side];
    if (!s || offset < s.start || offset >= s.end) continue;
    if (r.kind === 'quote') return r;
    sentence ??= r;
  }
  return sentence;
}

export function filterRows(rows: readonly AlignRow[], filters: RowFilters, texts?: RowTexts): readonly AlignRow[] {
  const none =
    filters.kind === 'all' && filters.state === 'all' && filters.score === 'all' && !filters.overlap && !filters.hasSuggestion && !filters.query.trim();
  if (none) return rows;
  const overlapping = filters.overlap ? overlappingRows(rows) : undefined;
  return rows.filter((r) => matches(r, filters, overlapping, texts));
}

const overlapCache = new WeakMap<readonly AlignRow[], ReadonlySet<string>>();

/**
 * Rows whose Russian span another row of the same kind claims too (a whole paragraph and a
 * clause inside it): one of the two is wrong. Rejected rows and empty spans claim nothing.
 * Sorted sweep: O(n log n), cached per rows array.
 */
export function overlappingRows(rows: readonly AlignRow[]): ReadonlySet<string> {
  const hit = overlapCache.get(rows);
  if (hit) return hit;
  const out = new Set<string>();
  for (const kind of ['quote', 'sentence'] as const) {
    const claims = rows
      .filter((r) => r.kind === kind && r.source !== null && r.source.end > r.source.start && r.status !== 'rejected')
      .sort((a, b) => a.source!.start - b.source!.start || b.source!.end - a.source!.end);
    let open: AlignRow | null = null; // the claim reaching furthest so far
    for (const r of claims) {
      if (open && r.source!.start < open.source!.end) {
        out.add(r.id);
        out.add(open.id);
      }
      if (!open || r.source!.end > open.source!.end) open = r;
    }
  }
  overlapCache.set(rows, out);
  return out;
}

/** The next (delta 1) or previous (-1) row after `fromId` that still waits for the user; wraps around. */
export function nextOpenRow(rows: readonly AlignRow[], fromId: string | null, delta: 1 | -1): AlignRow | null {
  const n = rows.length;
  if (n === 0) return null;
  const at = rows.findIndex((r) => r.id === fromId);
  const start = at < 0 ? (delta > 0 ? -1 : n) : at;
  for (let k = 1; k <= n; k++) {
    const r = rows[(((start + delta * k) % n) + n) % n]!;
    if (r.id !== fromId && isOpen(rowState(r))) return r;
  }
  return null;
}
