import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { createCsvReader } from '../../../shared/formats/csv/read';
import { serializeCsvChunks } from '../../../shared/formats/csv/write';
import { createTmxReader } from '../../../shared/formats/tmx/read14';
import { serializeTmxChunks } from '../../../shared/formats/tmx/write14';
import { XLIFF2_NS } from '../../../shared/formats/xliff/common';
import { createXliff12Reader } from '../../../shared/formats/xliff/read12';
import { createXliff21Reader } from '../../../shared/formats/xliff/read21';
import { serializeXliff12Chunks } from '../../../shared/formats/xliff/write12';
import { serializeXliff21Chunks } from '../../../shared/formats/xliff/write21';
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

/** A streaming reader for the format (TMX, XLIFF 1.2/2.x by content, CSV/TSV). */
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
      return xliffReader();
    case 'csv':
    case 'tsv':
      return createCsvReader({
        delimiter: format === 'tsv' ? '\t' : ',',
        ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
        ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
      });
  }
}

/**
 * XLIFF 1.2 or 2.x, told apart by the root's namespace in the first chunk(s): text is held
 * back until the root element has been seen (a few hundred characters at most).
 */
function xliffReader(): UnitStreamReader {
  let inner: UnitStreamReader | undefined;
  let head = '';
  const choose = (text: string): UnitStreamReader => {
    const v2 = text.includes(XLIFF2_NS) || /<xliff\b[^>]*\bversion\s*=\s*["']2\./.test(text);
    return v2 ? createXliff21Reader() : createXliff12Reader();
  };
  return {
    write(chunk) {
      if (inner) return inner.write(chunk);
      head += chunk;
      if (!/<xliff\b[^>]*>/.test(head) && head.length < 65_536) return [];
      inner = choose(head);
      const text = head;
      head = '';
      return inner.write(text);
    },
    end() {
      if (!inner) {
        inner = choose(head);
        const out = inner.write(head);
        return [...out, ...inner.end()];
      }
      return inner.end();
    },
  };
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
      return serializeTmxChunks(units, { srcLang: opts.sourceLang ?? '*all*', creationTool: 'Sverka' });
    case 'xliff12':
      return serializeXliff12Chunks(units, { original: 'sverka-memory' });
    case 'xliff21':
      return serializeXliff21Chunks(units, {
        original: 'sverka-memory',
        ...(opts.pair ? { srcLang: opts.pair.sourceLang, trgLang: opts.pair.targetLang } : {}),
      });
    case 'csv':
      return serializeCsvChunks(units, {
        bom: true,
        ...(opts.propKeys ? { propKeys: opts.propKeys } : {}),
        ...(opts.noteColumns !== undefined ? { noteColumns: opts.noteColumns } : {}),
      });
  }
}

export const EXPORT_EXTENSIONS: Record<TmExportFormat, string> = {
  tmx: 'tmx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  csv: 'csv',
};
