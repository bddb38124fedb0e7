import type { Span } from '../../types';
import { cognateSimilarity, tokenize, type Token } from './lexical';

/** Tokens of one segment plus the shape facts the scorer compares. */
export interface SegInfo extends Span {
  /** Content tokens (see isContent). */
  tokens: Token[];
  /** Letter count, the length measure of the length-ratio evidence. */
  letters: number;
  /** Number of quotation marks. */
  quoteMarks: number;
  /** Counts of ? ! : ( and commas. */
  punct: [number, number, number, number, number];
}

/** Whether a token carries lexical evidence worth comparing across languages. */
export function isContent(t: Token): boolean {
  return t.isNumber || t.key.length >= 4 || (t.capitalised && t.key.length >= 3);
}

export function segInfo(text: string, s: Span): SegInfo {
  const tokens = tokenize(text, s.start, s.end).filter(isContent);
  let letters = 0;
  let quoteMarks = 0;
  const punct: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (let i = s.start; i < s.end; i++) {
    const ch = text[i] ?? '';
    if (/\p{L}/u.test(ch)) letters++;
    else if ('«»„“”"'.includes(ch)) quoteMarks++;
    else if (ch === '?') punct[0]++;
    else if (ch === '!') punct[1]++;
    else if (ch === ':') punct[2]++;
    else if (ch === '(') punct[3]++;
    else if (ch === ',') punct[4]++;
  }
  return { start: s.start, end: s.end, tokens, letters, quoteMarks, punct };
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

  get(de: string): ReadonlyMap<string, number> | undefined {
    return this.links.get(de);
  }

  static fromCognates(deTokens: Iterable<Token>, ruTokens: Iterable<Token>): LinkTable {
    const table = new LinkTable();
    const byHead = new Map<string, Set<string>>();
    const ruNumbers = new Set<string>();
    for (const t of ruTokens) {
      if (t.isNumber) {
        ruNumbers.add(t.key);
        continue;
      }
      const head = t.key.slice(0, 2);
      let s = byHead.get(head);
      if (!s) byHead.set(head, (s = new Set()));
      s.add(t.key);
    }
    const seen = new Set<string>();
    for (const t of deTokens) {
      const id = tokenId(t);
      if (seen.has(id)) continue;
      seen.add(id);
      if (t.isNumber) {
        if (ruNumbers.has(t.key)) table.add(id, id, 1);
        continue;
      }
      const cands = byHead.get(t.key.slice(0, 2));
      if (!cands) continue;
      for (const r of cands) {
        const s = cognateSimilarity(t.key, r);
        if (s > 0) table.add(id, r, s);
      }
    }
    return table;
  }
}
