import type { Migration } from './types';

/**
 * Machine-translation tables: the suggestion cache (a suggestion once paid for is never
 * requested again), the DeepL glossary each project's terms were last synced to, and review
 * decisions on suggestions. No column ever holds the DeepL key or anything derived from it.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'mt',
  up(db) {
    db.exec(`
      CREATE TABLE mt_suggestions (
        id INTEGER PRIMARY KEY,
        cache_key TEXT NOT NULL UNIQUE,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_text TEXT NOT NULL,
        formality TEXT NOT NULL,
        model_type TEXT,
        context_hash TEXT,
        glossary_version TEXT NOT NULL DEFAULT '',
        suggestion TEXT NOT NULL,
        model_type_used TEXT,
        billed_characters INTEGER NOT NULL DEFAULT 0 CHECK (billed_characters >= 0),
        detected_source_lang TEXT,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        use_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX mt_suggestions_text ON mt_suggestions(source_lang, target_lang, source_text);

      CREATE TABLE mt_glossaries (
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        server TEXT NOT NULL,
        glossary_id TEXT NOT NULL,
        version TEXT NOT NULL,
        dictionaries TEXT NOT NULL,
        synced_at TEXT NOT NULL,
        PRIMARY KEY (project_id, server)
      );

      CREATE TABLE mt_reviews (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ref TEXT,
        suggestion_id INTEGER REFERENCES mt_suggestions(id) ON DELETE SET NULL,
        checked_translation_id INTEGER REFERENCES checked_translations(id) ON DELETE SET NULL,
        source_text TEXT NOT NULL,
        suggestion TEXT NOT NULL,
        final_text TEXT NOT NULL,
        edit_distance INTEGER NOT NULL CHECK (edit_distance >= 0),
        normalized_distance REAL NOT NULL CHECK (normalized_distance BETWEEN 0 AND 1),
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'edited', 'rejected')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX mt_reviews_ref ON mt_reviews(project_id, ref) WHERE ref IS NOT NULL;
      CREATE INDEX mt_reviews_project ON mt_reviews(project_id);
    `);
  },
};
