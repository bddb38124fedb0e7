import type { Migration } from './types';

/**
 * The durable outbox of the team memory: a confirmed pair or glossary entry is written here
 * in the same transaction as the local unit, and leaves only when the server has it, so a
 * server that is down or an app that is killed loses nothing. One row per memory and UUID:
 * a retried send is an idempotent upsert on the server. `team_sync_state` keeps, per team
 * memory, how far `pull` has read the server's change sequence and up to which local unit id
 * `push` has sent the memory's confirmed units.
 */
export const migration0051: Migration = {
  version: 51,
  name: 'team-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE team_outbox (
        id INTEGER PRIMARY KEY,
        memory TEXT NOT NULL CHECK (length(memory) BETWEEN 1 AND 100),
        kind TEXT NOT NULL CHECK (kind IN ('unit', 'term')),
        uuid TEXT NOT NULL CHECK (length(uuid) = 36),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        UNIQUE (memory, kind, uuid)
      );
      CREATE INDEX team_outbox_due ON team_outbox(next_attempt_at);

      CREATE TABLE team_sync_state (
        memory TEXT PRIMARY KEY CHECK (length(memory) BETWEEN 1 AND 100),
        pulled_unit_seq INTEGER NOT NULL DEFAULT 0,
        pulled_term_seq INTEGER NOT NULL DEFAULT 0,
        pushed_unit_id INTEGER NOT NULL DEFAULT 0,
        pulled_at TEXT,
        pushed_at TEXT
      );
    `);
  },
};
