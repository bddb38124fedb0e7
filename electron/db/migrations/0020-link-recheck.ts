import type { Migration } from './types';

/**
 * "Needs re-check": when the user edits the Russian original inside a linked span, the link
 * keeps its status and its (moved) span, and `recheck_before` keeps the span's text as it was,
 * so that the user sees old and new and decides again. NULL: nothing to re-check.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'link-recheck',
  up(db) {
    db.exec(`
      ALTER TABLE alignment_links ADD COLUMN recheck_before TEXT;
      CREATE INDEX alignment_links_recheck ON alignment_links(project_id) WHERE recheck_before IS NOT NULL;
    `);
  },
};
