/*
 * UTF-16 without a byte-order mark, told by its NUL bytes: the document import decides by it
 * (electron/services/import/decode.ts) and the import dialog's preview guesses with it
 * (renderer/features/import/detect.ts). Each passes its own decoder (iconv-lite, TextDecoder).
 */

/**
 * UTF-16 without BOM in a sample of a file's first bytes. Mostly-ASCII text (German) shows NUL
 * bytes in every other position. Cyrillic text does not (its high byte is 0x04), but its spaces, digits and punctuation still
 * put NULs in the high-byte positions only; such a candidate is decoded and kept when nearly
 * every character is one of the scripts and marks running text uses.
 */
export function sniffUtf16(bytes: Uint8Array, decode: (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be') => string): 'utf-16le' | 'utf-16be' | null {
  const n = bytes.length & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  // NULs on one side only, in a share no single-byte text shows; binary data fails the text test.
  const candidate = oddZero > 0 && evenZero === 0 ? 'utf-16le' : evenZero > 0 && oddZero === 0 ? 'utf-16be' : null;
  if (!candidate || Math.max(oddZero, evenZero) / pairs < 0.02) return null;
  return textShare(decode(bytes.subarray(0, n), candidate)) >= 0.97 ? candidate : null;
}

/** Share of characters that belong to running text: Latin and Cyrillic letters, digits, punctuation, spaces. */
function textShare(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ascii = (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d;
    const letters = (c >= 0xa0 && c <= 0x24f) || (c >= 0x400 && c <= 0x52f);
    const marks = (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20bf) || c === 0x2116;
    if (ascii || letters || marks) good++;
  }
  return good / text.length;
}
