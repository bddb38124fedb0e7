import type Database from 'better-sqlite3';

/** A numbered schema step. Migrations only move forward; each runs in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * `off`: the step rebuilds a table others refer to, which SQLite allows only with foreign
   * keys off (dropping the old table would otherwise cascade into its children). The migrator
   * turns them off around the step and checks every reference before it commits.
   */
  foreignKeys?: 'off';
}
