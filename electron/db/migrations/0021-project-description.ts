import type { Migration } from './types';

/** A project's description: what it is about, or (for the demo) that its texts are invented. */
export const migration0021: Migration = {
  version: 21,
  name: 'project-description',
  up(db) {
    db.exec('ALTER TABLE projects ADD COLUMN description TEXT');
  },
};
