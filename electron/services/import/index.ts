import { open, stat } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { formatMiB, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from '../../../shared/limits';
import type { FileDecoder, ImportedText } from '../projects';
import { assertNotBinary, decodeBytes, type DecodedText } from './decode';
import { docxToText } from './docx';
import { htmlToText, sniffHtmlCharset } from './html';

export { decodeBytes, KNOWN_ENCODINGS, type DecodedText } from './decode';
export { htmlToText } from './html';
export { docxToText, MAX_DOCX_PART_BYTES } from './docx';

/**
 * Largest file Sverka imports: 50 MiB (shared/limits.ts). Larger files are refused with
 * TOO_LARGE before they are read (a novel in UTF-16 is a few MB; beyond this the editor and
 * aligner become unusable).
 */
export { MAX_DOCUMENT_BYTES } from '../../../shared/limits';
/** Longest pasted text, in UTF-16 code units: as long as the text of the largest file. */
export const MAX_PASTED_CHARS = MAX_DOCUMENT_CHARS;

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

function formatFor(fileName: string): DocumentFormat {
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

function textWarnings(text: string, decoded: { encoding: string; confidence: number }): string[] {
  const w: string[] = [];
  if (decoded.confidence < 0.7) w.push(`Encoding detected as ${decoded.encoding} with low confidence (${decoded.confidence}); check the text and choose another encoding if it looks wrong.`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) w.push(`The text contains replacement characters (first at offset ${bad}): some bytes could not be decoded.`);
  const crlf = text.includes('\r\n');
  const lf = /(^|[^\r])\n/.test(text);
  if (crlf && lf) w.push('The text mixes Windows (CRLF) and Unix (LF) line ends.');
  return w;
}

/**
 * Turns the bytes of a file into a document. The format comes from the file name's
 * extension (.txt/.md/.html/.htm/.docx; unknown extensions are read as text). Throws
 * SverkaError: EMPTY_INPUT, TOO_LARGE (over {@link MAX_DOCUMENT_BYTES}), BINARY_FILE,
 * DECODE_FAILED, UNSUPPORTED (.pdf, .doc, unknown encoding), PARSE_ERROR (damaged .docx,
 * zip bomb, HTML without body).
 */
/** How a document is read: `encoding` overrides detection; `keepBom` keeps a UTF-8 byte-order mark as U+FEFF (for offsets that must agree with tools that keep it, like the scoring scripts). */
export interface ReadDocumentOptions {
  encoding?: string;
  keepBom?: boolean;
}

export function decodeDocument(bytes: Uint8Array, fileName: string, opts?: ReadDocumentOptions): ImportedDocument {
  const name = basename(fileName);
  const format = formatFor(fileName);
  if (bytes.length === 0) throw new SverkaError('EMPTY_INPUT', `${name} is empty.`);
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(name, bytes.length);
  if (format === 'docx') {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      throw new SverkaError('PARSE_ERROR', `${name} is not a .docx file (it is not a zip archive).`);
    }
    const { text, warnings } = docxToText(bytes);
    if (text.trim() === '') throw new SverkaError('EMPTY_INPUT', `${name} contains no text.`);
    return { text, encoding: 'utf-8', format, confidence: 1, warnings };
  }
  let decoded: DecodedText;
  try {
    if (format === 'html' && !opts?.encoding) {
      const declared = sniffHtmlCharset(bytes);
      assertNotBinary(bytes, name);
      decoded = decodeBytes(bytes, declared && !/^utf-?8$/i.test(declared) && !hasBom(bytes) ? { encoding: declared } : undefined);
      if (declared) decoded = { ...decoded, confidence: Math.max(decoded.confidence, 0.9) };
    } else {
      decoded = decodeBytes(bytes, opts?.encoding ? { encoding: opts.encoding } : undefined);
    }
  } catch (err) {
    if (err instanceof SverkaError) throw new SverkaError(err.code, `${name}: ${err.message}`, err.details ? { ...err.details } : undefined);
    throw err;
  }
  if (format === 'html') {
    const text = htmlToText(decoded.text);
    return { text, encoding: decoded.encoding, format, confidence: decoded.confidence, warnings: textWarnings(text, decoded) };
  }
  if (decoded.text.trim() === '') throw new SverkaError('EMPTY_INPUT', `${name} contains only whitespace.`);
  const text = opts?.keepBom && decoded.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? `\uFEFF${decoded.text}` : decoded.text;
  return { text, encoding: decoded.encoding, format, confidence: decoded.confidence, warnings: textWarnings(decoded.text, decoded) };
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function tooLarge(name: string, size: number): SverkaError {
  return new SverkaError('TOO_LARGE', `${name} is ${formatMiB(size)}; Sverka imports files up to ${formatMiB(MAX_DOCUMENT_BYTES)} (${MAX_DOCUMENT_BYTES} bytes).`, {
    size,
    limit: MAX_DOCUMENT_BYTES,
  });
}

/**
 * Reads and decodes a document file (see {@link decodeDocument}). The size limit is checked
 * before reading, so a huge file is refused without loading it. `opts.encoding` overrides
 * detection for text and HTML files. Plain text keeps CRLF as-is; a BOM is removed.
 */
export async function readDocumentFile(path: string, opts?: ReadDocumentOptions): Promise<ImportedDocument> {
  const name = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new SverkaError('BAD_REQUEST', `${name} is not a file.`);
    size = st.size;
  } catch (err) {
    if (err instanceof SverkaError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SverkaError('NOT_FOUND', `${name} does not exist.`, { path });
    throw new SverkaError('IO_ERROR', `Cannot read ${name}: ${(err as Error).message}`, { path });
  }
  if (size === 0) throw new SverkaError('EMPTY_INPUT', `${name} is empty.`);
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(name, size);
  formatFor(path); // refuse unsupported formats before reading
  const fh = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    bytes = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  return decodeDocument(bytes, path, opts);
}

/** Pasted text as a document: BOM removed, otherwise kept exactly as pasted. */
export function importPastedText(text: string): ImportedDocument {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.trim() === '') throw new SverkaError('EMPTY_INPUT', 'The pasted text is empty.');
  if (t.length > MAX_PASTED_CHARS) {
    throw new SverkaError('TOO_LARGE', `The pasted text has ${t.length} characters; the limit is ${MAX_PASTED_CHARS}.`, { size: t.length, limit: MAX_PASTED_CHARS });
  }
  return { text: t, encoding: 'utf-8', format: 'txt', confidence: 1, warnings: textWarnings(t, { encoding: 'utf-8', confidence: 1 }) };
}

/** The text engine's `FileDecoder` for ProjectService: every supported format and encoding. */
export const documentDecoder: FileDecoder = async (bytes, fileName, encoding): Promise<ImportedText> => {
  const doc = decodeDocument(bytes, fileName, encoding ? { encoding } : undefined);
  return { text: doc.text, encoding: doc.encoding, format: doc.format, warnings: doc.warnings };
};
