/**
 * Input limits, in one place: the IPC schemas, the services, the web bridge and the README
 * all take their numbers from here, so that a request the schema accepts is never refused by
 * the bridge first (or the other way round).
 */

const MiB = 1024 * 1024;

/** Largest document file (.txt, .md, .html, .docx) Sverka imports: 50 MiB. */
export const MAX_DOCUMENT_BYTES = 50 * MiB;

/**
 * Longest document text in UTF-16 code units (pasted text, a corrected source text): as long
 * as the text of the largest file in a single-byte encoding, 52,428,800.
 */
export const MAX_DOCUMENT_CHARS = MAX_DOCUMENT_BYTES;

/**
 * Largest translation-memory file (TMX, XLIFF, CSV) sent through the app or the web bridge:
 * 100 MiB. The command line streams files of any size from disk.
 */
export const MAX_TM_UPLOAD_BYTES = 100 * MiB;

/** Length of the base64 text of `bytes` bytes (how files travel over IPC). */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/**
 * Largest request body the web bridge reads: the larger of the biggest upload in base64 and
 * the longest document text as UTF-8 JSON (at most 3 bytes per UTF-16 code unit), plus 1 MiB
 * for the rest of the request.
 */
export const MAX_REQUEST_BYTES = Math.max(base64Length(MAX_TM_UPLOAD_BYTES), MAX_DOCUMENT_CHARS * 3) + MiB;

/**
 * Deepest element nesting read in a document (HTML); real pages stay far below it, and the
 * readers walk their trees recursively. XML exchange files have their own, lower limit
 * (`DEFAULT_XML_LIMITS.maxDepth`).
 */
export const MAX_DOCUMENT_DEPTH = 1000;

/** `50 MiB`, `1.5 MiB`: sizes in messages. */
export function formatMiB(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
}
