import * as deepl from 'deepl-node';
import type { MtItemState, MtUsage } from '../../../shared/ipc/channels/mt';

/** One dictionary of a multilingual glossary: source term -> target term, one direction. */
export interface GlossaryDictionary {
  sourceLang: string;
  targetLang: string;
  entries: ReadonlyArray<readonly [string, string]>;
}

export interface TranslateOptions {
  formality: deepl.Formality;
  context?: string;
  glossaryId?: string;
  modelType?: deepl.ModelType;
}

export interface TranslatedText {
  text: string;
  billedCharacters: number;
  modelTypeUsed: string | null;
  detectedSourceLang: string | null;
}

/**
 * The DeepL calls the MT service makes. The real one wraps deepl-node; tests point that one
 * at the stand-in server, so the same code path runs in tests and in production.
 */
export interface DeeplGateway {
  usage(): Promise<MtUsage>;
  translate(texts: string[], sourceLang: string, targetLang: string, opts: TranslateOptions): Promise<TranslatedText[]>;
  createGlossary(name: string, dictionaries: readonly GlossaryDictionary[]): Promise<string>;
  replaceDictionary(glossaryId: string, dictionary: GlossaryDictionary): Promise<void>;
  deleteDictionary(glossaryId: string, sourceLang: string, targetLang: string): Promise<void>;
}

export interface GatewayOptions {
  serverUrl: string | undefined;
  /** Per-request timeout in ms (the service also enforces it on its side). */
  timeoutMs: number;
  appVersion: string;
}

export type GatewayFactory = (authKey: string, opts: GatewayOptions) => DeeplGateway;

// deepl-node sends target_lang 'de'/'ru' as given; glossary dictionaries want the bare code.
function entriesOf(dict: GlossaryDictionary): deepl.MultilingualGlossaryDictionaryEntries {
  return {
    sourceLangCode: dict.sourceLang,
    targetLangCode: dict.targetLang,
    entries: new deepl.GlossaryEntries({ entries: Object.fromEntries(dict.entries) }),
  };
}

/** The production gateway on deepl-node's DeepLClient. */
export const deeplNodeGateway: GatewayFactory = (authKey, opts) => {
  const client = new deepl.DeepLClient(authKey, {
    ...(opts.serverUrl ? { serverUrl: opts.serverUrl } : {}),
    // The service retries with its own bounded, cancellable backoff; deepl-node's own loop
    // (up to 5 tries, 1 s growing to 120 s) could neither be cancelled nor bounded per batch.
    maxRetries: 0,
    // deepl-node's timeout is max(minTimeout, ~1 s); a little slack lets the service's own
    // timer fire first, so a timeout is always reported the same way.
    minTimeout: opts.timeoutMs + 250,
    sendPlatformInfo: false,
    appInfo: { appName: 'Sverka', appVersion: opts.appVersion },
  });
  return {
    async usage() {
      const u = await client.getUsage();
      const count = u.character?.count ?? 0;
      const limit = u.character?.limit ?? 0;
      return {
        characterCount: count,
        characterLimit: limit,
        remaining: Math.max(0, limit - count),
        limitReached: u.character?.limitReached() ?? false,
        checkedAt: new Date().toISOString(),
      };
    },
    async translate(texts, sourceLang, targetLang, o) {
      const results = await client.translateText(texts, sourceLang as deepl.SourceLanguageCode, targetLang as deepl.TargetLanguageCode, {
        formality: o.formality,
        ...(o.context ? { context: o.context } : {}),
        ...(o.glossaryId ? { glossary: o.glossaryId } : {}),
        ...(o.modelType ? { modelType: o.modelType } : {}),
      });
      return results.map((r) => ({
        text: r.text,
        billedCharacters: r.billedCharacters ?? 0,
        modelTypeUsed: r.modelTypeUsed ?? null,
        detectedSourceLang: r.detectedSourceLang ?? null,
      }));
    },
    async createGlossary(name, dictionaries) {
      const info = await client.createMultilingualGlossary(name, dictionaries.map(entriesOf));
      return info.glossaryId;
    },
    async replaceDictionary(glossaryId, dictionary) {
      await client.replaceMultilingualGlossaryDictionary(glossaryId, entriesOf(dictionary));
    },
    async deleteDictionary(glossaryId, sourceLang, targetLang) {
      await client.deleteMultilingualGlossaryDictionary(glossaryId, sourceLang, targetLang);
    },
  };
};

/** A failure classified into an item state. */
export interface Failure {
  state: Exclude<MtItemState, 'translated' | 'cached' | 'empty' | 'not_requested'>;
  /** Worth another attempt after a backoff. */
  retryable: boolean;
  /** Stops the whole batch: every later request would fail the same way. */
  fatal: boolean;
  /** The glossary id we sent is unknown to the server (deleted, or another account's). */
  glossaryMissing: boolean;
  /** HTTP status when the server answered (400, 404, ...). */
  status: number | null;
  message: string;
}

/** Thrown by the service's own request timer. */
export class RequestTimeout extends Error {
  constructor(readonly ms: number) {
    super(`No answer from DeepL within ${ms} ms`);
  }
}

/** Thrown when a batch is cancelled while waiting. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'ERR_NETWORK']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_BAD_RESPONSE']);

function causeCode(err: deepl.DeepLError): string | undefined {
  // deepl-node keeps the axios error on `.error`; only its `code` is read: the rest holds the
  // request config, including the Authorization header, and must never be logged or returned.
  const inner = (err as { error?: { code?: unknown } }).error;
  return typeof inner?.code === 'string' ? inner.code : undefined;
}

/**
 * Maps anything deepl-node (or the service's timer) throws to an item state with a message
 * written here: server or library text is never passed on, so no message can carry the key.
 */
export function classifyFailure(err: unknown): Failure {
  const f = (
    state: Failure['state'],
    message: string,
    retryable = false,
    fatal = false,
    glossaryMissing = false,
    status: number | null = null,
  ): Failure => ({ state, retryable, fatal, glossaryMissing, status, message });
  if (err instanceof Cancelled) return f('cancelled', 'Cancelled before DeepL answered.');
  if (err instanceof RequestTimeout) return f('timeout', `DeepL did not answer within ${Math.round(err.ms / 1000)} s. Try again later.`);
  if (err instanceof deepl.AuthorizationError) {
    return f('auth_failed', 'DeepL refused the API key (403). Check the key in Settings or DEEPL_AUTH_KEY.', false, true, false, 403);
  }
  if (err instanceof deepl.QuotaExceededError) {
    return f('quota_exceeded', 'The DeepL character quota for this billing period is used up (456). Suggestions already received are kept.', false, true, false, 456);
  }
  if (err instanceof deepl.TooManyRequestsError) {
    return f('rate_limited', 'DeepL is receiving too many requests (429) and still refused after several tries. Try again in a minute.', true, false, false, 429);
  }
  if (err instanceof deepl.GlossaryNotFoundError) {
    return f('failed', 'The project glossary is missing on the DeepL server.', false, false, true, 404);
  }
  if (err instanceof deepl.ConnectionError) {
    const code = causeCode(err);
    if (code && TIMEOUT_CODES.has(code)) return f('timeout', 'DeepL did not answer in time. Try again later.');
    if (code && RESET_CODES.has(code)) return f('server_error', 'The connection to DeepL broke off. Try again later.', true);
    if (code && OFFLINE_CODES.has(code)) {
      return f('offline', 'DeepL cannot be reached (no network or the server refused the connection). Cached suggestions are still shown.', false, true);
    }
    return f('offline', 'DeepL cannot be reached. Cached suggestions are still shown.', false, true);
  }
  if (err instanceof deepl.DeepLError) {
    const m = err.message;
    const fiveXX = /^Unexpected status code: (5\d\d)/.exec(m);
    if (/^Service unavailable/.test(m) || fiveXX) {
      const status = fiveXX ? Number(fiveXX[1]) : 503;
      return f('server_error', `DeepL reported a server error (${status}) and still failed after several tries. Try again later.`, true, false, false, status);
    }
    if (/^Unexpected status code: 413/.test(m)) return f('too_large', 'DeepL refused the request as too large (413).', false, false, false, 413);
    if (/^Bad request/.test(m)) return f('failed', 'DeepL rejected the request (400).', false, false, false, 400);
    if (/^Not found/.test(m)) return f('failed', 'The DeepL server does not know this request (404). Check DEEPL_SERVER_URL.', false, false, false, 404);
    return f('failed', 'DeepL returned an unexpected answer.');
  }
  return f('failed', 'Unexpected error while calling DeepL.');
}
