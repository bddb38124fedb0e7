import { SverkaError } from '../../../shared/errors';
import type {
  MtBatchResult,
  MtEstimate,
  MtEstimateRequest,
  MtKeySource,
  MtReview,
  MtReviewRequest,
  MtReviewSummary,
  MtStatus,
  MtTranslateRequest,
  MtUsage,
} from '../../../shared/ipc/channels/mt';
import type { Db } from '../../db/connection';
import { ProjectRepository } from '../../db/repositories/projects';
import { MtRepository, type CachedSuggestion } from '../../db/repositories/mt';
import { BatchRun, estimateOf, planBatch, type Plan } from './batch';
import { DeeplAccount, noKeyMessage } from './account';
import { classifyFailure, deeplNodeGateway, type DeeplGateway, type GatewayFactory } from './deepl';
import { editDistance, normalizedEditDistance } from './distance';
import { Slots } from './flow';
import { dictionaryFor, prepareGlossary, type GlossaryTermSource, type PreparedGlossary } from './glossary';
import { describeServer, GlossarySync } from './glossary-sync';
import type { KeyChain } from './keys';
import { DEEPL_MAX_REQUEST_BYTES, DEEPL_MAX_TEXTS, chunkJobs } from './plan';
import { sendChunks } from './send';

export { describeServer };

/** Tunables; every default suits the real service, tests shrink the waits. */
export interface MtServiceOptions {
  db: Db;
  keys: KeyChain;
  /** DEEPL_SERVER_URL: a self-hosted proxy, the free API, a test stand-in. */
  serverUrl?: string | undefined;
  appVersion?: string;
  gateway?: GatewayFactory;
  /** The project's glossary terms (the store's glossary repository). */
  glossaryTerms?: GlossaryTermSource;
  /** A batch sending more billable characters than this needs the caller's confirmation. */
  confirmThreshold?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Further attempts after a 429 / 5xx / broken connection. */
  maxRetries?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  requestTimeoutMs?: number;
  maxTextsPerRequest?: number;
  maxRequestBytes?: number;
  /** Diagnostic lines (never the key, never any text). */
  log?: (line: string) => void;
  now?: () => string;
}

type Resolved = Required<Pick<MtServiceOptions, 'confirmThreshold' | 'concurrency' | 'maxRetries' | 'backoffBaseMs' | 'backoffMaxMs' | 'requestTimeoutMs' | 'maxTextsPerRequest' | 'maxRequestBytes'>>;

const DEFAULTS: Resolved = {
  confirmThreshold: 5_000,
  concurrency: 2,
  maxRetries: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 8_000,
  requestTimeoutMs: 30_000,
  maxTextsPerRequest: DEEPL_MAX_TEXTS,
  maxRequestBytes: DEEPL_MAX_REQUEST_BYTES - 8 * 1024,
};



/**
 * Machine suggestions from DeepL: cached so nothing is paid for twice, glossary-aware, and
 * safe offline (the cache still serves; everything else gets a clear per-item state).
 */
export class MtService {
  private readonly repo: MtRepository;
  private readonly projects: ProjectRepository;
  private readonly opts: Resolved;
  private readonly now: () => string;
  private readonly log: (line: string) => void;
  private readonly batches = new Map<string, AbortController>();
  private readonly slots: Slots;
  private readonly glossaries: GlossarySync;
  private readonly account: DeeplAccount;
  private disposed = false;

  constructor(private readonly o: MtServiceOptions) {
    this.repo = new MtRepository(o.db);
    this.projects = new ProjectRepository(o.db);
    this.opts = { ...DEFAULTS };
    for (const k of Object.keys(DEFAULTS) as Array<keyof Resolved>) {
      const v = o[k];
      if (typeof v === 'number') this.opts[k] = v;
    }
    this.slots = new Slots(this.opts.concurrency);
    this.now = o.now ?? (() => new Date().toISOString());
    this.log = o.log ?? (() => {});
    this.account = new DeeplAccount({
      keys: o.keys,
      serverUrl: o.serverUrl,
      appVersion: o.appVersion,
      makeGateway: o.gateway ?? deeplNodeGateway,
      requestTimeoutMs: this.opts.requestTimeoutMs,
      log: this.log,
    });
    this.glossaries = new GlossarySync(this.repo, { serverUrl: o.serverUrl, requestTimeoutMs: this.opts.requestTimeoutMs, now: this.now, log: this.log });
  }





  /** Key presence and usage. Never fails: problems are reported in `error`. */
  status(refresh = true): Promise<MtStatus> {
    return this.account.status(refresh);
  }

  /** Usage for the CLI: throws a clear SverkaError when there is no key or no answer. */
  usage(): Promise<MtUsage & { source: MtKeySource }> {
    return this.account.usage();
  }

  /** Checks the key with a usage call, then stores it (desktop app only). */
  setKey(key: string): Promise<{ keySet: boolean; source: MtKeySource | null }> {
    return this.account.setKey(key);
  }

  clearKey(): { keySet: boolean; source: MtKeySource | null } {
    return this.account.clearKey();
  }

  /** What a batch would send, from the cache alone (no network). */
  estimate(req: MtEstimateRequest): MtEstimate {
    return this.estimateOf(req, this.plan(req, this.glossaryVersionFor(req)));
  }

  /**
   * Translates a batch. Cached items are served without a request; the rest go to DeepL in
   * requests within its limits. Above the confirmation threshold nothing is sent until the
   * caller passes `confirmCharacters` covering the estimate.
   */
  async translate(req: MtTranslateRequest, signal?: AbortSignal): Promise<MtBatchResult> {
    if (this.disposed) throw new SverkaError('CANCELLED', 'Sverka is closing.');
    const batchId = req.batchId ?? null;
    if (batchId && this.batches.has(batchId)) throw new SverkaError('CONFLICT', `Batch ${batchId} is already running.`);
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (batchId) this.batches.set(batchId, controller);
    try {
      return await this.run(req, batchId, controller.signal);
    } finally {
      signal?.removeEventListener('abort', onOuterAbort);
      if (batchId) this.batches.delete(batchId);
    }
  }

  /** Stops a running batch: queued requests are not sent; answers still in flight are cached. */
  cancel(batchId: string): { cancelled: boolean } {
    const c = this.batches.get(batchId);
    if (!c) return { cancelled: false };
    c.abort();
    return { cancelled: true };
  }

  /** Records the translator's decision on a suggestion. */
  review(input: MtReviewRequest): MtReview {
    if (!this.projects.get(input.projectId)) throw new SverkaError('NOT_FOUND', `There is no project ${input.projectId}.`);
    if (input.suggestionId !== null && !this.repo.suggestion(input.suggestionId)) {
      throw new SverkaError('NOT_FOUND', `There is no cached suggestion ${input.suggestionId}.`);
    }
    if (input.checkedTranslationId !== null && !this.repo.checkedTranslationExists(input.checkedTranslationId)) {
      throw new SverkaError('NOT_FOUND', `There is no checked translation ${input.checkedTranslationId}.`);
    }
    const distance = editDistance(input.suggestion, input.finalText);
    const decision = input.decision ?? (distance === 0 ? 'accepted' : 'edited');
    if (decision === 'accepted' && distance !== 0) {
      throw new SverkaError('BAD_REQUEST', 'A suggestion marked accepted must equal the final text; mark it edited instead.');
    }
    return this.repo.saveReview(
      {
        projectId: input.projectId,
        ref: input.ref,
        suggestionId: input.suggestionId,
        checkedTranslationId: input.checkedTranslationId,
        sourceText: input.sourceText,
        suggestion: input.suggestion,
        finalText: input.finalText,
        editDistance: distance,
        normalizedDistance: normalizedEditDistance(input.suggestion, input.finalText, distance),
        decision,
      },
      this.now(),
    );
  }

  reviewSummary(projectId: number): MtReviewSummary {
    if (!this.projects.get(projectId)) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    return this.repo.reviewSummary(projectId);
  }

  /** The newest cached suggestion per text (any options), for the workbench view: text -> suggestion. */
  cachedSuggestions(sourceLang: string, targetLang: string, texts: readonly string[]): Map<string, CachedSuggestion> {
    return this.repo.latestForTexts(sourceLang, targetLang, texts);
  }

  /** Cancels running batches; answers arriving afterwards are no longer written. */
  dispose(): void {
    this.disposed = true;
    for (const c of this.batches.values()) c.abort();
    this.batches.clear();
  }

  // --- internals ---------------------------------------------------------------------------





  private plan(req: MtEstimateRequest, glossaryVersion: string): Plan {
    return planBatch(req, glossaryVersion, this.repo, { maxTexts: this.opts.maxTextsPerRequest, maxBytes: this.opts.maxRequestBytes });
  }

  private estimateOf(req: MtEstimateRequest, plan: Plan): MtEstimate {
    return estimateOf(req, plan, this.opts.confirmThreshold, this.account.lastUsage);
  }

  private glossary(req: MtEstimateRequest): PreparedGlossary | null {
    if (!req.useGlossary || req.projectId === undefined || !this.o.glossaryTerms) return null;
    const g = prepareGlossary(this.o.glossaryTerms(req.projectId));
    return g.dictionaries.length ? g : null;
  }

  private glossaryVersionFor(req: MtEstimateRequest): string {
    const g = this.glossary(req);
    return (g && dictionaryFor(g, req.sourceLang, req.targetLang)?.version) ?? '';
  }

  /**
   * One batch, in named steps: plan (cache keys, cache hits, requests) -> serve the cache ->
   * stop here if confirmation, cache-only, a valid server or a key is missing -> sync the
   * glossary -> send the requests (send.ts). Every item ends in a state that says what
   * happened to it.
   */
  private async run(req: MtTranslateRequest, batchId: string | null, signal: AbortSignal): Promise<MtBatchResult> {
    const prepared = this.glossary(req);
    const dict = prepared ? dictionaryFor(prepared, req.sourceLang, req.targetLang) : undefined;
    const plan = this.plan(req, dict?.version ?? '');
    const batch = new BatchRun(plan, batchId, this.estimateOf(req, plan), signal, dict ? { version: dict.version, entries: dict.entries.length } : null);
    this.serveCache(batch);
    const gate = this.stopBeforeSending(req, batch);
    if ('stopped' in gate) return gate.stopped;
    const key = gate.key;
    const gateway = this.account.gatewayFor(key);
    const glossary = await this.useGlossary(req, batch, prepared, gateway, key);
    if (glossary.stopped) return batch.finish();
    const tooLarge = new Set(batch.plan.tooLarge.map((j) => j.key));
    if (tooLarge.size) batch.markKeys(tooLarge, 'too_large', 'This text is larger than one DeepL request may be (128 KiB); split it first.');
    await sendChunks(batch, req, { gateway, key, glossaryId: glossary.id, prepared }, {
      repo: this.repo,
      slots: this.slots,
      glossaries: this.glossaries,
      requestTimeoutMs: this.opts.requestTimeoutMs,
      maxRetries: this.opts.maxRetries,
      backoff: (attempt) => this.backoff(attempt),
      closed: () => this.disposed || !this.o.db.open,
      billed: (n) => this.account.noteBilled(n),
      log: this.log,
      now: this.now,
    });
    return batch.finish();
  }

  /** Serves the batch's cache hits and empty items, and marks the suggestions served as used. */
  private serveCache(batch: BatchRun): void {
    const served = batch.fillCached();
    if (served.length) this.repo.touch(served, this.now());
  }

  /**
   * The batch's result when nothing is to be sent: confirmation missing above the threshold,
   * nothing left, cache-only mode, an invalid server URL, no key; else the key to send with.
   */
  private stopBeforeSending(req: MtTranslateRequest, batch: BatchRun): { stopped: MtBatchResult } | { key: string } {
    const estimate = batch.estimate;
    if (estimate.needsConfirmation && (req.confirmCharacters ?? -1) < estimate.characters) {
      batch.markPending('not_requested', `Waiting for confirmation: ${estimate.characters} characters would be sent to DeepL.`);
      return { stopped: batch.finish('needs_confirmation') };
    }
    if (batch.pending().length === 0) return { stopped: batch.finish() };
    if (req.cacheOnly) {
      batch.markPending('not_requested', 'Not in the cache (cache-only mode).');
      return { stopped: batch.finish() };
    }
    if (describeServer(this.o.serverUrl) === 'invalid') {
      batch.markPending('failed', 'DEEPL_SERVER_URL is not a valid URL (expected e.g. https://api.deepl.com).');
      batch.stoppedBy = 'failed';
      return { stopped: batch.finish() };
    }
    const resolved = this.o.keys.resolve();
    if (!resolved.key) {
      batch.markPending('no_key', resolved.problem?.message ?? noKeyMessage(this.o.keys.canWrite));
      batch.stoppedBy = 'no_key';
      return { stopped: batch.finish() };
    }
    return { key: resolved.key };
  }

  /**
   * Syncs the project's glossary for the batch. When that fails for a reason that does not
   * stop the batch, the pending items are re-keyed and sent without it (such suggestions are
   * cached under the no-glossary version, so they never pass for glossary-aware ones).
   */
  private async useGlossary(
    req: MtTranslateRequest,
    batch: BatchRun,
    prepared: PreparedGlossary | null,
    gateway: DeeplGateway,
    key: string,
  ): Promise<{ id: string | undefined; stopped: boolean }> {
    if (!prepared || !batch.glossary || req.projectId === undefined) return { id: undefined, stopped: false };
    try {
      const id = await this.glossaries.sync(req.projectId, prepared, gateway, batch.signal, key);
      batch.glossary = { ...batch.glossary, synced: true };
      return { id, stopped: false };
    } catch (err) {
      const f = classifyFailure(err);
      if (f.fatal || f.state === 'cancelled') {
        batch.markPending(f.state, f.message);
        batch.stoppedBy = f.state === 'cancelled' ? null : f.state;
        return { id: undefined, stopped: true };
      }
      batch.glossary = { ...batch.glossary, error: `The glossary could not be synced (${f.message}); translated without it.` };
      this.log(`mt: glossary sync failed: ${f.state}${f.status ? ` (${f.status})` : ''}`);
      this.withoutGlossary(req, batch);
      return { id: undefined, stopped: false };
    }
  }

  /** Re-plans the batch under the no-glossary version: items already served keep their suggestion, the pending ones are re-keyed. */
  private withoutGlossary(req: MtTranslateRequest, batch: BatchRun): void {
    batch.plan = this.plan(req, '');
    this.serveCache(batch);
    const pending = new Set(batch.pending().map((i) => batch.plan.items[i]!.key));
    const split = chunkJobs(
      batch.plan.jobs.filter((j) => pending.has(j.key)),
      { maxTexts: this.opts.maxTextsPerRequest, maxBytes: this.opts.maxRequestBytes },
    );
    batch.plan = { ...batch.plan, chunks: split.chunks, tooLarge: split.tooLarge };
  }


  private backoff(attempt: number): number {
    const exp = this.opts.backoffBaseMs * 2 ** attempt;
    const jitter = 0.75 + Math.random() * 0.5;
    return Math.min(this.opts.backoffMaxMs, Math.round(exp * jitter));
  }
}

