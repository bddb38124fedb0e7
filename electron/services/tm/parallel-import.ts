import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ParseError, SverkaError, type ErrorCode } from '../../../shared/errors';
import { HashIds } from '../../../shared/tm/hash-ids';
import type { TmImportResult } from '../../../shared/tm/types';
import { importFormatOf } from './formats';
import { cancelledImport, inImportTransaction, type ImportContext, type ImportOptions } from './import';
import { CTRL, CTRL_SLOTS, STATE, type ImportWorkerData, type ReaderMessage } from './parallel-protocol';
import { unpackRows } from './row-batch';

/** Rows per batch handed from the reading thread to the writer. */
const BATCH_ROWS = 256;
/** Batches that may wait for the writer: bounds the memory the reading thread can run ahead with. */
const QUEUE_BATCHES = 64;
/**
 * Stored units the writer indexes (source side) at a time, as it goes: each time this many
 * have been stored since the last step, one `INSERT ... SELECT` over their id range, while
 * their table pages are still in the page cache (about 10 MB of the 32 MB). Built after the
 * last rows instead, the index read the whole table back (600 MB for a million units, most
 * of it spilled to the WAL by then: a read and a WAL lookup per page). Not fewer at a time:
 * each statement flushes FTS5's pending terms as a segment of its own.
 */
const INDEX_STEP = 16_384;
/** How long the writer waits at a time for the reading thread (it checks for a cancel in between). */
const WAIT_MS = 100;
/** How long the reading thread may show no sign of life before the import gives it up as crashed. */
const STALL_MS = 30_000;
/**
 * The reading thread's V8 heap (MB). Without a limit V8 let it grow to about 200 MB before
 * collecting (the peak RSS of a 100,000-unit import went from 143 to over 450 MB). With 8 MB
 * of young generation it spent a fifth of its time in scavenges (1.2 s at 100,000 units,
 * batches of 1,024 rows); 16 MB and batches of 256 halved that, at a lower peak RSS.
 */
const READER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };
/** How long a stopped reading thread may take to end before it is terminated. */
const STOP_MS = 5000;

/** The built reading thread beside the running bundle, or `SVERKA_TM_IMPORT_WORKER`; undefined when neither exists. */
export function defaultImportWorkerFile(): string | undefined {
  const candidates = [
    ...(typeof __dirname === 'string' ? [path.join(__dirname, 'tm-import-worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')] : []),
    ...(process.env['SVERKA_TM_IMPORT_WORKER'] ? [process.env['SVERKA_TM_IMPORT_WORKER']] : []),
  ];
  return candidates.find((f) => fs.existsSync(f));
}

/** The reading thread of one import, seen from the writer (every wait is synchronous: the writer holds a transaction). */
class ReaderThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly ctrl: Int32Array;

  constructor(workerFile: string, data: Omit<ImportWorkerData, 'control' | 'port'>, transfer: ArrayBuffer[]) {
    const control = new SharedArrayBuffer(CTRL_SLOTS * 4);
    this.ctrl = new Int32Array(control);
    const channel = new MessageChannel();
    this.port = channel.port1;
    const workerData: ImportWorkerData = { ...data, control, port: channel.port2 };
    this.worker = new Worker(path.resolve(workerFile), { workerData, transferList: [channel.port2, ...transfer], resourceLimits: READER_HEAP });
    // What the thread throws reaches the import through its messages (or its silence: `next`);
    // the event, emitted later on this thread's loop, would otherwise be an uncaught error.
    this.worker.on('error', () => {});
    // A thread that ended while still 'running' by the shared state said nothing of it: mark
    // it failed, so that a wait sees it at once. The event reaches this thread only when its
    // loop turns (a writer waiting synchronously inside the transaction sees the reading
    // thread's own exit hook instead, `import-worker.ts`); the heartbeat is the last resort.
    this.worker.on('exit', () => {
      if (Atomics.compareExchange(this.ctrl, CTRL.state, STATE.running, STATE.failed) === STATE.running) Atomics.notify(this.ctrl, CTRL.state);
    });
  }

  /**
   * The next message, waiting for it; `checkCancel` runs between waits. A thread that has
   * ended without a word, or shows no sign of life for `STALL_MS` (a worker thread out of
   * memory ends without running any more of its code), is a WORKER_CRASHED error.
   */
  next(checkCancel: () => void): ReaderMessage {
    let beat = Atomics.load(this.ctrl, CTRL.beat);
    let beatAt = Date.now();
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (m) return m.message as ReaderMessage;
      if (Atomics.load(this.ctrl, CTRL.state) !== STATE.running) {
        const last = receiveMessageOnPort(this.port);
        if (last) return last.message as ReaderMessage;
        throw crashed();
      }
      checkCancel();
      const now = Date.now();
      const b = Atomics.load(this.ctrl, CTRL.beat);
      if (b !== beat) {
        beat = b;
        beatAt = now;
      } else if (now - beatAt > STALL_MS) throw crashed();
      // Read the count first: a message posted after the check below changes it, so the wait returns at once.
      const posted = Atomics.load(this.ctrl, CTRL.posted);
      const arrived = receiveMessageOnPort(this.port);
      if (arrived) return arrived.message as ReaderMessage;
      Atomics.wait(this.ctrl, CTRL.posted, posted, WAIT_MS);
    }
  }

  /** Tells the reading thread a batch is stored (it may run further ahead), waking it when it waits for this many. */
  answer(): void {
    const taken = Atomics.add(this.ctrl, CTRL.taken, 1) + 1;
    if (taken >= Atomics.load(this.ctrl, CTRL.wakeAt)) Atomics.notify(this.ctrl, CTRL.taken);
  }

  /** Stops the thread and waits (a bounded time) until it has ended its work. */
  stop(): void {
    Atomics.store(this.ctrl, CTRL.stop, 1);
    Atomics.notify(this.ctrl, CTRL.taken);
    const until = Date.now() + STOP_MS;
    while (Atomics.load(this.ctrl, CTRL.state) === STATE.running && Date.now() < until) Atomics.wait(this.ctrl, CTRL.state, STATE.running, WAIT_MS);
    void this.worker.terminate();
    this.port.close();
  }
}

function crashed(): SverkaError {
  return new SverkaError('WORKER_CRASHED', 'The memory import stopped: its reading thread ended unexpectedly. The memory is as it was. Try again.', {
    kind: 'tm.import',
  });
}

/** An error from the reading thread, as the class the caller would have seen had it been thrown here. */
function rebuildError(w: Extract<ReaderMessage, { type: 'failed' }>['error']): Error {
  if (w.typed && w.code === 'PARSE_ERROR') {
    const e = new ParseError('', w.details);
    return Object.assign(e, { message: w.message });
  }
  if (w.typed && w.code) return new SverkaError(w.code as ErrorCode, w.message, w.details);
  const e = new Error(w.message) as Error & { code?: string };
  if (w.code) e.code = w.code;
  return e;
}

/**
 * `importUnits` on two threads. A worker thread (`import-worker.ts`) decodes and parses the
 * file and builds the rows, in batches, while this thread stores them in the import's one
 * transaction (`inImportTransaction`) and builds the source-side index as it goes, every
 * `INDEX_STEP` units stored. The target side is left to the backlog job (migration 0081). A cancel,
 * an error on either thread, a full disk or a killed process leaves the memory as it was.
 */
export function importInParallel(
  ctx: ImportContext,
  source: { file: string } | { bytes: Uint8Array },
  fileName: string,
  opts: ImportOptions,
  workerFile: string,
): TmImportResult {
  const { repo } = ctx;
  const checkCancel = () => {
    if (opts.signal?.aborted) throw cancelledImport(fileName);
  };
  let reader: ReaderThread | undefined;
  try {
    return inImportTransaction(ctx, fileName, opts.signal, (importId, lastIdBefore, now) => {
      const counts = { added: 0, merged: 0 };
      // Into an empty memory, the duplicate check needs to look among this import's units only.
      const seen = lastIdBefore === 0 ? new HashIds() : undefined;
      const bytes = 'bytes' in source ? source.bytes : undefined;
      // The bytes move to the reading thread when they own their buffer, else they are copied.
      const movable = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      reader = new ReaderThread(
        workerFile,
        {
          ...('file' in source ? { file: source.file } : { bytes: movable ? bytes : new Uint8Array(bytes!) }),
          fileName,
          format: importFormatOf(fileName),
          readerOptions: {
            ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
            ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
            ...(opts.fallback ? { fallback: opts.fallback } : {}),
          },
          now,
          batchRows: BATCH_ROWS,
          queue: QUEUE_BATCHES,
        },
        movable ? [bytes.buffer as ArrayBuffer] : [],
      );
      let stored = 0;
      // The source index is built as the units are stored, a range of them at a time (the
      // rest after the last rows).
      let newestId = lastIdBefore;
      let indexedUpTo = lastIdBefore;
      for (;;) {
        const m = reader.next(checkCancel);
        switch (m.type) {
          case 'rows': {
            checkCancel();
            const rows = unpackRows(m.batch);
            for (const r of rows) r.import_id = importId;
            const ids = new Int32Array(rows.length);
            const res = repo.addOrMergeMany(rows, { deferIndex: true, ids, ...(seen ? { seen } : {}) });
            counts.added += res.added;
            counts.merged += res.merged;
            for (const id of ids) if (id > newestId) newestId = id;
            reader.answer();
            if (newestId - indexedUpTo >= INDEX_STEP) {
              repo.indexUnitsAfter(indexedUpTo, ['source'], newestId);
              indexedUpTo = newestId;
            }
            stored += rows.length;
            opts.onProgress?.(stored);
            break;
          }
          case 'end':
            if (m.sawBytes) repo.indexUnitsAfter(indexedUpTo, ['source']);
            return { sawBytes: m.sawBytes, readStats: m.readStats, emptyStats: m.emptyStats, counts };
          case 'failed':
            throw rebuildError(m.error);
        }
      }
    });
  } finally {
    reader?.stop();
  }
}
