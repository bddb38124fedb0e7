/**
 * Posterior probabilities that German segment i renders Russian segment j, or none, under two
 * views: an order-free one (each German segment alone) and a monotone one (the German text
 * follows the Russian order, any segment may be skipped), by forward-backward over the
 * monotone lattice. Input: log-odds S (n x m, row-major). Output rows of m + 1 entries, the last
 * being "no source".
 */

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Order-free posteriors: softmax of each row against a null of log-weight 0. */
export function freePosterior(S: Float64Array, n: number, m: number): Float64Array {
  const out = new Float64Array(n * (m + 1));
  for (let i = 0; i < n; i++) {
    let mx = 0;
    for (let j = 0; j < m; j++) mx = Math.max(mx, S[i * m + j] ?? -Infinity);
    let z = Math.exp(-mx);
    for (let j = 0; j < m; j++) z += Math.exp((S[i * m + j] ?? 0) - mx);
    for (let j = 0; j < m; j++) out[i * (m + 1) + j] = Math.exp((S[i * m + j] ?? 0) - mx) / z;
    out[i * (m + 1) + m] = Math.exp(-mx) / z;
  }
  return out;
}

/**
 * Monotone posteriors: every German segment maps to a Russian segment after the one its
 * predecessor mapped to, or to none (log-weight 0).
 */
export function monotonePosterior(S: Float64Array, n: number, m: number): Float64Array {
  const W = m + 1; // state k = "last Russian segment used is k - 1" (k = 0: none yet)
  const la = new Float64Array((n + 1) * W).fill(-Infinity);
  const lb = new Float64Array((n + 1) * W).fill(-Infinity);
  la[0] = 0;
  for (let i = 1; i <= n; i++) {
    let prefix = -Infinity; // logsumexp of la[i-1][0..k-1]
    for (let k = 0; k < W; k++) {
      let v = la[(i - 1) * W + k] ?? -Infinity;
      if (k > 0) v = logAddExp(v, prefix + (S[(i - 1) * m + k - 1] ?? -Infinity));
      la[i * W + k] = v;
      prefix = logAddExp(prefix, la[(i - 1) * W + k] ?? -Infinity);
    }
  }
  for (let k = 0; k < W; k++) lb[n * W + k] = 0;
  for (let i = n; i >= 1; i--) {
    let suffix = -Infinity; // logsumexp over k' > k of S[i-1][k'-1] + lb[i][k']
    for (let k = W - 1; k >= 0; k--) {
      lb[(i - 1) * W + k] = logAddExp(lb[i * W + k] ?? -Infinity, suffix);
      if (k > 0) suffix = logAddExp(suffix, (S[(i - 1) * m + k - 1] ?? -Infinity) + (lb[i * W + k] ?? -Infinity));
    }
  }
  let logZ = -Infinity;
  for (let k = 0; k < W; k++) logZ = logAddExp(logZ, la[n * W + k] ?? -Infinity);
  const out = new Float64Array(n * (m + 1));
  for (let i = 1; i <= n; i++) {
    let prefix = -Infinity;
    let nul = -Infinity;
    for (let k = 0; k < W; k++) {
      const a = la[(i - 1) * W + k] ?? -Infinity;
      if (k > 0) {
        const v = prefix + (S[(i - 1) * m + k - 1] ?? -Infinity) + (lb[i * W + k] ?? -Infinity) - logZ;
        out[(i - 1) * (m + 1) + k - 1] = Math.exp(v);
      }
      nul = logAddExp(nul, a + (lb[i * W + k] ?? -Infinity));
      prefix = logAddExp(prefix, a);
    }
    out[(i - 1) * (m + 1) + m] = Math.exp(nul - logZ);
  }
  return out;
}
