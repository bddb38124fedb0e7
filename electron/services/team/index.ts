export { TeamService, mergeMatches, type TeamServiceOptions, type TeamLookupOptions, type TeamRole } from './service';
export { TeamClient, type TeamClientOptions } from './client';
export { defaultTeamKeyChain, electronTeamKeyChain, parseTeamUrl, TEAM_ENV, TEAM_PASSWORD, type TeamSettingsInput } from './config';
export { PgMemoryStore, SqliteMemoryStore, type MemoryStore, type StoreLookupOptions } from './store';
