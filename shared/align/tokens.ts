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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (m[1] !== undefined) number(normaliseNumber(m[1]));
    else if (m[2] !== undefined) word(m[2]);
    else punct(QUOTES.has(m[0]) ? 'q' : m[0]);
  }
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
