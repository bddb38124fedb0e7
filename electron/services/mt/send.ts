import type { MtTranslateRequest } from '../../../shared/ipc/channels/mt';
import type { MtRepository, NewSuggestion } from '../../db/repositories/mt';
import type { BatchRun } from './batch';
import { classifyFailure, type DeeplGateway, type Failure, type TranslatedText } from './deepl';
import { codePointLength } from './distance';
import { race, sleep, type LateHandler, type Slots } from './flow';
import type { PreparedGlossary } from './glossary';
import type { GlossarySync } from './glossary-sync';
import { contextHash, type Chunk } from './plan';

/** What sending a batch's requests needs from the service. */
export interface SendEnv {
  repo: MtRepository;
  slots: Slots;
  glossaries: GlossarySync;
  requestTimeoutMs: number;
  maxRetries: number;
  /** The wait before retry `attempt` (0-based). */
  backoff(attempt: number): number;
  /** Answers arriving after the service closed are not written. */
  closed(): boolean;
  /** Billed characters, to keep the usage figures honest without another usage call. */
  billed(characters: number): void;
  log(line: string): void;
  now(): string;
}

/** The DeepL side of a batch: the gateway and, when the project's glossary is used, its id. */
export interface SendTarget {
  gateway: DeeplGateway;
  key: string;
  glossaryId: string | undefined;
  prepared: PreparedGlossary | null;
}

/**
 * Sends a batch's requests through the shared slots, each answer stored in the cache as soon
 * as it arrives. A 403, 456 or lost network stops the requests not yet sent; a retryable
 * failure is retried with backoff; a glossary DeepL no longer has is re-created once.
 */
export async function sendChunks(batch: BatchRun, req: MtTranslateRequest, to: SendTarget, env: SendEnv): Promise<void> {
  const sender = new ChunkSender(batch, req, to, env);
  await Promise.all(batch.plan.chunks.map((chunk) => sender.sendInSlot(chunk)));
  if (batch.signal.aborted) batch.markPending('cancelled', 'Cancelled before it was sent.');
}

class ChunkSender {
  /** The failure that stops every request not yet sent. */
  private stop: Failure | null = null;
  private resynced: Promise<string | undefined> | null = null;

  constructor(
    private readonly batch: BatchRun,
    private readonly req: MtTranslateRequest,
    private readonly to: SendTarget,
    private readonly env: SendEnv,
  ) {}

  async sendInSlot(chunk: Chunk): Promise<void> {
    let release: (() => void) | undefined;
    try {
      release = await this.env.slots.acquire(this.batch.signal);
    } catch {
      this.batch.markKeys(new Set(chunk.jobs.map((j) => j.key)), 'cancelled', 'Cancelled before it was sent.');
      return;
    }
    try {
      await this.send(chunk);
    } finally {
      release();
    }
  }

  private async send(chunk: Chunk): Promise<void> {
    const { batch, req, env } = this;
    const keys = new Set(chunk.jobs.map((j) => j.key));
    const chars = chunk.jobs.reduce((n, j) => n + codePointLength(j.text), 0);
    let useGlossary = this.to.glossaryId;
    let glossaryRetried = false;
    for (let attempt = 0; ; attempt++) {
      if (this.stop) {
        batch.markKeys(keys, this.stop.state, this.stop.message);
        return;
      }
      if (batch.signal.aborted) {
        batch.markKeys(keys, 'cancelled', 'Cancelled before it was sent.');
        return;
      }
      batch.stats.requests++;
      const version = batch.plan.glossaryVersion;
      try {
        const out = await race(
          this.to.gateway.translate(
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
          env.requestTimeoutMs,
          batch.signal,
          this.lateStore(chunk, version) satisfies LateHandler,
        );
        if (out.length !== chunk.jobs.length) throw new Error('answer count mismatch');
        batch.markTranslated(chunk, out, this.store(chunk, out, version));
        const billed = out.reduce((n, r) => n + r.billedCharacters, 0);
        batch.stats.billed += billed;
        env.billed(billed);
        env.log(`mt: translate ${req.sourceLang}->${req.targetLang} texts=${chunk.jobs.length} chars=${chars} billed=${billed}`);
        return;
      } catch (err) {
        const f = classifyFailure(err);
        env.log(`mt: translate ${req.sourceLang}->${req.targetLang} texts=${chunk.jobs.length} failed: ${f.state}${f.status ? ` (${f.status})` : ''}`);
        const glossaryGone = useGlossary && (f.glossaryMissing || f.status === 404);
        if (glossaryGone && !glossaryRetried) {
          glossaryRetried = true;
          useGlossary = await this.resyncGlossary();
          if (useGlossary) continue;
        }
        if (f.fatal) {
          this.stop ??= f;
          batch.stoppedBy ??= f.state;
        }
        if (f.retryable && attempt < env.maxRetries && !this.stop) {
          try {
            await sleep(env.backoff(attempt), batch.signal);
            continue;
          } catch {
            batch.markKeys(keys, 'cancelled', 'Cancelled while waiting to retry.');
            return;
          }
        }
        batch.markKeys(keys, f.state, f.message);
        return;
      }
    }
  }

  /** The glossary DeepL no longer has, created afresh once for the whole batch (undefined when that fails). */
  private resyncGlossary(): Promise<string | undefined> {
    const { prepared, gateway, key } = this.to;
    const projectId = this.req.projectId;
    if (!prepared || projectId === undefined) return Promise.resolve(undefined);
    this.env.glossaries.forget(projectId, key);
    this.resynced ??= this.env.glossaries.sync(projectId, prepared, gateway, this.batch.signal, key).catch(() => undefined);
    return this.resynced;
  }

  /** Stores a chunk's answers in the cache; returns the suggestion id per cache key. */
  private store(chunk: Chunk, out: readonly TranslatedText[], glossaryVersion: string): Map<string, number> {
    const req = this.req;
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
    return this.env.repo.insertSuggestions(rows, this.env.now());
  }

  /** A request we stopped waiting for may still succeed: it was billed, so its answer is cached. */
  private lateStore(chunk: Chunk, glossaryVersion: string): LateHandler {
    return (out) => {
      if (this.env.closed() || out.length !== chunk.jobs.length) return;
      try {
        this.store(chunk, out, glossaryVersion);
        this.env.log(`mt: late answer for ${chunk.jobs.length} texts cached`);
      } catch {
        // The database may be closing; the answer is lost but nothing else is affected.
      }
    };
  }
}
