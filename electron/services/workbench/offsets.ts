import type { TextRange } from '../../../shared/ipc/channels/workbench';

/** A replacement of `[start, end)` of the OLD text by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Index of the first span whose end is after `offset` (binary search over sorted spans); spans.length if none. */
function firstEndingAfter(spans: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as TextRange).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The inclusive index range of the sorted, non-overlapping `spans` that `span` overlaps; an
 * empty span counts as touching the segment that contains it. Null when it touches none.
 */
export function spanRange(spans: readonly TextRange[], span: TextRange): [number, number] | null {
  const i = firstEndingAfter(spans, span.start);
  const first = spans[i];
  if (!first) return null;
  if (span.start === span.end) return first.start <= span.start ? [i, i] : null;
  if (first.start >= span.end) return null;
  let j = i;
  while (j + 1 < spans.length && (spans[j + 1] as TextRange).start < span.end) j++;
  return [i, j];
}

/** Do two half-open ranges share a character (or, when one is empty, does the other contain it)? */
export function overlaps(a: TextRange, b: TextRange): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Edits as one sorted list, checked against the old text: non-overlapping and inside it, and
 * (when `expected` is given) turning `old` into `expected`. Returns null when they do not.
 */
export function normaliseEdits(old: string, edits: readonly Edit[], expected?: string): Edit[] | null {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let prevEnd = 0;
  let out = '';
  for (const e of sorted) {
    if (e.start < prevEnd || e.end > old.length || e.start > e.end) return null;
    out += old.slice(prevEnd, e.start) + e.text;
    prevEnd = e.end;
  }
  out += old.slice(prevEnd);
  if (expected !== undefined && out !== expected) return null;
  return sorted;
}

/** The smallest single edit turning `a` into `b` (common prefix and suffix kept). */
export function diffEdit(a: string, b: string): Edit[] {
  if (a === b) return [];
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [{ start: p, end: a.length - s, text: b.slice(p, b.length - s) }];
}

/**
 * Where an offset of the old text lands in the new one: shifted by the edits before it; inside
 * a replaced region it goes to the start of the replacement.
 */
export function mapOffset(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset) {
      delta += e.text.length - (e.end - e.start);
      continue;
    }
    if (e.start < offset) return e.start + delta;
    break;
  }
  return offset + delta;
}

/** What an edit did to a span. */
export interface MappedSpan {
  /** The span in the new text; null when its text was deleted. */
  span: TextRange | null;
  /** An edit changed text inside the span (not only around it). */
  touched: boolean;
}

/**
 * Maps a span of the old text through sorted, non-overlapping edits. Text inserted exactly at
 * a boundary stays outside the span. An edit reaching into the span moves the boundary to the
 * edge of the replacement, so the span keeps the new text. A span lying wholly inside a
 * replaced region follows the replacement when it covered at least half of that region, and
 * is deleted otherwise (the region was rewritten; where the words went cannot be known).
 */
export function mapSpan(span: TextRange, edits: readonly Edit[]): MappedSpan {
  const { start: s, end: t } = span;
  let delta = 0;
  let start: number | null = null;
  let end: number | null = null;
  let touched = false;
  for (const e of edits) {
    const oldLen = e.end - e.start;
    const newLen = e.text.length;
    if (e.end <= s) {
      delta += newLen - oldLen;
      continue;
    }
    if (e.start >= t) break;
    touched = true;
    if (e.start <= s && e.end >= t) {
      if (newLen > 0 && (t - s) * 2 >= oldLen) return { span: { start: e.start + delta, end: e.start + delta + newLen }, touched };
      return { span: null, touched };
    }
    if (start === null) start = e.start <= s ? e.start + delta : s + delta;
    if (e.end >= t) end = e.start + delta + newLen;
    delta += newLen - oldLen;
  }
  const ns = start ?? s + delta;
  const ne = end ?? t + delta;
  return { span: { start: ns, end: Math.max(ns, ne) }, touched };
}
