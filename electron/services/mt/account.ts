import { SverkaError, type ErrorCode } from '../../../shared/errors';
import type { MtItemState, MtKeySource, MtStatus, MtUsage } from '../../../shared/ipc/channels/mt';
import { classifyFailure, type DeeplGateway, type Failure, type GatewayFactory } from './deepl';
import { race } from './flow';
import { describeServer } from './glossary-sync';
import { setKeyUnsupported, type KeyChain } from './keys';

/** The error code of an item state, for failures reported as errors. */
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

/** What the user is told when no key is set, by whether they can set one in the app. */
export function noKeyMessage(canWrite: boolean): string {
  return canWrite
    ? 'No DeepL key is set. Enter one in Settings; cached suggestions are still shown.'
    : 'No DeepL key is set. Set DEEPL_AUTH_KEY (or put the key in deepl.key in the Sverka data folder, readable only by you); cached suggestions are still shown.';
}

/**
 * The DeepL account: where the key comes from, its check and storage, the gateway made from
 * it, and the usage figures (kept up to date with what batches bill).
 */
export class DeeplAccount {
  lastUsage: MtUsage | null = null;
  private gatewayCache: { key: string; gateway: DeeplGateway } | null = null;

  constructor(
    private readonly o: {
      keys: KeyChain;
      serverUrl: string | undefined;
      appVersion: string | undefined;
      makeGateway: GatewayFactory;
      requestTimeoutMs: number;
      log: (line: string) => void;
    },
  ) {}

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
      usage = await this.fetchUsage(this.o.makeGateway(trimmed, this.gatewayOptions()));
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
    this.o.log(`mt: key saved (${resolved.source ?? 'none'} is in use)`);
    return { keySet: resolved.key !== null, source: resolved.source };
  }

  clearKey(): { keySet: boolean; source: MtKeySource | null } {
    this.o.keys.clear();
    this.gatewayCache = null;
    this.lastUsage = null;
    const resolved = this.o.keys.resolve();
    return { keySet: resolved.key !== null, source: resolved.source };
  }

  private gatewayOptions() {
    return { serverUrl: this.o.serverUrl, timeoutMs: this.o.requestTimeoutMs, appVersion: this.o.appVersion ?? '0.0.0' };
  }

  gatewayFor(key: string): DeeplGateway {
    if (this.gatewayCache?.key !== key) this.gatewayCache = { key, gateway: this.o.makeGateway(key, this.gatewayOptions()) };
    return this.gatewayCache.gateway;
  }

  private requireKey(): { key: string; source: MtKeySource } {
    const r = this.o.keys.resolve();
    if (r.key) return { key: r.key, source: r.source };
    throw r.problem ?? new SverkaError('MT_NO_KEY', noKeyMessage(this.o.keys.canWrite));
  }

  private async fetchUsage(gateway: DeeplGateway): Promise<MtUsage> {
    const neverAborts = new AbortController().signal;
    return race(gateway.usage(), this.o.requestTimeoutMs, neverAborts);
  }

  /** Keeps later estimates' "exceeds remaining" honest without another usage call. */
  noteBilled(billed: number): void {
    if (!this.lastUsage) return;
    const count = this.lastUsage.characterCount + billed;
    this.lastUsage = { ...this.lastUsage, characterCount: count, remaining: Math.max(0, this.lastUsage.characterLimit - count) };
  }
}
