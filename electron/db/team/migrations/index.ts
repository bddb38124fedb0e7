import { teamMigration0001 } from './0001-memories';
import type { TeamMigration } from './types';

/** Every step of the team memory's server schema, in version order. New ones are appended. */
export const teamMigrations: readonly TeamMigration[] = [teamMigration0001].sort((a, b) => a.version - b.version);

export type { TeamMigration } from './types';
