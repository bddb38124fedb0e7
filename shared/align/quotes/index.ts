import type { Segment, Span } from '../../types';
import { LinkTable, segInfo, type SegInfo } from './evidence';
import { findQuoteSpans, type QuoteSpan } from './marks';
import { freePosterior, monotonePosterior } from './posterior';
import { learnLinks } from './learn';
import { pairFeatures, pairLogOdds, RuIndex, type PairFeatures, type PairWeights } from './scorer';
import { chooseSourceSpan } from './span';

/** The kinds of quotation the text engine tells apart. */
export type QuoteKind = 'quotation' | 'title' | 'term';

/** A text span with its text (`text === doc.slice(start, end)`). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One German quotation and the Russian span it renders (null: the original lacks it). */
export interface QuoteAlignment {
  target: TextSpan;
  source: TextSpan | null;
  /** Calibrated confidence in [0, 1] that `source` is right (for null: that it is absent). */
  score: number;
  kind: QuoteKind;
}

/** A sentence-alignment bead (indices into the segment lists), as the sentence aligner emits. */
export interface BeadLike {
  source: readonly number[];
  target: readonly number[];
  score: number;
}

export interface AlignQuotesInput {
  sourceText: string;
  sourceSegments: readonly Segment[];
  targetText: string;
  targetSegments: readonly Segment[];
  /** The sentence aligner's similarity model; optional, unused when absent. */
  model?: unknown;
  beads?: readonly BeadLike[];
}

/** Line-based segments when the caller has none (each non-blank line one segment). */
function lineSegments(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) out.push({ start: m.index + lead, end: m.index + raw.length - trail });
  }
  return out;
}

function usableSegments(text: string, segs: readonly Segment[]): Span[] {
  const ok = segs.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  return ok.length ? ok.map((s) => ({ start: s.start, end: s.end })) : lineSegments(text);
}

/**
 * Pair log-odds weights (order as FEATURES), fitted once by logistic regression of
 * "translation pair" on line-parallel news and kept fixed.
 */
export const PAIR_WEIGHTS: PairWeights = {
  w: [0.735, -0.784, 4.206, 1.079, -2.162, -4.242, -1.932, 0.368, -2.546, 1.336, -0.65],
  bias: 2.056,
};

/** Tunables of the segment-level decision. */
export interface QuoteAlignOptions {
  /** Added to every pair log-odds: the prior that a German sentence has a source at all. */
  prior: number;
  /** Weight of the monotone (document order) view against the order-free one. */
  orderWeight: number;
  /** Minimum posterior for a source to be reported. */
  threshold: number;
  /** Rounds of lexicon learning from confident pairs (0: cognates and numbers only). */
  learnRounds: number;
  /** Posterior a pair needs to teach the lexicon. */
  learnMinPosterior: number;
}

export const DEFAULT_OPTIONS: QuoteAlignOptions = { prior: 3, orderWeight: 1, threshold: 0.2, learnRounds: 1, learnMinPosterior: 0.8 };

/** Segment-level analysis of a document pair: segments and source posteriors. */
export interface SegmentAnalysis {
  deSegs: SegInfo[];
  ruSegs: SegInfo[];
  /** n x (m + 1) posteriors, the last column "no source". */
  post: Float64Array;
}

export function analyseSegments(input: AlignQuotesInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): SegmentAnalysis {
  const deSegs = usableSegments(input.targetText, input.targetSegments).map((s) => segInfo(input.targetText, s));
  const ruSegs = usableSegments(input.sourceText, input.sourceSegments).map((s) => segInfo(input.sourceText, s));
  const n = deSegs.length;
  const m = ruSegs.length;
  const links = LinkTable.fromCognates(
    deSegs.flatMap((s) => s.tokens),
    ruSegs.flatMap((s) => s.tokens),
  );
  const ruIndex = new RuIndex(ruSegs);
  let post = posteriors(pairFeatures(deSegs, ruSegs, ruIndex, links), n, m, opts);
  for (let round = 0; round < opts.learnRounds; round++) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) if ((post[i * (m + 1) + j] ?? 0) >= opts.learnMinPosterior) pairs.push([i, j]);
    if (!learnLinks(links, deSegs, ruSegs, pairs)) break;
    post = posteriors(pairFeatures(deSegs, ruSegs, ruIndex, links), n, m, opts);
  }
  return { deSegs, ruSegs, post };
}

function posteriors(F: PairFeatures, n: number, m: number, opts: QuoteAlignOptions): Float64Array {
  const S = pairLogOdds(F, PAIR_WEIGHTS);
  const shift = opts.prior - Math.log(Math.max(1, m));
  for (let k = 0; k < S.length; k++) S[k] = (S[k] ?? 0) + shift;
  const free = freePosterior(S, n, m);
  const mono = monotonePosterior(S, n, m);
  const post = new Float64Array(n * (m + 1));
  for (let k = 0; k < post.length; k++) post[k] = opts.orderWeight * (mono[k] ?? 0) + (1 - opts.orderWeight) * (free[k] ?? 0);
  return post;
}

/** Find, for every German quotation, the Russian span it renders. */
export function alignQuotes(input: AlignQuotesInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): QuoteAlignment[] {
  const { sourceText, targetText } = input;
  const quotes: QuoteSpan[] = findQuoteSpans(targetText);
  if (!quotes.length) return [];
  const { deSegs, ruSegs, post } = analyseSegments(input, opts);
  const m = ruSegs.length;
  const ruQuotes = findQuoteSpans(sourceText);

  return quotes.map((q) => {
    const target = { start: q.start, end: q.end, text: q.text };
    const segIdx = deSegs.findIndex((s) => s.start <= q.start && q.start < s.end);
    const deSeg = deSegs[segIdx];
    if (!deSeg || m === 0) return { target, source: null, score: 0.9, kind: q.kind };
    let best = -1;
    let bp = 0;
    for (let j = 0; j < m; j++) {
      const p = post[segIdx * (m + 1) + j] ?? 0;
      if (p > bp) {
        bp = p;
        best = j;
      }
    }
    const ruSeg = ruSegs[best];
    if (bp < opts.threshold || !ruSeg) return { target, source: null, score: 1 - bp, kind: q.kind };
    const span = chooseSourceSpan(sourceText, ruSeg, ruQuotes, targetText, deSeg, q);
    return { target, source: { start: span.start, end: span.end, text: sourceText.slice(span.start, span.end) }, score: bp, kind: q.kind };
  });
}
