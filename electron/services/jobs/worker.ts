// The job worker's entry (built to dist/electron/worker.cjs): opens its own connection to the
// database (WAL lets the main thread read meanwhile) and runs job-table.ts jobs one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../../db/connection';
import { runJobHere } from './job-table';
import type { JobProgress } from './types';
import { toWire, type RunMessage, type TakenMessage, type WorkerMessage } from './wire';

/** Progress is forwarded at most this often (and at every change of phase). */
const PROGRESS_MS = 100;
/** How long a job waits for another job's write transaction. */
const JOB_BUSY_TIMEOUT_MS = 10 * 60 * 1000;

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const { dbFile } = workerData as { dbFile: string };
let db: Db | undefined;
const post = (m: WorkerMessage) => port.postMessage(m);

/** The job waiting for its last emitted slice to be taken, by job id. */
const waitingTaken = new Map<number, () => void>();

port.on('message', (m: RunMessage | TakenMessage) => {
  if (m.type === 'taken') {
    const resume = waitingTaken.get(m.id);
    waitingTaken.delete(m.id);
    resume?.();
    return;
  }
  if (m.type !== 'run') return;
  void run(m);
});

async function run(m: RunMessage): Promise<void> {
  const flag = new Int32Array(m.flag);
  const signal = {
    get aborted() {
      return Atomics.load(flag, 0) === 1;
    },
  };
  let lastAt = 0;
  let lastPhase = '';
  const onProgress = (progress: JobProgress) => {
    const now = Date.now();
    if (progress.phase === lastPhase && now - lastAt < PROGRESS_MS) return;
    lastAt = now;
    lastPhase = progress.phase;
    post({ type: 'progress', id: m.id, progress });
  };
  try {
    if (!db) {
      db = openDatabase(dbFile);
      // Jobs in other workers may hold the write lock for a long import: wait for it here
      // (off the main thread) rather than fail after the main connection's five seconds.
      db.pragma(`busy_timeout = ${JOB_BUSY_TIMEOUT_MS}`);
    }
    const emit = (items: unknown): Promise<void> =>
      new Promise<void>((resolve) => {
        waitingTaken.set(m.id, resolve);
        post({ type: 'items', id: m.id, items });
      });
    const value = await runJobHere(db, m.kind, m.args, { onProgress, signal, emit });
    post({ type: 'done', id: m.id, value });
  } catch (err) {
    post({ type: 'failed', id: m.id, error: toWire(err, dbFile) });
  }
}
