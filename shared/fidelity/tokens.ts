/**
 * Tokens of one side of a quotation as the fidelity checks see them: words (hyphenated words
 * kept whole), numbers (with an attached suffix such as 11-го, 90er, 3-mal), currency and
 * percent symbols, clause punctuation and announced omissions („…“, "[…]", "(...)").
 */
import type { WordRef } from './types';

export type Lang = 'de' | 'ru';

export type TokenKind = 'word' | 'number' | 'symbol' | 'punct' | 'ellipsis' | 'quote';

export interface FToken {
  /** Index among the side's tokens. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of a sentence (or of the text): its capital says nothing. */
  sentenceStart: boolean;
  /** Numbers: the value of the digits ("1.500" -> 1500, "2,5" -> 2.5). */
  value?: number;
  /** Numbers: letters attached to the digits, lower case, without a hyphen ("го", "er", "mal"). */
  suffix?: string;
  /** Numbers: followed by a dot (German ordinal "11. November"). */
  dotted?: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** Index of the clause (between , ; : dashes brackets and sentence ends). */
  clause: number;
}

// Order matters: announced omissions before plain punctuation, grouped digits before plain ones.
const TOKEN_SOURCE = [
  /(\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|…|\.{3,})/.source, // 1 ellipsis
  /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?:(-)?([\p{L}]+))?(\.(?=\s|$))?/u.source, // 2-5 number
  /([\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*\.?)/u.source, // 6 word (with an abbreviation dot)
  /([%$€₽£¥‰°])/.source, // 7 symbol
  /([«»„“”‚‘"»«‹›])/.source, // 8 quote
  /([,;:()[\]—–.!?]|\s-\s)/.source, // 9 punct
].join('|');
const TOKEN_RE = new RegExp(TOKEN_SOURCE, 'gu');

/**
 * The same tokens for a text of Latin (up to Latin Extended-B), Cyrillic (with its supplement),
 * general punctuation and currency signs only — every quotation of the test set, and news text
 * in the two languages generally: the letters and marks of those blocks spelled out. V8 compiles
 * a \p{L} class with its hundreds of ranges into each regex that uses it (about 2 ms for
 * TOKEN_RE on a process's first quotation); this one compiles in a small part of that. Within
 * these blocks the classes match exactly the code points \p{L} and \p{M} match (a unit test
 * checks every one), and such a text holds no surrogates, so the answers are TOKEN_RE's.
 */
const TOKEN_RE_COMMON = new RegExp(
  TOKEN_SOURCE.replaceAll('\\p{L}', 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u0481\\u048a-\\u052f').replaceAll('\\p{M}', '\\u0483-\\u0489'),
  'g',
);

/** Whether every code unit of `text` lies in the blocks TOKEN_RE_COMMON spells out. */
export function inCommonBlocks(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c <= 0x24f || (c >= 0x400 && c <= 0x52f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)) continue;
    return false;
  }
  return true;
}

/** Abbreviations whose dot is part of the word (Mio., млрд., тыс.); other dots end sentences. */
const ABBREV = new Set([
  'mio.', 'mrd.', 'bio.', 'tsd.', 'ca.', 'bzw.', 'usw.', 'etc.', 'dr.', 'prof.', 'nr.', 'st.', 'z.', 'b.',
  'chr.', 'v.', 'n.', 'тыс.', 'млн.', 'млрд.', 'трлн.', 'руб.', 'долл.', 'г.', 'гг.', 'т.', 'д.', 'п.', 'ул.', 'им.', 'чел.', 'см.', 'др.', 'н.', 'э.', 'н.э.',
]);

const ORDINAL_NEXT = /^\s+(?:\p{Ll}|Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/u;

/** Parses the digits of a number token: thousands by space or dot-and-three, decimal comma. */
export function parseDigits(raw: string): number {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  return Number(s);
}

/** Tokenises one side. Never throws; an empty or punctuation-only text gives no word tokens. */
export function tokenizeSide(text: string): FToken[] {
  const out: FToken[] = [];
  let sentence = 0;
  let clause = 0;
  let atStart = true;
  // exec over the shared global regex (no match is empty, so this walks as matchAll does, without its iterator).
  const re = inCommonBlocks(text) ? TOKEN_RE_COMMON : TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const base = { i: out.length, start, sentence, clause };
    if (m[1] !== undefined) {
      out.push({ ...base, end: start + m[0].length, text: m[0], lower: m[0], kind: 'ellipsis', cap: false, sentenceStart: false });
      continue;
    }
    if (m[2] !== undefined) {
      const digits = m[2];
      const suffix = m[4]?.toLowerCase();
      // The dot after a number is kept only as a flag; the token ends before it.
      const len = digits.length + (m[3] ?? '').length + (m[4] ?? '').length;
      // "11. November", "der 3. Platz": an ordinal; "im Jahr 2019. Dann": a sentence end.
      const ordinal = m[5] !== undefined && ORDINAL_NEXT.test(text.slice(start + len + 1, start + len + 12));
      out.push({
        ...base,
        end: start + len,
        text: m[0].slice(0, len),
        lower: m[0].slice(0, len).toLowerCase(),
        kind: 'number',
        cap: false,
        sentenceStart: atStart,
        value: parseDigits(digits),
        suffix,
        dotted: ordinal,
      });
      atStart = false;
      if (m[5] !== undefined && !ordinal) {
        sentence++;
        clause++;
        atStart = true;
      }
      continue;
    }
    if (m[6] !== undefined) {
      let word = m[6];
      let lower = word.toLowerCase();
      // A final dot belongs to the word only for known abbreviations; otherwise it ends a sentence.
      const endsSentence = word.endsWith('.') && !ABBREV.has(lower);
      if (endsSentence) {
        word = word.slice(0, -1);
        lower = lower.slice(0, -1);
      }
      const first = word[0] ?? '';
      out.push({ ...base, end: start + word.length, text: word, lower, kind: 'word', cap: first !== first.toLowerCase(), sentenceStart: atStart });
      atStart = false;
      if (endsSentence) {
        sentence++;
        clause++;
        atStart = true;
      }
      continue;
    }
    if (m[7] !== undefined) {
      out.push({ ...base, end: start + 1, text: m[7], lower: m[7], kind: 'symbol', cap: false, sentenceStart: false });
      continue;
    }
    if (m[8] !== undefined) {
      out.push({ ...base, end: start + 1, text: m[8], lower: m[8], kind: 'quote', cap: false, sentenceStart: false });
      continue;
    }
    const p = m[9]!.trim();
    out.push({ ...base, end: start + m[9]!.length, text: m[9]!, lower: p, kind: 'punct', cap: false, sentenceStart: false });
    clause++;
    if (p === '.' || p === '!' || p === '?') {
      sentence++;
      atStart = true;
    } else if (p === ':') atStart = true;
  }
  return out;
}

/** The span of a token as a word reference. */
export function refOf(t: FToken): WordRef {
  return { start: t.start, end: t.end, text: t.text };
}

/** The tokens of `toks` that the words `refs` stand on (words that no token starts at are left out). */
export const wordsOf = (refs: readonly WordRef[], toks: readonly FToken[]) => refs.map((w) => toks.find((t) => t.start === w.start)).filter((t): t is FToken => t !== undefined);

/** A reference covering tokens from..to (inclusive), with the text between them. */
/** The tokens that lie inside any of the spans `refs`. */
export const tokensIn = (refs: readonly WordRef[], toks: readonly FToken[]) => toks.filter((t) => refs.some((w) => t.start >= w.start && t.end <= w.end));

export function refSpan(text: string, from: FToken, to: FToken): WordRef {
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end) };
}

/** Whether the token is a word or a number (what the checks count). */
export function isLexical(t: FToken): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

/** Finds a lower-case word sequence at token i (words only, punctuation breaks it). */
export function sequenceAt(toks: readonly FToken[], i: number, seq: readonly string[]): boolean {
  for (let n = 0; n < seq.length; n++) {
    const t = toks[i + n];
    if (!t || t.kind !== 'word' || t.lower !== seq[n]) return false;
  }
  return true;
}
