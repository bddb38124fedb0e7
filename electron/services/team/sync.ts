import { SverkaError } from '../../../shared/errors';
import type { TeamSyncResult, TeamTermPayload, TeamUnitPayload } from '../../../shared/tm/team';
import type { Db } from '../../db/connection';
import type { OutboxRow, TeamLocalRepository } from '../../db/repositories/team-local';
import type { TeamClient } from './client';
import { backoffMs } from './outbox';
import { localRowToServerRow, PgMemoryStore, type SqliteMemoryStore } from './store';
import { timeOrderedUuid } from './uuid';

/** Errors after which nothing else is tried now: the server is down, not the item wrong. */
const STOP_ALL = new Set(['TEAM_UNREACHABLE', 'TEAM_TIMEOUT', 'TEAM_CONNECTION_LOST', 'TEAM_NOT_POSTGRES', 'TEAM_TLS', 'TEAM_AUTH', 'TEAM_SCHEMA']);

/** Outbox items delivered per round trip. */
const OUTBOX_BATCH = 2000;
/** Local units sent per batch by `push`, and server units read per batch by `pull`. */
const PUSH_BATCH = 5000;
/** Batches of a push on their way at once (the server inserts on its cores while the next is read). */
const PUSH_IN_FLIGHT = 3;
const PULL_BATCH = 5000;

export interface FlushResult {
  sent: number;
  left: number;
  error: SverkaError | null;
}

export interface SyncDeps {
  db: Db;
  local: TeamLocalRepository;
  sqlite: SqliteMemoryStore;
  now: () => string;
  random?: () => number;
}

/**
 * Moving units between the local memory and a team memory: delivering the outbox (retried
 * with backoff, never dropped), `push` of the confirmed local units, `pull` of the team's.
 * Every step is idempotent by UUID, so a crash between the server's commit and the local
 * bookkeeping only makes the next run send a batch again, never a duplicate.
 */
export class TeamSync {
  private flushing: Promise<FlushResult> | null = null;

  constructor(private readonly d: SyncDeps) {}

  /** Delivers due outbox items (all of them when `force`); one delivery at a time. */
  flush(client: TeamClient, force = false, onProgress?: (sent: number) => void): Promise<FlushResult> {
    if (force) this.d.local.retryNow(this.d.now());
    this.flushing ??= this.deliver(client, onProgress).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async deliver(client: TeamClient, onProgress?: (sent: number) => void): Promise<FlushResult> {
    let sent = 0;
    const failedNow = new Set<number>();
    for (;;) {
      const due = this.d.local.due(this.d.now(), OUTBOX_BATCH).filter((r) => !failedNow.has(r.id));
      if (due.length === 0) break;
      const groups = new Map<string, OutboxRow[]>();
      for (const r of due) {
        const k = `${r.kind}\u0000${r.memory}`;
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push(r);
      }
      for (const rows of groups.values()) {
        const { kind, memory } = rows[0]!;
        const store = new PgMemoryStore(client, [memory], memory);
        try {
          if (kind === 'unit') await store.addUnits(rows.map((r) => JSON.parse(r.payload) as TeamUnitPayload));
          else await store.addTerms(rows.map((r) => JSON.parse(r.payload) as TeamTermPayload));
          this.d.local.delivered(rows.map((r) => r.id));
          sent += rows.length;
          onProgress?.(sent);
        } catch (err) {
          const e = err instanceof SverkaError ? err : new SverkaError('INTERNAL', 'The team memory could not take the items.');
          const attempts = Math.min(...rows.map((r) => r.attempts));
          const at = new Date(Date.parse(this.d.now()) + backoffMs(attempts, this.d.random)).toISOString();
          this.d.local.postpone(
            rows.map((r) => r.id),
            `${e.code}: ${e.message}`,
            at,
          );
          for (const r of rows) failedNow.add(r.id);
          if (STOP_ALL.has(e.code)) return { sent, left: this.d.local.pending(), error: e };
        }
      }
    }
    return { sent, left: this.d.local.pending(), error: null };
  }

  /**
   * Sends the outbox and then every confirmed local unit the memory has not had yet (from the
   * last pushed unit id on). UUIDs are given and committed locally before a batch leaves, so a
   * batch sent again after a crash lands on the same rows.
   */
  async push(client: TeamClient, memory: string, onProgress?: (sent: number) => void): Promise<TeamSyncResult> {
    await client.memory(memory, 'write');
    const flushed = await this.flush(client, true, onProgress);
    if (flushed.error) throw flushed.error;
    const store = new PgMemoryStore(client, [memory], memory);
    const state = this.d.local.syncState(memory);
    let pushed = flushed.sent;
    const names = new Map<number, string | null>();
    const projectName = (id: number | null) => {
      if (id === null) return null;
      if (!names.has(id)) names.set(id, this.d.local.projectName(id));
      return names.get(id) ?? null;
    };
    // Batches are read and sent in order, several at a time; the saved position only ever moves to
    // the end of a batch that, and every batch before it, the server has committed.
    const inFlight: { lastId: number; count: number; done: Promise<unknown> }[] = [];
    const settleOldest = async () => {
      const b = inFlight.shift()!;
      await b.done;
      pushed += b.count;
      state.pushedUnitId = b.lastId;
      this.d.local.saveSyncState(state, this.d.now(), 'push');
      onProgress?.(pushed);
    };
    let cursor = state.pushedUnitId;
    try {
      for (;;) {
        const rows = this.d.local.unitsToPush(cursor, memory, PUSH_BATCH);
        if (rows.length === 0) break;
        const serverRows = this.d.db.transaction(() =>
          rows.map((r) => {
            let uuid = r.uuid;
            if (!uuid) {
              uuid = timeOrderedUuid();
              this.d.local.setUnitUuid(r.id, uuid);
            }
            return localRowToServerRow(r, uuid, projectName(r.project_id));
          }),
        )();
        cursor = rows[rows.length - 1]!.id;
        const done = store.addServerRows(serverRows, { bulk: true });
        done.catch(() => undefined);
        inFlight.push({ lastId: cursor, count: serverRows.length, done });
        if (inFlight.length >= PUSH_IN_FLIGHT) await settleOldest();
      }
      while (inFlight.length > 0) await settleOldest();
    } finally {
      // After a failure, let the other batch finish or fail before reporting.
      await Promise.allSettled(inFlight.map((b) => b.done));
    }
    return { memory, pushed, pulled: 0, outboxLeft: this.d.local.pending() };
  }

  /** Brings the memory's units and glossary entries changed since the last pull into the local memory. */
  async pull(client: TeamClient, memory: string, onProgress?: (pulled: number) => void): Promise<TeamSyncResult> {
    const m = await client.memory(memory, 'read');
    const state = this.d.local.syncState(memory);
    let pulled = 0;
    for (;;) {
      const batch = await client.run((r) => r.unitsSince(m.id, state.pulledUnitSeq, PULL_BATCH));
      if (batch.length === 0) break;
      this.d.db.transaction(() => {
        this.d.sqlite.receive(
          batch,
          memory,
          batch.map((u) => u.author),
        );
        state.pulledUnitSeq = batch[batch.length - 1]!.seq;
        this.d.local.saveSyncState(state, this.d.now(), 'pull');
      })();
      pulled += batch.length;
      onProgress?.(pulled);
    }
    for (;;) {
      const terms = await client.run((r) => r.termsSince(m.id, state.pulledTermSeq, PULL_BATCH));
      if (terms.length === 0) break;
      this.d.db.transaction(() => {
        this.d.sqlite.receiveTerms(terms, memory);
        state.pulledTermSeq = terms[terms.length - 1]!.seq;
        this.d.local.saveSyncState(state, this.d.now(), 'pull');
      })();
    }
    return { memory, pushed: 0, pulled, outboxLeft: this.d.local.pending() };
  }
}
