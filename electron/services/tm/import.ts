import type { CancelSignal } from '../../../shared/align/progress';
import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { createReadStats, describeRead, lineOf, MAX_SKIP_DETAILS, recordSkip, type ReadStats, type SkippedUnit, type SkipReason } from '../../../shared/formats/read-kit';
import { HashIds } from '../../../shared/tm/hash-ids';
import type { TmImportResult } from '../../../shared/tm/types';
import type { Db } from '../../db/connection';
import type { TmRepository, TmUnitRow } from '../../db/repositories/tm';
import { fromFileUnit, isStorable, toRow } from './convert';
import { decodeChunks } from './decode';
import { createUnitReader, importFormatOf, type ReaderOptions } from './formats';

export interface ImportOptions extends ReaderOptions {
  /** Called after every chunk with the number of units read so far. */
  onProgress?: (read: number) => void;
  /** Read after every chunk: the import then rolls back and throws CANCELLED. */
  signal?: CancelSignal;
  /**
   * The built reading thread (`import-worker.ts`) for an import on two threads
   * (`importInParallel`); `false` keeps the whole import on the calling thread. Default: the
   * built one beside the running bundle, when there is one.
   */
  workerFile?: string | false;
}

/** What an import works with: the connection, the memory's repository and the clock. */
export interface ImportContext {
  db: Db;
  repo: TmRepository;
  now: () => string;
}

/** What the body of an import hands back to `inImportTransaction`: what it read and stored. */
export interface ImportBody {
  sawBytes: boolean;
  readStats: ReadStats;
  emptyStats: ReadStats;
  counts: { added: number; merged: number };
}

/**
 * The frame of every import, on one thread or two: ONE transaction (BEGIN IMMEDIATE, the
 * import record, the body, the record's counts, COMMIT, ROLLBACK on any error) with the bulk
 * settings around it. The body stores the units and their source-side index (`lastIdBefore`:
 * the highest id before, 0 for an empty memory); the units it added are recorded in the
 * target-index backlog (migration 0081) in the same transaction, for the `tm.index` job. A
 * file with no bytes, or of which no unit could be read, is an EMPTY_INPUT error, not an
 * empty success.
 */
export function inImportTransaction(
  ctx: ImportContext,
  fileName: string,
  signal: CancelSignal | undefined,
  body: (importId: number, lastIdBefore: number, now: string) => ImportBody,
): TmImportResult {
  const { db, repo } = ctx;
  const format = importFormatOf(fileName);
  if (db.inTransaction) throw new SverkaError('CONFLICT', 'Another change to the database is still in progress.');
  const restoreSettings = repo.bulkImportSettings();
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    restoreSettings();
    throw err;
  }
  try {
    const now = ctx.now();
    const importId = repo.startImport(fileName, format, now);
    const lastIdBefore = repo.maxId();
    const { sawBytes, readStats, emptyStats, counts } = body(importId, lastIdBefore, now);
    if (!sawBytes) throw new SverkaError('EMPTY_INPUT', `${fileName} is empty.`);
    const outcome = importOutcome(readStats, emptyStats, counts);
    if (outcome.read === 0) {
      const what = outcome.found === 0 ? 'holds no translation units' : `has no unit that could be read (${outcome.summary})`;
      throw new SverkaError('EMPTY_INPUT', `${fileName} ${what}.`, { found: outcome.found, skipped: outcome.skipped, reasons: outcome.reasons });
    }
    // A cancel during the index build (a long statement that cannot be interrupted) still wins until the commit.
    if (signal?.aborted) throw cancelledImport(fileName);
    if (counts.added > 0) repo.addIndexBacklog(lastIdBefore + 1, repo.maxId());
    repo.finishImport(importId, { ...outcome, ...counts, skips: skipsByReason(outcome.skippedUnits, outcome.reasons) }, ctx.now());
    db.exec('COMMIT');
    return { importId, fileName, format, ...outcome, added: counts.added, merged: counts.merged };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    restoreSettings();
  }
}

/** The error of a cancelled import. */
export function cancelledImport(fileName: string): SverkaError {
  return new SverkaError('CANCELLED', `The import of ${fileName} was cancelled; the memory is as it was.`);
}

/**
 * Streams the file through its reader and stores every unit inside ONE transaction
 * (`inImportTransaction`): an error (or a killed process) leaves the memory exactly as it was
 * before the import. Units the reader cannot read, or that have no text on one side, are
 * skipped and reported with their lines (in the result and the import record).
 */
export function importUnits(ctx: ImportContext, chunks: Iterable<Uint8Array>, fileName: string, opts: ImportOptions): TmImportResult {
  const reader = createUnitReader(importFormatOf(fileName), opts);
  return inImportTransaction(ctx, fileName, opts.signal, (importId, lastIdBefore, now) => {
    const { repo } = ctx;
    const counts = { added: 0, merged: 0, produced: 0 };
    const empty = createReadStats();
    let sawBytes = false;
    // Into an empty memory, the duplicate check needs to look among this import's units only.
    const seen = lastIdBefore === 0 ? new HashIds() : undefined;
    const store = (units: TranslationUnit[]) => {
      const rows: TmUnitRow[] = [];
      for (const u of units) {
        counts.produced++;
        const row = toRow(fromFileUnit(u), now, importId);
        if (isStorable(row)) rows.push(row);
        else recordSkip(empty, 'empty', lineOf(u) ?? 0, 'No text on one side');
      }
      const res = repo.addOrMergeMany(rows, { deferIndex: true, ...(seen ? { seen } : {}) });
      counts.added += res.added;
      counts.merged += res.merged;
    };
    for (const text of decodeChunks(chunks, fileName)) {
      if (opts.signal?.aborted) throw cancelledImport(fileName);
      sawBytes = true;
      store(reader.write(text));
      opts.onProgress?.(counts.produced);
    }
    if (sawBytes) store(reader.end());
    repo.indexUnitsAfter(lastIdBefore, ['source']);
    return { sawBytes, readStats: reader.stats, emptyStats: empty, counts: { added: counts.added, merged: counts.merged } };
  });
}

/** What an import read and skipped: the reader's counts plus the units the memory could not use. */
export function importOutcome(read: ReadStats, empty: ReadStats, counts: { added: number; merged: number }) {
  const reasons: Partial<Record<SkipReason, number>> = { ...read.reasons };
  if (empty.skipped > 0) reasons.empty = empty.skipped;
  const skippedUnits = [...read.details, ...empty.details].sort((a, b) => a.line - b.line).slice(0, MAX_SKIP_DETAILS);
  const stats = { read: counts.added + counts.merged, skipped: read.skipped + empty.skipped, reasons, details: skippedUnits };
  return { found: read.found, read: stats.read, skipped: stats.skipped, reasons, skippedUnits, summary: describeRead(stats) };
}

/** The import record's `skips`: per reason, the count and the first lines. */
export function skipsByReason(units: readonly SkippedUnit[], reasons: Partial<Record<SkipReason, number>>): Record<string, { count: number; lines: number[] }> {
  const out: Record<string, { count: number; lines: number[] }> = {};
  for (const [reason, count] of Object.entries(reasons)) out[reason] = { count: count ?? 0, lines: [] };
  for (const u of units) out[u.reason]?.lines.push(u.line);
  return out;
}
