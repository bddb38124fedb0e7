import type Database from 'better-sqlite3';

/** A numbered schema step. Migrations only move forward; each runs in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
