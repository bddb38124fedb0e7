import { describe, expect, it } from 'vitest';
import { freePosterior, monotonePosterior, type Column } from '../../../../shared/align/quotes/posterior';

function singles(m: number, joined = false): Column[] {
  const cols: Column[] = Array.from({ length: m }, (_, j) => ({ a: j, b: j }));
  if (joined) for (let j = 0; j + 1 < m; j++) cols.push({ a: j, b: j + 1 });
  return cols;
}

/** Brute-force posteriors over all paths (tiny sizes only). */
function brute(S: Float64Array, n: number, m: number, cols: Column[], jump: number, stay: number): Float64Array {
  const C = cols.length;
  const out = new Float64Array(n * (C + 1));
  let z = 0;
  const walk = (i: number, last: number, w: number, path: number[]): void => {
    if (i === n) {
      z += w;
      path.forEach((c, k) => {
        const idx = k * (C + 1) + (c < 0 ? C : c);
        out[idx] = (out[idx] ?? 0) + w;
      });
      return;
    }
    walk(i + 1, last, w, [...path, -1]);
    cols.forEach((col, c) => {
      const t = col.a > last ? 1 : col.b === last ? Math.exp(-stay) : Math.exp(-jump) / m;
      walk(i + 1, col.b, w * t * Math.exp(S[i * C + c] ?? 0), [...path, c]);
    });
  };
  walk(0, -1, 1, []);
  return out.map((x) => x / z);
}

describe('monotonePosterior', () => {
  it.each([
    [2, 3, false, Infinity, Infinity],
    [3, 3, false, Infinity, Infinity],
    [3, 2, false, 2, Infinity],
    [3, 3, false, 5, 1],
    [3, 3, true, 4, 2],
    [2, 4, true, Infinity, Infinity],
  ])('matches brute force for n=%i m=%i joined=%s jump=%s stay=%s', (n, m, joined, jump, stay) => {
    const cols = singles(m, joined);
    const S = Float64Array.from({ length: n * cols.length }, (_, k) => Math.sin(k * 1.7) * 3);
    const got = monotonePosterior(S, n, m, cols, { jump, stay });
    const want = brute(S, n, m, cols, jump, stay);
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(want[k] ?? 0, 9);
  });

  it('rows sum to one, also with extreme scores', () => {
    const n = 5;
    const m = 7;
    const cols = singles(m, true);
    const S = Float64Array.from({ length: n * cols.length }, (_, k) => (k % 3 === 0 ? 200 : -200));
    const post = monotonePosterior(S, n, m, cols, { jump: 8, stay: 3 });
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let c = 0; c <= cols.length; c++) sum += post[i * (cols.length + 1) + c] ?? 0;
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('handles an empty side', () => {
    expect(monotonePosterior(new Float64Array(0), 0, 4, singles(4))).toHaveLength(0);
    expect(Array.from(monotonePosterior(new Float64Array(0), 2, 0, []))).toEqual([1, 1]);
  });
});

describe('freePosterior', () => {
  it('is a softmax against a null of weight 1', () => {
    const post = freePosterior(Float64Array.from([0, Math.log(2)]), 1, 2);
    expect(Array.from(post).map((x) => +x.toFixed(6))).toEqual([0.25, 0.5, 0.25]);
  });
});
