import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SverkaError } from '../../../shared/errors';
import { resourcesDir } from '../sample';
import { KeyQueue } from './key-queue';
import type { JobProgress, JobRequest, JobRunner } from './types';
import { fromWire, type RunMessage, type TakenMessage, type WorkerMessage } from './wire';

export interface WorkerRunnerOptions {
  dbFile: string;
  /** The built worker entry (dist/electron/worker.cjs beside the bundle that loads it). */
  workerFile?: string;
  /** Workers at most (jobs on different keys beyond this wait for one). Default 2. */
  maxWorkers?: number;
  /** A cancelled job that has not stopped by itself after this long has its worker terminated. Default 3 s. */
  hardCancelMs?: number;
}

/**
 * The worker entry beside the running bundle. In the packaged app it is read from the
 * unpacked copy (electron-builder.yml asarUnpack): a worker thread is started from a real file.
 */
export function defaultWorkerFile(): string {
  return path.join(__dirname, 'worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** The worker reads the shipped lexicon from the main process's resources (unpacked in the packaged app). */
function workerEnv(): NodeJS.ProcessEnv {
  // Only a bundle knows its folder (an ES module bench does not): the worker then finds its own.
  if (typeof __dirname !== 'string') return { ...process.env };
  return { ...process.env, SVERKA_RESOURCES: resourcesDir().replace(/app\.asar([\\/])/, 'app.asar.unpacked$1') };
}

interface Active {
  id: number;
  kind: string;
  flag: Int32Array;
  onProgress?: (p: JobProgress) => void;
  onItems?: (items: unknown) => void;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  /** Why the worker is being terminated on purpose (the job fails with this). */
  endedWith?: Error;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Active | null;
  /** Handed to a job that has not posted its run yet. */
  reserved: boolean;
  /** What the worker threw before it exited, for the crash message. */
  lastError?: Error;
}

function cancelled(kind: string): SverkaError {
  return new SverkaError('CANCELLED', `${describe(kind)} cancelled; nothing was changed.`);
}

function describe(kind: string): string {
  switch (kind) {
    case 'tm.import':
      return 'The memory import';
    case 'tm.export':
      return 'The memory export';
    case 'tm.index':
      return 'The concordance indexing';
    case 'workbench.align':
      return 'Alignment';
    case 'workbench.export':
      return 'The project export';
    case 'dictionary.import':
      return 'The dictionary import';
    default:
      return `The job ${kind}`;
  }
}

/**
 * Runs jobs in worker threads, each with its own database connection. Jobs with one key run
 * one after another; others run side by side on up to `maxWorkers` workers. Cancelling sets a
 * flag the job reads between units of work (it rolls back and answers CANCELLED); a job that
 * does not stop in time, and a worker that dies (terminated, out of memory, a native crash),
 * ends its job with CANCELLED or WORKER_CRASHED once the worker has exited, so its connection
 * (and any open transaction) is gone: what was committed before stays, the job's own writes do
 * not. The next job starts a new worker.
 */
export class WorkerRunner implements JobRunner {
  readonly offThread = true;
  private readonly queue = new KeyQueue();
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private seq = 0;
  private closed = false;
  private readonly workerFile: string;
  private readonly maxWorkers: number;
  private readonly hardCancelMs: number;

  constructor(private readonly opts: WorkerRunnerOptions) {
    this.workerFile = opts.workerFile ?? defaultWorkerFile();
    this.maxWorkers = Math.max(1, opts.maxWorkers ?? 2);
    this.hardCancelMs = opts.hardCancelMs ?? 3000;
  }

  run<R>(req: JobRequest<unknown>): Promise<R> {
    return this.queue.run(req.key, () => this.execute(req)) as Promise<R>;
  }

  /** Workers alive now (tests: a crashed one is replaced on the next job). */
  get workerCount(): number {
    return this.slots.length;
  }

  /** Terminates the worker running `kind` (as a crash would): tests and a hung job. */
  async terminateRunning(kind?: string): Promise<boolean> {
    const slot = this.slots.find((s) => s.job && (kind === undefined || s.job.kind === kind));
    if (!slot) return false;
    await slot.worker.terminate();
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((s) => {
        if (s.job) s.job.endedWith = cancelled(s.job.kind);
        return s.worker.terminate();
      }),
    );
  }

  private async execute(req: JobRequest<unknown>): Promise<unknown> {
    if (this.closed) throw new SverkaError('CANCELLED', 'The application is closing.');
    if (req.signal?.aborted) throw cancelled(req.kind);
    const slot = await this.acquire();
    if (req.signal?.aborted) {
      this.release(slot);
      throw cancelled(req.kind);
    }
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const onAbort = () => {
      const job = slot.job;
      if (!job) return;
      Atomics.store(flag, 0, 1);
      job.timer = setTimeout(() => {
        job.endedWith = cancelled(job.kind);
        void slot.worker.terminate();
      }, this.hardCancelMs);
    };
    try {
      return await new Promise<unknown>((resolve, reject) => {
        slot.job = {
          id: ++this.seq,
          kind: req.kind,
          flag,
          resolve,
          reject,
          ...(req.onProgress ? { onProgress: req.onProgress } : {}),
          ...(req.onItems ? { onItems: req.onItems } : {}),
        };
        slot.worker.ref();
        req.signal?.addEventListener('abort', onAbort, { once: true });
        const msg: RunMessage = { type: 'run', id: slot.job.id, kind: req.kind, args: req.args, flag: flag.buffer as SharedArrayBuffer };
        slot.worker.postMessage(msg);
      });
    } finally {
      req.signal?.removeEventListener('abort', onAbort);
      if (slot.job?.timer) clearTimeout(slot.job.timer);
      slot.job = null;
      this.release(slot);
    }
  }

  private acquire(): Promise<Slot> {
    const idle = this.slots.find((s) => s.job === null && !s.reserved);
    if (idle) {
      idle.reserved = true;
      return Promise.resolve(idle);
    }
    if (this.slots.length < this.maxWorkers) {
      const slot = this.spawn();
      slot.reserved = true;
      return Promise.resolve(slot);
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(() => this.acquire());
  }

  private release(slot: Slot): void {
    slot.reserved = false;
    // An idle worker does not keep a command-line process alive.
    if (this.slots.includes(slot)) slot.worker.unref();
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerFile, { workerData: { dbFile: this.opts.dbFile }, env: workerEnv() });
    const slot: Slot = { worker, job: null, reserved: false };
    this.slots.push(slot);
    worker.on('message', (m: WorkerMessage) => {
      const job = slot.job;
      if (!job || m.id !== job.id) return;
      if (m.type === 'progress') job.onProgress?.(m.progress);
      else if (m.type === 'items') {
        job.onItems?.(m.items);
        const taken: TakenMessage = { type: 'taken', id: m.id };
        worker.postMessage(taken);
      } else if (m.type === 'done') job.resolve(m.value);
      else job.reject(fromWire(m.error));
    });
    worker.on('error', (err) => {
      slot.lastError = err;
    });
    worker.on('exit', (code) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      if (job) {
        const why = slot.lastError ? slot.lastError.message : `exit code ${code}`;
        job.reject(
          job.endedWith ??
            new SverkaError(
              'WORKER_CRASHED',
              `${describe(job.kind)} stopped: its background worker ended unexpectedly (${why}). Nothing of this job was saved; what was saved before is intact. Try again.`,
              { kind: job.kind },
            ),
        );
      }
      // A waiting job may now start a new worker.
      if (!slot.reserved) this.waiting.shift()?.();
    });
    return slot;
  }
}
