import type { Span } from '../../../shared/types';
import { LOW_SCORE, type AlignRow, type LinkStatus, type RowFilters, type Suggestion } from './types';

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

export function setStatus(rows: readonly AlignRow[], ids: readonly string[], status: LinkStatus): readonly AlignRow[] {
  const set = new Set(ids);
  let changed = false;
  const out = rows.map((r) => {
    if (!set.has(r.id) || r.status === status) return r;
    changed = true;
    return { ...r, status };
  });
  return changed ? out : rows;
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

export function matches(row: AlignRow, f: RowFilters): boolean {
  if (f.kind !== 'all' && row.kind !== f.kind) return false;
  if (f.unconfirmed && row.status === 'confirmed') return false;
  if (f.lowScore && row.score >= LOW_SCORE) return false;
  if (f.noSource && row.source !== null) return false;
  if (f.hasSuggestion && row.suggestion === null) return false;
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
}

export function countRows(rows: readonly AlignRow[]): RowCounts {
  const c: RowCounts = { total: rows.length, quotes: 0, sentences: 0, confirmed: 0, rejected: 0, auto: 0, noSource: 0, lowScore: 0, checked: 0 };
  for (const r of rows) {
    if (r.kind === 'quote') c.quotes++;
    else c.sentences++;
    c[r.status]++;
    if (r.source === null) c.noSource++;
    if (r.score < LOW_SCORE) c.lowScore++;
    if (r.checked !== null) c.checked++;
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

export function filterRows(rows: readonly AlignRow[], filters: RowFilters): readonly AlignRow[] {
  const none = filters.kind === 'all' && !filters.unconfirmed && !filters.lowScore && !filters.noSource && !filters.hasSuggestion;
  return none ? rows : rows.filter((r) => matches(r, filters));
}
