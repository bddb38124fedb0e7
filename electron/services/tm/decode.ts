import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { ParseError } from '../../../shared/errors';
import { sniffXmlEncoding } from '../../../shared/formats/xml/encoding';

const CHUNK_BYTES = 1 << 16;

/** A file read in 1 MiB pieces, synchronously (the import runs inside one transaction). */
export function* fileChunks(file: string): Generator<Uint8Array> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes already in memory (IPC), in the same pieces as a file. */
export function* byteChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, Math.min(bytes.length, i + CHUNK_BYTES));
}

/**
 * Whether the bytes from a file's first non-ASCII byte on read as UTF-8 (at least one whole
 * multi-byte character and nothing invalid before the end; `final`: the file ends here).
 */
function readsAsUtf8(bytes: Uint8Array, final: boolean): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return /[^\x00-\x7f]/.test(text);
  } catch {
    return false;
  }
}

/** Bytes after the first non-ASCII one that always complete a UTF-8 character. */
const UTF8_PROBE = 4;

/**
 * Decodes byte chunks to text chunks. The encoding comes from the first bytes (BOM, the NUL
 * pattern of BOM-less UTF-16, an XML declaration; else UTF-8); TMX and XLIFF allow UTF-16.
 * A declared single-byte encoding (ISO-8859-1, windows-1252, windows-1251, ...) is checked
 * against the bytes at the first non-ASCII one: tools that write such a declaration above
 * UTF-8 text exist, and read as declared every letter outside ASCII would reach the memory
 * as two or three wrong ones. Valid UTF-8 there means UTF-8 (single-byte text almost never
 * forms valid multi-byte sequences). Invalid byte sequences are a ParseError naming the byte
 * offset instead of silently becoming U+FFFD in someone's memory.
 */
export function* decodeChunks(chunks: Iterable<Uint8Array>, fileName: string): Generator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  let encoding = 'utf-8';
  // A single-byte declaration not yet checked against the bytes; until then all bytes were ASCII.
  let declared: string | undefined;
  let held: Uint8Array | undefined;
  const open = (label: string): TextDecoder => {
    try {
      return new TextDecoder(label, { fatal: true });
    } catch {
      throw new ParseError(`${fileName} declares the encoding ${label}, which Sverka cannot read`, { line: 1, reason: 'encoding' });
    }
  };
  const decode = (bytes: Uint8Array, dec: TextDecoder): string => {
    try {
      return dec.decode(bytes, { stream: true });
    } catch {
      throw new ParseError(`${fileName} is not valid ${encoding.toUpperCase()} text (bad bytes after byte ${offset})`, {
        byte: offset,
        reason: 'encoding',
      });
    }
  };
  for (const piece of chunks) {
    let chunk = piece;
    if (!decoder) {
      encoding = sniffXmlEncoding(chunk.subarray(0, 256)).encoding;
      decoder = open(encoding);
      if (encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
        declared = encoding;
        encoding = 'utf-8';
        decoder = open(encoding);
      }
    }
    if (declared !== undefined) {
      const bytes = held ? Buffer.concat([held, chunk]) : chunk;
      held = undefined;
      const first = bytes.findIndex((b) => b >= 0x80);
      if (first >= 0 && bytes.length - first <= UTF8_PROBE) {
        held = Uint8Array.from(bytes);
        continue;
      }
      if (first >= 0) {
        if (!readsAsUtf8(bytes.subarray(first), false)) {
          encoding = declared;
          decoder = open(encoding);
        }
        declared = undefined;
      }
      chunk = bytes;
    }
    const text = decode(chunk, decoder);
    offset += chunk.length;
    if (text) yield text;
  }
  if (!decoder) return;
  if (held && declared !== undefined) {
    const first = held.findIndex((b) => b >= 0x80);
    if (!readsAsUtf8(held.subarray(first), true)) {
      encoding = declared;
      decoder = open(encoding);
    }
    const text = decode(held, decoder);
    offset += held.length;
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ParseError(`${fileName} ends in the middle of a ${encoding.toUpperCase()} character`, { byte: offset, reason: 'encoding' });
  }
  if (tail) yield tail;
}
