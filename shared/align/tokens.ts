import { cognateKey } from './translit';

/** One token of a segment, as the aligner sees it. Offsets are into the string tokenised. */
export interface AlignToken {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct';
  /**
   * Comparison key: for words the transliterated cognate key (see `cognateKey`), for
   * numbers the normalised digits ("1 500" and "1.500" -> "1500", "2,5" -> "2,5"), for
   * punctuation a class ("?", "!", "q" for any quotation mark, "(").
   */
  key: string;
  /** Lower-cased surface word (Cyrillic stays Cyrillic); the lexicon stem derives from it. */
  lower: string;
  /** Starts with an upper-case letter (or is all digits). */
  cap: boolean;
  /** Index of the token among the words of its text (sentence-initial capitals are weak). */
  wordIndex: number;
}

// Letters (with combining marks) form words; digit groups with thin/normal spaces or dots
// between groups of three form one number; a decimal comma (both languages use it) too.
const TOKEN_RE = /(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+)|([?!"«»„“”‚‘’'(])/gu;

const QUOTES = new Set(['"', '«', '»', '„', '“', '”', '‚', '‘', '’', "'"]);

/** Normalises the digits of a number token so that both languages' spellings agree. */
export function normaliseNumber(s: string): string {
  if (/^\d+$/.test(s)) return s.length > 1 && s[0] === '0' ? s.replace(/^0+(?=\d)/, '') : s;
  let t = s.replace(/[ \u00a0\u202f]/g, '');
  // A dot followed by exactly three digits groups thousands (German); otherwise it is an
  // (English-style) decimal point and becomes a comma like in both our languages.
  t = t.replace(/\.(\d{3})(?!\d)/g, '$1').replace(/\./g, ',');
  t = t.replace(/^0+(?=\d)/, '');
  return t;
}

/**
 * Calls `word`, `number` or `punct` for each token of `text` without building token objects
 * (the aligner's hot path; `tokenize` is the friendly form).
 */
export function scanTokens(
  text: string,
  word: (surface: string) => void,
  number: (key: string) => void,
  punct: (key: string) => void,
): void {
  scanTokenSpans(text, (start, end) => word(text.slice(start, end)), number, punct);
}

/**
 * `scanTokens` without cutting words out of the text: `word` gets the span of each word and
 * a 32-bit hash of its characters (FNV-1a), so that a caller that has seen the word before
 * can find it without a new string.
 */
export function scanTokenSpans(
  text: string,
  word: (start: number, end: number, hash: number) => void,
  number: (key: string) => void,
  punct: (key: string) => void,
): void {
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isLetterCode(c, text, k)) {
      const start = k;
      let h = wordHashStart(c);
      k++;
      for (; k < n; k++) {
        const d = text.charCodeAt(k);
        if (!isLetterCode(d, text, k)) break;
        h = wordHashStep(h, d);
      }
      word(start, k, h);
    } else if (c >= 0x30 && c <= 0x39) {
      const m = numberAt(text, k);
      number(normaliseNumber(m));
      k += m.length;
    } else {
      const key = punctKeyAt(c, text, k);
      if (key !== undefined) punct(key);
      k++;
    }
  }
}

/** The hash `scanTokenSpans` gives a word after its first letter (FNV-1a over char codes). */
export function wordHashStart(c: number): number {
  return Math.imul(0x811c9dc5 ^ c, 0x01000193);
}

/** The word hash after one more letter. */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The number token starting at `k` (a digit there), as written. */
export function numberAt(text: string, k: number): string {
  NUMBER_RE.lastIndex = k;
  return NUMBER_RE.exec(text)![0];
}

/** The key of the punctuation token at `k` (code `c`): "q" for any quotation mark; undefined for other characters. */
export function punctKeyAt(c: number, text: string, k: number): string | undefined {
  if (!PUNCT_CODES.has(c)) return undefined;
  return QUOTE_CODES.has(c) ? 'q' : text[k]!;
}

const NUMBER_RE = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/y;
const LETTER_RE = /[\p{L}\p{M}]/u;
const PUNCT_CODES = new Set([...'?!"«»„“”‚‘’\'('].map((x) => x.charCodeAt(0)));
const QUOTE_CODES = new Set([...QUOTES].map((x) => x.charCodeAt(0)));

/** Letter or combining mark, with fast paths for Latin and Cyrillic (same set as TOKEN_RE). */
export function isLetterCode(c: number, text: string, k: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x400 && c <= 0x4ff) return c <= 0x481 || c >= 0x48a || (c >= 0x483 && c <= 0x487);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(k, k + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return k > 0 && LETTER_RE.test(text.slice(k - 1, k + 1));
  return LETTER_RE.test(text[k]!);
}

/** Splits text into word, number and punctuation tokens for alignment. */
export function tokenize(text: string): AlignToken[] {
  const out: AlignToken[] = [];
  let wordIndex = 0;
  for (const m of text.matchAll(new RegExp(TOKEN_RE))) {
    const start = m.index;
    const surface = m[0];
    const end = start + surface.length;
    if (m[1] !== undefined) {
      out.push({ start, end, text: surface, kind: 'number', key: normaliseNumber(surface), lower: surface, cap: true, wordIndex: wordIndex++ });
    } else if (m[2] !== undefined) {
      const lower = surface.toLowerCase();
      out.push({ start, end, text: surface, kind: 'word', key: cognateKey(surface), lower, cap: surface[0] !== lower[0], wordIndex: wordIndex++ });
    } else {
      const key = QUOTES.has(surface) ? 'q' : surface;
      out.push({ start, end, text: surface, kind: 'punct', key, lower: surface, cap: false, wordIndex });
    }
  }
  return out;
}

/** Stem used by the lexicon: the first five letters of the lower-cased word. */
export function stemOf(lower: string): string {
  return lower.length <= 5 ? lower : lower.slice(0, 5);
}

/** Length of the common prefix of two strings. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/**
 * Cognate similarity of two cognate keys in [0, 1]: the common prefix relative to the
 * shorter key, capped at six letters (Russian and German inflect the ends of words
 * differently), and zero below four shared letters unless both keys are that short and equal.
 */
export function cognateScore(a: string, b: string): number {
  const minLen = Math.min(a.length, b.length);
  if (minLen === 0) return 0;
  const lcp = commonPrefix(a, b);
  if (lcp < 4) return lcp === minLen && a.length === b.length && minLen >= 2 ? 0.8 : 0;
  return Math.min(1, lcp / Math.min(minLen, 6));
}
