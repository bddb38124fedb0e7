import { z } from 'zod';
import { channel } from './define';

/** A caller-chosen id for a background job (memory import/export, project export). */
export const JobIdSchema = z.string().min(1).max(100);

/** Where a background job started with a `jobId` is. */
export interface JobStatus {
  jobId: string;
  kind: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** The job's own phase name (`importing`, `exporting`, ...). */
  phase: string;
  /** Units of work done, of `total` (0 when the total is not known in advance). */
  done: number;
  total: number;
}

export const jobChannels = {
  /** Progress of a job started with a `jobId` (kept for a minute after it ends). NOT_FOUND for unknown ids. */
  'jobs.progress': channel<JobStatus>()(z.object({ jobId: JobIdSchema }).strict()),
  /** Stops a running job; it then fails with CANCELLED and the database is as it was before it. */
  'jobs.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: JobIdSchema }).strict()),
} as const;
