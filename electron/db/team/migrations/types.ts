import type pg from 'pg';

/** A numbered step of the team memory's server schema; each runs in the migrator's transaction. */
export interface TeamMigration {
  version: number;
  name: string;
  up(client: pg.ClientBase): Promise<void>;
}
