import type { MtBatchResult, MtEstimate, MtEstimateRequest, MtItemResult, MtItemState, MtUsage } from '../../../shared/ipc/channels/mt';
import type { CachedSuggestion, MtRepository } from '../../db/repositories/mt';
import type { TranslatedText } from './deepl';
import { codePointLength } from './distance';
import { cacheKey, chunkJobs, contextHash, neighbourContext, type Chunk, type Job } from './plan';

/** One item of a batch with its cache key. */
export interface PlannedItem {
  id: string;
  text: string;
  context: string | undefined;
  key: string;
  empty: boolean;
}

/** What a batch would do: its items, the cache hits, and the requests for the rest. */
export interface Plan {
  items: PlannedItem[];
  cached: Map<string, CachedSuggestion>;
  jobs: Job[];
  chunks: Chunk[];
  tooLarge: Job[];
  characters: number;
  glossaryVersion: string;
}

/** The batch's items with their cache keys, the cache hits, and the requests for the rest (within DeepL's limits). */
export function planBatch(req: MtEstimateRequest, glossaryVersion: string, repo: MtRepository, limits: { maxTexts: number; maxBytes: number }): Plan {
  const texts = req.items.map((i) => i.text);
  const items: PlannedItem[] = req.items.map((it, i) => {
    const context = it.context ?? neighbourContext(texts, i, req.contextWindow);
    return {
      id: it.id,
      text: it.text,
      context,
      empty: it.text.trim() === '',
      key: cacheKey({
        sourceLang: req.sourceLang,
        targetLang: req.targetLang,
        text: it.text,
        formality: req.formality,
        modelType: req.modelType ?? null,
        contextHash: contextHash(context),
        glossaryVersion,
      }),
    };
  });
  const cached = repo.findByKeys(items.filter((i) => !i.empty).map((i) => i.key));
  const jobs = new Map<string, Job>();
  for (const it of items) {
    if (it.empty || cached.has(it.key) || jobs.has(it.key)) continue;
    jobs.set(it.key, { key: it.key, text: it.text, context: it.context });
  }
  const list = [...jobs.values()];
  const { chunks, tooLarge } = chunkJobs(list, limits);
  const characters = list.reduce((n, j) => n + codePointLength(j.text), 0);
  return { items, cached, jobs: list, chunks, tooLarge, characters, glossaryVersion };
}

/** What a batch would send, from its plan alone (no network). */
export function estimateOf(req: MtEstimateRequest, plan: Plan, threshold: number, usage: MtUsage | null): MtEstimate {
  const emptyItems = plan.items.filter((i) => i.empty).length;
  const cachedItems = plan.items.filter((i) => !i.empty && plan.cached.has(i.key)).length;
  const sending = !req.cacheOnly;
  const characters = sending ? plan.characters : 0;
  return {
    items: plan.items.length,
    cachedItems,
    emptyItems,
    uncachedItems: plan.items.length - cachedItems - emptyItems,
    uniqueTexts: plan.jobs.length,
    characters,
    requests: sending ? plan.chunks.length : 0,
    threshold,
    needsConfirmation: characters > threshold,
    usage,
    exceedsRemaining: usage ? characters > usage.remaining : null,
  };
}

/**
 * The state of one running batch: every item's result, the plan it follows (re-keyed when the
 * glossary cannot be used), what was sent and billed, and why it stopped. Every item ends in a
 * state that says what happened to it.
 */
export class BatchRun {
  readonly results: MtItemResult[];
  readonly stats = { requests: 0, billed: 0 };
  glossary: MtBatchResult['glossary'];
  stoppedBy: MtItemState | null = null;
  private indexed: { plan: Plan; byKey: Map<string, number[]> } | null = null;

  constructor(
    public plan: Plan,
    readonly batchId: string | null,
    readonly estimate: MtEstimate,
    readonly signal: AbortSignal,
    glossary: { version: string; entries: number } | null,
  ) {
    this.results = plan.items.map((it) => ({
      id: it.id,
      state: 'not_requested',
      suggestion: null,
      suggestionId: null,
      billedCharacters: 0,
      modelTypeUsed: null,
      message: null,
    }));
    this.glossary = glossary ? { ...glossary, synced: false, error: null } : null;
  }

  /** Serves empty items and cache hits of the current plan; returns the ids of the suggestions served. */
  fillCached(): number[] {
    const served: number[] = [];
    this.plan.items.forEach((it, i) => {
      const r = this.results[i]!;
      if (it.empty) {
        Object.assign(r, { state: 'empty', message: 'Nothing to translate.' });
        return;
      }
      const c = this.plan.cached.get(it.key);
      if (c && r.state === 'not_requested') {
        Object.assign(r, { state: 'cached', suggestion: c.suggestion, suggestionId: c.id, modelTypeUsed: c.modelTypeUsed, message: null });
        served.push(c.id);
      }
    });
    return [...new Set(served)];
  }

  /** Indexes of the items nothing has happened to yet. */
  pending(): number[] {
    return this.results.flatMap((r, i) => (r.state === 'not_requested' ? [i] : []));
  }

  /** Item indexes with this cache key (duplicates share one), rebuilt when the plan is re-keyed. */
  itemsOf(key: string): readonly number[] {
    if (this.indexed?.plan !== this.plan) {
      const byKey = new Map<string, number[]>();
      this.plan.items.forEach((it, i) => {
        const list = byKey.get(it.key);
        if (list) list.push(i);
        else byKey.set(it.key, [i]);
      });
      this.indexed = { plan: this.plan, byKey };
    }
    return this.indexed.byKey.get(key) ?? [];
  }

  /** Marks the still pending items with these keys. */
  markKeys(keys: ReadonlySet<string>, state: MtItemState, message: string): void {
    for (const key of keys) {
      for (const i of this.itemsOf(key)) {
        const r = this.results[i]!;
        if (r.state === 'not_requested') Object.assign(r, { state, message });
      }
    }
  }

  /** Marks every pending item. */
  markPending(state: MtItemState, message: string): void {
    for (const i of this.pending()) Object.assign(this.results[i]!, { state, message });
  }

  /** A chunk's answers, on every item sharing a job's key (duplicates are billed once, on the first). */
  markTranslated(chunk: Chunk, out: readonly TranslatedText[], ids: ReadonlyMap<string, number>): void {
    chunk.jobs.forEach((j, k) => {
      let first = true;
      for (const i of this.itemsOf(j.key)) {
        Object.assign(this.results[i]!, {
          state: 'translated',
          suggestion: out[k]!.text,
          suggestionId: ids.get(j.key) ?? null,
          billedCharacters: first ? out[k]!.billedCharacters : 0,
          modelTypeUsed: out[k]!.modelTypeUsed,
          message: null,
        });
        first = false;
      }
    });
  }

  /** The batch's outcome; the status follows from the items unless given. */
  finish(status?: MtBatchResult['status']): MtBatchResult {
    const counts: Partial<Record<MtItemState, number>> = {};
    for (const r of this.results) counts[r.state] = (counts[r.state] ?? 0) + 1;
    const complete = this.results.every((r) => r.state === 'translated' || r.state === 'cached' || r.state === 'empty');
    return {
      status: status ?? (this.signal.aborted ? 'cancelled' : complete ? 'completed' : 'partial'),
      batchId: this.batchId,
      estimate: this.estimate,
      items: this.results,
      counts,
      requests: this.stats.requests,
      billedCharacters: this.stats.billed,
      stoppedBy: this.stoppedBy,
      glossary: this.glossary,
    };
  }
}
