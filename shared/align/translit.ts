/**
 * Cyrillic -> Latin transliteration in German spelling (Duden-like: Путин -> Putin,
 * Шостакович -> Schostakowitsch, Жуков -> Schukow, Хрущёв -> Chruschtschjow) and a coarse
 * "cognate key" that brings a transliterated Russian word and a German word to a common form
 * (Москва -> moskva, Moskau -> moskau; стратегического -> strategitsesk..., strategischen ->
 * strategisen), so that names and internationalisms compare by their first letters.
 */

const RU_DE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'ju', я: 'ja',
  // Ukrainian/Belarusian letters occur in names in Russian news.
  і: 'i', ї: 'ji', є: 'je', ґ: 'g', ў: 'w',
};

const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ь', 'ъ']);

/** True when the string contains a Cyrillic letter. */
export function hasCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/**
 * Transliterates Cyrillic letters into German spelling; other characters pass through.
 * Case is kept on the first letter of each transliterated letter group (Щ -> Schtsch).
 */
export function transliterate(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    const code = ch.charCodeAt(0);
    if (code < 0x400 || code > 0x4ff) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase();
    let t = RU_DE[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    const prev = k > 0 ? text[k - 1]!.toLowerCase() : '';
    // е after a vowel or at word start sounds "je"; German spelling keeps plain "e" in
    // established names (Jelzin is the exception), so only after vowels.
    if (lower === 'е' && VOWELS.has(prev)) t = 'je';
    // Duden drops й after и/ы: Чайковский -> Tschaikowski, Толстый -> Tolsty.
    if (lower === 'й' && (prev === 'и' || prev === 'ы')) t = '';
    // German writes с between vowels as "ss" (Wassili); the key collapses it again.
    if (lower === 'с' && VOWELS.has(prev) && k + 1 < text.length && VOWELS.has(text[k + 1]!.toLowerCase())) t = 'ss';
    if (ch !== lower && t.length > 0) t = t[0]!.toUpperCase() + t.slice(1);
    out += t;
  }
  return out;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const PLAIN = /^[a-z]*$/;
const VOWEL_LATIN = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j']);

/**
 * Coarse phonetic key of a Latin-script (or transliterated) word: lower case, umlauts and
 * accents folded, spelling variants merged (tsch/c, sch, ch/h, ph/f, th/t, c/k, z/s, x/ks,
 * w/v, y/j/i, ie/i, -tion/-sion, ev/eu before a consonant, ju/ü after a consonant, dsch/j,
 * háček letters, doubled letters), so that a Russian word transliterated letter by
 * letter and its German cognate share a long prefix. Not meant to be read.
 */
export function latinKey(word: string): string {
  let w = word.toLowerCase();
  if (!PLAIN.test(w)) {
    w = w.replace(/ä/g, 'e').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
    // Háček letters of Czech/Slovak/Polish names sound as Russian spells them (Hašek/Гашек).
    w = w.replace(/[šśź]/g, 'sch').replace(/ž/g, 'sch').replace(/[čć]/g, 'tsch').replace(/ř/g, 'rsch').replace(/ł/g, 'l');
    w = w.normalize('NFD').replace(DIACRITICS, '');
  }
  let out = '';
  // The last letter of `out`, kept apart: reading it from a string built by += would
  // flatten that string on every letter.
  let last = '';
  const n = w.length;
  for (let k = 0; k < n; k++) {
    const c = w[k]!;
    // The next letter ('' past the end: a read past a string's end deoptimises this loop).
    const nx1 = k + 1 < n ? w[k + 1]! : '';
    let r: string = c;
    if (c === 't' && w.startsWith('tsch', k)) {
      r = 'c';
      k += 3;
    } else if (c === 's' && w.startsWith('sch', k)) {
      // German st/sp at word start is "scht/schp", which Russian spells with ш.
      const nx = k + 3 < n ? w[k + 3] : '';
      r = k === 0 && (nx === 't' || nx === 'p') ? 's' : 'X';
      k += 2;
      // Initial дж / dsch is English j in names (Джобс/Jobs, Джонсон/Johnson).
      if (out === 'd') {
        out = '';
        last = '';
        r = 'i';
      }
    } else if (c === 'c') {
      if (nx1 === 'h') {
        r = 'h';
        k += 1;
      } else if (nx1 === 'k') {
        r = 'k';
        k += 1;
      } else r = 'k';
    } else if (c === 'x') {
      r = 'ks';
    } else if (c === 'e' && (nx1 === 'v' || nx1 === 'w') && k + 2 < n && !VOWEL_LATIN.has(w[k + 2]!)) {
      // Greek eu: Европа/Europa, нейтральный/neutral.
      r = 'eu';
      k += 1;
    } else if (c === 't' && w.startsWith('tion', k)) {
      // Latin -tion is spoken (and spelled in Russian) -zion: Nation/нация.
      r = 'sion';
      k += 3;
    } else if ((c === 'i' || c === 'j') && nx1 === 'u' && last !== '' && !VOWEL_LATIN.has(last)) {
      // ю after a consonant is German ü/u: Брюссель/Brüssel, Мюнхен/München.
      r = 'u';
      k += 1;
    } else if (c === 'p' && nx1 === 'h') {
      r = 'f';
      k += 1;
    } else if (c === 't' && (nx1 === 'h' || nx1 === 'z')) {
      r = nx1 === 'h' ? 't' : 's';
      k += 1;
    } else if (c === 'd' && nx1 === 't') {
      r = 't';
      k += 1;
    } else if (c === 'q' && nx1 === 'u') {
      r = 'kv';
      k += 1;
    } else if (c === 'i' && nx1 === 'e') {
      r = 'i';
      k += 1;
    } else if (c === 'j' || c === 'y') r = 'i';
    else if (c === 'w') r = 'v';
    else if (c === 'z') r = 's';
    if (r.length === 1) {
      if (r !== last) {
        out += r;
        last = r;
      }
    } else
      for (let q = 0; q < r.length; q++) {
        const ch = r[q]!;
        if (ch !== last) {
          out += ch;
          last = ch;
        }
      }
  }
  return out;
}

// Lower-case Cyrillic letters by code (0x430-0x45f), for the key's fast path.
const LOWER_TABLE: Array<string | undefined> = [];
for (const [k, v] of Object.entries(RU_DE)) LOWER_TABLE[k.charCodeAt(0) - 0x430] = v;

/** `transliterate` of a lower-case word, without the capitalisation work (same letters). */
function transliterateLower(w: string): string {
  let out = '';
  let prev = '';
  for (let k = 0; k < w.length; k++) {
    const ch = w[k]!;
    const code = ch.charCodeAt(0) - 0x430;
    let t = code >= 0 && code < 0x30 ? LOWER_TABLE[code] : undefined;
    if (t === undefined) {
      out += ch;
      prev = ch;
      continue;
    }
    if (ch === 'е' && VOWELS.has(prev)) t = 'je';
    else if (ch === 'й' && (prev === 'и' || prev === 'ы')) t = '';
    else if (ch === 'с' && VOWELS.has(prev) && k + 1 < w.length && VOWELS.has(w[k + 1]!)) t = 'ss';
    out += t;
    prev = ch;
  }
  return out;
}

const keyCache = new Map<string, string>();

/** Cognate key of a word in either script (memoised: documents repeat their words). */
export function cognateKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    k = cognateKeyOf(word, word.toLowerCase());
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

/**
 * `cognateKey` without the memo, for callers that keep their own (`lower` is
 * `word.toLowerCase()`, which they have at hand anyway).
 */
export function cognateKeyOf(word: string, lower: string): string {
  return fastKey(word, lower) ?? latinKey(hasCyrillic(word) ? transliterateLower(lower) : word);
}

// The same key computed on character codes, for the words nearly all texts consist of: plain
// Latin letters, or Cyrillic letters all of which the transliteration table knows. A long
// document has tens of thousands of distinct words, and building strings letter by letter
// (`latinKey`, `transliterateLower`) cost more than everything else the aligner does with them.
// Other words (accents, umlauts, mixed scripts) take the string path above; tests hold both
// paths to the same keys.

const C_A = 0x61;
const C_Z = 0x7a;
/** Latin letters of each Cyrillic table entry, by code - 0x430 (undefined: not in the table). */
const LOWER_CODES: Array<readonly number[] | undefined> = LOWER_TABLE.map((t) => (t === undefined ? undefined : Array.from(t, (c) => c.charCodeAt(0))));
const RU_VOWEL_TABLE = new Uint8Array(0x60);
for (const v of VOWELS) RU_VOWEL_TABLE[v.charCodeAt(0) - 0x430] = 1;
const isRuVowel = (c: number): boolean => c >= 0x430 && c < 0x490 && RU_VOWEL_TABLE[c - 0x430] === 1;
const LATIN_VOWEL_CODES = new Uint8Array(128);
for (const v of VOWEL_LATIN) LATIN_VOWEL_CODES[v.charCodeAt(0)] = 1;
const CY_E = 0x435; // е
const CY_SHORT_I = 0x439; // й
const CY_I = 0x438; // и
const CY_Y = 0x44b; // ы
const CY_S = 0x441; // с

let scratch = new Uint16Array(64);
// A plain array, not a typed one: `String.fromCharCode.apply` reads a packed array on its
// fast path, while a typed array view cost about 2 us per word until the JIT had warmed up.
const keyOut: number[] = [];

/** `cognateKey` on character codes, or undefined when the word needs the string path. */
function fastKey(word: string, lower: string): string | undefined {
  const n = word.length;
  if (lower.length !== n) return undefined;
  if (scratch.length < n * 7 + 4) scratch = new Uint16Array(n * 7 + 4);
  let cyrillic = false;
  for (let k = 0; k < n; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) cyrillic = true;
  }
  let len = 0;
  if (!cyrillic) {
    for (let k = 0; k < n; k++) {
      const c = lower.charCodeAt(k);
      if (c < C_A || c > C_Z) return undefined;
      scratch[len++] = c;
    }
  } else {
    // transliterateLower, letter by letter.
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const ch = lower.charCodeAt(k);
      const t = ch - 0x430 >= 0 && ch - 0x430 < 0x30 ? LOWER_CODES[ch - 0x430] : undefined;
      if (t === undefined) return undefined;
      if (ch === CY_E && isRuVowel(prev)) {
        scratch[len++] = 0x6a;
        scratch[len++] = 0x65;
      } else if (ch === CY_SHORT_I && (prev === CY_I || prev === CY_Y)) {
        // dropped
      } else if (ch === CY_S && isRuVowel(prev) && k + 1 < n && isRuVowel(lower.charCodeAt(k + 1))) {
        scratch[len++] = 0x73;
        scratch[len++] = 0x73;
      } else for (let q = 0; q < t.length; q++) scratch[len++] = t[q]!;
      prev = ch;
    }
  }
  return latinKeyCodes(scratch, len);
}

/** The loop of `latinKey` on lower-case a-z codes (a letter equal to the last one is dropped). */
function latinKeyCodes(w: Uint16Array, n: number): string {
  const out = keyOut;
  let m = 0;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const c = w[k]!;
    const nx = k + 1 < n ? w[k + 1]! : -1;
    // Up to four letters replace the current one; r1..r4 < 0 means none.
    let r1 = c;
    let r2 = -1;
    let r3 = -1;
    let r4 = -1;
    if (c === 0x74 && nx === 0x73 && k + 3 < n && w[k + 2] === 0x63 && w[k + 3] === 0x68) {
      r1 = 0x63; // tsch -> c
      k += 3;
    } else if (c === 0x73 && nx === 0x63 && k + 2 < n && w[k + 2] === 0x68) {
      const n3 = k + 3 < n ? w[k + 3]! : -1;
      r1 = k === 0 && (n3 === 0x74 || n3 === 0x70) ? 0x73 : 0x58; // s or X
      k += 2;
      if (m === 1 && out[0] === 0x64) {
        m = 0;
        last = -1;
        r1 = 0x69;
      }
    } else if (c === 0x63) {
      r1 = nx === 0x68 ? 0x68 : 0x6b;
      if (nx === 0x68 || nx === 0x6b) k += 1;
    } else if (c === 0x78) {
      r1 = 0x6b;
      r2 = 0x73;
    } else if (c === 0x65 && (nx === 0x76 || nx === 0x77) && k + 2 < n && LATIN_VOWEL_CODES[w[k + 2]!] === 0) {
      r2 = 0x75;
      k += 1;
    } else if (c === 0x74 && nx === 0x69 && k + 3 < n && w[k + 2] === 0x6f && w[k + 3] === 0x6e) {
      r1 = 0x73;
      r2 = 0x69;
      r3 = 0x6f;
      r4 = 0x6e;
      k += 3;
    } else if ((c === 0x69 || c === 0x6a) && nx === 0x75 && last !== -1 && !(last < 128 && LATIN_VOWEL_CODES[last] === 1)) {
      r1 = 0x75;
      k += 1;
    } else if (c === 0x70 && nx === 0x68) {
      r1 = 0x66;
      k += 1;
    } else if (c === 0x74 && (nx === 0x68 || nx === 0x7a)) {
      r1 = nx === 0x68 ? 0x74 : 0x73;
      k += 1;
    } else if (c === 0x64 && nx === 0x74) {
      r1 = 0x74;
      k += 1;
    } else if (c === 0x71 && nx === 0x75) {
      r1 = 0x6b;
      r2 = 0x76;
      k += 1;
    } else if (c === 0x69 && nx === 0x65) {
      k += 1;
    } else if (c === 0x6a || c === 0x79) r1 = 0x69;
    else if (c === 0x77) r1 = 0x76;
    else if (c === 0x7a) r1 = 0x73;
    if (r1 !== last) out[m++] = last = r1;
    if (r2 >= 0 && r2 !== last) out[m++] = last = r2;
    if (r3 >= 0 && r3 !== last) out[m++] = last = r3;
    if (r4 >= 0 && r4 !== last) out[m++] = last = r4;
  }
  out.length = m;
  return String.fromCharCode.apply(null, out);
}
