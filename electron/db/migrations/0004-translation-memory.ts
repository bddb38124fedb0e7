import type { Migration } from './types';

/**
 * Translation-memory units with provenance, the imports they came from, and two FTS5
 * trigram indexes over the matching keys (source and target) for fuzzy candidates and
 * concordance. The FTS tables are contentless (the text lives once, in tm_units). Deletes and
 * key updates reach them through triggers (passing the old key to FTS5's 'delete' command);
 * inserts do NOT: `TmRepository` writes the FTS rows itself (per batch, or for a whole import
 * in one INSERT ... SELECT per side), because an FTS5 write from a trigger runs inside a
 * statement savepoint, and FTS5 flushes its pending index at every savepoint, which made bulk
 * imports about five times slower. Keys are already
 * lowercased, so the tokenizer skips its own case folding (case_sensitive 1). The index keeps
 * no positions (detail=none): fuzzy candidates need only "which units hold this trigram", and
 * concordance ANDs the query's trigrams and confirms the substring on the key, so positions
 * would only make the index (the import's largest cost) twice as big and slower to read.
 * (contentless_delete=1 would double the insert cost again.) The indexed text is the key with
 * a space on either side, so that every word has boundary trigrams (' на', 'на '): a query of
 * one or two characters is searched as a whole word through them instead of by a table scan.
 *
 * Exact lookups and duplicate checks go through `source_hash` (a 53-bit hash of the
 * source key) rather than an index over the key text, which would double the key storage.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'translation-memory',
  up(db) {
    db.exec(`
      CREATE TABLE tm_imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        units_read INTEGER NOT NULL DEFAULT 0,
        units_added INTEGER NOT NULL DEFAULT 0,
        units_merged INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL CHECK (length(source_lang) BETWEEN 2 AND 35),
        target_lang TEXT NOT NULL CHECK (length(target_lang) BETWEEN 2 AND 35),
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_inline TEXT CHECK (source_inline IS NULL OR json_valid(source_inline)),
        target_inline TEXT CHECK (target_inline IS NULL OR json_valid(target_inline)),
        source_key TEXT NOT NULL,
        target_key TEXT NOT NULL,
        source_hash INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('human', 'machine', 'import')),
        reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
        status TEXT,
        project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        link_id INTEGER REFERENCES alignment_links(id) ON DELETE SET NULL,
        source_start INTEGER,
        source_end INTEGER,
        target_start INTEGER,
        target_end INTEGER,
        import_id INTEGER REFERENCES tm_imports(id) ON DELETE SET NULL,
        tuid TEXT,
        creator TEXT,
        changer TEXT,
        reviewer TEXT,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        props TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(props)),
        notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
        CHECK (length(source_key) > 0),
        CHECK (source_start IS NULL OR source_end >= source_start),
        CHECK (target_start IS NULL OR target_end >= target_start)
      );
      CREATE INDEX tm_units_source_hash ON tm_units(source_hash);
      CREATE INDEX tm_units_project ON tm_units(project_id) WHERE project_id IS NOT NULL;
      -- Queries under three characters have no trigram: they search the short keys only.
      CREATE INDEX tm_units_short_source ON tm_units(source_key) WHERE length(source_key) <= 8;

      CREATE VIRTUAL TABLE tm_source_fts USING fts5(source_key, content='', detail=none, tokenize='trigram case_sensitive 1');
      CREATE VIRTUAL TABLE tm_target_fts USING fts5(target_key, content='', detail=none, tokenize='trigram case_sensitive 1');
      CREATE VIRTUAL TABLE tm_source_vocab USING fts5vocab(tm_source_fts, 'row');
      CREATE VIRTUAL TABLE tm_target_vocab USING fts5vocab(tm_target_fts, 'row');

      CREATE TRIGGER tm_units_ad AFTER DELETE ON tm_units BEGIN
        INSERT INTO tm_source_fts (tm_source_fts, rowid, source_key) VALUES ('delete', old.id, ' ' || old.source_key || ' ');
        INSERT INTO tm_target_fts (tm_target_fts, rowid, target_key) VALUES ('delete', old.id, ' ' || old.target_key || ' ');
      END;
      CREATE TRIGGER tm_units_au_source AFTER UPDATE OF source_key ON tm_units WHEN old.source_key IS NOT new.source_key BEGIN
        INSERT INTO tm_source_fts (tm_source_fts, rowid, source_key) VALUES ('delete', old.id, ' ' || old.source_key || ' ');
        INSERT INTO tm_source_fts (rowid, source_key) VALUES (new.id, ' ' || new.source_key || ' ');
      END;
      CREATE TRIGGER tm_units_au_target AFTER UPDATE OF target_key ON tm_units WHEN old.target_key IS NOT new.target_key BEGIN
        INSERT INTO tm_target_fts (tm_target_fts, rowid, target_key) VALUES ('delete', old.id, ' ' || old.target_key || ' ');
        INSERT INTO tm_target_fts (rowid, target_key) VALUES (new.id, ' ' || new.target_key || ' ');
      END;
    `);
  },
};
