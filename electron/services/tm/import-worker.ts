// The reading thread of a memory import (built to dist/electron/tm-import-worker.cjs; started by
// parallel-import.ts): decodes and parses the file, turns its units into rows and hands them
// to the writing thread in packed batches, and, into an empty memory, builds its share of the
// source-side trigram index in a scratch database as the writer reports the ids it gave the rows.
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { createReadStats, lineOf, recordSkip } from '../../../shared/formats/read-kit';
import type { TmUnitRow } from '../../db/repositories/tm';
import { fromFileUnit, isStorable, toRow } from './convert';
import { byteChunks, decodeChunks, fileChunks } from './decode';
import { createUnitReader } from './formats';
import { CTRL, STATE, type IdsMessage, type ImportWorkerData, type ReaderMessage } from './parallel-protocol';
import { packRows } from './row-batch';

/** The writer asked the reading thread to stop (cancel, an error on its side). */
class Stopped extends Error {}

const data = workerData as ImportWorkerData;
const port: MessagePort = data.port;
const ctrl = new Int32Array(data.control);
let posted = 0;

// Code that ends this thread without a word (`process.exit` anywhere in it) still says so:
// the writer, waiting synchronously inside its transaction, cannot hear the Worker's 'exit'
// event until the import is over, but it sees this state at its next wait.
process.on('exit', () => {
  if (Atomics.compareExchange(ctrl, CTRL.state, STATE.running, STATE.failed) === STATE.running) Atomics.notify(ctrl, CTRL.state);
});

function post(m: ReaderMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(m, transfer);
  posted++;
  Atomics.store(ctrl, CTRL.posted, posted);
  Atomics.notify(ctrl, CTRL.posted);
}

function checkStop(): void {
  Atomics.add(ctrl, CTRL.beat, 1);
  if (Atomics.load(ctrl, CTRL.stop) !== 0) throw new Stopped();
}

/**
 * The reading thread's share of the source-side index, in a scratch database
 * (`ImportWorkerData.index`): a batch's source keys wait here until the writer answers with the
 * ids it stored the rows under, then go in one row at a time, exactly as the writer's own build indexes the stored key
 * (`' ' || source_key || ' '`). The scratch database has no journal and no syncs (it is merged
 * into the memory inside the import's transaction, or deleted), and a page cache of its own
 * (`TmRepository.indexDefinition`).
 */
class ScratchIndex {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  /** Source keys of the batches sent and not yet answered, by batch number. */
  private readonly pending = new Map<number, string[]>();

  constructor(def: NonNullable<ImportWorkerData['index']>) {
    this.db = new Database(def.file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma(`cache_size = ${-def.cacheKib}`);
    this.db.exec(def.createSql);
    this.db.exec(`INSERT INTO ${def.table} (${def.table}, rank) VALUES ('automerge', ${def.automerge})`);
    this.db.exec('BEGIN');
    this.insert = this.db.prepare(`INSERT INTO ${def.table} (rowid, ${def.column}) VALUES (?, ?)`);
  }

  hold(seq: number, keys: string[]): void {
    this.pending.set(seq, keys);
  }

  /** Batches held and not yet answered. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Indexes a batch's new units (an id 0 was merged into another unit: nothing to index). */
  answer(m: IdsMessage): void {
    const keys = this.pending.get(m.seq);
    if (!keys) return;
    this.pending.delete(m.seq);
    for (let i = 0; i < keys.length; i++) {
      const id = m.ids[i]!;
      if (id > 0) this.insert.run(id, ` ${keys[i]!} `);
    }
  }

  finish(): void {
    this.db.exec('COMMIT');
    this.db.close();
  }

  abandon(): void {
    if (this.db.open) this.db.close();
  }
}

let index: ScratchIndex | undefined;

/** Indexes the batches the writer has answered with ids so far. */
function takeIds(): void {
  if (!index) return;
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) index.answer(m.message as IdsMessage);
}

/** Waits until the writer has stored all but `ahead` of the batches sent (indexing the answers meanwhile). */
function waitForWriter(sent: number, ahead: number): void {
  for (;;) {
    takeIds();
    const taken = Atomics.load(ctrl, CTRL.taken);
    if (sent - taken <= ahead) return;
    checkStop();
    Atomics.wait(ctrl, CTRL.taken, taken, 100);
  }
}

/** Waits until the writer has answered every batch this thread indexes, indexing them. */
function waitForIds(): void {
  for (;;) {
    const taken = Atomics.load(ctrl, CTRL.taken);
    takeIds();
    if (!index || index.waiting === 0) return;
    checkStop();
    Atomics.wait(ctrl, CTRL.taken, taken, 100);
  }
}

function run(): void {
  const reader = createUnitReader(data.format, data.readerOptions);
  const empty = createReadStats();
  let produced = 0;
  let seq = 0;
  let rows: TmUnitRow[] = [];
  if (data.index) index = new ScratchIndex(data.index);
  const send = () => {
    if (rows.length === 0) return;
    const batch = packRows(rows);
    // This thread indexes the batch when the writer is behind (half the queue or more waits
    // for it): the share of the index each thread builds follows which of them has time.
    const indexed = index !== undefined && (data.index!.share === 'all' || seq - Atomics.load(ctrl, CTRL.taken) >= data.queue / 2);
    if (indexed) index!.hold(seq, rows.map((r) => r.source_key));
    post({ type: 'rows', seq, batch, indexed }, [batch.shapes.buffer as ArrayBuffer, batch.numbers.buffer as ArrayBuffer]);
    seq++;
    rows = [];
    // Backpressure: at most `queue` batches wait for the writer, so memory stays bounded.
    waitForWriter(seq, data.queue);
  };
  const take = (units: TranslationUnit[]) => {
    for (const u of units) {
      produced++;
      const row = toRow(fromFileUnit(u), data.now, null);
      if (!isStorable(row)) {
        recordSkip(empty, 'empty', lineOf(u) ?? 0, 'No text on one side');
        continue;
      }
      rows.push(row);
      if (rows.length >= data.batchRows) send();
    }
  };
  const chunks = data.file !== undefined ? fileChunks(data.file) : byteChunks(data.bytes ?? new Uint8Array(0));
  let sawBytes = false;
  for (const text of decodeChunks(chunks, data.fileName)) {
    checkStop();
    sawBytes = true;
    take(reader.write(text));
  }
  if (sawBytes) take(reader.end());
  send();
  post({ type: 'end', sawBytes, produced, readStats: reader.stats, emptyStats: empty });
  if (!index) return;
  // The rest of this thread's share: the writer answers the last batches, then the scratch database is complete.
  waitForIds();
  index.finish();
  post({ type: 'indexed' });
}

try {
  run();
  Atomics.store(ctrl, CTRL.state, STATE.done);
} catch (err) {
  index?.abandon();
  if (!(err instanceof Stopped)) {
    const e = err instanceof Error ? err : new Error(String(err));
    const code = (e as { code?: unknown }).code;
    post({
      type: 'failed',
      error: {
        message: e.message,
        ...(typeof code === 'string' ? { code } : {}),
        ...(err instanceof SverkaError && err.details ? { details: { ...err.details } } : {}),
        typed: err instanceof SverkaError,
      },
    });
  }
  Atomics.store(ctrl, CTRL.state, STATE.failed);
} finally {
  Atomics.notify(ctrl, CTRL.state);
}
