import type { MtBatchResult, MtEstimate, MtFormality, MtItem, MtItemResult } from '../../../shared/ipc/channels/mt';
import { api, call } from '../../api';

/** Most items per `mt.translate` call: small enough for the bar to move, large enough to batch. */
export const MT_CHUNK = 10;
const MIN_CHUNK = 5;

/** Chunk size for a batch: at most {@link MT_CHUNK}, smaller for short batches so the bar still moves in steps. */
export function chunkSizeFor(total: number): number {
  return Math.min(MT_CHUNK, Math.max(MIN_CHUNK, Math.ceil(total / 8)));
}

let batchSeq = 0;

/** What one chunked batch sends; the fields follow `mt.translate`. */
export interface ChunkedBatchRequest {
  projectId: number;
  items: readonly MtItem[];
  formality: MtFormality;
  /** Characters the user confirmed for the whole batch (covers every chunk). */
  confirmCharacters?: number;
  /** Default: {@link chunkSizeFor} the number of items. */
  chunkSize?: number;
}

/** How far a batch has come. */
export interface BatchProgress {
  done: number;
  total: number;
  billedCharacters: number;
}

/** How a batch ended. `needs_confirmation` only when a chunk asked (nothing of it was sent). */
export interface ChunkedBatchOutcome extends BatchProgress {
  status: 'completed' | 'cancelled' | 'stopped' | 'needs_confirmation';
  /** Index of the first item not sent (the rest of the batch after a stop). */
  next: number;
  estimate: MtEstimate | null;
  /** The first message of an item without a suggestion (why the batch stopped, if it did). */
  message: string | null;
}

/**
 * A batch of DeepL suggestions sent in chunks, one `mt.translate` at a time, so that progress
 * can be shown and Cancel stops after (or inside) the chunk in flight. Every chunk's batch id
 * shares the batch's prefix. What a chunk translated is cached by the backend and handed to
 * `onItems`, so a cancel keeps it.
 */
export class ChunkedBatch {
  readonly id = `mtb-${Date.now()}-${++batchSeq}`;
  private cancelled = false;
  private inFlight: string | null = null;

  constructor(
    private readonly req: ChunkedBatchRequest,
    private readonly onItems: (items: readonly MtItemResult[], progress: BatchProgress) => void,
  ) {}

  get isCancelled(): boolean {
    return this.cancelled;
  }

  /** Sends no further chunk and asks the backend to stop the one in flight. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    const batchId = this.inFlight;
    if (batchId) void api.mt.cancel({ batchId });
  }

  async run(): Promise<ChunkedBatchOutcome> {
    const { items, chunkSize = chunkSizeFor(this.req.items.length) } = this.req;
    const progress: BatchProgress = { done: 0, total: items.length, billedCharacters: 0 };
    let message: string | null = null;
    let at = 0;
    for (let n = 0; at < items.length; at += chunkSize, n++) {
      if (this.cancelled) return { status: 'cancelled', next: at, estimate: null, message, ...progress };
      const batchId = `${this.id}-${n}`;
      this.inFlight = batchId;
      let res: MtBatchResult;
      try {
        res = await call(
          api.mt.translate({
            projectId: this.req.projectId,
            sourceLang: 'ru',
            targetLang: 'de',
            items: items.slice(at, at + chunkSize),
            formality: this.req.formality,
            contextWindow: 1,
            batchId,
            ...(this.req.confirmCharacters !== undefined ? { confirmCharacters: this.req.confirmCharacters } : {}),
          }),
        );
      } finally {
        this.inFlight = null;
      }
      if (res.status === 'needs_confirmation') return { status: 'needs_confirmation', next: at, estimate: res.estimate, message, ...progress };
      progress.billedCharacters += res.billedCharacters;
      progress.done += res.items.filter((i) => i.state !== 'cancelled' && i.state !== 'not_requested').length;
      message ??= res.items.find((i) => i.suggestion === null && i.message && i.state !== 'cancelled')?.message ?? null;
      this.onItems(res.items, { ...progress });
      if (res.status === 'cancelled' || this.cancelled) return { status: 'cancelled', next: at + chunkSize, estimate: null, message, ...progress };
      if (res.stoppedBy) return { status: 'stopped', next: at + chunkSize, estimate: null, message, ...progress };
    }
    return { status: 'completed', next: at, estimate: null, message, ...progress };
  }
}
