import { findQuotes, type Quote } from '../text/quotes';
import { segment, type SegmentResult } from '../text/segment';
import type { Segment, Span } from '../types';
import type { BilingualLexicon } from './dictionary/lexicon';
import type { RawBead } from './dp';
import type { EvidenceProvider } from './match/links';
import { CONFIDENT_BEAD, decideMode, MIN_COVERAGE, MIN_PAIRED, RATIO_BAND, type ModeDecision } from './mode';
import type { DecisionModel } from './quotes/decide';
import { alignQuotes, type AlignQuotesInput, type QuoteAlignment } from './quotes/index';
import { quotationJoints, ReportSearch, type ReportMatch } from './quotes/report';
import { readOrder, readsAsSelection, SELECTION_TEST, type OrderReading, type SelectionTest } from './selection';
import { alignSentences, type Bead } from './sentences';
import { AlignModel, type ForeignTarget, type Lexicon } from './similarity';

/** How the pair is to be treated: decide from the texts, or as the user says. */
export type PlanMode = 'auto' | 'quotes' | 'sentences';

/** Everything the planner reads. Segments are the caller's (the CLI's lines or sentences, the app's). */
export interface PlanInput {
  sourceText: string;
  sourceSegments: readonly Segment[];
  targetText: string;
  targetSegments: readonly Segment[];
  mode?: PlanMode;
  /** A user's stem lexicon for the sentence aligner (translation memory pairs, a TSV dictionary). */
  sentenceLexicon?: Lexicon;
  /** German–Russian lexicons for the quotation search: the base lexicon first, then user and learned ones. */
  lexicons?: readonly BilingualLexicon[];
  /** Extra word evidence for the quotation search (e.g. an online assist). */
  providers?: readonly EvidenceProvider[];
  /** Overrides the strength of relational-adjective links (evaluation; see DERIVATION in match/links.ts). */
  derivation?: number;
  /** Overrides the places the translation test weighs (evaluation; see SENTENCE_PLACES in quotes/search.ts). */
  sentencePlaces?: number;
  /** Overrides the shipped decision model (evaluation). */
  decisionModel?: DecisionModel;
  /** Candidates kept per quotation (default 3; fitting the decision model looks at more). */
  candidates?: number;
  /** Overrides the thresholds of the selection test (evaluation; see SELECTION_TEST). */
  selectionTest?: SelectionTest;
  /**
   * Leave the quotations of a long translation, which the sentence beads place, to the caller:
   * `quotes` is then empty and `beadQuotes` holds the input of `alignQuotes` that gives them
   * (the command line places them on a second thread while it writes the rest).
   */
  deferBeadQuotes?: boolean;
  /** Hears the sentence aligner's first pass (see AlignModelOptions.onFirstPass). */
  onFirstPass?: (beads: readonly RawBead[]) => void;
  /**
   * Hears the sentence beads as soon as they exist, before the plan decides what they are used
   * for (a caller that places a long translation's quotations elsewhere can start on them).
   */
  onBeads?: (beads: readonly Bead[]) => void;
  /** Most of the target side analysed on another thread (see AlignModelOptions.foreignTarget). */
  foreignTarget?: ForeignTarget;
}

/** What the planner decided and found. */
export interface PlanResult {
  /** Sentence alignment covering both sides (empty when only quotations were asked for or there is no original). */
  beads: Bead[];
  quotes: QuoteAlignment[];
  /** True when the German text renders the Russian one sentence by sentence. */
  translation: boolean;
  /** The full-translation test's figures (null when it was not run). */
  decision: ModeDecision | null;
  /** One line for the user on how the pair was treated. */
  reason: string;
  /** The search's raw answers (with feature vectors) when the quotations were searched for. */
  matches?: ReportMatch[];
  /** Set when `deferBeadQuotes` left the quotations out: `alignQuotes(beadQuotes)` gives them. */
  beadQuotes?: AlignQuotesInput;
  /** The sentence-level matcher's answers that the search weighed (small documents only). */
  priors?: QuoteAlignment[];
  /**
   * Where each German segment is rendered, when the selection test read it (see readsAsSelection): the
   * caller's segments from MIN_TRANSLATION_SEGMENTS on each side, the planner's own sentences below.
   */
  order?: OrderReading;
}

/**
 * The one alignment pipeline of the app and the command line. It aligns the sentences, decides
 * whether the German text is a full translation of the Russian one, and then maps every
 * German quotation: in a translation by the sentence beads (the quotation's own sentence
 * pair), in a report by the order-free search over the whole original (ReportSearch), which
 * also gives ranked candidates and word evidence.
 */
export function planAlignment(input: PlanInput): PlanResult {
  const { sourceText, targetText } = input;
  const sSegs = input.sourceSegments;
  const tSegs = input.targetSegments;
  const mode = input.mode ?? 'auto';
  // The German quotations as the planner lists them; a long translation places its own
  // (alignQuotes) and never reads these, so they are found on first use.
  let found: Quote[] | undefined;
  const targetQuotes = (): Quote[] => (found ??= findQuotes(targetText, 'de', { segments: [...tSegs], paragraphs: paragraphsOf(targetText) }).quotes);
  if (!/\p{L}/u.test(sourceText) || sSegs.length === 0) {
    return {
      beads: tSegs.map((_, j) => ({ source: [], target: [j], score: 0 })),
      quotes: targetQuotes().map((q) => ({ target: spanOf(targetText, q), source: null, score: sourceText.trim() ? 1 : 0, kind: q.kind })),
      translation: false,
      decision: null,
      reason: 'no Russian original: quotations listed without sources',
    };
  }
  let beads: Bead[] = [];
  let model: AlignModel | undefined;
  let decision: ModeDecision | null = null;
  let translation = false;
  let reason: string;
  if (mode === 'quotes') {
    reason = 'quotations only, as requested';
  } else {
    model = AlignModel.fromPair(sSegs, tSegs, {
      ...(input.sentenceLexicon ? { lexicon: input.sentenceLexicon } : {}),
      ...(input.onFirstPass ? { onFirstPass: input.onFirstPass } : {}),
      ...(input.foreignTarget ? { foreignTarget: input.foreignTarget } : {}),
    });
    beads = alignSentences(sSegs, tSegs, { model });
    input.onBeads?.(beads);
    if (mode === 'sentences') {
      translation = true;
      reason = 'sentences and quotations, as requested';
    } else {
      decision = decideMode(sSegs, tSegs, beads);
      translation = decision.sentences;
      reason = decision.reason;
    }
  }
  // Only a long translation (more sentence pairs than the sentence-level matcher takes) is left
  // to its sentence beads: in a few paragraphs a report that follows its source's structure
  // passes the translation test too, and the order-free search (which also weighs the sentence
  // around each quotation and the matcher's answer) handles true translations as well. The
  // matcher reads both texts in its own sentences, whatever the caller's segments (lines or
  // sentences), so that the quotations do not depend on how the files were read. (A text has at
  // least as many sentences as lines: past the limit in lines, it is past it in sentences.)
  const fits = sSegs.length * tSegs.length <= SENTENCE_EVIDENCE_PAIRS;
  const sSents = fits ? sentencesOf(sourceText, 'ru') : [];
  const tSents = fits ? sentencesOf(targetText, 'de') : [];
  const small = fits && sSents.length * tSents.length <= SENTENCE_EVIDENCE_PAIRS;
  const useBeads = translation && !small && Math.min(sSegs.length, tSegs.length) >= LONG_TRANSLATION;
  if (useBeads) {
    const beadQuotes: AlignQuotesInput = { sourceText, sourceSegments: sSegs, targetText, targetSegments: tSegs, model, beads };
    if (input.deferBeadQuotes) return { beads, quotes: [], translation, decision, reason, beadQuotes };
    return { beads, quotes: alignQuotes(beadQuotes), translation, decision, reason };
  }
  // A translation the test is sure of (or that the user declared) keeps the sentence-bead
  // path: the sentence-level matcher on the caller's segments with the sentence beads, whose
  // answer in a rendering beats the word search on the place of a quotation. Its answer is
  // given to the search as the prior, so the search's candidates include it with its evidence.
  const rendersAll = mode === 'sentences' || (decision !== null && model !== undefined && rendersSelection(decision, sSegs, tSegs, beads, model));
  // The order-free search reads the whole original once; it also tells, from where each German
  // segment is rendered, a selection of translated passages (readsAsSelection).
  const search = reportSearch(input);
  let order: OrderReading | undefined;
  // From MIN_TRANSLATION_SEGMENTS segments on each side the order is read on the caller's
  // segments; a shorter text in the planner's own sentences, so that a selection of a few
  // translated lines is told at any length. A few lines may be the paragraphs of a report: in
  // order as paragraphs, its sentences reorder and return to a passage, which the sentences
  // show (reporting-dev's news reports, 4-7 lines of 10-19 sentences).
  const orderSegs = Math.min(sSegs.length, tSegs.length) >= MIN_TRANSLATION_SEGMENTS ? tSegs : tSents;
  if (!rendersAll && fits && decision !== null && model !== undefined && orderSegs.length > 0 && orderSegs.length <= MAX_ORDER_SEGMENTS) {
    order = readOrder(orderSegs, (sp) => search.renderingOf(sp), search.doc);
    // (A full translation that reads so keeps the translation test's reason.)
    if (!translation && readsAsSelection(order, input.selectionTest)) reason = selectionReason(order);
  }
  const beadFirst = rendersAll || (order !== undefined && readsAsSelection(order, input.selectionTest));
  // On documents small enough, the sentence-level matcher (sentence evidence, soft order
  // prior) gives its answer as one more piece of evidence to the search.
  const own = model && small;
  let priors: QuoteAlignment[] | undefined;
  if (beadFirst) priors = alignQuotes({ sourceText, sourceSegments: sSegs, targetText, targetSegments: tSegs, model, beads });
  else if (own) {
    const sameSegs = sameSpans(sSents, sSegs) && sameSpans(tSents, tSegs);
    const sentenceModel = !sameSegs ? AlignModel.fromPair(sSents, tSents, input.sentenceLexicon ? { lexicon: input.sentenceLexicon } : {}) : model;
    priors = alignQuotes({ sourceText, sourceSegments: sSents, targetText, targetSegments: tSents, model: sentenceModel });
  }
  // (More candidates are kept in a translation, so that the bead path's span finds its evidence.)
  const keep = input.candidates ?? 3;
  search.setCandidates(beadFirst ? Math.max(keep, 10) : keep);
  const matches = searchQuotes(search, input, targetQuotes(), priors);
  const priorOf = new Map((priors ?? []).map((p) => [`${p.target.start}:${p.target.end}`, p]));
  const out = matches.map((m) => {
    const searched = toAlignment(targetText, m.quote, m);
    const bead = beadFirst ? priorOf.get(`${m.quote.start}:${m.quote.end}`) : undefined;
    // A selection has interlopers (passages from elsewhere) that its sentence beads pair only
    // weakly: there the bead answer must be at least even odds (CONFIDENT_BEAD) to come first.
    if (!bead || (!rendersAll && bead.score < CONFIDENT_BEAD)) return searched;
    // ... and where the beads are sure that a passage renders nothing of the original (an
    // interloper), that stands against a word the search found on its own.
    if (!rendersAll && !bead.source && bead.score >= (input.selectionTest ?? SELECTION_TEST).beadNull) return { ...searched, source: null, score: Math.round(bead.score * 1000) / 1000 };
    return beadAnswer(bead, searched);
  });
  return { beads, quotes: out, translation, decision, reason, matches, ...(priors ? { priors } : {}), ...(order ? { order } : {}) };
}

/**
 * Segments on each side from which the sentence alignment is trusted to tell a translation.
 * Below it the full-translation test passes reports too: on reporting-dev, news reports of
 * 5 paragraphs (10-13 sentences) were paired whole and confidently, and their quotations are
 * placed far better by the order-free search than by the sentence beads. Below it, too, the
 * selection test reads the planner's own sentences instead of the caller's segments.
 */
export const MIN_TRANSLATION_SEGMENTS = 15;

/**
 * Mean lexical similarity (AlignModel.sim, the pair's learned lexicon included) of the paired
 * beads that a rendering shows and a summary does not. A report summarising its source pairs
 * its sentences as confidently (reporting-dev op-eds read as sentences: 15-16 German sentences
 * against 42-47 Russian ones, every German one paired), but with little shared vocabulary:
 * 0.04-0.07 there, at most 0.148 on any reporting-dev case in either reading. Set above that.
 */
export const MIN_SELECTION_SIM = 0.15;

/**
 * Whether the German text renders the Russian one sentence by sentence, in full or a
 * selection of it (an article built from translated passages): the German side paired and
 * confidently paired as in a full translation, the Russian side free to have sentences the
 * German leaves out, enough sentences on each side for the alignment to tell, and the paired
 * sentences sharing the vocabulary of translations (MIN_SELECTION_SIM).
 */
export function rendersSelection(d: ModeDecision, src: readonly Segment[], tgt: readonly Segment[], beads: readonly Bead[], model: AlignModel): boolean {
  if (Math.min(src.length, tgt.length) < MIN_TRANSLATION_SEGMENTS) return false;
  if (d.ratio > RATIO_BAND[1] || d.targetPaired < MIN_PAIRED || d.targetCoverage < MIN_COVERAGE) return false;
  let sum = 0;
  let n = 0;
  for (const b of beads) {
    if (!b.source.length || !b.target.length) continue;
    sum += model.sim(b.source.map((i) => src[i]?.text ?? '').join(' '), b.target.map((j) => tgt[j]?.text ?? '').join(' '));
    n++;
  }
  return n > 0 && sum / n >= MIN_SELECTION_SIM;
}

/**
 * In a translation, the sentence-bead matcher's answer comes first: its source (and score)
 * when it found one, with the search's candidates as alternatives; where it found none, the
 * search may fill in (its answer stands, source or not).
 */
export function beadAnswer(bead: QuoteAlignment, searched: QuoteAlignment): QuoteAlignment {
  if (!bead.source) return searched;
  const src = bead.source;
  const same = (searched.candidates ?? []).find((c) => iou(c.source, src) >= 0.999);
  const first = same ?? { source: src, score: bead.score, evidence: [] };
  const rest = (searched.candidates ?? []).filter((c) => c !== same);
  return {
    target: searched.target,
    source: src,
    score: bead.score,
    kind: searched.kind,
    candidates: distinctSpans([{ ...first, score: Math.max(first.score, bead.score) }, ...rest]).slice(0, 3),
    evidence: first.evidence,
  };
}

function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union > 0 ? inter / union : 0;
}

/** Segments on each side from which a translation's quotations are placed by the sentence beads. */
export const LONG_TRANSLATION = 12;

/** Russian x German segment pairs up to which the sentence-level matcher's answer is weighed too. */
export const SENTENCE_EVIDENCE_PAIRS = 60_000;

/**
 * The order-free search's answers for the given German quotations (all of the target's when
 * omitted), with `candidates` candidates each (default 3).
 */
export function reportMatches(input: PlanInput, quotes?: readonly Quote[], candidates = 3, priors?: readonly QuoteAlignment[]): ReportMatch[] {
  const search = reportSearch(input);
  search.setCandidates(candidates);
  return searchQuotes(search, input, quotes, priors);
}

/** The order-free search over the input's original, set on its German text. */
function reportSearch(input: PlanInput): ReportSearch {
  const { sourceText, targetText } = input;
  const ruParas = paragraphsOf(sourceText);
  const ruQuotes = findQuotes(sourceText, 'ru', { segments: [...input.sourceSegments], paragraphs: ruParas }).quotes;
  const search = new ReportSearch(sourceText, ruQuotes, ruParas, {
    lexicons: input.lexicons ?? [],
    providers: input.providers ?? [],
    ...(input.derivation !== undefined ? { derivation: input.derivation } : {}),
    ...(input.sentencePlaces !== undefined ? { sentencePlaces: input.sentencePlaces } : {}),
    ...(input.decisionModel ? { model: input.decisionModel } : {}),
  });
  // The German paragraphs (not the caller's segments, which may be lines or sentences) frame
  // the quotations, so that the evidence does not depend on how the text was segmented.
  search.setTarget(targetText, paragraphsOf(targetText));
  return search;
}

function searchQuotes(search: ReportSearch, input: PlanInput, quotes: readonly Quote[] | undefined, priors: readonly QuoteAlignment[] | undefined): ReportMatch[] {
  const { targetText } = input;
  const qs = quotes ?? findQuotes(targetText, 'de', { segments: [...input.targetSegments], paragraphs: paragraphsOf(targetText) }).quotes;
  const tParas = paragraphsOf(targetText);
  const priorOf = new Map((priors ?? []).map((p) => [`${p.target.start}:${p.target.end}`, p]));
  return qs.map((q) => {
    const p = priorOf.get(`${q.start}:${q.end}`);
    return search.match(targetText, q, frameOf(q, tParas), p ? { span: p.source, score: p.score } : undefined);
  });
}

/**
 * German segments up to which the planner reads where each is rendered (the selection test; it
 * also needs the pair within SENTENCE_EVIDENCE_PAIRS, so that its searches cost no more than the
 * quotations' own).
 */
export const MAX_ORDER_SEGMENTS = 400;

function selectionReason(r: OrderReading): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  return (
    `translated passages in their order (${pct(r.rendered)} of ${r.segments} German segments rendered, ${pct(r.inOrder)} of them in the Russian order, ` +
    `${pct(r.distinct)} on Russian sentences of their own): quotations placed by their sentences`
  );
}

/** The contract's record of one quotation from the search's answer. */
export function toAlignment(targetText: string, q: Quote, m: ReportMatch): QuoteAlignment {
  const first = m.candidates[0];
  const source = m.found && first ? first.source : null;
  return {
    target: spanOf(targetText, q),
    source,
    score: Math.round((source ? m.p : 1 - m.p) * 1000) / 1000,
    kind: q.kind,
    candidates: distinctSpans(m.shown).slice(0, 3),
    evidence: first?.evidence ?? [],
  };
}

/** Candidates with one entry per Russian span (the best-ranked one), in their order. */
function distinctSpans<C extends { source: { start: number; end: number } }>(cands: readonly C[]): C[] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    const key = `${c.source.start}:${c.source.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The German sentence(s) holding a quotation. */
export function frameOf(q: Span, segs: readonly Span[]): Span {
  let start = q.start;
  let end = q.end;
  for (const s of segs) {
    if (s.end <= q.start - 1 || s.start >= q.end + 1) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function spanOf(text: string, q: Span): { start: number; end: number; text: string } {
  return { start: q.start, end: q.end, text: text.slice(q.start, q.end) };
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((x, i) => x.start === b[i]?.start && x.end === b[i]?.end);
}

function sentencesOf(text: string, lang: 'ru' | 'de'): Segment[] {
  const segs = segment(text, lang).segments;
  if (lang !== 'de') return segs;
  // Two quotations that the segmenter left in one sentence („…“ Wörtlich hieß es: „…“) are two
  // sentences to the matcher: each quotation is placed by its own.
  return segs.flatMap((sg) => {
    const parts: Segment[] = [];
    let start = sg.start;
    for (const j of quotationJoints(text, sg)) {
      parts.push({ start, end: j.end, text: text.slice(start, j.end) });
      start = j.next;
    }
    if (!parts.length) return [sg];
    parts.push({ start, end: sg.end, text: text.slice(start, sg.end) });
    return parts;
  });
}

function paragraphsOf(text: string): Span[] {
  const r: SegmentResult = segment(text, 'und', { mode: 'lines' });
  return r.paragraphs;
}

export type { Quote };
