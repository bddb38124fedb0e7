import type { TranslationUnit } from './model';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml/safe';

/**
 * The parts every unit reader (TMX, XLIFF 1.2, XLIFF 2, CSV) shares: the push-reader shape
 * with its drain after each chunk, the limits, the counting of units that are skipped rather
 * than failing the whole file, and the bookkeeping for ignoring the rest of a unit or an
 * element the reader cannot use.
 */

/**
 * Why a unit in a file did not become a translation unit. Readers skip such a unit, count it
 * and name its line; only damage to the file as a whole (broken XML, wrong root, ...) fails it.
 */
export type SkipReason =
  /** XLIFF: untranslated (no target, or a segment without one). */
  | 'no-target'
  /** XLIFF: no source; TMX: no tuv in the source language. */
  | 'no-source'
  /** TMX: a tu with one tuv (or none): nothing to pair. */
  | 'single-language'
  /** No language for one side anywhere (unit, file, or the languages given to the reader). */
  | 'no-language'
  /** TMX: no tuv in the language asked for. */
  | 'other-language'
  /** Markup the format does not allow there (an unknown inline element, a bad reference...). */
  | 'markup'
  /** Over a per-unit size limit. */
  | 'limit'
  /** CSV: another number of fields than the header. */
  | 'ragged'
  /** CSV: a tags cell that does not match its text. */
  | 'tags'
  /** Read, but one side has no text (the translation memory cannot use it). */
  | 'empty';

export const SKIP_REASONS: readonly SkipReason[] = ['no-target', 'no-source', 'single-language', 'no-language', 'other-language', 'markup', 'limit', 'ragged', 'tags', 'empty'];

/** English phrases for summaries on the command line and in error messages ("3 without a target"). */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  'no-target': 'without a target',
  'no-source': 'without a source',
  'single-language': 'in one language only',
  'no-language': 'without a language',
  'other-language': 'in other languages',
  markup: 'with markup that cannot be read',
  limit: 'over a size limit',
  ragged: 'with the wrong number of fields',
  tags: 'with a broken tags cell',
  empty: 'with no text on one side',
};

/** A unit the reader skipped: where it starts, why, and the detail. */
export interface SkippedUnit {
  line: number;
  reason: SkipReason;
  message: string;
}

/** Counters of a read so far. */
export interface ReadStats {
  /** Units found in the file: TMX tu, XLIFF trans-unit / unit, CSV record. */
  found: number;
  /** Translation units emitted (a TMX tu with several targets yields several). */
  read: number;
  /** Units found but not emitted. */
  skipped: number;
  /** Skipped units per reason. */
  reasons: Partial<Record<SkipReason, number>>;
  /** The first `MAX_SKIP_DETAILS` skipped units, in file order. */
  details: SkippedUnit[];
}

/** How many skipped units are kept with their line and message (the counts are always complete). */
export const MAX_SKIP_DETAILS = 50;

export function createReadStats(): ReadStats {
  return { found: 0, read: 0, skipped: 0, reasons: {}, details: [] };
}

/** Counts a skipped unit and keeps its line while there is room. */
export function recordSkip(stats: ReadStats, reason: SkipReason, line: number, message: string): void {
  stats.skipped++;
  stats.reasons[reason] = (stats.reasons[reason] ?? 0) + 1;
  if (stats.details.length < MAX_SKIP_DETAILS) stats.details.push({ line, reason, message });
}

// Where each emitted unit starts in its file, for callers that skip units later (a memory
// skips a unit with no text on one side). Weak, so units are not kept alive by it.
const unitLines = new WeakMap<TranslationUnit, number>();

/** Records the line a unit starts on (readers call this as they emit). */
export function noteLine(u: TranslationUnit, line: number): TranslationUnit {
  unitLines.set(u, line);
  return u;
}

/** The line the unit started on in the file it was read from, when a reader recorded it. */
export function lineOf(u: TranslationUnit): number | undefined {
  return unitLines.get(u);
}

/** Lines named per reason in a summary. */
const LINES_PER_REASON = 5;

/**
 * `12 read, 3 skipped: 2 without a target (lines 14, 30), 1 with markup that cannot be read
 * (line 52)`; `12 read` when nothing was skipped. For the command line and error messages
 * (the UI builds its own, translated, from the same counts).
 */
export function describeRead(stats: Pick<ReadStats, 'read' | 'skipped' | 'reasons' | 'details'>): string {
  const head = `${stats.read} read`;
  if (stats.skipped === 0) return head;
  const parts: string[] = [];
  for (const reason of SKIP_REASONS) {
    const n = stats.reasons[reason];
    if (!n) continue;
    const lines = [...new Set(stats.details.filter((d) => d.reason === reason).map((d) => d.line))];
    const shown = lines.slice(0, LINES_PER_REASON);
    const more = n > shown.length ? ', …' : '';
    const where = shown.length === 0 ? '' : ` (line${shown.length > 1 || more ? 's' : ''} ${shown.join(', ')}${more})`;
    parts.push(`${n} ${SKIP_REASON_TEXT[reason]}${where}`);
  }
  return `${head}, ${stats.skipped} skipped: ${parts.join(', ')}`;
}

/** A push reader: feed decoded text in chunks, get the units each chunk completed. */
export interface UnitReader {
  /** Parses a chunk; returns the units it completed, in file order. Throws ParseError for a damaged file. */
  write(chunk: string): TranslationUnit[];
  /** Ends the input; returns the last units. Throws ParseError for a truncated file. */
  end(): TranslationUnit[];
  readonly stats: Readonly<ReadStats>;
}

/**
 * Wraps a parser core as a `UnitReader`: after every `write` and `end` the units the core has
 * pushed into `out` are handed over (and `out` emptied), so a reader never holds more than the
 * units of one chunk.
 */
export function unitReader(core: { feed(chunk: string): void; finish(): void }, out: TranslationUnit[], stats: ReadStats): UnitReader {
  return {
    write(chunk) {
      core.feed(chunk);
      return out.splice(0);
    },
    end() {
      core.finish();
      return out.splice(0);
    },
    stats,
  };
}

/** The default XML limits with a reader's overrides. */
export function readerLimits(overrides?: Partial<XmlLimits>): XmlLimits {
  return { ...DEFAULT_XML_LIMITS, ...overrides };
}

/**
 * Ignores one element and everything inside it: `start()` at its open tag, then pass every
 * further open and close tag through `open()` / `close()`, which say whether the tag was
 * inside the ignored element.
 */
export class SubtreeSkip {
  private depth = 0;

  get active(): boolean {
    return this.depth > 0;
  }

  start(): void {
    this.depth = 1;
  }

  open(): boolean {
    if (this.depth === 0) return false;
    this.depth++;
    return true;
  }

  close(): boolean {
    if (this.depth === 0) return false;
    this.depth--;
    return true;
  }
}

/**
 * Whether a reader keeps a text event: not inside a skipped subtree and, inside a unit
 * (`inUnit`), within the unit's character budget, which the text is counted against.
 */
export function keepsText(skip: SubtreeSkip, budget: UnitBudget, inUnit: boolean, text: string): boolean {
  if (skip.active) return false;
  if (inUnit) {
    budget.addChars(text.length);
    if (budget.problem) return false;
  }
  return true;
}

/**
 * The budget and fate of the unit being read. A problem inside a unit (markup the format does
 * not allow there, a size limit) gives the unit up: the reader ignores the rest of its content
 * and, when it closes, counts it as skipped instead of failing the file.
 */
export class UnitBudget {
  private chars = 0;
  private elements = 0;
  problem: { reason: SkipReason; message: string } | undefined;

  constructor(
    private readonly limits: XmlLimits,
    /** The unit element's name for messages (`tu`, `trans-unit`, `unit`). */
    private readonly what: string,
  ) {}

  reset(): void {
    this.chars = 0;
    this.elements = 0;
    this.problem = undefined;
  }

  /** Gives the unit up; the first problem is the one reported. */
  giveUp(reason: SkipReason, message: string): void {
    this.problem ??= { reason, message };
  }

  addChars(n: number): void {
    this.chars += n;
    if (this.chars > this.limits.maxUnitChars) this.giveUp('limit', `A ${this.what} holds more than ${this.limits.maxUnitChars} characters`);
  }

  addElement(): void {
    this.elements++;
    if (this.elements > this.limits.maxUnitElements) this.giveUp('limit', `A ${this.what} holds more than ${this.limits.maxUnitElements} elements`);
  }
}
