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
    // German writes с between vowels as "ss" (Wassili); the key collapses it again.
    if (lower === 'с' && VOWELS.has(prev) && k + 1 < text.length && VOWELS.has(text[k + 1]!.toLowerCase())) t = 'ss';
    if (ch !== lower && t.length > 0) t = t[0]!.toUpperCase() + t.slice(1);
    out += t;
  }
  return out;
}

const DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Coarse phonetic key of a Latin-script (or transliterated) word: lower case, umlauts and
 * accents folded, spelling variants merged (ph/f, th/t, c/k/z, w/v, y/i, z/s, doubled
 * letters), so that a Russian word transliterated letter by letter and its German cognate
 * share a long prefix. Not meant to be read.
 */
export function latinKey(word: string): string {
  let w = word.toLowerCase();
  w = w.replace(/ä/g, 'e').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  w = w.normalize('NFD').replace(DIACRITICS, '');
  w = w
    .replace(/tsch/g, 'c')
    .replace(/sch/g, 'x')
    .replace(/ch/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kv')
    .replace(/c/g, 'k')
    .replace(/tz/g, 'z')
    .replace(/dt/g, 't')
    .replace(/ie/g, 'i')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    // German st/sp at word start is "scht/schp", which Russian spells with ш.
    .replace(/^x([tp])/, 's$1');
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const ch = w[k]!;
    if (ch !== out[out.length - 1]) out += ch;
  }
  return out;
}

/** Cognate key of a word in either script. */
export function cognateKey(word: string): string {
  return latinKey(hasCyrillic(word) ? transliterate(word) : word);
}
