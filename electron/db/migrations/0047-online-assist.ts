import type { Migration } from './types';

/**
 * Online assist (DeepL translations of the German quotations matched in Russian), off by
 * default and switched per project; and on each link whether its evidence used it, so the
 * app can say which links rest on a machine translation.
 */
export const migration0047: Migration = {
  version: 47,
  name: 'online-assist',
  up(db) {
    db.exec(`
      ALTER TABLE projects ADD COLUMN online_assist INTEGER NOT NULL DEFAULT 0 CHECK (online_assist IN (0, 1));
      ALTER TABLE alignment_links ADD COLUMN assisted INTEGER NOT NULL DEFAULT 0 CHECK (assisted IN (0, 1));
    `);
  },
};
