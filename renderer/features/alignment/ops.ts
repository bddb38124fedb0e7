import type { Span } from '../../../shared/types';
import { orderRows, sentenceId } from './engine';
import { LOW_SCORE, type AlignmentData, type AlignRow, type LinkStatus, type RowFilters, type Suggestion } from './types';

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

/** The user picked a new Russian span: the link is now theirs (confirmed, full confidence). */
export function setSource(rows: readonly AlignRow[], id: string, source: Span, sourceSegments: readonly Span[]): readonly AlignRow[] {
  const segs = sourceSegments.flatMap((s, i) => (s.end > source.start && s.start < source.end ? [i] : []));
  return mapRow(rows, id, (r) => ({ ...r, source, sourceSegs: segs, status: 'confirmed', score: 1 }));
}

/** "Not in this original": no source, and the user vouches for that. */
export function markNoSource(rows: readonly AlignRow[], id: string): readonly AlignRow[] {
  return mapRow(rows, id, (r) => (r.source === null && r.status === 'confirmed' ? r : { ...r, source: null, sourceSegs: [], status: 'confirmed', score: 1 }));
}

export function setChecked(rows: readonly AlignRow[], id: string, checked: string): readonly AlignRow[] {
  return mapRow(rows, id, (r) => ({ ...r, checked, status: 'confirmed' }));
}

export function setSuggestion(rows: readonly AlignRow[], id: string, suggestion: Suggestion | null): readonly AlignRow[] {
  return mapRow(rows, id, (r) => ({ ...r, suggestion }));
}

function sentenceRow(targetSegs: number[], sourceSegs: number[], tseg: readonly Span[], sseg: readonly Span[], status: LinkStatus, score: number): AlignRow {
  const cover = (segs: readonly Span[], idx: number[]): Span | null => {
    const a = segs[idx[0] ?? -1];
    const b = segs[idx[idx.length - 1] ?? -1];
    return a && b ? { start: a.start, end: b.end } : null;
  };
  return {
    id: sentenceId(targetSegs, sourceSegs),
    kind: 'sentence',
    quoteKind: null,
    target: cover(tseg, targetSegs),
    source: cover(sseg, sourceSegs),
    targetSegs,
    sourceSegs,
    score,
    status,
    checked: null,
    suggestion: null,
  };
}

/** Unlinks a sentence bead into a German-only and a Russian-only row. */
export function unlinkSentence(rows: readonly AlignRow[], id: string, tseg: readonly Span[], sseg: readonly Span[]): readonly AlignRow[] {
  const row = rows.find((r) => r.id === id);
  if (!row || row.kind !== 'sentence' || !row.targetSegs.length || !row.sourceSegs.length) return rows;
  const parts = [
    sentenceRow([...row.targetSegs], [], tseg, sseg, 'confirmed', 1),
    sentenceRow([], [...row.sourceSegs], tseg, sseg, 'confirmed', 1),
  ];
  return orderRows([...rows.filter((r) => r.id !== id), ...parts]);
}

/** Splits an n:m bead into 1:1 pairs (extra sentences on the longer side stay with the last pair). */
export function splitSentence(rows: readonly AlignRow[], id: string, tseg: readonly Span[], sseg: readonly Span[]): readonly AlignRow[] {
  const row = rows.find((r) => r.id === id);
  if (!row || row.kind !== 'sentence' || (row.targetSegs.length < 2 && row.sourceSegs.length < 2)) return rows;
  const n = Math.max(1, Math.min(row.targetSegs.length || 1, row.sourceSegs.length || 1));
  const parts: AlignRow[] = [];
  if (row.targetSegs.length === 0 || row.sourceSegs.length === 0) {
    // A one-sided bead splits into one row per sentence.
    for (const t of row.targetSegs) parts.push(sentenceRow([t], [], tseg, sseg, 'confirmed', 1));
    for (const s of row.sourceSegs) parts.push(sentenceRow([], [s], tseg, sseg, 'confirmed', 1));
  } else {
    for (let k = 0; k < n; k++) {
      const t = k === n - 1 ? row.targetSegs.slice(k) : [row.targetSegs[k]!];
      const s = k === n - 1 ? row.sourceSegs.slice(k) : [row.sourceSegs[k]!];
      parts.push(sentenceRow([...t], [...s], tseg, sseg, 'confirmed', 1));
    }
    if (n === 1) {
      // 1:n or n:1 with one side single: split the longer side into a pair and one-sided rows.
      parts.length = 0;
      const [t0, ...tRest] = row.targetSegs;
      const [s0, ...sRest] = row.sourceSegs;
      parts.push(sentenceRow([t0!], [s0!], tseg, sseg, 'confirmed', 1));
      for (const t of tRest) parts.push(sentenceRow([t], [], tseg, sseg, 'confirmed', 1));
      for (const s of sRest) parts.push(sentenceRow([], [s], tseg, sseg, 'confirmed', 1));
    }
  }
  return orderRows([...rows.filter((r) => r.id !== id), ...parts]);
}

/** Merges a sentence row with the next sentence row in document order. */
export function mergeWithNext(rows: readonly AlignRow[], id: string, tseg: readonly Span[], sseg: readonly Span[]): readonly AlignRow[] {
  const sentences = rows.filter((r) => r.kind === 'sentence');
  const i = sentences.findIndex((r) => r.id === id);
  const a = sentences[i];
  const b = sentences[i + 1];
  if (!a || !b) return rows;
  const uniq = (xs: number[]) => [...new Set(xs)].sort((x, y) => x - y);
  const merged = sentenceRow(uniq([...a.targetSegs, ...b.targetSegs]), uniq([...a.sourceSegs, ...b.sourceSegs]), tseg, sseg, 'confirmed', 1);
  return orderRows([...rows.filter((r) => r.id !== a.id && r.id !== b.id), merged]);
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

/**
 * Re-alignment keeps the user's work: a row they confirmed, rejected, relinked or checked
 * replaces the fresh proposal with the same id (same German span).
 */
export function keepUserWork(fresh: AlignmentData, previous: AlignmentData): AlignmentData {
  if (fresh.targetHash !== previous.targetHash) return fresh;
  const mine = new Map(previous.rows.filter((r) => r.status !== 'auto' || r.checked !== null || r.suggestion !== null).map((r) => [r.id, r]));
  if (!mine.size) return fresh;
  const sameSource = fresh.sourceHash === previous.sourceHash;
  const rows = fresh.rows.map((r) => {
    const old = mine.get(r.id);
    if (!old || old.target?.start !== r.target?.start || old.target?.end !== r.target?.end) return r;
    // A Russian span from an older text may no longer point at the same words.
    return sameSource ? old : { ...r, status: old.status === 'confirmed' && old.source === null ? 'confirmed' : r.status, source: old.source === null && old.status === 'confirmed' ? null : r.source, checked: old.checked, suggestion: old.suggestion };
  });
  return { ...fresh, rows };
}
