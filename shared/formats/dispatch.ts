import { SverkaError } from '../errors';
import { createCsvReader } from './csv/read';
import { writeBilingualDocx, type BilingualDocxOptions } from './docx/writeBilingual';
import { renderHtmlReport, type HtmlReportOptions } from './html/report';
import { writeFactCheckDocx } from './factcheck/docx';
import { renderFactCheckHtml } from './factcheck/html';
import type { FactCheckReport } from './factcheck/model';
import { serializeCsvChunks, type CsvWriteOptions } from './csv/write';
import type { TranslationUnit, UnitFormat } from './model';
import { createTmxReader, type TmxReaderOptions } from './tmx/read14';
import { serializeTmxChunks, type TmxWriteHeader, type TmxWriteOptions } from './tmx/write14';
import { createReadStats, type ReadStats, type UnitReader } from './read-kit';
import { XLIFF2_NS } from './xliff/common';
import { createXliff12Reader, type XliffReaderOptions } from './xliff/read12';
import { createXliff21Reader } from './xliff/read21';
import { serializeXliff12Chunks, type Xliff12WriteOptions } from './xliff/write12';
import { serializeXliff21Chunks, type Xliff21WriteOptions } from './xliff/write21';
import { joinChunks } from './chunks';

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

/**
 * The root element's start tag of an XML document (after the declaration, comments, processing
 * instructions and DOCTYPE), or undefined when `head` does not reach its end yet.
 */
export function rootStartTag(head: string): string | undefined {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = head.indexOf('<', i);
    if (i < 0) return undefined;
    if (head.startsWith('<?', i)) i = head.indexOf('?>', i);
    else if (head.startsWith('<!--', i)) i = head.indexOf('-->', i);
    else if (head.startsWith('<!', i)) i = skipDoctype(head, i);
    else break;
    if (i < 0) return undefined;
  }
  // Up to the first '>' outside a quoted attribute value.
  let quote = '';
  for (let j = i + 1; j < head.length; j++) {
    const c = head[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return head.slice(i, j + 1);
  }
  return undefined;
}

// The end of a DOCTYPE, which may hold an internal subset in brackets.
function skipDoctype(head: string, at: number): number {
  const bracket = head.indexOf('[', at);
  const close = head.indexOf('>', at);
  if (bracket >= 0 && (close < 0 || bracket < close)) {
    const end = head.indexOf(']', bracket);
    return end < 0 ? -1 : head.indexOf('>', end);
  }
  return close;
}

/**
 * XLIFF major version from the root element's own `version` attribute and namespace (never
 * from attributes of other namespaces such as Okapi's `its:version="2.0"`): the 2.0 namespace
 * or a version 2.x means XLIFF 2, anything else (1.x namespaces, none) XLIFF 1.2.
 */
export function sniffXliffVersion(head: string): 'xliff12' | 'xliff21' {
  const tag = rootStartTag(head) ?? head.slice(0, 4096);
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>"']+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs.set(m[1]!, m[3] ?? m[4] ?? '');
  const ns = attrs.get(prefix ? `xmlns:${prefix}` : 'xmlns');
  if (ns === XLIFF2_NS) return 'xliff21';
  if (ns !== undefined && ns.startsWith('urn:oasis:names:tc:xliff:document:1.')) return 'xliff12';
  return /^2\./.test(attrs.get('version') ?? '') ? 'xliff21' : 'xliff12';
}

/** Reader options per format; each reader ignores the others. */
export interface ReadOptions {
  tmx?: TmxReaderOptions;
  xliff?: XliffReaderOptions;
  csv?: { sourceLang?: string; targetLang?: string };
}

/** How far the XLIFF dispatcher buffers while looking for the root element. */
const SNIFF_LIMIT = 64 * 1024;

/**
 * A push reader for any format: write chunks, get units. For `xliff` the version is sniffed
 * from the root element (the text is buffered until its start tag has arrived).
 */
export function createUnitReader(format: FileFormat | UnitFormat, opts: ReadOptions = {}): UnitReader {
  switch (format) {
    case 'tmx':
      return createTmxReader(opts.tmx);
    case 'xliff12':
      return createXliff12Reader(opts.xliff);
    case 'xliff21':
      return createXliff21Reader(opts.xliff);
    case 'xliff': {
      let inner: UnitReader | undefined;
      let pending = '';
      const start = (head: string): UnitReader => {
        inner = sniffXliffVersion(head) === 'xliff21' ? createXliff21Reader(opts.xliff) : createXliff12Reader(opts.xliff);
        return inner;
      };
      return {
        write(chunk) {
          if (inner) return inner.write(chunk);
          pending += chunk;
          if (pending.length < SNIFF_LIMIT && rootStartTag(pending) === undefined) return [];
          const p = pending;
          pending = '';
          return start(p).write(p);
        },
        end() {
          if (inner) return inner.end();
          const p = pending;
          pending = '';
          const r = start(p);
          return [...r.write(p), ...r.end()];
        },
        get stats() {
          return inner?.stats ?? EMPTY_STATS;
        },
      };
    }
    case 'csv':
    case 'tsv':
      return createCsvReader({ ...(format === 'tsv' ? { delimiter: '\t' as const } : {}), ...opts.csv });
    default:
      throw new SverkaError('UNSUPPORTED', `Unknown format ${JSON.stringify(format)}`);
  }
}

const EMPTY_STATS: Readonly<ReadStats> = Object.freeze(createReadStats());

/** Parses a whole document of the given format. */
export function parseUnits(format: FileFormat | UnitFormat, text: string, opts?: ReadOptions): TranslationUnit[] {
  return readUnits(format, text, opts).units;
}

/** Parses a whole document and reports what was read and skipped. */
export function readUnits(format: FileFormat | UnitFormat, text: string, opts?: ReadOptions): { units: TranslationUnit[]; stats: ReadStats } {
  const r = createUnitReader(format, opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units, stats: r.stats };
}

export interface WriteOptions {
  tmx?: TmxWriteOptions & { header?: TmxWriteHeader };
  xliff12?: Xliff12WriteOptions;
  xliff21?: Xliff21WriteOptions;
  csv?: CsvWriteOptions;
  /** DOCX and HTML: the document's title. */
  document?: BilingualDocxOptions & HtmlReportOptions;
  /** The fact-check report (`factcheck-html`, `factcheck-docx`): quotations with flags and verdicts. */
  factCheck?: FactCheckReport;
}

/**
 * Every format an export writes: the exchange formats, the bilingual DOCX table and HTML
 * report, and the fact-check report (quotations, flags, verdicts) as HTML or DOCX.
 */
export type ExportFormat = UnitFormat | 'docx' | 'html' | 'factcheck-html' | 'factcheck-docx';

/** File extension per export format; both XLIFF versions end in .xlf, as CAT tools expect. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  tmx: 'tmx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  csv: 'csv',
  tsv: 'tsv',
  docx: 'docx',
  html: 'html',
  'factcheck-html': 'fact-check.html',
  'factcheck-docx': 'fact-check.docx',
};

/**
 * The one export dispatcher: units in `format`, as chunks for writing a large export to a
 * stream. Exchange formats come as text chunks; a DOCX comes as one block of bytes.
 */
export function exportChunks(format: UnitFormat, units: Iterable<TranslationUnit>, opts?: WriteOptions): Iterable<string>;
export function exportChunks(format: ExportFormat, units: Iterable<TranslationUnit>, opts?: WriteOptions): Iterable<string | Uint8Array>;
export function exportChunks(format: ExportFormat, units: Iterable<TranslationUnit>, opts: WriteOptions = {}): Iterable<string | Uint8Array> {
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
    case 'docx':
      return [writeBilingualDocx(units, opts.document)];
    case 'html':
      return [renderHtmlReport(units, opts.document)];
    case 'factcheck-html':
      return [renderFactCheckHtml(factCheckOf(opts))];
    case 'factcheck-docx':
      return [writeFactCheckDocx(factCheckOf(opts), opts.document?.mtime)];
    default:
      throw new SverkaError('UNSUPPORTED', `Unknown format ${JSON.stringify(format)}`);
  }
}

/** The fact-check report is built from the project's fidelity results, not from units alone. */
function factCheckOf(opts: WriteOptions): FactCheckReport {
  if (!opts.factCheck) throw new SverkaError('BAD_REQUEST', 'A fact-check report needs the quotations with their fidelity (WriteOptions.factCheck).');
  return opts.factCheck;
}

/** Serialises units of an exchange format as one string (see `exportChunks`). */
export function serializeUnits(format: UnitFormat, units: Iterable<TranslationUnit>, opts?: WriteOptions): string {
  return joinChunks(exportChunks(format, units, opts));
}
