import { pushDefaultedValues, type TmUnitRow } from '../../db/repositories/tm';

/**
 * Rows as they cross from the import's reading thread to its writing thread: their strings in
 * one flat array, their numbers in one typed array, and per row which optional columns it
 * carries. Copying that across (a structured clone) cost about a quarter of copying the row
 * objects themselves, and a tenth of joining the strings into one and slicing it apart again.
 */
export interface RowBatch {
  count: number;
  /** Per row, which of `OPTIONAL_COLUMNS` differ from their defaults (bit i = OPTIONAL_COLUMNS[i]). */
  shapes: Int32Array;
  strings: string[];
  numbers: Float64Array;
}

/**
 * The columns a row carries only when they differ from their default, in the bit order of
 * `RowBatch.shapes` (the order `TmRepository` binds them in; `pushDefaultedValues` packs them).
 * Unpacking spells the columns out one by one: a loop over column names read each property by a
 * computed key and cost several times as much per row.
 */
export const OPTIONAL_COLUMNS = [
  'source_inline', 'target_inline', 'reviewed', 'status', 'project_id', 'document_id', 'link_id', 'source_start', 'source_end',
  'target_start', 'target_end', 'import_id', 'tuid', 'creator', 'changer', 'reviewer', 'props', 'notes', 'source_notes', 'target_notes',
] as const satisfies readonly (keyof TmUnitRow)[];

/** Packs rows for the writing thread (see `RowBatch`). */
export function packRows(rows: readonly TmUnitRow[]): RowBatch {
  const shapes = new Int32Array(rows.length);
  const s: string[] = [];
  const n: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    s.push(r.source_lang, r.target_lang, r.source, r.target, r.source_key, r.target_key, r.origin, r.created_at, r.changed_at);
    n.push(r.source_hash);
    shapes[i] = pushDefaultedValues(r, s, n);
  }
  return { count: rows.length, shapes, strings: s, numbers: Float64Array.from(n) };
}

/** The rows of a batch, as `packRows` was given them. */
export function unpackRows(b: RowBatch): TmUnitRow[] {
  const out = new Array<TmUnitRow>(b.count);
  const { strings, numbers } = b;
  let si = 0;
  let ni = 0;
  const str = (): string => strings[si++]!;
  const num = (): number => numbers[ni++]!;
  for (let i = 0; i < b.count; i++) {
    const sh = b.shapes[i]!;
    // Properties are evaluated in source order: the order `packRows` wrote them in.
    out[i] = {
      source_lang: str(),
      target_lang: str(),
      source: str(),
      target: str(),
      source_key: str(),
      target_key: str(),
      origin: str() as TmUnitRow['origin'],
      created_at: str(),
      changed_at: str(),
      source_hash: num(),
      source_inline: sh & (1 << 0) ? str() : null,
      target_inline: sh & (1 << 1) ? str() : null,
      reviewed: sh & (1 << 2) ? (num() as 0 | 1) : 0,
      status: sh & (1 << 3) ? str() : null,
      project_id: sh & (1 << 4) ? num() : null,
      document_id: sh & (1 << 5) ? num() : null,
      link_id: sh & (1 << 6) ? num() : null,
      source_start: sh & (1 << 7) ? num() : null,
      source_end: sh & (1 << 8) ? num() : null,
      target_start: sh & (1 << 9) ? num() : null,
      target_end: sh & (1 << 10) ? num() : null,
      import_id: sh & (1 << 11) ? num() : null,
      tuid: sh & (1 << 12) ? str() : null,
      creator: sh & (1 << 13) ? str() : null,
      changer: sh & (1 << 14) ? str() : null,
      reviewer: sh & (1 << 15) ? str() : null,
      props: sh & (1 << 16) ? str() : '{}',
      notes: sh & (1 << 17) ? str() : '[]',
      source_notes: sh & (1 << 18) ? str() : '[]',
      target_notes: sh & (1 << 19) ? str() : '[]',
    };
  }
  return out;
}
