import type { Migration } from './types';

/**
 * Bilingual dictionaries the user imports (TSV, TBX, FreeDict TEI), global (project_id NULL)
 * or for one project, with their German–Russian entries as written (stemmed when loaded, so
 * a better stemmer needs no re-import). An import writes under state 'importing' and turns
 * 'ready' at its end; a cancelled or failed import deletes its row, and rows left 'importing'
 * by a crash are deleted when the lexicon service starts.
 */
export const migration0046: Migration = {
  version: 46,
  name: 'user-lexicons',
  up(db) {
    db.exec(`
      CREATE TABLE user_lexicons (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 260),
        format TEXT NOT NULL CHECK (format IN ('tsv', 'tbx', 'tei')),
        state TEXT NOT NULL CHECK (state IN ('importing', 'ready')),
        entries INTEGER NOT NULL DEFAULT 0 CHECK (entries >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX user_lexicons_project ON user_lexicons(project_id);
      CREATE TABLE user_lexicon_entries (
        lexicon_id INTEGER NOT NULL REFERENCES user_lexicons(id) ON DELETE CASCADE,
        de TEXT NOT NULL CHECK (length(de) BETWEEN 1 AND 1000),
        ru TEXT NOT NULL CHECK (length(ru) BETWEEN 1 AND 1000)
      );
      CREATE INDEX user_lexicon_entries_lexicon ON user_lexicon_entries(lexicon_id);
    `);
  },
};
