import { createHash } from 'node:crypto';

/** DeepL's documented limits for one /v2/translate request. */
export const DEEPL_MAX_TEXTS = 50;
export const DEEPL_MAX_REQUEST_BYTES = 128 * 1024;
/** Room left for the other form fields (languages, formality, glossary id, model type). */
const FIXED_FIELDS_BYTES = 512;

function sha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function contextHash(context: string | undefined): string | null {
  return context ? sha(context).slice(0, 32) : null;
}

export interface CacheKeyParts {
  sourceLang: string;
  targetLang: string;
  text: string;
  formality: string;
  modelType: string | null;
  contextHash: string | null;
  glossaryVersion: string;
}

/** Everything that can change a suggestion is in the key, so a hit is always the same answer. */
export function cacheKey(p: CacheKeyParts): string {
  return sha(
    JSON.stringify([1, p.sourceLang, p.targetLang, p.text, p.formality, p.modelType ?? '', p.contextHash ?? '', p.glossaryVersion]),
  );
}

/** Size of a value once form-encoded, as deepl-node sends it. */
export function formBytes(value: string): number {
  return Buffer.byteLength(new URLSearchParams({ v: value }).toString(), 'utf8') - 2;
}

export interface Job {
  key: string;
  text: string;
  context: string | undefined;
}

export interface Chunk {
  context: string | undefined;
  jobs: Job[];
  bytes: number;
}

export interface ChunkLimits {
  maxTexts: number;
  maxBytes: number;
}

/**
 * Splits jobs into requests within DeepL's limits. `context` is one value per request, so
 * jobs are grouped by their context first (first-seen order kept); a job too large to fit any
 * request on its own is returned separately.
 */
export function chunkJobs(jobs: readonly Job[], limits: ChunkLimits): { chunks: Chunk[]; tooLarge: Job[] } {
  const maxTexts = Math.max(1, Math.min(limits.maxTexts, DEEPL_MAX_TEXTS));
  const maxBytes = Math.min(limits.maxBytes, DEEPL_MAX_REQUEST_BYTES);
  const groups = new Map<string, Job[]>();
  for (const j of jobs) {
    const g = groups.get(j.context ?? '');
    if (g) g.push(j);
    else groups.set(j.context ?? '', [j]);
  }
  const chunks: Chunk[] = [];
  const tooLarge: Job[] = [];
  for (const [ctx, group] of groups) {
    const context = ctx || undefined;
    const base = FIXED_FIELDS_BYTES + (context ? formBytes(context) + 9 : 0);
    let current: Chunk | null = null;
    for (const j of group) {
      const size = formBytes(j.text) + 6; // "&text="
      if (base + size > maxBytes) {
        tooLarge.push(j);
        continue;
      }
      if (!current || current.jobs.length >= maxTexts || current.bytes + size > maxBytes) {
        current = { context, jobs: [], bytes: base };
        chunks.push(current);
      }
      current.jobs.push(j);
      current.bytes += size;
    }
  }
  return { chunks, tooLarge };
}

/**
 * Context for consecutive segments: up to `window` neighbours on each side, joined by spaces.
 * Items that bring their own context keep it.
 */
export function neighbourContext(texts: readonly string[], index: number, window: number): string | undefined {
  if (window <= 0) return undefined;
  const before = texts.slice(Math.max(0, index - window), index);
  const after = texts.slice(index + 1, index + 1 + window);
  const ctx = [...before, ...after]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' ');
  return ctx || undefined;
}
