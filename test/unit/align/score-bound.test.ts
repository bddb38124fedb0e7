import { describe, expect, it } from 'vitest';
import { BEAD_TYPES, type DpParams } from '../../../shared/align/dp';
import { BeadScorer, MARK_TYPES, pairDots } from '../../../shared/align/score';
import { dotRows, pairRows, type VecSet } from '../../../shared/align/vectors';
import { rng } from '../../fixtures/formats/generate';
import { vecSet } from '../../support/align-vectors';

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
      pairDots(sv, tv, band),
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

describe('BeadScorer.gain', () => {
  // The terms of a bead's score as separate steps (the helpers gain once called), for checking
  // the written-out form bit for bit.
  function markLogP(cs: Float64Array, ct: Float64Array, a: number, b: number, c: number, d: number): number {
    let s = 0;
    for (let q = 0; q < MARK_TYPES; q++) {
      const x = cs[b * MARK_TYPES + q]! - cs[a * MARK_TYPES + q]!;
      const y = ct[d * MARK_TYPES + q]! - ct[c * MARK_TYPES + q]!;
      const diff = y - x;
      if (diff === 0) continue;
      const cost = q === 0 ? (0.5 * diff * diff) / (1 + (x + y) / 2) : ((q === 1 ? 0.5 : 1) * Math.abs(diff)) / Math.sqrt(1 + (x + y) / 4);
      s -= Math.min(2, cost);
    }
    return Math.max(-6, s);
  }
  function norm2Range(norms: Float64Array, a1: Float64Array, a2: Float64Array, a: number, b: number): number {
    let s = norms[a]!;
    if (b - a > 1) s += norms[a + 1]! + 2 * a1[a]!;
    if (b - a > 2) s += norms[a + 2]! + 2 * a1[a + 1]! + 2 * a2[a]!;
    return s;
  }
  const prefix = (xs: ArrayLike<number>, width: number): Float64Array => {
    const out = new Float64Array(xs.length + width);
    for (let i = 0; i < xs.length; i++) out[i + width] = out[i]! + xs[i]!;
    return out;
  };

  // Mark counts are whole numbers in use (kept in an Int32Array); halves and counts past the
  // table of mark roots (64) take the other paths, which must give the same bits.
  const markDraws: Record<string, (next: () => number) => number> = {
    whole: (next) => Math.floor(next() * next() * 9),
    halves: (next) => Math.floor(next() * next() * 9) / 2,
    large: (next) => 20 + Math.floor(next() * 60),
  };
  it.each([
    [4, 'whole'],
    [5, 'whole'],
    [6, 'halves'],
    [7, 'large'],
  ])('adds its terms as the separate steps do (seed %i, %s mark counts)', (seed, kind) => {
    const draw = markDraws[kind]!;
    const next = rng(seed);
    const n = 16;
    const row = (): Array<[number, number]> => {
      const ids = new Set<number>();
      const k = Math.floor(next() * 5);
      while (ids.size < k) ids.add(Math.floor(next() * 10));
      return [...ids].map((id) => [id, 0.05 + next() * 3] as [number, number]);
    };
    const src = Array.from({ length: n }, row);
    const tgt = Array.from({ length: n }, row);
    const sv = vecSet(src);
    const tv = vecSet(tgt);
    const lensS = src.map(() => 10 + Math.floor(next() * 90));
    const lensT = src.map(() => 10 + Math.floor(next() * 90));
    const marksS = src.flatMap(() => Array.from({ length: MARK_TYPES }, () => draw(next)));
    const marksT = src.flatMap(() => Array.from({ length: MARK_TYPES }, () => draw(next)));
    const scorer = new BeadScorer({ vecs: sv, lens: lensS, marks: marksS }, { vecs: tv, lens: lensT, marks: marksT }, pairDots(sv, tv, { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(n) }), PARAMS);
    const near = (v: VecSet, k: number): [Float64Array, Float64Array] => [
      Float64Array.from({ length: n }, (_, i) => (i + k < n ? dotRows(v, i, v, i + 1) : 0)),
      Float64Array.from({ length: n }, (_, i) => (i + 2 < n ? dotRows(v, i, v, i + 2) : 0)),
    ];
    const [s1, s2] = near(sv, 1);
    const [t1, t2] = near(tv, 1);
    const cs = prefix(marksS, MARK_TYPES);
    const ct = prefix(marksT, MARK_TYPES);
    const ls = prefix(lensS, 1);
    const lt = prefix(lensT, 1);
    let marked = 0;
    BEAD_TYPES.forEach(([di, dj], ty) => {
      if (di === 0 || dj === 0) return;
      for (let b = di; b <= n; b++) {
        for (let d = dj; d <= n; d++) {
          const [a, c] = [b - di, d - dj];
          const g = scorer.gain(a, b, c, d, ty, 0, -Infinity);
          // Dots summed row by row, as the DP's cells are.
          let dp = 0;
          let unsupported = 0;
          for (let i = a; i < b; i++) {
            let r = 0;
            for (let j = c; j < d; j++) r += dotRows(sv, i, tv, j);
            if (di > 1 && r === 0 && sv.norm2[i]! > 0) unsupported++;
            dp += r;
          }
          for (let j = c; j < d && dj > 1; j++) {
            if (tv.norm2[j] === 0) continue;
            let col = 0;
            for (let i = a; i < b; i++) col += dotRows(sv, i, tv, j);
            if (col === 0) unsupported++;
          }
          const cos = dp > 0 ? dp / Math.sqrt(norm2Range(sv.norm2, s1, s2, a, b) * norm2Range(tv.norm2, t1, t2, c, d)) : 0;
          const lex = PARAMS.lexWeight * (Math.sqrt(cos) - Math.sqrt(PARAMS.baseline));
          const sl = ls[b]! - ls[a]!;
          const tl = lt[d]! - lt[c]!;
          const z = (tl - sl * PARAMS.ratio) / Math.sqrt(Math.max(1, (sl + tl / PARAMS.ratio) / 2) * PARAMS.variance);
          const m = markLogP(cs, ct, a, b, c, d);
          if (m < 0) marked++;
          const len = (-(PARAMS.lengthDof + 1) / 2) * Math.log1p((z * z) / PARAMS.lengthDof) + PARAMS.markWeight * m;
          expect(scorer.evCos).toBe(cos);
          expect(scorer.evLen).toBe(len);
          expect(g).toBe(PARAMS.logPrior[ty]! + len + lex - 0.5 * unsupported);
        }
      }
    });
    expect(marked).toBeGreaterThan(50);
  });
});

describe('pairDots', () => {
  /** Random rows over `features` ids, some empty, weights spread over several magnitudes. */
  function randomSet(next: () => number, n: number, features: number): VecSet {
    return vecSet(
      Array.from({ length: n }, () => {
        const k = next() < 0.15 ? 0 : 1 + Math.floor(next() * 9);
        const ids = new Set<number>();
        while (ids.size < k) ids.add(Math.floor(next() * features));
        return [...ids].map((id) => [id, 0.05 + next() * next() * 7] as [number, number]);
      }),
    );
  }

  /** Every stored dot D(i, j) against a merge of the two sorted rows (`dotRows`), bit for bit. */
  function expectExact(sv: VecSet, tv: VecSet, band: { lo: Int32Array; hi: Int32Array }): number {
    const { D, dLo, dOff } = pairDots(sv, tv, band);
    let checked = 0;
    for (let i = 0; i + 1 < dOff.length; i++) {
      for (let q = dOff[i]!; q < dOff[i + 1]!; q++) {
        const j = dLo[i]! + q - dOff[i]!;
        expect(D[q]).toBe(dotRows(sv, i, tv, j));
        checked++;
      }
    }
    return checked;
  }

  it('gives every dot of a full table exactly as a merge of the rows does', () => {
    for (const seed of [3, 4, 5]) {
      const next = rng(seed);
      const sv = randomSet(next, 23, 40);
      const tv = randomSet(next, 19, 40);
      const band = { lo: new Int32Array(24), hi: new Int32Array(24).fill(19) };
      expect(expectExact(sv, tv, band)).toBe(23 * 19);
      // Half resolution: sets whose id arrays run on past their last row.
      const hs = pairRows(sv);
      const ht = pairRows(tv);
      expect(hs.ids.length).toBeGreaterThan(hs.off[hs.off.length - 1]!);
      expect(expectExact(hs, ht, { lo: new Int32Array(13), hi: new Int32Array(13).fill(10) })).toBe(12 * 10);
    }
  });

  it('gives the dots of a band exactly as a merge of the rows does', () => {
    const next = rng(9);
    const sv = randomSet(next, 30, 25);
    const tv = randomSet(next, 28, 25);
    const lo = new Int32Array(31);
    const hi = new Int32Array(31);
    for (let i = 0; i <= 30; i++) {
      lo[i] = Math.max(0, Math.floor(i * 28 / 30) - 3);
      hi[i] = Math.min(28, Math.floor(i * 28 / 30) + 3);
    }
    hi[30] = 28;
    expect(expectExact(sv, tv, { lo, hi })).toBeGreaterThan(30 * 5);
  });

  it('gives the dots of long bands exactly, at full and half resolution and with frequent features', () => {
    for (const seed of [11, 12, 13]) {
      const next = rng(seed);
      // Few features: most rows share some, so each feature's rows run through many bands.
      const features = seed === 11 ? 10 : 60;
      const n = 140;
      const m = 120;
      const sv = randomSet(next, n, features);
      const tv = randomSet(next, m, features);
      const w = 2 + (seed % 3);
      const bandOf = (rowsN: number, colsM: number): { lo: Int32Array; hi: Int32Array } => {
        const lo = new Int32Array(rowsN + 1);
        const hi = new Int32Array(rowsN + 1);
        for (let i = 0; i <= rowsN; i++) {
          const j = Math.floor((i * colsM) / rowsN + 4 * Math.sin(i / 7));
          lo[i] = Math.max(0, j - w);
          hi[i] = Math.min(colsM, j + w);
        }
        // The DP's bands: edges that never decrease, from (0, 0) to (n, m).
        for (let i = rowsN - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
        for (let i = 1; i <= rowsN; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
        lo[0] = 0;
        hi[rowsN] = colsM;
        return { lo, hi };
      };
      expect(expectExact(sv, tv, bandOf(n, m))).toBeGreaterThan(n * 5);
      const hs = pairRows(sv);
      const ht = pairRows(tv);
      expect(expectExact(hs, ht, bandOf(70, 60))).toBeGreaterThan(70 * 5);
    }
  });

  it('gives exact dots when the lower edge of a band moves back', () => {
    const next = rng(21);
    const sv = randomSet(next, 20, 10);
    const tv = randomSet(next, 20, 10);
    const lo = Int32Array.from({ length: 21 }, (_, i) => (i < 10 ? Math.max(0, i - 1) : Math.max(0, i - 9)));
    const hi = Int32Array.from({ length: 21 }, (_, i) => Math.min(20, i + 4));
    hi[20] = 20;
    expect(expectExact(sv, tv, { lo, hi })).toBeGreaterThan(20 * 5);
  });
});
