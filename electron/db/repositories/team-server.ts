import type pg from 'pg';
import type { InlineText } from '../../../shared/formats/model';
import type { TmOrigin } from '../../../shared/tm/score';
import type { TeamTermPayload, TeamUnitPayload } from '../../../shared/tm/team';
import type { WordPlanTuning } from '../../../shared/tm/words';

/**
 * The only place the team memory's SQL (PostgreSQL) lives. Every method takes the pool or a
 * checked-out client; row-level security on the server decides what the user sees and writes.
 */

/**
 * A unit ready for the server: keys, words and hash computed once on the client, the JSON
 * columns as JSON text (a push hands the local memory's JSON through unparsed).
 */
export interface ServerUnitRow extends Omit<TeamUnitPayload, 'sourceInline' | 'targetInline' | 'props' | 'notes'> {
  sourceKey: string;
  targetKey: string;
  sourceWords: string;
  /** The distinct word tokens of the key, space-separated (shared/tm/words `wordTokens`). */
  sourceTokens: string;
  sourceHash: number;
  sourceInlineJson: string | null;
  targetInlineJson: string | null;
  propsJson: string;
  notesJson: string;
}

/** A unit as read back from the server. */
export interface ServerUnit extends TeamUnitPayload {
  id: number;
  memory: string;
  sourceKey: string;
  author: string;
  seq: number;
}

export interface ServerTerm extends TeamTermPayload {
  id: number;
  memory: string;
  author: string;
  seq: number;
}

export interface MemoryAccess {
  id: number;
  name: string;
  readable: boolean;
  writable: boolean;
}

type Q = Pick<pg.ClientBase, 'query'>;

const UNIT_COLUMNS = `u.id, m.name AS memory, u.uuid, u.parent_uuid, u.source_lang, u.target_lang, u.source, u.target, u.source_key,
  u.source_inline, u.target_inline, u.origin, u.reviewed, u.status, u.project, u.creator, u.changer, u.reviewer, u.author,
  u.created_at, u.changed_at, u.seq, u.props, u.notes`;

interface UnitRecord {
  id: string;
  memory: string;
  uuid: string;
  parent_uuid: string | null;
  source_lang: string;
  target_lang: string;
  source: string;
  target: string;
  source_key: string;
  source_inline: InlineText | null;
  target_inline: InlineText | null;
  origin: TmOrigin;
  reviewed: boolean;
  status: string | null;
  project: string | null;
  creator: string | null;
  changer: string | null;
  reviewer: string | null;
  author: string;
  created_at: Date;
  changed_at: Date;
  seq: string;
  props: Record<string, string>;
  notes: string[];
}

const toUnit = (r: UnitRecord): ServerUnit => ({
  id: Number(r.id),
  memory: r.memory,
  uuid: r.uuid,
  parentUuid: r.parent_uuid,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  source: r.source,
  target: r.target,
  sourceKey: r.source_key,
  sourceInline: r.source_inline,
  targetInline: r.target_inline,
  origin: r.origin,
  reviewed: r.reviewed,
  status: r.status,
  project: r.project,
  creator: r.creator,
  changer: r.changer,
  reviewer: r.reviewer,
  author: r.author,
  created: r.created_at.toISOString(),
  changed: r.changed_at.toISOString(),
  seq: Number(r.seq),
  props: r.props,
  notes: r.notes,
});

export interface LookupQuery {
  memoryIds: readonly number[];
  sourceHash: number;
  /** The query's distinct word tokens (shared/tm/words `wordTokens`); none for a query too short for words. */
  tokens: readonly string[];
  /** The query's words as the column holds them (`wordText`): candidates are ranked by pg_trgm similarity to it. */
  words: string;
  /** Above 0: also units whose key is at most this long (at most 8), for a query too short for words. */
  shortLength: number;
  sourceLang?: string;
  targetLang?: string;
  limit: number;
  tuning: Readonly<WordPlanTuning>;
}

/** A unit a lookup returns: the memory by id (the caller knows the names of those it asked). */
export type LookupUnit = Omit<ServerUnit, 'memory'> & { memoryId: number };

export class TeamServerRepository {
  constructor(private readonly q: Q) {}

  /** Every memory with what the current role may do in it (the owner of the schema may do all). */
  async memories(): Promise<MemoryAccess[]> {
    const r = await this.q.query<{ id: number; name: string; readable: boolean; writable: boolean }>(`
      SELECT m.id, m.name,
        (m.id IN (SELECT sverka.readable_memories()) OR owner.is_owner) AS readable,
        (m.id IN (SELECT sverka.writable_memories()) OR owner.is_owner) AS writable
      FROM sverka.memories m,
        (SELECT pg_has_role(current_user, c.relowner, 'USAGE') AS is_owner FROM pg_class c WHERE c.oid = 'sverka.units'::regclass) owner
      ORDER BY m.name`);
    return r.rows;
  }

  async createMemory(name: string): Promise<{ id: number; created: boolean }> {
    const ins = await this.q.query<{ id: number }>('INSERT INTO sverka.memories (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id', [name]);
    if (ins.rows[0]) return { id: ins.rows[0].id, created: true };
    const r = await this.q.query<{ id: number }>('SELECT id FROM sverka.memories WHERE name = $1', [name]);
    return { id: r.rows[0]!.id, created: false };
  }

  /** Gives a role access to a memory: translators write, reviewers and guests only read; null removes it. */
  async setMember(memoryId: number, role: string, canWrite: boolean | null, escapeIdentifier: (s: string) => string): Promise<void> {
    if (canWrite === null) {
      await this.q.query('DELETE FROM sverka.members WHERE memory_id = $1 AND role_name = $2', [memoryId, role]);
    } else {
      await this.q.query(
        `INSERT INTO sverka.members (memory_id, role_name, can_write) VALUES ($1, $2, $3)
         ON CONFLICT (memory_id, role_name) DO UPDATE SET can_write = excluded.can_write`,
        [memoryId, role, canWrite],
      );
    }
    const writes = await this.q.query<{ n: string }>('SELECT count(*) AS n FROM sverka.members WHERE role_name = $1 AND can_write', [role]);
    const any = await this.q.query<{ n: string }>('SELECT count(*) AS n FROM sverka.members WHERE role_name = $1', [role]);
    const id = escapeIdentifier(role);
    // Table privileges follow the strongest membership; row-level security narrows them per memory.
    await this.q.query(Number(any.rows[0]!.n) > 0 ? `GRANT sverka_reader TO ${id}` : `REVOKE sverka_reader FROM ${id}`);
    await this.q.query(Number(writes.rows[0]!.n) > 0 ? `GRANT sverka_writer TO ${id}` : `REVOKE sverka_writer FROM ${id}`);
  }

  /**
   * For the rest of the transaction (bulk writes): a pending list of 32 MB for the words index,
   * and two minutes per statement instead of the interactive ten seconds (a statement that merges
   * the pending list into the index can take longer than ten on a busy server).
   */
  async bulkSession(): Promise<void> {
    await this.q.query("SET LOCAL gin_pending_list_limit = '32MB'; SET LOCAL statement_timeout = '120s'");
  }

  /**
   * Idempotent upsert of unit versions by (memory, uuid): a version sent twice is stored once;
   * sent again with a later date or a review it only moves those forward. The text of a stored
   * version never changes. Rows must have distinct uuids.
   */
  async upsertUnits(memoryId: number, rows: readonly ServerUnitRow[]): Promise<{ added: number; merged: number }> {
    if (rows.length === 0) return { added: 0, merged: 0 };
    const col = <T>(f: (r: ServerUnitRow) => T) => rows.map(f);
    // One array per column: the cheapest way found to send thousands of rows in one statement
    // (a JSON array of the rows costs the client about four times as much to write).
    const r = await this.q.query<{ inserted: boolean }>(
      `INSERT INTO sverka.units (memory_id, uuid, parent_uuid, source_lang, target_lang, source, target, source_key, target_key,
         source_words, source_tokens, source_hash, source_inline, target_inline, origin, reviewed, status, project, creator, changer, reviewer,
         created_at, changed_at, props, notes)
       SELECT $1, x.uuid, x.parent_uuid, x.source_lang, x.target_lang, x.source, x.target, x.source_key, x.target_key,
         x.source_words, string_to_array(x.source_tokens, ' '), x.source_hash, x.source_inline::jsonb, x.target_inline::jsonb, x.origin, x.reviewed, x.status, x.project,
         x.creator, x.changer, x.reviewer, x.created_at, x.changed_at, x.props::jsonb, x.notes::jsonb
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::bigint[], $12::text[], $13::text[], $14::text[], $15::boolean[], $16::text[], $17::text[], $18::text[], $19::text[],
         $20::text[], $21::timestamptz[], $22::timestamptz[], $23::text[], $24::text[], $25::text[])
         AS x(uuid, parent_uuid, source_lang, target_lang, source, target, source_key, target_key, source_words, source_hash,
           source_inline, target_inline, origin, reviewed, status, project, creator, changer, reviewer, created_at, changed_at, props, notes, source_tokens)
       ON CONFLICT (memory_id, uuid) DO UPDATE SET
         changed_at = GREATEST(sverka.units.changed_at, excluded.changed_at),
         changer = CASE WHEN excluded.changed_at > sverka.units.changed_at THEN COALESCE(excluded.changer, sverka.units.changer) ELSE sverka.units.changer END,
         reviewer = COALESCE(sverka.units.reviewer, excluded.reviewer),
         reviewed = sverka.units.reviewed OR excluded.reviewed,
         status = COALESCE(excluded.status, sverka.units.status),
         seq = nextval('sverka.change_seq')
       WHERE excluded.changed_at > sverka.units.changed_at OR (excluded.reviewed AND NOT sverka.units.reviewed)
       RETURNING (xmax = 0) AS inserted`,
      [
        memoryId,
        col((r) => r.uuid),
        col((r) => r.parentUuid),
        col((r) => r.sourceLang),
        col((r) => r.targetLang),
        col((r) => r.source),
        col((r) => r.target),
        col((r) => r.sourceKey),
        col((r) => r.targetKey),
        col((r) => r.sourceWords),
        col((r) => String(r.sourceHash)),
        col((r) => r.sourceInlineJson),
        col((r) => r.targetInlineJson),
        col((r) => r.origin),
        col((r) => r.reviewed),
        col((r) => r.status),
        col((r) => r.project),
        col((r) => r.creator),
        col((r) => r.changer),
        col((r) => r.reviewer),
        col((r) => r.created),
        col((r) => r.changed),
        col((r) => r.propsJson),
        col((r) => r.notesJson),
        col((r) => r.sourceTokens),
      ],
    );
    const added = r.rows.filter((x) => x.inserted).length;
    return { added, merged: r.rows.length - added };
  }

  /** Idempotent upsert of glossary entries: one per pair and memory, whoever sends it first. */
  async upsertTerms(memoryId: number, rows: readonly (TeamTermPayload & { sourceKey: string })[]): Promise<{ added: number }> {
    if (rows.length === 0) return { added: 0 };
    const col = <T>(f: (r: TeamTermPayload & { sourceKey: string }) => T) => rows.map(f);
    const r = await this.q.query(
      `INSERT INTO sverka.terms (memory_id, uuid, source_lang, target_lang, source_term, target_term, source_key, note, project, created_at)
       SELECT $1, x.* FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamptz[])
         AS x(uuid, source_lang, target_lang, source_term, target_term, source_key, note, project, created_at)
       ON CONFLICT (memory_id, source_lang, target_lang, source_key, target_term) DO NOTHING`,
      [
        memoryId,
        col((t) => t.uuid),
        col((t) => t.sourceLang),
        col((t) => t.targetLang),
        col((t) => t.sourceTerm),
        col((t) => t.targetTerm),
        col((t) => t.sourceKey),
        col((t) => t.note),
        col((t) => t.project),
        col((t) => t.created),
      ],
    );
    return { added: r.rowCount ?? 0 };
  }

  /**
   * One lookup in one statement (sverka.lookup, schema step 3): the server picks the rarest of
   * the query's tokens by their exact counts within the row budget, finds the units holding them
   * or the query's hash (and, for a query too short for words, the short units), ranks them
   * cheaply and by pg_trgm similarity, and returns the best `limit` whole; the caller scores them
   * with the shared CAT scoring.
   */
  async lookup(q: LookupQuery): Promise<LookupUnit[]> {
    const t = q.tuning;
    const r = await this.q.query<UnitRecord & { memory_id: number }>({
      name: 'sverka-lookup',
      text: 'SELECT * FROM sverka.lookup($1::int[], $2::bigint, $3::text[], $4::text, $5::int, $6::text, $7::text, $8::int, $9::int[])',
      values: [
        q.memoryIds,
        String(q.sourceHash),
        q.tokens,
        q.words,
        q.shortLength,
        q.sourceLang ?? null,
        q.targetLang ?? null,
        q.limit,
        [t.rowBudget, t.smallMemoryBudget ?? t.rowBudget, t.smallMemory ?? 0, t.maxTerms, t.pairWords, t.firstBudget ?? 0, t.firstSimilarity ?? 0],
      ],
    });
    return r.rows.map((x) => {
      const { memory: _none, ...u } = toUnit({ ...x, memory: '' });
      return { ...u, memoryId: x.memory_id };
    });
  }

  /** Units changed after `seq` in one memory, in change order (pull). */
  async unitsSince(memoryId: number, seq: number, limit: number): Promise<ServerUnit[]> {
    const r = await this.q.query<UnitRecord>(
      `SELECT ${UNIT_COLUMNS} FROM sverka.units u JOIN sverka.memories m ON m.id = u.memory_id
       WHERE u.memory_id = $1 AND u.seq > $2 ORDER BY u.seq LIMIT $3`,
      [memoryId, seq, limit],
    );
    return r.rows.map(toUnit);
  }

  async termsSince(memoryId: number, seq: number, limit: number): Promise<ServerTerm[]> {
    const r = await this.q.query<{
      id: string;
      memory: string;
      uuid: string;
      source_lang: string;
      target_lang: string;
      source_term: string;
      target_term: string;
      note: string | null;
      project: string | null;
      author: string;
      created_at: Date;
      seq: string;
    }>(
      `SELECT t.id, m.name AS memory, t.uuid, t.source_lang, t.target_lang, t.source_term, t.target_term, t.note, t.project, t.author,
         t.created_at, t.seq
       FROM sverka.terms t JOIN sverka.memories m ON m.id = t.memory_id
       WHERE t.memory_id = $1 AND t.seq > $2 ORDER BY t.seq LIMIT $3`,
      [memoryId, seq, limit],
    );
    return r.rows.map((t) => ({
      id: Number(t.id),
      memory: t.memory,
      uuid: t.uuid,
      sourceLang: t.source_lang,
      targetLang: t.target_lang,
      sourceTerm: t.source_term,
      targetTerm: t.target_term,
      note: t.note,
      project: t.project,
      author: t.author,
      created: t.created_at.toISOString(),
      seq: Number(t.seq),
    }));
  }

  /** Units in these memories (an index-only count on the change sequence index). */
  async countUnits(memoryIds: readonly number[]): Promise<number> {
    const r = await this.q.query<{ n: string }>('SELECT count(*) AS n FROM sverka.units WHERE memory_id = ANY($1::int[])', [memoryIds]);
    return Number(r.rows[0]!.n);
  }
}
