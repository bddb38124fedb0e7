import type { Migration } from './types';

/**
 * Notes on one side of a pair (TMX tuv notes, XLIFF notes that annotate the source or the
 * target) kept apart from the unit's own notes, so that an export puts each note back on the
 * element it came from. Existing units keep all their notes in `notes`.
 */
export const migration0031: Migration = {
  version: 31,
  name: 'side-notes',
  up(db) {
    db.exec(`
      ALTER TABLE tm_units ADD COLUMN source_notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(source_notes));
      ALTER TABLE tm_units ADD COLUMN target_notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(target_notes));
    `);
  },
};
