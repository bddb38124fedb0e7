import { SverkaError } from '../../../shared/errors';
import { createUnitReader as createFormatReader, formatFromFileName, serializeUnitsChunks } from '../../../shared/formats/dispatch';
import type { TranslationUnit } from '../../../shared/formats/model';
import type { TmExportFormat } from '../../../shared/tm/types';

/** The formats a TM import understands, chosen by file extension. */
export type TmImportFormat = 'tmx' | 'xliff' | 'csv' | 'tsv';

/** A push reader over any unit format: feed decoded text chunks, collect completed units. */
export interface UnitStreamReader {
  write(chunk: string): TranslationUnit[];
  end(): TranslationUnit[];
}

export interface ReaderOptions {
  /** Source language for formats that do not name one (CSV) or to pick a direction in TMX. */
  sourceLang?: string;
  targetLang?: string;
}

export function importFormatOf(fileName: string): TmImportFormat {
  const format = formatFromFileName(fileName);
  if (!format) {
    throw new SverkaError('UNSUPPORTED', `Cannot tell the format of ${fileName}: use a .tmx, .xlf/.xliff, .csv or .tsv file.`);
  }
  return format;
}

/** A streaming reader for the format (TMX, XLIFF 1.2/2.x by content, CSV/TSV). */
export function createUnitReader(format: TmImportFormat, opts: ReaderOptions = {}): UnitStreamReader {
  const langs = {
    ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
    ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
  };
  return createFormatReader(format, { tmx: langs, csv: langs });
}

export interface WriterOptions {
  /** TMX header srclang (default `*all*`). */
  sourceLang?: string;
  /** XLIFF 2 declares one pair per document: the pair of the units written. */
  pair?: { sourceLang: string; targetLang: string };
  /** CSV columns: every prop key the units carry, and the most notes any unit has. */
  propKeys?: readonly string[];
  noteColumns?: number;
}

/** The text of an export, in chunks, so a large memory is never held as one string. */
export function serializeUnits(format: TmExportFormat, units: Iterable<TranslationUnit>, opts: WriterOptions = {}): Iterable<string> {
  switch (format) {
    case 'tmx':
      return serializeUnitsChunks('tmx', units, { tmx: { header: { srcLang: opts.sourceLang ?? '*all*', creationTool: 'Sverka' } } });
    case 'xliff12':
      return serializeUnitsChunks('xliff12', units, { xliff12: { original: 'sverka-memory' } });
    case 'xliff21':
      return serializeUnitsChunks('xliff21', units, {
        xliff21: { original: 'sverka-memory', ...(opts.pair ? { srcLang: opts.pair.sourceLang, trgLang: opts.pair.targetLang } : {}) },
      });
    case 'csv':
      return serializeUnitsChunks('csv', units, {
        csv: {
          bom: true,
          ...(opts.propKeys ? { propKeys: opts.propKeys } : {}),
          ...(opts.noteColumns !== undefined ? { noteColumns: opts.noteColumns } : {}),
        },
      });
  }
}

export const EXPORT_EXTENSIONS: Record<TmExportFormat, string> = {
  tmx: 'tmx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  csv: 'csv',
};
