/**
 * Posterior probabilities that German segment i renders Russian segment j, or none, under two
 * views: an order-free one (each German segment alone) and a monotone one (the German text
 * follows the Russian order, any segment may be skipped), by forward-backward over the
 * monotone lattice. Input: log-odds S (n x m, row-major). Output rows of m + 1 entries, the last
 * being "no source".
 */

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
 * Order posteriors: every German segment maps to a Russian segment after the one its
 * predecessor mapped to, or to none (log-weight 0); going back (or staying) costs
 * `jumpPenalty` + log(m) in log-weight, so that a quotation out of order still finds its source when
 * the evidence is strong. Forward-backward over "last Russian segment used" states, O(n m).
 */
export function monotonePosterior(S: Float64Array, n: number, m: number, jumpPenalty = Infinity): Float64Array {
  // Linear domain with per-step scaling (as for HMMs): c[i] normalises step i, so that the
  // scaled forward and backward values stay near 1 and posteriors need no logarithms.
  const W = m + 1; // state k = "last Russian segment used is k - 1" (k = 0: none yet)
  // A jump back may land on any of the m segments: its weight is spread over them.
  const gamma = Number.isFinite(jumpPenalty) ? Math.exp(-jumpPenalty) / Math.max(1, m) : 0;
  const E = new Float64Array(n * W);
  for (let i = 0; i < n; i++) for (let k = 1; k < W; k++) E[i * W + k] = Math.exp(Math.max(-60, Math.min(60, S[i * m + k - 1] ?? -Infinity)));
  const a = new Float64Array((n + 1) * W);
  const b = new Float64Array((n + 1) * W);
  const into = new Float64Array(n * W);
  const c = new Float64Array(n + 1);
  a[0] = 1;
  for (let i = 1; i <= n; i++) {
    const prev = (i - 1) * W;
    let total = 0;
    for (let k = 0; k < W; k++) total += a[prev + k] ?? 0;
    let prefix = 0;
    let sum = 0;
    for (let k = 0; k < W; k++) {
      const ak = a[prev + k] ?? 0;
      let v = ak;
      if (k > 0) {
        const arrive = prefix + gamma * Math.max(0, total - prefix);
        into[prev + k] = arrive;
        v += arrive * (E[prev + k] ?? 0);
      }
      a[i * W + k] = v;
      sum += v;
      prefix += ak;
    }
    c[i] = sum > 0 ? sum : 1;
    for (let k = 0; k < W; k++) a[i * W + k] = (a[i * W + k] ?? 0) / (c[i] ?? 1);
  }
  for (let k = 0; k < W; k++) b[n * W + k] = 1;
  for (let i = n; i >= 1; i--) {
    const row = (i - 1) * W;
    let all = 0;
    for (let k = 1; k < W; k++) all += (E[row + k] ?? 0) * (b[i * W + k] ?? 0);
    let upto = 0;
    const ci = c[i] ?? 1;
    for (let k = 0; k < W; k++) {
      if (k > 0) upto += (E[row + k] ?? 0) * (b[i * W + k] ?? 0);
      const after = Math.max(0, all - upto);
      b[row + k] = ((b[i * W + k] ?? 0) + after + (k > 0 ? gamma * upto : 0)) / ci;
    }
  }
  const out = new Float64Array(n * (m + 1));
  for (let i = 1; i <= n; i++) {
    const row = (i - 1) * W;
    const ci = c[i] ?? 1;
    let nul = 0;
    for (let k = 0; k < W; k++) {
      if (k > 0) out[(i - 1) * (m + 1) + k - 1] = ((into[row + k] ?? 0) * (E[row + k] ?? 0) * (b[i * W + k] ?? 0)) / ci;
      nul += ((a[row + k] ?? 0) * (b[i * W + k] ?? 0)) / ci;
    }
    out[(i - 1) * (m + 1) + m] = nul;
  }
  return out;
}
