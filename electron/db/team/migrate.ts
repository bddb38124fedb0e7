import type pg from 'pg';
import { SverkaError } from '../../../shared/errors';
import { teamMigrations, type TeamMigration } from './migrations';

/** The schema version this Sverka writes and understands. */
export const TEAM_SCHEMA_VERSION = teamMigrations[teamMigrations.length - 1]!.version;

/** The steps recorded on the server (empty when Sverka's schema is not there at all). */
export async function appliedTeamVersions(c: pg.ClientBase): Promise<number[]> {
  const exists = await c.query<{ t: string | null }>("SELECT to_regclass('sverka.schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return [];
  const r = await c.query<{ version: number }>('SELECT version FROM sverka.schema_migrations ORDER BY version');
  return r.rows.map((x) => Number(x.version));
}

/**
 * Refuses a server this Sverka cannot work with: one written by a newer Sverka (steps unknown
 * here), or one that is behind (an administrator must run `tm team init`).
 */
export function checkTeamVersions(applied: readonly number[], list: readonly TeamMigration[] = teamMigrations): void {
  const known = new Set(list.map((m) => m.version));
  const unknown = applied.filter((v) => !known.has(v));
  const newest = list[list.length - 1]?.version ?? 0;
  if (unknown.length) {
    throw new SverkaError(
      'TEAM_SCHEMA',
      `The team memory server uses schema version ${Math.max(...unknown)}, newer than this Sverka understands (${newest}). Update Sverka to use it.`,
      { serverVersion: Math.max(...unknown), appVersion: newest },
    );
  }
  const missing = list.filter((m) => !applied.includes(m.version));
  if (missing.length) {
    throw new SverkaError(
      'TEAM_SCHEMA',
      applied.length === 0
        ? 'This database holds no Sverka team memory yet. An administrator sets it up with: tm team init'
        : `The team memory server is at schema version ${Math.max(...applied)}; this Sverka needs ${newest}. An administrator updates it with: tm team init`,
      { serverVersion: applied.length ? Math.max(...applied) : 0, appVersion: newest },
    );
  }
}

/**
 * Creates or updates the server schema: every step not yet recorded, in version order, all in
 * one transaction under an advisory lock, so two administrators running `tm team init` at once
 * do not race. A server at a newer version is refused before anything is touched.
 */
export async function migrateTeam(c: pg.ClientBase, list: readonly TeamMigration[] = teamMigrations): Promise<{ from: number; to: number }> {
  await c.query('BEGIN');
  try {
    await c.query("SELECT pg_advisory_xact_lock(hashtext('sverka.team-migrate'))");
    await c.query('CREATE SCHEMA IF NOT EXISTS sverka');
    await c.query(`CREATE TABLE IF NOT EXISTS sverka.schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await appliedTeamVersions(c);
    const known = new Set(list.map((m) => m.version));
    if (applied.some((v) => !known.has(v))) checkTeamVersions(applied, list);
    const from = applied.length ? Math.max(...applied) : 0;
    for (const m of list) {
      if (applied.includes(m.version)) continue;
      await m.up(c);
      await c.query('INSERT INTO sverka.schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await c.query('COMMIT');
    return { from, to: list[list.length - 1]?.version ?? 0 };
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
