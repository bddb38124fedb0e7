import type { Statement } from 'better-sqlite3';
import type { InlineText } from '../../../shared/formats/model';
import type { HashIds } from '../../../shared/tm/hash-ids';
import type { TmOrigin } from '../../../shared/tm/score';
import type { TmStats, TmUnit } from '../../../shared/tm/types';
import type { Db } from '../connection';

/** A unit ready for storage: keys and hash computed, JSON serialised. */
export interface TmUnitRow {
  source_lang: string;
  target_lang: string;
  source: string;
  target: string;
  source_inline: string | null;
  target_inline: string | null;
  source_key: string;
  target_key: string;
  source_hash: number;
  origin: TmOrigin;
  reviewed: 0 | 1;
  status: string | null;
  project_id: number | null;
  document_id: number | null;
  link_id: number | null;
  source_start: number | null;
  source_end: number | null;
  target_start: number | null;
  target_end: number | null;
  import_id: number | null;
  tuid: string | null;
  creator: string | null;
  changer: string | null;
  reviewer: string | null;
  created_at: string;
  changed_at: string;
  props: string;
  notes: string;
  /** Notes on the source / target side only (JSON arrays; see migration 0031). */
  source_notes: string;
  target_notes: string;
}

/** A stored row as read back (with id). */
export interface StoredTmRow extends TmUnitRow {
  id: number;
}

const COLUMNS = `id, source_lang, target_lang, source, target, source_inline, target_inline, source_key, target_key,
  source_hash, origin, reviewed, status, project_id, document_id, link_id, source_start, source_end, target_start,
  target_end, import_id, tuid, creator, changer, reviewer, created_at, changed_at, props, notes, source_notes, target_notes`;

/** What a fuzzy lookup scores a candidate by: its full row is read only if it scores. */
export type CandidateRow = Pick<StoredTmRow, 'id' | 'source_lang' | 'target_lang' | 'source' | 'source_key' | 'origin' | 'reviewed' | 'changed_at'>;

const CANDIDATE_COLUMNS = 'id, source_lang, target_lang, source, source_key, origin, reviewed, changed_at';

/** Columns every insert binds: they have no default. */
const REQUIRED_COLUMNS = [
  'source_lang', 'target_lang', 'source', 'target', 'source_key', 'target_key', 'source_hash', 'origin', 'created_at', 'changed_at',
] as const satisfies readonly (keyof TmUnitRow)[];

/** Columns with a default (the schema's: NULL unless given), bound only when a row's value differs from it. */
const DEFAULTED_COLUMNS = [
  ['source_inline', null], ['target_inline', null], ['reviewed', 0], ['status', null], ['project_id', null], ['document_id', null],
  ['link_id', null], ['source_start', null], ['source_end', null], ['target_start', null], ['target_end', null], ['import_id', null],
  ['tuid', null], ['creator', null], ['changer', null], ['reviewer', null], ['props', '{}'], ['notes', '[]'], ['source_notes', '[]'],
  ['target_notes', '[]'],
] as const satisfies readonly (readonly [keyof TmUnitRow, string | number | null])[];

/**
 * Appends the values of `row`'s defaulted columns that differ from their defaults, in the order
 * of DEFAULTED_COLUMNS, the text values to `strings` and the numbers to `numbers` (one array may
 * be both), and returns which columns they are (bit i = DEFAULTED_COLUMNS[i]). The repository's
 * insert binds them; the import's reading thread packs rows with it (services/tm/row-batch.ts).
 * Spelled out column by column: a loop over the column names, reading each property by a computed
 * key, took about ten times as long per row (0.4 against 0.04 µs measured apart), a few percent
 * of the import's writing thread.
 */
export function pushDefaultedValues(row: TmUnitRow, strings: unknown[], numbers: unknown[]): number {
  let shape = 0;
  if (row.source_inline !== null) {
    shape |= 1 << 0;
    strings.push(row.source_inline);
  }
  if (row.target_inline !== null) {
    shape |= 1 << 1;
    strings.push(row.target_inline);
  }
  if (row.reviewed !== 0) {
    shape |= 1 << 2;
    numbers.push(row.reviewed);
  }
  if (row.status !== null) {
    shape |= 1 << 3;
    strings.push(row.status);
  }
  if (row.project_id !== null) {
    shape |= 1 << 4;
    numbers.push(row.project_id);
  }
  if (row.document_id !== null) {
    shape |= 1 << 5;
    numbers.push(row.document_id);
  }
  if (row.link_id !== null) {
    shape |= 1 << 6;
    numbers.push(row.link_id);
  }
  if (row.source_start !== null) {
    shape |= 1 << 7;
    numbers.push(row.source_start);
  }
  if (row.source_end !== null) {
    shape |= 1 << 8;
    numbers.push(row.source_end);
  }
  if (row.target_start !== null) {
    shape |= 1 << 9;
    numbers.push(row.target_start);
  }
  if (row.target_end !== null) {
    shape |= 1 << 10;
    numbers.push(row.target_end);
  }
  if (row.import_id !== null) {
    shape |= 1 << 11;
    numbers.push(row.import_id);
  }
  if (row.tuid !== null) {
    shape |= 1 << 12;
    strings.push(row.tuid);
  }
  if (row.creator !== null) {
    shape |= 1 << 13;
    strings.push(row.creator);
  }
  if (row.changer !== null) {
    shape |= 1 << 14;
    strings.push(row.changer);
  }
  if (row.reviewer !== null) {
    shape |= 1 << 15;
    strings.push(row.reviewer);
  }
  if (row.props !== '{}') {
    shape |= 1 << 16;
    strings.push(row.props);
  }
  if (row.notes !== '[]') {
    shape |= 1 << 17;
    strings.push(row.notes);
  }
  if (row.source_notes !== '[]') {
    shape |= 1 << 18;
    strings.push(row.source_notes);
  }
  if (row.target_notes !== '[]') {
    shape |= 1 << 19;
    strings.push(row.target_notes);
  }
  return shape;
}

/** Columns a bulk insert writes as SQL literals when it can (`TmRepository.insertBulkRow`). */
const BULK_LITERALS = ['source_lang', 'target_lang', 'origin', 'created_at', 'changed_at', 'reviewed', 'import_id'] as const;
type BulkLiteral = (typeof BULK_LITERALS)[number];

/** Bits of `reviewed` and `import_id` in a row's shape (`pushDefaultedValues`). */
const REVIEWED_BIT = 1 << 2;
const IMPORT_BIT = 1 << 11;

/** Statements with literal dates one import may prepare before it binds the dates instead. */
const BULK_DATED_ENTRIES = 32;

/**
 * A bulk insert statement and how a row's values are bound to it: the values `insertBulkRow`
 * puts in its arguments, less those at `drop` (positions, largest first; `reviewed` and
 * `import_id` when they are literals), plus the columns of `tail` (those of `source_lang`,
 * `target_lang`, `origin` and the dates that are not literals).
 */
interface BulkEntry {
  st: Statement;
  drop: number[];
  tail: BulkLiteral[];
}

/** One import's bulk insert statements (`TmRepository.insertBulkRow`), and the last row's values that chose one. */
class BulkInserts {
  readonly entries = new Map<string, BulkEntry>();
  readonly args: unknown[] = [];
  datedEntries = 0;
  datesBound = false;
  lastEntry: BulkEntry | undefined;
  private lastShape = -1;
  private lastRow: Pick<TmUnitRow, BulkLiteral> | undefined;

  /** Whether `row` takes the same statement as the row before it: the same shape and the same values in every literal column. */
  sameAsLast(row: TmUnitRow, shape: number): boolean {
    const l = this.lastRow;
    return (
      l !== undefined &&
      shape === this.lastShape &&
      row.source_lang === l.source_lang &&
      row.target_lang === l.target_lang &&
      row.origin === l.origin &&
      row.created_at === l.created_at &&
      row.changed_at === l.changed_at &&
      row.reviewed === l.reviewed &&
      row.import_id === l.import_id
    );
  }

  remember(row: TmUnitRow, shape: number, entry: BulkEntry): void {
    this.lastEntry = entry;
    this.lastShape = shape;
    const { source_lang, target_lang, origin, created_at, changed_at, reviewed, import_id } = row;
    this.lastRow = { source_lang, target_lang, origin, created_at, changed_at, reviewed, import_id };
  }
}

/** Text that can be written as an SQL literal as it is: printable ASCII without a quote, not too long. */
function isPlainLiteral(v: string): boolean {
  return v.length <= 64 && /^[\x20-\x26\x28-\x7e]*$/.test(v);
}

function sqlLiteral(v: string | number): string {
  return typeof v === 'number' ? String(v) : `'${v}'`;
}

function popCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Page cache of a bulk import's connection (KiB): the table, its hash index and the FTS segments stay in memory. */
const BULK_CACHE_KIB = 32 * 1024;

/** FTS5's 'automerge' while a bulk import builds the indexes, and its documented default. */
const BULK_AUTOMERGE = 16;
const DEFAULT_AUTOMERGE = 4;

/** Each side's trigram index and the column it indexes. */
const FTS = {
  source: { table: 'tm_source_fts', column: 'source_key' },
  target: { table: 'tm_target_fts', column: 'target_key' },
} as const;

/** How much of the database file lookups read through a memory map (`mapForReading`). */
const READ_MAP_BYTES = 1 << 30;

/** What a merge reads of the stored unit a new one matches. */
type SameUnit = { id: number; origin: TmOrigin; notes: string; source_notes: string; target_notes: string };

const ORIGIN_RANK: Record<TmOrigin, number> = { machine: 0, import: 1, human: 2 };

export function rowToUnit(r: StoredTmRow): TmUnit {
  return {
    id: r.id,
    sourceLang: r.source_lang,
    targetLang: r.target_lang,
    source: r.source,
    target: r.target,
    sourceInline: r.source_inline === null ? null : (JSON.parse(r.source_inline) as InlineText),
    targetInline: r.target_inline === null ? null : (JSON.parse(r.target_inline) as InlineText),
    origin: r.origin,
    reviewed: r.reviewed === 1,
    status: r.status,
    provenance: {
      projectId: r.project_id,
      documentId: r.document_id,
      linkId: r.link_id,
      sourceSpan: r.source_start === null || r.source_end === null ? null : { start: r.source_start, end: r.source_end },
      targetSpan: r.target_start === null || r.target_end === null ? null : { start: r.target_start, end: r.target_end },
      importId: r.import_id,
      tuid: r.tuid,
      creator: r.creator,
      changer: r.changer,
      reviewer: r.reviewer,
      created: r.created_at,
      changed: r.changed_at,
      props: JSON.parse(r.props) as Record<string, string>,
      // Every note in one list for display; exports keep the sides apart (`toFileUnit`).
      notes: [...(JSON.parse(r.notes) as string[]), ...(JSON.parse(r.source_notes) as string[]), ...(JSON.parse(r.target_notes) as string[])],
    },
  };
}

/** A language filter: `de` matches de, de-DE, de-AT; `de-DE` only itself (case-insensitive). */
function langFilter(filter: { sourceLang?: string; targetLang?: string }): { where: string; args: string[] } {
  const parts: string[] = [];
  const args: string[] = [];
  for (const [col, lang] of [
    ['source_lang', filter.sourceLang],
    ['target_lang', filter.targetLang],
  ] as const) {
    if (!lang) continue;
    if (lang.includes('-')) {
      parts.push(`${col} = ? COLLATE NOCASE`);
      args.push(lang);
    } else {
      parts.push(`(${col} = ? COLLATE NOCASE OR ${col} LIKE ? || '-%')`);
      args.push(lang, lang);
    }
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

/** Two JSON note lists as one, each note once, stored order first. */
function uniteNotes(stored: string, added: string): string {
  if (added === '[]') return stored;
  const all = [...(JSON.parse(stored) as string[])];
  for (const n of JSON.parse(added) as string[]) if (!all.includes(n)) all.push(n);
  return JSON.stringify(all);
}

/** FTS5 string syntax: one quoted term (a trigram). */
export function ftsPhrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The only place translation-memory SQL lives. Statements are prepared once per connection. */
/** A pair a confirmation of a link stored: the link, its project and spans, and the unit's texts. */
export interface ConfirmedPair {
  linkId: number;
  projectId: number;
  sourceSpan: { start: number; end: number };
  targetSpan: { start: number; end: number };
  source: string;
  target: string;
}

export class TmRepository {
  private readonly st: {
    inserts: Map<number, Statement>;
    ftsSource: Statement;
    ftsTarget: Statement;
    findSame: Statement;
    sameById: Statement;
    merge: Statement;
    bySourceHash: Statement;
    byIds: Map<string, Statement>;
    minId: Statement;
    maxId: Statement;
    ftsSourceIds: Statement;
    ftsTargetIds: Statement;
    ftsSourceNewest: Statement;
    shortSource: Statement;
    concordanceSource: Statement;
    concordanceTarget: Statement;
    backlogEnd: Statement;
    inBacklog: Statement;
    backlogRanges: Statement;
    pendingTarget: Statement;
  };
  /** The statements of bulk inserts (`insertBulkRow`), for one import: `bulkImportSettings` starts them afresh. */
  private bulk: BulkInserts | undefined;

  constructor(private readonly db: Db) {
    this.st = {
      inserts: new Map(),
      ftsSource: db.prepare('INSERT INTO tm_source_fts (rowid, source_key) VALUES (?, ?)'),
      ftsTarget: db.prepare('INSERT INTO tm_target_fts (rowid, target_key) VALUES (?, ?)'),
      findSame: db.prepare(`SELECT id, origin, notes, source_notes, target_notes FROM tm_units WHERE source_hash = ? AND source_key = ? AND target_key = ?
        AND source_lang = ? AND target_lang = ? LIMIT 1`),
      sameById: db.prepare(`SELECT id, origin, notes, source_notes, target_notes FROM tm_units WHERE id = ? AND source_key = ? AND target_key = ?
        AND source_lang = ? AND target_lang = ?`),
      merge: db.prepare(`UPDATE tm_units SET
          changed_at = MAX(changed_at, @changed_at),
          origin = @origin,
          reviewed = MAX(reviewed, @reviewed),
          status = COALESCE(@status, status),
          project_id = COALESCE(@project_id, project_id),
          document_id = COALESCE(@document_id, document_id),
          link_id = COALESCE(@link_id, link_id),
          source_start = COALESCE(@source_start, source_start),
          source_end = COALESCE(@source_end, source_end),
          target_start = COALESCE(@target_start, target_start),
          target_end = COALESCE(@target_end, target_end),
          changer = COALESCE(@changer, changer),
          reviewer = COALESCE(@reviewer, reviewer),
          props = json_patch(props, @props),
          notes = @notes,
          source_notes = @source_notes,
          target_notes = @target_notes
        WHERE id = @id`),
      bySourceHash: db.prepare(`SELECT ${COLUMNS} FROM tm_units WHERE source_hash = ?`),
      byIds: new Map(),
      minId: db.prepare('SELECT MIN(id) FROM tm_units').pluck(),
      maxId: db.prepare('SELECT MAX(id) FROM tm_units').pluck(),
      ftsSourceIds: db.prepare('SELECT rowid FROM tm_source_fts WHERE tm_source_fts MATCH ?').pluck(),
      ftsTargetIds: db.prepare('SELECT rowid FROM tm_target_fts WHERE tm_target_fts MATCH ?').pluck(),
      // FTS5 walks its doclists newest first and stops at the limit: a few index pages, however
      // many units hold the trigrams.
      ftsSourceNewest: db
        .prepare('SELECT rowid FROM tm_source_fts WHERE tm_source_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?')
        .pluck(),
      shortSource: db.prepare(`SELECT ${COLUMNS} FROM tm_units WHERE length(source_key) <= 8 AND length(source_key) <= ?`),
      concordanceSource: db
        .prepare(
          `SELECT u.id FROM tm_source_fts f JOIN tm_units u ON u.id = f.rowid
           WHERE tm_source_fts MATCH ? AND instr(' ' || u.source_key || ' ', ?) > 0 ORDER BY f.rowid DESC LIMIT ?`,
        )
        .pluck(),
      concordanceTarget: db
        .prepare(
          `SELECT u.id FROM tm_target_fts f JOIN tm_units u ON u.id = f.rowid
           WHERE tm_target_fts MATCH ? AND instr(' ' || u.target_key || ' ', ?) > 0 ORDER BY f.rowid DESC LIMIT ?`,
        )
        .pluck(),
      backlogEnd: db.prepare('SELECT MAX(last_id) FROM tm_index_backlog').pluck(),
      inBacklog: db.prepare('SELECT 1 FROM tm_index_backlog WHERE first_id <= ? AND last_id >= ?'),
      backlogRanges: db.prepare('SELECT first_id AS first, last_id AS last FROM tm_index_backlog ORDER BY first_id DESC'),
      pendingTarget: db
        // The bare key is checked first: most rows fail there, without the padded copy of their key.
        .prepare(
          `SELECT id FROM tm_units WHERE id BETWEEN ? AND ? AND instr(target_key, ?) > 0 AND instr(' ' || target_key || ' ', ?) > 0
           ORDER BY id DESC LIMIT ?`,
        )
        .pluck(),
    };
  }

  /**
   * Stores units, merging each into the unit with the same languages and matching keys
   * when there is one: the date moves forward, review and provenance are upgraded, props are
   * merged and notes united. The table rows are written first and the two FTS indexes after,
   * batch by batch: that keeps each structure's pages hot (about a fifth less work on large
   * imports). The caller provides the transaction.
   *
   * With `seen` (a bulk import into a memory that held no unit when it began), the matching
   * unit is looked for among the ids `seen` holds under the row's source hash, by primary key,
   * and every new unit is added to it: no probe of the hash index per unit. The caller
   * guarantees that `seen` holds every stored unit.
   *
   * With `ids` (as long as `rows`), the id each new row was stored under is written at its
   * position; a merged row leaves its 0.
   */
  addOrMergeMany(rows: readonly TmUnitRow[], opts: { deferIndex?: boolean; seen?: HashIds; ids?: Int32Array } = {}): { added: number; merged: number } {
    // Deferred (a bulk import), the new units need no list of their keys: the index is built later from the table.
    const fresh: { id: number | bigint; source: string; target: string }[] = [];
    const { seen, deferIndex, ids } = opts;
    let added = 0;
    let merged = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const same = (
        seen ? (seen.has(row.source_hash) ? this.sameAmong(seen.get(row.source_hash), row) : undefined) : this.st.findSame.get(row.source_hash, row.source_key, row.target_key, row.source_lang, row.target_lang)
      ) as SameUnit | undefined;
      if (!same) {
        const id = deferIndex ? this.insertBulkRow(row) : this.insertRow(row);
        seen?.add(row.source_hash, Number(id));
        if (ids) ids[i] = Number(id);
        added++;
        if (!deferIndex) fresh.push({ id, source: row.source_key, target: row.target_key });
        continue;
      }
      merged++;
      this.st.merge.run({
        ...row,
        id: same.id,
        origin: ORIGIN_RANK[row.origin] > ORIGIN_RANK[same.origin] ? row.origin : same.origin,
        notes: uniteNotes(same.notes, row.notes),
        source_notes: uniteNotes(same.source_notes, row.source_notes),
        target_notes: uniteNotes(same.target_notes, row.target_notes),
      });
    }
    // The FTS rows are written here, not by a trigger (see migration 0004): units must be
    // inserted only through this method, or indexed afterwards with `indexUnitsAfter`.
    if (!deferIndex) {
      for (const f of fresh) this.st.ftsSource.run(f.id, ` ${f.source} `);
      // An id inside the target-index backlog (one the backlog's last unit had, deleted and
      // given out again) is indexed by the backlog job: indexing it here too would put it in twice.
      const backlogEnd = fresh.length > 0 ? ((this.st.backlogEnd.get() as number | null) ?? 0) : 0;
      for (const f of fresh) if (Number(f.id) > backlogEnd || this.st.inBacklog.get(f.id, f.id) === undefined) this.st.ftsTarget.run(f.id, ` ${f.target} `);
    }
    return { added, merged };
  }

  /**
   * Inserts one row, binding the columns without a default and only those defaulted columns
   * whose value differs from the default: SQLite stores the default for the others, so the row
   * is the same, and an imported unit typically binds 13 values instead of 30 (binding the
   * rest was about a quarter of a bulk import's insert time). One prepared statement per set of bound columns: a file's
   * units come in a handful of shapes.
   */
  private insertRow(row: TmUnitRow): number | bigint {
    // In the order of REQUIRED_COLUMNS, then of DEFAULTED_COLUMNS (pushDefaultedValues).
    const args: unknown[] = [
      row.source_lang, row.target_lang, row.source, row.target, row.source_key, row.target_key, row.source_hash, row.origin, row.created_at, row.changed_at,
    ];
    const shape = pushDefaultedValues(row, args, args);
    return this.insertStatement(shape).run(args).lastInsertRowid;
  }

  /** The insert binding the required columns and the defaulted ones of `shape` (bit i = DEFAULTED_COLUMNS[i]). */
  private insertStatement(shape: number): Statement {
    let st = this.st.inserts.get(shape);
    if (!st) {
      const cols: string[] = [...REQUIRED_COLUMNS];
      DEFAULTED_COLUMNS.forEach(([col], i) => {
        if (shape & (1 << i)) cols.push(col);
      });
      st = this.db.prepare(`INSERT INTO tm_units (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      this.st.inserts.set(shape, st);
    }
    return st;
  }

  /**
   * `insertRow` for a bulk import (`addOrMergeMany` with `deferIndex`): the columns whose
   * values a file repeats for (nearly) every unit (languages, origin, review, the import, the
   * dates) are written into the statement as SQL literals instead of being bound, and the rest
   * are passed as arguments rather than in one array. The row comes out the same (a text
   * literal is the same text; a whole-number literal the same integer that binding the JS
   * number stores in an INTEGER column), and better-sqlite3's cost per value (its type checks,
   * the UTF-8 conversion, reading an array element) is paid for 6 values of the bench's rows
   * instead of 13. Statements are kept per set of literal values (`BulkInserts`); when a file's
   * dates differ from unit to unit they are soon bound instead, and values that are not plain
   * ASCII text or safe integers are always bound.
   */
  private insertBulkRow(row: TmUnitRow): number | bigint {
    const b = (this.bulk ??= new BulkInserts());
    const args = b.args;
    args.length = 0;
    args.push(row.source, row.target, row.source_key, row.target_key, row.source_hash);
    const shape = pushDefaultedValues(row, args, args);
    const entry = b.sameAsLast(row, shape) ? b.lastEntry! : this.bulkEntry(row, shape);
    for (const at of entry.drop) args.splice(at, 1);
    for (const name of entry.tail) args.push(row[name]);
    switch (args.length) {
      case 6:
        return entry.st.run(args[0], args[1], args[2], args[3], args[4], args[5]).lastInsertRowid;
      case 7:
        return entry.st.run(args[0], args[1], args[2], args[3], args[4], args[5], args[6]).lastInsertRowid;
      default:
        return entry.st.run(...args).lastInsertRowid;
    }
  }

  /** The statement of `insertBulkRow` for `row` and which of its values are bound (see `BulkEntry`). */
  private bulkEntry(row: TmUnitRow, shape: number): BulkEntry {
    const b = this.bulk!;
    const datesLiteral = !b.datesBound && isPlainLiteral(row.created_at) && isPlainLiteral(row.changed_at);
    const lit: Partial<Record<BulkLiteral, string | number>> = {};
    if (isPlainLiteral(row.source_lang)) lit.source_lang = row.source_lang;
    if (isPlainLiteral(row.target_lang)) lit.target_lang = row.target_lang;
    if (isPlainLiteral(row.origin)) lit.origin = row.origin;
    if (datesLiteral) {
      lit.created_at = row.created_at;
      lit.changed_at = row.changed_at;
    }
    if (shape & REVIEWED_BIT && Number.isSafeInteger(row.reviewed)) lit.reviewed = row.reviewed;
    if (shape & IMPORT_BIT && Number.isSafeInteger(row.import_id)) lit.import_id = row.import_id!;
    const key = `${shape}\u0000${BULK_LITERALS.map((c) => lit[c] ?? '\u0001').join('\u0000')}`;
    let entry = b.entries.get(key);
    if (!entry) {
      if (datesLiteral && ++b.datedEntries >= BULK_DATED_ENTRIES) b.datesBound = true;
      const cols: string[] = ['source', 'target', 'source_key', 'target_key', 'source_hash'];
      const values: string[] = cols.map(() => '?');
      const drop: number[] = [];
      DEFAULTED_COLUMNS.forEach(([name], i) => {
        if (!(shape & (1 << i))) return;
        const v = name === 'reviewed' || name === 'import_id' ? lit[name] : undefined;
        // The value's place in the arguments `pushDefaultedValues` wrote, counted before any is dropped.
        if (v !== undefined) drop.unshift(5 + popCount(shape & ((1 << i) - 1)));
        cols.push(name);
        values.push(v === undefined ? '?' : sqlLiteral(v));
      });
      const tail: BulkLiteral[] = [];
      for (const name of ['source_lang', 'target_lang', 'origin', 'created_at', 'changed_at'] as const) {
        const v = lit[name];
        cols.push(name);
        values.push(v === undefined ? '?' : sqlLiteral(v));
        if (v === undefined) tail.push(name);
      }
      entry = { st: this.db.prepare(`INSERT INTO tm_units (${cols.join(', ')}) VALUES (${values.join(', ')})`), drop, tail };
      b.entries.set(key, entry);
    }
    b.remember(row, shape, entry);
    return entry;
  }

  /** The unit among `ids` with the row's keys and languages. */
  private sameAmong(ids: readonly number[], row: TmUnitRow): SameUnit | undefined {
    for (const id of ids) {
      const same = this.st.sameById.get(id, row.source_key, row.target_key, row.source_lang, row.target_lang) as SameUnit | undefined;
      if (same) return same;
    }
    return undefined;
  }

  /**
   * Sets this connection up for one bulk import, before its transaction begins (SQLite ignores
   * `foreign_keys` inside one); the function returned puts the settings back once the
   * transaction has ended. A larger page cache keeps the pages an import revisits (the hash
   * index, the FTS segments being merged) in memory instead of spilling and re-reading them.
   * Foreign keys are not checked: an imported unit refers to nothing but its own import record,
   * written in the same transaction (a file carries no project, document or link), and the
   * check looked that record up again for every unit.
   *
   * The commit still checkpoints the WAL (the whole import, about 740 MB for a million units):
   * left to the next commit, every read until then found its pages in the WAL instead of the
   * file, and a scan of a million units took 1.6 times as long (README, "The commit without a
   * checkpoint").
   */
  bulkImportSettings(): () => void {
    const cache = this.db.pragma('cache_size', { simple: true }) as number;
    const foreignKeys = this.db.pragma('foreign_keys', { simple: true }) as number;
    this.bulk = undefined;
    this.db.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
    this.db.pragma('foreign_keys = OFF');
    return () => {
      this.bulk = undefined;
      this.db.pragma(`cache_size = ${cache}`);
      this.db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    };
  }

  /** The highest unit id (0 for an empty memory): units added later have larger ids. */
  maxId(): number {
    return (this.st.maxId.get() as number | null) ?? 0;
  }

  /**
   * Indexes every unit with an id above `afterId` (those a bulk import added with
   * `deferIndex`) on the given sides, up to `upToId` when given, one INSERT ... SELECT per
   * side: no per-row calls from JavaScript, and each index is built in one go while its pages
   * are hot.
   */
  indexUnitsAfter(afterId: number, sides: readonly ('source' | 'target')[] = ['source', 'target'], upToId = Number.MAX_SAFE_INTEGER): void {
    for (const side of sides) {
      const { table, column } = FTS[side];
      // FTS5 writes its pending terms out as a new segment every megabyte or so, and with the
      // default 'automerge' (4) merges four segments of a level as soon as they exist: a
      // million units' index was rewritten three or four times over during the build. At 16
      // (the largest value FTS5 accepts) the build merges far less (about 40% less CPU) and
      // leaves the same postings in a few more segments, which the lookups read no slower
      // (measured: the same matches, the same p95). The default comes back before the commit,
      // so later writes merge the remaining segments a little at a time, as FTS5 always does.
      this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${BULK_AUTOMERGE})`);
      this.db.prepare(`INSERT INTO ${table} (rowid, ${column}) SELECT id, ' ' || ${column} || ' ' FROM tm_units WHERE id > ? AND id <= ?`).run(afterId, upToId);
      this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', ${DEFAULT_AUTOMERGE})`);
    }
  }

  /**
   * Records that the units with ids `firstId` to `lastId` (an import's new units) lack their
   * target-side index entry (migration 0081): the `tm.index` job adds them later.
   */
  addIndexBacklog(firstId: number, lastId: number): void {
    if (lastId < firstId) return;
    this.db.prepare('INSERT INTO tm_index_backlog (first_id, last_id) VALUES (?, ?)').run(firstId, lastId);
  }

  /** How many ids still lack their target-side index entry (deleted units in a range counted too); 0 when the index is complete. */
  indexBacklogSize(): number {
    return this.db.prepare('SELECT COALESCE(SUM(last_id - first_id + 1), 0) FROM tm_index_backlog').pluck().get() as number;
  }

  /**
   * Indexes the target side of at most `maxIds` ids of the backlog (the oldest range first)
   * and takes them out of it; the caller holds the transaction, so the index and the backlog
   * move together. Returns the ids taken (0: the backlog is empty).
   */
  indexBacklogStep(maxIds: number): number {
    const r = this.db.prepare('SELECT first_id AS first, last_id AS last FROM tm_index_backlog ORDER BY first_id LIMIT 1').get() as
      | { first: number; last: number }
      | undefined;
    if (!r) return 0;
    const upTo = Math.min(r.last, r.first + maxIds - 1);
    this.indexUnitsAfter(r.first - 1, ['target'], upTo);
    if (upTo === r.last) this.db.prepare('DELETE FROM tm_index_backlog WHERE first_id = ?').run(r.first);
    else this.db.prepare('UPDATE tm_index_backlog SET first_id = ? WHERE first_id = ?').run(upTo + 1, r.first);
    return upTo - r.first + 1;
  }

  /**
   * The id ranges of the target-index backlog cut into pieces of at most `chunk` ids, newest
   * first: the pieces `pendingTargetIds` scans (taken once, so a unit the backlog job indexes
   * during a scan is still scanned).
   */
  pendingTargetChunks(chunk: number): { first: number; last: number }[] {
    const out: { first: number; last: number }[] = [];
    for (const r of this.st.backlogRanges.all() as { first: number; last: number }[]) {
      for (let last = r.last; last >= r.first; last -= chunk) out.push({ first: Math.max(r.first, last - chunk + 1), last });
    }
    return out;
  }

  /**
   * Newest units of one piece of the target-index backlog (`pendingTargetChunks`) whose
   * space-padded target key contains `keyPart` (`concordanceIds` for the units the index does
   * not hold yet): a scan of those units, stopping at `limit`.
   */
  pendingTargetIds(piece: { first: number; last: number }, keyPart: string, limit: number): number[] {
    return this.st.pendingTarget.all(piece.first, piece.last, keyPart.trim(), keyPart, limit) as number[];
  }

  bySourceHash(hash: number): StoredTmRow[] {
    return this.st.bySourceHash.all(hash) as StoredTmRow[];
  }

  byIds(ids: readonly number[]): StoredTmRow[] {
    return this.rowsByIds(COLUMNS, ids) as StoredTmRow[];
  }

  /** The columns of the given units that a fuzzy lookup scores them by. */
  candidatesByIds(ids: readonly number[]): CandidateRow[] {
    return this.rowsByIds(CANDIDATE_COLUMNS, ids) as CandidateRow[];
  }

  private rowsByIds(columns: string, ids: readonly number[]): unknown[] {
    if (ids.length === 0) return [];
    const out: unknown[] = [];
    // Fixed-size IN lists keep the number of prepared statements small.
    for (let i = 0; i < ids.length; i += 64) {
      const part = ids.slice(i, i + 64);
      const size = part.length <= 8 ? 8 : part.length <= 32 ? 32 : 64;
      const key = `${size} ${columns}`;
      let st = this.st.byIds.get(key);
      if (!st) {
        st = this.db.prepare(`SELECT ${columns} FROM tm_units WHERE id IN (${new Array(size).fill('?').join(',')})`);
        this.st.byIds.set(key, st);
      }
      const args: (number | null)[] = [...part];
      while (args.length < size) args.push(null);
      out.push(...st.all(...args));
    }
    return out;
  }

  /** The id range of the units (their count, give or take deleted ones), without a scan. */
  idRange(): { min: number; max: number } {
    // Two statements: SQLite answers MIN and MAX from the b-tree ends only when each is alone.
    const min = this.st.minId.get() as number | null;
    const max = this.st.maxId.get() as number | null;
    return { min: min ?? 0, max: max ?? 0 };
  }

  /** Keys of one side: all of them when `ids` is omitted, else those of the given ids that exist. */
  keys(side: 'source' | 'target', ids?: readonly number[]): string[] {
    const col = side === 'source' ? 'source_key' : 'target_key';
    if (!ids) return this.db.prepare(`SELECT ${col} FROM tm_units`).pluck().all() as string[];
    return (this.rowsByIds(col, ids) as Record<string, string>[]).map((r) => r[col]!);
  }

  /**
   * Lets this connection read the database file through a memory map from now on: lookups
   * touch pages all over a large memory, and mapped pages are read without a system call
   * and a copy each. Not set when the connection opens, so that an import's peak memory is
   * not charged with the mapped pages it reads.
   */
  mapForReading(): void {
    this.db.pragma(`mmap_size = ${READ_MAP_BYTES}`);
  }

  /** Ids of units whose source key contains `trigram` (one FTS term lookup). */
  idsWithSourceTrigram(trigram: string): number[] {
    return this.st.ftsSourceIds.all(ftsPhrase(trigram)) as number[];
  }

  /**
   * The `limit` newest unit ids (largest first) between `min` and `max` whose source key
   * satisfies `match`, an FTS5 query over trigrams (`ftsPhrase` terms with AND / NOT).
   */
  newestIdsMatchingSource(match: string, min: number, max: number, limit: number): number[] {
    return this.st.ftsSourceNewest.all(match, min, max, limit) as number[];
  }

  /** Units whose source key is at most `maxLen` characters (and at most 8): the candidates for very short queries. */
  shortSourceUnits(maxLen: number): StoredTmRow[] {
    return this.st.shortSource.all(Math.min(8, maxLen)) as StoredTmRow[];
  }

  /**
   * Newest units whose space-padded key (` key `) contains `keyPart`: the index narrows to
   * units holding all of `trigrams` (some of the part's, rarest first), the key confirms.
   * Pass ` word ` to match a whole word.
   */
  concordanceIds(side: 'source' | 'target', keyPart: string, trigrams: readonly string[], limit: number): number[] {
    const st = side === 'source' ? this.st.concordanceSource : this.st.concordanceTarget;
    return st.all(trigrams.map(ftsPhrase).join(' AND '), keyPart, limit) as number[];
  }

  /** Every unit in id order, lazily (exports stream through this). */
  *iterate(filter: { sourceLang?: string; targetLang?: string } = {}): Generator<StoredTmRow> {
    const { where, args } = langFilter(filter);
    yield* this.db.prepare(`SELECT ${COLUMNS} FROM tm_units ${where} ORDER BY id`).iterate(...args) as IterableIterator<StoredTmRow>;
  }

  /** Whether any unit passes the filter `iterate` applies. */
  hasUnits(filter: { sourceLang?: string; targetLang?: string } = {}): boolean {
    const { where, args } = langFilter(filter);
    return this.db.prepare(`SELECT 1 FROM tm_units ${where} LIMIT 1`).get(...args) !== undefined;
  }

  /** Language pairs present (after the same filter `iterate` applies). */
  languagePairs(filter: { sourceLang?: string; targetLang?: string } = {}): { sourceLang: string; targetLang: string }[] {
    const { where, args } = langFilter(filter);
    return this.db
      .prepare(`SELECT DISTINCT source_lang AS sourceLang, target_lang AS targetLang FROM tm_units ${where} ORDER BY 1, 2`)
      .all(...args) as { sourceLang: string; targetLang: string }[];
  }

  /** Every prop key stored, and the most notes (unit, source side, target side) on one unit (CSV columns). */
  propShape(): { keys: string[]; maxNotes: number; maxSourceNotes: number; maxTargetNotes: number } {
    const keys = this.db
      .prepare(`SELECT DISTINCT j.key FROM tm_units, json_each(tm_units.props) AS j WHERE tm_units.props <> '{}' ORDER BY j.key`)
      .pluck()
      .all() as string[];
    const most = this.db
      .prepare(
        `SELECT COALESCE(MAX(json_array_length(notes)), 0) AS maxNotes, COALESCE(MAX(json_array_length(source_notes)), 0) AS maxSourceNotes,
           COALESCE(MAX(json_array_length(target_notes)), 0) AS maxTargetNotes FROM tm_units`,
      )
      .get() as { maxNotes: number; maxSourceNotes: number; maxTargetNotes: number };
    return { keys, ...most };
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM tm_units').pluck().get() as number;
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM tm_units WHERE id = ?').run(id).changes > 0;
  }

  /**
   * Deletes the units a confirmation of link `linkId` created with exactly this pair and
   * nothing has merged into since (`props.via` = 'confirmation', never changed after its
   * creation); returns how many. A link already deleted has left its units without a link id
   * (`ON DELETE SET NULL`): those are found by the project and both spans. Reads the partial
   * indexes on link_id (migration 0082) and project_id.
   */
  deleteConfirmedPair(p: ConfirmedPair): number {
    const same = `source = @source AND target = @target AND changed_at = created_at AND json_extract(props, '$.via') = 'confirmation'`;
    const args = {
      link: p.linkId,
      project: p.projectId,
      ss: p.sourceSpan.start,
      se: p.sourceSpan.end,
      ts: p.targetSpan.start,
      te: p.targetSpan.end,
      source: p.source,
      target: p.target,
    };
    const byLink = this.db.prepare(`DELETE FROM tm_units WHERE link_id = @link AND ${same}`).run(args).changes;
    const orphaned = this.db
      .prepare(
        `DELETE FROM tm_units WHERE project_id = @project AND link_id IS NULL AND source_start = @ss AND source_end = @se
           AND target_start = @ts AND target_end = @te AND ${same}`,
      )
      .run(args).changes;
    return byLink + orphaned;
  }

  startImport(fileName: string, format: string, now: string): number {
    return Number(
      this.db.prepare('INSERT INTO tm_imports (file_name, format, started_at) VALUES (?, ?, ?)').run(fileName, format, now)
        .lastInsertRowid,
    );
  }

  /** Completes an import record: counts, and the skipped units by reason with their first lines. */
  finishImport(
    id: number,
    counts: { found: number; read: number; added: number; merged: number; skipped: number; skips: Record<string, { count: number; lines: number[] }> },
    now: string,
  ): void {
    this.db
      .prepare(
        `UPDATE tm_imports SET finished_at = ?, units_found = ?, units_read = ?, units_added = ?, units_merged = ?, units_skipped = ?, skips = ?
         WHERE id = ?`,
      )
      .run(now, counts.found, counts.read, counts.added, counts.merged, counts.skipped, JSON.stringify(counts.skips), id);
  }

  /** One import record as stored. */
  importRecord(id: number): { fileName: string; format: string; found: number; read: number; added: number; merged: number; skipped: number; skips: Record<string, { count: number; lines: number[] }> } | undefined {
    const r = this.db
      .prepare(
        `SELECT file_name AS fileName, format, units_found AS found, units_read AS read, units_added AS added, units_merged AS merged,
           units_skipped AS skipped, skips FROM tm_imports WHERE id = ?`,
      )
      .get(id) as ({ skips: string } & Record<string, unknown>) | undefined;
    if (!r) return undefined;
    return { ...r, skips: JSON.parse(r.skips) } as ReturnType<TmRepository['importRecord']>;
  }

  stats(): Omit<TmStats, 'glossaryTerms' | 'targetIndexPending'> {
    const totals = this.db
      .prepare(
        `SELECT COUNT(*) AS units, COALESCE(SUM(reviewed), 0) AS reviewed,
           COALESCE(SUM(origin = 'human'), 0) AS human, COALESCE(SUM(origin = 'machine'), 0) AS machine,
           COALESCE(SUM(origin = 'import'), 0) AS import, MIN(created_at) AS oldest, MAX(changed_at) AS newest
         FROM tm_units`,
      )
      .get() as { units: number; reviewed: number; human: number; machine: number; import: number; oldest: string | null; newest: string | null };
    const pairs = this.db
      .prepare(
        `SELECT source_lang AS sourceLang, target_lang AS targetLang, COUNT(*) AS units FROM tm_units
         GROUP BY source_lang, target_lang ORDER BY units DESC`,
      )
      .all() as { sourceLang: string; targetLang: string; units: number }[];
    const imports = this.db.prepare('SELECT COUNT(*) FROM tm_imports WHERE finished_at IS NOT NULL').pluck().get() as number;
    return {
      units: totals.units,
      byOrigin: { human: totals.human, machine: totals.machine, import: totals.import },
      reviewed: totals.reviewed,
      languagePairs: pairs,
      imports,
      oldest: totals.oldest,
      newest: totals.newest,
    };
  }
}
