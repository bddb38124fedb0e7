import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { ParseError } from '../../../shared/errors';
import { sniffXmlEncoding } from '../../../shared/formats/xml/encoding';
import { plausibility } from '../../../shared/text/plausibility';

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

/**
 * Valid UTF-8 characters beside invalid bytes: a file that mixes encodings, left to the
 * UTF-8 error rather than read whole in a code page (as decodeBytes does for documents).
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 65_536));
  let multi = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) multi++;
  }
  return multi >= 2 && multi / (multi + bad) >= 0.2;
}

/** `declared` for a CSV/TSV without BOM: a spreadsheet's code page, chosen by the bytes. */
const CODE_PAGE = 'code page';

/** Bytes after the first non-ASCII one that always complete a UTF-8 character. */
const UTF8_PROBE = 4;

/** Single-byte encodings a spreadsheet saves CSV in (the Russian and Western ANSI and OEM code pages). */
const SPREADSHEET_ENCODINGS = ['windows-1251', 'windows-1252', 'koi8-r', 'ibm866'] as const;

/** The single-byte encoding under which `sample` reads most like prose. */
function likeliestSingleByte(sample: Uint8Array): string {
  let best: string = SPREADSHEET_ENCODINGS[0];
  let bestScore = -Infinity;
  for (const enc of SPREADSHEET_ENCODINGS) {
    const score = plausibility(new TextDecoder(enc).decode(sample));
    if (score > bestScore) {
      best = enc;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Decodes byte chunks to text chunks. The encoding comes from the first bytes (BOM, the NUL
 * pattern of BOM-less UTF-16, an XML declaration; else UTF-8); TMX and XLIFF allow UTF-16.
 * A declared single-byte encoding (ISO-8859-1, windows-1252, windows-1251, ...) is checked
 * against the bytes at the first non-ASCII one: tools that write such a declaration above
 * UTF-8 text exist, and read as declared every letter outside ASCII would reach the memory
 * as two or three wrong ones. Valid UTF-8 there means UTF-8 (single-byte text almost never
 * forms valid multi-byte sequences). A CSV/TSV without BOM that is not UTF-8 there is read in
 * the single-byte code page it reads best in (Windows-1251/1252, KOI8-R, CP866): spreadsheets
 * save CSV in the system's code page. Invalid byte sequences are a ParseError naming the byte
 * offset instead of silently becoming U+FFFD in someone's memory.
 */
export function* decodeChunks(chunks: Iterable<Uint8Array>, fileName: string): Generator<string> {
  let decoder: TextDecoder | undefined;
  let offset = 0;
  let encoding = 'utf-8';
  // A single-byte declaration (or, for CSV/TSV, 'code page') not yet checked against the
  // bytes; until then all bytes were ASCII.
  let declared: string | undefined;
  const spreadsheet = /\.(?:csv|tsv|tab)$/i.test(fileName);
  const fallback = (bytes: Uint8Array): string => (declared === CODE_PAGE ? likeliestSingleByte(bytes.subarray(0, 65_536)) : (declared as string));
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
      const sniffed = sniffXmlEncoding(chunk.subarray(0, 256));
      encoding = sniffed.encoding;
      decoder = open(encoding);
      if (encoding !== 'utf-8' && !encoding.startsWith('utf-16')) {
        declared = encoding;
        encoding = 'utf-8';
        decoder = open(encoding);
      } else if (spreadsheet && encoding === 'utf-8' && sniffed.bomLength === 0) declared = CODE_PAGE;
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
        if (!readsAsUtf8(bytes.subarray(first), false) && !(declared === CODE_PAGE && mostlyUtf8(bytes.subarray(first)))) {
          encoding = fallback(bytes.subarray(first));
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
      encoding = fallback(held.subarray(first));
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
