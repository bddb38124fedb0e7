import type { Migration } from './types';

/**
 * The learned lexicon: German ↔ Russian stem pairs with how much confirmed links taught them
 * (global: what one article teaches helps the next, whatever its project), and per confirmed
 * link what it taught, so that undoing the confirmation (or changing the link) takes exactly
 * that back. The link record names the link by id without a foreign key: it must outlive the
 * link's deletion long enough for the workbench to take its pairs back in the same transaction.
 */
export const migration0045: Migration = {
  version: 45,
  name: 'learned-lexicon',
  up(db) {
    db.exec(`
      CREATE TABLE learned_pairs (
        de TEXT NOT NULL CHECK (length(de) BETWEEN 1 AND 100),
        ru TEXT NOT NULL CHECK (length(ru) BETWEEN 1 AND 100),
        count REAL NOT NULL CHECK (count > 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (de, ru)
      ) WITHOUT ROWID;
      CREATE TABLE learned_links (
        link_id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        taught_key TEXT NOT NULL,
        pairs TEXT NOT NULL CHECK (json_valid(pairs))
      );
      CREATE INDEX learned_links_project ON learned_links(project_id);
    `);
  },
};
