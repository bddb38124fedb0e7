import type { Migration } from './types';

/**
 * The memory's units that still lack their target-side (concordance) index entry, as id
 * ranges. A bulk import commits its units with the source-side index only (what fuzzy lookup
 * needs) and records the range it added here; a background job (`tm.index`) indexes the
 * target side range by range in small transactions, shrinking the row in the same transaction,
 * so a job stopped at any point (cancel, quit, kill) resumes where it was at the next start.
 * Until then target-side concordance also scans these units directly.
 *
 * The triggers of migration 0004 that remove a unit's old key from the target index must not
 * do so for a unit that was never indexed (a contentless FTS5 index would subtract postings it
 * never held and be damaged): they are recreated to skip units in the backlog, which the job
 * indexes from their current key anyway.
 */
export const migration0081: Migration = {
  version: 81,
  name: 'tm-index-backlog',
  up(db) {
    db.exec(`
      CREATE TABLE tm_index_backlog (
        first_id INTEGER PRIMARY KEY,
        last_id INTEGER NOT NULL,
        CHECK (last_id >= first_id)
      );

      DROP TRIGGER tm_units_ad;
      CREATE TRIGGER tm_units_ad AFTER DELETE ON tm_units BEGIN
        INSERT INTO tm_source_fts (tm_source_fts, rowid, source_key) VALUES ('delete', old.id, ' ' || old.source_key || ' ');
        INSERT INTO tm_target_fts (tm_target_fts, rowid, target_key)
          SELECT 'delete', old.id, ' ' || old.target_key || ' '
          WHERE NOT EXISTS (SELECT 1 FROM tm_index_backlog WHERE first_id <= old.id AND last_id >= old.id);
      END;
      DROP TRIGGER tm_units_au_target;
      CREATE TRIGGER tm_units_au_target AFTER UPDATE OF target_key ON tm_units
        WHEN old.target_key IS NOT new.target_key
          AND NOT EXISTS (SELECT 1 FROM tm_index_backlog WHERE first_id <= old.id AND last_id >= old.id) BEGIN
        INSERT INTO tm_target_fts (tm_target_fts, rowid, target_key) VALUES ('delete', old.id, ' ' || old.target_key || ' ');
        INSERT INTO tm_target_fts (rowid, target_key) VALUES (new.id, ' ' || new.target_key || ' ');
      END;
    `);
  },
};
