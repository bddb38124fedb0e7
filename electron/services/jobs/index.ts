import fs from 'node:fs';
import type { Db } from '../../db/connection';
import { InlineRunner } from './inline-runner';
import type { JobRunner } from './types';
import { defaultWorkerFile, WorkerRunner } from './worker-runner';

export { BackgroundJobs, importMemory, indexMemory, MEMORY_KEY } from './board';
export type { JobKind } from './job-table';
export type { JobHooks, JobProgress, JobRunner } from './types';
export { InlineRunner } from './inline-runner';
export { WorkerRunner } from './worker-runner';

/**
 * The runner for a database: worker threads when the database is a file and the worker entry
 * was built (dist/electron/worker.cjs beside the bundle), else the calling thread (an
 * in-memory database, the tests that run the services from source).
 */
export function createRunner(db: Db, dbFile: string, opts: { workerFile?: string; inline?: boolean } = {}): JobRunner {
  const workerFile = opts.workerFile ?? defaultWorkerFile();
  if (opts.inline || dbFile === ':memory:' || !fs.existsSync(workerFile)) return new InlineRunner(db);
  return new WorkerRunner({ dbFile, workerFile });
}
