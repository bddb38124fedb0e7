import type { Migration } from './types';

/**
 * An index on the alignment link a memory unit came from. Confirming, undoing and accepting a
 * pair look up the units of one link, and deleting a link has SQLite find the units that point
 * at it (`ON DELETE SET NULL`): without the index each was a scan of the whole memory (a
 * million imported units: about a hundred milliseconds per link). Partial, so imported units
 * (no link) cost an import nothing.
 */
export const migration0082: Migration = {
  version: 82,
  name: 'tm-units-link',
  up(db) {
    db.exec('CREATE INDEX tm_units_link ON tm_units(link_id) WHERE link_id IS NOT NULL;');
  },
};
