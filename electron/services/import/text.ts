import { extname, basename } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { formatMiB, MAX_DOCUMENT_BYTES } from '../../../shared/limits';

// The part of document import that needs no decoder package: formats, limits, and UTF-8 text,
// which is what nearly every file is. `file.ts` reads such files with this module alone and
// loads the rest (iconv-lite, jschardet, the HTML and .docx readers) only for the files that
// need it: loading them costs more than reading a long document (`align` on the command line).

/** A document format Sverka reads. */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx';

/** An imported document: its plain text (all offsets refer to it) and how it was read. */
export interface ImportedDocument {
  text: string;
  /** The encoding used (`'utf-8'` for .docx and pasted text). */
  encoding: string;
  format: DocumentFormat;
  /** Confidence of the encoding detection, 0..1 (1 when certain or chosen by the user). */
  confidence: number;
  warnings: string[];
}

/** How a document is read: `encoding` overrides detection; `keepBom` keeps a UTF-8 byte-order mark as U+FEFF (for offsets that must agree with tools that keep it, like the scoring scripts). */
export interface ReadDocumentOptions {
  encoding?: string;
  keepBom?: boolean;
}

/** A decoded byte buffer. */
export interface DecodedText {
  /** The text without a byte-order mark. */
  text: string;
  /** Canonical lowercase encoding name (utf-8, utf-16le, windows-1251, koi8-r, windows-1252, iso-8859-15, ...). */
  encoding: string;
  /** 0..1; 1 for a BOM, valid non-ASCII UTF-8 or an explicit encoding. */
  confidence: number;
}

/** Bytes inspected for binary signatures, control bytes and UTF-16 NUL patterns. */
export const SAMPLE = 64 * 1024;

const TEXT_EXT = new Set(['.txt', '.text', '.csv', '.tsv', '.srt', '.log', '']);
const MD_EXT = new Set(['.md', '.markdown', '.mdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const UNSUPPORTED_EXT: Record<string, string> = {
  '.doc': 'old Word (.doc) documents',
  '.pdf': 'PDF documents',
  '.odt': 'OpenDocument text',
  '.rtf': 'RTF documents',
  '.pages': 'Pages documents',
  '.xls': 'spreadsheets',
  '.xlsx': 'spreadsheets',
  '.pptx': 'presentations',
  '.epub': 'e-books',
};

export function formatFor(fileName: string): DocumentFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.docx' || ext === '.docm') return 'docx';
  if (HTML_EXT.has(ext)) return 'html';
  if (MD_EXT.has(ext)) return 'md';
  const unsupported = UNSUPPORTED_EXT[ext];
  if (unsupported) {
    throw new SverkaError('UNSUPPORTED', `${basename(fileName)}: ${unsupported} are not supported. Save it as .docx, .html or .txt.`, { ext });
  }
  if (!TEXT_EXT.has(ext)) return 'txt'; // unknown extensions are read as text if they decode as text
  return 'txt';
}

export function textWarnings(text: string, decoded: { encoding: string; confidence: number }): string[] {
  const w: string[] = [];
  if (decoded.confidence < 0.7) w.push(`Encoding detected as ${decoded.encoding} with low confidence (${decoded.confidence}); check the text and choose another encoding if it looks wrong.`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) w.push(`The text contains replacement characters (first at offset ${bad}): some bytes could not be decoded.`);
  const crlf = text.includes('\r\n');
  const lf = /(^|[^\r])\n/.test(text);
  if (crlf && lf) w.push('The text mixes Windows (CRLF) and Unix (LF) line ends.');
  return w;
}

export function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export function tooLarge(name: string, size: number): SverkaError {
  return new SverkaError('TOO_LARGE', `${name} is ${formatMiB(size)}; Sverka imports files up to ${formatMiB(MAX_DOCUMENT_BYTES)} (${MAX_DOCUMENT_BYTES} bytes).`, {
    size,
    limit: MAX_DOCUMENT_BYTES,
  });
}


/** Throws BINARY_FILE when the bytes look like a binary format rather than text. */
export function assertNotBinary(bytes: Uint8Array, what = 'The file'): void {
  const head = bytes.subarray(0, 8);
  const startsWith = (...sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  const kinds: Array<[boolean, string]> = [
    [startsWith(0x25, 0x50, 0x44, 0x46), 'a PDF document'],
    [startsWith(0x50, 0x4b, 0x03, 0x04), 'a ZIP archive (or an office document with the wrong extension)'],
    [startsWith(0x89, 0x50, 0x4e, 0x47), 'a PNG image'],
    [startsWith(0xff, 0xd8, 0xff), 'a JPEG image'],
    [startsWith(0x47, 0x49, 0x46, 0x38), 'a GIF image'],
    [startsWith(0x7f, 0x45, 0x4c, 0x46), 'an executable'],
    [startsWith(0x4d, 0x5a), 'an executable'],
    [startsWith(0xd0, 0xcf, 0x11, 0xe0), 'an old Word/Office (.doc) document'],
    [startsWith(0x1f, 0x8b), 'a gzip archive'],
    [startsWith(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65), 'an SQLite database'],
  ];
  for (const [hit, kind] of kinds) {
    if (hit) throw new SverkaError('BINARY_FILE', `${what} is ${kind}, not text. Save it as .txt, .html or .docx and import that.`, { kind });
  }
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) {
      throw new SverkaError('BINARY_FILE', `${what} contains NUL bytes (byte ${i}): it is a binary file, not text.`, { offset: i });
    }
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 0x1b) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new SverkaError('BINARY_FILE', `${what} is mostly control bytes: it is a binary file, not text.`);
  }
}

/**
 * UTF-8 text without the decoder packages, or null when `decodeBytes` must decide (a UTF-16
 * byte-order mark, NUL bytes that may be UTF-16, a binary signature, bytes that are not UTF-8):
 * when this answers, `decodeBytes` gives the same answer.
 */
export function decodeUtf8Text(bytes: Uint8Array): DecodedText | null {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
    if (bytes.subarray(0, SAMPLE).includes(0)) return null;
    try {
      assertNotBinary(bytes);
    } catch {
      return null;
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), encoding: 'utf-8', confidence: 1 };
  } catch {
    return null;
  }
}

/** A decoded plain-text (.txt, .md) document: refused when blank, the BOM kept when asked. */
export function plainTextDocument(decoded: DecodedText, bytes: Uint8Array, name: string, format: DocumentFormat, opts?: ReadDocumentOptions): ImportedDocument {
  if (decoded.text.trim() === '') throw new SverkaError('EMPTY_INPUT', `${name} contains only whitespace.`);
  const text = opts?.keepBom && decoded.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? `\uFEFF${decoded.text}` : decoded.text;
  return { text, encoding: decoded.encoding, format, confidence: decoded.confidence, warnings: textWarnings(decoded.text, decoded) };
}
