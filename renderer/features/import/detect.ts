import { plausibility } from '../../../shared/text/plausibility';
import { sniffUtf16 } from '../../../shared/text/utf16';

/** Encodings the backend decoder accepts (electron/services/import/decode.ts). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5', 'windows-1252', 'iso-8859-1', 'iso-8859-15'] as const;
export type Encoding = (typeof ENCODINGS)[number];

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/**
 * A quick guess for the preview only: the backend detects again (and is authoritative) unless
 * the user picks an encoding. Of the 8-bit encodings the one under which the sample reads
 * most like Russian or German prose wins (the backend's measure, shared/text/plausibility.ts):
 * a German ä read as Windows-1251 is a Cyrillic д inside a Latin word.
 */
export function guessEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 64 * 1024);
  const utf16 = sniffUtf16(sample, decode);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, lastCompleteUtf8(sample)));
    return 'utf-8';
  } catch {
    // not UTF-8: an 8-bit encoding
  }
  let best: Encoding = 'windows-1252';
  let bestScore = 0;
  for (const enc of ['windows-1252', 'windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const) {
    const score = plausibility(decode(sample, enc));
    if (score > bestScore) {
      bestScore = score;
      best = enc;
    }
  }
  return best;
}

/** A cut inside a multi-byte sequence must not make valid UTF-8 look invalid. */
function lastCompleteUtf8(b: Uint8Array): number {
  let i = b.length;
  for (let k = 0; k < 4 && i > 0; k++) {
    const c = b[i - 1]!;
    if (c < 0x80) return i;
    if (c >= 0xc0) return i - 1;
    i--;
  }
  return b.length;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return '';
  }
}

/** Cyrillic or Latin majority; German if the Latin text has German letters or is otherwise Latin. */
export function guessLang(text: string): 'ru' | 'de' | 'en' {
  const cyr = count(text, /[\u0400-\u04ff]/g);
  const lat = count(text, /[A-Za-zÄÖÜäöüß]/g);
  if (cyr > lat) return 'ru';
  if (/[äöüß]/i.test(text) || /\b(und|der|die|das|nicht|ist)\b/i.test(text)) return 'de';
  return lat > 0 ? 'en' : 'de';
}

export function isBinaryLike(bytes: Uint8Array, name: string): boolean {
  return /\.(docx|docm)$/i.test(name) || bytes.subarray(0, 4096).includes(0) && !/\.(txt|text)$/i.test(name);
}
