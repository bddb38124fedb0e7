// Weighted logistic regression with an L2 penalty, by Newton's method (a few features, a few
// thousand rows): what bench/fit-decision.bench.ts fits the quotation decision model with.

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = r;
    [M[c], M[p]] = [M[p] as number[], M[c] as number[]];
    const piv = (M[c] as number[])[c] as number;
    if (Math.abs(piv) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((M[r] as number[])[c] as number) / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (M[r] as number[])[k] = ((M[r] as number[])[k] as number) - f * ((M[c] as number[])[k] as number);
    }
  }
  return M.map((row, i) => ((row[n] as number) / ((row[i] as number) || 1)));
}

/**
 * Fits p(y = 1 | x) = sigmoid(bias + weights . x) to rows X with labels y and row weights w,
 * penalising lambda * |weights|^2 (not the bias).
 */
export function fitLogistic(X: readonly Float64Array[], y: readonly number[], w: readonly number[], lambda: number): { weights: number[]; bias: number } {
  const d = (X[0]?.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    X.forEach((row, i) => {
      const xi = [1, ...row];
      let z = 0;
      for (let k = 0; k < d; k++) z += (beta[k] as number) * (xi[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const wi = w[i] as number;
      const r = wi * ((y[i] as number) - p);
      const s = wi * p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] = (g[a] as number) + r * (xi[a] as number);
        const Ha = H[a] as number[];
        for (let b = a; b < d; b++) Ha[b] = (Ha[b] as number) + s * (xi[a] as number) * (xi[b] as number);
      }
    });
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) (H[a] as number[])[b] = (H[b] as number[])[a] as number;
      if (a > 0) {
        g[a] = (g[a] as number) - lambda * (beta[a] as number);
        (H[a] as number[])[a] = ((H[a] as number[])[a] as number) + lambda;
      }
      (H[a] as number[])[a] = ((H[a] as number[])[a] as number) + 1e-9;
    }
    const step = solve(H, g);
    beta = beta.map((b, k) => b + (step[k] as number));
    if (step.reduce((a, s) => a + Math.abs(s), 0) < 1e-6) break;
  }
  return { bias: beta[0] as number, weights: beta.slice(1) };
}
