import type { TranslationUnit } from '../model';
import { CSV_COLUMNS, inlineToCell } from './columns';

export interface CsvWriteOptions {
  /** `,` (default), `\t` for TSV, `;` for spreadsheets in locales with a decimal comma. */
  delimiter?: ',' | '\t' | ';';
  /** Prepend U+FEFF so that Excel opens the UTF-8 file as UTF-8. */
  bom?: boolean;
  /**
   * Prop keys to give columns (`prop:<key>`). Default: every key found in the units, in order
   * of first appearance (which needs all units in memory; pass keys to stream).
   */
  propKeys?: readonly string[];
  /** How many note columns (default: the most notes any unit has, at least 1). */
  noteColumns?: number;
  chunkChars?: number;
  /**
   * Prefix cells starting with `=`, `+`, `-`, `@` (or tab/CR) with `'` so a spreadsheet shows
   * them as text instead of running them as formulas (CSV injection from untrusted memories).
   * Off by default because it changes the data: such a file does not read back unchanged.
   */
  guardFormulas?: boolean;
}

/**
 * RFC 4180 CSV (or TSV with the same quoting): CRLF between records, fields quoted when they
 * hold the delimiter, a quote, CR or LF, quotes doubled. Header: source_lang, target_lang,
 * source, target, status, note, id, created, changed, creator, changer, source_tags,
 * target_tags, note_2.., prop:<key>... (see `inlineToCell` for tags).
 */
export function* serializeCsvChunks(units: Iterable<TranslationUnit>, opts: CsvWriteOptions = {}): Generator<string, void, undefined> {
  const delim = opts.delimiter ?? ',';
  const chunkChars = opts.chunkChars ?? 65_536;
  let list: Iterable<TranslationUnit> = units;
  let propKeys = opts.propKeys;
  let noteCols = opts.noteColumns;
  if (propKeys === undefined || noteCols === undefined) {
    const all = [...units];
    list = all;
    if (propKeys === undefined) {
      const keys = new Set<string>();
      for (const u of all) for (const k of Object.keys(u.props)) if (k !== 'status') keys.add(k);
      propKeys = [...keys];
    }
    noteCols ??= Math.max(1, ...all.map((u) => u.notes.length));
  }
  const keys = propKeys.filter((k) => k !== 'status');
  const guard = opts.guardFormulas === true;
  const quote = (v: string): string => (v.includes(delim) || /["\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const q = (v: string): string => quote(guard && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const headerCells: string[] = [...CSV_COLUMNS];
  for (let i = 2; i <= noteCols; i++) headerCells.push(`note_${i}`);
  for (const k of keys) headerCells.push(`prop:${k}`);
  let buf = (opts.bom ? '\uFEFF' : '') + headerCells.map(q).join(delim) + '\r\n';
  for (const u of list) {
    const src = inlineToCell(u.source);
    const tgt = inlineToCell(u.target);
    const cells = [
      u.sourceLang,
      u.targetLang,
      src.text,
      tgt.text,
      u.props.status ?? '',
      u.notes[0] ?? '',
      u.id ?? '',
      u.created ?? '',
      u.changed ?? '',
      u.creator ?? '',
      u.changer ?? '',
      src.tags,
      tgt.tags,
    ];
    for (let i = 1; i < noteCols; i++) cells.push(u.notes[i] ?? '');
    for (const k of keys) cells.push(u.props[k] ?? '');
    buf += cells.map(q).join(delim) + '\r\n';
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  yield buf;
}

export function serializeCsv(units: Iterable<TranslationUnit>, opts?: CsvWriteOptions): string {
  let s = '';
  for (const c of serializeCsvChunks(units, opts)) s += c;
  return s;
}
