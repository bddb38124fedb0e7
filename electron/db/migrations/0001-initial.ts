import type { Migration } from './types';

/** Projects, their documents and key/value settings: the ground every later table hangs on. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        source_lang TEXT NOT NULL DEFAULT 'ru',
        target_lang TEXT NOT NULL DEFAULT 'de',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        opened_at TEXT
      );
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        file_name TEXT,
        encoding TEXT,
        format TEXT NOT NULL DEFAULT 'txt',
        content_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (project_id, role)
      );
      CREATE INDEX documents_project ON documents(project_id);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
