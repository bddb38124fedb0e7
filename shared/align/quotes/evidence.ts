import type { Span } from '../../types';
import { cognateSimilarity, compoundSimilarity, skeleton, tokenize, type Token } from './lexical';

/** Tokens of one segment plus the shape facts the scorer compares. */
export interface SegInfo extends Span {
  /** Content tokens (see isContent). */
  tokens: Token[];
  /** Letter count, the length measure of the length-ratio evidence. */
  letters: number;
  /** Number of quotation marks. */
  quoteMarks: number;
  /** Relative positions (0..1) of the first and last quotation mark (0 when none). */
  firstMark: number;
  lastMark: number;
  /** Offsets of the first and last quotation mark (-1 when none). */
  firstMarkAt: number;
  lastMarkAt: number;
  /** Counts of ? ! : ( and commas. */
  punct: [number, number, number, number, number];
}

/** Whether a token carries lexical evidence worth comparing across languages. */
export function isContent(t: Token): boolean {
  return t.isNumber || t.key.length >= 4 || (t.capitalised && t.key.length >= 3);
}

/** Latin, Greek and Cyrillic letters: enough for a length measure. */
function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

export function segInfo(text: string, s: Span): SegInfo {
  const tokens = tokenize(text, s.start, s.end).filter(isContent);
  let letters = 0;
  const marks: number[] = [];
  const punct: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c)) {
      letters++;
      continue;
    }
    switch (c) {
      case 0x22: // "
        // "" is one escaped mark (CSV-style export), not two.
        if (text.charCodeAt(i + 1) === 0x22) i++;
        marks.push(i);
        break;
      case 0xab: // «
      case 0xbb: // »
      case 0x201e: // „
      case 0x201c: // “
      case 0x201d: // ”
        marks.push(i);
        break;
      case 0x3f: // ?
        punct[0]++;
        break;
      case 0x21: // !
        punct[1]++;
        break;
      case 0x3a: // :
        punct[2]++;
        break;
      case 0x28: // (
        punct[3]++;
        break;
      case 0x2c: // ,
        punct[4]++;
        break;
      default:
        break;
    }
  }
  // A CSV-escaped line is wrapped in one more pair of straight quotes that quote nothing.
  const body = text.slice(s.start, s.end);
  if (body.length > 2 && body.startsWith('"') && body.endsWith('"') && body.slice(1, -1).includes('""') && marks.length >= 2) {
    marks.shift();
    marks.pop();
  }
  const len = Math.max(1, s.end - s.start);
  const first = marks[0];
  const last = marks[marks.length - 1];
  return {
    start: s.start,
    end: s.end,
    tokens,
    letters,
    quoteMarks: marks.length,
    firstMark: first === undefined ? 0 : (first - s.start) / len,
    lastMark: last === undefined ? 0 : (last - s.start) / len,
    firstMarkAt: first ?? -1,
    lastMarkAt: last ?? -1,
    punct,
  };
}

/** The facts of two consecutive segments taken as one (a German sentence may join two Russian ones). */
export function joinInfo(x: SegInfo, y: SegInfo): SegInfo {
  const start = x.start;
  const end = y.end;
  const len = Math.max(1, end - start);
  const first = x.firstMarkAt >= 0 ? x.firstMarkAt : y.firstMarkAt;
  const last = y.lastMarkAt >= 0 ? y.lastMarkAt : x.lastMarkAt;
  return {
    start,
    end,
    tokens: [...x.tokens, ...y.tokens],
    letters: x.letters + y.letters,
    quoteMarks: x.quoteMarks + y.quoteMarks,
    firstMark: first < 0 ? 0 : (first - start) / len,
    lastMark: last < 0 ? 0 : (last - start) / len,
    firstMarkAt: first,
    lastMarkAt: last,
    punct: [x.punct[0] + y.punct[0], x.punct[1] + y.punct[1], x.punct[2] + y.punct[2], x.punct[3] + y.punct[3], x.punct[4] + y.punct[4]],
  };
}

/** Key under which a token is looked up in a LinkTable (numbers are kept apart from words). */
export function tokenId(t: Token): string {
  return (t.isNumber ? '#' : '') + t.key;
}

/**
 * Cross-lingual word links of a document pair: for every German key, the Russian keys it may
 * render with a strength in (0, 1]. Built from cognates and numbers, then extended with the
 * pairs learned from confident sentence matches.
 */
export class LinkTable {
  private readonly links = new Map<string, Map<string, number>>();

  add(de: string, ru: string, strength: number): void {
    let m = this.links.get(de);
    if (!m) {
      m = new Map();
      this.links.set(de, m);
    }
    if ((m.get(ru) ?? 0) < strength) m.set(ru, strength);
  }

  /**
   * Adds stem pairs of a lexicon (user dictionary, translation memory, or the sentence
   * aligner's learned pairs): every German token whose stem is listed links to every Russian
   * token with the paired stem. Returns the number of links added.
   */
  addStemPairs(
    pairs: Iterable<{ source: string; target: string; weight: number }>,
    stemOf: (lower: string) => string,
    deTokens: Iterable<Token>,
    ruTokens: Iterable<Token>,
    scale = 1,
  ): number {
    const byRu = new Map<string, { target: string; weight: number }[]>();
    for (const p of pairs) {
      let l = byRu.get(p.source);
      if (!l) byRu.set(p.source, (l = []));
      l.push(p);
    }
    if (!byRu.size) return 0;
    const deByStem = new Map<string, Set<string>>();
    for (const t of deTokens) {
      if (t.isNumber) continue;
      const st = stemOf(t.raw.toLowerCase());
      let set = deByStem.get(st);
      if (!set) deByStem.set(st, (set = new Set()));
      set.add(tokenId(t));
    }
    let added = 0;
    const seen = new Set<string>();
    for (const r of ruTokens) {
      if (r.isNumber) continue;
      const id = tokenId(r);
      if (seen.has(id)) continue;
      seen.add(id);
      for (const p of byRu.get(stemOf(r.raw.toLowerCase())) ?? []) {
        for (const d of deByStem.get(p.target) ?? []) {
          this.add(d, id, Math.min(1, p.weight * scale));
          added++;
        }
      }
    }
    return added;
  }

  get(de: string): ReadonlyMap<string, number> | undefined {
    return this.links.get(de);
  }

  /**
   * Links of the German tokens to the Russian ones by cognates and equal numbers. Built once per
   * sentence pair of a long translation's quotations (hundreds of times a run): the indexes are
   * lists of distinct keys in the order they first occur and the loops run by index, with no
   * set per German word and no iterator objects. Links, their strengths and the order they are
   * added in are those of the same loops over sets.
   */
  static fromCognates(deTokens: readonly Token[], ruTokens: readonly Token[]): LinkTable {
    const table = new LinkTable();
    // Per head, the distinct Russian keys in the order of their first occurrence (what a set
    // filled token by token iterates over).
    const byHead = new Map<string, string[]>();
    const byHead6 = new Map<string, string[]>();
    const ruNames = new Set<string>();
    const ruNumbers = new Set<string>();
    const ruKeys = new Set<string>();
    const index = (map: Map<string, string[]>, head: string, key: string): void => {
      const list = map.get(head);
      if (list) list.push(key);
      else map.set(head, [key]);
    };
    for (let k = 0; k < ruTokens.length; k++) {
      const t = ruTokens[k]!;
      if (t.isNumber) {
        ruNumbers.add(t.key);
        continue;
      }
      if (t.capitalised) ruNames.add(t.key);
      // A key is indexed at its first occurrence only: a set would ignore the later ones.
      if (ruKeys.has(t.key)) continue;
      ruKeys.add(t.key);
      // Folded cognates agree in their first three letters nearly always; the skeleton index
      // catches those whose vowels differ early (Rajchl/Райхл).
      index(byHead, t.key.slice(0, 3), t.key);
      index(byHead, '~' + skeleton(t.key).slice(0, 3), t.key);
      if (t.key.length >= 6) index(byHead6, t.key.slice(0, 6), t.key);
    }
    const seen = new Set<string>();
    for (let k = 0; k < deTokens.length; k++) {
      const t = deTokens[k]!;
      const id = tokenId(t);
      if (seen.has(id)) continue;
      seen.add(id);
      if (t.isNumber) {
        if (ruNumbers.has(t.key)) table.add(id, id, 1);
        continue;
      }
      // The keys under both heads, each once: those of the first head, then the others.
      const first = byHead.get(t.key.slice(0, 3));
      const second = byHead.get('~' + skeleton(t.key).slice(0, 3));
      if (first) {
        for (let q = 0; q < first.length; q++) {
          const r = first[q]!;
          const s = cognateSimilarity(t.key, r, ruNames.has(r));
          if (s > 0) table.add(id, r, s);
        }
      }
      if (second && second !== first) {
        for (let q = 0; q < second.length; q++) {
          const r = second[q]!;
          if (first && first.includes(r)) continue;
          const s = cognateSimilarity(t.key, r, ruNames.has(r));
          if (s > 0) table.add(id, r, s);
        }
      }
      if (t.key.length >= 9) {
        for (let p = 3; p + 6 <= t.key.length; p++) {
          const c6 = byHead6.get(t.key.slice(p, p + 6));
          if (!c6) continue;
          for (let q = 0; q < c6.length; q++) {
            const r = c6[q]!;
            const s = compoundSimilarity(t.key, r);
            if (s > 0) table.add(id, r, s);
          }
        }
      }
    }
    return table;
  }
}
