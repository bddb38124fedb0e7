import type { Migration } from './types';

/**
 * Alignment links between the source and the target document and the translations a user
 * checked. Every change to a checked translation is copied into `translation_history` by
 * triggers, so no code path can change a translation without leaving a trace; history rows
 * have no foreign keys and outlive the link they describe.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'alignment',
  up(db) {
    db.exec(`
      CREATE TABLE alignment_links (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'sentence')),
        source_start INTEGER,
        source_end INTEGER,
        source_seg_from INTEGER,
        source_seg_to INTEGER,
        target_start INTEGER NOT NULL CHECK (target_start >= 0),
        target_end INTEGER NOT NULL,
        target_seg_from INTEGER,
        target_seg_to INTEGER,
        status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected', 'no_source')),
        score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
        who TEXT NOT NULL DEFAULT 'auto',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (target_end >= target_start),
        CHECK ((source_start IS NULL) = (source_end IS NULL)),
        CHECK (source_start IS NULL OR (source_start >= 0 AND source_end >= source_start)),
        CHECK (status = 'no_source' OR source_start IS NOT NULL),
        CHECK (source_seg_from IS NULL OR source_seg_to >= source_seg_from),
        CHECK (target_seg_from IS NULL OR target_seg_to >= target_seg_from)
      );
      CREATE INDEX alignment_links_project ON alignment_links(project_id, kind, target_start);
      CREATE INDEX alignment_links_source ON alignment_links(project_id, source_start);

      CREATE TABLE checked_translations (
        id INTEGER PRIMARY KEY,
        link_id INTEGER NOT NULL UNIQUE REFERENCES alignment_links(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'translated', 'reviewed', 'approved', 'rejected')),
        note TEXT,
        updated_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE translation_history (
        id INTEGER PRIMARY KEY,
        translation_id INTEGER NOT NULL,
        link_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        before_text TEXT,
        after_text TEXT,
        before_status TEXT,
        after_status TEXT,
        before_note TEXT,
        after_note TEXT
      );
      CREATE INDEX translation_history_link ON translation_history(link_id, id);

      CREATE TRIGGER checked_translations_ai AFTER INSERT ON checked_translations BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at, after_text, after_status, after_note)
        VALUES (new.id, new.link_id, 'insert', new.updated_by, new.updated_at, new.text, new.status, new.note);
      END;
      CREATE TRIGGER checked_translations_au AFTER UPDATE ON checked_translations
      WHEN old.text IS NOT new.text OR old.status IS NOT new.status OR old.note IS NOT new.note BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at,
          before_text, after_text, before_status, after_status, before_note, after_note)
        VALUES (new.id, new.link_id, 'update', new.updated_by, new.updated_at,
          old.text, new.text, old.status, new.status, old.note, new.note);
      END;
      CREATE TRIGGER checked_translations_ad AFTER DELETE ON checked_translations BEGIN
        INSERT INTO translation_history (translation_id, link_id, action, who, at, before_text, before_status, before_note)
        VALUES (old.id, old.link_id, 'delete', old.updated_by, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), old.text, old.status, old.note);
      END;
    `);
  },
};
