/**
 * Word-ending tests of the form /\p{L}{n,}(?:ending|…)$/u without a Unicode-property regex per
 * test: V8 compiles each such regex on first use (several milliseconds apiece, the larger part
 * of a process's first quotation check). The letters before the ending are checked one code
 * point at a time: Latin, Cyrillic and the German letters directly, anything else by one shared
 * \p{L} test, so the answers are those of the regexes they replace.
 */

/** Any letter (compiled only when a word holds a letter outside the ranges below). */
const LETTER = /^\p{L}$/u;

/** Whether a code point is a Unicode letter (\p{L}). */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  // А–я, Ё, ё; ä ö ü ß Ä Ö Ü.
  if ((cp >= 0x410 && cp <= 0x44f) || cp === 0x401 || cp === 0x451) return true;
  if (cp === 0xe4 || cp === 0xf6 || cp === 0xfc || cp === 0xdf || cp === 0xc4 || cp === 0xd6 || cp === 0xdc) return true;
  return LETTER.test(String.fromCodePoint(cp));
}

/** Whether at least `min` letters (code points) stand right before position `end` of `w`. */
function lettersBefore(w: string, end: number, min: number): boolean {
  let k = end;
  for (let n = 0; n < min; n++) {
    if (k <= 0) return false;
    const c = w.charCodeAt(k - 1);
    let cp = c;
    if (c >= 0xdc00 && c <= 0xdfff && k >= 2) {
      const h = w.charCodeAt(k - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        cp = 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
        k--;
      }
    }
    k--;
    if (!isLetter(cp)) return false;
  }
  return true;
}

/** A test on a word, as `RegExp.prototype.test` is called. */
export interface WordTest {
  test(word: string): boolean;
}

/** Every concatenation of one string from each group ('' for an optional part). */
export function endings(...groups: ReadonlyArray<readonly string[]>): string[] {
  let out = [''];
  for (const g of groups) out = out.flatMap((a) => g.map((b) => a + b));
  return out;
}

/** The test /\p{L}{min,}(?:e1|e2|…)$/u: the word ends in one of the endings after at least `min` letters. */
export function lettersThenEnding(min: number, ends: readonly string[]): WordTest {
  const byLast = byUnit([...new Set(ends)], (e) => e[e.length - 1]);
  return {
    test(word: string): boolean {
      if (byLast.empty.length > 0 && lettersBefore(word, word.length, min)) return true;
      const es = byLast.get(word[word.length - 1]);
      if (es !== undefined)
        for (let k = 0; k < es.length; k++) if (word.endsWith(es[k]!) && lettersBefore(word, word.length - es[k]!.length, min)) return true;
      return false;
    },
  };
}

/**
 * Strings grouped by one code unit of theirs (the last of an ending, the first of a prefix), so
 * that a word is tried against its group only; `empty` holds the empty string if it is one.
 */
function byUnit(list: readonly string[], unit: (s: string) => string | undefined): Map<string | undefined, string[]> & { empty: string[] } {
  const m = Object.assign(new Map<string | undefined, string[]>(), { empty: [] as string[] });
  for (const x of list) {
    if (x === '') m.empty.push(x);
    else (m.get(unit(x)) ?? m.set(unit(x), []).get(unit(x))!).push(x);
  }
  return m;
}

/** Whether [from, to) of `w` holds at least `min` code points, all letters. */
function allLetters(w: string, from: number, to: number, min: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = w.charCodeAt(k);
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
      const l = w.charCodeAt(k + 1);
      if (l >= 0xdc00 && l <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (l - 0xdc00);
        k++;
      }
    }
    if (!isLetter(cp)) return false;
    n++;
  }
  return n >= min;
}

/** The test /^(?:p1|p2|…)\p{L}{min,}(?:e1|e2|…)$/u: a prefix, at least `min` letters and nothing else, an ending. */
export function prefixLettersEnding(prefixes: readonly string[], min: number, ends: readonly string[]): WordTest {
  const ps = byUnit([...new Set(prefixes)], (p) => p[0]);
  const es = [...new Set(ends)];
  const tryPrefixes = (word: string, list: readonly string[] | undefined): boolean => {
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (!word.startsWith(p)) continue;
      for (let k = 0; k < es.length; k++) {
        const e = es[k]!;
        if (word.length - e.length >= p.length && word.endsWith(e) && allLetters(word, p.length, word.length - e.length, min)) return true;
      }
    }
    return false;
  };
  return { test: (word: string): boolean => tryPrefixes(word, ps.empty) || tryPrefixes(word, ps.get(word[0])) };
}

/** Either test (an alternation of two such regexes). */
export function eitherTest(a: WordTest, b: WordTest): WordTest {
  return { test: (word) => a.test(word) || b.test(word) };
}

/** Length of a string's letters, as `s.replace(/[^\p{L}]/gu, '').length` (UTF-16 units: a letter beyond the BMP counts 2). */
export function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (isLetter(ch.codePointAt(0)!)) n += ch.length;
  return n;
}
