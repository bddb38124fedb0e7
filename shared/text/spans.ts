import type { Span } from '../types';

/** Index of the segment containing or following `offset` (binary search), -1 if none. */
export function segmentAt(segments: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as Span;
    if (s.end > offset) {
      ans = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return ans;
}

/** Indexes of the spans in sorted, non-overlapping `spans` that overlap [start, end). */
export function overlapping(spans: readonly Span[], start: number, end: number): number[] {
  const out: number[] = [];
  let i = segmentAt(spans, start);
  if (i < 0) return out;
  for (; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (s.start >= end) break;
    if (s.end > start) out.push(i);
  }
  return out;
}

/**
 * The inclusive index range of the sorted, non-overlapping `spans` that `span` overlaps; an
 * empty span counts as touching the segment that contains it. Null when it touches none.
 */
export function spanRange(spans: readonly Span[], span: Span): [number, number] | null {
  const i = segmentAt(spans, span.start);
  const first = spans[i];
  if (i < 0 || !first) return null;
  if (span.start === span.end) return first.start <= span.start ? [i, i] : null;
  if (first.start >= span.end) return null;
  let j = i;
  while (j + 1 < spans.length && (spans[j + 1] as Span).start < span.end) j++;
  return [i, j];
}

/** Do two half-open ranges share a character (or, when one is empty, does the other contain it)? */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
