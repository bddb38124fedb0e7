/**
 * The learned decision layer: the rule steps propose candidate flags (every hint, minConfidence
 * 0) and a small per-kind logistic regression decides which kinds the pair is flagged with, from
 * features of the candidates and of the pair's word correspondence. Each pair gets one instance
 * per flag kind, candidate or not, so that an omission or an addition can also be said from what
 * the correspondence leaves over. The weights are fitted by `bench/fidelity-learn.bench.ts`
 * (leave-one-block-out over the blocks of the test set that the rules were first run on).
 * Pure and deterministic.
 */
import { DE_NEGATION, RU_NEGATION, RU_NI_WORDS } from './closed-classes';
import type { WordMatcher } from './matcher';
import { isLexical, tokenizeSide, type FToken } from './tokens';
import { FLAG_KINDS, type FidelityFlag, type FidelityInput, type FidelityResult, type FlagKind, type FlagReason, type WordRef } from './types';

const REASONS: readonly FlagReason[] = [
  'number-differs', 'number-missing', 'number-added', 'name-differs', 'name-missing', 'name-added', 'negation-lost', 'negation-added',
  'polarity-reversed', 'hedge-lost', 'hedge-added', 'hedge-changed', 'omission-clause', 'omission-words', 'omission-intensifier',
  'addition-words', 'addition-intensifier',
];

/** Names of the features, in the order of a feature vector. */
export const DECISION_FEATURES: readonly string[] = [
  'has', 'max', 'strong', 'count', 'second', ...REASONS.map((r) => `reason:${r}`), 'topDe', 'topRu', 'topKnown', 'topCap', 'topPos',
  'announced', 'deLinked', 'ruLinked', 'unDe', 'unRu', 'unDeKnown', 'unRuKnown', 'unDeUnknown', 'unRuUnknown',
  'unDeCap', 'unRuCap', 'runDe', 'runRu', 'lenRatio', 'deWords', 'ruWords', 'clausesDe', 'clausesRu', 'clauseDiff', 'contextLinks', 'weakLinks',
  'negDe', 'negRu', 'negDiff',
];

/** One kind's logistic regression over standardised features. */
export interface KindModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The kind is flagged when its probability is at least this. */
  threshold: number;
  /**
   * Words of the kind's candidates that have a weight of their own: feature vector j past the
   * shared features is 1 when vocab[j] is among the candidates' words (`decisionFeatures().words`).
   */
  vocab: string[];
}

/**
 * 'decide': the model decides every kind from all candidates and may say an omission or addition
 * the rules have no candidate for (from the unmatched words); 'filter': it only keeps or drops the
 * flags the rules raise (confidence 0.5 and up), so it never flags more than the rules. (Deciding
 * only the kinds with a candidate at any confidence scored as 'filter' out of sample: the rules'
 * hints below 0.5 are few.)
 */
export type DecisionMode = 'decide' | 'filter';

export interface DecisionModel {
  mode: DecisionMode;
  features: readonly string[];
  kinds: Record<FlagKind, KindModel>;
}

const log1p = Math.log1p;

function lexicalCount(text: string): { words: FToken[]; clauses: number } {
  const toks = tokenizeSide(text);
  const words = toks.filter(isLexical);
  return { words, clauses: new Set(words.map((t) => t.clause)).size };
}

/** Longest run of unmatched content words with no linked word between them (in text order). */
function longestRun(unmatched: readonly WordRef[], linked: readonly number[]): number {
  const starts = [...unmatched.map((w) => ({ s: w.start, u: 1 })), ...linked.map((s) => ({ s, u: 0 }))].sort((a, b) => a.s - b.s);
  let best = 0;
  let run = 0;
  for (const x of starts) {
    run = x.u ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);

export interface PairFeatures {
  /** The shared features (DECISION_FEATURES) per flag kind. */
  x: Record<FlagKind, number[]>;
  /** The lower-case words (and multi-word phrases) of each kind's defect candidates. */
  words: Record<FlagKind, string[]>;
}

/** Feature vectors of a pair, one per flag kind, from its result with every hint kept. */
export function decisionFeatures(input: FidelityInput, all: FidelityResult, matcher: WordMatcher): PairFeatures {
  const de = lexicalCount(input.german);
  const ru = lexicalCount(input.russian);
  const defects = all.flags.filter((f) => f.status === 'defect');
  const knownDe = (w: string) => matcher.knowsGerman?.(w.toLowerCase()) === true;
  const knownRu = (w: string) => matcher.knowsRussian?.(w.toLowerCase()) === true;
  const deLinked = new Set(all.links.filter((l) => l.kind !== 'frame').map((l) => l.german.start));
  const ruLinked = new Set(all.links.flatMap((l) => (l.kind === 'context' ? [] : l.russian.map((r) => r.start))));
  const unDe = all.unmatched.german;
  const unRu = all.unmatched.russian;
  const unDeKnown = unDe.filter((w) => knownDe(w.text)).length;
  const unRuKnown = unRu.filter((w) => knownRu(w.text)).length;
  // A capital inside the text (not its first word) marks a name rather than a common word.
  const capInside = (ws: readonly WordRef[], first: number) => ws.filter((w) => w.start > first && isCap(w.text)).length;
  const negDe = de.words.filter((t) => DE_NEGATION.has(t.lower)).length;
  const negRu = ru.words.filter((t) => RU_NEGATION.has(t.lower) || RU_NI_WORDS.has(t.lower)).length;
  const pair = [
    all.flags.some((f) => f.status === 'announced') ? 1 : 0,
    deLinked.size / Math.max(1, deLinked.size + unDe.length),
    ruLinked.size / Math.max(1, ruLinked.size + unRu.length),
    log1p(unDe.length),
    log1p(unRu.length),
    log1p(unDeKnown),
    log1p(unRuKnown),
    log1p(unDe.length - unDeKnown),
    log1p(unRu.length - unRuKnown),
    log1p(capInside(unDe, de.words[0]?.start ?? 0)),
    log1p(capInside(unRu, ru.words[0]?.start ?? 0)),
    longestRun(unDe, [...deLinked]),
    longestRun(unRu, [...ruLinked]),
    Math.log((de.words.length + 1) / (ru.words.length + 1)),
    log1p(de.words.length),
    log1p(ru.words.length),
    de.clauses,
    ru.clauses,
    ru.clauses - de.clauses,
    all.links.filter((l) => l.kind === 'context' || l.kind === 'frame').length,
    all.links.filter((l) => l.score < 0.6).length / Math.max(1, all.links.length),
    negDe,
    negRu,
    negDe - negRu,
  ];
  const out = {} as Record<FlagKind, number[]>;
  const kindWords = {} as Record<FlagKind, string[]>;
  for (const k of FLAG_KINDS) {
    const mine = defects.filter((f) => f.kind === k).sort((a, b) => b.confidence - a.confidence);
    kindWords[k] = [...new Set(mine.flatMap((f) => [...f.german, ...f.russian].map((w) => w.text.toLowerCase())))].sort();
    const top = mine[0];
    const words = top ? [...top.german.map((w) => ({ w, de: true })), ...top.russian.map((w) => ({ w, de: false }))] : [];
    const parts = words.flatMap(({ w, de: isDe }) => w.text.split(/\s+/).filter(Boolean).map((t) => ({ t, isDe })));
    const first = top ? (top.german[0] ? top.german[0].start / Math.max(1, input.german.length) : (top.russian[0]?.start ?? 0) / Math.max(1, input.russian.length)) : 0;
    out[k] = [
      top ? 1 : 0,
      top?.confidence ?? 0,
      top && top.confidence >= 0.5 ? 1 : 0,
      log1p(mine.length),
      mine[1]?.confidence ?? 0,
      ...REASONS.map((r) => (top?.reason === r ? 1 : 0)),
      log1p(top?.german.length ?? 0),
      log1p(top?.russian.length ?? 0),
      parts.length ? parts.filter(({ t, isDe }) => (isDe ? knownDe(t) : knownRu(t))).length / parts.length : 0,
      parts.length ? parts.filter(({ t }) => isCap(t)).length / parts.length : 0,
      first,
      ...pair,
    ];
  }
  return { x: out, words: kindWords };
}

/** A kind's full feature vector: the shared features, then its vocabulary's indicators. */
export function kindVector(m: Pick<KindModel, 'vocab'>, f: PairFeatures, k: FlagKind): number[] {
  const have = new Set(f.words[k]);
  return [...f.x[k], ...m.vocab.map((w) => (have.has(w) ? 1 : 0))];
}

/** The probability that a pair has a defect of the model's kind. */
export function kindProbability(m: KindModel, x: readonly number[]): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += m.weights[j]! * ((x[j]! - m.mean[j]!) / m.scale[j]!);
  return 1 / (1 + Math.exp(-z));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Applies the model to a result computed with every hint kept (minConfidence 0): a kind the model
 * accepts keeps its candidates (the strongest, and those at least half as sure), each with the
 * model's probability as its confidence (the rules' own where the kind's threshold is 0: the model
 * leaves that kind to the rules); a leftover omission or addition without a candidate is
 * said with the unmatched content words of its side. A kind the model rejects loses its defect
 * flags; announced omissions stay as the rules left them.
 */
export function applyDecision(input: FidelityInput, all: FidelityResult, matcher: WordMatcher, model: DecisionModel): FidelityResult {
  if (all.state !== 'ok') return all;
  const x = decisionFeatures(input, all, matcher);
  const flags: FidelityFlag[] = all.flags.filter((f) => f.status === 'announced' && f.confidence >= 0.5);
  for (const k of FLAG_KINDS) {
    const mine = all.flags.filter((f) => f.kind === k && f.status === 'defect');
    if (model.mode === 'filter' && !mine.some((f) => f.confidence >= 0.5)) continue;
    const p = kindProbability(model.kinds[k], kindVector(model.kinds[k], x, k));
    if (p < model.kinds[k].threshold) continue;
    const top = Math.max(0, ...mine.map((f) => f.confidence));
    const kept = model.mode === 'filter' ? mine.filter((f) => f.confidence >= 0.5) : mine.filter((f) => f.confidence >= Math.min(0.5, top / 2) || f.confidence === top);
    // A kind the model leaves to the rules (threshold 0) keeps the rules' confidence.
    if (kept.length) for (const f of kept) flags.push({ ...f, confidence: model.kinds[k].threshold > 0 ? round2(p) : f.confidence });
    else if (model.mode === 'filter') continue;
    else if (k === 'omission' && all.unmatched.russian.length)
      flags.push({ kind: k, reason: 'omission-words', status: 'defect', german: [], russian: all.unmatched.russian, confidence: round2(p) });
    else if (k === 'addition' && all.unmatched.german.length)
      flags.push({ kind: k, reason: 'addition-words', status: 'defect', german: all.unmatched.german, russian: [], confidence: round2(p) });
  }
  const at = (f: FidelityFlag) => Math.min(f.german[0]?.start ?? Infinity, f.russian[0]?.start ?? Infinity);
  flags.sort((a, b) => at(a) - at(b));
  return { ...all, flags };
}
