import type { Migration } from './types';

/**
 * Ranked candidate sources of a quotation link, as the quotation search proposed them: a JSON
 * array of `{source: {start, end}, score, evidence: [{de, ru, by, strength}]}` (UTF-16 offsets
 * into the project's documents), most probable first. They belong to the link (a restore puts
 * them back with it) and are replaced when the link is proposed again. Links aligned before
 * this step have none: '[]'.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'link-candidates',
  up(db) {
    db.exec(`
      ALTER TABLE alignment_links ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(candidates) AND json_type(candidates) = 'array');
    `);
  },
};
