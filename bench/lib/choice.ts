// Conditional logit (McFadden's choice model) by Newton's method: each item offers options with
// feature vectors, one utility vector theta scores them, P(option) = softmax(theta . z). Fitted
// to maximise the weighted log-probability of the right options (several may be right: their
// probabilities are summed) with an L2 penalty. What bench/fit-decision.bench.ts fits the
// quotation decision model (shared/align/quotes/decide.ts) with.

/** One choice: option vectors (all of one length) and which options are right. */
export interface ChoiceItem {
  z: readonly Float64Array[];
  right: readonly number[];
  weight: number;
}

/** Solves A x = b by Gauss-Jordan elimination with partial pivoting (A square; a zero pivot's unknown is left as b's entry). */
export function solveLinear(A: readonly Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i] ?? 0;
    return r;
  });
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    if (Math.abs(piv) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / piv;
      if (f === 0) continue;
      const Mr = M[r]!;
      const Mc = M[c]!;
      for (let k = c; k <= n; k++) Mr[k] = Mr[k]! - f * Mc[k]!;
    }
  }
  return Float64Array.from(M, (row, i) => row[n]! / (row[i]! || 1));
}

/** Fits theta; `lambda` penalises every weight except those listed in `free` (biases). */
export function fitChoice(items: readonly ChoiceItem[], dim: number, lambda: number, free: readonly number[] = []): Float64Array {
  const theta = new Float64Array(dim);
  const pen = new Float64Array(dim).fill(lambda);
  for (const k of free) pen[k] = 0;
  for (let iter = 0; iter < 40; iter++) {
    const g = new Float64Array(dim);
    const H = Array.from({ length: dim }, () => new Float64Array(dim));
    for (let k = 0; k < dim; k++) {
      g[k] = -pen[k]! * theta[k]!;
      H[k]![k] = pen[k]! + 1e-9;
    }
    for (const it of items) {
      if (!it.right.length) continue;
      const u = it.z.map((z) => z.reduce((a, x, k) => a + x * theta[k]!, 0));
      const mx = Math.max(...u);
      const e = u.map((x) => Math.exp(x - mx));
      const sum = e.reduce((a, b) => a + b, 0);
      const p = e.map((x) => x / sum);
      const Ez = new Float64Array(dim);
      it.z.forEach((z, j) => z.forEach((x, k) => (Ez[k] = Ez[k]! + p[j]! * x)));
      // Among the right options, each counts as much as the model already prefers it.
      let pr = 0;
      for (const j of it.right) pr += p[j]!;
      const w = it.weight;
      for (const j of it.right) {
        const share = pr > 0 ? p[j]! / pr : 1 / it.right.length;
        it.z[j]!.forEach((x, k) => (g[k] = g[k]! + w * share * x));
      }
      for (let k = 0; k < dim; k++) g[k] = g[k]! - w * Ez[k]!;
      it.z.forEach((z, j) => {
        const pj = w * p[j]!;
        if (pj < 1e-12) return;
        for (let a = 0; a < dim; a++) {
          const za = z[a]!;
          if (za === 0) continue;
          const Ha = H[a]!;
          for (let b = 0; b < dim; b++) Ha[b] = Ha[b]! + pj * za * z[b]!;
        }
      });
      for (let a = 0; a < dim; a++) {
        const Ha = H[a]!;
        const ea = Ez[a]!;
        if (ea === 0) continue;
        for (let b = 0; b < dim; b++) Ha[b] = Ha[b]! - w * ea * Ez[b]!;
      }
    }
    const step = solveLinear(H, g);
    let moved = 0;
    for (let k = 0; k < dim; k++) {
      theta[k] = theta[k]! + step[k]!;
      moved += Math.abs(step[k]!);
    }
    if (moved < 1e-6) break;
  }
  return theta;
}
