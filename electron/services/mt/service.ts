import { SverkaError, type ErrorCode } from '../../../shared/errors';
import type {
  MtBatchResult,
  MtEstimate,
  MtEstimateRequest,
  MtItemResult,
  MtItemState,
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
import { MtRepository, type CachedSuggestion, type NewSuggestion } from '../../db/repositories/mt';
import {
  Cancelled,
  RequestTimeout,
  classifyFailure,
  deeplNodeGateway,
  type DeeplGateway,
  type Failure,
  type GatewayFactory,
  type TranslatedText,
} from './deepl';
import { codePointLength, editDistance, normalizedEditDistance } from './distance';
import { dictionaryFor, prepareGlossary, type GlossaryTermSource, type PreparedGlossary } from './glossary';
import { setKeyUnsupported, type KeyChain } from './keys';
import { DEEPL_MAX_REQUEST_BYTES, DEEPL_MAX_TEXTS, cacheKey, chunkJobs, contextHash, neighbourContext, type Chunk, type Job } from './plan';

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

interface PlannedItem {
  id: string;
  text: string;
  context: string | undefined;
  key: string;
  empty: boolean;
}

interface Plan {
  items: PlannedItem[];
  cached: Map<string, CachedSuggestion>;
  jobs: Job[];
  chunks: Chunk[];
  tooLarge: Job[];
  characters: number;
  glossaryVersion: string;
}

/** The result of a request still in flight when its batch gave up on it. */
type LateHandler = (v: TranslatedText[]) => void;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Cancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits for `p` at most `ms` and until `signal` aborts. deepl-node cannot be cancelled, so a
 * request we stop waiting for still runs; if it succeeds after all, `onLate` receives the
 * result (it was billed, so it is cached rather than thrown away).
 */
function race<T>(p: Promise<T>, ms: number, signal: AbortSignal, onLate?: (v: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => settle(() => reject(new Cancelled()));
    const timer = setTimeout(() => settle(() => reject(new RequestTimeout(ms))), ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        if (settled) onLate?.(v);
        else settle(() => resolve(v));
      },
      (e: unknown) => settle(() => reject(e)),
    );
  });
}

/**
 * Request slots shared by every batch of one service: DeepL limits requests per account, so
 * two batches running side by side must not double the load.
 */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  async acquire(signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) throw new Cancelled();
    if (this.free > 0) {
      this.free--;
    } else {
      await new Promise<void>((resolve, reject) => {
        const grant = () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const i = this.waiting.indexOf(grant);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new Cancelled());
        };
        this.waiting.push(grant);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

const STATE_CODE: Record<MtItemState, ErrorCode> = {
  translated: 'INTERNAL',
  cached: 'INTERNAL',
  empty: 'EMPTY_INPUT',
  not_requested: 'MT_UNAVAILABLE',
  no_key: 'MT_NO_KEY',
  auth_failed: 'MT_AUTH',
  quota_exceeded: 'MT_QUOTA',
  rate_limited: 'MT_RATE_LIMIT',
  server_error: 'MT_UNAVAILABLE',
  timeout: 'MT_TIMEOUT',
  offline: 'MT_UNAVAILABLE',
  too_large: 'TOO_LARGE',
  cancelled: 'CANCELLED',
  failed: 'MT_UNAVAILABLE',
};

function failureError(f: Failure): SverkaError {
  return new SverkaError(STATE_CODE[f.state], f.message);
}

/** The server a glossary id belongs to, without credentials, query or fragment. */
export function describeServer(serverUrl: string | undefined): string | null {
  if (!serverUrl) return null;
  try {
    const u = new URL(serverUrl);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return 'invalid';
  }
}

/**
 * Machine suggestions from DeepL: cached so nothing is paid for twice, glossary-aware, and
 * safe offline (the cache still serves; everything else gets a clear per-item state).
 */
export class MtService {
  private readonly repo: MtRepository;
  private readonly projects: ProjectRepository;
  private readonly opts: Resolved;
  private readonly makeGateway: GatewayFactory;
  private readonly now: () => string;
  private readonly log: (line: string) => void;
  private readonly batches = new Map<string, AbortController>();
  private gatewayCache: { key: string; gateway: DeeplGateway } | null = null;
  private readonly slots: Slots;
  /** Glossary syncs in progress, so that two batches never create the same glossary twice. */
  private readonly syncing = new Map<string, Promise<string>>();
  private lastUsage: MtUsage | null = null;
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
    this.makeGateway = o.gateway ?? deeplNodeGateway;
    this.now = o.now ?? (() => new Date().toISOString());
    this.log = o.log ?? (() => {});
  }

  /** Key presence and usage. Never fails: problems are reported in `error`. */
  async status(refresh = true): Promise<MtStatus> {
    const resolved = this.o.keys.resolve();
    const base = {
      canSetKey: this.o.keys.canWrite,
      serverUrl: describeServer(this.o.serverUrl),
    };
    if (!resolved.key) {
      return {
        ...base,
        keySet: false,
        source: null,
        usage: null,
        error: resolved.problem ? { code: resolved.problem.code, message: resolved.problem.message } : null,
      };
    }
    let error: MtStatus['error'] = null;
    if (refresh) {
      try {
        this.lastUsage = await this.fetchUsage(this.gatewayFor(resolved.key));
      } catch (err) {
        const e = failureError(classifyFailure(err));
        error = { code: e.code, message: e.message };
      }
    }
    return { ...base, keySet: true, source: resolved.source, usage: this.lastUsage, error };
  }

  /** Usage for the CLI: throws a clear SverkaError when there is no key or no answer. */
  async usage(): Promise<MtUsage & { source: MtKeySource }> {
    const { key, source } = this.requireKey();
    try {
      this.lastUsage = await this.fetchUsage(this.gatewayFor(key));
    } catch (err) {
      throw failureError(classifyFailure(err));
    }
    return { ...this.lastUsage, source };
  }

  /** Checks the key with a usage call, then stores it (desktop app only). */
  async setKey(key: string): Promise<{ keySet: boolean; source: MtKeySource | null }> {
    if (!this.o.keys.canWrite) throw setKeyUnsupported();
    const trimmed = key.trim();
    if (!trimmed) throw new SverkaError('BAD_REQUEST', 'The key is empty.');
    let usage: MtUsage;
    try {
      usage = await this.fetchUsage(this.makeGateway(trimmed, this.gatewayOptions()));
    } catch (err) {
      const f = classifyFailure(err);
      const reason =
        f.state === 'auth_failed' ? 'DeepL does not accept this key (403).' : `The key could not be checked: ${f.message}`;
      throw new SverkaError(STATE_CODE[f.state], `${reason} It was not saved.`);
    }
    this.o.keys.write(trimmed);
    this.gatewayCache = null;
    this.lastUsage = usage;
    const resolved = this.o.keys.resolve();
    this.log(`mt: key saved (${resolved.source ?? 'none'} is in use)`);
    return { keySet: resolved.key !== null, source: resolved.source };
  }

  clearKey(): { keySet: boolean; source: MtKeySource | null } {
    this.o.keys.clear();
    this.gatewayCache = null;
    this.lastUsage = null;
    const resolved = this.o.keys.resolve();
    return { keySet: resolved.key !== null, source: resolved.source };
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

  /** The newest cached suggestion for a text (any options): the aligner's bridge. */
  cachedSuggestion(sourceLang: string, targetLang: string, text: string): CachedSuggestion | undefined {
    return this.repo.latestForText(sourceLang, targetLang, text);
  }

  /** Bulk form of `cachedSuggestion` for the aligner: text -> newest suggestion. */
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

  private gatewayOptions() {
    return { serverUrl: this.o.serverUrl, timeoutMs: this.opts.requestTimeoutMs, appVersion: this.o.appVersion ?? '0.0.0' };
  }

  private gatewayFor(key: string): DeeplGateway {
    if (this.gatewayCache?.key !== key) this.gatewayCache = { key, gateway: this.makeGateway(key, this.gatewayOptions()) };
    return this.gatewayCache.gateway;
  }

  private requireKey(): { key: string; source: MtKeySource } {
    const r = this.o.keys.resolve();
    if (r.key) return { key: r.key, source: r.source };
    throw r.problem ?? new SverkaError('MT_NO_KEY', noKeyMessage(this.o.keys.canWrite));
  }

  private async fetchUsage(gateway: DeeplGateway): Promise<MtUsage> {
    const neverAborts = new AbortController().signal;
    return race(gateway.usage(), this.opts.requestTimeoutMs, neverAborts);
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

  private plan(req: MtEstimateRequest, glossaryVersion: string): Plan {
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
    const cached = this.repo.findByKeys(items.filter((i) => !i.empty).map((i) => i.key));
    const jobs = new Map<string, Job>();
    for (const it of items) {
      if (it.empty || cached.has(it.key) || jobs.has(it.key)) continue;
      jobs.set(it.key, { key: it.key, text: it.text, context: it.context });
    }
    const list = [...jobs.values()];
    const { chunks, tooLarge } = chunkJobs(list, { maxTexts: this.opts.maxTextsPerRequest, maxBytes: this.opts.maxRequestBytes });
    const characters = list.reduce((n, j) => n + codePointLength(j.text), 0);
    return { items, cached, jobs: list, chunks, tooLarge, characters, glossaryVersion };
  }

  private estimateOf(req: MtEstimateRequest, plan: Plan): MtEstimate {
    const emptyItems = plan.items.filter((i) => i.empty).length;
    const cachedItems = plan.items.filter((i) => !i.empty && plan.cached.has(i.key)).length;
    const sending = !req.cacheOnly;
    const characters = sending ? plan.characters : 0;
    const usage = this.lastUsage;
    return {
      items: plan.items.length,
      cachedItems,
      emptyItems,
      uncachedItems: plan.items.length - cachedItems - emptyItems,
      uniqueTexts: plan.jobs.length,
      characters,
      requests: sending ? plan.chunks.length : 0,
      threshold: this.opts.confirmThreshold,
      needsConfirmation: characters > this.opts.confirmThreshold,
      usage,
      exceedsRemaining: usage ? characters > usage.remaining : null,
    };
  }

  /**
   * One batch, in phases: plan (cache keys, cache hits, requests) -> serve the cache -> stop
   * here if confirmation, cache-only, a key or a valid server is missing -> sync the glossary
   * -> send the requests through the shared slots, each stored in the cache as soon as it
   * arrives. A 403, 456 or lost network stops the requests not yet sent; every item ends in
   * a state that says what happened to it.
   */
  private async run(req: MtTranslateRequest, batchId: string | null, signal: AbortSignal): Promise<MtBatchResult> {
    const prepared = this.glossary(req);
    const dict = prepared ? dictionaryFor(prepared, req.sourceLang, req.targetLang) : undefined;
    let plan = this.plan(req, dict?.version ?? '');
    const estimate = this.estimateOf(req, plan);
    const results: MtItemResult[] = plan.items.map((it) => ({
      id: it.id,
      state: 'not_requested',
      suggestion: null,
      suggestionId: null,
      billedCharacters: 0,
      modelTypeUsed: null,
      message: null,
    }));
    const stats = { requests: 0, billed: 0 };
    let glossaryInfo: MtBatchResult['glossary'] = dict
      ? { version: dict.version, entries: dict.entries.length, synced: false, error: null }
      : null;
    let stoppedBy: MtItemState | null = null;

    const fillCached = () => {
      const served: number[] = [];
      plan.items.forEach((it, i) => {
        const r = results[i]!;
        if (it.empty) {
          Object.assign(r, { state: 'empty', message: 'Nothing to translate.' });
          return;
        }
        const c = plan.cached.get(it.key);
        if (c && r.state === 'not_requested') {
          Object.assign(r, { state: 'cached', suggestion: c.suggestion, suggestionId: c.id, modelTypeUsed: c.modelTypeUsed, message: null });
          served.push(c.id);
        }
      });
      if (served.length) this.repo.touch([...new Set(served)], this.now());
    };
    const pendingIndexes = () => results.flatMap((r, i) => (r.state === 'not_requested' ? [i] : []));
    // Item indexes per cache key (duplicates share a key), rebuilt when the plan is re-keyed.
    let indexed: { plan: Plan; byKey: Map<string, number[]> } | null = null;
    const itemsOf = (key: string): readonly number[] => {
      if (indexed?.plan !== plan) {
        const byKey = new Map<string, number[]>();
        plan.items.forEach((it, i) => {
          const list = byKey.get(it.key);
          if (list) list.push(i);
          else byKey.set(it.key, [i]);
        });
        indexed = { plan, byKey };
      }
      return indexed.byKey.get(key) ?? [];
    };
    const markKeys = (keys: ReadonlySet<string>, state: MtItemState, message: string) => {
      for (const key of keys) {
        for (const i of itemsOf(key)) {
          const r = results[i]!;
          if (r.state === 'not_requested') Object.assign(r, { state, message });
        }
      }
    };
    const markPending = (state: MtItemState, message: string) => {
      for (const i of pendingIndexes()) Object.assign(results[i]!, { state, message });
    };
    const finish = (status?: MtBatchResult['status']): MtBatchResult => {
      const counts: Partial<Record<MtItemState, number>> = {};
      for (const r of results) counts[r.state] = (counts[r.state] ?? 0) + 1;
      const complete = results.every((r) => r.state === 'translated' || r.state === 'cached' || r.state === 'empty');
      return {
        status: status ?? (signal.aborted ? 'cancelled' : complete ? 'completed' : 'partial'),
        batchId,
        estimate,
        items: results,
        counts,
        requests: stats.requests,
        billedCharacters: stats.billed,
        stoppedBy,
        glossary: glossaryInfo,
      };
    };

    fillCached();
    if (estimate.needsConfirmation && (req.confirmCharacters ?? -1) < estimate.characters) {
      markPending('not_requested', `Waiting for confirmation: ${estimate.characters} characters would be sent to DeepL.`);
      return finish('needs_confirmation');
    }
    if (pendingIndexes().length === 0) return finish();
    if (req.cacheOnly) {
      markPending('not_requested', 'Not in the cache (cache-only mode).');
      return finish();
    }
    if (describeServer(this.o.serverUrl) === 'invalid') {
      markPending('failed', 'DEEPL_SERVER_URL is not a valid URL (expected e.g. https://api.deepl.com).');
      stoppedBy = 'failed';
      return finish();
    }
    const resolved = this.o.keys.resolve();
    if (!resolved.key) {
      markPending('no_key', resolved.problem?.message ?? noKeyMessage(this.o.keys.canWrite));
      stoppedBy = 'no_key';
      return finish();
    }
    const gateway = this.gatewayFor(resolved.key);

    let glossaryId: string | undefined;
    if (prepared && dict && req.projectId !== undefined) {
      try {
        glossaryId = await this.syncGlossary(req.projectId, prepared, gateway, signal, resolved.key);
        glossaryInfo = { ...glossaryInfo!, synced: true };
      } catch (err) {
        const f = classifyFailure(err);
        if (f.fatal || f.state === 'cancelled') {
          markPending(f.state, f.message);
          stoppedBy = f.state === 'cancelled' ? null : f.state;
          return finish();
        }
        // Translating without the glossary beats translating nothing; such suggestions are
        // cached under the no-glossary version, so they never pass for glossary-aware ones.
        glossaryInfo = { ...glossaryInfo!, error: `The glossary could not be synced (${f.message}); translated without it.` };
        this.log(`mt: glossary sync failed: ${f.state}${f.status ? ` (${f.status})` : ''}`);
        // Items already served from the glossary-aware cache keep their suggestion; only the
        // pending ones are re-keyed and sent.
        plan = this.plan(req, '');
        fillCached();
        const pending = new Set(pendingIndexes().map((i) => plan.items[i]!.key));
        const split = chunkJobs(
          plan.jobs.filter((j) => pending.has(j.key)),
          { maxTexts: this.opts.maxTextsPerRequest, maxBytes: this.opts.maxRequestBytes },
        );
        plan = { ...plan, chunks: split.chunks, tooLarge: split.tooLarge };
      }
    }

    const tooLarge = new Set(plan.tooLarge.map((j) => j.key));
    if (tooLarge.size) markKeys(tooLarge, 'too_large', 'This text is larger than one DeepL request may be (128 KiB); split it first.');

    let stop: Failure | null = null;
    let resynced: Promise<string | undefined> | null = null;
    const store = (chunk: Chunk, out: TranslatedText[], glossaryVersion: string): Map<string, number> => {
      const rows: NewSuggestion[] = chunk.jobs.map((j, k) => ({
        cacheKey: j.key,
        sourceLang: req.sourceLang,
        targetLang: req.targetLang,
        sourceText: j.text,
        formality: req.formality,
        modelType: req.modelType ?? null,
        contextHash: contextHash(j.context),
        glossaryVersion,
        suggestion: out[k]!.text,
        modelTypeUsed: out[k]!.modelTypeUsed,
        billedCharacters: out[k]!.billedCharacters,
        detectedSourceLang: out[k]!.detectedSourceLang,
      }));
      return this.repo.insertSuggestions(rows, this.now());
    };
    const lateStore = (chunk: Chunk, glossaryVersion: string) => (out: TranslatedText[]) => {
      if (this.disposed || !this.o.db.open || out.length !== chunk.jobs.length) return;
      try {
        store(chunk, out, glossaryVersion);
        this.log(`mt: late answer for ${chunk.jobs.length} texts cached`);
      } catch {
        // The database may be closing; the answer is lost but nothing else is affected.
      }
    };

    const sendChunk = async (chunk: Chunk): Promise<void> => {
      const keys = new Set(chunk.jobs.map((j) => j.key));
      const chars = chunk.jobs.reduce((n, j) => n + codePointLength(j.text), 0);
      let useGlossary = glossaryId;
      let glossaryRetried = false;
      for (let attempt = 0; ; attempt++) {
        if (stop) {
          markKeys(keys, stop.state, stop.message);
          return;
        }
        if (signal.aborted) {
          markKeys(keys, 'cancelled', 'Cancelled before it was sent.');
          return;
        }
        stats.requests++;
        const version = plan.glossaryVersion;
        try {
          const out = await race(
            gateway.translate(
              chunk.jobs.map((j) => j.text),
              req.sourceLang,
              req.targetLang,
              {
                formality: req.formality,
                ...(chunk.context ? { context: chunk.context } : {}),
                ...(useGlossary ? { glossaryId: useGlossary } : {}),
                ...(req.modelType ? { modelType: req.modelType } : {}),
              },
            ),
            this.opts.requestTimeoutMs,
            signal,
            lateStore(chunk, version) satisfies LateHandler,
          );
          if (out.length !== chunk.jobs.length) throw new Error('answer count mismatch');
          const ids = store(chunk, out, version);
          chunk.jobs.forEach((j, k) => {
            let first = true;
            for (const i of itemsOf(j.key)) {
              Object.assign(results[i]!, {
                state: 'translated',
                suggestion: out[k]!.text,
                suggestionId: ids.get(j.key) ?? null,
                // Duplicates in one batch are sent once; the cost is shown on the first.
                billedCharacters: first ? out[k]!.billedCharacters : 0,
                modelTypeUsed: out[k]!.modelTypeUsed,
                message: null,
              });
              first = false;
            }
          });
          const billed = out.reduce((n, r) => n + r.billedCharacters, 0);
          stats.billed += billed;
          if (this.lastUsage) {
            // Keeps later estimates' "exceeds remaining" honest without another usage call.
            const count = this.lastUsage.characterCount + billed;
            this.lastUsage = { ...this.lastUsage, characterCount: count, remaining: Math.max(0, this.lastUsage.characterLimit - count) };
          }
          this.log(`mt: translate ${req.sourceLang}->${req.targetLang} texts=${chunk.jobs.length} chars=${chars} billed=${billed}`);
          return;
        } catch (err) {
          const f = classifyFailure(err);
          this.log(`mt: translate ${req.sourceLang}->${req.targetLang} texts=${chunk.jobs.length} failed: ${f.state}${f.status ? ` (${f.status})` : ''}`);
          const glossaryGone = useGlossary && (f.glossaryMissing || f.status === 404);
          if (glossaryGone && !glossaryRetried && prepared && req.projectId !== undefined) {
            glossaryRetried = true;
            this.repo.deleteGlossarySync(req.projectId, this.serverLabel(resolved.key));
            resynced ??= this.syncGlossary(req.projectId, prepared, gateway, signal, resolved.key).catch(() => undefined);
            useGlossary = await resynced;
            if (useGlossary) continue;
          }
          if (f.fatal) {
            stop ??= f;
            stoppedBy ??= f.state;
          }
          if (f.retryable && attempt < this.opts.maxRetries && !stop) {
            try {
              await sleep(this.backoff(attempt), signal);
              continue;
            } catch {
              markKeys(keys, 'cancelled', 'Cancelled while waiting to retry.');
              return;
            }
          }
          markKeys(keys, f.state, f.message);
          return;
        }
      }
    };

    await Promise.all(
      plan.chunks.map(async (chunk) => {
        let release: (() => void) | undefined;
        try {
          release = await this.slots.acquire(signal);
        } catch {
          markKeys(new Set(chunk.jobs.map((j) => j.key)), 'cancelled', 'Cancelled before it was sent.');
          return;
        }
        try {
          await sendChunk(chunk);
        } finally {
          release();
        }
      }),
    );
    if (signal.aborted) markPending('cancelled', 'Cancelled before it was sent.');
    return finish();
  }

  private backoff(attempt: number): number {
    const exp = this.opts.backoffBaseMs * 2 ** attempt;
    const jitter = 0.75 + Math.random() * 0.5;
    return Math.min(this.opts.backoffMaxMs, Math.round(exp * jitter));
  }

  /** Where glossary ids live: the configured server, or DeepL's free / pro API for the key. */
  private serverLabel(key: string): string {
    return describeServer(this.o.serverUrl) ?? (key.endsWith(':fx') ? 'deepl:free' : 'deepl:pro');
  }

  /**
   * Makes the DeepL glossary match the project's terms and returns its id. Nothing is sent
   * when the stored version matches; a changed glossary has its dictionaries replaced in place.
   */
  private syncGlossary(projectId: number, g: PreparedGlossary, gateway: DeeplGateway, signal: AbortSignal, key: string): Promise<string> {
    const id = `${projectId}|${this.serverLabel(key)}|${g.version}`;
    const running = this.syncing.get(id);
    if (running) return running;
    const p = this.doSyncGlossary(projectId, g, gateway, signal, key).finally(() => this.syncing.delete(id));
    this.syncing.set(id, p);
    return p;
  }

  private async doSyncGlossary(
    projectId: number,
    g: PreparedGlossary,
    gateway: DeeplGateway,
    signal: AbortSignal,
    key: string,
  ): Promise<string> {
    const server = this.serverLabel(key);
    const record = this.repo.glossarySync(projectId, server);
    if (record && record.version === g.version) return record.glossaryId;
    const t = this.opts.requestTimeoutMs;
    const save = (glossaryId: string) =>
      this.repo.saveGlossarySync({
        projectId,
        server,
        glossaryId,
        version: g.version,
        dictionaries: g.dictionaries.map((d) => ({
          sourceLang: d.sourceLang,
          targetLang: d.targetLang,
          version: d.version,
          entryCount: d.entries.length,
        })),
        syncedAt: this.now(),
      });
    if (record) {
      try {
        for (const d of g.dictionaries) {
          const old = record.dictionaries.find((x) => x.sourceLang === d.sourceLang && x.targetLang === d.targetLang);
          if (old?.version === d.version) continue;
          await race(gateway.replaceDictionary(record.glossaryId, d), t, signal);
        }
        for (const old of record.dictionaries) {
          if (!g.dictionaries.some((d) => d.sourceLang === old.sourceLang && d.targetLang === old.targetLang)) {
            await race(gateway.deleteDictionary(record.glossaryId, old.sourceLang, old.targetLang), t, signal);
          }
        }
        save(record.glossaryId);
        this.log(`mt: glossary of project ${projectId} updated`);
        return record.glossaryId;
      } catch (err) {
        const f = classifyFailure(err);
        if (!(f.glossaryMissing || f.status === 404)) throw err;
        // Deleted on the server (or made with another account's key): create it afresh.
        this.repo.deleteGlossarySync(projectId, server);
      }
    }
    const id = await race(gateway.createGlossary(`Sverka project ${projectId}`, g.dictionaries), t, signal);
    save(id);
    this.log(`mt: glossary of project ${projectId} created`);
    return id;
  }
}

function noKeyMessage(canWrite: boolean): string {
  return canWrite
    ? 'No DeepL key is set. Enter one in Settings; cached suggestions are still shown.'
    : 'No DeepL key is set. Set DEEPL_AUTH_KEY (or put the key in deepl.key in the Sverka data folder, readable only by you); cached suggestions are still shown.';
}
