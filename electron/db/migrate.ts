import type Database from 'better-sqlite3';
import { SverkaError } from '../../shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

/** The schema version a database is at (0 for a fresh file). */
export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the schema up to `target` (default: the newest): applies every known migration that
 * is not yet recorded, in version order, so a step numbered below one already applied (work
 * that landed in another order) still runs. Each step and its bookkeeping row commit together,
 * so a crash leaves the database at a whole version.
 */
export function migrateTo(
  db: Database.Database,
  target?: number,
  list: readonly Migration[] = allMigrations,
): number {
  const newest = list.length ? list[list.length - 1]!.version : 0;
  const goal = target ?? newest;
  schemaVersion(db);
  const applied = new Set((db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version));
  const known = new Set(list.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v));
  if (unknown.length) {
    throw new SverkaError(
      'DB_ERROR',
      `This database was written by a newer Sverka (schema steps ${unknown.join(', ')} are unknown to this version). Update Sverka to open it.`,
    );
  }
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of list) {
    if (applied.has(m.version) || m.version > goal) continue;
    // The pragma is a no-op inside a transaction, so it is switched around the step's own.
    const fkOff = m.foreignKeys === 'off' && db.pragma('foreign_keys', { simple: true }) === 1;
    if (fkOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.foreignKeys === 'off') assertReferencesHold(db, m);
        record.run(m.version, m.name, new Date().toISOString());
      })();
    } finally {
      if (fkOff) db.pragma('foreign_keys = ON');
    }
  }
  return schemaVersion(db);
}

/** A step run with foreign keys off must leave every reference valid, or it is rolled back. */
function assertReferencesHold(db: Database.Database, m: Migration): void {
  const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
  if (broken.length > 0) {
    const where = [...new Set(broken.map((b) => `${b.table} -> ${b.parent}`))].join(', ');
    throw new SverkaError('DB_ERROR', `Schema step ${m.version} (${m.name}) would leave ${broken.length} broken references (${where}); nothing was changed.`);
  }
}
