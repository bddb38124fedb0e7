// The reading thread of a memory import (built to dist/electron/tm-import-worker.cjs; started by
// parallel-import.ts): decodes and parses the file, turns its units into rows and hands them
// to the writing thread in packed batches, and, into an empty memory, builds the target-side
// trigram index in a scratch database as the writer reports the ids it gave the rows.
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

/** The target-side index under construction, or undefined when the writer builds it itself. */
class SideIndex {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly insertRun: Database.Statement;
  /** Target keys of the batches sent and not yet answered with ids, by batch number. */
  private readonly pending = new Map<number, string[]>();

  constructor(file: string, createSql: string, table: string, column: string, automerge: number) {
    this.db = new Database(file);
    // Scratch: it is copied into the memory inside the import's transaction, or deleted.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(createSql);
    this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${automerge})`);
    this.db.exec('BEGIN');
    this.insert = this.db.prepare(`INSERT INTO ${table} (rowid, ${column}) VALUES (?, ?)`);
    // A batch's new units have consecutive ids (one writer, in one transaction): their keys go
    // in as one JSON array, one call instead of one per unit.
    this.insertRun = this.db.prepare(`INSERT INTO ${table} (rowid, ${column}) SELECT ? + key, ' ' || value || ' ' FROM json_each(?)`);
  }

  hold(seq: number, keys: string[]): void {
    this.pending.set(seq, keys);
  }

  /** Indexes a batch's new units (ids 0 were merged into another unit: nothing to index). */
  answer(m: IdsMessage): void {
    const keys = this.pending.get(m.seq);
    if (!keys) return;
    this.pending.delete(m.seq);
    const fresh: string[] = [];
    let first = 0;
    let consecutive = true;
    for (let i = 0; i < keys.length; i++) {
      const id = m.ids[i]!;
      if (id === 0) continue;
      if (fresh.length === 0) first = id;
      else if (id !== first + fresh.length) consecutive = false;
      fresh.push(keys[i]!);
    }
    if (consecutive) {
      if (fresh.length > 0) this.insertRun.run(first, JSON.stringify(fresh));
      return;
    }
    for (let i = 0; i < keys.length; i++) if (m.ids[i]! > 0) this.insert.run(m.ids[i], ` ${keys[i]} `);
  }

  finish(): void {
    this.db.exec('COMMIT');
    this.db.close();
  }

  abandon(): void {
    if (this.db.open) this.db.close();
  }
}

let taken = 0;
let side: SideIndex | undefined;

/** Takes the writer's answers that have arrived; with `until`, waits until that many batches are answered. */
function drainAnswers(until?: number): void {
  for (;;) {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const answer = m.message as IdsMessage;
      taken++;
      side?.answer(answer);
      Atomics.add(ctrl, CTRL.beat, 1);
    }
    if (until === undefined || taken >= until) return;
    checkStop();
    Atomics.wait(ctrl, CTRL.taken, Atomics.load(ctrl, CTRL.taken), 100);
  }
}

function run(): void {
  const reader = createUnitReader(data.format, data.readerOptions);
  const empty = createReadStats();
  let produced = 0;
  let seq = 0;
  let rows: TmUnitRow[] = [];
  if (data.side) side = new SideIndex(data.side.file, data.side.createSql, data.side.table, data.side.column, data.side.automerge);
  const send = () => {
    if (rows.length === 0) return;
    const batch = packRows(rows);
    side?.hold(seq, rows.map((r) => r.target_key));
    post({ type: 'rows', seq, batch }, [batch.shapes.buffer as ArrayBuffer, batch.numbers.buffer as ArrayBuffer]);
    seq++;
    rows = [];
    // Backpressure: at most `queue` batches wait for the writer, so memory stays bounded.
    drainAnswers(seq - data.queue);
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
  if (!side) return;
  // The rest of the target index: the writer answers the last batches, then the scratch database is complete.
  drainAnswers(seq);
  side.finish();
  post({ type: 'indexed' });
}

try {
  run();
  Atomics.store(ctrl, CTRL.state, STATE.done);
} catch (err) {
  side?.abandon();
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
