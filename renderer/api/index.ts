import { buildApi, type Api, type Channel } from '../../shared/ipc/contract';
import type { ErrorCode } from '../../shared/errors';
import type { Result } from '../../shared/ipc/result';

declare global {
  interface Window {
    /** Present in Electron only: the preload exposes the contract's named functions. */
    readonly api?: Api;
  }
}

/**
 * The browser transport behind `npm run web`: the same contract over same-origin POSTs. The
 * bridge authenticates with the HttpOnly cookie it set when it served the page, so no token
 * ever reaches script.
 */
async function httpInvoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
  } catch (err) {
    return { ok: false, error: { code: 'IO_ERROR', message: `Sverka's local server cannot be reached (${(err as Error).message}).` } };
  }
  if (res.status === 403) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'The local server refused the request. Open Sverka again from the address it printed.' } };
  }
  if (!res.ok) {
    return { ok: false, error: { code: 'IO_ERROR', message: `The local server answered ${res.status}.` } };
  }
  return (await res.json()) as Result<unknown>;
}

/** The one Api object of the renderer: Electron's preload, or the loopback bridge in a browser. */
export const api: Api = window.api ?? buildApi(httpInvoke);

/** A failed call, carrying the contract's error code so the UI can react to the kind of failure. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Unwraps a Result, throwing an ApiError for a failure. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const r = await pending;
  if (r.ok) return r.value;
  throw new ApiError(r.error.code, r.error.message);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
