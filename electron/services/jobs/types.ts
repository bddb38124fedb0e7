import type { CancelSignal } from '../../../shared/align/progress';

/** Where a background job stands: `done` of `total` (total 0 when unknown), and a phase name. */
export interface JobProgress {
  phase: string;
  done: number;
  total: number;
  /** Items written so far when the job counts them apart from `done` (a dictionary's pairs while `done` counts bytes). */
  items?: number;
}

/** What a job function gets besides its arguments: a progress callback and a cancel flag. */
export interface JobHooks {
  onProgress: (p: JobProgress) => void;
  /** Read between units of work; the job then throws a CANCELLED SverkaError and changes nothing. */
  signal: CancelSignal;
  /**
   * Hands a slice of a large answer to the caller ahead of the answer itself and resolves once
   * the caller has taken it. A worker sends slices one at a time, each after the previous was
   * taken, so the main thread copies in a large answer in short steps with its event loop
   * turning in between, instead of in one long block.
   */
  emit: (items: unknown) => Promise<void>;
}

/** How a caller starts a job on a runner. */
export interface JobRequest<A> {
  kind: string;
  args: A;
  /**
   * Jobs with the same key run one after another (one project, the one memory); jobs with
   * different keys may run side by side.
   */
  key: string;
  onProgress?: (p: JobProgress) => void;
  /** Receives what the job emits (`JobHooks.emit`), in order, before its answer. */
  onItems?: (items: unknown) => void;
  signal?: AbortSignal;
}

/**
 * Runs the heavy jobs (job-table.ts) off the caller's thread (WorkerRunner) or on it
 * (InlineRunner: an in-memory database, which another thread cannot open, and the bench's
 * "before" figures). Both serialise jobs by key.
 */
export interface JobRunner {
  readonly offThread: boolean;
  run<R>(req: JobRequest<unknown>): Promise<R>;
  /** Stops every worker (a running job then fails as cancelled). */
  close(): Promise<void>;
}
