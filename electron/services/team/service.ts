import pg from 'pg';
import { SverkaError } from '../../../shared/errors';
import { matchKey } from '../../../shared/tm/normalize';
import { compareMatches } from '../../../shared/tm/rank';
import type { ProjectTeamMemories, TeamLookupResult, TeamMatch, TeamStatus, TeamSyncResult } from '../../../shared/tm/team';
import type { Db } from '../../db/connection';
import { TeamLocalRepository } from '../../db/repositories/team-local';
import type { SettingsRepository } from '../../db/repositories/settings';
import { TeamServerRepository } from '../../db/repositories/team-server';
import { teamError } from '../../db/team/connection';
import { migrateTeam } from '../../db/team/migrate';
import type { KeyChain } from '../mt/keys';
import type { TmService } from '../tm';
import { TeamClient, type TeamClientOptions } from './client';
import { checkMemoryName, connectionView, TeamConfig, type TeamSettingsInput } from './config';
import { TeamOutbox } from './outbox';
import { PgMemoryStore, SqliteMemoryStore, type StoreLookupOptions } from './store';
import { TeamSync, type FlushResult } from './sync';

export interface TeamServiceOptions {
  db: Db;
  tm: TmService;
  settings: SettingsRepository;
  keys: KeyChain;
  env: NodeJS.ProcessEnv;
  /** True where the password can be entered (the desktop app's keychain). */
  canSetPassword: boolean;
  now?: () => string;
  /** How long a lookup waits for the team memory before answering with local matches only. */
  lookupTimeoutMs?: number;
  client?: TeamClientOptions;
}

export interface TeamLookupOptions extends StoreLookupOptions {
  projectId?: number | null | undefined;
  timeoutMs?: number | undefined;
}

export type TeamRole = 'translator' | 'reviewer' | 'guest' | 'none';

function withTimeout<T>(p: Promise<T>, ms: number, what: () => SverkaError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(what()), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

const contentKey = (m: TeamMatch) => `${m.sourceLang}\u0000${m.targetLang}\u0000${matchKey(m.source)}\u0000${matchKey(m.target)}`;

/**
 * Local and team matches as one list: a unit found in both (by UUID, or the same pair) is shown
 * once, as the team's (it carries the author); best first, newest first among equals.
 */
export function mergeMatches(local: readonly TeamMatch[], team: readonly TeamMatch[], limit: number): TeamMatch[] {
  const out: TeamMatch[] = [];
  const uuids = new Set<string>();
  const contents = new Set<string>();
  const sorted = [...team].sort(compareMatches);
  for (const m of [...sorted, ...local]) {
    const k = contentKey(m);
    if ((m.uuid && uuids.has(m.uuid)) || contents.has(k)) continue;
    if (m.uuid) uuids.add(m.uuid);
    contents.add(k);
    out.push(m);
  }
  return out.sort((a, b) => compareMatches(a, b) || (a.store === b.store ? b.id - a.id : a.store === 'team' ? -1 : 1)).slice(0, limit);
}

/**
 * The team memory: settings and password, lookups that merge local and team matches without
 * ever waiting long for the server, the outbox that carries every confirmed pair and glossary
 * entry to the team memory, push and pull, and the administrator's `init` and `grant`.
 */
export class TeamService {
  readonly config: TeamConfig;
  readonly local: TeamLocalRepository;
  readonly sqlite: SqliteMemoryStore;
  readonly outbox: TeamOutbox;
  readonly sync: TeamSync;
  private client: TeamClient | null = null;
  private clientKey = '';
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private rewarm: NodeJS.Timeout | null = null;
  private warming: Promise<void> | null = null;
  private disposed = false;
  private readonly now: () => string;

  constructor(private readonly o: TeamServiceOptions) {
    this.now = o.now ?? (() => new Date().toISOString());
    this.config = new TeamConfig(o.settings, o.keys, o.env);
    this.local = new TeamLocalRepository(o.db);
    this.sqlite = new SqliteMemoryStore(o.db, o.tm);
    this.sync = new TeamSync({ db: o.db, local: this.local, sqlite: this.sqlite, now: this.now });
    this.outbox = new TeamOutbox(this.local, (projectId) => this.writeMemory(projectId), this.now, () => this.flushSoon());
    o.tm.listener = this.outbox;
  }

  /** The connection (null when none is set up) and the configuration's problem, if any. */
  private connection() {
    return this.config.resolve();
  }

  /** The client for the current settings; a new one when they changed. */
  teamClient(): TeamClient {
    const r = this.connection();
    if (!r.connection) {
      throw r.problem ?? new SverkaError('TEAM_NOT_CONFIGURED', 'No team memory is set up. Enter its server in Settings, or set SVERKA_TEAM_URL.');
    }
    const key = JSON.stringify(r.connection);
    if (!this.client || key !== this.clientKey) {
      void this.client?.close();
      // The kept connection dying while idle (a restarted server) is replaced in the background,
      // so the next lookup does not pay for a new one.
      this.client = new TeamClient(r.connection, { ...this.o.client, onIdleConnectionLost: () => this.warmLater() });
      this.clientKey = key;
    }
    return this.client;
  }

  get configured(): boolean {
    return this.config.memoryName() !== null;
  }

  defaultMemory(): string | null {
    return this.config.memoryName();
  }

  /** The memories a project reads (its own choice, else the default memory). */
  readMemories(projectId: number | null | undefined): string[] {
    const def = this.defaultMemory();
    if (def === null) return [];
    if (projectId === null || projectId === undefined) return [def];
    const rows = this.local.projectMemories(projectId);
    return rows.length === 0 ? [def] : rows.filter((r) => r.read).map((r) => r.memory);
  }

  /** The memory a project's confirmed pairs go to (null: none). */
  writeMemory(projectId: number | null | undefined): string | null {
    const def = this.defaultMemory();
    if (def === null) return null;
    if (projectId === null || projectId === undefined) return def;
    const rows = this.local.projectMemories(projectId);
    return rows.length === 0 ? def : (rows.find((r) => r.write)?.memory ?? null);
  }

  projectMemories(projectId: number): ProjectTeamMemories {
    if (!this.local.projectExists(projectId)) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    const rows = this.local.projectMemories(projectId);
    return { projectId, custom: rows.length > 0, read: this.readMemories(projectId), write: this.writeMemory(projectId) };
  }

  setProjectMemories(projectId: number, choice: { read: readonly string[]; write: string | null } | null): ProjectTeamMemories {
    if (!this.local.projectExists(projectId)) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    if (choice === null) {
      this.local.setProjectMemories(projectId, []);
    } else {
      const read = [...new Set(choice.read.map(checkMemoryName))];
      const write = choice.write === null ? null : checkMemoryName(choice.write);
      const names = new Set([...read, ...(write ? [write] : [])]);
      // A project that neither reads nor writes anything keeps one row saying so.
      const rows = names.size === 0 && this.defaultMemory() ? [{ memory: this.defaultMemory()!, read: false, write: false }] : [...names].map((m) => ({ memory: m, read: read.includes(m), write: m === write }));
      this.local.setProjectMemories(projectId, rows);
    }
    return this.projectMemories(projectId);
  }

  /**
   * Local and team matches merged, with provenance. The team memory gets `timeoutMs` (300 ms
   * by default) to answer; a slow, unreachable or refusing server leaves the local matches and
   * an "offline" state with the reason.
   */
  async lookup(text: string, opts: TeamLookupOptions = {}): Promise<TeamLookupResult> {
    const limit = opts.limit ?? 10;
    const local = await this.sqlite.lookup(text, opts);
    const memories = this.readMemories(opts.projectId);
    if (memories.length === 0) return { matches: local, team: { state: 'off', memories: [], code: null, message: null } };
    const ms = opts.timeoutMs ?? this.o.lookupTimeoutMs ?? 300;
    try {
      const client = this.teamClient();
      const off = client.offline;
      if (off) throw off;
      const team = await withTimeout(
        new PgMemoryStore(client, memories, null).lookup(text, opts),
        ms,
        () => new SverkaError('TEAM_TIMEOUT', `The team memory did not answer within ${ms} ms; showing local matches.`),
      );
      return { matches: mergeMatches(local, team, limit), team: { state: 'online', memories, code: null, message: null } };
    } catch (err) {
      const e = err instanceof SverkaError ? err : new SverkaError('TEAM_UNREACHABLE', 'The team memory failed.');
      return { matches: local, team: { state: 'offline', memories, code: e.code, message: e.message } };
    }
  }

  /** What the settings may show: never the password. `check` asks the server (bounded wait). */
  async status(check: boolean): Promise<TeamStatus> {
    const r = this.connection();
    const base: TeamStatus = {
      configured: r.connection !== null,
      source: r.source,
      connection: r.connection ? connectionView(r.connection) : null,
      passwordSet: r.passwordSet,
      canSetPassword: this.o.canSetPassword && r.source !== 'env',
      reachable: null,
      error: r.problem ? { code: r.problem.code, message: r.problem.message } : null,
      memories: [],
      outbox: { pending: this.local.pending(), lastError: this.local.lastError() },
    };
    if (!r.connection || !check) return base;
    try {
      const client = this.teamClient();
      client.retry();
      const access = await withTimeout(client.memories(true), 5000, () => new SverkaError('TEAM_TIMEOUT', 'The team memory server did not answer within 5 s.'));
      return { ...base, reachable: true, error: null, memories: access.filter((m) => m.readable).map((m) => ({ name: m.name, writable: m.writable })) };
    } catch (err) {
      const e = err instanceof SverkaError ? err : new SverkaError('TEAM_UNREACHABLE', 'The team memory failed.');
      return { ...base, reachable: false, error: { code: e.code, message: e.message } };
    }
  }

  configure(input: TeamSettingsInput, password?: string): Promise<TeamStatus> {
    this.config.save(input, password);
    return this.recheck();
  }

  setPassword(password: string | null): Promise<TeamStatus> {
    if (password === null) this.config.keys.clear();
    else this.config.keys.write(password);
    return this.recheck();
  }

  /** The status after a settings change; a reachable team memory gets a ready connection. */
  private async recheck(): Promise<TeamStatus> {
    const st = await this.status(true);
    if (st.reachable) this.warmInBackground();
    return st;
  }

  clearSettings(): Promise<TeamStatus> {
    this.config.clear();
    void this.client?.close();
    this.client = null;
    return this.status(false);
  }

  /** Delivers the outbox now (`force`: also items waiting for their retry time). */
  flush(force = false): Promise<FlushResult> {
    if (!this.configured) return Promise.resolve({ sent: 0, left: this.local.pending(), error: null });
    return this.sync.flush(this.teamClient(), force);
  }

  push(memory?: string, onProgress?: (n: number) => void): Promise<TeamSyncResult> {
    const m = memory ? checkMemoryName(memory) : this.defaultMemory();
    return this.sync.push(this.teamClient(), m!, onProgress);
  }

  pull(memory?: string, onProgress?: (n: number) => void): Promise<TeamSyncResult> {
    const m = memory ? checkMemoryName(memory) : this.defaultMemory();
    return this.sync.pull(this.teamClient(), m!, onProgress);
  }

  /** Outbox, then pull of every memory the project (or the default) reads. */
  async syncNow(projectId?: number | null): Promise<TeamSyncResult[]> {
    const client = this.teamClient();
    client.retry();
    const flushed = await this.sync.flush(client, true);
    if (flushed.error) throw flushed.error;
    const out: TeamSyncResult[] = [];
    for (const m of this.readMemories(projectId)) out.push({ ...(await this.sync.pull(client, m)), pushed: out.length === 0 ? flushed.sent : 0 });
    return out;
  }

  /**
   * Creates or migrates the server schema and the memory (administrator: needs the right to
   * create roles and the pg_trgm extension). Refuses a server at a newer schema version.
   */
  async init(memory?: string): Promise<{ from: number; to: number; memory: string; created: boolean }> {
    const name = memory ? checkMemoryName(memory) : this.defaultMemory()!;
    const client = this.teamClient();
    const c = await client.adminClient();
    try {
      const steps = await migrateTeam(c).catch((err: unknown) => {
        if (err instanceof SverkaError) throw err;
        if ((err as { code?: string }).code === '42501') {
          throw new SverkaError(
            'FORBIDDEN',
            `User "${client.connection.user}" may not set up the team memory: that needs a superuser, or a role with CREATEROLE that owns the database.`,
          );
        }
        throw teamErrorFor(err, client);
      });
      const made = await new TeamServerRepository(c).createMemory(name).catch((err: unknown) => {
        throw teamErrorFor(err, client);
      });
      client.retry();
      return { ...steps, memory: name, created: made.created };
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  /** Gives a database role access to a memory: translator (read/write), reviewer or guest (read), none. */
  async grant(memory: string, role: string, as: TeamRole): Promise<{ memory: string; role: string; access: TeamRole }> {
    const name = checkMemoryName(memory);
    const client = this.teamClient();
    const c = await client.adminClient();
    try {
      const repo = new TeamServerRepository(c);
      await c.query('BEGIN');
      const m = (await repo.memories()).find((x) => x.name === name);
      if (!m) throw new SverkaError('NOT_FOUND', `There is no team memory "${name}". Create it with: tm team init --memory "${name}"`);
      const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (exists.rowCount === 0) throw new SverkaError('NOT_FOUND', `There is no database role "${role}". Create it first (CREATE ROLE ... LOGIN PASSWORD ...).`);
      await repo.setMember(m.id, role, as === 'none' ? null : as === 'translator', pg.escapeIdentifier);
      await c.query('COMMIT');
      return { memory: name, role, access: as };
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err instanceof SverkaError ? err : teamErrorFor(err, client);
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  /** Delivers the outbox in the background (the app and the browser shell; the CLI pushes when told). */
  startBackgroundSync(everyMs = 15_000): void {
    if (this.timer || this.disposed) return;
    this.timer = setInterval(() => void this.backgroundFlush(), everyMs);
    this.timer.unref();
    void this.backgroundFlush();
    this.warmInBackground();
  }

  /**
   * Readies the team memory's connection ahead of the user's first lookup (PgMemoryStore.warm:
   * connect, schema check, one lookup): a new connection and its first lookup can take longer
   * than the 300 ms a lookup waits, which would show "offline". The connection is then kept
   * open while the app runs. Resolves when done; a server that does not answer is left to the
   * lookups to report.
   */
  warmUp(projectId: number | null = null): Promise<void> {
    if (this.disposed || !this.configured) return Promise.resolve();
    if (this.warming) return this.warming;
    const p = (async () => {
      try {
        const memories = this.readMemories(projectId);
        if (memories.length > 0) await new PgMemoryStore(this.teamClient(), memories, null).warm();
      } catch {
        // Offline now: the lookups say so, and the client retries after its pause.
      }
    })();
    // Cleared when done (not inside the function: it may finish before it is assigned).
    this.warming = p;
    void p.finally(() => {
      if (this.warming === p) this.warming = null;
    });
    return p;
  }

  /**
   * `warmUp` in the background, in the app and the browser shell only (where the outbox is
   * delivered in the background too): when the app starts, when a team memory is set up, and
   * when a project is opened. The CLI connects when a command needs it.
   */
  warmInBackground(projectId: number | null = null): void {
    if (!this.timer) return;
    void this.warmUp(projectId);
  }

  private warmLater(): void {
    if (!this.timer || this.rewarm || this.disposed) return;
    this.rewarm = setTimeout(() => {
      this.rewarm = null;
      this.warmInBackground();
    }, 2000);
    this.rewarm.unref();
  }

  private backgroundFlush(): Promise<void> {
    if (this.disposed || !this.configured || this.local.pending() === 0) return Promise.resolve();
    return this.flush(false).then(
      () => undefined,
      () => undefined,
    );
  }

  private flushSoon(): void {
    if (!this.timer || this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.backgroundFlush();
    }, 200);
    this.soon.unref();
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearTimeout(this.soon);
    if (this.rewarm) clearTimeout(this.rewarm);
    this.timer = this.soon = this.rewarm = null;
    if (this.o.tm.listener === this.outbox) this.o.tm.listener = null;
    const c = this.client;
    this.client = null;
    await c?.close();
  }
}

function teamErrorFor(err: unknown, client: TeamClient): SverkaError {
  return teamError(err, client.connection);
}
