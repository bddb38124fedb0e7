import type { VecSet } from '../../shared/align/vectors';

/** Rows of (id, weight) pairs as a vector set (ids ascending, weights positive as idf weights are). */
export function vecSet(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): VecSet {
  const off = new Int32Array(rows.length + 1);
  const ids: number[] = [];
  const w: number[] = [];
  const norm2 = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    for (const [id, x] of [...row].sort((a, b) => a[0] - b[0])) {
      ids.push(id);
      w.push(x);
      norm2[r]! += x * x;
    }
    off[r + 1] = ids.length;
  });
  return { off, ids: Int32Array.from(ids), w: Float64Array.from(w), norm2 };
}
