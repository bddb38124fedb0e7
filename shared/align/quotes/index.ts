import type { Segment, Span } from '../../types';
import { joinInfo, LinkTable, segInfo, type SegInfo } from './evidence';
import { findQuotes, type Quote } from '../../text/quotes';
import type { SegmentResult } from '../../text/segment';
import { freePosterior, monotonePosterior, type Column } from './posterior';
import { AlignModel, stemOf } from '../similarity';
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

/** Blocks separated by blank lines, trimmed (what the quotation finder pairs marks within). */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t\r]*\n|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Quotations of a document, with the caller's segments (no resegmentation). */
export function quotesOf(text: string, lang: string, segs: readonly Span[]): Quote[] {
  const seg: SegmentResult = { segments: segs.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })), paragraphs: paragraphsOf(text) };
  return findQuotes(text, lang, seg).quotes;
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

export function analyseSegments(input: AlignQuotesInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): SegmentAnalysis {
  const deSegs = usableSegments(input.targetText, input.targetSegments).map((s) => segInfo(input.targetText, s));
  const ruSegs = usableSegments(input.sourceText, input.sourceSegments).map((s) => segInfo(input.sourceText, s));
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

/** Best column of German segment i and its posterior, against "no source". */
function bestSource(post: Float64Array, i: number, columns: readonly Column[]): SourcePick {
  const C = columns.length;
  const row = i * (C + 1);
  let best = -1;
  let bp = 0;
  for (let c = 0; c < C; c++) {
    const v = post[row + c] ?? 0;
    if (v > bp) {
      bp = v;
      best = c;
    }
  }
  const col = columns[best];
  if (!col) return { a: -1, b: -1, p: 0, pNull: post[row + C] ?? 1 };
  // Columns sharing a segment with the best one tell the same story (the source is here).
  let p = 0;
  for (let c = 0; c < C; c++) {
    const o = columns[c] as Column;
    if (o.a <= col.b && col.a <= o.b) p += post[row + c] ?? 0;
  }
  return { a: col.a, b: col.b, p: Math.min(1, p), pNull: post[row + C] ?? 1 };
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
  const quotes = quotesOf(targetText, 'de', deSpans);
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

  const fine = analyseSegments(input, opts);
  const ruQuotes = quotesOf(sourceText, 'ru', fine.ruSegs).filter((r) => r.depth === 0);
  // Sentences of one paragraph are often joined or split differently in the translation;
  // matching short paragraphs as wholes as well catches what sentence pairs miss.
  const deUnits = paragraphUnits(targetText, fine.deSegs);
  const ruUnits = paragraphUnits(sourceText, fine.ruSegs);
  const coarse =
    deUnits.length < fine.deSegs.length || ruUnits.length < fine.ruSegs.length
      ? analyseSegments({ ...input, targetSegments: deUnits.map((u) => ({ ...u, text: targetText.slice(u.start, u.end) })), sourceSegments: ruUnits.map((u) => ({ ...u, text: sourceText.slice(u.start, u.end) })) }, opts)
      : null;

  return quotes.map((q) => {
    const a = placeQuote(q, fine, input, ruQuotes, opts);
    if (!coarse || (a.source && a.found)) return a.result;
    const b = placeQuote(q, coarse, input, ruQuotes, opts);
    return b.found ? b.result : a.result;
  });
}

/** Paragraphs of at most `max` segments as single units; the segments of longer ones as they are. */
function paragraphUnits(text: string, segs: readonly Span[], max = 4): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const p of paragraphsOf(text)) {
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
): { result: QuoteAlignment; found: boolean; source: boolean } {
  const { sourceText, targetText } = input;
  const { deSegs, ruSegs, columns, post, free } = an;
  const none = (score: number): { result: QuoteAlignment; found: boolean; source: boolean } => ({
    result: { target: { start: q.start, end: q.end, text: q.text }, source: null, score, kind: q.kind },
    found: false,
    source: false,
  });
  const segIdx: number[] = [];
  deSegs.forEach((s, i) => {
    if (s.start < Math.max(q.end, q.start + 1) && q.start < s.end) segIdx.push(i);
  });
  if (!segIdx.length || ruSegs.length === 0) return none(1);
  // A quotation over several German sentences: each sentence votes; the source is the run of
  // Russian sentences they map to when those lie close together.
  const picks = segIdx.map((i) => {
    const inOrder = bestSource(post, i, columns);
    // Out of order but unmistakable on its own evidence: the order view must not veto it.
    const alone = bestSource(free, i, columns);
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
  });
  const pSeg = found.reduce((acc, x) => acc + x.p, 0) / found.length;
  return {
    result: {
      target: { start: q.start, end: q.end, text: q.text },
      source: { start: choice.start, end: choice.end, text: sourceText.slice(choice.start, choice.end) },
      score: Math.max(0, Math.min(1, pSeg * choice.confidence)),
      kind: q.kind,
    },
    found: true,
    source: true,
  };
}
