import { ParseError } from '../../errors';
import { canonicalDate, type TranslationUnit } from '../model';
import { createReadStats, noteLine, recordSkip, unitReader, type UnitReader } from '../read-kit';
import { setOwn } from '../tmx/header';
import { cellToInline, CSV_COLUMNS, unguardCell, type CsvColumn } from './columns';

export interface CsvReaderOptions {
  /**
   * `,`, `;` or `\t` (TSV; same quoting rules). By default `,`, or `;` when the first record
   * has semicolons and no comma outside quotes (spreadsheets in German and Russian locales).
   */
  delimiter?: ',' | '\t' | ';';
  /** Languages for files without source_lang / target_lang columns. */
  sourceLang?: string;
  targetLang?: string;
  /** Longest field in characters (default 1,048,576). */
  maxFieldChars?: number;
  /** Most fields in a row (default 10,000). */
  maxFields?: number;
}

export interface CsvReader extends UnitReader {
  /** Header row as read (after the first record); `[]` for a file without header row. */
  readonly columns: readonly string[] | undefined;
}

/** Columns the reader knows: the writer's fixed ones and the side-note columns it adds when needed. */
type ReadColumn = CsvColumn | 'source_note' | 'target_note';

const KNOWN = new Set<string>([...CSV_COLUMNS, 'source_note', 'target_note']);

/**
 * Streaming RFC 4180 reader: quoted fields with doubled quotes, embedded newlines and
 * delimiters, CRLF or LF line ends, optional UTF-8 BOM, blank lines skipped. The first record
 * is the header; columns are matched case-insensitively. Columns `prop:<key>` and unknown
 * columns become props, `note_<n>` further notes (`source_note_<n>`/`target_note_<n>` further
 * side notes); empty cells mean "absent".
 *
 * A first record without `source` and `target` columns is not a header: such a file (a
 * glossary, a Magento or OmegaT CSV) is read as source, target and an optional note per
 * record, in the languages given; a first record that names the two columns' languages (`ru,de`,
 * `Deutsch;Russisch`) is their header and gives them their languages. A record that cannot be read (another number of fields than
 * the header, a broken tags cell, no language) is skipped and counted in `stats` with its line.
 */
export function createCsvReader(opts: CsvReaderOptions = {}): CsvReader {
  // '' until the first record shows the delimiter (see CsvReaderOptions.delimiter).
  let delim: string = opts.delimiter ?? '';
  let head = '';
  const maxField = opts.maxFieldChars ?? 1_048_576;
  const maxFields = opts.maxFields ?? 10_000;
  const out: TranslationUnit[] = [];
  const stats = createReadStats();
  let header: string[] | undefined;
  let index: Partial<Record<ReadColumn, number>> = {};
  /** Languages a header row of language names gave the source and target columns. */
  let columnLangs: { source: string; target: string } | undefined;
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

  function handleRecord(raw: string[], at: number): void {
    const rec = raw.map(unguardCell);
    if (!header) {
      const idx: Partial<Record<ReadColumn, number>> = {};
      rec.forEach((h, i) => {
        const k = h.trim().toLowerCase();
        if (KNOWN.has(k) && idx[k as ReadColumn] === undefined) idx[k as ReadColumn] = i;
      });
      if (idx.source !== undefined || idx.target !== undefined || idx.source_lang !== undefined || idx.target_lang !== undefined) {
        for (const need of ['source', 'target'] as const) {
          if (idx[need] === undefined) fail('csv-header', `The header row has no "${need}" column`, { line: at, column: 1 });
        }
        header = rec.map((h) => h.trim());
        index = idx;
        return;
      }
      if (rec.length < 2) fail('csv-header', 'The first row has neither "source" and "target" columns nor two columns of text', { line: at, column: 1 });
      // No header row: source, target and a note by position; this record is data, unless
      // it names the languages of the two columns (`ru,de`, `de-DE;ru-RU`, `Russisch,Deutsch`).
      header = [];
      index = { source: 0, target: 1, note: 2 };
      const named = columnLanguages(rec, opts);
      if (named) {
        columnLangs = named.langs;
        if (named.swap) index = { source: 1, target: 0, note: 2 };
        return;
      }
    }
    stats.found++;
    const headless = header.length === 0;
    if (headless ? rec.length < 2 : rec.length !== header.length) {
      const want = headless ? 'at least 2' : String(header.length);
      return recordSkip(stats, 'ragged', at, `Record has ${rec.length} fields, ${headless ? 'needs' : 'the header has'} ${want}`);
    }
    const get = (c: ReadColumn): string => {
      const i = index[c];
      return i === undefined ? '' : (rec[i] ?? '');
    };
    const sourceLang = get('source_lang').trim() || columnLangs?.source || opts.sourceLang || '';
    const targetLang = get('target_lang').trim() || columnLangs?.target || opts.targetLang || '';
    if (sourceLang === '' || targetLang === '') {
      return recordSkip(stats, 'no-language', at, `No ${sourceLang === '' ? 'source' : 'target'} language in the record and none given`);
    }
    let source: TranslationUnit['source'];
    let target: TranslationUnit['target'];
    try {
      source = cellToInline(get('source'), get('source_tags'), { line: at, column: 'source' });
      target = cellToInline(get('target'), get('target_tags'), { line: at, column: 'target' });
    } catch (e) {
      return recordSkip(stats, 'tags', at, e instanceof Error ? e.message : String(e));
    }
    const u: TranslationUnit = { sourceLang, targetLang, source, target, props: {}, notes: [] };
    const id = get('id');
    if (id !== '') u.id = id;
    for (const k of ['created', 'changed'] as const) {
      // An impossible date is dropped: the unit is worth more than its time stamp.
      const d = canonicalDate(get(k).trim());
      if (d !== undefined) u[k] = d;
    }
    for (const k of ['creator', 'changer'] as const) {
      const v = get(k);
      if (v !== '') u[k] = v;
    }
    const note = get('note');
    if (note !== '') u.notes.push(note);
    const status = get('status');
    if (status !== '') u.props.status = status;
    const sideNotes: Record<'source' | 'target', string[]> = { source: [], target: [] };
    for (const side of ['source', 'target'] as const) {
      const first = get(`${side}_note`);
      if (first !== '') sideNotes[side].push(first);
    }
    header.forEach((h, i) => {
      const v = rec[i] ?? '';
      const k = h.toLowerCase();
      if (v === '' || (KNOWN.has(k) && index[k as ReadColumn] === i)) return;
      const side = /^(source|target)_note_\d+$/i.exec(h)?.[1]?.toLowerCase() as 'source' | 'target' | undefined;
      if (side) sideNotes[side].push(v);
      else if (/^note_\d+$/i.test(h)) u.notes.push(v);
      else setOwn(u.props, h.startsWith('prop:') ? h.slice(5) : h, v);
    });
    if (sideNotes.source.length > 0) u.sourceNotes = sideNotes.source;
    if (sideNotes.target.length > 0) u.targetNotes = sideNotes.target;
    out.push(noteLine(u, at));
    stats.read++;
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

  const reader = unitReader(
    {
      feed(chunk) {
        if (failed) throw failed;
        if (ended) throw new ParseError('write() after end()', { line, column: col, reason: 'structure' });
        if (!started && chunk !== '') {
          started = true;
          if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
          if (chunk.slice(0, 512).includes('\u0000') || chunk.charCodeAt(0) === 0xfffe) {
            fail('utf16', 'The text contains NUL characters: it looks like UTF-16 decoded as an 8-bit encoding; decode the file with its real encoding first', { line: 1, column: 1 });
          }
        }
        if (delim === '') {
          head += chunk;
          // (Rescanned only when a line end arrives: a long first record fed in small pieces stays linear.)
          if (!/[\r\n]/.test(chunk) && head.length <= SNIFF_CHARS) return;
          const found = sniffDelimiter(head, head.length > SNIFF_CHARS);
          if (found === undefined) return;
          delim = found;
          chunk = head;
          head = '';
        }
        feed(chunk);
      },
      finish() {
        if (failed) throw failed;
        if (ended) return;
        if (delim === '') {
          delim = sniffDelimiter(head, true) as string;
          feed(head);
          head = '';
        }
        ended = true;
        if (inQuotes) fail('csv-quote', 'A quoted field is never closed', { line: quoteLine, column: quoteCol });
        if (field !== '' || fields.length > 0 || afterQuote) endRecord();
        if (!header) fail('empty', 'The file is empty', { line: 1, column: 1 });
      },
    },
    out,
    stats,
  );
  return {
    ...reader,
    get columns() {
      return header;
    },
  };
}

/** Longest first record looked at for its delimiter. */
const SNIFF_CHARS = 65_536;

/**
 * `;` when the first record (up to its line end outside quotes) has semicolons and no comma
 * outside quotes, else `,`; undefined while the record has not ended and `final` is false.
 */
function sniffDelimiter(text: string, final: boolean): ',' | ';' | undefined {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    else if (c === '\n' || c === '\r') return semicolons > 0 && commas === 0 ? ';' : ',';
  }
  return final ? (semicolons > 0 && commas === 0 ? ';' : ',') : undefined;
}

/** Names of the languages Sverka works in, as spreadsheet headers write them (lower case). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  russian: 'ru',
  russisch: 'ru',
  'русский': 'ru',
  german: 'de',
  deutsch: 'de',
  'немецкий': 'de',
  english: 'en',
  englisch: 'en',
  'английский': 'en',
};
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** A header cell as a language: a tag (`ru`, `de-DE`) kept as written, or a name as its code. */
function languageOf(cell: string): string | undefined {
  const c = cell.trim();
  const named = LANGUAGE_NAMES[c.toLowerCase()];
  if (named) return named;
  return LANGUAGE_TAG.test(c) ? c.replace(/_/g, '-') : undefined;
}

const primary = (tag: string): string => (tag.toLowerCase().split('-')[0] as string);

/**
 * The languages of the first two columns when the first row names them. Word pairs of a
 * glossary look like tags too (`die,the`), so two tags count only when they are the languages
 * given for the file (either order; `swap` when the first column holds the target language),
 * or, with none given, two different languages Sverka works in.
 */
function columnLanguages(rec: readonly string[], opts: CsvReaderOptions): { langs: { source: string; target: string }; swap: boolean } | undefined {
  const a = languageOf(rec[0] ?? '');
  const b = languageOf(rec[1] ?? '');
  if (a === undefined || b === undefined || primary(a) === primary(b)) return undefined;
  if (opts.sourceLang && opts.targetLang) {
    const s = primary(opts.sourceLang);
    const t = primary(opts.targetLang);
    if (primary(a) === s && primary(b) === t) return { langs: { source: a, target: b }, swap: false };
    if (primary(a) === t && primary(b) === s) return { langs: { source: b, target: a }, swap: true };
    return undefined;
  }
  const known = new Set(Object.values(LANGUAGE_NAMES));
  return known.has(primary(a)) && known.has(primary(b)) ? { langs: { source: a, target: b }, swap: false } : undefined;
}

/** Parses a whole CSV/TSV text. */
export function parseCsv(text: string, opts?: CsvReaderOptions): { units: TranslationUnit[]; columns: readonly string[]; stats: CsvReader['stats'] } {
  const r = createCsvReader(opts);
  const units = r.write(text);
  for (const u of r.end()) units.push(u);
  return { units, columns: r.columns ?? [], stats: r.stats };
}
