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
} as const;

export const CTRL_SLOTS = 5;

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
  /**
   * Into an empty memory: the scratch database the reading thread builds its share of the
   * source-side index in (the batches it sends with `indexed`, from the ids the writer answers
   * them with, `IdsMessage`), and the index's definition (`TmRepository.indexDefinition`). The
   * writer indexes the other batches itself and merges the scratch index in before the commit.
   */
  index?: { file: string; createSql: string; table: string; column: string; automerge: number; cacheKib: number; share: 'balance' | 'all' };
}

/** Reading thread -> writer. */
export type ReaderMessage =
  /** `indexed`: the reading thread indexes these rows' source keys (in the scratch database), not the writer. */
  | { type: 'rows'; seq: number; batch: RowBatch; indexed: boolean }
  | { type: 'end'; sawBytes: boolean; produced: number; readStats: ReadStats; emptyStats: ReadStats }
  /** After 'end', with `index`: the scratch index holds every unit of the batches sent with `indexed`, and is closed. */
  | { type: 'indexed' }
  | { type: 'failed'; error: { code?: string; message: string; details?: Record<string, unknown>; typed: boolean } };

/** Writer -> reading thread, with `index`: the ids a batch's rows were stored under (0: merged into another unit). */
export interface IdsMessage {
  seq: number;
  ids: Int32Array;
}
