import { findQuotes, type Quote } from '../../text/quotes';
import { segment, type SegmentResult } from '../../text/segment';
import { overlapping } from '../../text/spans';
import type { Segment, Span } from '../../types';
import type { BeadLike } from './analysis';
import { LinkTable, segInfo, type SegInfo } from './evidence';
import type { QuoteAlignment } from './index';
import { letterAt, unitsAt } from './lexical';
import { chooseSourceSpan, type SpanChoice } from './span';

// What quotation alignment reads from the two texts before it looks at a sentence alignment
// (segments, paragraphs, quotations on both sides), and the placement of quotations by the
// sentence beads of a long translation. Everything here depends on the texts and segments
// alone until `placeByBeads` is given the beads.

/** The two texts and their segments (the caller's: lines or sentences). */
export interface QuoteTexts {
  sourceText: string;
  sourceSegments: readonly Segment[];
  targetText: string;
  targetSegments: readonly Segment[];
}

/** The caller's segments that fit the text, or one per line when there are none. */
export function usableSegments(text: string, segs: readonly Segment[]): Span[] {
  const ok = segs.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  return ok.length ? ok.map((s) => ({ start: s.start, end: s.end })) : segment(text, 'und', { mode: 'lines' }).segments;
}

/** Blocks separated by blank lines (what the quotation finder pairs marks within). */
export function paragraphsOf(text: string): Span[] {
  return segment(text, 'und', { mode: 'lines' }).paragraphs;
}

/** Quotations of a document, with the caller's segments (no resegmentation). */
export function quotesOf(text: string, lang: string, segs: readonly Span[], paragraphs: Span[] = paragraphsOf(text)): Quote[] {
  const seg: SegmentResult = { segments: segs.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })), paragraphs };
  return findQuotes(text, lang, seg).quotes;
}

/**
 * Share of letters that are Cyrillic (0 for a text without letters), over the first 4,000
 * letters (\p{L} code points; Cyrillic: in U+0400-U+04FF). Read code point by code point, with no
 * match object per letter.
 */
export function cyrillicShare(text: string): number {
  let letters = 0;
  let cyr = 0;
  for (let k = 0; k < text.length; k += unitsAt(text, k)) {
    if (!letterAt(text, k)) continue;
    letters++;
    const c = text.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    if (letters >= 4000) break;
  }
  return letters ? cyr / letters : 0;
}

/** German x Russian segment pairs above which given beads replace the own sentence matching. */
export const BEAD_MODE_PAIRS = 100_000;

/**
 * How far from a quotation's place on the diagonal `readRussianAhead` reads Russian segments:
 * on the development sets' long documents (as one document each) the sentence beads' Russian
 * segments lie up to about 15 segments off the diagonal (newstest2012), most of them closer.
 */
export const RUSSIAN_AHEAD_RADIUS = 16;

/** The Russian side as quotation alignment reads it. */
export interface RussianSide {
  spans: Span[];
  paragraphs: Span[];
  /** Quotations of the original, nested ones included (each with its depth). */
  quotes: Quote[];
}

/**
 * The bead-independent part of `alignQuotes` for one document pair: the German segments,
 * paragraphs and quotations, the answer when there is nothing to search (`early`), the Russian
 * side, and each segment's analysis (tokenised on first use, then shared by all quotations).
 */
export class QuotePrep {
  readonly deSpans: Span[];
  readonly deParas: Span[];
  readonly quotes: Quote[];
  /** The whole answer when no quotation needs a search (none, no original, wrong scripts). */
  readonly early: QuoteAlignment[] | null;
  private ru: RussianSide | undefined;
  private readonly deInfo: Array<SegInfo | undefined>;
  private ruInfo: Array<SegInfo | undefined> = [];

  constructor(readonly texts: QuoteTexts) {
    const { sourceText, targetText } = texts;
    this.deSpans = usableSegments(targetText, texts.targetSegments);
    this.deParas = paragraphsOf(targetText);
    this.quotes = quotesOf(targetText, 'de', this.deSpans, this.deParas);
    this.deInfo = new Array<SegInfo | undefined>(this.deSpans.length);
    const none = (score: number): QuoteAlignment[] => this.quotes.map((q) => ({ target: { start: q.start, end: q.end, text: q.text }, source: null, score, kind: q.kind }));
    // Nothing to find in: certain absence. A source that is not Russian (or a target that is):
    // the evidence model does not apply, so nothing is claimed either way.
    if (!this.quotes.length) this.early = [];
    else if (!/\p{L}/u.test(sourceText)) this.early = none(1);
    else if (cyrillicShare(sourceText) < 0.3 || cyrillicShare(targetText) > 0.5) this.early = none(0);
    else this.early = null;
  }

  /** The Russian side (read on first use: an early answer never needs it). */
  get russian(): RussianSide {
    if (!this.ru) {
      const spans = usableSegments(this.texts.sourceText, this.texts.sourceSegments);
      const paragraphs = paragraphsOf(this.texts.sourceText);
      // Nested quotations too: a German quotation inside another may render one (chooseSourceSpan).
      const quotes = quotesOf(this.texts.sourceText, 'ru', spans, paragraphs);
      this.ru = { spans, paragraphs, quotes };
      this.ruInfo = new Array<SegInfo | undefined>(spans.length);
    }
    return this.ru;
  }

  /**
   * Whether `beads` place the quotations (a long document with a sentence alignment, a full
   * translation): its beads are the sentence-level answer, and only the place inside the
   * sentence is left to find.
   */
  placesByBeads(beads: readonly BeadLike[] | undefined): beads is readonly BeadLike[] {
    return beads !== undefined && this.beadMode;
  }

  /** Whether any beads of these sides place the quotations (see `placesByBeads`). */
  private get beadMode(): boolean {
    if (this.early) return false;
    const ruSpans = this.russian.spans;
    const fit = this.deSpans.length === this.texts.targetSegments.length && ruSpans.length === this.texts.sourceSegments.length;
    return fit && this.deSpans.length * ruSpans.length > BEAD_MODE_PAIRS;
  }

  /** Analysis of German segment i. */
  de(i: number): SegInfo {
    return (this.deInfo[i] ??= segInfo(this.texts.targetText, this.deSpans[i] as Span));
  }

  /** Analysis of Russian segment i. */
  ruSeg(i: number): SegInfo {
    const spans = this.russian.spans;
    return (this.ruInfo[i] ??= segInfo(this.texts.sourceText, spans[i] as Span));
  }

  /** Indices of the German segments overlapping [start, end), ascending. */
  segmentsOverlapping(start: number, end: number): number[] {
    const spans = this.deSpans;
    if (!this.sorted) {
      const out: number[] = [];
      spans.forEach((s, i) => {
        if (s.start < end && start < s.end) out.push(i);
      });
      return out;
    }
    return overlapping(spans, start, end);
  }

  private get sorted(): boolean {
    if (this.sortedSpans === undefined) {
      let ok = true;
      for (let i = 1; i < this.deSpans.length && ok; i++) ok = (this.deSpans[i - 1] as Span).end <= (this.deSpans[i] as Span).start;
      this.sortedSpans = ok;
    }
    return this.sortedSpans;
  }

  private sortedSpans: boolean | undefined;

  /**
   * Reads what the placement by beads needs whatever the beads: the Russian side (segments,
   * paragraphs, quotations) and the analysis of every German segment a quotation lies in. For
   * a caller with time to spare before the beads exist (the command line's second thread; the
   * Russian segments are analysed as beads name them, most of them never). Changes no answer.
   */
  readBeforeBeads(): void {
    if (this.early) return;
    void this.russian;
    for (const q of this.quotes) for (const i of this.segmentsOverlapping(q.start, Math.max(q.end, q.start + 1))) this.de(i);
  }

  /**
   * Analyses Russian segments before the beads name them, nearest first: for each German
   * segment a quotation lies in (in text order), the Russian segment at the same relative place
   * in its side, then those 1, 2, ... `radius` segments before and after it, one ring of all of
   * them at a time; `stop()` is asked before each segment and ends the reading when it says so.
   * For a caller with time to spare before the beads exist (the command line's second thread,
   * while the main thread runs the first pass): the beads' Russian segments are then mostly read
   * already. Changes no answer (`ruSeg` gives each segment's analysis, however early). Reads
   * nothing unless beads place the quotations (`placesByBeads`). Returns the number of segments
   * analysed here.
   */
  readRussianAhead(stop: () => boolean, radius = RUSSIAN_AHEAD_RADIUS): number {
    if (!this.beadMode) return 0;
    const n = this.russian.spans.length;
    const m = this.deSpans.length;
    if (n === 0 || m === 0) return 0;
    const centres: number[] = [];
    let last = -1;
    for (const q of this.quotes) {
      for (const j of this.segmentsOverlapping(q.start, Math.max(q.end, q.start + 1))) {
        const i = Math.min(n - 1, Math.floor(((j + 0.5) * n) / m));
        if (i !== last) centres.push(i);
        last = i;
      }
    }
    let read = 0;
    let stopped = false;
    /** Reads segment i unless read already or out of range; false once `stop()` said so. */
    const visit = (i: number): boolean => {
      if (i < 0 || i >= n || this.ruInfo[i] !== undefined) return true;
      if (stop()) return !(stopped = true);
      this.ruSeg(i);
      read++;
      return true;
    };
    for (let r = 0; r <= radius && !stopped; r++) {
      for (let k = 0; k < centres.length && !stopped; k++) {
        const c = centres[k]!;
        if (visit(c - r) && r > 0) visit(c + r);
      }
    }
    return read;
  }

  /**
   * The place inside the sentence pair chosen for each quotation and span of Russian segments
   * so far: it depends on nothing else, so that placing the quotations by a first alignment
   * (`placeByBeads` on a first pass's beads, on a thread with time to spare) leaves the final
   * beads only the sentence pairs that changed.
   */
  private readonly choices = new Map<Quote, Map<number, SpanChoice>>();

  /** `choose()`, or what it gave for this quotation and Russian segments lo..hi before. */
  choiceFor(q: Quote, lo: number, hi: number, choose: () => SpanChoice): SpanChoice {
    let byRegion = this.choices.get(q);
    if (!byRegion) this.choices.set(q, (byRegion = new Map()));
    const key = lo * 0x100000 + hi;
    let c = byRegion.get(key);
    if (!c) byRegion.set(key, (c = choose()));
    return c;
  }

  /** Every quotation placed by the beads (see `placesByBeads`). */
  placeByBeads(beads: readonly BeadLike[]): QuoteAlignment[] {
    const index = new BeadIndex(this, beads);
    return this.quotes.map((q) => placeByBeads(q, this, index));
  }
}

/** Which beads cover a German segment, and the cognate table of the last region placed. */
class BeadIndex {
  private readonly beadsOf: number[][];
  /** The last cognate table built and the regions it links (quotations come in text order). */
  private linksKey = '';
  private lastLinks: LinkTable | undefined;

  constructor(
    prep: QuotePrep,
    readonly beads: readonly BeadLike[],
  ) {
    this.beadsOf = prep.deSpans.map(() => []);
    beads.forEach((b, k) => {
      for (const i of b.target) {
        const list = this.beadsOf[i];
        if (list && list[list.length - 1] !== k) list.push(k);
      }
    });
  }

  /** The beads covering any of the German segments `segIdx`, in bead order. */
  beadsCovering(segIdx: readonly number[]): BeadLike[] {
    const ks = new Set<number>();
    for (const i of segIdx) for (const k of this.beadsOf[i] ?? []) ks.add(k);
    return [...ks].sort((a, b) => a - b).map((k) => this.beads[k] as BeadLike);
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
function placeByBeads(q: Quote, prep: QuotePrep, index: BeadIndex): QuoteAlignment {
  const { sourceText, targetText } = prep.texts;
  const { spans: ruSpans, quotes: ruQuotes } = prep.russian;
  const target = { start: q.start, end: q.end, text: q.text };
  const segIdx = prep.segmentsOverlapping(q.start, Math.max(q.end, q.start + 1));
  const mine = index.beadsCovering(segIdx);
  const src = mine.flatMap((b) => b.source);
  if (!segIdx.length || !src.length) {
    const score = mine.length ? mine.reduce((a, b) => a + b.score, 0) / mine.length : 0.5;
    return { target, source: null, score, kind: q.kind };
  }
  const lo = Math.min(...src);
  const hi = Math.max(...src);
  const ruSegs: SegInfo[] = [];
  for (let i = lo; i <= hi && i < ruSpans.length; i++) ruSegs.push(prep.ruSeg(i));
  const deSegs = segIdx.map((i) => prep.de(i));
  const first = ruSegs[0];
  const last = ruSegs[ruSegs.length - 1];
  const deFirst = deSegs[0];
  const deLast = deSegs[deSegs.length - 1];
  if (!first || !last || !deFirst || !deLast) return { target, source: null, score: 0.5, kind: q.kind };
  const choice = prep.choiceFor(q, lo, hi, () =>
    chooseSourceSpan({
      ruText: sourceText,
      ruRegion: { start: first.start, end: last.end },
      ruQuotes,
      ruSegs,
      deText: targetText,
      deRegion: { start: deFirst.start, end: deLast.end },
      quote: q,
      deSegs,
      links: index.links(segIdx, lo, Math.min(hi, ruSpans.length - 1), deSegs, ruSegs),
    }),
  );
  const p = mine.reduce((a, b) => a + b.score, 0) / mine.length;
  if (p < 0.25) return { target, source: null, score: 1 - p, kind: q.kind };
  return {
    target,
    source: { start: choice.start, end: choice.end, text: sourceText.slice(choice.start, choice.end) },
    score: Math.max(0, Math.min(1, p * (0.6 + 0.4 * choice.confidence))),
    kind: q.kind,
  };
}
