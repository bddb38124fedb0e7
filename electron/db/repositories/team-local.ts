import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import type { StoredTmRow, TmUnitRow } from './tm';

/**
 * The local side of the team memory (SQLite): unit and term UUIDs, the durable outbox, sync
 * positions and each project's choice of team memories. SQL only; the rules live in
 * electron/services/team.
 */

export interface OutboxRow {
  id: number;
  memory: string;
  kind: 'unit' | 'term';
  uuid: string;
  payload: string;
  attempts: number;
}

export interface SyncState {
  memory: string;
  pulledUnitSeq: number;
  pulledTermSeq: number;
  pushedUnitId: number;
}

const PUSH_COLUMNS = `id, source_lang, target_lang, source, target, source_inline, target_inline, source_key, target_key,
  source_hash, origin, reviewed, status, project_id, creator, changer, reviewer, created_at, changed_at, props, notes, uuid, team_memory`;

/** A local unit on its way to a team memory: what the server needs of it. */
export type PushRow = Pick<
  StoredTmRow,
  | 'id'
  | 'source_lang'
  | 'target_lang'
  | 'source'
  | 'target'
  | 'source_inline'
  | 'target_inline'
  | 'source_key'
  | 'target_key'
  | 'source_hash'
  | 'origin'
  | 'reviewed'
  | 'status'
  | 'project_id'
  | 'creator'
  | 'changer'
  | 'reviewer'
  | 'created_at'
  | 'changed_at'
  | 'props'
  | 'notes'
> & { uuid: string | null; team_memory: string | null };

export class TeamLocalRepository {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  /** Prepared once per connection: the outbox and a push call these per unit. */
  private st(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  // ---- UUIDs of local units and terms

  /** The local unit holding this content (the one `addOrMergeMany` stored or merged into). */
  unitFor(row: Pick<TmUnitRow, 'source_hash' | 'source_key' | 'target_key' | 'source_lang' | 'target_lang'>): { id: number; uuid: string | null } | undefined {
    return this
      .st(
        `SELECT id, uuid FROM tm_units WHERE source_hash = ? AND source_key = ? AND target_key = ? AND source_lang = ? AND target_lang = ?
         ORDER BY id LIMIT 1`,
      )
      .get(row.source_hash, row.source_key, row.target_key, row.source_lang, row.target_lang) as { id: number; uuid: string | null } | undefined;
  }

  /**
   * The newest other version of the same source (another target) that already has a UUID:
   * the version a new target revises.
   */
  previousVersion(row: Pick<TmUnitRow, 'source_hash' | 'source_key' | 'target_key' | 'source_lang' | 'target_lang'>): string | null {
    return (
      (this
        .st(
          `SELECT uuid FROM tm_units WHERE source_hash = ? AND source_key = ? AND source_lang = ? AND target_lang = ?
           AND target_key <> ? AND uuid IS NOT NULL ORDER BY changed_at DESC, id DESC LIMIT 1`,
        )
        .pluck()
        .get(row.source_hash, row.source_key, row.source_lang, row.target_lang, row.target_key) as string | undefined) ?? null
    );
  }

  setUnitUuid(id: number, uuid: string): void {
    this.st('UPDATE tm_units SET uuid = ? WHERE id = ? AND uuid IS NULL').run(uuid, id);
  }

  /** Marks a unit as received from a team memory; keeps a UUID it already has. */
  tagPulledUnit(id: number, uuid: string, memory: string): void {
    this
      .st(
        `UPDATE tm_units SET uuid = COALESCE(uuid, ?), team_memory = COALESCE(team_memory, ?)
         WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tm_units o WHERE o.uuid = ? AND o.id <> ?)`,
      )
      .run(uuid, memory, id, uuid, id);
  }

  /** UUID and team memory of local units, by id. */
  unitTags(ids: readonly number[]): Map<number, { uuid: string | null; memory: string | null }> {
    const out = new Map<number, { uuid: string | null; memory: string | null }>();
    const st = this.st('SELECT uuid, team_memory FROM tm_units WHERE id = ?');
    for (const id of ids) {
      const r = st.get(id) as { uuid: string | null; team_memory: string | null } | undefined;
      if (r) out.set(id, { uuid: r.uuid, memory: r.team_memory });
    }
    return out;
  }

  unitCountByUuid(uuid: string): number {
    return this.st('SELECT COUNT(*) FROM tm_units WHERE uuid = ?').pluck().get(uuid) as number;
  }

  setTermUuid(id: number, uuid: string): void {
    this.st('UPDATE glossary_terms SET uuid = ? WHERE id = ? AND uuid IS NULL').run(uuid, id);
  }

  termUuid(id: number): string | null {
    return (this.st('SELECT uuid FROM glossary_terms WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
  }

  tagPulledTerm(id: number, uuid: string, memory: string): void {
    this
      .st(
        `UPDATE glossary_terms SET uuid = COALESCE(uuid, ?), team_memory = COALESCE(team_memory, ?)
         WHERE id = ? AND NOT EXISTS (SELECT 1 FROM glossary_terms o WHERE o.uuid = ? AND o.id <> ?)`,
      )
      .run(uuid, memory, id, uuid, id);
  }

  projectName(id: number): string | null {
    return (this.st('SELECT name FROM projects WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  // ---- push: confirmed local units not yet sent

  /**
   * Reviewed units above `afterId` that did not come from `memory` itself, in id order.
   * Machine output nobody reviewed stays local.
   */
  unitsToPush(afterId: number, memory: string, limit: number): PushRow[] {
    return this
      .st(
        `SELECT ${PUSH_COLUMNS} FROM tm_units WHERE id > ? AND reviewed = 1 AND (team_memory IS NULL OR team_memory <> ?)
         ORDER BY id LIMIT ?`,
      )
      .all(afterId, memory, limit) as PushRow[];
  }

  /** The last unit id `unitsToPush` would consider (to finish a push when the rest is filtered out). */
  maxUnitId(): number {
    return (this.st('SELECT MAX(id) FROM tm_units').pluck().get() as number | null) ?? 0;
  }

  // ---- the outbox

  /** Queues an item; the same memory, kind and UUID queued twice stays one row. */
  enqueue(memory: string, kind: 'unit' | 'term', uuid: string, payload: string, now: string): void {
    this
      .st(
        `INSERT INTO team_outbox (memory, kind, uuid, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (memory, kind, uuid) DO UPDATE SET payload = excluded.payload, next_attempt_at = excluded.next_attempt_at`,
      )
      .run(memory, kind, uuid, payload, now, now);
  }

  /** Items due by `now`, oldest first. */
  due(now: string, limit: number): OutboxRow[] {
    return this
      .st('SELECT id, memory, kind, uuid, payload, attempts FROM team_outbox WHERE next_attempt_at <= ? ORDER BY id LIMIT ?')
      .all(now, limit) as OutboxRow[];
  }

  /** Removes items the server acknowledged. */
  delivered(ids: readonly number[]): void {
    const st = this.st('DELETE FROM team_outbox WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) st.run(id);
    })();
  }

  /** Puts items back for later, recording why they failed. */
  postpone(ids: readonly number[], error: string, nextAttemptAt: string): void {
    const st = this.st('UPDATE team_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) st.run(error, nextAttemptAt, id);
    })();
  }

  /** Makes every item due now (an explicit sync, or the server came back). */
  retryNow(now: string): void {
    this.st('UPDATE team_outbox SET next_attempt_at = ? WHERE next_attempt_at > ?').run(now, now);
  }

  pending(memory?: string): number {
    return (
      memory === undefined
        ? this.st('SELECT COUNT(*) FROM team_outbox').pluck().get()
        : this.st('SELECT COUNT(*) FROM team_outbox WHERE memory = ?').pluck().get(memory)
    ) as number;
  }

  lastError(): string | null {
    return (this.st('SELECT last_error FROM team_outbox WHERE last_error IS NOT NULL ORDER BY id LIMIT 1').pluck().get() as string | undefined) ?? null;
  }

  // ---- sync positions

  syncState(memory: string): SyncState {
    const r = this.st('SELECT pulled_unit_seq, pulled_term_seq, pushed_unit_id FROM team_sync_state WHERE memory = ?').get(memory) as
      | { pulled_unit_seq: number; pulled_term_seq: number; pushed_unit_id: number }
      | undefined;
    return { memory, pulledUnitSeq: r?.pulled_unit_seq ?? 0, pulledTermSeq: r?.pulled_term_seq ?? 0, pushedUnitId: r?.pushed_unit_id ?? 0 };
  }

  saveSyncState(s: SyncState, now: string, what: 'push' | 'pull'): void {
    this
      .st(
        `INSERT INTO team_sync_state (memory, pulled_unit_seq, pulled_term_seq, pushed_unit_id, pulled_at, pushed_at)
         VALUES (@memory, @pulledUnitSeq, @pulledTermSeq, @pushedUnitId, @pulledAt, @pushedAt)
         ON CONFLICT (memory) DO UPDATE SET pulled_unit_seq = excluded.pulled_unit_seq, pulled_term_seq = excluded.pulled_term_seq,
           pushed_unit_id = excluded.pushed_unit_id, pulled_at = COALESCE(excluded.pulled_at, pulled_at),
           pushed_at = COALESCE(excluded.pushed_at, pushed_at)`,
      )
      .run({ ...s, pulledAt: what === 'pull' ? now : null, pushedAt: what === 'push' ? now : null });
  }

  // ---- per-project choice of team memories

  projectMemories(projectId: number): { memory: string; read: boolean; write: boolean }[] {
    return (
      this.st('SELECT memory, read, write FROM project_team_memories WHERE project_id = ? ORDER BY memory').all(projectId) as {
        memory: string;
        read: number;
        write: number;
      }[]
    ).map((r) => ({ memory: r.memory, read: r.read === 1, write: r.write === 1 }));
  }

  /** Replaces a project's choice; an empty list returns it to the defaults. */
  setProjectMemories(projectId: number, rows: readonly { memory: string; read: boolean; write: boolean }[]): void {
    this.db.transaction(() => {
      this.st('DELETE FROM project_team_memories WHERE project_id = ?').run(projectId);
      const st = this.st('INSERT INTO project_team_memories (project_id, memory, read, write) VALUES (?, ?, ?, ?)');
      for (const r of rows) st.run(projectId, r.memory, r.read ? 1 : 0, r.write ? 1 : 0);
    })();
  }

  projectExists(projectId: number): boolean {
    return this.st('SELECT 1 FROM projects WHERE id = ?').get(projectId) !== undefined;
  }
}
