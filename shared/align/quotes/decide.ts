import type { RuDoc } from '../match/ru-doc';
import type { Span } from '../../types';
import type { MatchToken } from '../match/tokens';
import type { QuoteQuery, WindowMatch } from './search';

/** Names of the features of a (quotation, candidate span) pair, in vector order. */
export const FEATURES = [
  'deCover', // weighted share of the German words linked in the window
  'ruCover', // weighted share of the Russian words of the span that are linked
  'mass', // log(1 + linked German weight)
  'size', // log(1 + German content weight): long quotations need more to be found
  'nameHit', // German names linked in the window
  'nameMiss', // German names not linked in the window
  'numHit', // German numbers (digits, months, units) found in the window
  'numMiss', // German numbers not found in the window
  'numOther', // Russian numbers in the span that no German number matches (when the German has any)
  'quoted', // the span is (inside) a Russian «…» quotation
  'margin', // how far this candidate ranks above the next one
  'title', // the quotation is a title (name of a medium, organisation, work)
  'term', // the quotation is a term or scare quote
  'frameHit', // names in the German sentence around the quotation that the Russian text has
  'frameMiss', // names there that it does not have (someone else is speaking)
  'context', // how much of that German sentence the Russian paragraph of the span renders
  'sentence', // the sentence-level matcher (order and sentence evidence) put the source here: its score
  'sentenceNull', // the sentence-level matcher found no source: its score
  'sentenceCtx', // 'sentence' times 'context': the sentence-level matcher is right in translations
  'docAgreement', // how much the German document as a whole renders the Russian one
  'sentenceDoc', // 'sentence' times 'docAgreement'
  'negation', // one side is negated (nicht, kein / не, ни), the other not
] as const;
export type FeatureName = (typeof FEATURES)[number];
export const NF = FEATURES.length;

/** Logistic weights over FEATURES plus a bias. */
export interface DecisionModel {
  weights: readonly number[];
  bias: number;
  /** Probability above which the best candidate is reported (below: "not in the original"). */
  threshold: number;
  /**
   * The translation gate: an answer of the sentence-level matcher with a score of at least
   * `score` stands (its order and sentence evidence beat the word search in a rendering) when
   * it is a source whose paragraph the German sentence around the quotation renders (context at
   * least `context`), or "no source" in a document that reads as a rendering of the original
   * (document agreement at least `agreement`).
   */
  gate?: { agreement: number; context: number; score: number };
  /**
   * Platt scaling of the reported score, fitted on the cross-validated decisions: score =
   * sigmoid(a * logit(raw) + b), one pair for a reported source, one for "not in the original".
   */
  calibration?: { found: readonly [number, number]; none: readonly [number, number] };
}

/** The reported score of an answer from its raw probability (see DecisionModel.calibration). */
export function calibrated(raw: number, found: boolean, model: DecisionModel): number {
  const c = model.calibration?.[found ? 'found' : 'none'];
  if (!c) return raw;
  const x = Math.min(1 - 1e-6, Math.max(1e-6, raw));
  return 1 / (1 + Math.exp(-(c[0] * Math.log(x / (1 - x)) + c[1])));
}

/** Facts of a quotation that do not depend on the candidate. */
export interface QuoteFacts {
  kind: 'quotation' | 'title' | 'term';
  /** Which German tokens are names (capitalised, not sentence-initial, unknown to the lexicon). */
  names: boolean[];
  frameHit: number;
  frameMiss: number;
  /** See ReportSearch.setTarget. */
  docAgreement: number;
  /** The sentence-level matcher's answer, when it was run (small documents). */
  prior?: { span: Span | null; score: number };
}

/** The feature vector of one candidate. */
export function features(q: QuoteQuery, facts: QuoteFacts, w: WindowMatch, next: WindowMatch | undefined, doc: RuDoc): Float64Array {
  const f = new Float64Array(NF);
  let W = 0;
  for (const u of q.units) W += u.weight;
  const linked = new Set(w.links.filter((l) => l.ru >= w.sa && l.ru <= w.sb).map((l) => l.de));
  let nameHit = 0;
  let nameMiss = 0;
  let numHit = 0;
  let numMiss = 0;
  const deNums = new Set<string>();
  q.tokens.forEach((t: MatchToken, i) => {
    if (t.num && t.stem === '#neg') return;
    if (t.num) {
      deNums.add(t.stem);
      if (linked.has(i)) numHit++;
      else numMiss++;
    } else if (facts.names[i]) {
      if (linked.has(i)) nameHit++;
      else nameMiss++;
    }
  });
  let numOther = 0;
  if (deNums.size) {
    for (let j = w.sa; j <= w.sb; j++) {
      const r = doc.tokens[j] as MatchToken;
      if (r.num && r.stem !== '#neg' && !deNums.has(r.stem)) numOther++;
    }
  }
  f[0] = w.deCover;
  f[1] = w.ruCover;
  f[2] = Math.log1p(w.mass);
  f[3] = Math.log1p(W);
  f[4] = Math.min(3, nameHit);
  f[5] = Math.min(3, nameMiss);
  f[6] = Math.min(3, numHit);
  f[7] = Math.min(3, numMiss);
  f[8] = Math.min(3, numOther);
  f[9] = w.quote >= 0 ? 1 : 0;
  f[10] = next ? Math.max(0, w.rank - next.rank) : w.rank;
  f[11] = facts.kind === 'title' ? 1 : 0;
  f[12] = facts.kind === 'term' ? 1 : 0;
  f[13] = Math.min(3, facts.frameHit);
  f[14] = Math.min(3, facts.frameMiss);
  f[15] = w.context;
  const prior = facts.prior;
  if (prior?.span) {
    const ru = doc.tokens;
    const s0 = ru[w.sa]?.start ?? 0;
    const s1 = ru[w.sb]?.end ?? 0;
    const inter = Math.max(0, Math.min(s1, prior.span.end) - Math.max(s0, prior.span.start));
    const union = s1 - s0 + (prior.span.end - prior.span.start) - inter;
    // The sentence-level matcher tells where; a window inside its span may say exactly what.
    const inside = s0 >= prior.span.start && s1 <= prior.span.end && s1 > s0;
    f[16] = inside || (union > 0 && inter / union >= 0.5) ? prior.score : 0;
  } else if (prior) f[17] = prior.score;
  f[18] = (f[16] ?? 0) * w.context;
  f[19] = facts.docAgreement;
  f[20] = (f[16] ?? 0) * facts.docAgreement;
  const deNeg = q.tokens.some((t) => t.stem === '#neg');
  let ruNeg = false;
  for (let j = Math.max(0, w.sa - 2); j <= w.sb && !ruNeg; j++) ruNeg = doc.tokens[j]?.stem === '#neg';
  f[21] = deNeg !== ruNeg ? 1 : 0;
  return f;
}

/**
 * The gate's answer (see DecisionModel.gate) from the candidates' feature vectors: the index of
 * the candidate that stands with its probability, { index: -1 } for "no source", or null when
 * the gate does not apply.
 */
export function gateAnswer(vectors: readonly Float64Array[], model: DecisionModel): { index: number; p: number } | null {
  const gate = model.gate;
  const f0 = vectors[0];
  if (!gate || !f0) return null;
  const agree = vectors.findIndex((f) => (f[16] ?? 0) >= gate.score && (f[15] ?? 0) >= gate.context);
  if (agree >= 0) return { index: agree, p: vectors[agree]?.[16] ?? 0 };
  const nullScore = f0[17] ?? 0;
  if (nullScore >= gate.score && (f0[19] ?? 0) >= gate.agreement) return { index: -1, p: 1 - nullScore };
  return null;
}

/** Probability that the candidate is the quotation's source. */
export function probability(f: Float64Array, model: DecisionModel): number {
  let z = model.bias;
  for (let k = 0; k < NF; k++) z += (model.weights[k] ?? 0) * (f[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The shipped decision model: logistic regression over the candidates of the development cases
 * that may ship (reporting-dev, article and quote cases of FLORES-200 dev and PUD; never
 * newstest2012), threshold, gate and score calibration chosen by 10-fold cross-validation over
 * cases. `npm run bench -- fit-decision` refits it and prints the cross-validated figures.
 */
export const DECISION_MODEL: DecisionModel = {
  weights: [0.738, 1.491, 2.606, -0.953, 0.087, 0.129, -0.211, -0.493, -0.645, 1.154, 2.116, -0.203, 0.451, -0.594, -0.032, 0.098, 3.768, 0.731, 0.868, -5.802, -0.285, -0.89],
  bias: -2.149,
  threshold: 0.2,
  gate: { agreement: 0.35, context: 0, score: 0.95 },
  calibration: { found: [0.731, 1.116], none: [0.158, 0.673] },
};
