import type { MessagePort } from 'node:worker_threads';
import type { ReadStats } from '../../../shared/formats/read-kit';
import type { ReaderOptions, TmImportFormat } from './formats';
import type { RowBatch } from './row-batch';

/** Slots of the shared Int32Array the two threads of an import wait on. */
export const CTRL = {
  /** Messages the reading thread has posted. */
  posted: 0,
  /** Batches the writer has stored and answered. */
  taken: 1,
  /** Set to 1 by the writer: the reading thread stops. */
  stop: 2,
  /** The reading thread's `STATE`. */
  state: 3,
  /** Counted up by the reading thread as it works and as it waits: it is alive. */
  beat: 4,
  /**
   * Set by the reading thread when it waits for the writer: the count of `taken` it waits for.
   * The writer wakes it only then (not at every batch stored), so the two threads do not
   * switch back and forth once per batch while the queue is full.
   */
  wakeAt: 5,
} as const;

export const CTRL_SLOTS = 6;

export const STATE = { running: 0, done: 1, failed: 2 } as const;

/** What the reading thread is started with. */
export interface ImportWorkerData {
  file?: string;
  bytes?: Uint8Array;
  fileName: string;
  format: TmImportFormat;
  readerOptions: ReaderOptions;
  now: string;
  /** Rows per batch, and how many batches may wait for the writer. */
  batchRows: number;
  queue: number;
  control: SharedArrayBuffer;
  port: MessagePort;
}

/** Reading thread -> writer. */
export type ReaderMessage =
  | { type: 'rows'; seq: number; batch: RowBatch }
  | { type: 'end'; sawBytes: boolean; produced: number; readStats: ReadStats; emptyStats: ReadStats }
  | { type: 'failed'; error: { code?: string; message: string; details?: Record<string, unknown>; typed: boolean } };
