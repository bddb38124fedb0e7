import { describe, expect, it } from 'vitest';
import { freePosterior, monotonePosterior } from '../../../../shared/align/quotes/posterior';

/** Brute-force posteriors over all paths (tiny sizes only). */
function brute(S: Float64Array, n: number, m: number, jump: number): Float64Array {
  const out = new Float64Array(n * (m + 1));
  let z = 0;
  const walk = (i: number, last: number, w: number, path: number[]): void => {
    if (i === n) {
      z += w;
      path.forEach((j, k) => {
        const idx = k * (m + 1) + (j < 0 ? m : j);
        out[idx] = (out[idx] ?? 0) + w;
      });
      return;
    }
    walk(i + 1, last, w, [...path, -1]);
    for (let j = 0; j < m; j++) {
      const pen = j > last ? 0 : -jump - Math.log(m);
      walk(i + 1, j, w * Math.exp((S[i * m + j] ?? 0) + pen), [...path, j]);
    }
  };
  walk(0, -1, 1, []);
  return out.map((x) => x / z);
}

describe('monotonePosterior', () => {
  it.each([
    [2, 3, Infinity],
    [3, 3, Infinity],
    [3, 2, 2],
    [4, 3, 5],
  ])('matches brute force for n=%i m=%i jump=%s', (n, m, jump) => {
    const S = Float64Array.from({ length: n * m }, (_, k) => Math.sin(k * 1.7) * 3);
    const got = monotonePosterior(S, n, m, jump);
    const want = brute(S, n, m, jump);
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(want[k] ?? 0, 9);
  });

  it('rows sum to one, also with extreme scores', () => {
    const n = 5;
    const m = 7;
    const S = Float64Array.from({ length: n * m }, (_, k) => (k % 3 === 0 ? 200 : -200));
    const post = monotonePosterior(S, n, m, 8);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j <= m; j++) sum += post[i * (m + 1) + j] ?? 0;
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('handles an empty side', () => {
    expect(monotonePosterior(new Float64Array(0), 0, 4)).toHaveLength(0);
    const none = monotonePosterior(new Float64Array(0), 2, 0);
    expect(Array.from(none)).toEqual([1, 1]);
  });
});

describe('freePosterior', () => {
  it('is a softmax against a null of weight 1', () => {
    const post = freePosterior(Float64Array.from([0, Math.log(2)]), 1, 2);
    expect(Array.from(post).map((x) => +x.toFixed(6))).toEqual([0.25, 0.5, 0.25]);
  });
});
