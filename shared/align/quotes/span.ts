import type { Quote } from '../../text/quotes';
import type { Span } from '../../types';
import { isContent, tokenId, type LinkTable, type SegInfo } from './evidence';
import { tokenize } from './lexical';

/** Where the German quotation sits and what the matched Russian sentence(s) offer. */
export interface SpanContext {
  ruText: string;
  /** The matched Russian sentence(s), as one region. */
  ruRegion: Span;
  /** Top-level Russian quotations of the whole document. */
  ruQuotes: readonly Quote[];
  ruSegs: readonly SegInfo[];
  deText: string;
  /** The German sentence(s) holding the quotation. */
  deRegion: Span;
  deSegs: readonly SegInfo[];
  /** The German quotation; `depth` > 0 when it stands inside another (see findQuotes). */
  quote: Span & { depth?: number };
  /** Word links of the document pair (German token id -> Russian token ids). */
  links: LinkTable;
}

/** A chosen Russian span with the confidence that it is the quotation's counterpart. */
export interface SpanChoice extends Span {
  confidence: number;
}

const CLAUSE_MARK = /[,;:()\u2013\u2014«»„“"”.!?]/;

function trim(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /[\s,;:\u2013\u2014-]/.test(text[a] ?? '')) a++;
  while (b > a && /[\s,;:\u2013\u2014-]/.test(text[b - 1] ?? '')) b--;
  return a < b ? { start: a, end: b } : s;
}

/** Widen a span to the clause marks around it, never beyond `region`. */
function toClause(text: string, s: Span, region: Span): Span {
  let a = s.start;
  while (a > region.start && !CLAUSE_MARK.test(text[a - 1] ?? '')) a--;
  let b = s.end;
  while (b < region.end && !CLAUSE_MARK.test(text[b] ?? '')) b++;
  return trim(text, { start: a, end: b });
}

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Grow `s` word by word inside `limit` (right first) until it holds `words` words. */
function widenToWords(text: string, s: Span, limit: Span, words: number): Span {
  let { start, end } = s;
  let n = countWords(text.slice(start, end));
  const word = /[\p{L}\p{N}]/u;
  let turn = 0;
  while (n < words) {
    let moved = false;
    if (turn % 2 === 0 && end < limit.end) {
      let e = end;
      while (e < limit.end && !word.test(text[e] ?? '')) e++;
      while (e < limit.end && word.test(text[e] ?? '')) e++;
      if (e > end) {
        end = e;
        moved = true;
      }
    } else if (start > limit.start) {
      let b = start;
      while (b > limit.start && !word.test(text[b - 1] ?? '')) b--;
      while (b > limit.start && word.test(text[b - 1] ?? '')) b--;
      if (b < start) {
        start = b;
        moved = true;
      }
    }
    turn++;
    if (!moved && (end >= limit.end || turn % 2 === 0) && start <= limit.start && end >= limit.end) break;
    if (turn > 4 * words + 8) break;
    n = countWords(text.slice(start, end));
  }
  return { start, end };
}

interface Anchor extends Span {
  /** Index of the German word it is linked to. */
  de: number;
}

/** Russian positions linked to words of the German quotation (cognates, names, numbers, lexicon). */
function anchors(ctx: SpanContext): Anchor[] {
  const deLinks = tokenize(ctx.deText, ctx.quote.start, ctx.quote.end)
    .filter(isContent)
    .map((t) => ctx.links.get(tokenId(t)));
  const out: Anchor[] = [];
  if (deLinks.every((l) => l === undefined)) return out;
  const region = ctx.ruRegion;
  for (const seg of ctx.ruSegs) {
    // Only the segments that meet the region can hold anchors; skipping the rest keeps this
    // linear in the region, not in the document (it runs once per quotation).
    if (seg.end < region.start || seg.start > region.end) continue;
    for (const r of seg.tokens) {
      if (r.start < ctx.ruRegion.start || r.end > ctx.ruRegion.end) continue;
      const id = tokenId(r);
      const k = deLinks.findIndex((l) => l !== undefined && l.has(id));
      if (k >= 0) out.push({ start: r.start, end: r.end, de: k });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The shortest run of anchors that links the most distinct German words. */
function densest(as: readonly Anchor[]): Span | null {
  let best: Span | null = null;
  let bestCount = 0;
  for (let i = 0; i < as.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < as.length; j++) {
      seen.add((as[j] as Anchor).de);
      const span = { start: (as[i] as Anchor).start, end: (as[j] as Anchor).end };
      if (seen.size > bestCount || (seen.size === bestCount && best && span.end - span.start < best.end - best.start)) {
        best = span;
        bestCount = seen.size;
      }
    }
  }
  return best;
}

/** Case-insensitive verbatim occurrence of the quotation (names and titles kept in Latin script). */
function verbatim(ctx: SpanContext): Span | null {
  const q = ctx.deText.slice(ctx.quote.start, ctx.quote.end).trim();
  if (q.length < 3 || !/\p{L}/u.test(q)) return null;
  const hay = ctx.ruText.slice(ctx.ruRegion.start, ctx.ruRegion.end).toLowerCase();
  const k = hay.indexOf(q.toLowerCase());
  return k < 0 ? null : { start: ctx.ruRegion.start + k, end: ctx.ruRegion.start + k + q.length };
}

/** Per list of Russian quotations sorted by start: the largest end among its first k + 1 (see quoteWindow). */
const endsSoFar = new WeakMap<readonly Quote[], Float64Array | null>();

/**
 * Indices [from, to) of `quotes` outside of which none overlaps `region` (the whole list when it
 * is not sorted by start). A long translation places each of its quotations this way, and a
 * scan of all of the original's quotations per quotation grew with the square of the document.
 */
function quoteWindow(quotes: readonly Quote[], region: Span): [number, number] {
  let ends = endsSoFar.get(quotes);
  if (ends === undefined) {
    ends = new Float64Array(quotes.length);
    let max = -Infinity;
    for (let k = 0; k < quotes.length && ends; k++) {
      const q = quotes[k]!;
      if (k > 0 && q.start < quotes[k - 1]!.start) ends = null;
      else ends[k] = max = Math.max(max, q.end);
    }
    endsSoFar.set(quotes, ends);
  }
  if (!ends) return [0, quotes.length];
  // Those from `to` on start at the region's end or later; those before `from` end at its start or earlier.
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < region.end) lo = mid + 1;
    else hi = mid;
  }
  const to = lo;
  lo = 0;
  hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= region.start) lo = mid + 1;
    else hi = mid;
  }
  return [lo, to];
}

/**
 * Inside the Russian sentence(s) that render the German sentence, the span that renders the
 * German quotation: the Russian quotation that corresponds best (relative position, length,
 * shared names and cognates); without one, the whole sentence when the quotation is most of
 * the German sentence, else the clause around the words it shares or its relative position.
 */
export function chooseSourceSpan(ctx: SpanContext): SpanChoice {
  const { ruRegion, deRegion, quote } = ctx;
  const deLen = Math.max(1, deRegion.end - deRegion.start);
  const ruLen = Math.max(1, ruRegion.end - ruRegion.start);
  const qStart = (quote.start - deRegion.start) / deLen;
  const qEnd = (quote.end - deRegion.start) / deLen;
  // Russian quotations inside the matched sentence(s), or mostly inside (a quotation may run
  // over more sentences than the German one matched); a nested one only for a nested German
  // quotation (‚…‘ in „…“ renders „…“ in «…»), so that a top-level one is placed as before.
  const inside: Quote[] = [];
  const [from, to] = quoteWindow(ctx.ruQuotes, ruRegion);
  for (let k = from; k < to; k++) {
    const r = ctx.ruQuotes[k]!;
    if (r.depth > 0 && !quote.depth) continue;
    const overlap = Math.min(r.end, ruRegion.end) - Math.max(r.start, ruRegion.start);
    if (overlap > 0 && overlap >= 0.5 * Math.min(r.end - r.start, ruLen)) inside.push(r);
  }
  const hits = anchors(ctx);

  if (inside.length) {
    let best: Quote | undefined;
    let bestCost = Infinity;
    let second = Infinity;
    for (const r of inside) {
      const rs = (r.start - ruRegion.start) / ruLen;
      const re = (r.end - ruRegion.start) / ruLen;
      const shared = hits.filter((h) => h.start >= r.start && h.end <= r.end).length;
      const cost = Math.abs(rs - qStart) + Math.abs(re - qEnd) - 0.25 * Math.min(shared, 4);
      if (cost < bestCost) {
        second = bestCost;
        bestCost = cost;
        best = r;
      } else if (cost < second) second = cost;
    }
    if (best) {
      const margin = second === Infinity ? 1 : Math.min(1, second - bestCost);
      return { start: best.start, end: best.end, confidence: inside.length === 1 ? 0.95 : 0.7 + 0.25 * margin };
    }
  }
  if (qEnd - qStart >= 0.6) return { ...trim(ctx.ruText, ruRegion), confidence: 0.9 };
  const exact = verbatim(ctx);
  if (exact) return { ...exact, confidence: 0.95 };
  const hull = densest(hits);
  if (hull) {
    const clause = toClause(ctx.ruText, hull, ruRegion);
    const words = countWords(ctx.deText.slice(quote.start, quote.end));
    // A short quotation: its linked words, widened to about as many Russian words, not the clause.
    if (words <= 6) return { ...widenToWords(ctx.ruText, hull, clause, words), confidence: 0.75 };
    return { ...clause, confidence: 0.7 };
  }
  const guess = {
    start: Math.round(ruRegion.start + qStart * ruLen),
    end: Math.max(Math.round(ruRegion.start + qEnd * ruLen), Math.round(ruRegion.start + qStart * ruLen) + 1),
  };
  return { ...toClause(ctx.ruText, guess, ruRegion), confidence: 0.5 };
}
