/** A sparse feature vector: ascending feature ids with their weights. */
export interface SparseVec {
  readonly ids: Int32Array;
  readonly w: Float64Array;
  /** Squared Euclidean norm. */
  readonly norm2: number;
}

export const EMPTY_VEC: SparseVec = { ids: new Int32Array(0), w: new Float64Array(0), norm2: 0 };

/**
 * Builds a vector from parallel id/weight lists (ids may repeat: weights add up), each
 * weight scaled by `scale(id)`.
 */
export function vecFromPairs(ids: readonly number[], w: readonly number[], scale: (id: number) => number): SparseVec {
  const k = ids.length;
  if (k === 0) return EMPTY_VEC;
  const idArr = Int32Array.from(ids);
  const order = new Int32Array(k);
  sortPositions(idArr, 0, k, order);
  const outIds = new Int32Array(k);
  const outW = new Float64Array(k);
  let m = -1;
  for (const q of order) {
    const id = ids[q]!;
    if (m >= 0 && outIds[m] === id) outW[m]! += w[q]!;
    else {
      m++;
      outIds[m] = id;
      outW[m] = w[q]!;
    }
  }
  let norm2 = 0;
  for (let q = 0; q <= m; q++) {
    const x = outW[q]! * scale(outIds[q]!);
    outW[q] = x;
    norm2 += x * x;
  }
  return { ids: outIds.subarray(0, m + 1), w: outW.subarray(0, m + 1), norm2 };
}

/** Dot product of two sparse vectors (merge of the sorted ids). */
export function dot(a: SparseVec, b: SparseVec): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      s += a.w[i]! * b.w[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Cosine similarity, 0 when either vector is empty. */
export function cosine(a: SparseVec, b: SparseVec): number {
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  return dot(a, b) / Math.sqrt(a.norm2 * b.norm2);
}

/**
 * The sparse vectors of a list of segments in one block of typed arrays (compressed rows):
 * row r has ids `ids[off[r]..off[r+1])` (ascending) with weights `w[...]`. Long documents have
 * 10^5 segments: one vector object and two typed arrays per segment would cost more to
 * allocate and collect than the alignment costs to compute.
 */
export interface VecSet {
  readonly off: Int32Array;
  readonly ids: Int32Array;
  readonly w: Float64Array;
  /** Squared Euclidean norm per row. */
  readonly norm2: Float64Array;
}

/** Number of rows of a vector set. */
export function rows(v: VecSet): number {
  return v.off.length - 1;
}

/** Rows of (id, weight) pairs: row r is `ids/w[off[r]..off[r+1])`. */
export interface Rows {
  readonly off: Int32Array;
  readonly ids: Int32Array;
  readonly w: Float64Array;
}

/**
 * Each row with its ids in ascending order and repeated ids merged, their weights added in
 * input order (what `vecFromPairs` does before it scales).
 */
export function sortRows(rowsIn: Rows): Rows {
  const ids = rowsIn.ids.slice();
  const w = rowsIn.w.slice();
  const n = rowsIn.off.length - 1;
  const off = new Int32Array(n + 1);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const a = rowsIn.off[r]!;
    const e = rowsIn.off[r + 1]!;
    // Rows only shrink: moving each sorted row down to position m never overwrites one unread.
    const end = sortRowInPlace(ids, w, a, e);
    ids.copyWithin(m, a, end);
    w.copyWithin(m, a, end);
    m += end - a;
    off[r + 1] = m;
  }
  return { off, ids: ids.slice(0, m), w: w.slice(0, m) };
}

let sortOrder = new Int32Array(64);
let sortIds = new Int32Array(64);
let sortW = new Float64Array(64);

/**
 * Sorts the row `ids/w[a..e)` by id in place, merging repeated ids (weights added in input
 * order); returns the row's new end.
 */
export function sortRowInPlace(ids: Int32Array, w: Float64Array, a: number, e: number): number {
  const k = e - a;
  if (k > sortOrder.length) {
    const size = Math.max(k, sortOrder.length * 2);
    sortOrder = new Int32Array(size);
    sortIds = new Int32Array(size);
    sortW = new Float64Array(size);
  }
  sortPositions(ids, a, k, sortOrder);
  let m = 0;
  for (let q = 0; q < k; q++) {
    const p = a + sortOrder[q]!;
    const id = ids[p]!;
    if (m > 0 && sortIds[m - 1] === id) sortW[m - 1]! += w[p]!;
    else {
      sortIds[m] = id;
      sortW[m++] = w[p]!;
    }
  }
  // Copied back by index: two subarray views per row were about 2.5 MB of a long document's
  // allocation (the rows of both sides, once per model).
  for (let q = 0; q < m; q++) {
    ids[a + q] = sortIds[q]!;
    w[a + q] = sortW[q]!;
  }
  return a + m;
}

/**
 * The vectors of sorted rows `base`, each merged with row r of `extra` (sorted too, ids
 * disjoint from the base's; may be absent) and weighted by `scale[id]`.
 */
export function scaleRows(base: Rows, extra: Rows | null, scale: Float64Array): VecSet {
  const n = base.off.length - 1;
  const size = base.ids.length + (extra ? extra.ids.length : 0);
  const off = new Int32Array(n + 1);
  const ids = new Int32Array(size);
  const w = new Float64Array(size);
  const norm2 = new Float64Array(n);
  // The result is built before the loop: the optimising compiler enters this function inside
  // the loop on its first (long) call, and a literal after the loop it has never run deoptimises it.
  const out: VecSet = { off, ids, w, norm2 };
  let m = 0;
  for (let r = 0; r < n; r++) {
    let p = base.off[r]!;
    const pe = base.off[r + 1]!;
    let q = extra ? extra.off[r]! : 0;
    const qe = extra ? extra.off[r + 1]! : 0;
    let s = 0;
    while (p < pe || q < qe) {
      let id: number;
      let x: number;
      if (q >= qe || (p < pe && base.ids[p]! < extra!.ids[q]!)) {
        id = base.ids[p]!;
        x = base.w[p++]!;
      } else {
        id = extra!.ids[q]!;
        x = extra!.w[q++]!;
      }
      x *= scale[id]!;
      ids[m] = id;
      w[m++] = x;
      s += x * x;
    }
    norm2[r] = s;
    off[r + 1] = m;
  }
  return out;
}

/**
 * Positions 0..k-1 of `ids[a..a+k)` in ascending id order, equal ids in input order (a stable
 * sort, so that weights add up in input order). Rows have tens of entries: insertion sort.
 */
function sortPositions(ids: Int32Array, a: number, k: number, order: Int32Array): void {
  if (k > 256) {
    const idx = Array.from({ length: k }, (_, q) => q).sort((x, y) => ids[a + x]! - ids[a + y]! || x - y);
    for (let q = 0; q < k; q++) order[q] = idx[q]!;
    return;
  }
  for (let q = 0; q < k; q++) {
    const id = ids[a + q]!;
    let p = q;
    while (p > 0 && ids[a + order[p - 1]!]! > id) {
      order[p] = order[p - 1]!;
      p--;
    }
    order[p] = q;
  }
}

/** Dot product of row `i` of `a` and row `j` of `b` (merge of the sorted ids). */
export function dotRows(a: VecSet, i: number, b: VecSet, j: number): number {
  const ai = a.ids;
  const bi = b.ids;
  let p = a.off[i]!;
  const pe = a.off[i + 1]!;
  let q = b.off[j]!;
  const qe = b.off[j + 1]!;
  let s = 0;
  while (p < pe && q < qe) {
    const x = ai[p]!;
    const y = bi[q]!;
    if (x === y) s += a.w[p++]! * b.w[q++]!;
    else if (x < y) p++;
    else q++;
  }
  return s;
}

/** Cosine of row `i` of `a` and row `j` of `b`, 0 when either is empty. */
export function cosineRows(a: VecSet, i: number, b: VecSet, j: number): number {
  const na = a.norm2[i]!;
  const nb = b.norm2[j]!;
  if (na === 0 || nb === 0) return 0;
  return dotRows(a, i, b, j) / Math.sqrt(na * nb);
}

/**
 * Half resolution: row r is the sum of rows 2r and 2r+1 (the last row alone when the count
 * is odd); its norm is the sum of squares in id order (for a row added to an empty one, the
 * norm that row had).
 */
export function pairRows(v: VecSet): VecSet {
  const n = rows(v);
  const h = (n + 1) >> 1;
  const vIds = v.ids;
  const vW = v.w;
  const off = new Int32Array(h + 1);
  const ids = new Int32Array(vIds.length);
  const w = new Float64Array(vIds.length);
  const norm2 = new Float64Array(h);
  // Built before the loop, as in `scaleRows`.
  const out: VecSet = { off, ids, w, norm2 };
  let k = 0;
  for (let r = 0; r < h; r++) {
    let p = v.off[2 * r]!;
    const pe = v.off[2 * r + 1]!;
    let q = pe;
    const qe = v.off[Math.min(n, 2 * r + 2)]!;
    const start = k;
    while (p < pe && q < qe) {
      const x = vIds[p]!;
      const y = vIds[q]!;
      if (x === y) {
        ids[k] = x;
        w[k++] = vW[p++]! + vW[q++]!;
      } else if (x < y) {
        ids[k] = x;
        w[k++] = vW[p++]!;
      } else {
        ids[k] = y;
        w[k++] = vW[q++]!;
      }
    }
    for (; p < pe; p++) {
      ids[k] = vIds[p]!;
      w[k++] = vW[p]!;
    }
    for (; q < qe; q++) {
      ids[k] = vIds[q]!;
      w[k++] = vW[q]!;
    }
    let s = 0;
    for (let z = start; z < k; z++) s += w[z]! * w[z]!;
    norm2[r] = s;
    off[r + 1] = k;
  }
  return out;
}
