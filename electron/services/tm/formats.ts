import { SverkaError } from '../../../shared/errors';
import { createUnitReader as createFormatReader, formatFromFileName, type WriteOptions } from '../../../shared/formats/dispatch';
import type { UnitReader } from '../../../shared/formats/read-kit';

/** The formats a TM import understands, chosen by file extension. */
export type TmImportFormat = 'tmx' | 'xliff' | 'csv' | 'tsv';

export interface ReaderOptions {
  /**
   * Source language: picks the direction of a TMX (its tus without it are skipped) and is
   * the language of files that name none (CSV without language columns, XLIFF without one).
   */
  sourceLang?: string;
  /** Target language: filters a TMX's targets; the target of files that name none. */
  targetLang?: string;
  /**
   * Languages only for files that name none, never a filter (the open project's pair when
   * the import comes from the workbench).
   */
  fallback?: { sourceLang?: string; targetLang?: string };
}

export function importFormatOf(fileName: string): TmImportFormat {
  const format = formatFromFileName(fileName);
  if (!format) {
    throw new SverkaError('UNSUPPORTED', `Cannot tell the format of ${fileName}: use a .tmx, .xlf/.xliff, .csv or .tsv file.`);
  }
  return format;
}

/** A streaming reader for the format (TMX, XLIFF 1.2/2.x by content, CSV/TSV). */
export function createUnitReader(format: TmImportFormat, opts: ReaderOptions = {}): UnitReader {
  const filter = {
    ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
    ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
  };
  const sourceLang = opts.sourceLang || opts.fallback?.sourceLang;
  const targetLang = opts.targetLang || opts.fallback?.targetLang;
  const langs = { ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) };
  return createFormatReader(format, { tmx: filter, xliff: langs, csv: langs });
}

export interface WriterOptions {
  /** TMX header srclang (default `*all*`). */
  sourceLang?: string;
  /** XLIFF 2 declares one pair per document: the pair of the units written. */
  pair?: { sourceLang: string; targetLang: string };
  /** CSV columns: every prop key the units carry, and the most notes any unit has. */
  propKeys?: readonly string[];
  noteColumns?: number;
  sideNoteColumns?: { source: number; target: number };
  /** CSV: write cells a spreadsheet would run as formulas unguarded (default: guarded). */
  allowFormulas?: boolean;
}

/** The dispatcher's options for an export of the memory (see `exportChunks` in shared/formats). */
export function memoryWriteOptions(opts: WriterOptions = {}): WriteOptions {
  return {
    tmx: { header: { srcLang: opts.sourceLang ?? '*all*', creationTool: 'Sverka' } },
    xliff12: { original: 'sverka-memory' },
    xliff21: { original: 'sverka-memory', ...(opts.pair ? { srcLang: opts.pair.sourceLang, trgLang: opts.pair.targetLang } : {}) },
    csv: {
      bom: true,
      ...(opts.propKeys ? { propKeys: opts.propKeys } : {}),
      ...(opts.noteColumns !== undefined ? { noteColumns: opts.noteColumns } : {}),
      ...(opts.sideNoteColumns ? { sideNoteColumns: opts.sideNoteColumns } : {}),
      ...(opts.allowFormulas ? { allowFormulas: true } : {}),
    },
  };
}
