import { describe, expect, it } from 'vitest';
import { BEAD_TYPES, type DpParams } from '../../../shared/align/dp';
import { BeadScorer, MARK_TYPES, pairDots } from '../../../shared/align/score';
import type { VecSet } from '../../../shared/align/vectors';
import { rng } from '../../fixtures/formats/generate';

/** Rows of (id, weight) pairs as a vector set (ids ascending, weights positive as idf weights are). */
function vecSet(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): VecSet {
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

const PARAMS: DpParams = {
  ratio: 1.1,
  variance: 5,
  lengthDof: 4,
  lexWeight: 10,
  markWeight: 1,
  baseline: 0.03,
  logPrior: [0.8, 0.07, 0.07, 0.025, 0.025, 0.005, 0.0025, 0.0025].map(Math.log),
  bandWidth: 6,
  maxFullCells: 40_000,
};

describe('BeadScorer.bound', () => {
  // The DP skips a bead when its predecessor plus this bound cannot beat the best so far; the
  // skip keeps the path only if no bead ever scores above its bound.
  it.each([1, 2, 3])('is at least the gain of every bead (seed %i)', (seed) => {
    const next = rng(seed);
    const row = (): Array<[number, number]> => {
      const k = Math.floor(next() * 6);
      const ids = new Set<number>();
      while (ids.size < k) ids.add(Math.floor(next() * 12));
      return [...ids].map((id) => [id, 0.05 + next() * 3] as [number, number]);
    };
    const n = 14;
    const src = Array.from({ length: n }, row);
    // Identical rows on the other side (cosine one, lengths and marks agreeing) put beads at the bound itself.
    const tgt = src.map((r, i) => (i % 3 === 0 ? r : row()));
    const lens = src.map(() => 20 + Math.floor(next() * 80));
    const marks = src.flatMap(() => Array.from({ length: MARK_TYPES }, () => Math.floor(next() * 3)));
    const sv = vecSet(src);
    const tv = vecSet(tgt);
    const band = { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(n) };
    const scorer = new BeadScorer(
      { vecs: sv, lens: lens, marks },
      { vecs: tv, lens: lens.map((l) => Math.round(l * 1.1)), marks },
      pairDots(sv, tv, band, 12),
      PARAMS,
    );
    let atBound = 0;
    BEAD_TYPES.forEach(([di, dj], ty) => {
      for (let b = di; b <= n; b++) {
        for (let d = dj; d <= n; d++) {
          const g = scorer.gain(b - di, b, d - dj, d, ty, 0, -Infinity);
          expect(g).toBeLessThanOrEqual(scorer.bound[ty]!);
          if (g > scorer.bound[ty]! - 1e-3) atBound++;
        }
      }
    });
    expect(atBound).toBeGreaterThan(0);
  });
});
