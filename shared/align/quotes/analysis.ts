import type { Span } from '../../types';
import { AlignModel, stemOf } from '../similarity';
import { joinInfo, LinkTable, segInfo, type SegInfo } from './evidence';
import { learnLinks } from './learn';
import { freePosterior, monotonePosterior, type Column } from './posterior';
import { pairFeatures, pairLogOdds, RuIndex, type PairFeatures, type PairWeights } from './scorer';

/** The sentence aligner's bead (indices into the segment lists), as far as it is used here. */
export interface BeadLike {
  source: readonly number[];
  target: readonly number[];
  score: number;
}

/** What the segment-level analysis reads: both texts with their segments, optional extras. */
export interface AnalysisInput {
  sourceText: string;
  targetText: string;
  /** Segments of each text (at least one each; see `usableSegments`). */
  sourceSpans: readonly Span[];
  targetSpans: readonly Span[];
  /** The sentence aligner's model (its lexicon is used when it is an AlignModel). */
  model?: unknown;
  beads?: readonly BeadLike[];
}

/**
 * Pair log-odds weights (order as FEATURES), fitted once by logistic regression of
 * "translation pair" on line-parallel news and kept fixed.
 */
export const PAIR_WEIGHTS: PairWeights = {
  w: [0.626, -0.264, 4.173, 0.993, -1.664, -4.276, -1.732, 1.577, -2.506, 1.163, -0.622, -4.285, -1.23],
  bias: 1.918,
};

/** Tunables of the segment-level decision. */
export interface QuoteAlignOptions {
  /** Added to every pair log-odds: the prior that a German sentence has a source at all. */
  prior: number;
  /** Weight of the monotone (document order) view against the order-free one. */
  orderWeight: number;
  /** Minimum posterior for a source to be reported. */
  threshold: number;
  /** A source is reported when its posterior is at least this times that of "no source". */
  nullRatio: number;
  /** Rounds of lexicon learning from confident pairs (0: cognates and numbers only). */
  learnRounds: number;
  /** Posterior a pair needs to teach the lexicon. */
  learnMinPosterior: number;
  /** Log-odds added to a pair the sentence aligner put in one bead (0: beads unused). */
  beadBonus: number;
  /** Bead score below which a bead adds nothing (the bonus grows linearly above it). */
  beadMinScore: number;
  /** Strength given to the word pairs the sentence aligner learned (0: only user pairs). */
  modelLearnedWeight: number;
  /** Order-free posterior above which a match stands whatever the order says. */
  freeOverride: number;
  /** Log-weight cost of a German segment whose source lies before its predecessor's. */
  jumpPenalty: number;
  /** Log-weight cost of a German segment whose source ends where its predecessor's does. */
  stayPenalty: number;
  /** Log-weight cost of a source made of two consecutive Russian segments (Infinity: none). */
  joinPenalty: number;
}

export const DEFAULT_OPTIONS: QuoteAlignOptions = {
  prior: 2,
  orderWeight: 1,
  threshold: 0.15,
  nullRatio: 1,
  learnRounds: 2,
  learnMinPosterior: 0.8,
  jumpPenalty: 6,
  stayPenalty: 4,
  joinPenalty: 4,
  freeOverride: 0.95,
  modelLearnedWeight: 0.5,
  beadBonus: 1,
  beadMinScore: 0.5,
};

/** Segment-level analysis of a document pair: segments, candidate sources and posteriors. */
export interface SegmentAnalysis {
  deSegs: SegInfo[];
  ruSegs: SegInfo[];
  /** Candidate sources: single Russian segments, then pairs of consecutive ones. */
  columns: Column[];
  /** n x (C + 1) posteriors over the columns, the last entry "no source". */
  post: Float64Array;
  /** The same under the order-free view alone. */
  free: Float64Array;
  /** The pair features (n x C) the posteriors were computed from. */
  features: PairFeatures;
}

/**
 * Matches every German segment against the Russian segments (and pairs of consecutive ones):
 * pair log-odds from cognates, names, numbers, length and quotation structure, sharpened by
 * word pairs learned from the confident matches of this very document pair, then posteriors
 * under the document order (forward-backward) and without it, mixed by how well the text
 * keeps the order.
 */
export function analyseSegments(input: AnalysisInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): SegmentAnalysis {
  const deSegs = input.targetSpans.map((s) => segInfo(input.targetText, s));
  const ruSegs = input.sourceSpans.map((s) => segInfo(input.sourceText, s));
  const n = deSegs.length;
  const m = ruSegs.length;
  const columns: Column[] = ruSegs.map((_, j) => ({ a: j, b: j }));
  const colInfo: SegInfo[] = [...ruSegs];
  if (Number.isFinite(opts.joinPenalty)) {
    for (let j = 0; j + 1 < m; j++) {
      columns.push({ a: j, b: j + 1 });
      colInfo.push(joinInfo(ruSegs[j] as SegInfo, ruSegs[j + 1] as SegInfo));
    }
  }
  const C = columns.length;
  const links = LinkTable.fromCognates(
    deSegs.flatMap((s) => s.tokens),
    ruSegs.flatMap((s) => s.tokens),
  );
  // The sentence aligner's lexicon: the user's pairs (dictionary, translation memory) and,
  // optionally, the pairs it learned from this document.
  if (input.model instanceof AlignModel) {
    const entries = input.model.lexicon.entries().filter((e) => e.origin === 'user' || opts.modelLearnedWeight > 0);
    const scaled = entries.map((e) => ({ ...e, weight: e.origin === 'user' ? e.weight : e.weight * opts.modelLearnedWeight }));
    links.addStemPairs(scaled, stemOf, deSegs.flatMap((s) => s.tokens), ruSegs.flatMap((s) => s.tokens));
  }
  const ruIndex = new RuIndex(colInfo, ruSegs);
  let F = pairFeatures(deSegs, colInfo, ruIndex, links);
  // Per-column adjustments: joined columns pay for being a rarer kind of correspondence; the
  // sentence aligner's beads, when given, are a second opinion on which pairs match.
  const extra = new Map<number, number>();
  for (let c = m; c < C; c++) for (let i = 0; i < n; i++) extra.set(i * C + c, -opts.joinPenalty);
  if (input.beads && opts.beadBonus) {
    const colOf = new Map(columns.map((col, c) => [`${col.a}:${col.b}`, c]));
    for (const bead of input.beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue;
      const c = colOf.get(`${Math.min(...bead.source)}:${Math.max(...bead.source)}`);
      if (c === undefined) continue;
      const w = opts.beadBonus * Math.max(0, Math.min(1, (bead.score - opts.beadMinScore) / (1 - opts.beadMinScore)));
      if (w > 0) for (const i of bead.target) if (i < n) extra.set(i * C + c, (extra.get(i * C + c) ?? 0) + w);
    }
  }
  const adjust = (S: Float64Array): void => {
    for (const [k, w] of extra) S[k] = (S[k] ?? 0) + w;
  };
  let [post, free] = posteriors(F, n, m, columns, opts, adjust);
  for (let round = 0; round < opts.learnRounds; round++) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let c = 0; c < C; c++) if ((post[i * (C + 1) + c] ?? 0) >= opts.learnMinPosterior) pairs.push([i, c]);
    if (!learnLinks(links, deSegs, colInfo, pairs)) break;
    F = pairFeatures(deSegs, colInfo, ruIndex, links);
    [post, free] = posteriors(F, n, m, columns, opts, adjust);
  }
  return { deSegs, ruSegs, columns, post, free, features: F };
}

function posteriors(
  F: PairFeatures,
  n: number,
  m: number,
  columns: readonly Column[],
  opts: QuoteAlignOptions,
  adjust: (logOdds: Float64Array) => void,
): [Float64Array, Float64Array] {
  const C = columns.length;
  const L = pairLogOdds(F, PAIR_WEIGHTS);
  adjust(L);
  // Order-free: any of the m segments may be the source (prior 1/m each). Under the order
  // view a German segment chooses among the Russian segments left between its neighbours'
  // sources: about m / n of them, not m (a uniform prior over monotone paths).
  const logM = Math.log(Math.max(1, m));
  const orderPenalty = Math.log(Math.max(1, m / Math.max(1, n)));
  const S = L.map((x) => x + opts.prior - logM);
  const Sm = L.map((x) => x + opts.prior - orderPenalty);
  const free = freePosterior(S, n, C);
  const mono = monotonePosterior(Sm, n, m, columns, { jump: opts.jumpPenalty, stay: opts.stayPenalty });
  const w = opts.orderWeight * orderConsistency(free, n, columns);
  const post = new Float64Array(n * (C + 1));
  for (let k = 0; k < post.length; k++) post[k] = w * (mono[k] ?? 0) + (1 - w) * (free[k] ?? 0);
  return [post, free];
}

/**
 * How far the German text follows the Russian order, judged from the segments that match
 * unmistakably on their own evidence: 1 when (nearly) every such match lies after the
 * previous one, falling to 0 for a text whose quotations come in random order. Few such
 * matches tell nothing, and then order is assumed (a rendering usually keeps it).
 */
export function orderConsistency(free: Float64Array, n: number, columns: readonly Column[], sure = 0.9): number {
  const C = columns.length;
  const seq: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < C; c++) {
      if ((free[i * (C + 1) + c] ?? 0) >= sure) {
        seq.push(columns[c]?.a ?? 0);
        break;
      }
    }
  }
  if (seq.length < 4) return 1;
  let forward = 0;
  for (let k = 1; k < seq.length; k++) if ((seq[k] ?? 0) > (seq[k - 1] ?? 0)) forward++;
  const share = forward / (seq.length - 1);
  return Math.max(0, Math.min(1, (share - 0.5) / 0.3));
}
