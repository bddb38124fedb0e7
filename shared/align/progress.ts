import { SverkaError } from '../errors';

/** Stages of a sentence alignment, in the order they run. */
export type AlignStage = 'features' | 'first-pass' | 'lexicon' | 'align';

/**
 * Where a sentence alignment stands: `done` of `total` work units of the whole call (segments
 * analysed, rows of the dynamic programme), never decreasing, `done === total` at the end.
 */
export interface AlignProgress {
  stage: AlignStage;
  done: number;
  total: number;
}

/**
 * What the aligner reads to learn that it should stop: an AbortSignal fits, and so does an
 * object whose `aborted` reads a flag another thread sets (the work itself is synchronous).
 */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Progress reporting and cancellation of a long alignment. */
export interface AlignControlOptions {
  /** Called about every half percent of the work (and once at the end). */
  onProgress?: (p: AlignProgress) => void;
  /** Checked as often as progress is counted; the call then throws a `CANCELLED` SverkaError. */
  signal?: CancelSignal;
}

/** Counts work units, reports progress now and then and stops the work when cancelled. */
export class AlignTracker {
  private done = 0;
  private reported = -1;
  private reportedStage: AlignStage | undefined;
  private readonly step: number;
  private stage: AlignStage = 'features';

  constructor(
    private readonly opts: AlignControlOptions,
    readonly total: number,
  ) {
    this.step = Math.max(1, Math.floor(total / 200));
    this.check();
  }

  /** A tracker that only counts (no callback, no signal): the plain synchronous call. */
  static none(): AlignTracker {
    return new AlignTracker({}, 1);
  }

  /** Enters a stage (reported at once, so that listeners see every stage change). */
  begin(stage: AlignStage): void {
    this.stage = stage;
    this.check();
    this.report(true);
  }

  /** Adds `units` of work done in the current stage. */
  add(units: number): void {
    this.done = Math.min(this.total, this.done + units);
    this.check();
    if (this.done - this.reported >= this.step) this.report();
  }

  /** Marks the whole work done. */
  finish(): void {
    this.done = this.total;
    this.report();
  }

  /** Throws when the caller has cancelled. */
  check(): void {
    if (this.opts.signal?.aborted) throw new SverkaError('CANCELLED', 'Sentence alignment cancelled');
  }

  private report(force = false): void {
    if (!this.opts.onProgress || (this.reported === this.done && !(force && this.reportedStage !== this.stage))) return;
    this.reported = this.done;
    this.reportedStage = this.stage;
    this.opts.onProgress({ stage: this.stage, done: this.done, total: this.total });
  }
}
