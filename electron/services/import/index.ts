import { basename } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from '../../../shared/limits';
import type { FileDecoder, ImportedText } from '../projects';
import { assertNotBinary, decodeBytes, type DecodedText } from './decode';
import { decodeUtf8Text, formatFor, hasBom, plainTextDocument, textWarnings, tooLarge, type ImportedDocument, type ReadDocumentOptions } from './text';
import { docxToText } from './docx';
import { htmlToText, sniffHtmlCharset } from './html';

export { decodeBytes, KNOWN_ENCODINGS, type DecodedText } from './decode';
export { readDocumentFile } from './file';
export type { DocumentFormat, ImportedDocument, ReadDocumentOptions } from './text';
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

/**
 * Turns the bytes of a file into a document. The format comes from the file name's
 * extension (.txt/.md/.html/.htm/.docx; unknown extensions are read as text). Throws
 * SverkaError: EMPTY_INPUT, TOO_LARGE (over {@link MAX_DOCUMENT_BYTES}), BINARY_FILE,
 * DECODE_FAILED, UNSUPPORTED (.pdf, .doc, unknown encoding), PARSE_ERROR (damaged .docx,
 * zip bomb, HTML without body).
 */
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
  const notes: string[] = [];
  try {
    if (format === 'html' && !opts?.encoding) {
      const declared = sniffHtmlCharset(bytes);
      assertNotBinary(bytes, name);
      const single = declared && !/^utf-?8$/i.test(declared) && !hasBom(bytes) ? declared : undefined;
      // A page saved as UTF-8 under its old <meta charset> (an editor, a copy of a page)
      // would read as mojibake; valid UTF-8 beyond ASCII is never meant as a single-byte text.
      const utf8 = single ? decodeUtf8Text(bytes) : null;
      if (single && utf8 && /[^\x00-\x7f]/.test(utf8.text)) {
        decoded = utf8;
        notes.push(`The page declares the encoding ${single} but its bytes are UTF-8; it was read as UTF-8 (choose ${single} explicitly if the text looks wrong).`);
      } else {
        decoded = decodeBytes(bytes, single ? { encoding: single } : undefined);
        if (declared) decoded = { ...decoded, confidence: Math.max(decoded.confidence, 0.9) };
      }
    } else {
      decoded = decodeBytes(bytes, opts?.encoding ? { encoding: opts.encoding } : undefined);
    }
  } catch (err) {
    if (err instanceof SverkaError) throw new SverkaError(err.code, `${name}: ${err.message}`, err.details ? { ...err.details } : undefined);
    throw err;
  }
  if (format === 'html') {
    const text = htmlToText(decoded.text);
    return { text, encoding: decoded.encoding, format, confidence: decoded.confidence, warnings: [...notes, ...textWarnings(text, decoded)] };
  }
  return plainTextDocument(decoded, bytes, name, format, opts);
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
