import { z } from 'zod';
import type { ErrorCode } from '../../errors';
import { channel } from './define';
import { Id } from './projects';

/** The languages Sverka translates between (either direction). */
export const MtLang = z.enum(['ru', 'de']);
export type MtLang = z.infer<typeof MtLang>;

export const MtFormality = z.enum(['default', 'more', 'less', 'prefer_more', 'prefer_less']);
export type MtFormality = z.infer<typeof MtFormality>;

export const MtModelType = z.enum(['quality_optimized', 'latency_optimized', 'prefer_quality_optimized']);
export type MtModelType = z.infer<typeof MtModelType>;

/** Where the DeepL key came from; the key itself never crosses IPC. */
export type MtKeySource = 'env' | 'file' | 'safeStorage';

/** One text to translate: a segment or a quotation, with an optional caller-chosen context. */
export const MtItem = z
  .object({
    id: z.string().min(1).max(200),
    text: z.string().max(100_000),
    /** Surrounding sentences: they steer the translation but are neither translated nor billed. */
    context: z.string().max(100_000).optional(),
  })
  .strict();
export type MtItem = z.infer<typeof MtItem>;

const translateFields = {
  /** The project whose glossary is synced and used; without it no glossary applies. */
  projectId: Id.optional(),
  sourceLang: MtLang,
  targetLang: MtLang,
  items: z.array(MtItem).min(1, 'give at least one text').max(20_000, 'at most 20,000 texts per batch'),
  formality: MtFormality.default('default'),
  modelType: MtModelType.optional(),
  useGlossary: z.boolean().default(true),
  /**
   * When items are consecutive segments and carry no context of their own, use this many
   * neighbouring items on each side as context (0 = none).
   */
  contextWindow: z.number().int().min(0).max(3).default(0),
  /** Serve from the cache only; never contact DeepL. */
  cacheOnly: z.boolean().default(false),
};

const langsDiffer = (r: { sourceLang: string; targetLang: string }) => r.sourceLang !== r.targetLang;
const langsDifferMessage = { message: 'the source and target languages must differ', path: ['targetLang'] };

export const MtEstimateRequest = z.object(translateFields).strict().refine(langsDiffer, langsDifferMessage);
export type MtEstimateRequest = z.output<typeof MtEstimateRequest>;

export const MtTranslateRequest = z
  .object({
    ...translateFields,
    /** Caller-chosen id so that `mt.cancel` can stop this batch. */
    batchId: z.string().min(1).max(100).optional(),
    /**
     * The character count the user confirmed after seeing an estimate. A batch whose uncached
     * characters exceed the confirmation threshold runs only when this covers them.
     */
    confirmCharacters: z.number().int().min(0).optional(),
  })
  .strict()
  .refine(langsDiffer, langsDifferMessage);
export type MtTranslateRequest = z.output<typeof MtTranslateRequest>;

/**
 * What happened to one item. `cached` and `translated` carry a suggestion; every other state
 * says why there is none, and nothing already paid for is lost.
 */
export type MtItemState =
  | 'translated'
  | 'cached'
  | 'empty'
  | 'not_requested'
  | 'no_key'
  | 'auth_failed'
  | 'quota_exceeded'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'offline'
  | 'too_large'
  | 'cancelled'
  | 'failed';

export interface MtItemResult {
  id: string;
  state: MtItemState;
  suggestion: string | null;
  /** Cache row id of the suggestion (for `mt.review`). */
  suggestionId: number | null;
  /** Characters DeepL billed for this item in this batch (0 when served from the cache). */
  billedCharacters: number;
  modelTypeUsed: string | null;
  /** A sentence for the user when there is no suggestion. */
  message: string | null;
}

/** Character usage in the current billing period. */
export interface MtUsage {
  characterCount: number;
  characterLimit: number;
  remaining: number;
  limitReached: boolean;
  checkedAt: string;
}

/** What a batch would cost before anything is sent. */
export interface MtEstimate {
  items: number;
  cachedItems: number;
  emptyItems: number;
  /** Items that would be sent (after de-duplication: `uniqueTexts`). */
  uncachedItems: number;
  uniqueTexts: number;
  /** Billable characters (Unicode code points of the uncached texts; context is free). */
  characters: number;
  requests: number;
  threshold: number;
  needsConfirmation: boolean;
  /** Last known usage, if any (no network call is made for an estimate). */
  usage: MtUsage | null;
  /** True when the characters exceed the last known remaining quota. */
  exceedsRemaining: boolean | null;
}

export interface MtBatchResult {
  /** `needs_confirmation`: nothing was sent; show `estimate` and call again with `confirmCharacters`. */
  status: 'needs_confirmation' | 'completed' | 'partial' | 'cancelled';
  batchId: string | null;
  estimate: MtEstimate;
  items: MtItemResult[];
  counts: Partial<Record<MtItemState, number>>;
  requests: number;
  billedCharacters: number;
  /** The state that stopped the batch early (403, 456, no network), if any. */
  stoppedBy: MtItemState | null;
  glossary: { version: string; entries: number; synced: boolean; error: string | null } | null;
}

export interface MtStatus {
  keySet: boolean;
  source: MtKeySource | null;
  /** True where `mt.setKey` works (the desktop app). */
  canSetKey: boolean;
  /** A non-default DeepL server (DEEPL_SERVER_URL), without any credentials in it. */
  serverUrl: string | null;
  usage: MtUsage | null;
  error: { code: ErrorCode; message: string } | null;
}

export const MtDecision = z.enum(['accepted', 'edited', 'rejected']);
export type MtDecision = z.infer<typeof MtDecision>;

export interface MtReview {
  id: number;
  projectId: number;
  ref: string | null;
  suggestionId: number | null;
  checkedTranslationId: number | null;
  decision: MtDecision;
  editDistance: number;
  normalizedDistance: number;
  createdAt: string;
  updatedAt: string;
}

export interface MtReviewSummary {
  projectId: number;
  total: number;
  accepted: number;
  edited: number;
  rejected: number;
  /** Mean edit distance (Unicode code points) between suggestion and final text, all reviews. */
  meanEditDistance: number;
  /** Mean of distance / longer length, 0 (identical) to 1. */
  meanNormalizedDistance: number;
  /** Share of reviews accepted unchanged. */
  acceptedShare: number;
}

const Text = z.string().max(100_000);

export const MtReviewRequest = z
  .object({
    projectId: Id,
    /** Caller's handle for the pair (e.g. `segment:12`); a second review of the same ref replaces the first. */
    ref: z.string().min(1).max(200).nullable().default(null),
    sourceText: Text,
    suggestion: Text,
    finalText: Text,
    /** Derived from the texts when omitted (identical: accepted, else edited). */
    decision: MtDecision.optional(),
    suggestionId: Id.nullable().default(null),
    checkedTranslationId: Id.nullable().default(null),
  })
  .strict();
export type MtReviewRequest = z.output<typeof MtReviewRequest>;

export const mtChannels = {
  'mt.status': channel<MtStatus>()(z.object({ refresh: z.boolean().default(true) }).strict()),
  'mt.setKey': channel<{ keySet: boolean; source: MtKeySource | null }>()(
    z.union([
      z.object({ key: z.string().trim().min(8, 'that is too short for a DeepL key').max(200, 'that is too long for a DeepL key') }).strict(),
      z.object({ clear: z.literal(true) }).strict(),
    ]),
  ),
  'mt.estimate': channel<MtEstimate>()(MtEstimateRequest),
  'mt.translate': channel<MtBatchResult>()(MtTranslateRequest),
  'mt.cancel': channel<{ cancelled: boolean }>()(z.object({ batchId: z.string().min(1).max(100) }).strict()),
  'mt.review': channel<MtReview>()(MtReviewRequest),
  'mt.reviewSummary': channel<MtReviewSummary>()(z.object({ projectId: Id }).strict()),
} as const;
