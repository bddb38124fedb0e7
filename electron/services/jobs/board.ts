import { SverkaError } from '../../../shared/errors';
import type { JobStatus } from '../../../shared/ipc/channels/jobs';
import type { TmImportResult } from '../../../shared/tm/types';
import type { JobKind, TmImportArgs } from './job-table';
import type { JobProgress, JobRunner } from './types';

/** How long a finished job's state stays readable by `progress`. */
const KEEP_MS = 60_000;

interface Entry {
  status: JobStatus;
  controller: AbortController;
}

/**
 * The background jobs the handlers start, by the caller's `jobId`: their progress and cancel
 * for `jobs.progress` / `jobs.cancel`, over one runner (a worker pool in the app, the web bridge
 * and the CLI). Jobs without a `jobId` run the same way, just without being listed.
 */
export class BackgroundJobs {
  private readonly jobs = new Map<string, Entry>();

  constructor(readonly runner: JobRunner) {}

  /**
   * Runs a job on the runner. `signal` (the caller's own cancel, e.g. Ctrl+C in the CLI) and
   * `jobs.cancel` both stop it; `onProgress` hears its progress as `jobs.progress` does.
   */
  async run<R>(
    kind: JobKind,
    args: unknown,
    opts: {
      key: string;
      jobId?: string | undefined;
      signal?: AbortSignal | undefined;
      onProgress?: ((p: JobProgress) => void) | undefined;
      /** What the job emits ahead of its answer (JobHooks.emit). */
      onItems?: ((items: unknown) => void) | undefined;
    },
  ): Promise<R> {
    const controller = new AbortController();
    const outer = opts.signal;
    const onOuterAbort = (): void => controller.abort();
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    let entry: Entry | undefined;
    if (opts.jobId !== undefined) {
      const have = this.jobs.get(opts.jobId);
      if (have?.status.state === 'running') throw new SverkaError('CONFLICT', `The job ${JSON.stringify(opts.jobId)} is still running.`);
      entry = { controller, status: { jobId: opts.jobId, kind, state: 'running', phase: 'queued', done: 0, total: 0 } };
      this.jobs.set(opts.jobId, entry);
    }
    const status = entry?.status;
    try {
      const value = await this.runner.run<R>({
        kind,
        args,
        key: opts.key,
        signal: controller.signal,
        ...(opts.onItems ? { onItems: opts.onItems } : {}),
        ...(status || opts.onProgress
          ? {
              onProgress: (p: JobProgress) => {
                if (status) {
                  status.phase = p.phase;
                  status.done = p.done;
                  status.total = p.total;
                }
                opts.onProgress?.(p);
              },
            }
          : {}),
      });
      if (status) status.state = 'done';
      return value;
    } catch (err) {
      if (status) status.state = err instanceof SverkaError && err.code === 'CANCELLED' ? 'cancelled' : 'failed';
      throw err;
    } finally {
      outer?.removeEventListener('abort', onOuterAbort);
      if (entry) this.forgetLater(opts.jobId!, entry);
    }
  }

  progress(jobId: string): JobStatus {
    const e = this.jobs.get(jobId);
    if (!e) throw new SverkaError('NOT_FOUND', `There is no job ${JSON.stringify(jobId)} (finished jobs are forgotten after a minute).`);
    return { ...e.status };
  }

  cancel(jobId: string): { cancelled: boolean } {
    const e = this.jobs.get(jobId);
    if (!e || e.status.state !== 'running') return { cancelled: false };
    e.controller.abort();
    return { cancelled: true };
  }

  close(): Promise<void> {
    for (const e of this.jobs.values()) e.controller.abort();
    return this.runner.close();
  }

  private forgetLater(jobId: string, entry: Entry): void {
    const timer = setTimeout(() => {
      if (this.jobs.get(jobId) === entry) this.jobs.delete(jobId);
    }, KEEP_MS);
    timer.unref?.();
  }
}

/** The serialisation key of memory jobs: there is one memory per database. */
export const MEMORY_KEY = 'memory';

/**
 * A memory import as a background job; the main connection's lookups then plan over the grown
 * memory. It answers once the units and their source index are committed; the target-side
 * (concordance) index of the units follows as the `tm.index` job (`indexMemory`), started here.
 */
export async function importMemory(jobs: BackgroundJobs, tm: { memoryChanged(): void }, args: TmImportArgs, jobId?: string): Promise<TmImportResult> {
  try {
    const res = await jobs.run<TmImportResult>('tm.import', args, { key: MEMORY_KEY, jobId });
    if (res.added > 0) void indexMemory(jobs).catch(() => undefined);
    return res;
  } finally {
    tm.memoryChanged();
  }
}

const indexing = new WeakMap<BackgroundJobs, Promise<{ indexed: number }>>();

/**
 * Runs the `tm.index` job (the target-side index of the units imports left in the backlog),
 * or joins the one under way. Started after each import and when the services are created (a
 * job stopped by a quit or a crash resumes); it ends at once when there is nothing to index.
 */
export function indexMemory(jobs: BackgroundJobs): Promise<{ indexed: number }> {
  const running = indexing.get(jobs);
  if (running) return running;
  const run = jobs.run<{ indexed: number }>('tm.index', {}, { key: MEMORY_KEY }).finally(() => indexing.delete(jobs));
  indexing.set(jobs, run);
  return run;
}
