// Fitting the quote-fidelity decision layer (shared/fidelity/decide.ts): per flag kind an L2
// logistic regression by Newton steps (deterministic), the regularisation and the threshold
// chosen by leave-one-block-out over the training blocks only.
import { solveLinear } from './lib/choice';
import { FLAG_KINDS, kindVector, type DecisionMode, type FlagKind, type KindModel, type PairFeatures } from '../shared/fidelity';

export interface Example {
  block: string;
  id: string;
  label: string;
  /** The pair's features. */
  f: PairFeatures;
  /** What the rules alone flag (minConfidence 0.5). */
  rules: FlagKind[];
}

export const LAMBDAS = [2, 8, 32];
/** In 'filter' mode, how much better than the rules (out-of-fold F1) the layer must be to judge a kind. */
export const RULES_MARGIN = 0.02;
/** Inner folds: the training blocks dealt round in this many groups. */
export const INNER_FOLDS = 4;
export const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.1 + i * 0.05);

/** A word gets a weight of its own when it is among a kind's candidates in this many training pairs. */
export const MIN_WORD_PAIRS = 3;

/** Fits one kind's model on examples with labels ys (its vocabulary from these examples only). */
export function fitKind(train: readonly Example[], kind: FlagKind, ys: readonly number[], lambda: number, threshold = 0.5): KindModel {
  const counts = new Map<string, number>();
  for (const e of train) for (const w of e.f.words[kind]) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_WORD_PAIRS).map(([w]) => w).sort();
  const xs = train.map((e) => kindVector({ vocab }, e.f, kind));
  return { ...fitVectors(xs, ys, lambda, threshold, train[0]!.f.x[kind].length), vocab };
}

/** Columns from `dense` on (word indicators) are left unscaled, so that they stay sparse. */
function fitVectors(xs: readonly number[][], ys: readonly number[], lambda: number, threshold: number, dense: number): Omit<KindModel, 'vocab'> {
  const d = xs[0]!.length;
  const n = xs.length;
  const mean = Array.from({ length: d }, (_, j) => (j < dense ? xs.reduce((s, x) => s + x[j]!, 0) / n : 0));
  const scale = Array.from({ length: d }, (_, j) => {
    if (j >= dense) return 1;
    const v = xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const z = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 12; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * zi[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const r = p - ys[i]!;
      const q = Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j <= d; j++) {
        if (zi[j] === 0) continue;
        g[j]! += r * zi[j]!;
        const hj = h[j]!;
        for (let k = j; k <= d; k++) hj[k]! += q * zi[j]! * zi[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) h[j]![k] = h[k]![j]!;
    for (let j = 1; j <= d; j++) {
      g[j]! += lambda * w[j]!;
      h[j]![j]! += lambda;
    }
    // The ridge term keeps the Hessian positive definite: no pivot is ever near zero.
    const step = solveLinear(h.map((row) => Float64Array.from(row)), Float64Array.from(g));
    let moved = 0;
    w = w.map((v, j) => {
      moved = Math.max(moved, Math.abs(step[j]!));
      return v - step[j]!;
    });
    if (moved < 1e-7) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { mean: mean.map(round), scale: scale.map(round), weights: w.slice(1).map(round), bias: round(w[0]!), threshold };
}

export function probability(m: KindModel, e: Example, kind: FlagKind): number {
  const x = kindVector(m, e.f, kind);
  let s = m.bias;
  for (let j = 0; j < m.weights.length; j++) s += m.weights[j]! * ((x[j]! - m.mean[j]!) / m.scale[j]!);
  return 1 / (1 + Math.exp(-s));
}

function f1(ps: readonly number[], ys: readonly number[], t: number, missed: number): number {
  let tp = 0;
  let fp = 0;
  let fn = missed;
  ps.forEach((p, i) => {
    if (p >= t && ys[i]) tp++;
    else if (p >= t) fp++;
    else if (ys[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Chooses lambda (by out-of-fold log loss) and threshold (by out-of-fold F1) with the given
 * examples' blocks dealt into INNER_FOLDS folds, then fits on all of them.
 */
export function selectAndFit(all: readonly Example[], kind: FlagKind, mode: DecisionMode): KindModel & { lambda: number } {
  // 'filter': the model sees only the pairs the rules flag with the kind, and keeps or drops the flag.
  const eligible = (e: Example) => mode === 'decide' || e.rules.includes(kind);
  const train = all.filter(eligible);
  const missed = all.filter((e) => e.label === kind && !eligible(e)).length;
  const blocks = [...new Set(train.map((e) => e.block))];
  const fold = new Map(blocks.map((b, i) => [b, i % INNER_FOLDS]));
  const ys = train.map((e) => (e.label === kind ? 1 : 0));
  let best: { lambda: number; loss: number; ps: number[] } | null = null;
  for (const lambda of LAMBDAS) {
    const ps = new Array<number>(train.length).fill(0);
    for (let b = 0; b < Math.min(INNER_FOLDS, blocks.length); b++) {
      const inIdx = train.map((_, i) => i).filter((i) => fold.get(train[i]!.block) !== b);
      const m = fitKind(inIdx.map((i) => train[i]!), kind, inIdx.map((i) => ys[i]!), lambda);
      train.forEach((e, i) => {
        if (fold.get(e.block) === b) ps[i] = probability(m, e, kind);
      });
    }
    const loss = -ps.reduce((s, p, i) => s + Math.log(ys[i] ? Math.max(p, 1e-9) : Math.max(1 - p, 1e-9)), 0) / ps.length;
    if (!best || loss < best.loss - 1e-12) best = { lambda, loss, ps };
  }
  let threshold = 0.5;
  let bestF = -1;
  for (const t of THRESHOLDS) {
    const f = f1(best!.ps, ys, t, missed);
    if (f > bestF + 1e-12) {
      bestF = f;
      threshold = t;
    }
  }
  // 'filter': where the layer does not beat keeping every rule flag of the kind out of fold (F1 by
  // RULES_MARGIN), the kind is left to the rules (threshold 0 keeps every flag).
  if (mode === 'filter' && bestF < f1(best!.ps, ys, 0, missed) + RULES_MARGIN) threshold = 0;
  const m = fitKind(train, kind, ys, best!.lambda, Math.round(threshold * 100) / 100);
  return { ...m, lambda: best!.lambda };
}

/** The kinds a fitted model flags on an example. */
export function decide(model: Record<FlagKind, KindModel>, e: Example, mode: DecisionMode): FlagKind[] {
  const eligible = (k: FlagKind) => mode === 'decide' || e.rules.includes(k);
  return FLAG_KINDS.filter((k) => eligible(k) && probability(model[k], e, k) >= model[k].threshold);
}

/** Fits every kind on the examples (each kind's lambda and threshold chosen on them by blocks). */
export function fitModel(train: readonly Example[], mode: DecisionMode): Record<FlagKind, KindModel & { lambda: number }> {
  return Object.fromEntries(FLAG_KINDS.map((k) => [k, selectAndFit(train, k, mode)])) as Record<FlagKind, KindModel & { lambda: number }>;
}
