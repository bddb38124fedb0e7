import type { DpParams, DpSide } from './dp';
import type { AlignTracker } from './progress';
import { dotRows, rows, type VecSet } from './vectors';

// Scores of single beads: punctuation evidence, pair dots, lengths and lexical similarity.
// The search over beads is dp.ts.

/** Length log-likelihood: Student-t on the Gale-Church delta (inlined in BeadScorer.gain). */
export function lengthLogP(ls: number, lt: number, p: Pick<DpParams, 'ratio' | 'variance' | 'lengthDof'>): number {
  const mean = (ls + lt / p.ratio) / 2;
  const d = (lt - ls * p.ratio) / Math.sqrt(Math.max(1, mean) * p.variance);
  const nu = p.lengthDof;
  return (-(nu + 1) / 2) * Math.log1p((d * d) / nu);
}

/** Number of punctuation/number classes counted per segment (see `markCounts`). */
export const MARK_TYPES = 7;

/**
 * Counts of what translations keep: commas (both languages set them around subordinate
 * clauses), quotation marks, colons, opening brackets, question and exclamation marks,
 * and numbers written in digits.
 */
export function markCounts(text: string, out: number[] = []): number[] {
  let comma = 0;
  let quote = 0;
  let colon = 0;
  let paren = 0;
  let question = 0;
  let bang = 0;
  let numbers = 0;
  let inNumber = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    const digit = ch >= 0x30 && ch <= 0x39;
    if (digit && !inNumber) numbers++;
    // "4 500", "4.500" and "12,5" are one number.
    inNumber = digit || (inNumber && (ch === 0x2e || ch === 0x2c || ch === 0x20 || ch === 0xa0) && k + 1 < text.length && text.charCodeAt(k + 1) >= 0x30 && text.charCodeAt(k + 1) <= 0x39);
    switch (ch) {
      case 0x2c: if (!inNumber) comma++; break;
      case 0x22: case 0xab: case 0xbb: case 0x201e: case 0x201c: case 0x201d: case 0x201a: case 0x2018: case 0x2039: case 0x203a: quote++; break;
      case 0x3a: colon++; break;
      case 0x28: case 0x5b: paren++; break;
      case 0x3f: question++; break;
      case 0x21: bang++; break;
      default: break;
    }
  }
  out.push(comma, quote, colon, paren, question, bang, numbers);
  return out;
}

/**
 * Most any one class of marks can cost: a translator who drops all quotation marks or
 * spells out every number should not outweigh the words.
 */
const MARK_CAP = 2;
/**
 * Cost of a segment that shares no feature at all with the other side of its 2:1, 1:2,
 * 2:2 or 3:1 bead although it has features: it probably belongs elsewhere (a deleted
 * sentence merged into its neighbour). Only about a third of true partners share nothing.
 */
const UNSUPPORTED_COST = 0.5;
const MARK_TOTAL_CAP = 6;
/** Above any cosine `gain` computes (at most one, plus rounding). */
const MAX_COSINE = 1 + 1e-6;

/**
 * `Math.sqrt(1 + k / 4)` for the whole mark counts k of most beads (the very bits of the call;
 * any other k, larger or not whole, calls it, tested before the read: a read past the end
 * deoptimises the compiled `score`): the punctuation term divides by it for every class that
 * differs, about a million times on a long document.
 */
const MARK_ROOT_COUNT = 64;
const MARK_ROOTS = Float64Array.from({ length: MARK_ROOT_COUNT }, (_, k) => Math.sqrt(1 + k / 4));

function prefixSums(values: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(k + 1);
  for (let i = 0; i < k; i++) out[i + 1] = out[i]! + values[i]!;
  return out;
}

/**
 * Prefix sums of the mark counts, in an Int32Array when they are whole numbers that fit (counts
 * always are): `score` reads them for every bead, and whole numbers read from an Int32Array
 * need no heap box while `score` still runs in the interpreter, as doubles do.
 */
function markPrefix(marks: ArrayLike<number> | undefined, k: number): Int32Array | Float64Array | null {
  if (!marks) return null;
  const out = new Float64Array((k + 1) * MARK_TYPES);
  let whole = true;
  for (let i = 0; i < k; i++) {
    for (let q = 0; q < MARK_TYPES; q++) {
      const x = out[i * MARK_TYPES + q]! + marks[i * MARK_TYPES + q]!;
      out[(i + 1) * MARK_TYPES + q] = x;
      if (!(x === Math.floor(x) && x >= -0x7fffffff && x <= 0x7fffffff)) whole = false;
    }
  }
  return whole ? Int32Array.from(out) : out;
}

/**
 * Squared norms of the sums of the runs of one, two and three rows starting at each row r, at
 * (length - 1) * k + r, from the norms and the dot products of neighbouring rows: the norm of
 * a merged bead's side, summed in the order `score` once summed it itself.
 */
function normRuns(norm2: Float64Array, v: VecSet, k: number): Float64Array {
  const [a1, a2] = neighbourDots(v, k);
  const out = new Float64Array(3 * k);
  for (let r = 0; r < k; r++) {
    let s = norm2[r]!;
    out[r] = s;
    if (r + 1 < k) {
      s += norm2[r + 1]! + 2 * a1[r]!;
      out[k + r] = s;
    }
    if (r + 2 < k) {
      s += norm2[r + 2]! + 2 * a1[r + 1]! + 2 * a2[r]!;
      out[2 * k + r] = s;
    }
  }
  return out;
}

/** Dot products of each row with the next one and the one after (for the norms of merged beads). */
function neighbourDots(v: VecSet, k: number): [Float64Array, Float64Array] {
  const a1 = new Float64Array(k);
  const a2 = new Float64Array(k);
  for (let i = 0; i + 1 < k; i++) a1[i] = dotRows(v, i, v, i + 1);
  for (let i = 0; i + 2 < k; i++) a2[i] = dotRows(v, i, v, i + 2);
  return [a1, a2];
}

/**
 * Pair dots D(i, j) of source segment i and the target columns any bead ending in rows
 * i+1..i+3 needs (row i holds columns dLo[i]..dHi[i] from dOff[i] on). The band's edges never
 * decrease, so every column a bead reads is stored.
 */
export interface PairDots {
  D: Float64Array;
  dLo: Int32Array;
  dOff: Int32Array;
}

export function pairDots(sv: VecSet, tv: VecSet, band: { lo: Int32Array; hi: Int32Array }, tracker?: AlignTracker): PairDots {
  const n = rows(sv);
  const m = rows(tv);
  const { lo, hi } = band;
  const dLo = new Int32Array(n);
  const dHi = new Int32Array(n);
  const dOff = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    dLo[i] = Math.max(0, lo[i + 1]! - 3);
    dHi[i] = Math.min(m - 1, hi[Math.min(n, i + 3)]! - 1);
    dOff[i + 1] = dOff[i]! + Math.max(0, dHi[i]! - dLo[i]! + 1);
  }
  const D = new Float64Array(dOff[n]!);
  if (coversAll(dLo, dHi, n, m)) fullPairDots(sv, tv, D, dOff, tracker);
  else bandPairDots(sv, tv, D, dLo, dHi, dOff, tracker);
  return { D, dLo, dOff };
}

/** Whether every row holds all m columns (a full DP table). */
function coversAll(dLo: Int32Array, dHi: Int32Array, n: number, m: number): boolean {
  for (let i = 0; i < n; i++) if (dLo[i] !== 0 || dHi[i] !== m - 1) return false;
  return true;
}

/**
 * The target rows inverted by feature: the rows of feature f (ascending) with their weights are
 * postRow/postW[start[f]..start[f + 1]); features above maxId occur in no target row.
 * (The id arrays may run on past the last row: a set made by `pairRows` keeps its input's length.)
 */
function postings(tv: VecSet): { start: Int32Array; postRow: Int32Array; postW: Float64Array; maxId: number } {
  const m = rows(tv);
  const tIds = tv.ids;
  const tW = tv.w;
  const tOff = tv.off;
  const nnz = tOff[m]!;
  let maxId = -1;
  for (let k = 0; k < nnz; k++) if (tIds[k]! > maxId) maxId = tIds[k]!;
  const start = new Int32Array(maxId + 2);
  for (let k = 0; k < nnz; k++) start[tIds[k]! + 1]!++;
  for (let f = 0; f <= maxId; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, maxId + 1);
  const postRow = new Int32Array(nnz);
  const postW = new Float64Array(nnz);
  for (let j = 0; j < m; j++) {
    for (let k = tOff[j]!, ke = tOff[j + 1]!; k < ke; k++) {
      const q = fill[tIds[k]!]!++;
      postRow[q] = j;
      postW[q] = tW[k]!;
    }
  }
  return { start, postRow, postW, maxId };
}

/**
 * The pair dots of a full table (every source row against every target row, D row-major) from
 * the target rows inverted by feature: each source feature visits only the target rows that
 * have it. The terms of each dot are added in ascending feature id (both rows are sorted), as
 * a merge of the two rows adds them; the terms left out are zeros, so the sums are the same bits.
 */
function fullPairDots(sv: VecSet, tv: VecSet, D: Float64Array, dOff: Int32Array, tracker?: AlignTracker): void {
  const n = rows(sv);
  const { start, postRow, postW, maxId } = postings(tv);
  const sIds = sv.ids;
  const sW = sv.w;
  for (let i = 0; i < n; i++) {
    if (tracker && (i & 1023) === 1023) tracker.check();
    const off = dOff[i]!;
    for (let k = sv.off[i]!, ke = sv.off[i + 1]!; k < ke; k++) {
      const f = sIds[k]!;
      if (f > maxId) break;
      const x = sW[k]!;
      for (let q = start[f]!, qe = start[f + 1]!; q < qe; q++) D[off + postRow[q]!]! += postW[q]! * x;
    }
  }
}

/**
 * The pair dots of a band (row i holds columns dLo[i]..dHi[i]) the same way as `fullPairDots`:
 * each source feature visits the target rows in the band that have it, found from a cursor per
 * feature that moves forward only (the band's lower edge never decreases). Only features both
 * rows share are touched, where a scatter of the source row read every feature of every target
 * row in the band; the sums are the same bits (see `fullPairDots`).
 */
function bandPairDots(sv: VecSet, tv: VecSet, D: Float64Array, dLo: Int32Array, dHi: Int32Array, dOff: Int32Array, tracker?: AlignTracker): void {
  const n = rows(sv);
  const { start, postRow, postW, maxId } = postings(tv);
  const cursor = start.slice(0, maxId + 1);
  const sIds = sv.ids;
  const sW = sv.w;
  for (let i = 0; i < n; i++) {
    if (tracker && (i & 1023) === 1023) tracker.check();
    const lo = dLo[i]!;
    const hi = dHi[i]!;
    if (hi < lo) continue;
    // A lower edge that moved back (not in bands the DP builds) restarts the cursors.
    if (i > 0 && lo < dLo[i - 1]!) cursor.set(start.subarray(0, maxId + 1));
    const off = dOff[i]! - lo;
    for (let k = sv.off[i]!, ke = sv.off[i + 1]!; k < ke; k++) {
      const f = sIds[k]!;
      if (f > maxId) break;
      const x = sW[k]!;
      const qe = start[f + 1]!;
      let q = cursor[f]!;
      while (q < qe && postRow[q]! < lo) q++;
      cursor[f] = q;
      for (; q < qe; q++) {
        const j = postRow[q]!;
        if (j > hi) break;
        D[off + j]! += postW[q]! * x;
      }
    }
  }
}

/**
 * Scores beads of one DP table. A class rather than closures: the same code then serves
 * every table of a search (closures made per table sent the optimised code back to the
 * interpreter at each new table).
 */
export class BeadScorer {
  /** Evidence of the last bead scored: cosine and length log-likelihood. */
  evCos = 0;
  evLen = 0;
  /**
   * `score`'s inputs (the predecessor's score and the best so far) and its result, passed in
   * fields: a call the compiler does not inline boxes every floating-point argument and result
   * on the heap, and the DP scores hundreds of thousands of beads in a run shorter than the
   * optimising compiler's patience.
   */
  ps = 0;
  best = 0;
  out = 0;
  private readonly D: Float64Array;
  private readonly dLo: Int32Array;
  private readonly dOff: Int32Array;
  private readonly nS: Float64Array;
  private readonly nT: Float64Array;
  /** Squared norms of the sums of runs of 1, 2 and 3 rows from row r, at (length - 1) * rows + r. */
  private readonly runS: Float64Array;
  private readonly runT: Float64Array;
  private readonly nRowsS: number;
  private readonly nRowsT: number;
  private readonly lenS: Float64Array;
  private readonly lenT: Float64Array;
  private readonly marksS: Int32Array | Float64Array;
  private readonly marksT: Int32Array | Float64Array;
  private readonly useMarks: boolean;
  private readonly logPrior: Float64Array;
  private readonly ratio: number;
  private readonly variance: number;
  private readonly nu: number;
  private readonly tailExp: number;
  private readonly markWeight: number;
  private readonly lexWeight: number;
  private readonly sqrtBase: number;
  /**
   * Per bead type, the most `gain` can return: its prior plus the lexical term of a cosine of
   * one (the length and punctuation terms are never positive; the unsupported cost only
   * lowers it). `fillTable` skips a bead whose predecessor plus this bound cannot beat the
   * best so far, before computing anything: such a bead would lose in `gain` as well.
   */
  readonly bound: Float64Array;

  constructor(src: DpSide, tgt: DpSide, dots: PairDots, p: DpParams) {
    const n = rows(src.vecs);
    const m = rows(tgt.vecs);
    this.D = dots.D;
    this.dLo = dots.dLo;
    this.dOff = dots.dOff;
    this.nS = src.vecs.norm2;
    this.nT = tgt.vecs.norm2;
    this.runS = normRuns(this.nS, src.vecs, n);
    this.runT = normRuns(this.nT, tgt.vecs, m);
    this.nRowsS = n;
    this.nRowsT = m;
    this.lenS = prefixSums(src.lens, n);
    this.lenT = prefixSums(tgt.lens, m);
    const marksS = markPrefix(src.marks, n);
    const marksT = markPrefix(tgt.marks, m);
    this.useMarks = marksS !== null && marksT !== null && p.markWeight > 0;
    this.marksS = marksS ?? new Int32Array(0);
    this.marksT = marksT ?? new Int32Array(0);
    this.logPrior = Float64Array.from(p.logPrior);
    this.ratio = p.ratio;
    this.variance = p.variance;
    this.nu = p.lengthDof;
    this.tailExp = -(p.lengthDof + 1) / 2;
    this.markWeight = p.markWeight;
    this.lexWeight = p.lexWeight;
    this.sqrtBase = Math.sqrt(p.baseline);
    // Rounding may put a cosine a few units in the last place above one: bound it above that.
    const lexMax = p.lexWeight >= 0 ? p.lexWeight * (Math.sqrt(MAX_COSINE) - this.sqrtBase) : Infinity;
    this.bound = this.logPrior.map((prior) => prior + lexMax);
  }

  /**
   * Log score of the bead [a, b) x [c, d) of type `ty`. A bead cannot win when `ps` plus its
   * prior and lexical terms (the length and punctuation terms are never positive) does not
   * exceed `best`: it then returns -Infinity before computing those terms. The bound holds in
   * floating point too (rounding is monotone), so the path is the one of the unpruned search.
   */
  gain(a: number, b: number, c: number, d: number, ty: number, ps: number, best: number): number {
    this.ps = ps;
    this.best = best;
    this.score(a, b, c, d, ty);
    return this.out;
  }

  /**
   * `gain` with `ps` and `best` read from the fields of those names, the result left in `out`.
   * Square roots are written `x ** 0.5`: V8's power function returns the square root itself
   * for the exponent 0.5 and any x >= +0 (all its arguments here), bit for bit, and the first
   * optimising compiler (the only one a run this short reaches) calls it unboxed, whereas it
   * calls `Math.sqrt` as a builtin that boxes every result on the heap.
   */
  score(a: number, b: number, c: number, d: number, ty: number): void {
    const prior = this.logPrior[ty]!;
    this.evCos = 0;
    this.evLen = 0;
    if (a === b || c === d) {
      this.out = prior;
      return;
    }
    const D = this.D;
    const dLo = this.dLo;
    const dOff = this.dOff;
    let evCos = 0;
    let dp = 0;
    let unsupported = 0;
    for (let i = a; i < b; i++) {
      const off = dOff[i]! - dLo[i]!;
      let row = 0;
      for (let j = c; j < d; j++) row += D[off + j]!;
      if (b - a > 1 && row === 0 && this.nS[i]! > 0) unsupported++;
      dp += row;
    }
    if (d - c > 1) {
      for (let j = c; j < d; j++) {
        if (this.nT[j]! === 0) continue;
        let col = 0;
        for (let i = a; i < b; i++) col += D[dOff[i]! - dLo[i]! + j]!;
        if (col === 0) unsupported++;
      }
    }
    if (dp > 0) {
      // Squared norms of the summed segments (at most three) from norms and neighbour dots.
      // (Written out here, as the punctuation term below: a short run defers the optimising
      // compiler, and each call of a helper returned its number boxed on the heap.)
      // (Read from tables of runs of one, two and three rows: one read whatever the bead's
      // shape, where a branch per shape deoptimised the compiled code at the first rare one.)
      const ns = this.runS[(b - a - 1) * this.nRowsS + a]!;
      const nt = this.runT[(d - c - 1) * this.nRowsT + c]!;
      evCos = dp / (ns * nt) ** 0.5;
    }
    // The evidence of a cosine saturates (a true pair at 0.2 is about as sure as one at 0.5,
    // while 0 vs 0.05 matters a lot), so the score grows with its square root.
    const lex = this.lexWeight * (evCos ** 0.5 - this.sqrtBase);
    if (this.ps + (prior + lex - UNSUPPORTED_COST * unsupported) <= this.best) {
      this.out = -Infinity;
      return;
    }
    const ls = this.lenS[b]! - this.lenS[a]!;
    const lt = this.lenT[d]! - this.lenT[c]!;
    const ratio = this.ratio;
    const mean = (ls + lt / ratio) / 2;
    const z = (lt - ls * ratio) / ((mean > 1 ? mean : 1) * this.variance) ** 0.5;
    let evLen = this.tailExp * Math.log1p((z * z) / this.nu);
    if (this.useMarks) {
      // Log-likelihood of the punctuation counts of the bead (0 when they agree).
      const cs = this.marksS;
      const ct = this.marksT;
      const k = MARK_TYPES;
      let marks = 0;
      for (let q = 0; q < k; q++) {
        const x = cs[b * k + q]! - cs[a * k + q]!;
        const y = ct[d * k + q]! - ct[c * k + q]!;
        const diff = y - x;
        if (diff === 0) continue;
        // Counts vary more when there are many (Poisson-like), so differences are scaled by the
        // number of marks; commas vary with style and are compared squared, the rest linearly.
        // Quotation marks come in pairs and some conventions drop one side's: half weight.
        const both = x + y;
        const cost = q === 0 ? (0.5 * diff * diff) / (1 + both / 2) : ((q === 1 ? 0.5 : 1) * Math.abs(diff)) / (both < MARK_ROOT_COUNT && both >= 0 && (both | 0) === both ? MARK_ROOTS[both]! : Math.sqrt(1 + both / 4));
        // At most MARK_CAP per class and MARK_TOTAL_CAP in all (costs are positive and finite).
        marks -= cost < MARK_CAP ? cost : MARK_CAP;
      }
      evLen += this.markWeight * (marks > -MARK_TOTAL_CAP ? marks : -MARK_TOTAL_CAP);
    }
    this.evCos = evCos;
    this.evLen = evLen;
    this.out = prior + evLen + lex - UNSUPPORTED_COST * unsupported;
  }
}

