import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { SverkaError } from '../../../shared/errors';
import { plausibility } from '../../../shared/text/plausibility';
import { sniffUtf16 } from '../../../shared/text/utf16';
import { assertNotBinary, decodeUtf8Text, SAMPLE, type DecodedText } from './text';

export { assertNotBinary, type DecodedText } from './text';

/** Encodings the user may choose explicitly (anything iconv-lite knows is accepted too). */
export const KNOWN_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-5',
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
] as const;

function canonical(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  const alias: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8-sig': 'utf-8',
    utf16le: 'utf-16le',
    'utf-16': 'utf-16le',
    utf16be: 'utf-16be',
    cp1251: 'windows-1251',
    'win-1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    cp1252: 'windows-1252',
    koi8r: 'koi8-r',
    latin1: 'iso-8859-1',
    'latin-1': 'iso-8859-1',
    latin9: 'iso-8859-15',
    ascii: 'utf-8',
    'us-ascii': 'utf-8',
    cp866: 'ibm866',
    'x-mac-cyrillic': 'maccyrillic',
  };
  return alias[n] ?? n;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Valid multi-byte UTF-8 characters and replacement characters when `bytes` are read as
 * UTF-8 (the native decoder is an order of magnitude faster than a byte loop).
 */
function utf8Evidence(bytes: Uint8Array): { multi: number; bad: number } {
  const s = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let multi = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) multi++;
  }
  return { multi, bad };
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes; `firstBad` is the first invalid byte offset. */
function utf8Stats(bytes: Uint8Array): { multi: number; bad: number; firstBad: number; firstMulti: number } {
  let multi = 0;
  let bad = 0;
  let firstBad = -1;
  let firstMulti = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length and lowest valid second byte / highest valid second byte (rejects overlongs and surrogates).
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < n;
    if (ok) {
      const c1 = bytes[i + 1] as number;
      ok = c1 >= lo && c1 <= hi;
      for (let k = 2; ok && k <= need; k++) {
        const c = bytes[i + k] as number;
        ok = c >= 0x80 && c <= 0xbf;
      }
    }
    if (ok) {
      if (firstMulti < 0) firstMulti = i;
      multi++;
      i += need + 1;
    } else {
      if (firstBad < 0) firstBad = i;
      bad++;
      i++;
    }
  }
  return { multi, bad, firstBad, firstMulti };
}

/**
 * Decodes bytes to text. Order: explicit `opts.encoding`; a BOM (UTF-8, UTF-16 LE/BE); valid
 * UTF-8; UTF-16 without BOM (by its NUL pattern); otherwise a single-byte encoding chosen by
 * jschardet and checked against a plausibility score over Windows-1251, KOI8-R, IBM866,
 * Windows-1252 and ISO-8859-15. Throws EMPTY_INPUT, BINARY_FILE, DECODE_FAILED (a file that
 * mixes UTF-8 with another encoding, naming the byte offsets) or UNSUPPORTED (unknown encoding).
 */
export function decodeBytes(bytes: Uint8Array, opts?: { encoding?: string }): DecodedText {
  if (bytes.length === 0) throw new SverkaError('EMPTY_INPUT', 'The file is empty.');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (opts?.encoding) {
    const enc = canonical(opts.encoding);
    if (!iconv.encodingExists(enc)) {
      throw new SverkaError('UNSUPPORTED', `Unknown encoding "${opts.encoding}". Known: ${KNOWN_ENCODINGS.join(', ')}.`, { encoding: opts.encoding });
    }
    return { text: stripBom(iconv.decode(buf, enc, { stripBOM: true })), encoding: enc, confidence: 1 };
  }
  const utf8 = decodeUtf8Text(bytes);
  if (utf8) return utf8;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Strict(bytes.subarray(3), 3), encoding: 'utf-8', confidence: 1 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', confidence: 1 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', confidence: 1 };
  }
  const utf16 = sniffUtf16(bytes.subarray(0, SAMPLE), (b, enc) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.length), enc));
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16, confidence: 0.8 };
  assertNotBinary(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', confidence: 1 };
  } catch {
    // not UTF-8: find out whether it is another encoding or a mixture
  }
  const ev = utf8Evidence(bytes);
  // Valid UTF-8 sequences next to invalid bytes: two encodings in one file. Real single-byte
  // text produces few accidental UTF-8 pairs, so a noticeable share of valid ones is telling.
  if (ev.multi >= 2 && ev.multi / (ev.multi + ev.bad) >= 0.2) {
    const st = utf8Stats(bytes);
    throw new SverkaError(
      'DECODE_FAILED',
      `The file mixes encodings: it has UTF-8 text (first at byte ${st.firstMulti}) and bytes that are not UTF-8 (first at byte ${st.firstBad}). ` +
        'Convert it to one encoding, or choose an encoding explicitly.',
      { utf8At: st.firstMulti, invalidAt: st.firstBad },
    );
  }
  const decoded = decodeSingleByte(buf);
  if (ev.multi > 0) {
    // A few byte pairs that happen to be valid UTF-8 are normal in Cyrillic single-byte text;
    // lower the confidence so the UI shows the choice.
    decoded.confidence = Math.min(decoded.confidence, 0.9);
  }
  return decoded;
}

function decodeUtf8Strict(bytes: Uint8Array, base: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const st = utf8Stats(bytes);
    throw new SverkaError('DECODE_FAILED', `The file starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte ${st.firstBad + base}).`, {
      invalidAt: st.firstBad + base,
    });
  }
}


/** Fewer non-ASCII bytes than this leave a single-byte encoding in doubt (the UI offers the choice). */
const MIN_EVIDENCE_BYTES = 6;

const SINGLE_BYTE_CANDIDATES = ['windows-1251', 'koi8-r', 'ibm866', 'windows-1252', 'iso-8859-15'] as const;

function decodeSingleByte(buf: Buffer): DecodedText {
  const sample = buf.subarray(0, 16 * 1024);
  const guess = jschardet.detect(sample.subarray(0, 16 * 1024));
  const guessed = guess.encoding ? canonical(guess.encoding) : '';
  const scored = SINGLE_BYTE_CANDIDATES.map((enc) => ({ enc, score: plausibility(iconv.decode(sample, enc)) })).sort((a, b) => b.score - a.score);
  const best = scored[0] as { enc: string; score: number };
  // Windows-1252 and ISO-8859-15 read the same letters (they differ in a few symbols, settled
  // below), so the runner-up that measures the doubt is the best of another script.
  const latin = (enc: string): boolean => enc === 'windows-1252' || enc === 'iso-8859-15';
  const second = scored.find((c) => c !== best && !(latin(c.enc) && latin(best.enc))) as { enc: string; score: number };
  let enc = best.enc;
  // Windows-1252 and ISO-8859-15 differ only in a few positions: € at 0xA4 with no
  // 0x80-0x9F bytes means ISO-8859-15.
  if (enc === 'windows-1252' || enc === 'iso-8859-15') {
    const hasC1 = sample.some((b) => b >= 0x80 && b <= 0x9f);
    enc = !hasC1 && sample.includes(0xa4) ? 'iso-8859-15' : 'windows-1252';
  }
  const margin = best.score <= 0 ? 0 : Math.max(0, Math.min(1, (best.score - Math.max(0, second.score)) / best.score));
  let confidence = 0.5 + 0.45 * margin;
  if (guessed === enc) confidence = Math.max(confidence, Math.min(0.99, guess.confidence));
  // A handful of non-ASCII bytes ("Да." is two) reads plausibly in more than one encoding.
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  if (high < MIN_EVIDENCE_BYTES) confidence = Math.min(confidence, 0.6);
  if (best.score <= 0) {
    throw new SverkaError('DECODE_FAILED', 'The file is not valid UTF-8 and does not read as Russian, German or English text in any supported encoding. Choose its encoding explicitly.');
  }
  return { text: iconv.decode(buf, enc), encoding: enc, confidence: Math.round(confidence * 100) / 100 };
}
