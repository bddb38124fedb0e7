import type { TranslationUnit } from '../model';
import { CSV_COLUMNS, guardCell, inlineToCell } from './columns';

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
   * Write cells that start with `=`, `+`, `-`, `@` (or tab/CR) as they are, so that a
   * spreadsheet runs them as formulas. Default false: such cells are guarded with a leading
   * `'` (see `guardCell`; the reader removes it again), because a memory from elsewhere can
   * carry `=cmd|' /C calc'!A0`.
   */
  allowFormulas?: boolean;
  /** Side-note columns (`source_note`, `source_note_2`, ...); default: the most any unit has. */
  sideNoteColumns?: { source: number; target: number };
}

/**
 * RFC 4180 CSV (or TSV with the same quoting): CRLF between records, fields quoted when they
 * hold the delimiter, a quote, CR or LF, quotes doubled. Header: source_lang, target_lang,
 * source, target, status, note, id, created, changed, creator, changer, source_tags,
 * target_tags, note_2.., source_note.., target_note.., prop:<key>... (see `inlineToCell` for
 * tags). Cells a spreadsheet would run as formulas are guarded unless `allowFormulas`.
 */
export function* serializeCsvChunks(units: Iterable<TranslationUnit>, opts: CsvWriteOptions = {}): Generator<string, void, undefined> {
  const delim = opts.delimiter ?? ',';
  const chunkChars = opts.chunkChars ?? 65_536;
  let list: Iterable<TranslationUnit> = units;
  let propKeys = opts.propKeys;
  let noteCols = opts.noteColumns;
  let sideCols = opts.sideNoteColumns;
  if (propKeys === undefined || noteCols === undefined || sideCols === undefined) {
    const all = [...units];
    list = all;
    if (propKeys === undefined) {
      const keys = new Set<string>();
      for (const u of all) for (const k of Object.keys(u.props)) if (k !== 'status') keys.add(k);
      propKeys = [...keys];
    }
    noteCols ??= Math.max(1, ...all.map((u) => u.notes.length));
    sideCols ??= {
      source: Math.max(0, ...all.map((u) => u.sourceNotes?.length ?? 0)),
      target: Math.max(0, ...all.map((u) => u.targetNotes?.length ?? 0)),
    };
  }
  const keys = propKeys.filter((k) => k !== 'status');
  const guard = opts.allowFormulas !== true;
  const quote = (v: string): string => (v.includes(delim) || /["\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const q = (v: string): string => quote(guard ? guardCell(v) : v);
  const headerCells: string[] = [...CSV_COLUMNS];
  for (let i = 2; i <= noteCols; i++) headerCells.push(`note_${i}`);
  for (const side of ['source', 'target'] as const) {
    for (let i = 1; i <= sideCols[side]; i++) headerCells.push(i === 1 ? `${side}_note` : `${side}_note_${i}`);
  }
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
    for (let i = 0; i < sideCols.source; i++) cells.push(u.sourceNotes?.[i] ?? '');
    for (let i = 0; i < sideCols.target; i++) cells.push(u.targetNotes?.[i] ?? '');
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
