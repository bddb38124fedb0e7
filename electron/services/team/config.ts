import path from 'node:path';
import { SverkaError } from '../../../shared/errors';
import type { TeamConnectionView, TeamTls } from '../../../shared/tm/team';
import type { TeamConnection } from '../../db/team/connection';
import type { SettingsRepository } from '../../db/repositories/settings';
import { FileKeyStore, KeyChain, SafeStorageKeyStore, type SafeStorageLike, type SecretKind } from '../mt/keys';

/**
 * Where the team memory's connection comes from: SVERKA_TEAM_URL (browser shell, CLI, CI),
 * else the settings (host, port, database, user, TLS, CA file, default memory) plus the password
 * from its own secret store, kept like the DeepL key: encrypted by the system keychain in the
 * app, or a file readable only by its owner. The password never enters the database, a log,
 * an IPC result or an export.
 */

export const TEAM_PASSWORD: SecretKind = {
  name: 'team memory password',
  envHint:
    'put it into SVERKA_TEAM_URL (postgres://user:password@host/database) or into team.password in the Sverka data folder, readable only by you',
  unusableCode: 'TEAM_AUTH',
};

export const TEAM_ENV = 'SVERKA_TEAM_URL';
const SETTING = 'team.connection';
const DEFAULT_MEMORY = 'main';
const MEMORY_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u;

/** The desktop app's store: the password encrypted with the OS keychain, under userData. */
export function electronTeamKeyChain(safeStorage: SafeStorageLike, userDataDir: string): KeyChain {
  return new KeyChain([new SafeStorageKeyStore(safeStorage, path.join(userDataDir, 'team-password.bin'), process.platform, TEAM_PASSWORD)], TEAM_PASSWORD);
}

/** Outside Electron: a private file `team.password` in the data folder. */
export function defaultTeamKeyChain(dataDir: string): KeyChain {
  return new KeyChain([new FileKeyStore(path.join(dataDir, 'team.password'), process.platform, TEAM_PASSWORD)], TEAM_PASSWORD);
}

export function checkMemoryName(name: string): string {
  const n = name.trim();
  if (!MEMORY_RE.test(n)) {
    throw new SverkaError('BAD_REQUEST', `"${n.slice(0, 40)}" is not a team memory name: 1-100 letters, digits, spaces, dots, dashes or underscores.`);
  }
  return n;
}

/**
 * Parses postgres://user:password@host:port/database?sslmode=verify-full&sslrootcert=ca.pem&memory=desk.
 * TLS is off (sslmode=disable, the default) or verify-full; modes that encrypt without checking
 * whom they talk to are refused rather than silently weakened.
 */
export function parseTeamUrl(url: string): TeamConnection {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new SverkaError('BAD_REQUEST', 'The team memory address must look like postgres://user@host:5432/database.');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new SverkaError('BAD_REQUEST', 'The team memory address must start with postgres:// (a PostgreSQL server).');
  }
  if (!u.hostname) throw new SverkaError('BAD_REQUEST', 'The team memory address names no host.');
  const port = u.port ? Number(u.port) : 5432;
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'sverka';
  const sslmode = u.searchParams.get('sslmode') ?? 'disable';
  let tls: TeamTls;
  if (sslmode === 'disable') tls = 'off';
  else if (sslmode === 'verify-full') tls = 'verify-full';
  else throw new SverkaError('BAD_REQUEST', `sslmode=${sslmode} is not offered: use sslmode=verify-full (with sslrootcert) or sslmode=disable.`);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host,
    port,
    database,
    user: decodeURIComponent(u.username) || 'sverka',
    password: u.password ? decodeURIComponent(u.password) : null,
    tls,
    caFile: u.searchParams.get('sslrootcert'),
    memory: checkMemoryName(u.searchParams.get('memory') ?? DEFAULT_MEMORY),
  };
}

export function connectionView(c: TeamConnection): TeamConnectionView {
  return { host: c.host, port: c.port, database: c.database, user: c.user, tls: c.tls, caFile: c.caFile, memory: c.memory };
}

export type ResolvedTeam =
  | { connection: TeamConnection; source: 'env' | 'settings'; passwordSet: boolean; problem: SverkaError | null }
  | { connection: null; source: null; passwordSet: false; problem: SverkaError | null };

export interface TeamSettingsInput {
  /** postgres://host:port/database (a password in it is taken out and stored as the password). */
  url: string;
  user?: string | undefined;
  tls: TeamTls;
  caFile?: string | null | undefined;
  memory?: string | undefined;
}

export class TeamConfig {
  constructor(
    private readonly settings: SettingsRepository,
    readonly keys: KeyChain,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  resolve(): ResolvedTeam {
    const fromEnv = this.env[TEAM_ENV]?.trim();
    if (fromEnv) {
      try {
        const c = parseTeamUrl(fromEnv);
        return { connection: c, source: 'env', passwordSet: c.password !== null, problem: null };
      } catch (err) {
        return { connection: null, source: null, passwordSet: false, problem: err as SverkaError };
      }
    }
    const raw = this.settings.get(SETTING);
    if (!raw) return { connection: null, source: null, passwordSet: false, problem: null };
    let view: TeamConnectionView;
    try {
      view = JSON.parse(raw) as TeamConnectionView;
    } catch {
      return { connection: null, source: null, passwordSet: false, problem: new SverkaError('TEAM_NOT_CONFIGURED', 'The saved team memory settings are damaged; enter them again.') };
    }
    const secret = this.keys.resolve();
    return {
      connection: { ...view, password: secret.key },
      source: 'settings',
      passwordSet: secret.key !== null,
      problem: secret.problem,
    };
  }

  /** The default memory's name, without unlocking the password (the outbox asks per write). */
  memoryName(): string | null {
    const fromEnv = this.env[TEAM_ENV]?.trim();
    try {
      if (fromEnv) return parseTeamUrl(fromEnv).memory;
      const raw = this.settings.get(SETTING);
      return raw ? (JSON.parse(raw) as TeamConnectionView).memory : null;
    } catch {
      return null;
    }
  }

  /**
   * Saves the connection (never the password). A password given in the address or beside it
   * goes to the secret store, which only the desktop app can write.
   */
  save(input: TeamSettingsInput, password?: string): TeamConnectionView {
    const parsed = parseTeamUrl(input.url);
    const view: TeamConnectionView = {
      ...connectionView(parsed),
      user: input.user?.trim() || parsed.user,
      tls: input.tls,
      caFile: input.caFile?.trim() || parsed.caFile || null,
      memory: checkMemoryName(input.memory ?? parsed.memory),
    };
    if (view.tls === 'verify-full' && !view.caFile) {
      throw new SverkaError('BAD_REQUEST', 'TLS verify-full needs the CA certificate file that signed the server certificate.');
    }
    const secret = password ?? parsed.password ?? undefined;
    if (secret !== undefined) this.keys.write(secret);
    this.settings.set(SETTING, JSON.stringify(view));
    return view;
  }

  clear(): void {
    this.settings.delete(SETTING);
    if (this.keys.canWrite) this.keys.clear();
  }
}
