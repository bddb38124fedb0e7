import type { Migration } from './types';

/** Glossary terms, per project or global (project_id NULL); one entry per term pair and scope. */
export const migration0005: Migration = {
  version: 5,
  name: 'glossary',
  up(db) {
    db.exec(`
      CREATE TABLE glossary_terms (
        id INTEGER PRIMARY KEY,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_term TEXT NOT NULL CHECK (length(trim(source_term)) > 0),
        target_term TEXT NOT NULL CHECK (length(trim(target_term)) > 0),
        source_key TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX glossary_terms_unique
        ON glossary_terms(COALESCE(project_id, 0), source_lang, target_lang, source_key, target_term);
      CREATE INDEX glossary_terms_key ON glossary_terms(source_key);
    `);
  },
};
