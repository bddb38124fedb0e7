/*
 * Posterior probabilities that German segment i renders a candidate source (a Russian segment
 * or two consecutive ones), or none, under two views: an order-free one (each German segment
 * alone) and an order one (the German text follows the Russian order, any segment may be
 * skipped), by forward-backward. Inputs are log-odds rows (n x K, row-major); outputs rows of
 * K + 1 entries, the last being "no source".
 */

/** Order-free posteriors: softmax of each row (K entries) against a null of log-weight 0. */
export function freePosterior(S: Float64Array, n: number, K: number): Float64Array {
  const m = K;
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
  cand?: { K: number; cols: Int32Array },
): Float64Array {
  // Linear domain with per-step scaling (as for HMMs): scale[i] normalises step i, so that
  // the scaled forward and backward values stay near 1 and posteriors need no logarithms.
  // Each German segment is compared with its K candidate columns only (all of them when no
  // candidate lists are given); the backward pass keeps one row, so memory is O(n m + n K).
  const K = cand ? cand.K : columns.length;
  const colAt = (i: number, k: number): Column | undefined => columns[cand ? (cand.cols[i * K + k] ?? -1) : k];
  const W = m + 1; // state s = "last Russian segment used is s - 1" (s = 0: none yet)
  const gamma = Number.isFinite(costs.jump) ? Math.exp(-costs.jump) / Math.max(1, m) : 0;
  const sigma = Number.isFinite(costs.stay) ? Math.exp(-costs.stay) : 0;
  const E = new Float64Array(n * K);
  for (let x = 0; x < n * K; x++) E[x] = Math.exp(Math.max(-60, Math.min(60, S[x] ?? -Infinity)));
  const A = new Float64Array((n + 1) * W);
  const arrive = new Float64Array(n * K);
  const scale = new Float64Array(n + 1);
  const pre = new Float64Array(W + 1); // pre[s] = sum of A[0..s-1]
  A[0] = 1;
  for (let i = 1; i <= n; i++) {
    const prev = (i - 1) * W;
    const cur = i * W;
    pre[0] = 0;
    for (let st = 0; st < W; st++) pre[st + 1] = (pre[st] ?? 0) + (A[prev + st] ?? 0);
    const total = pre[W] ?? 0;
    for (let st = 0; st < W; st++) A[cur + st] = A[prev + st] ?? 0;
    for (let k = 0; k < K; k++) {
      const col = colAt(i - 1, k);
      if (!col) continue;
      const forward = pre[col.a + 1] ?? 0; // states 0..a
      const same = A[prev + col.b + 1] ?? 0;
      const v = forward + sigma * same + gamma * Math.max(0, total - forward - same);
      arrive[(i - 1) * K + k] = v;
      A[cur + col.b + 1] = (A[cur + col.b + 1] ?? 0) + v * (E[(i - 1) * K + k] ?? 0);
    }
    let sum = 0;
    for (let st = 0; st < W; st++) sum += A[cur + st] ?? 0;
    const z = sum > 0 ? sum : 1;
    scale[i] = z;
    for (let st = 0; st < W; st++) A[cur + st] = (A[cur + st] ?? 0) / z;
  }
  const out = new Float64Array(n * (K + 1));
  let Bnext = new Float64Array(W).fill(1); // B_i
  let Bcur = new Float64Array(W); // B_{i-1}
  const byStart = new Float64Array(W + 1);
  const byEnd = new Float64Array(W + 1);
  for (let i = n; i >= 1; i--) {
    const row = (i - 1) * K;
    const z = scale[i] ?? 1;
    // Posteriors of German segment i - 1 (0-based) need A_{i-1} and B_i.
    let nul = 0;
    for (let st = 0; st < W; st++) nul += (A[(i - 1) * W + st] ?? 0) * (Bnext[st] ?? 0);
    out[(i - 1) * (K + 1) + K] = nul / z;
    byStart.fill(0);
    byEnd.fill(0);
    let all = 0;
    for (let k = 0; k < K; k++) {
      const col = colAt(i - 1, k);
      if (!col) continue;
      const g = (E[row + k] ?? 0) * (Bnext[col.b + 1] ?? 0);
      out[(i - 1) * (K + 1) + k] = ((arrive[row + k] ?? 0) * g) / z;
      byStart[col.a] = (byStart[col.a] ?? 0) + g;
      byEnd[col.b + 1] = (byEnd[col.b + 1] ?? 0) + g;
      all += g;
    }
    // From state s a column is "forward" when a >= s: suffix sums of byStart.
    let suffix = 0;
    for (let st = W - 1; st >= 0; st--) {
      suffix += byStart[st] ?? 0;
      const same = byEnd[st] ?? 0;
      Bcur[st] = ((Bnext[st] ?? 0) + suffix + sigma * same + gamma * Math.max(0, all - suffix - same)) / z;
    }
    [Bnext, Bcur] = [Bcur, Bnext];
  }
  return out;
}
