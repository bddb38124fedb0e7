import type { Migration } from './types';

/**
 * A fact-checker's verdict on a quotation link (faithful / acceptable rendering / distorted /
 * cannot verify) with a comment, signed like a checked translation. Every change is copied into
 * `quote_verdict_history` by triggers, so no code path can change a verdict without a trace;
 * history rows have no foreign keys and outlive the link they describe.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'quote-verdicts',
  up(db) {
    db.exec(`
      CREATE TABLE quote_verdicts (
        link_id INTEGER PRIMARY KEY REFERENCES alignment_links(id) ON DELETE CASCADE,
        verdict TEXT NOT NULL CHECK (verdict IN ('faithful', 'acceptable', 'distorted', 'cannot-verify')),
        comment TEXT NOT NULL DEFAULT '',
        updated_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE quote_verdict_history (
        id INTEGER PRIMARY KEY,
        link_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        before_verdict TEXT,
        after_verdict TEXT,
        before_comment TEXT,
        after_comment TEXT
      );
      CREATE INDEX quote_verdict_history_link ON quote_verdict_history(link_id, id);

      CREATE TRIGGER quote_verdicts_ai AFTER INSERT ON quote_verdicts BEGIN
        INSERT INTO quote_verdict_history (link_id, action, who, at, after_verdict, after_comment)
        VALUES (new.link_id, 'insert', new.updated_by, new.updated_at, new.verdict, new.comment);
      END;
      CREATE TRIGGER quote_verdicts_au AFTER UPDATE ON quote_verdicts
      WHEN old.verdict IS NOT new.verdict OR old.comment IS NOT new.comment BEGIN
        INSERT INTO quote_verdict_history (link_id, action, who, at, before_verdict, after_verdict, before_comment, after_comment)
        VALUES (new.link_id, 'update', new.updated_by, new.updated_at, old.verdict, new.verdict, old.comment, new.comment);
      END;
      CREATE TRIGGER quote_verdicts_ad AFTER DELETE ON quote_verdicts BEGIN
        INSERT INTO quote_verdict_history (link_id, action, who, at, before_verdict, before_comment)
        VALUES (old.link_id, 'delete', old.updated_by, old.updated_at, old.verdict, old.comment);
      END;
    `);
  },
};
