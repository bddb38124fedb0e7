import { SverkaError } from '../../../shared/errors';
import type { LexiconFormat } from '../../../shared/formats/lexicon/read';
import type { UserLexiconRow } from '../../db/repositories/lexicon';
import type { BackgroundJobs } from '../jobs/board';
import type { DictionaryImportArgs } from '../jobs/job-table';
import type { LexiconImportProgress, LexiconImportResult } from './import';
import type { LexiconStore } from './store';

interface ImportJob {
  controller: AbortController;
  progress: LexiconImportProgress;
  done: boolean;
}

/** The serialisation key of dictionary imports: one runs at a time, so a failed one's leftovers are its own. */
export const DICTIONARY_KEY = 'dictionary';

/**
 * The user's dictionaries (import with progress and cancel, list, remove), what the learned
 * lexicon holds, and the per-project online-assist switch: what the IPC handlers and the
 * command line call.
 */
export class LexiconService {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(
    readonly store: LexiconStore,
    private readonly background: BackgroundJobs,
  ) {
    // An import a crash interrupted left a row in state 'importing': it goes.
    store.repo.deleteUnfinished();
  }

  /**
   * Imports a dictionary as a background job ('dictionary.import', in a job worker where the
   * runner has one): its progress and cancel are served by `jobId` both here
   * (`lexicon.importProgress` / `lexicon.cancelImport`) and by `jobs.progress` / `jobs.cancel`.
   */
  async import(
    file: string | { name: string; bytes: Uint8Array },
    opts: { projectId?: number | null; format?: LexiconFormat; name?: string; jobId?: string; onProgress?: (p: LexiconImportProgress) => void; signal?: AbortSignal } = {},
  ): Promise<LexiconImportResult> {
    if (opts.projectId != null && this.store.repo.onlineAssist(opts.projectId) === null) throw new SverkaError('NOT_FOUND', `There is no project ${opts.projectId}.`);
    const controller = new AbortController();
    const job: ImportJob = { controller, progress: { bytes: 0, totalBytes: 0, entries: 0 }, done: false };
    if (opts.jobId) {
      const running = this.jobs.get(opts.jobId);
      if (running && !running.done) throw new SverkaError('CONFLICT', `The import ${JSON.stringify(opts.jobId)} is still running.`);
      this.jobs.set(opts.jobId, job);
    }
    const onAbort = (): void => controller.abort();
    opts.signal?.addEventListener('abort', onAbort);
    if (opts.signal?.aborted) controller.abort();
    const args: DictionaryImportArgs = {
      ...(typeof file === 'string' ? { file, fileName: file } : { bytes: file.bytes, fileName: file.name }),
      projectId: opts.projectId ?? null,
      ...(opts.format ? { format: opts.format } : {}),
      ...(opts.name ? { name: opts.name } : {}),
    };
    try {
      return await this.background.run<LexiconImportResult>('dictionary.import', args, {
        key: DICTIONARY_KEY,
        jobId: opts.jobId,
        signal: controller.signal,
        onProgress: (p) => {
          job.progress = { bytes: p.done, totalBytes: p.total, entries: p.items ?? job.progress.entries };
          opts.onProgress?.(job.progress);
        },
      });
    } catch (err) {
      // A job that fails in its worker deletes its own rows; a worker that was terminated (a
      // crash, or a cancel it did not answer in time) cannot: its unfinished rows go here, which
      // is safe because dictionary imports run one at a time.
      this.store.repo.deleteUnfinished();
      throw err;
    } finally {
      job.done = true;
      opts.signal?.removeEventListener('abort', onAbort);
      if (opts.jobId) {
        const id = opts.jobId;
        setTimeout(() => this.jobs.get(id) === job && this.jobs.delete(id), 60_000).unref?.();
      }
    }
  }

  progress(jobId: string): LexiconImportProgress & { done: boolean } {
    const job = this.jobs.get(jobId);
    if (!job) throw new SverkaError('NOT_FOUND', `There is no dictionary import ${JSON.stringify(jobId)}.`);
    return { ...job.progress, done: job.done };
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job || job.done) return { cancelled: false };
    job.controller.abort();
    return { cancelled: true };
  }

  /** Dictionaries: all (undefined), the global ones (null), or those a project uses (its own and the global ones). */
  list(projectId?: number | null): UserLexiconRow[] {
    return this.store.repo.lexicons(projectId);
  }

  remove(id: number): { removed: boolean } {
    const removed = this.store.repo.deleteLexicon(id);
    this.store.forget(id);
    return { removed };
  }

  /** How many stem pairs confirmed links have taught (used ones: taught at least once in full). */
  learnedSize(): { pairs: number; used: number } {
    return { pairs: this.store.repo.learnedCount(), used: this.store.learned().size };
  }

  onlineAssist(projectId: number): { projectId: number; enabled: boolean } {
    const on = this.store.repo.onlineAssist(projectId);
    if (on === null) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    return { projectId, enabled: on };
  }

  setOnlineAssist(projectId: number, enabled: boolean): { projectId: number; enabled: boolean } {
    if (!this.store.repo.setOnlineAssist(projectId, enabled)) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    return { projectId, enabled };
  }
}
