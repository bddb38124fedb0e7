import type { Segment } from '../types';
import type { Bead } from './sentences';

/** A slice of both documents that quote alignment can run on alone. */
export interface AlignWindow {
  /** Half-open target segment range. */
  target: [number, number];
  /** Half-open source segment range. */
  source: [number, number];
}

/** Options of `translationWindows`. */
export interface WindowOptions {
  /** Target segments per window (default 30). */
  size?: number;
  /** Source segments added on each side of the aligned range (default 10). */
  margin?: number;
  /** Below this many segments on either side no windows are made (default 300). */
  minSegments?: number;
  /** Share of target segments the beads must pair for the documents to count as translations (default 0.6). */
  minPaired?: number;
}

/**
 * When one document is a full translation of the other (the sentence alignment pairs most
 * target segments), splits the pair into windows of consecutive target segments with the
 * source range the beads put opposite them, widened by a margin. Quote search then runs
 * per window, which keeps its cost linear in document length. Returns null when the
 * documents are small or not parallel enough, so that the caller searches everywhere.
 */
export function translationWindows(beads: readonly Bead[], nSource: number, nTarget: number, opts: WindowOptions = {}): AlignWindow[] | null {
  const size = opts.size ?? 30;
  const margin = opts.margin ?? 10;
  if (nSource < (opts.minSegments ?? 300) || nTarget < (opts.minSegments ?? 300)) return null;
  // Source position opposite each target segment (the last source index before it for 0:1).
  const opposite = new Int32Array(nTarget);
  let paired = 0;
  let lastSource = 0;
  for (const b of beads) {
    if (b.source.length) lastSource = b.source[b.source.length - 1]!;
    for (const j of b.target) {
      opposite[j] = b.source.length ? b.source[0]! : lastSource;
      if (b.source.length) paired++;
    }
  }
  if (paired < (opts.minPaired ?? 0.6) * nTarget) return null;
  const out: AlignWindow[] = [];
  for (let t0 = 0; t0 < nTarget; t0 += size) {
    const t1 = Math.min(nTarget, t0 + size);
    let lo = nSource;
    let hi = 0;
    for (let j = t0; j < t1; j++) {
      lo = Math.min(lo, opposite[j]!);
      hi = Math.max(hi, opposite[j]! + 1);
    }
    out.push({ target: [t0, t1], source: [Math.max(0, lo - margin), Math.min(nSource, hi + margin)] });
  }
  return out;
}

/** The text and re-based segments of a window side: offsets relative to the slice. */
export function sliceSegments(text: string, segments: readonly Segment[], range: readonly [number, number]): { text: string; offset: number; segments: Segment[] } {
  const [a, b] = range;
  if (a >= b) return { text: '', offset: 0, segments: [] };
  const offset = segments[a]!.start;
  const end = segments[b - 1]!.end;
  return {
    text: text.slice(offset, end),
    offset,
    segments: segments.slice(a, b).map((s) => ({ start: s.start - offset, end: s.end - offset, text: s.text })),
  };
}
