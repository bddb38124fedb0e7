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
 * Decodes byte chunks to text chunks. The encoding comes from the first bytes (BOM, the NUL
 * pattern of BOM-less UTF-16, an XML declaration; else UTF-8); TMX and XLIFF allow UTF-16.
 * Invalid byte sequences are a ParseError naming the byte offset instead of silently
 * becoming U+FFFD in someone's memory.
 */
export function* decodeChunks(chunks: Iterable<Uint8Array>, fileName: string): Generator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  let encoding = 'utf-8';
  for (const chunk of chunks) {
    if (!decoder) {
      encoding = sniffXmlEncoding(chunk.subarray(0, 256)).encoding;
      try {
        decoder = new TextDecoder(encoding, { fatal: true });
      } catch {
        throw new ParseError(`${fileName} declares the encoding ${encoding}, which Sverka cannot read`, { line: 1, reason: 'encoding' });
      }
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ParseError(`${fileName} is not valid ${encoding.toUpperCase()} text (bad bytes after byte ${offset})`, {
        byte: offset,
        reason: 'encoding',
      });
    }
    offset += chunk.length;
    if (text) yield text;
  }
  if (!decoder) return;
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ParseError(`${fileName} ends in the middle of a ${encoding.toUpperCase()} character`, { byte: offset, reason: 'encoding' });
  }
  if (tail) yield tail;
}
