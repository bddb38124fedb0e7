/**
 * Which writing system a text is in, and whether it fits the language it is meant to be in:
 * enough to tell a German article put into the Russian slot (or the other way round) before
 * anything is aligned. The script a language is written in comes from Intl.Locale (CLDR's
 * likely subtags), so any language tag works, not only ru and de.
 */

/** Scripts told apart, as ISO 15924 codes; each with the Unicode script property it counts. */
const SCRIPTS: readonly (readonly [code: string, re: RegExp])[] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** Letters looked at: the opening of a long text says enough. */
const SAMPLE = 20_000;
/** Fewer letters than this say nothing reliable (a title, a name). */
export const MIN_LETTERS = 20;
/** Below this share of its own script's letters a text does not look like the language. */
const MIN_SHARE = 0.5;

export interface ScriptProfile {
  /** Letters counted. */
  letters: number;
  /** Letters per script code (letters of other scripts are in `letters` only). */
  counts: Readonly<Record<string, number>>;
  /** The script with the most letters; null without letters. */
  dominant: string | null;
}

export function scriptProfile(text: string): ScriptProfile {
  const counts: Record<string, number> = {};
  let letters = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    for (const [code, re] of SCRIPTS) {
      if (re.test(ch)) {
        counts[code] = (counts[code] ?? 0) + 1;
        break;
      }
    }
  }
  let dominant: string | null = null;
  for (const [code, n] of Object.entries(counts)) if (dominant === null || n > (counts[dominant] ?? 0)) dominant = code;
  return { letters, counts, dominant };
}

/** The script a language is usually written in ('ru' -> 'Cyrl', 'de' -> 'Latn', 'ja' -> 'Jpan'); null when unknown. */
export function scriptOfLanguage(lang: string): string | null {
  try {
    return new Intl.Locale(lang).maximize().script ?? null;
  } catch {
    return null;
  }
}

/** Scripts a written language mixes: Japanese is kana and Han, Korean Hangul and Han. */
function scriptsOf(script: string): readonly string[] {
  switch (script) {
    case 'Jpan':
      return ['Kana', 'Hani'];
    case 'Kore':
      return ['Hang', 'Hani'];
    case 'Hans':
    case 'Hant':
      return ['Hani'];
    default:
      return [script];
  }
}

export interface LanguageFit {
  /** False when the text is plainly in another script than the language's. */
  fits: boolean;
  /** The language's script (ISO 15924), null when unknown. */
  expected: string | null;
  /** The text's main script, null without letters. */
  found: string | null;
  /** Share of the text's letters in the expected script (1 when not checked). */
  share: number;
}

/**
 * Does `text` look like it is written in `lang`? Checked by script only: a German text in
 * the Russian slot fails (Cyrillic share near 0); Ukrainian in a Russian slot passes. Short
 * texts and languages whose script is unknown are given the benefit of the doubt.
 */
export function checkLanguageFit(text: string, lang: string): LanguageFit {
  const expected = scriptOfLanguage(lang);
  const p = scriptProfile(text);
  if (!expected || p.letters < MIN_LETTERS) return { fits: true, expected, found: p.dominant, share: 1 };
  const own = scriptsOf(expected).reduce((n, s) => n + (p.counts[s] ?? 0), 0);
  const share = own / p.letters;
  return { fits: share >= MIN_SHARE, expected, found: p.dominant, share: Math.round(share * 1000) / 1000 };
}
