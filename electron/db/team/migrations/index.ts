import { teamMigration0001 } from './0001-memories';
import { teamMigration0002 } from './0002-word-tokens';
import { teamMigration0003 } from './0003-token-counts';
import { teamMigration0004 } from './0004-first-pass';
import type { TeamMigration } from './types';

/** Every step of the team memory's server schema, in version order. New ones are appended. */
export const teamMigrations: readonly TeamMigration[] = [teamMigration0001, teamMigration0002, teamMigration0003, teamMigration0004].sort((a, b) => a.version - b.version);

export type { TeamMigration } from './types';
