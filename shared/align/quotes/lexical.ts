/**
 * Language-independent lexical evidence between German and Russian text: words folded onto
 * one Latin spelling (so that Путин/Putin, проект/Projekt, факультет/Fakultät meet), numbers
 * normalised to digits, and a cheap fuzzy comparison of the folded forms.
 */

/** A word or number of a text, with its UTF-16 span. */
export interface Token {
  start: number;
  end: number;
  /** The surface form as written. */
  raw: string;
  /** Folded Latin form (words) or canonical digits (numbers). */
  key: string;
  isNumber: boolean;
  /** Written with a capital letter not at the start of a sentence (a likely name). */
  capitalised: boolean;
}

const RU_FOLD: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'o', ж: 'S', з: 's', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'H', ц: 'c', ч: 'C', ш: 'S', щ: 'S', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a',
  і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};

/** RU_FOLD by character code - 0x400 (undefined: the character stays). */
const RU_FOLD_CODES: Array<string | undefined> = [];
for (const [ch, m] of Object.entries(RU_FOLD)) RU_FOLD_CODES[ch.charCodeAt(0) - 0x400] = m;

/**
 * Fold a Cyrillic word onto the shared Latin spelling. Code unit by code unit: every letter of
 * RU_FOLD is one unit, and a unit it lacks (half of a surrogate pair too) stays as it is.
 */
function foldCyrillic(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    const m = c >= 0x400 && c < 0x500 ? RU_FOLD_CODES[c - 0x400] : undefined;
    out += m ?? w[k]!;
  }
  return out;
}

/**
 * Runs of one repeated code unit collapsed to one (`/(.)\1+/g` -> '$1': line terminators,
 * which `.` does not match, are left as they are), without a regular expression per word.
 */
export function collapseRepeats(w: string): string {
  let k = 1;
  while (k < w.length && !(w.charCodeAt(k) === w.charCodeAt(k - 1) && !isLineTerminator(w.charCodeAt(k)))) k++;
  if (k >= w.length) return w;
  let out = w.slice(0, k);
  for (; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c !== w.charCodeAt(k - 1) || isLineTerminator(c)) out += w[k]!;
  }
  return out;
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Accents and ligatures folded away (then letters only a-z remain for most German words). */
function foldAccents(w: string): string {
  return w
    .replace(/ä/g, 'e')
    .replace(/[öœ]/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/[ßβ]/g, 's')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Whether `w` has only the letters a-z (nothing for `foldAccents` to change). */
function plainAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

const enum Ch {
  a = 0x61,
  c = 0x63,
  e = 0x65,
  h = 0x68,
  i = 0x69,
  j = 0x6a,
  k = 0x6b,
  l = 0x6c,
  o = 0x6f,
  p = 0x70,
  q = 0x71,
  r = 0x72,
  s = 0x73,
  t = 0x74,
  u = 0x75,
  v = 0x76,
  w = 0x77,
  x = 0x78,
  y = 0x79,
  z = 0x7a,
}

/**
 * Fold a Latin-script (German) word onto the shared spelling: after the accents, in this order
 * (each rule applied to the whole word before the next): tsch -> C, sch -> S, ch -> H, ck -> k,
 * ph -> f, th -> t, qu -> kv; a written c sounds k before a, o, u and consonants, z (and tz) is the
 * c of Russian ц; x -> ks, w -> v, y -> i; ie -> i; Russian spells German ei as ей and the eu of
 * Greek/Latin words as ев (Europa/Европа), so eu -> ev; j dropped; h dropped unless a vowel follows.
 * Three passes over char codes, each equal to a run of those rules (none of a pass's rules
 * matches what an earlier rule of the same pass wrote or overlaps an earlier rule's match).
 */
function foldLatin(word: string): string {
  const w = plainAscii(word) ? word : foldAccents(word);
  const n = w.length;
  // Pass 1: tsch, sch, ch, ck, ph, th, qu.
  const a: number[] = [];
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    const c1 = k + 1 < n ? w.charCodeAt(k + 1) : -1;
    if (c === Ch.t) {
      if (c1 === Ch.s && k + 3 < n && w.charCodeAt(k + 2) === Ch.c && w.charCodeAt(k + 3) === Ch.h) {
        a.push(0x43); // C
        k += 3;
      } else if (c1 === Ch.h) {
        a.push(Ch.t);
        k++;
      } else a.push(c);
    } else if (c === Ch.s && c1 === Ch.c && k + 2 < n && w.charCodeAt(k + 2) === Ch.h) {
      a.push(0x53); // S
      k += 2;
    } else if (c === Ch.c && c1 === Ch.h) {
      a.push(0x48); // H
      k++;
    } else if (c === Ch.c && c1 === Ch.k) {
      a.push(Ch.k);
      k++;
    } else if (c === Ch.p && c1 === Ch.h) {
      a.push(0x66); // f
      k++;
    } else if (c === Ch.q && c1 === Ch.u) {
      a.push(Ch.k, Ch.v);
      k++;
    } else a.push(c);
  }
  // Pass 2: c before a, o, u, k, r, l -> k; tz, z -> c; x -> ks; w -> v; y -> i.
  const b: number[] = [];
  for (let k = 0; k < a.length; k++) {
    const c = a[k]!;
    if (c === Ch.c) {
      const nx = k + 1 < a.length ? a[k + 1]! : -1;
      b.push(nx === Ch.a || nx === Ch.o || nx === Ch.u || nx === Ch.k || nx === Ch.r || nx === Ch.l ? Ch.k : Ch.c);
    } else if (c === Ch.t && k + 1 < a.length && a[k + 1] === Ch.z) {
      b.push(Ch.c);
      k++;
    } else if (c === Ch.z) b.push(Ch.c);
    else if (c === Ch.x) b.push(Ch.k, Ch.s);
    else if (c === Ch.w) b.push(Ch.v);
    else if (c === Ch.y) b.push(Ch.i);
    else b.push(c);
  }
  // Pass 3: ie -> i, eu -> ev, j dropped.
  const d: number[] = [];
  for (let k = 0; k < b.length; k++) {
    const c = b[k]!;
    if (c === Ch.i && k + 1 < b.length && b[k + 1] === Ch.e) {
      d.push(Ch.i);
      k++;
    } else if (c === Ch.e && k + 1 < b.length && b[k + 1] === Ch.u) {
      d.push(Ch.e, Ch.v);
      k++;
    } else if (c !== Ch.j) d.push(c);
  }
  // Pass 4: h dropped unless a vowel follows.
  let out = '';
  for (let k = 0; k < d.length; k++) {
    const c = d[k]!;
    if (c === Ch.h) {
      const nx = k + 1 < d.length ? d[k + 1]! : -1;
      if (nx !== Ch.a && nx !== Ch.e && nx !== Ch.i && nx !== Ch.o && nx !== Ch.u) continue;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

// Folding is pure and words repeat a lot within a document pair; a bounded cache pays off.
const foldCache = new Map<string, string>();

/** The shared folded form of one word (lower-cased, doubled letters collapsed). */
export function foldWord(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  const folded = collapseRepeats(/[\u0400-\u04ff]/.test(w) ? foldCyrillic(w) : foldLatin(w));
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

// Words: letters (with inner hyphens/apostrophes split later); numbers: digit groups with
// thousands separators or a decimal part. `tokenize` reads the text as this expression does,
// scanning code units (see tokenEnd).
export const TOKEN_PATTERN = /\p{L}[\p{L}\p{M}]*|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/gu;

/** Per code unit of the Basic Multilingual Plane: 0 not yet known, else 1 + (letter) + 2 * (mark). */
const unitClass = new Uint8Array(0x10000);
const LETTER_CP = /^\p{L}$/u;
const MARK_CP = /^\p{M}$/u;

/** 1 when the code point at `k` is a letter (\p{L}), 2 a combining mark (\p{M}), 0 neither; its length in `units`. */
function classAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const pair = text.slice(k, k + 2);
      return LETTER_CP.test(pair) ? 1 : MARK_CP.test(pair) ? 2 : 0;
    }
  }
  let x = unitClass[c]!;
  if (x === 0) {
    // A lone surrogate is neither (as the expression reads it in unicode mode).
    const ch = String.fromCharCode(c);
    x = unitClass[c] = 1 + (LETTER_CP.test(ch) ? 1 : MARK_CP.test(ch) ? 2 : 0);
  }
  return x - 1;
}

/** Whether the code point at `k` is a letter (\p{L}). */
export function letterAt(text: string, k: number): boolean {
  return classAt(text, k) === 1;
}

/** Code units of the code point at `k` (2 for a surrogate pair). */
export function unitsAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const d = text.charCodeAt(k + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * End of the TOKEN_PATTERN match that starts at `k`, or -1 when none starts there: a letter and
 * the letters and marks after it, or digits with groups of a separator and three digits and a
 * decimal part (each taken as far as it goes: what follows is optional, so the expression
 * never gives back a group it matched).
 */
function tokenEnd(text: string, k: number): number {
  const n = text.length;
  const c = text.charCodeAt(k);
  if (isDigit(c)) {
    let e = k + 1;
    while (e < n && isDigit(text.charCodeAt(e))) e++;
    for (;;) {
      const sep = text.charCodeAt(e);
      if (
        (sep === 0x2e || sep === 0x2c || sep === 0xa0 || sep === 0x202f || sep === 0x20) &&
        e + 3 < n &&
        isDigit(text.charCodeAt(e + 1)) &&
        isDigit(text.charCodeAt(e + 2)) &&
        isDigit(text.charCodeAt(e + 3))
      )
        e += 4;
      else break;
    }
    const dot = text.charCodeAt(e);
    if ((dot === 0x2e || dot === 0x2c) && e + 1 < n && isDigit(text.charCodeAt(e + 1))) {
      e += 2;
      while (e < n && isDigit(text.charCodeAt(e))) e++;
    }
    return e;
  }
  if (classAt(text, k) !== 1) return -1;
  let e = k + unitsAt(text, k);
  while (e < n && classAt(text, e) !== 0) e += unitsAt(text, e);
  return e;
}

/** Canonical digits of a number token: thousands separators dropped, decimal comma -> point. */
export function numberKey(raw: string): string {
  const compact = raw.replace(/[\u00a0\u202f ]/g, '');
  const m = /^(\d{1,3}(?:[.,]\d{3})+)$/.exec(compact);
  if (m) return compact.replace(/[.,]/g, '');
  return compact.replace(',', '.');
}

// Cardinal number words (2-12, 100, 1000): they match digits and each other across the
// languages. One is left out: ein/один double as articles and pronouns.
const NUMBER_WORDS: Record<string, string> = {};
for (const [value, forms] of [
  ['2', 'zwei два две двух двум двумя'],
  ['3', 'drei три трех трёх трем трём тремя'],
  ['4', 'vier четыре четырех четырёх четырем четырём четырьмя'],
  ['5', 'fünf пять пяти пятью'],
  ['6', 'sechs шесть шести шестью'],
  ['7', 'sieben семь семи семью'],
  ['8', 'acht восемь восьми восемью'],
  ['9', 'neun девять девяти девятью'],
  ['10', 'zehn десять десяти десятью'],
  ['11', 'elf одиннадцать одиннадцати'],
  ['12', 'zwölf двенадцать двенадцати'],
  ['100', 'hundert сто ста сотни сотен'],
  ['1000', 'tausend тысяча тысячи тысяч тысячу тысячей тысячам'],
] as const) {
  for (const f of forms.split(' ')) NUMBER_WORDS[f] = value;
}

/** Whether offset `s` begins a sentence: only spaces and opening marks after an end mark. */
function atSentenceStart(text: string, start: number, s: number): boolean {
  let k = s - 1;
  while (k >= start) {
    const ch = text[k] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '-' || ch === '\u2013' || ch === '\u2014') k--;
    else break;
  }
  if (k < start) return true;
  return '.!?:;«»„“"\n(…'.includes(text[k] ?? '');
}

/** What `tokenize` reads from a word's letters alone: its number value or folded key, and its case. */
interface WordFacts {
  /** Value of a number word (see NUMBER_WORDS), else undefined. */
  numeral: string | undefined;
  /** `foldWord` of the word (unused for a number word). */
  key: string;
  /** Starts with a letter that lower-casing changes. */
  upper: boolean;
}

// Words repeat a lot within a document: their facts are looked up once per distinct spelling
// (no lower-cased copy per token), in a bounded cache like the folds.
const factsCache = new Map<string, WordFacts>();

function wordFacts(raw: string): WordFacts {
  let f = factsCache.get(raw);
  if (f === undefined) {
    const numeral = NUMBER_WORDS[raw.toLowerCase()];
    const first = raw[0] ?? '';
    f = { numeral, key: numeral ? '' : foldWord(raw), upper: first !== first.toLowerCase() };
    if (factsCache.size > 50_000) factsCache.clear();
    factsCache.set(raw, f);
  }
  return f;
}

/** Tokens of `text[start, end)` (offsets are into `text`). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  // The matches of TOKEN_PATTERN from `start` on that begin before `end`, found by scanning (no
  // match object per token: a long translation's quotations tokenise some 40,000 words).
  const stop = Math.min(end, text.length);
  let s = start;
  while (s < stop) {
    const e = tokenEnd(text, s);
    if (e < 0) {
      s += unitsAt(text, s);
      continue;
    }
    // A token running past the range is cut at its end (ranges end at segment borders).
    const raw = text.slice(s, Math.min(e, end));
    const from = s;
    s = e;
    const c0 = raw.charCodeAt(0);
    if (c0 >= 0x30 && c0 <= 0x39) {
      out.push({ start: from, end: from + raw.length, raw, key: numberKey(raw), isNumber: true, capitalised: false });
      continue;
    }
    const f = wordFacts(raw);
    if (f.numeral) {
      out.push({ start: from, end: from + raw.length, raw, key: f.numeral, isNumber: true, capitalised: false });
      continue;
    }
    const atStart = f.upper && atSentenceStart(text, start, from);
    out.push({ start: from, end: from + raw.length, raw, key: f.key, isNumber: false, capitalised: f.upper && !atStart });
  }
  return out;
}

/** Edit distance with an early exit once it exceeds `max` (returns max + 1 then). */
function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? max + 1;
}

/**
 * Consonant skeleton of a folded word: the first letter, then consonants only. Vowels and
 * glides are where transliteration and inflection disagree most (Rajchl/Райхл,
 * Projekt/проект, Iveta/Иветой).
 */
const skeletonCache = new Map<string, string>();

export function skeleton(key: string): string {
  let sk = skeletonCache.get(key);
  if (sk === undefined) {
    // (key[0] ?? '') + key.slice(1).replace(/[aeiou]/g, ''), without a regular expression per key.
    sk = key.slice(0, 1);
    for (let k = 1; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if (c !== Ch.a && c !== Ch.e && c !== Ch.i && c !== Ch.o && c !== Ch.u) sk += key[k]!;
    }
    if (skeletonCache.size > 50_000) skeletonCache.clear();
    skeletonCache.set(key, sk);
  }
  return sk;
}

/** Prefix length compared: inflection lives at the end of words in both languages. */
const PREFIX = 8;

/**
 * Similarity in [0, 1] of two folded words as cognates (0 = unrelated). Short words only
 * count when identical; longer ones compare their first letters with a small edit budget.
 */
export function cognateSimilarity(a: string, b: string, names = false): number {
  if (a === b) return a.length >= 3 ? 1 : 0;
  const n = Math.min(a.length, b.length);
  if (n < 4) return 0;
  if (Math.max(a.length, b.length) > 2.6 * n + 2) return 0;
  const m = Math.min(n, PREFIX);
  const pa = a.slice(0, m);
  const pb = b.slice(0, m);
  if (pa === pb) return m >= 5 ? 1 : 0.8;
  if (m >= 6) {
    const budget = m >= 8 ? 2 : 1;
    const d = boundedLevenshtein(pa, pb, budget);
    if (d <= budget) return 1 - d / m;
  }
  // Same consonant skeleton at the start: 4 letters, or 3 for a pair of names.
  const sa = skeleton(a);
  const sb = skeleton(b);
  const k = Math.min(sa.length, sb.length, 5);
  const need = names ? 3 : 4;
  if (k >= need && sa.slice(0, k) === sb.slice(0, k)) return k >= 5 ? 0.8 : 0.65;
  return 0;
}

/**
 * Similarity of a long German word (a compound) whose later part starts like the Russian
 * word (Steuerinformationen/информацией), 0 when none.
 */
export function compoundSimilarity(de: string, ru: string): number {
  if (de.length < 9 || ru.length < 6) return 0;
  const head = ru.slice(0, 6);
  const p = de.indexOf(head, 3);
  if (p < 0) return 0;
  let l = 6;
  while (p + l < de.length && l < ru.length && de[p + l] === ru[l]) l++;
  return l >= 7 || de.length - p <= l + 3 ? 0.6 : 0.5;
}
