/** A sparse feature vector: ascending feature ids with their weights. */
export interface SparseVec {
  readonly ids: Int32Array;
  readonly w: Float64Array;
  /** Squared Euclidean norm. */
  readonly norm2: number;
}

export const EMPTY_VEC: SparseVec = { ids: new Int32Array(0), w: new Float64Array(0), norm2: 0 };

/** Builds a vector from (id, weight) accumulations. */
export function vecFromMap(acc: Map<number, number>): SparseVec {
  if (acc.size === 0) return EMPTY_VEC;
  const ids = Int32Array.from(acc.keys()).sort();
  const w = new Float64Array(ids.length);
  let norm2 = 0;
  for (let k = 0; k < ids.length; k++) {
    const x = acc.get(ids[k]!)!;
    w[k] = x;
    norm2 += x * x;
  }
  return { ids, w, norm2 };
}

/**
 * Builds a vector from parallel id/weight lists (ids may repeat: weights add up), each
 * weight scaled by `scale(id)`.
 */
export function vecFromPairs(ids: readonly number[], w: readonly number[], scale: (id: number) => number): SparseVec {
  const k = ids.length;
  if (k === 0) return EMPTY_VEC;
  const order = stableOrder(ids);
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

/**
 * Positions of `ids` in ascending id order, equal ids in input order (so that weights add up
 * in the same order as a stable sort would add them). Segments have tens of features:
 * insertion sort on a typed array beats a comparator sort of a boxed array there.
 */
function stableOrder(ids: readonly number[]): Int32Array {
  const k = ids.length;
  if (k > 256) return Int32Array.from(Array.from({ length: k }, (_, q) => q).sort((a, b) => ids[a]! - ids[b]!));
  const order = new Int32Array(k);
  for (let q = 0; q < k; q++) {
    const id = ids[q]!;
    let p = q;
    while (p > 0 && ids[order[p - 1]!]! > id) {
      order[p] = order[p - 1]!;
      p--;
    }
    order[p] = q;
  }
  return order;
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

/** Sum of two sparse vectors (merge of the sorted ids). */
export function addTwo(a: SparseVec, b: SparseVec): SparseVec {
  if (a.ids.length === 0) return b;
  if (b.ids.length === 0) return a;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const w = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : 0x7fffffff;
    const y = j < b.ids.length ? b.ids[j]! : 0x7fffffff;
    if (x === y) {
      ids[k] = x;
      w[k++] = a.w[i++]! + b.w[j++]!;
    } else if (x < y) {
      ids[k] = x;
      w[k++] = a.w[i++]!;
    } else {
      ids[k] = y;
      w[k++] = b.w[j++]!;
    }
  }
  let norm2 = 0;
  for (let q = 0; q < k; q++) norm2 += w[q]! * w[q]!;
  return { ids: ids.subarray(0, k), w: w.subarray(0, k), norm2 };
}

/** Sum of sparse vectors (the vector of concatenated segments). */
export function addVecs(vs: readonly SparseVec[]): SparseVec {
  if (vs.length === 1) return vs[0]!;
  if (vs.length === 2) return addTwo(vs[0]!, vs[1]!);
  const acc = new Map<number, number>();
  for (const v of vs) for (let k = 0; k < v.ids.length; k++) acc.set(v.ids[k]!, (acc.get(v.ids[k]!) ?? 0) + v.w[k]!);
  return vecFromMap(acc);
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

/**
 * Builds a vector set from rows of (id, weight) lists (ids may repeat within a row: weights
 * add up in input order), each weight scaled by `scale[id]`: per row what `vecFromPairs` gives.
 */
export function vecSetFromRows(off: Int32Array, ids: Int32Array, w: Float64Array, scale: Float64Array): VecSet {
  const n = off.length - 1;
  const outOff = new Int32Array(n + 1);
  const outIds = new Int32Array(ids.length);
  const outW = new Float64Array(ids.length);
  const norm2 = new Float64Array(n);
  let order = new Int32Array(64);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const a = off[r]!;
    const k = off[r + 1]! - a;
    if (k > order.length) order = new Int32Array(Math.max(k, order.length * 2));
    sortPositions(ids, a, k, order);
    const start = m;
    let top = -1;
    for (let q = 0; q < k; q++) {
      const p = a + order[q]!;
      const id = ids[p]!;
      if (top >= start && outIds[top] === id) outW[top]! += w[p]!;
      else {
        top = m++;
        outIds[top] = id;
        outW[top] = w[p]!;
      }
    }
    let s = 0;
    for (let q = start; q < m; q++) {
      const x = outW[q]! * scale[outIds[q]!]!;
      outW[q] = x;
      s += x * x;
    }
    norm2[r] = s;
    outOff[r + 1] = m;
  }
  return { off: outOff, ids: outIds.slice(0, m), w: outW.slice(0, m), norm2 };
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
 * is odd), as `addTwo` adds two vectors.
 */
export function pairRows(v: VecSet): VecSet {
  const n = rows(v);
  const h = (n + 1) >> 1;
  const off = new Int32Array(h + 1);
  const ids = new Int32Array(v.ids.length);
  const w = new Float64Array(v.ids.length);
  const norm2 = new Float64Array(h);
  let k = 0;
  for (let r = 0; r < h; r++) {
    const x0 = 2 * r;
    let p = v.off[x0]!;
    const pe = v.off[x0 + 1]!;
    let q = x0 + 1 < n ? v.off[x0 + 1]! : pe;
    const qe = x0 + 1 < n ? v.off[x0 + 2]! : pe;
    const start = k;
    if (p === pe || q === qe) {
      // One side empty: the other row as it is (its norm too, as addTwo returns it).
      const [from, to, row] = p === pe ? [q, qe, x0 + 1] : [p, pe, x0];
      for (let z = from; z < to; z++) {
        ids[k] = v.ids[z]!;
        w[k++] = v.w[z]!;
      }
      norm2[r] = from === to ? 0 : v.norm2[row]!;
    } else {
      while (p < pe || q < qe) {
        const x = p < pe ? v.ids[p]! : 0x7fffffff;
        const y = q < qe ? v.ids[q]! : 0x7fffffff;
        if (x === y) {
          ids[k] = x;
          w[k++] = v.w[p++]! + v.w[q++]!;
        } else if (x < y) {
          ids[k] = x;
          w[k++] = v.w[p++]!;
        } else {
          ids[k] = y;
          w[k++] = v.w[q++]!;
        }
      }
      let s = 0;
      for (let z = start; z < k; z++) s += w[z]! * w[z]!;
      norm2[r] = s;
    }
    off[r + 1] = k;
  }
  return { off, ids: ids.slice(0, k), w: w.slice(0, k), norm2 };
}
