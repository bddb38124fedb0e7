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

/**
 * Streams the file through its reader and stores every unit inside ONE transaction: an
 * error (or a killed process) leaves the memory exactly as it was before the import. Units
 * the reader cannot read, or that have no text on one side, are skipped and reported with
 * their lines (in the result and the import record); a file of which no unit could be read
 * is an EMPTY_INPUT error, not an empty success.
 */
export function importUnits(ctx: ImportContext, chunks: Iterable<Uint8Array>, fileName: string, opts: ImportOptions): TmImportResult {
  const { db, repo } = ctx;
  const format = importFormatOf(fileName);
  const reader = createUnitReader(format, opts);
  if (db.inTransaction) throw new SverkaError('CONFLICT', 'Another change to the database is still in progress.');
  const now = ctx.now();
  const counts = { added: 0, merged: 0, produced: 0 };
  const empty = createReadStats();
  let sawBytes = false;
  const restoreSettings = repo.bulkImportSettings();
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (err) {
    restoreSettings();
    throw err;
  }
  try {
    const importId = repo.startImport(fileName, format, now);
    const lastIdBefore = repo.maxId();
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
      if (opts.signal?.aborted) throw new SverkaError('CANCELLED', `The import of ${fileName} was cancelled; the memory is as it was.`);
      sawBytes = true;
      store(reader.write(text));
      opts.onProgress?.(counts.produced);
    }
    if (!sawBytes) throw new SverkaError('EMPTY_INPUT', `${fileName} is empty.`);
    store(reader.end());
    const outcome = importOutcome(reader.stats, empty, counts);
    if (outcome.read === 0) {
      const what = outcome.found === 0 ? 'holds no translation units' : `has no unit that could be read (${outcome.summary})`;
      throw new SverkaError('EMPTY_INPUT', `${fileName} ${what}.`, { found: outcome.found, skipped: outcome.skipped, reasons: outcome.reasons });
    }
    repo.indexUnitsAfter(lastIdBefore);
    // A cancel during the index build (a long statement that cannot be interrupted) still wins until the commit.
    if (opts.signal?.aborted) throw new SverkaError('CANCELLED', `The import of ${fileName} was cancelled; the memory is as it was.`);
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
