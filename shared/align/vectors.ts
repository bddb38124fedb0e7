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
