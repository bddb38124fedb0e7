import { Linker, type EvidenceKind, type LinkSources } from '../match/links';
import { RuDoc } from '../match/ru-doc';
import { matchTokens, type MatchToken } from '../match/tokens';
import { BilingualLexicon } from './lexicon';

/** A German stem and a Russian stem a confirmed link pairs, with the credit the link gives them. */
export interface TaughtPair {
  de: string;
  ru: string;
  /** 1 for a pair the link's word evidence or an unambiguous word alignment gives; less for a shared gap. */
  credit: number;
}

/** Evidence kinds whose word pairs a confirmation strengthens (names, numbers and cognates match without a lexicon). */
const LEXICAL: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['dictionary', 'user', 'learned', 'assist', 'derivation']);

/** Most unlinked words on either side of a gap between two anchors that are still paired. */
const MAX_GAP_WORDS = 2;

/**
 * The stem pairs a confirmed link (German text, the Russian text it renders) teaches: the
 * words its evidence links (competitive linking on the link strength, one Russian word per
 * German word), and a word alignment of the rest: the German words left unlinked between two
 * linked neighbours pair with the unlinked Russian words between those neighbours' partners
 * (at most 2 x 2; a one-by-one gap, or one word left on each side, is a sure pair). Never every
 * German word with every Russian word.
 */
export function taughtPairs(deText: string, ruText: string, sources: LinkSources): TaughtPair[] {
  if (!deText.trim() || !ruText.trim()) return [];
  const doc = new RuDoc(ruText, [], [{ start: 0, end: ruText.length }]);
  const linker = new Linker(doc, sources);
  const de = matchTokens(deText, 'de').filter(isContent);
  const ru = doc.tokens;
  const links: { i: number; j: number; s: number; kind: EvidenceKind }[] = [];
  de.forEach((t, i) => {
    for (const h of linker.hits(t)) if (isContent(ru[h.ru] as MatchToken)) links.push({ i, j: h.ru, s: h.strength, kind: h.kind });
  });
  links.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const partner = new Map<number, number>();
  const ruTaken = new Set<number>();
  const out = new Map<string, TaughtPair>();
  const put = (t: MatchToken, r: MatchToken, credit: number): void => {
    const d = linker.knownStem(t) ?? t.stem;
    const key = `${d}\t${r.stem}`;
    const cur = out.get(key);
    if (!cur || cur.credit < credit) out.set(key, { de: d, ru: r.stem, credit });
  };
  for (const l of links) {
    if (partner.has(l.i) || ruTaken.has(l.j)) continue;
    partner.set(l.i, l.j);
    ruTaken.add(l.j);
    // A compound's parts are known already; its whole stem is not a translation of one part.
    const t = de[l.i] as MatchToken;
    if (LEXICAL.has(l.kind) && linker.units(t).length === 1) put(t, ru[l.j] as MatchToken, 1);
  }
  const deFree = de.map((_, i) => i).filter((i) => !partner.has(i));
  const ruFree = ru.map((_, j) => j).filter((j) => !ruTaken.has(j) && isContent(ru[j] as MatchToken));
  if (deFree.length === 1 && ruFree.length === 1) {
    put(de[deFree[0] as number] as MatchToken, ru[ruFree[0] as number] as MatchToken, 1);
    return [...out.values()];
  }
  // Gaps between German anchors (linked words), in German order.
  let k = 0;
  while (k < deFree.length) {
    const first = deFree[k] as number;
    let last = first;
    while (k + 1 < deFree.length && deFree[k + 1] === last + 1) last = deFree[++k] as number;
    k++;
    const before = partner.get(first - 1);
    const after = partner.get(last + 1);
    if (before === undefined && after === undefined) continue;
    // The Russian words between the anchors' partners (either order: word order differs).
    const from = before !== undefined && after !== undefined ? Math.min(before, after) : (before ?? -1);
    const to = before !== undefined && after !== undefined ? Math.max(before, after) : (after ?? ru.length);
    const ruIn = ruFree.filter((j) => j > from && j < to);
    const deIn = deFree.filter((i) => i >= first && i <= last);
    if (!ruIn.length || deIn.length > MAX_GAP_WORDS || ruIn.length > MAX_GAP_WORDS) continue;
    const credit = deIn.length === 1 && ruIn.length === 1 ? 1 : 1 / Math.max(deIn.length, ruIn.length) / 2;
    for (const i of deIn) for (const j of ruIn) put(de[i] as MatchToken, ru[j] as MatchToken, credit);
  }
  return [...out.values()];
}

function isContent(t: MatchToken): boolean {
  return !t.stop && !t.num && t.lower.length >= 3;
}

/** One stored learned pair: how much confirmed links have taught it. */
export interface LearnedCount {
  de: string;
  ru: string;
  count: number;
}

/** Confirmations a pair needs before it is used (a shared gap gives a half or a quarter). */
export const MIN_LEARNED_COUNT = 1;

/**
 * The lexicon of pairs learned from confirmed links (origin `l`, evidence kind `learned`):
 * a pair confirmed once weighs 0.5, twice 0.67, three times 0.75, then towards 0.95 (one
 * confirmation may be a chance pairing; the base lexicon's dictionary pairs weigh up to 1).
 */
export function learnedLexicon(rows: Iterable<LearnedCount>): BilingualLexicon {
  const lex = new BilingualLexicon();
  for (const r of rows) {
    if (r.count < MIN_LEARNED_COUNT - 1e-9) continue;
    lex.addStems(r.de, r.ru, Math.min(0.95, r.count / (r.count + 1)), 'l');
  }
  return lex;
}

/** Counts of taught pairs kept in memory (the bench; the app keeps them in SQLite). */
export class LearnedCounts {
  private readonly m = new Map<string, LearnedCount>();

  /** Adds (sign 1) or takes back (sign -1) what a link taught. */
  add(pairs: readonly TaughtPair[], sign: 1 | -1 = 1): void {
    for (const p of pairs) {
      const key = `${p.de}\t${p.ru}`;
      const cur = this.m.get(key) ?? { de: p.de, ru: p.ru, count: 0 };
      cur.count += sign * p.credit;
      if (cur.count <= 1e-9) this.m.delete(key);
      else this.m.set(key, cur);
    }
  }

  rows(): LearnedCount[] {
    return [...this.m.values()];
  }

  lexicon(): BilingualLexicon {
    return learnedLexicon(this.m.values());
  }
}
