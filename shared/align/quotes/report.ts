import type { BilingualLexicon } from '../dictionary/lexicon';
import { Linker, type EvidenceKind, type EvidenceProvider } from '../match/links';
import { RuDoc } from '../match/ru-doc';
import { matchTokens, type MatchToken } from '../match/tokens';
import type { Quote } from '../../text/quotes';
import type { Span } from '../../types';
import type { TextSpan } from './index';
import { calibrated, decide, DECISION_MODEL, features, noneFeatures, utility, type DecisionModel, type QuoteFacts } from './decide';
import { sentencesIn, spanVariants } from './variants';
import { pluperfectFrame } from './occasion';
import { segment } from '../../text/segment';
import { searchWindows, SENTENCE_PLACES, sentenceMatch, windowAt, type QueryUnit, type QuoteQuery, type SentenceMatch, type WindowMatch } from './search';

/** Which German word matched which Russian word, and by what. */
export interface WordEvidence {
  de: TextSpan;
  ru: TextSpan;
  by: EvidenceKind;
  /** Strength of the link in (0, 1]. */
  strength: number;
}

/** One candidate source of a quotation. */
export interface QuoteCandidate {
  source: TextSpan;
  /** Probability that this span is the quotation's source. */
  score: number;
  evidence: WordEvidence[];
}

/** The sources of word links and the decision model of the report search. */
export interface ReportSearchOptions {
  /** Lexicons consulted in order: the base lexicon, user dictionaries, learned pairs. */
  lexicons: readonly BilingualLexicon[];
  /** Extra evidence (e.g. a machine translation of each quotation matched in Russian). */
  providers?: readonly EvidenceProvider[];
  /** Overrides the strength of relational-adjective links (evaluation; see DERIVATION in match/links.ts). */
  derivation?: number;
  /** Overrides the places the translation test weighs (evaluation; see SENTENCE_PLACES in search.ts). */
  sentencePlaces?: number;
  model?: DecisionModel;
  /** Candidates kept per quotation (default 3). */
  candidates?: number;
}

/** The search's answer for one quotation, before it is put in the contract's shape. */
export interface ReportMatch {
  quote: Quote;
  /** Candidates, most probable first (possibly none): the decision's options. */
  candidates: QuoteCandidate[];
  /**
   * The candidates offered to the user: the answer first, then the decision's other options and
   * other cuts of the answer's span (see `spanVariants`, VARIANT_PRIOR), at most as many as
   * `candidates`.
   */
  shown: QuoteCandidate[];
  /** Whether the first candidate is reported as the source (else: not in the original). */
  found: boolean;
  /** Probability of the first candidate (0 when there is none). */
  p: number;
  /** Feature vectors of the candidates (for fitting the decision model). */
  vectors: Float64Array[];
  /** Features of "not in the original" (for fitting the decision model). */
  none: Float64Array;
}

const NAME_WEIGHT = 1.5;
const NUMBER_WEIGHT = 1.5;
const NEGATION_WEIGHT = 0.5;
/**
 * Weight of another cut of the answer's span (`spanVariants`) against the search's own windows
 * when the candidates are ranked: the model scores a variant as if it were an option, and this
 * prior says how much less often a re-cut span is the source. Chosen by leave-one-case-out over
 * the cases the decision model is fitted on (reporting-dev, FLORES-200 dev and PUD article and
 * quote cases; grid 0-1): 0.05 in 533 of 534 folds; it raises reporting-dev's top-3 recall from
 * 0.866 to 0.890 and leaves every other set's where it was.
 */
export const VARIANT_PRIOR = 0.05;

/**
 * A searcher over one Russian original: indexes it once, then finds each German quotation
 * anywhere in it, in any order (see `searchWindows`), and decides with a calibrated model
 * whether the best place is the quotation's source or the original lacks it.
 */
export class ReportSearch {
  readonly doc: RuDoc;
  readonly linker: Linker;
  private readonly model: DecisionModel;
  private keep: number;
  private readonly sentencePlaces: number;

  constructor(
    readonly sourceText: string,
    ruQuotes: readonly Quote[],
    ruParagraphs: readonly Span[],
    opts: ReportSearchOptions,
  ) {
    this.doc = new RuDoc(sourceText, ruQuotes, ruParagraphs);
    this.linker = new Linker(this.doc, { lexicons: opts.lexicons, providers: opts.providers ?? [], ...(opts.derivation !== undefined ? { derivation: opts.derivation } : {}) });
    this.model = opts.model ?? DECISION_MODEL;
    this.keep = opts.candidates ?? 3;
    this.sentencePlaces = opts.sentencePlaces ?? SENTENCE_PLACES;
  }

  /** A German token that looks like a name: capitalised and unknown to every lexicon. */
  private isName(t: MatchToken): boolean {
    return t.cap && !t.num && !t.stop && t.lower.length >= 3 && !this.linker.known(t.stem);
  }

  /**
   * The candidates of quotation `q` of `targetText`; `frame` is the German sentence(s) around
   * it (names there tell whether the Russian text's speaker is the one quoted).
   */
  /**
   * How much the German document as a whole reads as a rendering of the Russian one (0..1):
   * the mean, over its segments, of the best share of a segment's content words linked
   * within one Russian paragraph. High for translations (even partial ones), lower for a report
   * in the journalist's own words. Set once per target document (see `setTarget`).
   */
  private docAgreement = 0;
  /** Candidates kept per quotation from now on (the planner keeps more in a translation). */
  setCandidates(n: number): void {
    this.keep = n;
  }

  /**
   * The translation test of German segment `span` of the target text (see `setTarget`): where
   * in the Russian text it is rendered and how completely (null: nothing of it is linked). The
   * selection test reads it, on the search's best window alone: its thresholds (SELECTION_TEST)
   * were chosen on such readings, and weighing SENTENCE_PLACES places there makes a report read
   * as a selection (reporting-dev's np03-permafrost: each German sentence then finds a Russian
   * sentence of its own, in order), 6 of its quotations lost; see shared/align/README.md.
   */
  renderingOf(span: Span): SentenceMatch | null {
    return this.sentenceOf(this.targetText, span, 1);
  }

  /** The German text's own sentences (independent of the caller's segments), see `sentenceOf`. */
  private deSentences: Span[] = [];
  private targetText = '';
  private readonly sentenceCache = new Map<string, SentenceMatch | null>();

  /** Reads the German document's segments once, before its quotations are matched. */
  setTarget(targetText: string, segments: readonly Span[]): void {
    const doc = this.doc;
    this.targetText = targetText;
    this.deSentences = segment(targetText, 'de').segments.map((x) => ({ start: x.start, end: x.end }));
    this.sentenceCache.clear();
    // Content weight of each Russian paragraph, for the Russian side's coverage.
    const paraWeight = new Map<number, number>();
    doc.tokens.forEach((t, i) => {
      if (!t.stop) paraWeight.set(doc.paraOf[i] ?? 0, (paraWeight.get(doc.paraOf[i] ?? 0) ?? 0) + 1);
    });
    let sum = 0;
    let n = 0;
    for (const seg of segments) {
      const tokens = matchTokens(targetText, 'de', seg.start, seg.end).filter((t) => !t.stop);
      if (tokens.length < 3) continue;
      const deCov = new Map<number, number>();
      const ruLinked = new Map<number, Set<number>>();
      for (const t of tokens) {
        const best = new Map<number, number>();
        for (const h of this.linker.hits(t)) {
          const p = doc.paraOf[h.ru] ?? 0;
          if ((best.get(p) ?? 0) < h.strength) best.set(p, h.strength);
          let set = ruLinked.get(p);
          if (!set) ruLinked.set(p, (set = new Set()));
          set.add(h.ru);
        }
        for (const [p, v] of best) deCov.set(p, (deCov.get(p) ?? 0) + v / tokens.length);
      }
      // A rendering covers its source both ways: the German words are linked there, and so is
      // most of the Russian paragraph (a report's paragraph draws on several, partly).
      let top = 0;
      for (const [p, d] of deCov) {
        const r = (ruLinked.get(p)?.size ?? 0) / Math.max(1, paraWeight.get(p) ?? 1);
        top = Math.max(top, Math.min(1, d, r));
      }
      sum += top;
      n++;
    }
    this.docAgreement = n ? sum / n : 0;
  }

  match(targetText: string, q: Quote, frame: Span, prior?: { span: Span | null; score: number }): ReportMatch {
    const { query: base, names } = this.queryOf(targetText, q.start, q.end);
    const query: QuoteQuery = { ...base, context: this.contextOf(targetText, q, frame) };
    const around = this.sentenceSpan(q);
    const sentence = this.sentenceOf(targetText, around);
    const facts: QuoteFacts = {
      kind: q.kind,
      names,
      docAgreement: this.docAgreement,
      ...this.frameNames(targetText, q, around),
      ...(prior ? { prior } : {}),
      ...(sentence ? { sentence } : {}),
      pluperfect: pluperfectFrame(targetText, this.ownSentences(q), { start: q.open.start, end: q.close?.end ?? q.end }),
    };
    const windows = searchWindows(query, this.doc);
    // Spans proposed from elsewhere compete too: the sentence-level matcher's answer, and the
    // Russian quotations of the sentence that the German sentence around the quotation renders.
    const extra: Span[] = [];
    if (prior?.span) extra.push(prior.span);
    if (sentence) for (const rq of this.doc.quotes) if (rq.start >= (this.doc.tokens[sentence.a]?.start ?? 0) && rq.end <= (this.doc.tokens[sentence.b]?.end ?? 0)) extra.push(rq);
    for (const span of extra) {
      if (windows.some((w) => overlapsSpan(this.doc, w, span, 0.9))) continue;
      const [a, b] = this.tokenRange(span);
      if (a <= b) windows.push(windowAt(query, this.doc, a, b));
    }
    const vectors = windows.map((w, k) => features(query, facts, w, marginOf(windows, k), this.doc));
    const none = noneFeatures(query, facts);
    const d = decide(vectors, none, this.model);
    const order = windows.map((_, k) => k).sort((x, y) => (y === d.index ? 1 : 0) - (x === d.index ? 1 : 0) || (d.p[y] ?? 0) - (d.p[x] ?? 0));
    const top = order.slice(0, this.keep);
    const candidates = top.map((k) => this.candidate(targetText, query.tokens, windows[k] as WindowMatch, d.p[k] ?? 0));
    const shown = this.shownCandidates(targetText, q, query, facts, windows, vectors, none, order, d.p);
    const found = d.index >= 0;
    const raw = found ? (d.p[d.index] ?? 0) : d.pNone;
    // The reported score is calibrated on the answer given: P(source right) or P(truly absent).
    const score = calibrated(raw, found, this.model);
    return { quote: q, candidates, shown, found, p: found ? score : 1 - score, none, vectors: top.map((k) => vectors[k] as Float64Array) };
  }

  /**
   * The candidates offered for quotation `q`: the decision's options (`order`, best first) and
   * other cuts of the answer's span (`spanVariants`), weighed by the same model as if they were
   * options too and discounted by VARIANT_PRIOR; the answer first, the rest by that weight.
   */
  private shownCandidates(
    targetText: string,
    q: Quote,
    query: QuoteQuery,
    facts: QuoteFacts,
    windows: readonly WindowMatch[],
    vectors: readonly Float64Array[],
    none: Float64Array,
    order: readonly number[],
    p: readonly number[],
  ): QuoteCandidate[] {
    const head = order[0];
    if (head === undefined) return [];
    const options = order.map((k) => ({ w: windows[k] as WindowMatch, p: p[k] ?? 0 }));
    // The softmax's normaliser over the decision's options, so that a variant's weight reads on
    // the same scale as theirs.
    const u = vectors.map((v) => utility(v, this.model.weights));
    const un = utility(none, this.model.none);
    const mx = Math.max(un, ...u);
    const z = Math.exp(un - mx) + u.reduce((acc, x) => acc + Math.exp(x - mx), 0);
    const seen = new Set(windows.map((w) => `${w.sa}:${w.sb}`));
    for (const r of spanVariants(this.doc, windows[head] as WindowMatch, query.words, sentencesIn(targetText.slice(q.start, q.end)))) {
      if (seen.has(`${r.a}:${r.b}`)) continue;
      seen.add(`${r.a}:${r.b}`);
      const w = windowAt(query, this.doc, r.a, r.b);
      const e = Math.exp(utility(features(query, facts, w, w.rank, this.doc), this.model.weights) - mx);
      options.push({ w, p: (VARIANT_PRIOR * e) / (z + e) });
    }
    const [first, ...rest] = options;
    return [first as (typeof options)[number], ...rest.sort((x, y) => y.p - x.p)]
      .slice(0, this.keep)
      .map((x) => this.candidate(targetText, query.tokens, x.w, x.p));
  }

  /** The search query of the German text [start, end): its tokens and evidence units. */
  private queryOf(targetText: string, start: number, end: number): { query: QuoteQuery; names: boolean[] } {
    const tokens = matchTokens(targetText, 'de', start, end);
    const names = tokens.map((t) => this.isName(t));
    const units: QueryUnit[] = [];
    tokens.forEach((t, i) => {
      const w = t.num ? (t.stem === '#neg' ? NEGATION_WEIGHT : NUMBER_WEIGHT) : names[i] ? NAME_WEIGHT : 1;
      for (const u of this.linker.units(t)) units.push({ token: i, weight: w * u.share, hits: u.hits });
    });
    return { query: { tokens, units, words: tokens.length }, names };
  }

  /**
   * The translation test of German sentence(s) `span` (the text's own sentence segmentation,
   * whatever the caller's): where they are rendered and how completely, weighing `places` of
   * the search's windows (default SENTENCE_PLACES, see `sentenceMatch`).
   */
  private sentenceOf(targetText: string, span: Span, places = this.sentencePlaces): SentenceMatch | null {
    const key = `${span.start}:${span.end}:${places}`;
    if (this.sentenceCache.has(key)) return this.sentenceCache.get(key) ?? null;
    const m = sentenceMatch(this.queryOf(targetText, span.start, span.end).query, this.doc, places);
    this.sentenceCache.set(key, m);
    return m;
  }

  /** The German text's own sentence(s) that quotation `q` (with its marks) lies in. */
  private ownSentences(q: Quote): Span {
    const from = q.open.start;
    const to = q.close?.end ?? q.end;
    let start = from;
    let end = to;
    for (const s of this.deSentences) {
      if (s.end <= from || s.start >= to) continue;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    return { start, end };
  }

  /** The German sentence(s) holding quotation `q`, by the text's own sentence segmentation. */
  private sentenceSpan(q: Quote): Span {
    const from = q.open.start;
    const to = q.close?.end ?? q.end;
    const own = this.ownSentences(q);
    const end = own.end;
    let start = own.start;
    // A quotation announced by a colon (sagte Orlow: „…“) is a sentence of its own.
    const colon = this.targetText.lastIndexOf(':', from);
    if (colon >= start && /^[\s\u00a0]*$/.test(this.targetText.slice(colon + 1, from))) start = colon + 1;
    return quotationSentence(this.targetText, { start, end }, from, to);
  }

  /**
   * Agreement of the German sentence(s) around the quotation with each Russian paragraph:
   * the weighted share of the frame's content words that have a link in the paragraph. In a
   * translation the frame renders the Russian context and pins the place; in a report it is
   * the journalist's own prose and agrees little anywhere.
   */
  private contextOf(targetText: string, q: Quote, frame: Span): ((paragraph: number) => number) | undefined {
    const outer = { start: q.open.start, end: q.close?.end ?? q.end };
    const tokens = matchTokens(targetText, 'de', frame.start, frame.end).filter((t) => !t.stop && (t.end <= outer.start || t.start >= outer.end));
    if (tokens.length < 2) return undefined;
    const byPara = new Map<number, number>();
    const W = tokens.length;
    for (const t of tokens) {
      const best = new Map<number, number>();
      for (const h of this.linker.hits(t)) {
        const p = this.doc.paraOf[h.ru] ?? 0;
        if ((best.get(p) ?? 0) < h.strength) best.set(p, h.strength);
      }
      for (const [p, s] of best) byPara.set(p, (byPara.get(p) ?? 0) + s / W);
    }
    return (p) => Math.min(1, byPara.get(p) ?? 0);
  }

  /** The tokens inside a character span (first, last; last < first when none). */
  private tokenRange(s: Span): [number, number] {
    const ts = this.doc.tokens;
    let a = 0;
    while (a < ts.length && (ts[a] as MatchToken).start < s.start) a++;
    let b = a - 1;
    while (b + 1 < ts.length && (ts[b + 1] as MatchToken).end <= s.end) b++;
    return [a, b];
  }

  /** Names in the frame outside the quotation: found in the Russian text, or not. */
  private frameNames(targetText: string, q: Quote, frame: Span): { frameHit: number; frameMiss: number } {
    let frameHit = 0;
    let frameMiss = 0;
    const seen = new Set<string>();
    for (const t of matchTokens(targetText, 'de', frame.start, frame.end)) {
      if (t.end > q.open.start && t.start < (q.close?.end ?? q.end)) continue;
      if (!this.isName(t) || seen.has(t.lower)) continue;
      seen.add(t.lower);
      const found = this.linker.hits(t).some((h) => (h.kind === 'name' || h.kind === 'cognate') && h.strength >= 0.8);
      if (found) frameHit++;
      else frameMiss++;
    }
    return { frameHit, frameMiss };
  }

  private candidate(targetText: string, tokens: readonly MatchToken[], w: WindowMatch, p: number): QuoteCandidate {
    const ru = this.doc.tokens;
    const start = (ru[w.sa] as MatchToken).start;
    const end = (ru[w.sb] as MatchToken).end;
    const evidence: WordEvidence[] = w.links
      .filter((l) => l.ru >= w.sa && l.ru <= w.sb)
      .map((l) => {
        const d = tokens[l.de] as MatchToken;
        const r = ru[l.ru] as MatchToken;
        return {
          de: { start: d.start, end: d.end, text: targetText.slice(d.start, d.end) },
          ru: { start: r.start, end: r.end, text: this.sourceText.slice(r.start, r.end) },
          by: l.kind,
          strength: Math.round(l.strength * 1000) / 1000,
        };
      });
    return { source: { start, end, text: this.sourceText.slice(start, end) }, score: Math.round(p * 1000) / 1000, evidence };
  }
}

/**
 * How far window k ranks above its best rival (the `margin` feature of the decision model): the
 * best-ranked search window at another place, i.e. not overlapping k's linked tokens (a tight cut
 * shares its window's place and margin). The place the search ranks first gets its lead over the
 * second, every other place 0, a place without rivals its whole rank; spans proposed from
 * elsewhere (rank 0) are nobody's rival and get 0. Independent of the order of the list: the
 * margin used to be taken against the next window in the list, so the last one (often a tight
 * cut of a weak place, before the proposed spans) got its whole rank as a lead.
 */
export function marginOf(windows: readonly WindowMatch[], k: number): number {
  const w = windows[k] as WindowMatch;
  let rival = -1;
  for (let j = 0; j < windows.length; j++) {
    const o = windows[j] as WindowMatch;
    if (j === k || o.rank <= 0 || (o.a <= w.b && w.a <= o.b)) continue;
    rival = Math.max(rival, o.rank);
  }
  return rival < 0 ? w.rank : Math.max(0, w.rank - rival);
}

/** Whether a candidate's span overlaps a character span by `min` or more (IoU). */
/**
 * Where text[s.start, s.end) passes from one quotation to the next with no comma or word between:
 * a quotation of at least three words closes, and the next sentence or quotation begins right
 * after it („…“ Wörtlich hieß es: „…“; „…“. „dass …“; „…“ „…“). Whatever the segmenter made of
 * them, two sentences meet there, the second holding another quotation. Each joint: where the
 * first part ends (after the mark and its punctuation) and where the next begins. A quotation of
 * one or two words (a term: der „typische“ Besuch) is part of its sentence's prose.
 */
export function quotationJoints(text: string, s: Span): { end: number; next: number }[] {
  const out: { end: number; next: number }[] = [];
  const close = /[“”»«"›‹]([.!?…]?)[\s\u00a0]+(?=[A-ZÄÖÜ„«»“"‹›])/g;
  close.lastIndex = s.start;
  for (let m = close.exec(text); m && m.index < s.end; m = close.exec(text)) {
    const next = m.index + m[0].length;
    const open = Math.max(s.start, ...[...OPEN_MARKS].map((c) => text.lastIndexOf(c, m.index - 1)));
    if (wordCount(text.slice(open, m.index)) < 3) continue;
    if (!/[„«»“"‹›]\p{L}/u.test(text.slice(next, s.end))) continue;
    out.push({ end: m.index + 1 + (m[1]?.length ?? 0), next });
  }
  return out;
}

/**
 * The sentence `s` around a quotation whose marks span [from, to), cut at the quotation joints
 * (see quotationJoints) before and after it: another quotation's words must not pass for the
 * frame of this one (the translation test would find the other quotation's source).
 */
export function quotationSentence(text: string, s: Span, from: number, to: number): Span {
  let { start, end } = s;
  for (const j of quotationJoints(text, s)) {
    if (j.next <= from) start = Math.max(start, j.next);
    else if (j.end >= to && j.end < end) end = j.end;
  }
  return { start, end };
}

const OPEN_MARKS = '„«»“"‹›';

function wordCount(s: string): number {
  return s.match(/\p{L}+/gu)?.length ?? 0;
}

function overlapsSpan(doc: RuDoc, w: WindowMatch, s: Span, min = 0.5): boolean {
  const a = doc.tokens[w.sa]?.start ?? 0;
  const b = doc.tokens[w.sb]?.end ?? 0;
  const inter = Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
  return inter / (b - a + (s.end - s.start) - inter || 1) >= min;
}
