import { Cancelled, RequestTimeout, type TranslatedText } from './deepl';

/** The result of a request still in flight when its batch gave up on it. */
export type LateHandler = (v: TranslatedText[]) => void;

/** Waits `ms`, or rejects with `Cancelled` when `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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
export function race<T>(p: Promise<T>, ms: number, signal: AbortSignal, onLate?: (v: T) => void): Promise<T> {
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
export class Slots {
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
