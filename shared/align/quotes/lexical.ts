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
    .replace(/tz/g, 'c')
    .replace(/z/g, 'c')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/c(?=[aoukrl])/g, 'k')
    .replace(/ie/g, 'i')
    .replace(/ei/g, 'ai')
    .replace(/eu/g, 'oi')
    .replace(/j/g, '')
    .replace(/h(?![aeiou])/g, '');
  return s;
}

/** The shared folded form of one word (lower-cased, doubled letters collapsed). */
export function foldWord(word: string): string {
  const w = word.toLowerCase();
  const folded = /[\u0400-\u04ff]/.test(w) ? foldCyrillic(w) : foldLatin(w);
  return folded.replace(/(.)\1+/g, '$1');
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

const SENTENCE_START = /(^|[.!?:;«»„“"]\s*|\n\s*)$/;

/** Tokens of `text[start, end)` (offsets are into `text`). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const raw = m[0];
    const s = m.index;
    if (/^\d/.test(raw)) {
      out.push({ start: s, end: s + raw.length, raw, key: numberKey(raw), isNumber: true, capitalised: false });
      continue;
    }
    const first = raw[0] ?? '';
    const upper = first !== first.toLowerCase();
    const before = text.slice(Math.max(start, s - 4), s);
    const atStart = s === start || SENTENCE_START.test(before);
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

/** Prefix length compared: inflection lives at the end of words in both languages. */
const PREFIX = 8;

/**
 * Similarity in [0, 1] of two folded words as cognates (0 = unrelated). Short words only
 * count when identical; longer ones compare their first letters with a small edit budget.
 */
export function cognateSimilarity(a: string, b: string): number {
  if (a === b) return a.length >= 3 ? 1 : 0;
  const n = Math.min(a.length, b.length);
  if (n < 4) return 0;
  if (Math.max(a.length, b.length) > 2.6 * n + 2) return 0;
  const m = Math.min(n, PREFIX);
  const pa = a.slice(0, m);
  const pb = b.slice(0, m);
  if (pa === pb) return m >= 5 ? 1 : 0.8;
  if (m < 6) return 0;
  const budget = m >= 8 ? 2 : 1;
  const d = boundedLevenshtein(pa, pb, budget);
  if (d > budget) return 0;
  return 1 - d / m;
}
