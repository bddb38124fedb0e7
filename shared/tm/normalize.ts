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

// What CHAR_MAP does per UTF-16 code unit (every key is one code unit): 1 maps to a space,
// 2 to another string (or none); 0 keeps the character.
const SPECIAL = new Uint8Array(0x10000);
const REPLACEMENT: string[] = [];
for (const [c, to] of CHAR_MAP) {
  const code = c.charCodeAt(0);
  SPECIAL[code] = to === ' ' ? 1 : 2;
  REPLACEMENT[code] = to;
}
const COMBINING = /[\u0300-\u036F]/;

/**
 * The matching key of `text`: NFC, lowercased, spaces collapsed and trimmed, quotes/dashes
 * unified, ellipsis spelled as three dots, ё -> е, ß -> ss, invisible characters dropped.
 * Runs for every unit a memory import stores (twice), so it is one pass over the lowercased
 * text that copies unchanged runs whole and returns the text itself when nothing changes.
 */
export function matchKey(text: string): string {
  // NFC only matters for decomposed letters (е + U+0308 = ё); skip the ICU call otherwise.
  // Lowercasing first turns Ё into ё and ẞ into ß, so the map needs only the lowercase forms.
  const s = (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase();
  const n = s.length;
  let out = '';
  let runStart = 0; // start of the run of kept characters not yet copied to `out`
  // The key so far is empty or ends in a space: a space here is dropped (collapsed runs, trimmed start).
  let afterSpace = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const kind = c === 32 ? 0 : SPECIAL[c]!;
    if (c === 32 || kind === 1) {
      if (afterSpace) {
        out += s.slice(runStart, i);
        runStart = i + 1;
      } else if (kind === 1) {
        out += `${s.slice(runStart, i)} `;
        runStart = i + 1;
      }
      afterSpace = true;
    } else if (kind === 2) {
      const to = REPLACEMENT[c]!;
      out += s.slice(runStart, i) + to;
      runStart = i + 1;
      if (to !== '') afterSpace = false;
    } else afterSpace = false;
  }
  out = runStart === 0 ? s : out + s.slice(runStart);
  // The one trailing space a run of them left (the text's end).
  return afterSpace && out.length > 0 ? out.slice(0, -1) : out;
}

/** A word or a punctuation mark of a key, with the weight it carries in token edit distance. */
export interface KeyToken {
  text: string;
  weight: number;
}

/** Punctuation counts less than words: a changed comma is not a changed word. */
export const PUNCT_WEIGHT = 0.3;

const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['\-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** `keyTokens` by the regular expression that defines it (and for keys with surrogate pairs). */
export function keyTokensByRegExp(key: string): KeyToken[] {
  const out: KeyToken[] = [];
  for (const m of key.matchAll(TOKEN_RE)) {
    const t = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, weight: isWord ? 1 : PUNCT_WEIGHT });
  }
  return out;
}

// What the tokenizer needs to know of a UTF-16 code unit outside the surrogates, learnt from the
// same character classes as TOKEN_RE on first sight: KNOWN, then WORD (\p{L}, \p{N} or \p{M}:
// part of a word), LETTER (\p{L} or \p{N}: makes a token a word) and SPACE (\s).
const KNOWN = 1;
const WORD = 2;
const LETTER = 4;
const SPACE = 8;
const CLASSES = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;

function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | (LETTER_CHAR.test(ch) ? LETTER : 0) | (SPACE_CHAR.test(ch) ? SPACE : 0);
    CLASSES[c] = k;
  }
  return k;
}

/**
 * Splits a key into words (letters/digits, inner apostrophes and hyphens kept) and single
 * punctuation marks: what TOKEN_RE matches, by a scan over a table of character classes (a
 * lookup scores each of its candidates' keys, and the regular expression's match objects cost
 * more than the scoring).
 */
export function keyTokens(key: string): KeyToken[] {
  const out: KeyToken[] = [];
  const n = key.length;
  let i = 0;
  while (i < n) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return keyTokensByRegExp(key);
    const k = classOf(c);
    if (k & WORD) {
      const start = i;
      let letters = k & LETTER;
      i++;
      for (;;) {
        while (i < n) {
          const d = key.charCodeAt(i);
          if (d >= 0xd800 && d <= 0xdfff) return keyTokensByRegExp(key);
          const kd = classOf(d);
          if (!(kd & WORD)) break;
          letters |= kd & LETTER;
          i++;
        }
        // An apostrophe or hyphen continues the word only with a word character after it.
        const sep = i < n ? key.charCodeAt(i) : 0;
        if ((sep !== 39 && sep !== 45) || i + 1 >= n) break;
        const next = key.charCodeAt(i + 1);
        if (next >= 0xd800 && next <= 0xdfff) return keyTokensByRegExp(key);
        if (!(classOf(next) & WORD)) break;
        i++;
      }
      out.push({ text: key.slice(start, i), weight: letters ? 1 : PUNCT_WEIGHT });
    } else {
      if (!(k & SPACE)) out.push({ text: key[i]!, weight: PUNCT_WEIGHT });
      i++;
    }
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
