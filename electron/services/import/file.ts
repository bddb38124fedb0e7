import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SverkaError } from '../../../shared/errors';
import { MAX_DOCUMENT_BYTES } from '../../../shared/limits';
import { decodeUtf8Text, formatFor, plainTextDocument, tooLarge, type ImportedDocument, type ReadDocumentOptions } from './text';

/**
 * Reads and decodes a document file (see `decodeDocument` in index.ts). The size limit is checked
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
  const format = formatFor(path); // refuses unsupported formats before reading
  const fh = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    bytes = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  // Plain UTF-8 text needs none of the decoders: the rest loads only for other files.
  const utf8 = (format === 'txt' || format === 'md') && !opts?.encoding && bytes.length > 0 ? decodeUtf8Text(bytes) : null;
  if (utf8) return plainTextDocument(utf8, bytes, name, format, opts);
  const { decodeDocument } = await import('./index');
  return decodeDocument(bytes, path, opts);
}

