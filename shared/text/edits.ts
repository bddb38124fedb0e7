import type { Span } from '../types';

/** A replacement of `[start, end)` of the OLD text by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
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
  span: Span | null;
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
export function mapSpan(span: Span, edits: readonly Edit[]): MappedSpan {
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
