import type { Migration } from './types';

/**
 * Team memory, local side: every unit and glossary term that goes to (or came from) a team
 * memory carries a UUID, so that sending it twice, or receiving back what one sent, never
 * makes a second copy. `team_memory` names the team memory a unit was pulled from (NULL for
 * units confirmed or imported here). UUIDs are given lazily, when a unit first leaves or
 * arrives, so ordinary imports pay nothing for them.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'team-units',
  up(db) {
    db.exec(`
      ALTER TABLE tm_units ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
      ALTER TABLE tm_units ADD COLUMN team_memory TEXT;
      CREATE UNIQUE INDEX tm_units_uuid ON tm_units(uuid) WHERE uuid IS NOT NULL;
      ALTER TABLE glossary_terms ADD COLUMN uuid TEXT CHECK (uuid IS NULL OR length(uuid) = 36);
      ALTER TABLE glossary_terms ADD COLUMN team_memory TEXT;
      CREATE UNIQUE INDEX glossary_terms_uuid ON glossary_terms(uuid) WHERE uuid IS NOT NULL;
    `);
  },
};
