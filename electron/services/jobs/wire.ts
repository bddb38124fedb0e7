import { SverkaError, type ErrorCode } from '../../../shared/errors';
import { typedError } from '../../errors';
import type { JobProgress } from './types';

/** Main thread -> worker. `flag` is a shared Int32 the main thread sets to 1 to cancel. */
export interface RunMessage {
  type: 'run';
  id: number;
  kind: string;
  args: unknown;
  flag: SharedArrayBuffer;
}

/** Main thread -> worker: the slice the job emitted last was taken (the job may send the next). */
export interface TakenMessage {
  type: 'taken';
  id: number;
}

/** An error as it crosses the thread boundary. */
export interface WireError {
  code?: string;
  message: string;
  details?: Record<string, unknown>;
  /** True for a SverkaError (rebuilt as one); otherwise an unexpected error. */
  typed: boolean;
}

/** Worker -> main thread. */
export type WorkerMessage =
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'items'; id: number; items: unknown }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: WireError };

export function toWire(err: unknown, dbFile: string): WireError {
  const typed = typedError(err, { dbFile });
  if (typed) return { code: typed.code, message: typed.message, ...(typed.details ? { details: { ...typed.details } } : {}), typed: true };
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return { message: e.message, ...(typeof code === 'string' ? { code } : {}), typed: false };
}

export function fromWire(w: WireError): Error {
  if (w.typed && w.code) return new SverkaError(w.code as ErrorCode, w.message, w.details);
  const e = new Error(w.message) as Error & { code?: string };
  if (w.code) e.code = w.code;
  return e;
}
