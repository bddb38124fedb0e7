import type { RuDoc } from '../match/ru-doc';
import type { Span } from '../../types';
import type { MatchToken } from '../match/tokens';
import { WORDS_RATIO, type QuoteQuery, type SentenceMatch, type WindowMatch } from './search';

/** Names of the features of a (quotation, candidate span) pair, in vector order: the utility of the candidate. */
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
  'margin', // how far the search ranks this candidate's place above the best other place (see marginOf in report.ts)
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
  'sentTrans', // the German sentence around the quotation translates Russian sentence(s): coverage both ways
  'inSent', // the span lies in the Russian sentence(s) that sentence renders
  'inSentTrans', // 'inSent' times 'sentTrans'
  'priorInside', // the sentence-level matcher's span holds this one (IoU below one half): its score
  'priorTrans', // 'sentence' times 'sentTrans'
  'wholeQuote', // the span is a whole Russian «…» quotation
  'titleFree', // a title whose span is not inside Russian quotation marks
  'titleFreeTrans', // 'titleFree' times 'inSentTrans'
  'priorAgree', // 'sentence' where the span also lies in the Russian sentence(s) the German sentence renders
  'priorInsideAgree', // 'priorInside' likewise
  'priorAgreeTrans', // 'priorAgree' times 'sentTrans'
  'quoteInSentTrans', // 'wholeQuote' times 'inSentTrans': the Russian quotation of the sentence the German one translates
  'quoteInSent', // 'wholeQuote' times 'inSent'
  'lenFit', // |log(Russian words of the span / expected from the German words)|, at most 3
  'soleQuote', // the only Russian quotation of the sentence(s) the German sentence renders, times 'sentTrans'
] as const;
export type FeatureName = (typeof FEATURES)[number];
export const NF = FEATURES.length;

/** Index of each feature in the vector. */
const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<FeatureName, number>;

/** Features of a quotation as a whole: the utility of "not in the original". */
export const NONE_FEATURES = [
  'bias',
  'size', // log(1 + German content weight)
  'title',
  'term',
  'sentTrans', // how well the German sentence around the quotation translates some Russian sentence(s)
  'sentenceNull', // the sentence-level matcher found no source: its score
  'docAgreement', // how much the German document as a whole renders the Russian one
  'frameHit',
  'frameMiss',
  'priorNull', // 1 when the sentence-level matcher ran and found no source
  'earlier', // 1 when the German sentence reports the quotation in the pluperfect: said on an earlier occasion (see pluperfectFrame)
] as const;
export const NN = NONE_FEATURES.length;

/**
 * The decision model: a conditional logit over the options of one quotation, its candidate
 * spans and "not in the original". Each candidate's utility is `weights` . its FEATURES, the
 * utility of "not in the original" `none` . NONE_FEATURES; the options' probabilities are the
 * softmax of the utilities, and the most probable one is the answer.
 */
export interface DecisionModel {
  weights: readonly number[];
  none: readonly number[];
  /**
   * The translation gate: a candidate where the sentence-level matcher put the source with a
   * score of at least `score`, inside the Russian sentence(s) that the German sentence renders
   * (translation test at least `trans`), is the answer: two independent sentence-level views
   * agree, and in a rendering they beat the word search on the place of a quotation.
   */
  gate?: { score: number; trans: number };
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
  /** The translation test of the German sentence(s) around the quotation. */
  sentence?: SentenceMatch;
  /** The German sentence around the quotation is in the pluperfect (see pluperfectFrame). */
  pluperfect?: boolean;
}

/** The feature vector of one candidate; `margin` is its lead over the other places (see marginOf in report.ts). */
export function features(q: QuoteQuery, facts: QuoteFacts, w: WindowMatch, margin: number, doc: RuDoc): Float64Array {
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
  f[10] = Math.max(0, margin);
  f[11] = facts.kind === 'title' ? 1 : 0;
  f[12] = facts.kind === 'term' ? 1 : 0;
  f[13] = Math.min(3, facts.frameHit);
  f[14] = Math.min(3, facts.frameMiss);
  f[15] = w.context;
  const prior = facts.prior;
  const ru = doc.tokens;
  const s0 = ru[w.sa]?.start ?? 0;
  const s1 = ru[w.sb]?.end ?? 0;
  if (prior?.span) {
    const inter = Math.max(0, Math.min(s1, prior.span.end) - Math.max(s0, prior.span.start));
    const union = s1 - s0 + (prior.span.end - prior.span.start) - inter;
    // The sentence-level matcher tells where; a window inside its span may say exactly what.
    const inside = s0 >= prior.span.start && s1 <= prior.span.end && s1 > s0;
    if (union > 0 && inter / union >= 0.5) f[16] = prior.score;
    else if (inside) f[25] = prior.score;
  } else if (prior) f[17] = prior.score;
  f[18] = ((f[16] ?? 0) + (f[25] ?? 0)) * w.context;
  f[19] = facts.docAgreement;
  f[20] = ((f[16] ?? 0) + (f[25] ?? 0)) * facts.docAgreement;
  const deNeg = q.tokens.some((t) => t.stem === '#neg');
  let ruNeg = false;
  for (let j = Math.max(0, w.sa - 2); j <= w.sb && !ruNeg; j++) ruNeg = doc.tokens[j]?.stem === '#neg';
  f[21] = deNeg !== ruNeg ? 1 : 0;
  const sent = facts.sentence;
  if (sent) {
    f[22] = sent.score;
    f[23] = w.sa >= sent.a && w.sb <= sent.b ? 1 : 0;
    f[24] = (f[23] ?? 0) * sent.score;
    f[26] = (f[16] ?? 0) * sent.score;
  }
  if (w.quote >= 0 && doc.quoteOf[w.sa - 1] !== w.quote && doc.quoteOf[w.sb + 1] !== w.quote) f[27] = 1;
  if (facts.kind === 'title' && w.quote < 0) {
    f[28] = 1;
    f[29] = f[24] ?? 0;
  }
  const inSent = f[F.inSent] ?? 0;
  const trans = sent?.score ?? 0;
  f[F.priorAgree] = (f[F.sentence] ?? 0) * inSent;
  f[F.priorInsideAgree] = (f[F.priorInside] ?? 0) * inSent;
  f[F.priorAgreeTrans] = (f[F.priorAgree] ?? 0) * trans;
  f[F.quoteInSent] = (f[F.wholeQuote] ?? 0) * inSent;
  f[F.quoteInSentTrans] = (f[F.quoteInSent] ?? 0) * trans;
  const expected = Math.max(1, q.words * WORDS_RATIO);
  f[F.lenFit] = Math.min(3, Math.abs(Math.log((w.sb - w.sa + 1) / expected)));
  if (sent && f[F.quoteInSent]) {
    let quotes = 0;
    for (const rq of doc.quotes) if (rq.start >= (ru[sent.a]?.start ?? 0) && rq.end <= (ru[sent.b]?.end ?? 0)) quotes++;
    if (quotes === 1) f[F.soleQuote] = trans;
  }
  return f;
}

/** The features of "not in the original" for a quotation. */
export function noneFeatures(q: QuoteQuery, facts: QuoteFacts): Float64Array {
  const g = new Float64Array(NN);
  let W = 0;
  for (const u of q.units) W += u.weight;
  g[0] = 1;
  g[1] = Math.log1p(W);
  g[2] = facts.kind === 'title' ? 1 : 0;
  g[3] = facts.kind === 'term' ? 1 : 0;
  g[4] = facts.sentence?.score ?? 0;
  g[5] = facts.prior && !facts.prior.span ? facts.prior.score : 0;
  g[6] = facts.docAgreement;
  g[7] = Math.min(3, facts.frameHit);
  g[8] = Math.min(3, facts.frameMiss);
  g[9] = facts.prior && !facts.prior.span ? 1 : 0;
  g[10] = facts.pluperfect ? 1 : 0;
  return g;
}

/** A linear utility: weights . x (missing weights count 0). */
export function utility(x: Float64Array, weights: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (weights[k] ?? 0) * (x[k] ?? 0);
  return z;
}

/**
 * The model's answer over a quotation's candidates: the probability of each candidate and of
 * "not in the original" (softmax of the utilities), and the index of the answer (-1: none),
 * the most probable option unless the translation gate answers.
 */
export function decide(vectors: readonly Float64Array[], none: Float64Array, model: DecisionModel): { p: number[]; pNone: number; index: number } {
  const u = vectors.map((f) => utility(f, model.weights));
  const un = utility(none, model.none);
  const mx = Math.max(un, ...u);
  const e = u.map((x) => Math.exp(x - mx));
  const en = Math.exp(un - mx);
  const z = en + e.reduce((a, b) => a + b, 0);
  let index = -1;
  let best = un;
  u.forEach((x, k) => {
    if (x > best) {
      best = x;
      index = k;
    }
  });
  const p = e.map((x) => x / z);
  const gated = gateIndex(vectors, model);
  if (gated >= 0) {
    index = gated;
    // The gate's answer is as sure as the sentence-level matcher that made it.
    p[gated] = Math.max(p[gated] ?? 0, vectors[gated]?.[F.sentence] ?? 0);
  }
  return { p, pNone: en / z, index };
}

/** The candidate the translation gate answers with (see DecisionModel.gate), or -1. */
export function gateIndex(vectors: readonly Float64Array[], model: DecisionModel): number {
  const g = model.gate;
  if (!g) return -1;
  return vectors.findIndex((f) => (f[F.sentence] ?? 0) >= g.score && f[F.inSent] === 1 && (f[F.sentTrans] ?? 0) >= g.trans);
}

/**
 * The shipped decision model, fitted by `npm run bench -- fit-decision` on the development cases
 * that may ship (reporting-dev read as lines and as sentences, article and quote cases of
 * FLORES-200 dev and PUD; never newstest2012); the figures it prints are 10-fold
 * cross-validated over cases. No translation gate: on all training cases none made more right
 * decisions than the model alone.
 */
export const DECISION_MODEL: DecisionModel = {
  weights: [
    2.277, 1.334, 1.767, -0.439, -0.078, -0.037, -0.897, -0.881, -0.24, 0.746, 1.746, -0.806, -0.014, -0.266, 0.014, -0.909, 1.82, 0.83, 0.611, -3.145, 1.11, -0.433, 1.911, 0.561, 3.204, 1.208, 1.102, 0.108, -0.095, -0.094, 2.143, 0.863, 1.322, 2.053, -0.597, -0.674, 2.123,
  ],
  none: [1.804, 0.439, 0.806, 0.014, -1.911, -0.83, 3.145, 0.266, -0.014, 1.024, 3.247],
  calibration: { found: [0.293, 2.151], none: [0.157, 1.054] },
};
