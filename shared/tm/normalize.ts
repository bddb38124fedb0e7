/**
 * Matching keys for the translation memory. Two texts that a translator would call "the same
 * sentence" get the same key: case, every kind of space, typographic quotes and dashes,
 * ellipsis, ё/е, ß/ss, soft hyphens and Russian stress marks do not count. Keys are what the
 * FTS5 trigram index holds, so a lookup or concordance query is folded the same way.
 */

const CHAR_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const set = (chars: string, to: string): void => {
    for (const c of chars) m.set(c, to);
  };
  set('\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000', ' ');
  set('\u00AD\u200B\u200C\u200D\u2060\uFEFF\u0300\u0301\u180E', '');
  set('„“”‟«»″〃＂', '"');
  set('‚‘’‛‹›′`´ʼ＇', "'");
  set('‐‑‒–—―−⁃﹘﹣－', '-');
  set('…', '...');
  set('ё', 'е');
  set('ß', 'ss');
  return m;
})();

// Every character CHAR_MAP changes, as one class (built from the map so the two agree).
const SPECIAL_RE = new RegExp(`[${[...CHAR_MAP.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
const COMBINING = /[\u0300-\u036F]/;
const SPACE_RUNS = / {2,}/g;

/**
 * The matching key of `text`: NFC, lowercased, spaces collapsed and trimmed, quotes/dashes
 * unified, ellipsis spelled as three dots, ё -> е, ß -> ss, invisible characters dropped.
 * Runs once per stored unit, so it is written for speed: one lowercase, one replace pass.
 */
export function matchKey(text: string): string {
  // NFC only matters for decomposed letters (е + U+0308 = ё); skip the ICU call otherwise.
  let s = COMBINING.test(text) ? text.normalize('NFC') : text;
  // Lowercasing first turns Ё into ё and ẞ into ß, so the map needs only the lowercase forms.
  s = s.toLowerCase();
  SPECIAL_RE.lastIndex = 0;
  if (SPECIAL_RE.test(s)) s = s.replace(SPECIAL_RE, (c) => CHAR_MAP.get(c) ?? c);
  if (s.includes('  ')) s = s.replace(SPACE_RUNS, ' ');
  if (s.startsWith(' ') || s.endsWith(' ')) s = s.trim();
  return s;
}

/** A word or a punctuation mark of a key, with the weight it carries in token edit distance. */
export interface KeyToken {
  text: string;
  weight: number;
}

/** Punctuation counts less than words: a changed comma is not a changed word. */
export const PUNCT_WEIGHT = 0.3;

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** Splits a key into words (letters/digits, inner apostrophes and hyphens kept) and single punctuation marks. */
export function keyTokens(key: string): KeyToken[] {
  const out: KeyToken[] = [];
  for (const m of key.matchAll(TOKEN_RE)) {
    const t = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, weight: isWord ? 1 : PUNCT_WEIGHT });
  }
  return out;
}

/**
 * A 53-bit hash (cyrb53) of a string, stored beside the key so that exact lookups and
 * duplicate checks use a small integer index instead of indexing the whole text.
 */
export function keyHash(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Canonical case of a BCP 47 tag as stored (`ru`, `de-DE`, `sr-Latn-RS`), so that `de-de`
 * and `de-DE` count as one language pair.
 */
export function canonicalLang(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').split('-');
  return parts
    .map((p, i) => {
      if (i === 0) return p.toLowerCase();
      if (p.length === 2) return p.toUpperCase();
      if (p.length === 4) return p[0]!.toUpperCase() + p.slice(1).toLowerCase();
      return p.toLowerCase();
    })
    .join('-');
}

/** The primary subtag (`de` of `de-AT`), lowercased. */
export function primaryLang(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}
