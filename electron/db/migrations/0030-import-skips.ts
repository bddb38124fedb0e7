import type { Migration } from './types';

/**
 * What an import could not read: the number of units the file held, how many were skipped,
 * and why (`skips`: `{reason: {count, lines}}` with the first lines of each reason), so that
 * the import record says "N read, M skipped: reasons" long after the import ran.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'import-skips',
  up(db) {
    db.exec(`
      ALTER TABLE tm_imports ADD COLUMN units_found INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE tm_imports ADD COLUMN units_skipped INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE tm_imports ADD COLUMN skips TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(skips));
    `);
  },
};
