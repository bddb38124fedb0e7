import type { Migration } from './types';

const MARKER_PREFIX = 'workbench.aligned.';

/**
 * Which text a document's stored segments were made from becomes a column of the document
 * (`segments_hash`, null: never aligned), so it goes when the document goes. It replaces the
 * per-project `workbench.aligned.<id>` settings keys, which are moved over and deleted.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'document-segments-hash',
  up(db) {
    db.exec('ALTER TABLE documents ADD COLUMN segments_hash TEXT');
    const keys = db.prepare("SELECT key, value FROM settings WHERE key LIKE 'workbench.aligned.%'").all() as Array<{ key: string; value: string }>;
    const set = db.prepare('UPDATE documents SET segments_hash = ? WHERE project_id = ? AND role = ?');
    for (const { key, value } of keys) {
      const projectId = Number(key.slice(MARKER_PREFIX.length));
      let marker: unknown = null;
      try {
        marker = JSON.parse(value);
      } catch {
        // A broken marker meant "not aligned": the segments are made afresh.
      }
      if (Number.isInteger(projectId) && marker !== null && typeof marker === 'object') {
        for (const role of ['source', 'target'] as const) {
          const hash = (marker as Record<string, unknown>)[role];
          if (typeof hash === 'string') set.run(hash, projectId, role);
        }
      }
    }
    db.prepare("DELETE FROM settings WHERE key LIKE 'workbench.aligned.%'").run();
  },
};
