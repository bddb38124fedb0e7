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

/** Fold a Cyrillic word onto the shared Latin spelling. */
function foldCyrillic(w: string): string {
  let out = '';
  for (const ch of w) {
    const m = RU_FOLD[ch];
    out += m ?? ch;
  }
  return out;
}

/** Fold a Latin-script (German) word onto the shared spelling. */
function foldLatin(w: string): string {
  let s = w
    .replace(/ä/g, 'e')
    .replace(/[öœ]/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/[ßβ]/g, 's')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  s = s
    .replace(/tsch/g, 'C')
    .replace(/sch/g, 'S')
    .replace(/ch/g, 'H')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/qu/g, 'kv')
    // A written c sounds k before a, o, u and consonants; z (and tz) is the c of Russian ц.
    .replace(/c(?=[aoukrl])/g, 'k')
    .replace(/tz/g, 'c')
    .replace(/z/g, 'c')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/ie/g, 'i')
    // Russian spells German ei as ей and the eu of Greek/Latin words as ев (Europa/Европа).
    .replace(/eu/g, 'ev')
    .replace(/j/g, '')
    .replace(/h(?![aeiou])/g, '');
  return s;
}

// Folding is pure and words repeat a lot within a document pair; a bounded cache pays off.
const foldCache = new Map<string, string>();

/** The shared folded form of one word (lower-cased, doubled letters collapsed). */
export function foldWord(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  const folded = (/[\u0400-\u04ff]/.test(w) ? foldCyrillic(w) : foldLatin(w)).replace(/(.)\1+/g, '$1');
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(word, folded);
  return folded;
}

// Words: letters (with inner hyphens/apostrophes split later); numbers: digit groups with
// thousands separators or a decimal part.
const TOKEN_RE = /\p{L}[\p{L}\p{M}]*|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/gu;

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

/** Tokens of `text[start, end)` (offsets are into `text`). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    if (s >= end) break;
    // A token running past the range is cut at its end (ranges end at segment borders).
    const raw = s + m[0].length > end ? m[0].slice(0, end - s) : m[0];
    if (/^\d/.test(raw)) {
      out.push({ start: s, end: s + raw.length, raw, key: numberKey(raw), isNumber: true, capitalised: false });
      continue;
    }
    const numeral = NUMBER_WORDS[raw.toLowerCase()];
    if (numeral) {
      out.push({ start: s, end: s + raw.length, raw, key: numeral, isNumber: true, capitalised: false });
      continue;
    }
    const first = raw[0] ?? '';
    const upper = first !== first.toLowerCase();
    const atStart = upper && atSentenceStart(text, start, s);
    out.push({ start: s, end: s + raw.length, raw, key: foldWord(raw), isNumber: false, capitalised: upper && !atStart });
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
    sk = (key[0] ?? '') + key.slice(1).replace(/[aeiou]/g, '');
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
