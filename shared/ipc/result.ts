import type { ErrorCode } from '../errors';
import { SverkaError } from '../errors';

/** What crosses IPC: handlers never throw across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** Turns anything thrown into a failure result; unknown errors are reported without internals. */
export function toFailure(err: unknown): Result<never> {
  if (err instanceof SverkaError) return fail(err.code, err.message);
  return fail('INTERNAL', err instanceof Error ? `Unexpected error: ${err.message}` : 'Unexpected error');
}
