import { segment } from '../../text/segment';
import { Gap, type RuDoc } from '../match/ru-doc';
import { WORDS_RATIO, type WindowMatch } from './search';

/** A token range of the Russian text (first, last; inclusive). */
export interface TokenRange {
  a: number;
  b: number;
}

/**
 * Other readings of the span of one place in the Russian text: the same linked words, cut
 * differently. The search snaps a window to one span (the Russian quotation, or about the German
 * length inside the clause), and where that span is too wide or too narrow the right reading is
 * often one of these:
 * - the whole Russian sentence(s) holding the links, as many as the German quotation has
 *   sentences (a quoted sentence renders a sentence; a snapped span may run across two);
 * - the linked words alone, function words at the ends left out;
 * - about the German length grown from the first linked word rightwards, and from the last one
 *   leftwards, inside the clause (a fragment often starts or ends at its linked head word).
 * Ranges equal to the window's own span are left out; the rest is distinct.
 */
export function spanVariants(doc: RuDoc, w: WindowMatch, deWords: number, deSentences: number): TokenRange[] {
  const linked = w.links.map((l) => l.ru).filter((r) => r >= Math.min(w.a, w.sa) && r <= Math.max(w.b, w.sb));
  if (!linked.length) return [];
  const lo = Math.min(...linked);
  const hi = Math.max(...linked);
  const out: TokenRange[] = [];
  const add = (a: number, b: number): void => {
    if (a > b || (a === w.sa && b === w.sb)) return;
    if (out.some((r) => r.a === a && r.b === b)) return;
    out.push({ a, b });
  };
  const sent = sentenceRange(doc, w, Math.max(1, deSentences));
  if (sent) add(sent.a, sent.b);
  let ta = lo;
  let tb = hi;
  while (ta < tb && doc.tokens[ta]?.stop) ta++;
  while (tb > ta && doc.tokens[tb]?.stop) tb--;
  add(ta, tb);
  const want = Math.max(hi - lo + 1, Math.round(deWords * WORDS_RATIO));
  if (want > hi - lo + 1) {
    let b = hi;
    while (b - lo + 1 < want && b + 1 < doc.tokens.length && doc.gap[b + 1] === Gap.None) b++;
    while (b > hi && doc.tokens[b]?.stop) b--;
    add(lo, b);
    let a = lo;
    while (hi - a + 1 < want && a > 0 && doc.gap[a] === Gap.None) a--;
    while (a < lo && doc.tokens[a]?.stop) a++;
    add(a, hi);
  }
  return out;
}

/**
 * The `k` consecutive Russian sentences (within one paragraph) that hold the most link strength of
 * window `w`, as a token range; null when the window has no links.
 */
export function sentenceRange(doc: RuDoc, w: WindowMatch, k: number): TokenRange | null {
  const mass = new Map<number, number>();
  for (const l of w.links) mass.set(doc.sentOf[l.ru] ?? 0, (mass.get(doc.sentOf[l.ru] ?? 0) ?? 0) + l.strength);
  if (!mass.size) return null;
  const sents = [...mass.keys()].sort((x, y) => x - y);
  let best = -1;
  let bestMass = -1;
  for (const s of sents) {
    // Runs of k sentences that start at or up to k - 1 before a linked sentence.
    for (let from = s - k + 1; from <= s; from++) {
      if (from < 0) continue;
      let m = 0;
      for (let t = from; t < from + k; t++) m += mass.get(t) ?? 0;
      if (m > bestMass + 1e-12) {
        bestMass = m;
        best = from;
      }
    }
  }
  // Token bounds of sentences best..best+k-1, kept inside the paragraph of the heaviest link.
  const anchor = w.links.reduce((x, y) => (y.strength > x.strength ? y : x)).ru;
  const para = doc.paraOf[anchor] ?? 0;
  let a = anchor;
  while (a > 0 && (doc.sentOf[a - 1] ?? 0) >= best && doc.paraOf[a - 1] === para) a--;
  let b = anchor;
  const n = doc.tokens.length;
  while (b + 1 < n && (doc.sentOf[b + 1] ?? 0) <= best + k - 1 && doc.paraOf[b + 1] === para) b++;
  while (a < b && (doc.sentOf[a] ?? 0) < best) a++;
  return { a, b };
}

/**
 * Sentences in a German quotation, counted by the project's segmenter (so "am 11. November"
 * or "z. B." does not end one).
 */
export function sentencesIn(text: string): number {
  return Math.max(1, segment(text, 'de').segments.length);
}
