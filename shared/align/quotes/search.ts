import type { Hit, EvidenceKind } from '../match/links';
import { Gap, type RuDoc } from '../match/ru-doc';
import type { MatchToken } from '../match/tokens';

/** One unit of evidence of the quotation: a word or a compound's part, with its links. */
export interface QueryUnit {
  /** Index of the German token in `QuoteQuery.tokens`. */
  token: number;
  weight: number;
  hits: readonly Hit[];
}

/** A German quotation prepared for the search: its tokens and evidence units. */
export interface QuoteQuery {
  tokens: readonly MatchToken[];
  units: readonly QueryUnit[];
  /** Number of words (function words included). */
  words: number;
  /**
   * How well the German sentence around the quotation matches the Russian paragraph of
   * token i's paragraph number (0..1), see ReportSearch; absent: no context.
   */
  context?: (paragraph: number) => number;
}

/** One word link inside a candidate: German token `de` (unit `unit`) rendered by Russian token `ru`. */
export interface WordLink {
  de: number;
  unit: number;
  ru: number;
  strength: number;
  kind: EvidenceKind;
}

/** A place in the Russian text where a quotation may come from. */
export interface WindowMatch {
  /** First and last linked Russian token. */
  a: number;
  b: number;
  /** The span after snapping (token range), see `snap`. */
  sa: number;
  sb: number;
  /** Weighted share of the German words linked inside the window (0..1). */
  deCover: number;
  /** Weighted share of the Russian words of the snapped span that are linked (0..1). */
  ruCover: number;
  /** Absolute linked German weight. */
  mass: number;
  /** Ranking score of the search (before the calibrated model). */
  rank: number;
  /** Best link of each linked German token. */
  links: WordLink[];
  /** Index of the Russian «…» quotation holding the whole span, -1 for none. */
  quote: number;
  /** Context agreement of the span's paragraph (see QuoteQuery.context). */
  context: number;
}

/** Options of the search. */
export interface SearchOptions {
  /** Windows kept (non-overlapping, best first). */
  keep: number;
  /** Weight of the Russian coverage against the German one in the ranking (F-beta's beta). */
  beta: number;
  /** Ranking bonus of a window inside a Russian quotation. */
  quotedBonus: number;
  /** Ranking weight of the context agreement. */
  contextWeight: number;
}

export const SEARCH_OPTIONS: SearchOptions = { keep: 5, beta: 2, quotedBonus: 0.1, contextWeight: 0.5 };

interface Entry {
  pos: number;
  de: number;
  s: number;
  kind: EvidenceKind;
}

function totalWeight(q: QuoteQuery): number {
  let W = 0;
  for (const u of q.units) W += u.weight;
  return W;
}

/** Every (Russian position, German token, strength) link of the quotation, by position. */
function entriesOf(q: QuoteQuery): Entry[] {
  const entries: Entry[] = [];
  q.units.forEach((u, k) => {
    if (!u.weight) return;
    for (const h of u.hits) entries.push({ pos: h.ru, de: k, s: h.strength, kind: h.kind });
  });
  return entries.sort((x, y) => x.pos - y.pos || x.de - y.de);
}

/**
 * The candidate made of exactly Russian tokens a..b (a span proposed from elsewhere, e.g. the
 * sentence-level matcher), with its links and coverages; rank 0.
 */
export function windowAt(q: QuoteQuery, doc: RuDoc, a: number, b: number): WindowMatch {
  return finish(q, doc, a, b, 0, Math.max(1e-9, totalWeight(q)), entriesOf(q), false);
}

/**
 * Order-free search of one quotation over the whole Russian document: every window between
 * two linked Russian tokens (within a paragraph, across sentence ends, up to about 1.6 times
 * the quotation's length) is scored by weighted coverage both ways; the best window of each
 * starting point competes, and the best non-overlapping ones are returned, best first.
 */
export function searchWindows(q: QuoteQuery, doc: RuDoc, opts: SearchOptions = SEARCH_OPTIONS): WindowMatch[] {
  const n = q.units.length;
  const W = totalWeight(q);
  if (W <= 0) return [];
  const entries = entriesOf(q);
  if (!entries.length) return [];
  const maxSpan = Math.ceil(1.6 * q.words) + 4;
  const best = new Float64Array(n);
  const bestAt = new Int32Array(n);
  const touched: number[] = [];
  const beta2 = opts.beta * opts.beta;
  const perStart: { a: number; b: number; rank: number; mass: number; dc: number }[] = [];
  for (let k = 0; k < entries.length; k++) {
    const a = (entries[k] as Entry).pos;
    if (k > 0 && (entries[k - 1] as Entry).pos === a) continue;
    let mass = 0;
    let ruMatched = 0;
    let top: { a: number; b: number; rank: number; mass: number; dc: number } | null = null;
    let e = k;
    while (e < entries.length) {
      const pos = (entries[e] as Entry).pos;
      if (pos - a > maxSpan) break;
      if (pos > a && crossesParagraph(doc, a, pos)) break;
      let ruBest = 0;
      while (e < entries.length && (entries[e] as Entry).pos === pos) {
        const x = entries[e] as Entry;
        if (x.s > (best[x.de] ?? 0)) {
          if (!best[x.de]) touched.push(x.de);
          mass += (q.units[x.de]?.weight ?? 0) * (x.s - (best[x.de] ?? 0));
          best[x.de] = x.s;
          bestAt[x.de] = pos;
        }
        if (x.s > ruBest) ruBest = x.s;
        e++;
      }
      ruMatched += (doc.weight[pos] ?? 0) * ruBest;
      const dc = mass / W;
      const ruW = doc.weightOf(a, pos);
      const rc = ruW > 0 ? Math.min(1, ruMatched / ruW) : 0;
      const f = dc > 0 && rc > 0 ? ((1 + beta2) * dc * rc) / (beta2 * rc + dc) : 0;
      if (!top || f > top.rank) top = { a, b: pos, rank: f, mass, dc };
    }
    for (const i of touched) best[i] = 0;
    touched.length = 0;
    if (top) perStart.push(top);
  }
  for (const w of perStart) {
    if (insideOneQuote(doc, w.a, w.b) >= 0) w.rank += opts.quotedBonus * w.rank;
    if (q.context) w.rank += opts.contextWeight * q.context(doc.paraOf[w.a] ?? 0) * w.rank;
  }
  perStart.sort((x, y) => y.rank - x.rank || x.a - y.a);
  const chosen: WindowMatch[] = [];
  for (const w of perStart) {
    if (chosen.length >= opts.keep) break;
    if (chosen.some((c) => w.a <= c.b && c.a <= w.b)) continue;
    chosen.push(finish(q, doc, w.a, w.b, w.rank, W, entries));
  }
  // The linked tokens alone compete as well, where snapping widened them: a quoted fragment
  // often renders just the words it links (реалии на земле, not который учитывает реалии на земле).
  // Linked tokens across a sentence end are no fragment: a quotation renders whole sentences
  // there, which the snapped window already offers.
  const tight: WindowMatch[] = [];
  for (const c of chosen) {
    if (c.sa === c.a && c.sb === c.b) continue;
    if (doc.sentOf[c.a] !== doc.sentOf[c.b]) continue;
    let a = c.a;
    let b = c.b;
    while (a < b && doc.tokens[a]?.stop) a++;
    while (b > a && doc.tokens[b]?.stop) b--;
    if (b - a + 1 >= Math.min(2, q.words)) tight.push(finish(q, doc, a, b, c.rank, W, entries, false));
  }
  return [...chosen, ...tight];
}

function crossesParagraph(doc: RuDoc, a: number, b: number): boolean {
  for (let i = a + 1; i <= b; i++) if (doc.gap[i] === Gap.Paragraph) return true;
  return false;
}

/** Index of the Russian quotation holding tokens a..b, or -1. */
function insideOneQuote(doc: RuDoc, a: number, b: number): number {
  const qa = doc.quoteOf[a] ?? -1;
  return qa >= 0 && qa === doc.quoteOf[b] ? qa : -1;
}

/** The window's links (best per German token), snapped span and coverages. */
function finish(q: QuoteQuery, doc: RuDoc, a: number, b: number, rank: number, W: number, entries: readonly Entry[], snapIt = true): WindowMatch {
  const links = new Map<number, WordLink>();
  const ruBest = new Map<number, number>();
  for (const x of entries) {
    if (x.pos < a) continue;
    if (x.pos > b) break;
    const cur = links.get(x.de);
    if (!cur || cur.strength < x.s) links.set(x.de, { de: q.units[x.de]?.token ?? 0, unit: x.de, ru: x.pos, strength: x.s, kind: x.kind });
    if ((ruBest.get(x.pos) ?? 0) < x.s) ruBest.set(x.pos, x.s);
  }
  let mass = 0;
  for (const l of links.values()) mass += (q.units[l.unit]?.weight ?? 0) * l.strength;
  const quote = insideOneQuote(doc, a, b);
  const [sa, sb] = snapIt ? snap(doc, a, b, q.words, quote) : [a, b];
  let ruMatched = 0;
  for (const [pos, s] of ruBest) if (pos >= sa && pos <= sb) ruMatched += (doc.weight[pos] ?? 0) * s;
  const ruW = doc.weightOf(sa, sb);
  return {
    a,
    b,
    sa,
    sb,
    deCover: mass / W,
    ruCover: ruW > 0 ? Math.min(1, ruMatched / ruW) : 0,
    mass,
    rank,
    links: [...links.values()].sort((x, y) => x.unit - y.unit),
    quote: insideOneQuote(doc, sa, sb),
    context: q.context ? q.context(doc.paraOf[a] ?? 0) : 0,
  };
}

/** German words per Russian word in a rendering (Russian has no articles). */
export const WORDS_RATIO = 0.85;

/**
 * Widens the linked tokens a..b to the span the quotation renders: the whole Russian
 * quotation when the window holds most of it or the German is about as long; otherwise about
 * as many words as the German has, growing inside the clause first and across clause marks
 * only when far too short, never across a sentence end the window does not already cross;
 * a clause left short by one or two words is taken whole.
 */
export function snap(doc: RuDoc, a: number, b: number, deWords: number, quote: number): [number, number] {
  const n = doc.tokens.length;
  if (quote >= 0) {
    let qa = a;
    let qb = b;
    while (qa > 0 && doc.quoteOf[qa - 1] === quote) qa--;
    while (qb + 1 < n && doc.quoteOf[qb + 1] === quote) qb++;
    const qWords = qb - qa + 1;
    if ((b - a + 1) / qWords >= 0.5 || deWords >= 0.6 * qWords * WORDS_RATIO) return [qa, qb];
  }
  const want = Math.max(b - a + 1, Math.round(deWords * WORDS_RATIO));
  let sa = a;
  let sb = b;
  const inQuote = (i: number): boolean => quote < 0 || doc.quoteOf[i] === quote;
  const grow = (limit: number): void => {
    let turn = 0;
    let stuck = 0;
    while (sb - sa + 1 < want && stuck < 2) {
      const right = turn % 2 === 0;
      turn++;
      if (right) {
        if (sb + 1 < n && (doc.gap[sb + 1] ?? 3) <= limit && inQuote(sb + 1)) {
          sb++;
          stuck = 0;
        } else stuck++;
      } else if (sa > 0 && (doc.gap[sa] ?? 3) <= limit && inQuote(sa - 1)) {
        sa--;
        stuck = 0;
      } else stuck++;
    }
  };
  grow(Gap.None);
  if (sb - sa + 1 < 0.75 * want) grow(Gap.Clause);
  // A clause nearly covered is taken whole.
  let ea = sa;
  while (ea > 0 && doc.gap[ea] === Gap.None && sa - ea < 3 && inQuote(ea - 1)) ea--;
  if (ea > 0 && doc.gap[ea] === Gap.None) ea = sa;
  let eb = sb;
  while (eb + 1 < n && doc.gap[eb + 1] === Gap.None && eb - sb < 3 && inQuote(eb + 1)) eb++;
  if (eb + 1 < n && doc.gap[eb + 1] === Gap.None) eb = sb;
  if (sa - ea <= 2 && want >= 3) sa = ea;
  if (eb - sb <= 2 && want >= 3) sb = eb;
  // A span does not end on a function word the widening took in (… 12 процентов и).
  while (sb > b && doc.tokens[sb]?.stop) sb--;
  return [sa, sb];
}

/** Where a whole German sentence is rendered in the Russian text, and how completely. */
export interface SentenceMatch {
  /** First and last token of the Russian sentence(s) holding the best window. */
  a: number;
  b: number;
  /** Weighted share of the German sentence's words linked there (0..1). */
  deCover: number;
  /** Weighted share of those Russian sentences' words linked (0..1). */
  ruCover: number;
  /** Harmonic mean of the two: high when the German sentence translates the Russian one(s). */
  score: number;
}

/**
 * Places the translation test weighs (`sentenceMatch`): the best windows of the search, each
 * widened to whole Russian sentences and scored both ways. The search ranks windows by F2,
 * German coverage first, so a loose window spread over a long Russian sentence that shares
 * many words with the German one can rank above the short sentence it translates; the place
 * that covers both ways best is the rendered one. Chosen by 10-fold cross-validation over the
 * cases of `npm run bench -- fit-decision` from SENTENCE_PLACES_GRID (see shared/align/README.md).
 */
export const SENTENCE_PLACES = 5;
/** The numbers of places the fitting bench tries for SENTENCE_PLACES (1: the best window alone). */
export const SENTENCE_PLACES_GRID: readonly number[] = [1, 2, 3, 5, 8];

/**
 * The translation test of one German sentence (the sentence around a quotation, quotation
 * included): its `places` best windows in the Russian text (default SENTENCE_PLACES), each
 * widened to whole Russian sentences and scored by the coverage both ways; the place whose
 * harmonic mean of the two is highest (the better-ranked window on a tie). A German sentence
 * that renders a Russian one covers it both ways; a reporter's sentence around a quoted
 * fragment covers a little of it, one way.
 */
export function sentenceMatch(q: QuoteQuery, doc: RuDoc, places = SENTENCE_PLACES): SentenceMatch | null {
  const keep = Math.max(1, places);
  // The first `keep` windows are the search's own (non-overlapping); the tight cuts after them
  // hold a subset of a window's links in the same sentence and could never score higher.
  const windows = searchWindows({ ...q, context: undefined }, doc, { ...SEARCH_OPTIONS, keep, contextWeight: 0, quotedBonus: 0 }).slice(0, keep);
  let best: SentenceMatch | null = null;
  for (const w of windows) {
    const m = sentencePlace(w, doc);
    if (!best || m.score > best.score) best = m;
  }
  return best;
}

/** Window `w` widened to the whole Russian sentence(s) it touches, with its coverage both ways. */
function sentencePlace(w: WindowMatch, doc: RuDoc): SentenceMatch {
  let a = w.a;
  let b = w.b;
  const n = doc.tokens.length;
  while (a > 0 && doc.sentOf[a - 1] === doc.sentOf[w.a]) a--;
  while (b + 1 < n && doc.sentOf[b + 1] === doc.sentOf[w.b]) b++;
  const ruBest = new Map<number, number>();
  for (const l of w.links) if ((ruBest.get(l.ru) ?? 0) < l.strength) ruBest.set(l.ru, l.strength);
  let ruMatched = 0;
  for (const [pos, s] of ruBest) ruMatched += (doc.weight[pos] ?? 0) * s;
  const ruW = doc.weightOf(a, b);
  const ruCover = ruW > 0 ? Math.min(1, ruMatched / ruW) : 0;
  const deCover = w.deCover;
  const score = deCover > 0 && ruCover > 0 ? (2 * deCover * ruCover) / (deCover + ruCover) : 0;
  return { a, b, deCover, ruCover, score };
}
