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

/** A candidate source: Russian segments a..b (b = a, or b = a + 1 for a sentence the German joins). */
export interface Column {
  a: number;
  b: number;
}

/** Log-weight costs of the moves of the order view (Infinity: not allowed). */
export interface OrderCosts {
  /** Going back before the previous source (spread over the m segments it may land on). */
  jump: number;
  /** Ending at the same Russian segment as the previous German segment (two German sentences for one Russian). */
  stay: number;
}

/**
 * Order posteriors: every German segment maps to a column that starts after the Russian
 * segment its predecessor's source ended at, or to none (log-weight 0); staying on the same
 * segment and going back cost `costs.stay` and `costs.jump` + log(m). Forward-backward over the
 * states "last Russian segment used", O(n (m + C)). Input: log-odds S (n x C, row-major),
 * C = columns.length; output rows of C + 1 entries, the last "no source".
 */
export function monotonePosterior(
  S: Float64Array,
  n: number,
  m: number,
  columns: readonly Column[],
  costs: OrderCosts = { jump: Infinity, stay: Infinity },
): Float64Array {
  // Linear domain with per-step scaling (as for HMMs): c[i] normalises step i, so that the
  // scaled forward and backward values stay near 1 and posteriors need no logarithms.
  const C = columns.length;
  const W = m + 1; // state k = "last Russian segment used is k - 1" (k = 0: none yet)
  const gamma = Number.isFinite(costs.jump) ? Math.exp(-costs.jump) / Math.max(1, m) : 0;
  const sigma = Number.isFinite(costs.stay) ? Math.exp(-costs.stay) : 0;
  const E = new Float64Array(n * C);
  for (let k = 0; k < n * C; k++) E[k] = Math.exp(Math.max(-60, Math.min(60, S[k] ?? -Infinity)));
  const A = new Float64Array((n + 1) * W);
  const B = new Float64Array((n + 1) * W);
  const arrive = new Float64Array(n * C);
  const scale = new Float64Array(n + 1);
  const pre = new Float64Array(W + 1); // pre[k] = sum of A[0..k-1]
  const byStart = new Float64Array(W + 1);
  const byEnd = new Float64Array(W + 1);
  A[0] = 1;
  for (let i = 1; i <= n; i++) {
    const prev = (i - 1) * W;
    const cur = i * W;
    pre[0] = 0;
    for (let k = 0; k < W; k++) pre[k + 1] = (pre[k] ?? 0) + (A[prev + k] ?? 0);
    const total = pre[W] ?? 0;
    for (let k = 0; k < W; k++) A[cur + k] = A[prev + k] ?? 0;
    for (let c = 0; c < C; c++) {
      const col = columns[c] as Column;
      const forward = pre[col.a + 1] ?? 0; // states 0..a
      const same = A[prev + col.b + 1] ?? 0;
      const v = forward + sigma * same + gamma * Math.max(0, total - forward - same);
      arrive[(i - 1) * C + c] = v;
      A[cur + col.b + 1] = (A[cur + col.b + 1] ?? 0) + v * (E[(i - 1) * C + c] ?? 0);
    }
    let sum = 0;
    for (let k = 0; k < W; k++) sum += A[cur + k] ?? 0;
    const z = sum > 0 ? sum : 1;
    scale[i] = z;
    for (let k = 0; k < W; k++) A[cur + k] = (A[cur + k] ?? 0) / z;
  }
  for (let k = 0; k < W; k++) B[n * W + k] = 1;
  for (let i = n; i >= 1; i--) {
    const next = i * W;
    const cur = (i - 1) * W;
    byStart.fill(0);
    byEnd.fill(0);
    let all = 0;
    for (let c = 0; c < C; c++) {
      const col = columns[c] as Column;
      const g = (E[(i - 1) * C + c] ?? 0) * (B[next + col.b + 1] ?? 0);
      byStart[col.a] = (byStart[col.a] ?? 0) + g;
      byEnd[col.b + 1] = (byEnd[col.b + 1] ?? 0) + g;
      all += g;
    }
    // from state k, a column is "forward" when a >= k: suffix sums of byStart.
    let suffix = 0;
    const z = scale[i] ?? 1;
    for (let k = W - 1; k >= 0; k--) {
      suffix += byStart[k] ?? 0;
      const same = byEnd[k] ?? 0;
      const v = (B[next + k] ?? 0) + suffix + sigma * same + gamma * Math.max(0, all - suffix - same);
      B[cur + k] = v / z;
    }
  }
  const out = new Float64Array(n * (C + 1));
  for (let i = 1; i <= n; i++) {
    const z = scale[i] ?? 1;
    for (let c = 0; c < C; c++) {
      const col = columns[c] as Column;
      out[(i - 1) * (C + 1) + c] = ((arrive[(i - 1) * C + c] ?? 0) * (E[(i - 1) * C + c] ?? 0) * (B[i * W + col.b + 1] ?? 0)) / z;
    }
    let nul = 0;
    for (let k = 0; k < W; k++) nul += (A[(i - 1) * W + k] ?? 0) * (B[i * W + k] ?? 0);
    out[(i - 1) * (C + 1) + C] = nul / z;
  }
  return out;
}
