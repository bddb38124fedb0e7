import type { ErrorCode } from '../errors';
import type { TmMatch, TmPair } from './types';

/**
 * Team memory: a translation memory and glossary shared by a desk on PostgreSQL, beside each
 * user's local memory. These are the shapes both sides and the IPC contract agree on.
 */

/** Where a match came from. */
export type MatchStore = 'local' | 'team';

/** A lookup hit from either store, with its provenance: who, when, which project, local or team. */
export interface TeamMatch extends TmMatch {
  store: MatchStore;
  /** The team memory holding it (null for a unit only in the local memory). */
  memory: string | null;
  uuid: string | null;
  /** The database role that wrote it to the team memory. */
  author: string | null;
  /** The project it was confirmed in, by name. */
  project: string | null;
}

/** off: no team memory set up (or none for this project); offline: set up but not answering in time. */
export type TeamState = 'off' | 'online' | 'offline';

export interface TeamLookupState {
  state: TeamState;
  /** The team memories asked. */
  memories: string[];
  /** Why it is offline. */
  code: ErrorCode | null;
  message: string | null;
}

export interface TeamLookupResult {
  matches: TeamMatch[];
  team: TeamLookupState;
}

/** A unit as it travels to the team memory (the outbox payload and the upsert's row). */
export interface TeamUnitPayload extends TmPair {
  uuid: string;
  /** The version this one revises, when known (another target for the same source). */
  parentUuid: string | null;
  project: string | null;
  creator: string | null;
  changer: string | null;
  reviewer: string | null;
  created: string;
  changed: string;
  props: Record<string, string>;
  notes: string[];
}

/** A glossary entry as it travels to the team memory. */
export interface TeamTermPayload {
  uuid: string;
  sourceLang: string;
  targetLang: string;
  sourceTerm: string;
  targetTerm: string;
  note: string | null;
  project: string | null;
  created: string;
}

/** TLS to the server: none, or verify-full (the certificate chains to the CA file and names the host). */
export type TeamTls = 'off' | 'verify-full';

/** The connection as the settings show it: never the password. */
export interface TeamConnectionView {
  host: string;
  port: number;
  database: string;
  user: string;
  tls: TeamTls;
  caFile: string | null;
  /** The memory read and written when a project names none. */
  memory: string;
}

/** What the renderer may know about the team memory. */
export interface TeamStatus {
  configured: boolean;
  /** SVERKA_TEAM_URL (browser shell, CLI) or the settings. */
  source: 'env' | 'settings' | null;
  connection: TeamConnectionView | null;
  passwordSet: boolean;
  /** True where `team.setPassword` works (the desktop app). */
  canSetPassword: boolean;
  /** Null when not checked (not configured). */
  reachable: boolean | null;
  error: { code: ErrorCode; message: string } | null;
  /** Memories this user may read, and those it may write. */
  memories: { name: string; writable: boolean }[];
  outbox: { pending: number; lastError: string | null };
}

/** Per project: which team memories are read and which one is written. */
export interface ProjectTeamMemories {
  projectId: number;
  /** False when the project follows the connection's default memory. */
  custom: boolean;
  read: string[];
  write: string | null;
}

/** What a push or pull did. */
export interface TeamSyncResult {
  memory: string;
  pushed: number;
  pulled: number;
  outboxLeft: number;
}
