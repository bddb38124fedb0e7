import { ParseError } from '../../errors';
import { canonicalDate, type TranslationUnit } from '../model';
import { setOwn } from '../tmx/header';
import { cellToInline, type CsvColumn } from './columns';

export interface CsvReaderOptions {
  /** `,` (default) or `\t` (TSV; same quoting rules). */
  delimiter?: ',' | '\t' | ';';
  /** Languages for files without source_lang / target_lang columns. */
  sourceLang?: string;
  targetLang?: string;
  /** Longest field in characters (default 1,048,576). */
  maxFieldChars?: number;
  /** Most fields in a row (default 10,000). */
  maxFields?: number;
}

export interface CsvReader {
  write(chunk: string): TranslationUnit[];
  end(): TranslationUnit[];
  /** Header row as read (after the first record). */
  readonly columns: readonly string[] | undefined;
}

const KNOWN = new Set<string>(['source_lang', 'target_lang', 'source', 'target', 'status', 'note', 'id', 'created', 'changed', 'creator', 'changer', 'source_tags', 'target_tags']);

/**
 * Streaming RFC 4180 reader: quoted fields with doubled quotes, embedded newlines and
 * delimiters, CRLF or LF line ends, optional UTF-8 BOM, blank lines skipped. The first record
 * is the header; columns are matched case-insensitively. Columns `prop:<key>` and unknown
 * columns become props, `note_<n>` further notes; empty cells mean "absent". A record with a
 * different number of fields than the header is a ParseError naming its line.
 */
export function createCsvReader(opts: CsvReaderOptions = {}): CsvReader {
  const delim = opts.delimiter ?? ',';
  const maxField = opts.maxFieldChars ?? 1_048_576;
  const maxFields = opts.maxFields ?? 10_000;
  let out: TranslationUnit[] = [];
  let header: string[] | undefined;
  let index: Partial<Record<CsvColumn, number>> = {};
  let started = false;
  let ended = false;
  let failed: ParseError | undefined;

  // Parser state.
  let line = 1;
  let col = 0;
  let recordLine = 1;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quoteLine = 0;
  let quoteCol = 0;
  let afterQuote = false;
  let pendingCR = false;
  let fieldStarted = false;
  let lastWasCR = false;

  const fail = (reason: string, message: string, at: { line: number; column: number }): never => {
    failed = new ParseError(message, { ...at, reason });
    throw failed;
  };

  function endField(): void {
    fields.push(field);
    if (fields.length > maxFields) fail('limit', `A record has more than ${maxFields} fields`, { line: recordLine, column: col });
    field = '';
    afterQuote = false;
    fieldStarted = false;
  }

  function endRecord(): void {
    endField();
    const rec = fields;
    fields = [];
    const startLine = recordLine;
    recordLine = line + 1;
    if (rec.length === 1 && rec[0] === '') return; // blank line
    handleRecord(rec, startLine);
  }

  function handleRecord(rec: string[], at: number): void {
    if (!header) {
      header = rec.map((h) => h.trim());
      const idx: Partial<Record<CsvColumn, number>> = {};
      header.forEach((h, i) => {
        const k = h.toLowerCase();
        if (KNOWN.has(k) && idx[k as CsvColumn] === undefined) idx[k as CsvColumn] = i;
      });
      for (const need of ['source', 'target'] as const) {
        if (idx[need] === undefined) fail('csv-header', `The header row has no "${need}" column`, { line: at, column: 1 });
      }
      if (idx.source_lang === undefined && opts.sourceLang === undefined) fail('csv-header', 'The header row has no "source_lang" column and no source language was given', { line: at, column: 1 });
      if (idx.target_lang === undefined && opts.targetLang === undefined) fail('csv-header', 'The header row has no "target_lang" column and no target language was given', { line: at, column: 1 });
      index = idx;
      return;
    }
    if (rec.length !== header.length) {
      fail('csv-ragged', `Record has ${rec.length} fields, the header has ${header.length}`, { line: at, column: 1 });
    }
    const get = (c: CsvColumn): string => {
      const i = index[c];
      return i === undefined ? '' : (rec[i] ?? '');
    };
    const sourceLang = get('source_lang').trim() || opts.sourceLang || '';
    const targetLang = get('target_lang').trim() || opts.targetLang || '';
    if (sourceLang === '') fail('lang', 'Empty source_lang', { line: at, column: (index.source_lang ?? 0) + 1 });
    if (targetLang === '') fail('lang', 'Empty target_lang', { line: at, column: (index.target_lang ?? 0) + 1 });
    const u: TranslationUnit = {
      sourceLang,
      targetLang,
      source: cellToInline(get('source'), get('source_tags'), { line: at, column: 'source' }),
      target: cellToInline(get('target'), get('target_tags'), { line: at, column: 'target' }),
      props: {},
      notes: [],
    };
    const id = get('id');
    if (id !== '') u.id = id;
    for (const k of ['created', 'changed'] as const) {
      const v = get(k).trim();
      if (v === '') continue;
      const d = canonicalDate(v);
      if (d === undefined) fail('date', `Invalid ${k} date ${JSON.stringify(v)}`, { line: at, column: (index[k] ?? 0) + 1 });
      u[k] = d;
    }
    for (const k of ['creator', 'changer'] as const) {
      const v = get(k);
      if (v !== '') u[k] = v;
    }
    const note = get('note');
    if (note !== '') u.notes.push(note);
    const status = get('status');
    if (status !== '') u.props.status = status;
    (header as string[]).forEach((h, i) => {
      const v = rec[i] ?? '';
      const k = h.toLowerCase();
      if (v === '' || (KNOWN.has(k) && index[k as CsvColumn] === i)) return;
      if (/^note_\d+$/i.test(h)) u.notes.push(v);
      else setOwn(u.props, h.startsWith('prop:') ? h.slice(5) : h, v);
    });
    out.push(u);
  }

  function feed(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      const prevCR = lastWasCR;
      lastWasCR = c === '\r';
      if (pendingCR) {
        pendingCR = false;
        if (c === '\n') {
          // CRLF already ended the record at the CR.
          continue;
        }
      }
      col++;
      if (inQuotes) {
        if (c === '"') {
          inQuotes = false;
          afterQuote = true;
        } else {
          field += c;
          // CRLF inside a field counts as one line; the CR already did.
          if (c === '\r' || (c === '\n' && !prevCR)) {
            line++;
            col = 0;
          }
        }
      } else if (afterQuote && c === '"') {
        // Doubled quote inside a quoted field.
        field += '"';
        inQuotes = true;
        afterQuote = false;
      } else if (c === delim) {
        endField();
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') pendingCR = true;
        endRecord();
        line++;
        col = 0;
      } else if (afterQuote) {
        fail('csv-quote', `Character ${JSON.stringify(c)} after a closing quote (a quote inside a quoted field must be doubled)`, { line, column: col });
      } else if (c === '"' && !fieldStarted) {
        inQuotes = true;
        quoteLine = line;
        quoteCol = col;
        fieldStarted = true;
      } else {
        field += c;
        fieldStarted = true;
      }
      if (field.length > maxField) fail('limit', `A field is longer than ${maxField} characters`, { line: recordLine, column: col });
    }
  }

  function drain(): TranslationUnit[] {
    const u = out;
    out = [];
    return u;
  }

  return {
    write(chunk) {
      if (failed) throw failed;
      if (ended) throw new ParseError('write() after end()', { line, column: col, reason: 'structure' });
      if (!started && chunk !== '') {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
        if (chunk.slice(0, 512).includes('\u0000') || chunk.charCodeAt(0) === 0xfffe) {
          fail('utf16', 'The text contains NUL characters: it looks like UTF-16 decoded as an 8-bit encoding; decode the file with its real encoding first', { line: 1, column: 1 });
        }
      }
      feed(chunk);
      return drain();
    },
    end() {
      if (failed) throw failed;
      if (ended) return [];
      ended = true;
      if (inQuotes) fail('csv-quote', 'A quoted field is never closed', { line: quoteLine, column: quoteCol });
      if (field !== '' || fields.length > 0 || afterQuote) endRecord();
      if (!header) fail('empty', 'The file is empty', { line: 1, column: 1 });
      return drain();
    },
    get columns() {
      return header;
    },
  };
}

/** Parses a whole CSV/TSV text. */
export function parseCsv(text: string, opts?: CsvReaderOptions): { units: TranslationUnit[]; columns: readonly string[] } {
  const r = createCsvReader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units, columns: r.columns ?? [] };
}
