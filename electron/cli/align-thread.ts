// The second thread of a long `align` run. The launcher (main.ts) starts it before it loads the
// align bundle; the command hands it both texts and their segments as soon as it has read them.
// The thread (align-worker.ts, bundled as cli-align-thread-body.cjs and run through a code cache by
// cli-align-thread.cjs, align-thread-main.ts) then
// - analyses most of the German side's segments (the alignment model's features) while the main
//   thread analyses the Russian side and the first German ones, and hands the tables over with
//   their own ids (Analyzer.adoptSide),
// - reads the quotations of both sides and the sentences they lie in, and places them by the
//   first pass's alignment once it gets it (the places chosen are kept: QuotePrep.choiceFor),
// - places them by the final beads (what `alignQuotes` does for a long translation) while the
//   main thread writes the rest of the output.
// Any failure of the thread (no bundle, an error, an answer it cannot give, no start before the
// main thread needs its part) leaves that work to the main thread: the same answer, later.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { RawBead } from '../../shared/align/dp';
import type { ForeignSide } from '../../shared/align/features';
import type { QuoteAlignment } from '../../shared/align/quotes/index';
import type { Bead } from '../../shared/align/sentences';
import type { ForeignTarget } from '../../shared/align/similarity';
import type { Segment } from '../../shared/types';

/**
 * The share of the German segments that the main thread analyses itself, after the Russian
 * side, before it takes the thread's tables of the rest: the thread starts later (its own
 * start-up) and its code is colder (about 1.4x the main thread's time per segment on
 * newstest2012, 105 against 75 ms a side), so that with a fifth here both are done about together.
 */
export const TARGET_HEAD_SHARE = 0.2;

/**
 * What the main thread sends: the texts (`texts`, with the German segments' texts to analyse),
 * the first pass's alignment (`first`: per bead its first and end source and target segment),
 * then the beads (`beads`).
 */
export type ToAlignThread =
  | {
      type: 'texts';
      sourceText: string;
      targetText: string;
      sourceSpans: Int32Array<ArrayBuffer>;
      targetSpans: Int32Array<ArrayBuffer>;
      /** The first German segment the thread analyses (TARGET_HEAD_SHARE of them on). */
      targetFrom: number;
      /**
       * Their texts, or null when each is the target text between its span's ends (as
       * segmentation gives them): the thread then cuts them out of the text it has anyway,
       * sparing this thread the copy of two thousand strings.
       */
      targetTail: string[] | null;
    }
  | { type: 'first'; sides: Int32Array<ArrayBuffer>; scores: Float64Array<ArrayBuffer> }
  | { type: 'beads'; sides: Int32Array<ArrayBuffer>; scores: Float64Array<ArrayBuffer> };

/** The thread's answer to `beads`: the quotations, or null when the main thread must place them. */
export interface FromAlignThread {
  quotes: QuoteAlignment[] | null;
}

/** The analysis of the German segments the thread was given, on the port of `AlignThreadData` (null: it failed). */
export interface TargetSideMessage {
  side: ForeignSide | null;
}

/** What the thread starts with: the port and the state word of the German side's analysis. */
export interface AlignThreadData {
  port: MessagePort;
  /** One Int32 (a SharedArrayBuffer): one of the TARGET_* states. */
  state: Int32Array;
  /** The code-cache folder for the thread's bundle (code-cache.ts; null: none). */
  cacheDir: string | null;
  /** The V8 flags the process set for itself (they key the cache). */
  flags: string;
}

/** The German side's analysis: not started yet (and the main thread may still take it over). */
export const TARGET_IDLE = 0;
/** Started by the thread: the main thread waits for it. */
export const TARGET_BUSY = 1;
/** Done: the tables wait on the port (or null there when it failed). */
export const TARGET_DONE = 2;
/** Taken over by the main thread before the thread started it: the thread leaves it. */
export const TARGET_TAKEN = 3;

/** Segments as [start, end] pairs (the texts travel once, as the texts). */
export function encodeSpans(segs: readonly Segment[]): Int32Array<ArrayBuffer> {
  const out = new Int32Array(segs.length * 2);
  segs.forEach((s, k) => {
    out[2 * k] = s.start;
    out[2 * k + 1] = s.end;
  });
  return out;
}

/** The segments of `text` that `encodeSpans` gave. */
export function decodeSpans(text: string, spans: Int32Array): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k + 1 < spans.length; k += 2) out.push({ start: spans[k]!, end: spans[k + 1]!, text: text.slice(spans[k]!, spans[k + 1]!) });
  return out;
}

/** Beads as one list of ints (per bead: count and indices of the source, then of the target) and their scores. */
export function encodeBeads(beads: readonly Bead[]): { sides: Int32Array<ArrayBuffer>; scores: Float64Array<ArrayBuffer> } {
  let n = 0;
  for (const b of beads) n += 2 + b.source.length + b.target.length;
  const sides = new Int32Array(n);
  const scores = new Float64Array(beads.length);
  let q = 0;
  // Plain loops (no list per bead): run once, cold, on the way to the thread's final answer.
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    sides[q++] = b.source.length;
    for (let x = 0; x < b.source.length; x++) sides[q++] = b.source[x]!;
    sides[q++] = b.target.length;
    for (let x = 0; x < b.target.length; x++) sides[q++] = b.target[x]!;
    scores[k] = b.score;
  }
  return { sides, scores };
}

/**
 * A first pass's beads in the layout of `encodeBeads`, scored 0 (where they place quotations,
 * not how surely): the thread decodes them with `decodeBeads`, whose code then runs warm for
 * the final beads, the run's critical path.
 */
export function encodeRanges(raw: readonly RawBead[]): { sides: Int32Array<ArrayBuffer>; scores: Float64Array<ArrayBuffer> } {
  let n = 0;
  for (const b of raw) n += 2 + (b.s1 - b.s0) + (b.t1 - b.t0);
  const sides = new Int32Array(n);
  let q = 0;
  for (const b of raw) {
    sides[q++] = b.s1 - b.s0;
    for (let i = b.s0; i < b.s1; i++) sides[q++] = i;
    sides[q++] = b.t1 - b.t0;
    for (let j = b.t0; j < b.t1; j++) sides[q++] = j;
  }
  return { sides, scores: new Float64Array(raw.length) };
}

/** The beads that `encodeBeads` gave (same indices, same score bits). */
export function decodeBeads(sides: Int32Array, scores: Float64Array): Bead[] {
  const out: Bead[] = [];
  let q = 0;
  // A list per side read by index (no typed-array view per list: the final beads are decoded on
  // the run's critical path).
  const list = (): number[] => {
    const r: number[] = [];
    const end = q + 1 + sides[q]!;
    for (let i = q + 1; i < end; i++) r.push(sides[i]!);
    q = end;
    return r;
  };
  for (let k = 0; k < scores.length; k++) {
    const source = list();
    const target = list();
    out.push({ source, target, score: scores[k]! });
  }
  return out;
}

/** The main thread's end of the second thread. */
export class AlignThread {
  private failed = false;
  private waiting: ((quotes: QuoteAlignment[] | null) => void) | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly state: Int32Array,
  ) {
    // The thread never keeps the process alive: only while an answer is awaited.
    worker.unref();
    port.unref();
    const fail = (): void => {
      this.failed = true;
      this.answer(null);
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.on('messageerror', fail);
    worker.on('message', (m: FromAlignThread) => {
      this.received ??= m;
      this.answer(m.quotes);
    });
  }

  /**
   * Starts the thread from the bundle `file`, its code compiled through a cache in `cacheDir`
   * under the process's V8 `flags`; null when no thread can be started.
   */
  static start(file: string, cacheDir: string | null = null, flags = ''): AlignThread | null {
    try {
      const { port1, port2 } = new MessageChannel();
      const state = new Int32Array(new SharedArrayBuffer(4));
      const workerData: AlignThreadData = { port: port2, state, cacheDir, flags };
      return new AlignThread(new Worker(file, { workerData, transferList: [port2] }), port1, state);
    } catch {
      return null;
    }
  }

  /** Hands the thread both texts and their segments (it works on them while the caller aligns). */
  prepare(sourceText: string, sourceSegments: readonly Segment[], targetText: string, targetSegments: readonly Segment[]): void {
    if (this.failed) return;
    this.targetFrom = Math.floor(targetSegments.length * TARGET_HEAD_SHARE);
    const tail = targetSegments.slice(this.targetFrom);
    const m: ToAlignThread = {
      type: 'texts',
      sourceText,
      targetText,
      sourceSpans: encodeSpans(sourceSegments),
      targetSpans: encodeSpans(targetSegments),
      targetFrom: this.targetFrom,
      targetTail: tail.every((s) => s.text === targetText.slice(s.start, s.end)) ? null : tail.map((s) => s.text),
    };
    this.worker.postMessage(m, [m.sourceSpans.buffer, m.targetSpans.buffer]);
  }

  private targetFrom = 0;

  private idleWork: (() => void) | null = null;

  /**
   * Work for this thread to do instead of waiting for the German side's tables, when it would
   * wait for them (at most once; a failure of `work` is ignored): work it needs later anyway.
   */
  whileWaiting(work: () => void): void {
    this.idleWork = work;
  }

  /**
   * The German side from TARGET_HEAD_SHARE of its segments on, for
   * AlignModelOptions.foreignTarget: `take()` gives null at once when the thread has not
   * started it (it then never does), else the tables once done, waiting at most `waitMs()`
   * (about what analysing them here would take); null when it failed or took longer.
   */
  targetTail(waitMs: () => number): ForeignTarget {
    return { from: this.targetFrom, take: () => this.targetSide(waitMs()) };
  }

  private targetSide(waitMs: number): ForeignSide | null {
    if (this.failed) return null;
    const was = Atomics.compareExchange(this.state, 0, TARGET_IDLE, TARGET_TAKEN);
    if (was === TARGET_IDLE || was === TARGET_TAKEN) return null;
    if (was === TARGET_BUSY) {
      // Work the caller needs later anyway is done now instead of waiting idle (once), and the
      // wait is what is left of `waitMs` after it.
      const work = this.idleWork;
      this.idleWork = null;
      const start = process.uptime() * 1000;
      if (work) {
        try {
          work();
        } catch {
          // It is done later, where it was needed.
        }
      }
      const left = waitMs - (process.uptime() * 1000 - start);
      if (left > 0) Atomics.wait(this.state, 0, TARGET_BUSY, left);
    }
    if (Atomics.load(this.state, 0) !== TARGET_DONE) return null;
    const m = receiveMessageOnPort(this.port);
    return m ? (m.message as TargetSideMessage).side : null;
  }

  /** Hands the thread the first pass's alignment: it places the quotations by it meanwhile. */
  firstPass(raw: readonly RawBead[]): void {
    if (this.failed) return;
    const m: ToAlignThread = { type: 'first', ...encodeRanges(raw) };
    this.worker.postMessage(m, [m.sides.buffer, m.scores.buffer]);
  }

  /**
   * The quotations the beads place, or null (the caller then places them itself): when the
   * thread fails, cannot place them, or has not answered within `waitMs`.
   */
  place(beads: readonly Bead[], waitMs: number): Promise<QuoteAlignment[] | null> {
    // Beads sent ahead (`sendBeads`): their answer, when it is in already, or awaited.
    if (this.received) return Promise.resolve(beads === this.sentBeads ? this.received.quotes : null);
    if (this.failed || this.waiting || (this.sentBeads && this.sentBeads !== beads)) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.timer = setTimeout(() => this.answer(null), waitMs);
      this.worker.ref();
      if (!this.sentBeads) this.postBeads(beads);
    });
  }

  /**
   * Hands the thread the final beads as soon as they exist, before the caller knows whether it
   * will ask for the quotations they place (`place` with the same beads then takes the answer; an
   * answer not asked for is dropped).
   */
  sendBeads(beads: readonly Bead[]): void {
    if (this.failed || this.sentBeads || this.waiting) return;
    this.postBeads(beads);
  }

  private sentBeads: readonly Bead[] | null = null;
  /** The thread's answer once in (it answers once). */
  private received: FromAlignThread | null = null;

  private postBeads(beads: readonly Bead[]): void {
    this.sentBeads = beads;
    const { sides, scores } = encodeBeads(beads);
    const m: ToAlignThread = { type: 'beads', sides, scores };
    this.worker.postMessage(m, [sides.buffer, scores.buffer]);
  }

  private timer: NodeJS.Timeout | undefined;

  private answer(quotes: QuoteAlignment[] | null): void {
    const w = this.waiting;
    this.waiting = null;
    clearTimeout(this.timer);
    this.worker.unref();
    w?.(quotes);
  }
}
