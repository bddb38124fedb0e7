import { isStopDe, isStopRu } from '../dictionary/words';
import { stemDe, stemRu } from '../stem';
import { normaliseNumber } from '../tokens';
import { cognateKey } from '../translit';
import { conceptOf } from './concepts';

/** A word or number of a text as the quotation search compares it. Offsets index the text. */
export interface MatchToken {
  start: number;
  end: number;
  raw: string;
  lower: string;
  /** Snowball stem (words); the number's digits or a concept key (numbers, months, units). */
  stem: string;
  /** Transliteration-based cognate key (see translit.ts); '' for numbers. */
  key: string;
  /** A number, or a word for one (zwei, два, März, марта, Prozent, млрд): matched by `stem`. */
  num: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Starts a sentence (so a capital says nothing). */
  initial: boolean;
  /** A function word: no evidence either way. */
  stop: boolean;
  /** Set when the word stands right after a hyphen (EU-Staaten: "Staaten"). */
  hyphenated: boolean;
}

// Numbers: digit groups with thousands separators and a decimal part; words: letters with
// combining marks (stress marks are dropped from the lower-case form).
const TOKEN_RE = /(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+)|(%)/gu;

function isSentenceStart(text: string, s: number, from: number): boolean {
  let k = s - 1;
  while (k >= from && /[\s\u00a0\-–—„“"«»(]/.test(text[k] as string)) k--;
  return k < from || /[.!?:…\n]/.test(text[k] as string);
}

/**
 * Tokens of `text[from, to)` for language `lang` ('de' or 'ru'): stems by the Snowball
 * stemmer of the language, cognate keys, numbers and concept words normalised.
 */
export function matchTokens(text: string, lang: 'de' | 'ru', from = 0, to = text.length): MatchToken[] {
  const out: MatchToken[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = from;
  const stem = lang === 'de' ? stemDe : stemRu;
  const stop = lang === 'de' ? isStopDe : isStopRu;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = Math.min(to, start + m[0].length);
    const raw = text.slice(start, end);
    const base = { start, end, raw, key: '', cap: false, initial: false, stop: false, hyphenated: text[start - 1] === '-' };
    if (m[1] !== undefined) {
      const digits = normaliseNumber(raw);
      out.push({ ...base, lower: raw, stem: '#' + digits, num: true });
      continue;
    }
    if (m[3] !== undefined) {
      out.push({ ...base, lower: '%', stem: '#%', num: true });
      continue;
    }
    let lower = /[\u0300\u0301]/.test(raw) ? raw.replace(/[\u0300\u0301]/g, '').toLowerCase() : raw.toLowerCase();
    // A Greek beta inside a German word is an ß typed on the wrong key (geäuβert, Maβnahmen).
    if (lang === 'de' && lower.includes('β') && /[a-zäöü]/.test(lower)) lower = lower.replace(/β/g, 'ß');
    const concept = conceptOf(lower);
    const cap = raw[0] !== lower[0];
    out.push({
      ...base,
      lower,
      stem: concept ?? stem(lower),
      key: concept ? '' : cognateKey(lower),
      num: concept !== null,
      cap,
      initial: cap && isSentenceStart(text, start, from),
      stop: concept === null && stop(lower),
    });
  }
  return out;
}
