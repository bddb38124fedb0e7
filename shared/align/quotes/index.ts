import { findQuotes, type Quote } from '../../text/quotes';
import { segment, type SegmentResult } from '../../text/segment';
import { overlapping } from '../../text/spans';
import type { Segment, Span } from '../../types';
import { analyseSegments, DEFAULT_OPTIONS, type BeadLike, type QuoteAlignOptions, type SegmentAnalysis } from './analysis';
import { LinkTable, segInfo, type SegInfo } from './evidence';
import type { Column } from './posterior';
import type { QuoteCandidate, WordEvidence } from './report';
import { chooseSourceSpan } from './span';

export { analyseSegments, DEFAULT_OPTIONS, PAIR_WEIGHTS } from './analysis';
export type { BeadLike, QuoteAlignOptions, SegmentAnalysis } from './analysis';
export type { QuoteCandidate, WordEvidence } from './report';

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

/** The caller's segments that fit the text, or one per line when there are none. */
function usableSegments(text: string, segs: readonly Segment[]): Span[] {
  const ok = segs.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  return ok.length ? ok.map((s) => ({ start: s.start, end: s.end })) : segment(text, 'und', { mode: 'lines' }).segments;
}

/** Blocks separated by blank lines (what the quotation finder pairs marks within). */
function paragraphsOf(text: string): Span[] {
  return segment(text, 'und', { mode: 'lines' }).paragraphs;
}

/** Quotations of a document, with the caller's segments (no resegmentation). */
export function quotesOf(text: string, lang: string, segs: readonly Span[], paragraphs: Span[] = paragraphsOf(text)): Quote[] {
  const seg: SegmentResult = { segments: segs.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })), paragraphs };
  return findQuotes(text, lang, seg).quotes;
}

/** Share of letters that are Cyrillic (0 for a text without letters). */
function cyrillicShare(text: string): number {
  let letters = 0;
  let cyr = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (/[\u0400-\u04ff]/.test(m[0])) cyr++;
    if (letters >= 4000) break;
  }
  return letters ? cyr / letters : 0;
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
  const deSpans = usableSegments(targetText, input.targetSegments);
  const deParas = paragraphsOf(targetText);
  const quotes = quotesOf(targetText, 'de', deSpans, deParas);
  if (!quotes.length) return [];
  const none = (q: Quote, score: number): QuoteAlignment => ({
    target: { start: q.start, end: q.end, text: q.text },
    source: null,
    score,
    kind: q.kind,
  });
  // Nothing to find in: certain absence. A source that is not Russian (or a target that is):
  // the evidence model does not apply, so nothing is claimed either way.
  if (!/\p{L}/u.test(sourceText)) return quotes.map((q) => none(q, 1));
  if (cyrillicShare(sourceText) < 0.3 || cyrillicShare(targetText) > 0.5) return quotes.map((q) => none(q, 0));

  const ruSpans = usableSegments(sourceText, input.sourceSegments);
  const ruParas = paragraphsOf(sourceText);
  const ruQuotes = quotesOf(sourceText, 'ru', ruSpans, ruParas).filter((r) => r.depth === 0);
  // A long document with a sentence alignment (a full translation): its beads are the
  // sentence-level answer, and only the place inside the sentence is left to find.
  const beadsFit = input.beads !== undefined && deSpans.length === input.targetSegments.length && ruSpans.length === input.sourceSegments.length;
  if (beadsFit && input.beads && deSpans.length * ruSpans.length > BEAD_MODE_PAIRS) {
    const index = new BeadIndex(input, deSpans, ruSpans, input.beads);
    return quotes.map((q) => placeByBeads(q, input, index, ruQuotes));
  }
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

/** German x Russian segment pairs above which given beads replace the own sentence matching. */
const BEAD_MODE_PAIRS = 100_000;

/**
 * Lookups of bead mode, built once per document pair: which beads cover a German segment,
 * and each segment's analysis (tokenised on first use, then shared by all its quotations).
 */
class BeadIndex {
  private readonly beadsOf: number[][];
  private readonly deInfo: Array<SegInfo | undefined>;
  private readonly ruInfo: Array<SegInfo | undefined>;
  private readonly sorted: boolean;
  /** The last cognate table built and the regions it links (quotations come in text order). */
  private linksKey = '';
  private lastLinks: LinkTable | undefined;

  constructor(
    private readonly input: AlignQuotesInput,
    readonly deSpans: readonly Span[],
    readonly ruSpans: readonly Span[],
    readonly beads: readonly BeadLike[],
  ) {
    this.beadsOf = deSpans.map(() => []);
    beads.forEach((b, k) => {
      for (const i of b.target) {
        const list = this.beadsOf[i];
        if (list && list[list.length - 1] !== k) list.push(k);
      }
    });
    this.deInfo = new Array<SegInfo | undefined>(deSpans.length);
    this.ruInfo = new Array<SegInfo | undefined>(ruSpans.length);
    let ok = true;
    for (let i = 1; i < deSpans.length && ok; i++) ok = (deSpans[i - 1] as Span).end <= (deSpans[i] as Span).start;
    this.sorted = ok;
  }

  /** Indices of the German segments overlapping [start, end), ascending. */
  segmentsOverlapping(start: number, end: number): number[] {
    const spans = this.deSpans;
    const out: number[] = [];
    if (!this.sorted) {
      spans.forEach((s, i) => {
        if (s.start < end && start < s.end) out.push(i);
      });
      return out;
    }
    return overlapping(spans, start, end);
  }

  /** The beads covering any of the German segments `segIdx`, in bead order. */
  beadsCovering(segIdx: readonly number[]): BeadLike[] {
    const ks = new Set<number>();
    for (const i of segIdx) for (const k of this.beadsOf[i] ?? []) ks.add(k);
    return [...ks].sort((a, b) => a - b).map((k) => this.beads[k] as BeadLike);
  }

  de(i: number): SegInfo {
    return (this.deInfo[i] ??= segInfo(this.input.targetText, this.deSpans[i] as Span));
  }

  ru(i: number): SegInfo {
    return (this.ruInfo[i] ??= segInfo(this.input.sourceText, this.ruSpans[i] as Span));
  }

  /**
   * Cognate links between German segments `segIdx` and Russian segments lo..hi (`deSegs`,
   * `ruSegs`): a table depends on nothing else, so the quotations of one sentence pair share it.
   */
  links(segIdx: readonly number[], lo: number, hi: number, deSegs: readonly SegInfo[], ruSegs: readonly SegInfo[]): LinkTable {
    const key = `${segIdx.join(',')}|${lo}:${hi}`;
    if (key === this.linksKey && this.lastLinks) return this.lastLinks;
    const table = LinkTable.fromCognates(
      deSegs.flatMap((s) => s.tokens),
      ruSegs.flatMap((s) => s.tokens),
    );
    this.linksKey = key;
    this.lastLinks = table;
    return table;
  }
}

/** The source of one quotation from the sentence aligner's beads (long documents). */
function placeByBeads(q: Quote, input: AlignQuotesInput, index: BeadIndex, ruQuotes: readonly Quote[]): QuoteAlignment {
  const target = { start: q.start, end: q.end, text: q.text };
  const segIdx = index.segmentsOverlapping(q.start, Math.max(q.end, q.start + 1));
  const mine = index.beadsCovering(segIdx);
  const src = mine.flatMap((b) => b.source);
  if (!segIdx.length || !src.length) {
    const score = mine.length ? mine.reduce((a, b) => a + b.score, 0) / mine.length : 0.5;
    return { target, source: null, score, kind: q.kind };
  }
  const lo = Math.min(...src);
  const hi = Math.max(...src);
  const ruSegs: SegInfo[] = [];
  for (let i = lo; i <= hi && i < index.ruSpans.length; i++) ruSegs.push(index.ru(i));
  const deSegs = segIdx.map((i) => index.de(i));
  const first = ruSegs[0];
  const last = ruSegs[ruSegs.length - 1];
  const deFirst = deSegs[0];
  const deLast = deSegs[deSegs.length - 1];
  if (!first || !last || !deFirst || !deLast) return { target, source: null, score: 0.5, kind: q.kind };
  const choice = chooseSourceSpan({
    ruText: input.sourceText,
    ruRegion: { start: first.start, end: last.end },
    ruQuotes,
    ruSegs,
    deText: input.targetText,
    deRegion: { start: deFirst.start, end: deLast.end },
    quote: q,
    deSegs,
    links: index.links(segIdx, lo, Math.min(hi, index.ruSpans.length - 1), deSegs, ruSegs),
  });
  const p = mine.reduce((a, b) => a + b.score, 0) / mine.length;
  if (p < 0.25) return { target, source: null, score: 1 - p, kind: q.kind };
  return {
    target,
    source: { start: choice.start, end: choice.end, text: input.sourceText.slice(choice.start, choice.end) },
    score: Math.max(0, Math.min(1, p * (0.6 + 0.4 * choice.confidence))),
    kind: q.kind,
  };
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
