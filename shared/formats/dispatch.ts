import { SverkaError } from '../errors';
import { createCsvReader } from './csv/read';
import { serializeCsvChunks, type CsvWriteOptions } from './csv/write';
import type { TranslationUnit, UnitFormat } from './model';
import { createTmxReader, type TmxReaderOptions } from './tmx/read14';
import { serializeTmxChunks, type TmxWriteHeader, type TmxWriteOptions } from './tmx/write14';
import { createXliff12Reader, type XliffReader, type XliffReaderOptions } from './xliff/read12';
import { createXliff21Reader } from './xliff/read21';
import { serializeXliff12Chunks, type Xliff12WriteOptions } from './xliff/write12';
import { serializeXliff21Chunks, type Xliff21WriteOptions } from './xliff/write21';

/** What a file name says about its format; `xliff` needs `sniffXliffVersion` on the content. */
export type FileFormat = 'tmx' | 'xliff' | 'csv' | 'tsv';

/** Format by extension (.tmx, .xlf/.xliff/.xlz is not supported, .csv, .tsv/.tab/.txt), else undefined. */
export function formatFromFileName(name: string): FileFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1];
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
      return undefined;
  }
}

/** XLIFF major version from the start of a document (namespace or version attribute). */
export function sniffXliffVersion(head: string): 'xliff12' | 'xliff21' {
  const h = head.slice(0, 4096);
  if (h.includes('urn:oasis:names:tc:xliff:document:2.0') || /<xliff\b[^>]*\bversion\s*=\s*["']2\./.test(h)) return 'xliff21';
  return 'xliff12';
}

/** Reader options per format; each reader ignores the others. */
export interface ReadOptions {
  tmx?: TmxReaderOptions;
  xliff?: XliffReaderOptions;
  csv?: { sourceLang?: string; targetLang?: string };
}

/**
 * A push reader for any format: write chunks, get units. For `xliff` the version is sniffed
 * from the first chunk (give it at least the root start tag).
 */
export function createUnitReader(format: FileFormat | UnitFormat, opts: ReadOptions = {}): { write(chunk: string): TranslationUnit[]; end(): TranslationUnit[] } {
  switch (format) {
    case 'tmx':
      return createTmxReader(opts.tmx);
    case 'xliff12':
      return createXliff12Reader(opts.xliff);
    case 'xliff21':
      return createXliff21Reader(opts.xliff);
    case 'xliff': {
      let inner: XliffReader | undefined;
      let pending = '';
      return {
        write(chunk) {
          if (inner) return inner.write(chunk);
          pending += chunk;
          if (pending.length < 4096 && !/<xliff\b[^>]*>/.test(pending)) return [];
          inner = sniffXliffVersion(pending) === 'xliff21' ? createXliff21Reader(opts.xliff) : createXliff12Reader(opts.xliff);
          const p = pending;
          pending = '';
          return inner.write(p);
        },
        end() {
          if (!inner) {
            inner = sniffXliffVersion(pending) === 'xliff21' ? createXliff21Reader(opts.xliff) : createXliff12Reader(opts.xliff);
            const first = inner.write(pending);
            return [...first, ...inner.end()];
          }
          return inner.end();
        },
      };
    }
    case 'csv':
    case 'tsv':
      return createCsvReader({ delimiter: format === 'tsv' ? '\t' : ',', ...opts.csv });
    default:
      throw new SverkaError('UNSUPPORTED', `Unknown format ${JSON.stringify(format)}`);
  }
}

/** Parses a whole document of the given format. */
export function parseUnits(format: FileFormat | UnitFormat, text: string, opts?: ReadOptions): TranslationUnit[] {
  const r = createUnitReader(format, opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return units;
}

export interface WriteOptions {
  tmx?: TmxWriteOptions & { header?: TmxWriteHeader };
  xliff12?: Xliff12WriteOptions;
  xliff21?: Xliff21WriteOptions;
  csv?: CsvWriteOptions;
}

/** Serialises units as chunks (for writing large exports to a stream). */
export function serializeUnitsChunks(format: UnitFormat, units: Iterable<TranslationUnit>, opts: WriteOptions = {}): Generator<string, void, undefined> {
  switch (format) {
    case 'tmx':
      return serializeTmxChunks(units, opts.tmx?.header, opts.tmx);
    case 'xliff12':
      return serializeXliff12Chunks(units, opts.xliff12);
    case 'xliff21':
      return serializeXliff21Chunks(units, opts.xliff21);
    case 'csv':
      return serializeCsvChunks(units, opts.csv);
    case 'tsv':
      return serializeCsvChunks(units, { ...opts.csv, delimiter: '\t' });
    default:
      throw new SverkaError('UNSUPPORTED', `Unknown format ${JSON.stringify(format)}`);
  }
}

export function serializeUnits(format: UnitFormat, units: Iterable<TranslationUnit>, opts?: WriteOptions): string {
  let s = '';
  for (const c of serializeUnitsChunks(format, units, opts)) s += c;
  return s;
}
