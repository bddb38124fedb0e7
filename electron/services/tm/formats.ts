import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { createTmxReader } from '../../../shared/formats/tmx/read14';
import { serializeTmxChunks } from '../../../shared/formats/tmx/write14';
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
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'tmx':
      return 'tmx';
    case 'xlf':
    case 'xliff':
    case 'sdlxliff':
    case 'mqxliff':
      return 'xliff';
    case 'csv':
      return 'csv';
    case 'tsv':
    case 'tab':
      return 'tsv';
    default:
      throw new SverkaError(
        'UNSUPPORTED',
        `Cannot tell the format of ${fileName}: use a .tmx, .xlf/.xliff, .csv or .tsv file.`,
      );
  }
}

export function createUnitReader(format: TmImportFormat, opts: ReaderOptions = {}): UnitStreamReader {
  switch (format) {
    case 'tmx': {
      const r = createTmxReader({
        ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
        ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
      });
      return { write: (c) => r.write(c), end: () => r.end() };
    }
    case 'xliff':
    case 'csv':
    case 'tsv':
      return bufferedReader(format, opts);
  }
}

/** Formats whose readers parse a whole string: collect the text, parse at the end. */
function bufferedReader(format: 'xliff' | 'csv' | 'tsv', _opts: ReaderOptions): UnitStreamReader {
  const parts: string[] = [];
  return {
    write(chunk) {
      parts.push(chunk);
      return [];
    },
    end() {
      throw new SverkaError('UNSUPPORTED', `Importing ${format} into the translation memory is not available yet.`);
    },
  };
}

export interface WriterOptions {
  sourceLang?: string;
}

/** The text of an export, in chunks, so a large memory is never held as one string. */
export function serializeUnits(format: TmExportFormat, units: Iterable<TranslationUnit>, opts: WriterOptions = {}): Iterable<string> {
  switch (format) {
    case 'tmx':
      return serializeTmxChunks(units, { srcLang: opts.sourceLang ?? '*all*', creationTool: 'Sverka' });
    case 'xliff12':
    case 'xliff21':
    case 'csv':
      throw new SverkaError('UNSUPPORTED', `Exporting the translation memory as ${format} is not available yet.`);
  }
}

export const EXPORT_EXTENSIONS: Record<TmExportFormat, string> = {
  tmx: 'tmx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  csv: 'csv',
};
