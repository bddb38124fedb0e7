import { SverkaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { runJobHere } from './job-table';
import { KeyQueue } from './key-queue';
import type { JobRequest, JobRunner } from './types';

/**
 * Runs the jobs on the calling thread with the caller's connection: for an in-memory database
 * (no other thread can open it) and for the "before" figures of the event-loop bench. Cancel
 * is read between units of work, as in a worker.
 */
export class InlineRunner implements JobRunner {
  readonly offThread = false;
  private readonly queue = new KeyQueue();

  constructor(private readonly db: Db) {}

  run<R>(req: JobRequest<unknown>): Promise<R> {
    return this.queue.run(req.key, async () => {
      if (req.signal?.aborted) throw new SverkaError('CANCELLED', 'Cancelled; nothing was changed.');
      const signal = req.signal ?? { aborted: false };
      const onItems = req.onItems ?? (() => undefined);
      const emit = (items: unknown): Promise<void> => {
        onItems(items);
        return Promise.resolve();
      };
      return (await runJobHere(this.db, req.kind, req.args, { onProgress: req.onProgress ?? (() => undefined), signal, emit })) as R;
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
