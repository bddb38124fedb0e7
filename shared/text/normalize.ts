/**
 * Matching normalisation that never moves offsets.
 *
 * `foldForMatch` replaces characters one-for-one (same UTF-16 length, same positions), so an
 * index found in the folded string is an index into the original text. Characters that should
 * vanish for matching (soft hyphen, zero-width characters, BOM, combining stress accents) become
 * {@link FOLD_IGNORED}; `tokenize` and `foldWithMap` skip them. Expansions that change length
 * (ß -> ss) only happen in `tokenize().norm` and `foldWithMap().folded`, which carry an offset map.
 */

/** Placeholder that `foldForMatch` writes for characters that are invisible to matching. */
export const FOLD_IGNORED = '\u0000';

/** A word or number of the original text with its matching form. */
export interface Token {
  /** Offsets into the original text (UTF-16 code units). */
  start: number;
  end: number;
  /** Folded form: lowercase, ё->е, ß->ss, ignorables removed, digit-group spaces removed. */
  norm: string;
  /** `'number'` when the token is digits (possibly with . , or space group separators). */
  kind: 'word' | 'number';
}

const FOLD_TABLE: Map<number, string> = (() => {
  const m = new Map<number, string>();
  const set = (chars: string, to: string): void => {
    for (const c of chars) m.set(c.charCodeAt(0), to);
  };
  // Every kind of space and line break counts as one plain space.
  set('\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000', ' ');
  // Invisible for matching: soft hyphen, zero-width characters, word joiner, BOM, combining
  // acute/grave (Russian stress marks: приве́т == привет).
  set('\u00AD\u200B\u200C\u200D\u2060\uFEFF\u0301\u0300\u180E', FOLD_IGNORED);
  set('„“”‟«»″〃＂', '"');
  set('‚‘’‛‹›′`´ʼ＇', "'");
  set('‐‑‒–—―−⁃﹘﹣－', '-');
  set('…', '.');
  set('ёЁ', 'е');
  return m;
})();

function foldChar(ch: string, code: number): string {
  const mapped = FOLD_TABLE.get(code);
  if (mapped !== undefined) return mapped;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code >= 0xd800 && code <= 0xdfff) return ch; // surrogate halves stay as they are
  const lower = ch.toLowerCase();
  // A few letters lowercase to two units (İ -> i̇); keep the one-for-one promise.
  return lower.length === 1 ? lower : (lower[0] ?? ch);
}

/**
 * Folds `text` for matching, returning a string of exactly the same length in which
 * position i corresponds to position i of `text`:
 * - any whitespace (NBSP, thin/narrow spaces, tabs, CR, LF, ...) -> `' '`
 * - soft hyphen, zero-width space/joiners, word joiner, BOM, combining acute/grave (stress)
 *   -> {@link FOLD_IGNORED}
 * - typographic double quotes „“”«» -> `"`; single quotes/apostrophes ‚‘’‹›´` -> `'`
 * - hyphens, dashes and minus ‐‑‒–—―− -> `-`; ellipsis … -> `.`
 * - ё/Ё -> е; everything else lowercased (when the lowercase is one code unit)
 * Length-changing folds (ß -> ss) are NOT done here: see {@link tokenize} / {@link foldWithMap}.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += foldChar(text[i] as string, code);
  }
  return out;
}

/**
 * A compact matching form with a map back to the original: ignorables dropped, runs of
 * whitespace collapsed to one space, ß/ẞ -> ss, plus everything `foldForMatch` does.
 * `map[i]` is the offset in `text` of folded character i; `map[folded.length] === text.length`.
 * A match `folded.slice(a, b)` therefore covers `text.slice(map[a], map[b - 1] + 1)`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  const parts: string[] = [];
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i] as string, text.charCodeAt(i));
    if (f === FOLD_IGNORED) continue;
    if (f === ' ') {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    if (f === 'ß' || f === 'ẞ') {
      parts.push('ss');
      map.push(i, i);
    } else {
      parts.push(f);
      map.push(i);
    }
  }
  map.push(text.length);
  return { folded: parts.join(''), map };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const GROUP_SPACE = new Set([' ', '\u00A0', '\u202F', '\u2009']);

/**
 * Words and numbers of `text` with their offsets and matching forms. Words are runs of
 * letters, digits and combining marks; soft hyphens/zero-width characters inside a word do
 * not split it; an apostrophe between letters stays inside the word (geht's, д'Артаньян);
 * hyphens split (US-Präsident -> us, präsident). Numbers keep `.`/`,` between digits
 * (1.000, 3,5) and swallow digit-group spaces (1 000 -> norm "1000").
 */
export function tokenize(text: string): Token[] {
  const folded = foldForMatch(text);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    const isNumber = DIGIT.test(ch);
    let j = i;
    while (j < n) {
      const c = text[j] as string;
      if (isWordAt(text, j) || folded[j] === FOLD_IGNORED) {
        j++;
        continue;
      }
      const next = text[j + 1];
      const prev = text[j - 1];
      if (isNumber && next !== undefined && prev !== undefined && DIGIT.test(prev) && DIGIT.test(next)) {
        if (c === '.' || c === ',') {
          j++;
          continue;
        }
        // "1 000": a group space must be followed by exactly three digits
        if (GROUP_SPACE.has(c) && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5))) {
          j++;
          continue;
        }
      }
      if (!isNumber && (folded[j] === "'") && prev !== undefined && next !== undefined && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) {
        j++;
        continue;
      }
      break;
    }
    // Trailing ignorables (soft hyphen at a word end) are not part of the token.
    let end = j;
    while (end > start && folded[end - 1] === FOLD_IGNORED) end--;
    let norm = '';
    for (let k = start; k < end; k++) {
      const f = folded[k] as string;
      if (f === FOLD_IGNORED) continue;
      if (isNumber && GROUP_SPACE.has(text[k] as string)) continue;
      norm += f === 'ß' || f === 'ẞ' ? 'ss' : f;
    }
    if (norm !== '') tokens.push({ start, end, norm, kind: isNumber ? 'number' : 'word' });
    i = j;
  }
  return tokens;
}

function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    return WORD_CHAR.test(text.slice(i, i + 2));
  }
  if (code >= 0xdc00 && code <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(text[i] as string);
}
