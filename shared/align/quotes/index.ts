import type { Quote } from '../../text/quotes';
import type { Segment, Span } from '../../types';
import { analyseSegments, DEFAULT_OPTIONS, type BeadLike, type QuoteAlignOptions, type SegmentAnalysis } from './analysis';
import type { Column } from './posterior';
import type { QuoteCandidate, WordEvidence } from './report';
import { QuotePrep } from './prep';
import { chooseSourceSpan } from './span';

export { analyseSegments, DEFAULT_OPTIONS, PAIR_WEIGHTS } from './analysis';
export type { BeadLike, QuoteAlignOptions, SegmentAnalysis } from './analysis';
export type { QuoteCandidate, WordEvidence } from './report';
export { quotesOf, QuotePrep, type QuoteTexts } from './prep';

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
  /** Up to three candidate sources, most probable first (the report search). */
  candidates?: QuoteCandidate[];
  /** Word links behind the source (or the first candidate when there is no source). */
  evidence?: WordEvidence[];
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

interface SourcePick {
  /** First and last Russian segment of the best column (-1 when none). */
  a: number;
  b: number;
  /** Posterior of the best column together with the columns overlapping it. */
  p: number;
  pNull: number;
}

/** Best candidate column of German segment i and its posterior, against "no source". */
function bestSource(post: Float64Array, i: number, an: SegmentAnalysis): SourcePick {
  const { K, cols } = an.cand;
  const row = i * (K + 1);
  let best: Column | undefined;
  let bp = 0;
  for (let k = 0; k < K; k++) {
    const v = post[row + k] ?? 0;
    if (v > bp) {
      bp = v;
      best = an.columns[cols[i * K + k] ?? -1];
    }
  }
  if (!best) return { a: -1, b: -1, p: 0, pNull: post[row + K] ?? 1 };
  // Columns sharing a segment with the best one tell the same story (the source is here).
  let p = 0;
  for (let k = 0; k < K; k++) {
    const o = an.columns[cols[i * K + k] ?? -1];
    if (o && o.a <= best.b && best.a <= o.b) p += post[row + k] ?? 0;
  }
  return { a: best.a, b: best.b, p: Math.min(1, p), pNull: post[row + K] ?? 1 };
}

/**
 * Find, for every German quotation of `targetText` (nested ones included), the Russian span of
 * `sourceText` it renders, or null when the original does not contain it. The decision is made
 * per sentence: the German sentence around the quotation is matched against the Russian
 * sentences (names, numbers, cognates, words learned from the confident matches of this very
 * document pair, length and quotation structure, and the order of the other sentences), then
 * the quotation is placed inside the matched Russian sentence(s).
 */
export function alignQuotes(input: AlignQuotesInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): QuoteAlignment[] {
  const { sourceText, targetText } = input;
  const prep = new QuotePrep(input);
  if (prep.early) return prep.early;
  if (prep.placesByBeads(input.beads)) return prep.placeByBeads(input.beads);
  const { deSpans, deParas, quotes } = prep;
  const { spans: ruSpans, paragraphs: ruParas, quotes: ruQuotes } = prep.russian;
  const base = { sourceText, targetText, model: input.model, beads: input.beads };
  const fine = analyseSegments({ ...base, sourceSpans: ruSpans, targetSpans: deSpans }, opts);
  // Sentences of one paragraph are often joined or split differently in the translation;
  // matching short paragraphs as wholes as well catches what sentence pairs miss.
  const deUnits = paragraphUnits(deParas, deSpans);
  const ruUnits = paragraphUnits(ruParas, ruSpans);
  const coarse =
    deUnits.length < deSpans.length || ruUnits.length < ruSpans.length
      ? analyseSegments({ sourceText, targetText, model: input.model, sourceSpans: ruUnits, targetSpans: deUnits }, opts)
      : null;

  return quotes.map((q) => {
    const a = placeQuote(q, fine, input, ruQuotes, opts);
    if (!coarse || a.found) return a.result;
    const b = placeQuote(q, coarse, input, ruQuotes, opts);
    return b.found ? b.result : a.result;
  });
}

/** Paragraphs of at most `max` segments as single units; the segments of longer ones as they are. */
function paragraphUnits(paragraphs: readonly Span[], segs: readonly Span[], max = 4): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const p of paragraphs) {
    const inside: Span[] = [];
    while (k < segs.length && (segs[k] as Span).start < p.end) {
      if ((segs[k] as Span).end > p.start) inside.push(segs[k] as Span);
      k++;
    }
    if (inside.length === 0) continue;
    if (inside.length <= max) out.push({ start: (inside[0] as Span).start, end: (inside[inside.length - 1] as Span).end });
    else out.push(...inside);
  }
  return out;
}

/** The source of one quotation under one segment-level analysis. */
function placeQuote(
  q: Quote,
  an: SegmentAnalysis,
  input: AlignQuotesInput,
  ruQuotes: readonly Quote[],
  opts: QuoteAlignOptions,
): { result: QuoteAlignment; found: boolean } {
  const { sourceText, targetText } = input;
  const { deSegs, ruSegs, post, free } = an;
  const none = (score: number): { result: QuoteAlignment; found: boolean } => ({
    result: { target: { start: q.start, end: q.end, text: q.text }, source: null, score, kind: q.kind },
    found: false,
  });
  const segIdx: number[] = [];
  deSegs.forEach((s, i) => {
    if (s.start < Math.max(q.end, q.start + 1) && q.start < s.end) segIdx.push(i);
  });
  if (!segIdx.length || ruSegs.length === 0) return none(1);
  // A quotation over several German sentences: each sentence votes; the source is the run of
  // Russian sentences they map to when those lie close together.
  const picks = segIdx.map((i) => {
    const inOrder = bestSource(post, i, an);
    // Out of order but unmistakable on its own evidence: the order view must not veto it.
    const alone = bestSource(free, i, an);
    return alone.p >= opts.freeOverride && inOrder.a !== alone.a ? alone : inOrder;
  });
  const found = picks.filter((x) => x.a >= 0 && x.p >= opts.nullRatio * x.pNull && x.p >= opts.threshold);
  const meanNull = picks.reduce((acc, x) => acc + x.pNull, 0) / picks.length;
  if (found.length * 2 < picks.length || !found.length) return none(meanNull);
  const lo = Math.min(...found.map((x) => x.a));
  const hi = Math.max(...found.map((x) => x.b));
  if (hi - lo > found.length + 2) return none(Math.min(meanNull, 0.5));
  const first = ruSegs[lo];
  const last = ruSegs[hi];
  const deFirst = deSegs[segIdx[0] ?? 0];
  const deLast = deSegs[segIdx[segIdx.length - 1] ?? 0];
  if (!first || !last || !deFirst || !deLast) return none(0.5);
  const ruRegion = { start: first.start, end: last.end };
  const deRegion = { start: deFirst.start, end: deLast.end };
  const choice = chooseSourceSpan({
    ruText: sourceText,
    ruRegion,
    ruQuotes,
    ruSegs: ruSegs.slice(lo, hi + 1),
    deText: targetText,
    deRegion,
    quote: q,
    deSegs: segIdx.map((i) => deSegs[i]).filter((d) => d !== undefined),
    links: an.links,
  });
  const pSeg = found.reduce((acc, x) => acc + x.p, 0) / found.length;
  return {
    result: {
      target: { start: q.start, end: q.end, text: q.text },
      source: { start: choice.start, end: choice.end, text: sourceText.slice(choice.start, choice.end) },
      // The sentence match carries most of the doubt; the place inside it a little.
      score: Math.max(0, Math.min(1, pSeg * (0.6 + 0.4 * choice.confidence))),
      kind: q.kind,
    },
    found: true,
  };
}
