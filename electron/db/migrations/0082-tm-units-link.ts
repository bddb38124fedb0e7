import type { Migration } from './types';

/**
 * Indexes on the alignment link and the document a memory unit came from. Confirming, undoing
 * and accepting a pair look up the units of one link, and deleting a link or a document has
 * SQLite find the units that point at it (`ON DELETE SET NULL`): without an index each was a
 * scan of the whole memory (a million imported units: about 120 ms per deleted link, so a
 * re-alignment replacing thousands of automatic links took minutes). Partial, so imported
 * units (no link, no document) cost an import nothing.
 */
export const migration0082: Migration = {
  version: 82,
  name: 'tm-units-link',
  up(db) {
    db.exec(`
      CREATE INDEX tm_units_link ON tm_units(link_id) WHERE link_id IS NOT NULL;
      CREATE INDEX tm_units_document ON tm_units(document_id) WHERE document_id IS NOT NULL;
    `);
  },
};
