import fs from 'node:fs';
import path from 'node:path';
import type { CancelSignal } from '../../../shared/align/progress';
import { SverkaError } from '../../../shared/errors';
import type { LexiconImportOutcome } from '../../../shared/ipc/channels/lexicon';
import { lexiconFormatOf, lexiconReader, type LexiconEntry, type LexiconFormat } from '../../../shared/formats/lexicon/read';
import { openDatabase, type Db } from '../../db/connection';
import { LexiconRepository } from '../../db/repositories/lexicon';

/** How far an import is. */
export interface LexiconImportProgress {
  bytes: number;
  totalBytes: number;
  entries: number;
}

export interface LexiconImportOptions {
  /** The project the dictionary serves; null or absent: every project. */
  projectId?: number | null;
  /** Default: from the file name, else the content. */
  format?: LexiconFormat;
  /** Name shown in the list (default: the file's name). */
  name?: string;
  onProgress?: (p: LexiconImportProgress) => void;
  /** Read between chunks (an AbortSignal, or a job worker's shared flag). */
  signal?: CancelSignal;
  now?: () => string;
}

/** What an import wrote: the dictionary's record, its entries and the entries it skipped (the IPC answer). */
export type LexiconImportResult = LexiconImportOutcome;

/** Bytes read per step: memory stays bounded by this, the current line and one batch of entries. */
const CHUNK = 1 << 20;
/** Entries written per transaction. */
const BATCH = 2000;

/**
 * Imports a bilingual dictionary (TSV, TBX, FreeDict TEI) into the database, streamed: the
 * file is read a megabyte at a time, decoded as strict UTF-8 line by line (a byte sequence
 * that is not UTF-8 is a DECODE_FAILED error naming its line), parsed by the push readers of
 * shared/formats/lexicon and written in batches under a lexicon row in state 'importing',
 * which alignments ignore. At the end the row turns 'ready'; a cancel (the signal), a parse
 * error or any failure deletes the row and its entries, so the database is as it was.
 *
 * A plain function over a database handle or file path, the file path or the bytes, so that
 * it can run in a worker thread (give it the database path there: it opens and closes its own
 * connection).
 */
export async function importLexicon(db: Db | string, file: string | { name: string; bytes: Uint8Array }, opts: LexiconImportOptions = {}): Promise<LexiconImportResult> {
  const own = typeof db === 'string' ? openDatabase(db) : null;
  const conn = own ?? (db as Db);
  try {
    return await run(new LexiconRepository(conn), file, opts);
  } finally {
    own?.close();
  }
}

async function run(repo: LexiconRepository, file: string | { name: string; bytes: Uint8Array }, opts: LexiconImportOptions): Promise<LexiconImportResult> {
  const fileName = typeof file === 'string' ? path.basename(file) : file.name;
  const source = typeof file === 'string' ? fileChunks(file) : bytesChunks(file.bytes);
  const totalBytes = typeof file === 'string' ? statSize(file) : file.bytes.length;
  const signal = opts.signal;
  const cancelled = (): boolean => signal?.aborted === true;
  const now = opts.now ?? (() => new Date().toISOString());
  const projectId = opts.projectId ?? null;
  let id: number | null = null;
  let format: LexiconFormat | undefined = opts.format;
  let reader: ReturnType<typeof lexiconReader> | null = null;
  let batch: [string, string][] = [];
  let entries = 0;
  let bytes = 0;
  const decoder = new LineDecoder();
  const onEntry = (e: LexiconEntry): void => {
    batch.push([e.de, e.ru]);
    entries++;
  };
  const flush = (): void => {
    if (batch.length && id !== null) repo.addEntries(id, batch);
    batch = [];
  };
  try {
    for await (const chunk of source) {
      if (cancelled()) throw cancelError();
      bytes += chunk.length;
      const text = decoder.decode(chunk);
      if (!reader) {
        format ??= lexiconFormatOf(fileName, text);
        reader = lexiconReader(format, onEntry);
        id = repo.beginLexicon(projectId, opts.name ?? fileName, format, now());
      }
      reader.write(text);
      if (batch.length >= BATCH) flush();
      opts.onProgress?.({ bytes, totalBytes, entries });
      // A turn of the event loop: progress and cancel requests are served between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (cancelled()) throw cancelError();
    const tail = decoder.end();
    if (!reader) throw new SverkaError('EMPTY_INPUT', `The dictionary ${fileName} is empty.`);
    reader.write(tail);
    const { skipped } = reader.end();
    flush();
    if (entries === 0) throw new SverkaError('EMPTY_INPUT', `The dictionary ${fileName} holds no German–Russian pair.`);
    if (cancelled()) throw cancelError();
    repo.finishLexicon(id as number, entries);
    opts.onProgress?.({ bytes: totalBytes, totalBytes, entries });
    return { id: id as number, name: (opts.name ?? fileName).slice(0, 260), format: format as LexiconFormat, projectId, entries, skipped };
  } catch (err) {
    if (id !== null) repo.deleteLexicon(id);
    throw err;
  }
}

function cancelError(): SverkaError {
  return new SverkaError('CANCELLED', 'Dictionary import cancelled; nothing was kept.');
}

function statSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (err) {
    throw new SverkaError('NOT_FOUND', `Cannot read ${file}: ${(err as Error).message}`);
  }
}

async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const fh = await fs.promises.open(file, 'r').catch((err: Error) => {
    throw new SverkaError('NOT_FOUND', `Cannot read ${file}: ${err.message}`);
  });
  try {
    const buf = Buffer.alloc(CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

async function* bytesChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let k = 0; k < bytes.length; k += CHUNK) yield bytes.subarray(k, Math.min(bytes.length, k + CHUNK));
}

/**
 * Strict UTF-8 by whole lines (a newline byte never occurs inside a multi-byte character), so
 * that a bad byte sequence is reported with its line number. UTF-16 (BOM or NUL bytes) is
 * refused at line 1.
 */
class LineDecoder {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private pending: Buffer = Buffer.alloc(0);
  private line = 1;
  private first = true;

  decode(chunk: Uint8Array): string {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.first && buf.length >= 2) {
      this.first = false;
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || buf.subarray(0, 64).includes(0)) {
        throw new SverkaError('DECODE_FAILED', 'The dictionary is not UTF-8 (it looks like UTF-16): save it as UTF-8 (line 1).', { line: 1 });
      }
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const cut = buf.lastIndexOf(0x0a) + 1;
    // Copied: the file reader reuses its buffer for the next chunk.
    this.pending = Buffer.from(buf.subarray(cut));
    if (this.pending.length > 4 * CHUNK) throw new SverkaError('DECODE_FAILED', `A line longer than ${4 * CHUNK} bytes: not a text dictionary (line ${this.line}).`, { line: this.line });
    return this.text(buf.subarray(0, cut));
  }

  end(): string {
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    return this.text(rest);
  }

  private text(bytes: Uint8Array): string {
    if (bytes.length === 0) return '';
    try {
      const s = this.utf8.decode(bytes);
      this.line += count(bytes, 0x0a);
      return s;
    } catch {
      // Find the line: decode line by line.
      let from = 0;
      for (;;) {
        let nl = bytes.indexOf(0x0a, from);
        if (nl < 0) nl = bytes.length;
        try {
          this.utf8.decode(bytes.subarray(from, nl));
        } catch {
          throw new SverkaError('DECODE_FAILED', `Line ${this.line} is not valid UTF-8 (the dictionary may be in Windows-1251 or Latin-1): save it as UTF-8.`, { line: this.line });
        }
        this.line++;
        from = nl + 1;
      }
    }
  }
}

function count(bytes: Uint8Array, b: number): number {
  let n = 0;
  for (let k = bytes.indexOf(b); k >= 0; k = bytes.indexOf(b, k + 1)) n++;
  return n;
}
