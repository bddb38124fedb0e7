import type { AlignTracker } from './progress';
import { BeadScorer, MARK_TYPES, pairDots } from './score';
import { pairRows, rows, type VecSet } from './vectors';

export { markCounts, MARK_TYPES } from './score';

/**
 * Bead shapes the dynamic programme considers: [source count, target count]. The first
 * five are the common ones (`DpParams.types` may stop there for a quick first pass).
 */
export const BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [2, 1], [1, 2], [1, 0], [0, 1], [2, 2], [3, 1], [1, 3],
];

const DI = Int8Array.from(BEAD_TYPES, (t) => t[0]);
const DJ = Int8Array.from(BEAD_TYPES, (t) => t[1]);

/** Parameters of the bead score (log domain). */
export interface DpParams {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of the length difference per source character (Gale-Church s²). */
  variance: number;
  /** Degrees of freedom of the Student-t length model (heavier tails than Gale-Church's normal). */
  lengthDof: number;
  /** Weight of the punctuation-count agreement (0 disables it). */
  markWeight: number;
  /** Weight of the square root of the lexical cosine, in log units. */
  lexWeight: number;
  /** Cosine of unrelated segment pairs (its value contributes zero evidence). */
  baseline: number;
  /** Log prior of each entry of BEAD_TYPES. */
  logPrior: readonly number[];
  /** Half width of the band around the coarse path, in segments. */
  bandWidth: number;
  /** Largest (n+1)*(m+1) aligned without coarsening. */
  maxFullCells: number;
  /** How many entries of BEAD_TYPES to consider (default all). */
  types?: number;
}

/**
 * Per-side input: one sparse vector, one length (characters) and MARK_TYPES punctuation
 * counts (flattened, segment-major) per segment.
 */
export interface DpSide {
  vecs: VecSet;
  lens: ArrayLike<number>;
  marks?: ArrayLike<number>;
}

/** A bead as [s0, s1) x [t0, t1) with its evidence. */
export interface RawBead {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  /** Cosine of the concatenated vectors (0 for 1:0 / 0:1). */
  cos: number;
  /** Length log-likelihood term (0 for 1:0 / 0:1). */
  lenLogP: number;
  /** Total log score the DP gave the bead. */
  gain: number;
  /** Index into BEAD_TYPES. */
  type: number;
}

/** Inclusive column range per DP row; both edges never decrease from row to row. */
interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

function fullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return { lo, hi };
}


/** Rows of the DP between two progress reports. */
const TICK_ROWS = 64;

/** The DP table of a band: best score and bead type per cell, cells row by row. */
interface Table {
  score: Float64Array;
  back: Int8Array;
  rowOff: Int32Array;
}

function fillTable(scorer: BeadScorer, band: Band, n: number, nTypes: number, tracker?: AlignTracker): Table {
  const { lo, hi } = band;
  const rowOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + (hi[i]! - lo[i]! + 1);
  const total = rowOff[n + 1]!;
  const score = new Float64Array(total).fill(-Infinity);
  const back = new Int8Array(total).fill(-1);
  score[0] = 0;
  const bound = scorer.bound;
  // The optimising compiler enters the first call inside the loop, and code after the loop that
  // has never run deoptimises it: the result is built before the loop, and the last progress
  // tick (the rows after the last whole TICK_ROWS) is counted by the loop's own call, in a last
  // pass i = n + 1 that does nothing else.
  const table: Table = { score, back, rowOff };
  const tailRows = (n + 1) % TICK_ROWS;
  for (let i = 0; i <= n + 1; i++) {
    if (tracker && (i > n || i % TICK_ROWS === TICK_ROWS - 1)) tracker.add(i > n ? tailRows : TICK_ROWS);
    if (i > n) break;
    const loI = lo[i]!;
    const hiI = hi[i]!;
    for (let j = loI; j <= hiI; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let bestT = -1;
      for (let ty = 0; ty < nTypes; ty++) {
        const pi = i - DI[ty]!;
        const pj = j - DJ[ty]!;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const ps = score[rowOff[pi]! + pj - lo[pi]!]!;
        if (ps === -Infinity || ps + bound[ty]! <= best) continue;
        scorer.ps = ps;
        scorer.best = best;
        scorer.score(pi, i, pj, j, ty);
        const g = scorer.out;
        if (ps + g > best) {
          best = ps + g;
          bestT = ty;
        }
      }
      const here = rowOff[i]! + j - loI;
      score[here] = best;
      back[here] = bestT;
    }
  }
  return table;
}

/**
 * Viterbi over bead sequences restricted to `band`. Pairwise dot products are computed once
 * per cell (dense scatter of the source vector) and every bead's cosine is assembled from
 * them and the within-side dot products of neighbouring segments.
 */
function viterbi(src: DpSide, tgt: DpSide, band: Band, p: DpParams, tracker?: AlignTracker): RawBead[] {
  const n = rows(src.vecs);
  const m = rows(tgt.vecs);
  const dots = pairDots(src.vecs, tgt.vecs, band, tracker);
  const scorer = new BeadScorer(src, tgt, dots, p);
  tracker?.check();
  const nTypes = Math.min(BEAD_TYPES.length, p.types ?? BEAD_TYPES.length);
  const { back, rowOff } = fillTable(scorer, band, n, nTypes, tracker);
  const { lo, hi } = band;
  const out: RawBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const ty = j < lo[i]! || j > hi[i]! ? -1 : back[rowOff[i]! + j - lo[i]!]!;
    if (ty < 0) throw new Error(`alignment band broke at ${i},${j}`);
    const [di, dj] = BEAD_TYPES[ty]!;
    const gain = scorer.gain(i - di, i, j - dj, j, ty, 0, -Infinity);
    out.push({ s0: i - di, s1: i, t0: j - dj, t1: j, cos: scorer.evCos, lenLogP: scorer.evLen, gain, type: ty });
    i -= di;
    j -= dj;
  }
  out.reverse();
  return out;
}

/**
 * The side at half resolution. Lengths and marks in Float64Arrays, as the analysis gives them:
 * the scorer's set-up then reads one kind of array at every level.
 */
function coarsen(side: DpSide): DpSide {
  const k = rows(side.vecs);
  const h = (k + 1) >> 1;
  const lens = new Float64Array(h);
  const src = side.marks;
  const marks = src ? new Float64Array(h * MARK_TYPES) : undefined;
  for (let i = 0; i < k; i += 2) {
    const two = i + 1 < k;
    lens[i >> 1] = side.lens[i]! + (two ? side.lens[i + 1]! : 0);
    if (marks && src) {
      const at = (i >> 1) * MARK_TYPES;
      for (let q = 0; q < MARK_TYPES; q++) marks[at + q] = src[i * MARK_TYPES + q]! + (two ? src[(i + 1) * MARK_TYPES + q]! : 0);
    }
  }
  const vecs = pairRows(side.vecs);
  return marks ? { vecs, lens, marks } : { vecs, lens };
}

/** Band of half width `w` around a path given as (row, col) corner points from (0,0) to (n,m). */
function bandAround(points: ReadonlyArray<readonly [number, number]>, n: number, m: number, w: number | Int32Array): Band {
  const jMin = new Int32Array(n + 1).fill(m);
  const jMax = new Int32Array(n + 1).fill(0);
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k]!;
    const [i1, j1] = points[k + 1]!;
    if (i1 === i0) {
      jMin[i0] = Math.min(jMin[i0]!, j0);
      jMax[i0] = Math.max(jMax[i0]!, j1);
      continue;
    }
    for (let i = i0; i <= i1; i++) {
      const f = (i - i0) / (i1 - i0);
      const a = Math.floor(j0 + f * (j1 - j0));
      const b = Math.ceil(j0 + f * (j1 - j0));
      jMin[i] = Math.min(jMin[i]!, a);
      jMax[i] = Math.max(jMax[i]!, b);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const wi = typeof w === 'number' ? w : w[i]!;
    lo[i] = Math.max(0, jMin[i]! - wi);
    hi[i] = Math.min(m, jMax[i]! + wi);
  }
  // Monotone edges keep every reachable cell connected.
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** Factor of the length variance per character from one level of the coarse search to the next. */
const COARSE_VARIANCE_GROWTH = 2;

/** Whether `alignDp` aligns sides of these sizes in one full DP. */
function fitsFull(n: number, m: number, p: DpParams): boolean {
  return (n + 1) * (m + 1) <= p.maxFullCells || n < 4 || m < 4;
}

/**
 * DP rows `alignDp` runs through for sides of n and m segments (its progress units): the
 * rows of every level of the coarse-to-fine search, or of the one banded pass with a guide.
 */
export function dpRows(n: number, m: number, p: DpParams, guided: boolean): number {
  if (fitsFull(n, m, p) || guided) return n + 1;
  return n + 1 + dpRows((n + 1) >> 1, (m + 1) >> 1, coarseParams(p), false);
}

/**
 * Largest full DP table of a coarse level. The top of the coarse-to-fine search was a full table
 * of up to `maxFullCells` (newstest2012 as one document: 171 x 170 blocks of 16 sentences, 29,000
 * cells, a fifth of the first pass's time); a smaller one adds a level whose band is cheap, and
 * the coarse path only has to lead the finer bands.
 */
const COARSE_FULL_CELLS = 10_000;

/**
 * Half width of the band of a coarse level (at most; `bandWidth` at the finest level of a search).
 * A coarse level's band is widened where its path meets the edge, as every band is.
 */
const COARSE_BAND_WIDTH = 4;

/**
 * Half width of the band around a guide, an earlier alignment of the same sides (at most): the
 * realignment after lexicon learning moves few beads of the first pass, and by a segment or two.
 */
const GUIDE_BAND_WIDTH = 3;

/** The parameters of the next coarser level of a search with parameters `p`. */
function coarseParams(p: DpParams): DpParams {
  // The coarse path only has to be near the right one: the common bead shapes suffice.
  // A coarse segment is two segments, and its length deviation is not the sum of two
  // independent ones (a translator's or a document's ratio drifts slowly): with the variance
  // per character of single sentences, blocks of hundreds of sentences looked so unlike
  // their translations that deleting them was cheaper, and on long documents with repeated
  // passages the top levels paired blocks with a copy elsewhere. Doubling the variance per
  // level keeps a block's length evidence on the scale of one sentence's.
  return {
    ...p,
    types: Math.min(p.types ?? 5, 5),
    variance: p.variance * COARSE_VARIANCE_GROWTH,
    maxFullCells: Math.min(p.maxFullCells, COARSE_FULL_CELLS),
    bandWidth: Math.min(p.bandWidth, COARSE_BAND_WIDTH),
  };
}

/**
 * Aligns two sides. Small inputs get the full DP; larger ones are aligned at half resolution
 * first (pairs of segments, recursively, as in vecalign) and then refined in a band around
 * the projected coarse path, so the cost grows about linearly with length. `guide`, an
 * earlier alignment of the same sides, replaces the coarse pass.
 */
export function alignDp(src: DpSide, tgt: DpSide, p: DpParams, guide?: readonly RawBead[], tracker?: AlignTracker): RawBead[] {
  const n = rows(src.vecs);
  const m = rows(tgt.vecs);
  if (fitsFull(n, m, p)) {
    return viterbi(src, tgt, fullBand(n, m), p, tracker);
  }
  // A previous alignment of the same sides (the first pass before lexicon learning) is a
  // better guide than a coarse one, and its sure stretches are kept as they are.
  const last = guide?.[guide.length - 1];
  if (last && last.s1 === n && last.t1 === m) {
    const points: Array<[number, number]> = [[0, 0]];
    for (const b of guide!) points.push([b.s1, b.t1]);
    return bandedViterbi(src, tgt, points, p, Math.min(p.bandWidth, GUIDE_BAND_WIDTH), surePoints(guide!, n), tracker);
  }
  const halfSrc = coarsen(src);
  tracker?.check();
  const halfTgt = coarsen(tgt);
  tracker?.check();
  const coarse = alignDp(halfSrc, halfTgt, coarseParams(p), undefined, tracker);
  const points: Array<[number, number]> = [[0, 0]];
  for (const b of coarse) points.push([Math.min(n, 2 * b.s1), Math.min(m, 2 * b.t1)]);
  return bandedViterbi(src, tgt, points, p, p.bandWidth, null, tracker);
}

/**
 * Half width of the widest band `bandedViterbi` tries (as when the finest band started at +-6 and
 * was doubled at most twice; it starts at +-4 now: newstest2012 `_full` 35,700 -> 24,500 cells,
 * the same beads on the `_full` cases of the development sets, seeds 1-3, none widened).
 */
const MAX_BAND_WIDTH = 24;

/** Rows on either side of a row where the path met the band's edge that the next band widens too. */
const WIDEN_ROWS = 48;

/**
 * Viterbi in a band of half width `width` around a guiding path. Where the best path in the
 * band runs along its edge, the band may have cut off a better one: the search is repeated
 * around the path found, the band twice as wide within WIDEN_ROWS rows of every row where the
 * path met an edge (at most MAX_BAND_WIDTH), until the path keeps off the edges or the band
 * cannot grow where it meets them (it was doubled everywhere, where one place of a book meeting
 * the edge doubled the cost of the whole repeated search). `pins` (per row a column or -1) fix the path's points in
 * those rows: the band holds that cell alone there, and in the other rows the cells a monotone
 * path through the pins can reach.
 */
function bandedViterbi(
  src: DpSide,
  tgt: DpSide,
  points: ReadonlyArray<readonly [number, number]>,
  p: DpParams,
  width: number,
  pins: Int32Array | null,
  tracker?: AlignTracker,
): RawBead[] {
  const n = rows(src.vecs);
  const m = rows(tgt.vecs);
  const widths = new Int32Array(n + 1).fill(width);
  let guide = points;
  for (;;) {
    const band = bandAround(guide, n, m, widths);
    const path = viterbi(src, tgt, pins ? pinBand(band, pins) : band, p, tracker);
    const met = edgeRows(path, band, m, pins);
    // Rows to widen: near a row where the path met an edge.
    const wide = new Uint8Array(n + 1);
    let grows = false;
    for (const r of met) {
      if (widths[r]! >= MAX_BAND_WIDTH) continue;
      grows = true;
      for (let i = Math.max(0, r - WIDEN_ROWS); i <= Math.min(n, r + WIDEN_ROWS); i++) wide[i] = 1;
    }
    if (!grows) return path;
    for (let i = 0; i <= n; i++) if (wide[i]) widths[i] = Math.min(2 * widths[i]!, MAX_BAND_WIDTH);
    guide = [[0, 0], ...path.map((b) => [b.s1, b.t1] as const)];
  }
}

/**
 * Per DP row, the column where a guide's sure stretch fixes the path, or -1: the end of a 1:1
 * bead followed by another, both of gain 0 or more (the beads lexicon learning takes as sure).
 * Unpinned, the realignment after learning moved 12 of the 4,082 sure beads of the development
 * sets (seed 1, the `_full` cases included) and kept all 6,045 points fixed here (seeds 1-3); the
 * DP scores the pinned beads alone, each as the unpinned search scores it.
 */
function surePoints(guide: readonly RawBead[], n: number): Int32Array {
  const pins = new Int32Array(n + 1).fill(-1);
  const sure = (b: RawBead): boolean => b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1 && b.gain >= 0;
  for (let k = 0; k + 1 < guide.length; k++) {
    const b = guide[k]!;
    if (sure(b) && sure(guide[k + 1]!)) pins[b.s1] = b.t1;
  }
  return pins;
}

/**
 * `band` with each pinned row reduced to its column and every other row to the columns between
 * the pins before and after it (a monotone path through the pins never leaves them).
 */
function pinBand(band: Band, pins: Int32Array): Band {
  const n = pins.length - 1;
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  let floor = 0;
  for (let i = 0; i <= n; i++) {
    if (pins[i]! >= 0) floor = pins[i]!;
    if (lo[i]! < floor) lo[i] = floor;
  }
  let ceil = hi[n]!;
  for (let i = n; i >= 0; i--) {
    if (pins[i]! >= 0) ceil = pins[i]!;
    if (hi[i]! > ceil) hi[i] = ceil;
  }
  return { lo, hi };
}

/**
 * The rows where a bead of `path` ends on the edge of `band` (not counting the sides' own ends,
 * nor a pinned row: there the path lies where the pin puts it).
 */
function edgeRows(path: readonly RawBead[], band: Band, m: number, pins: Int32Array | null): number[] {
  const out: number[] = [];
  for (const b of path) {
    const i = b.s1;
    const j = b.t1;
    if (pins && pins[i]! >= 0) continue;
    if ((j <= band.lo[i]! && band.lo[i]! > 0) || (j >= band.hi[i]! && band.hi[i]! < m)) out.push(i);
  }
  return out;
}
