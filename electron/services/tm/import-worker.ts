// The reading thread of a memory import (built to dist/electron/tm-import-worker.cjs; started by
// parallel-import.ts): decodes and parses the file, turns its units into rows and hands them
// to the writing thread in packed batches.
import { workerData, type MessagePort } from 'node:worker_threads';
import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { createReadStats, lineOf, recordSkip } from '../../../shared/formats/read-kit';
import type { TmUnitRow } from '../../db/repositories/tm';
import { fromFileUnit, isStorable, toRow } from './convert';
import { byteChunks, decodeChunks, fileChunks } from './decode';
import { createUnitReader } from './formats';
import { CTRL, STATE, type ImportWorkerData, type ReaderMessage } from './parallel-protocol';
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
 * Waits until the writer has stored all but `ahead` of the batches sent; once it has to wait,
 * until half of `ahead` is free (the writer wakes it only then: `CTRL.wakeAt`).
 */
function waitForWriter(sent: number, ahead: number): void {
  if (sent - Atomics.load(ctrl, CTRL.taken) <= ahead) return;
  const wakeAt = sent - (ahead >> 1);
  Atomics.store(ctrl, CTRL.wakeAt, wakeAt);
  for (;;) {
    const taken = Atomics.load(ctrl, CTRL.taken);
    if (taken >= wakeAt) return;
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
  const send = () => {
    if (rows.length === 0) return;
    const batch = packRows(rows);
    post({ type: 'rows', seq, batch }, [batch.shapes.buffer as ArrayBuffer, batch.numbers.buffer as ArrayBuffer]);
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
}

try {
  run();
  Atomics.store(ctrl, CTRL.state, STATE.done);
} catch (err) {
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
