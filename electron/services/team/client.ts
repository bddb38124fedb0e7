import pg from 'pg';
import { SverkaError, type ErrorCode } from '../../../shared/errors';
import { TeamServerRepository, type MemoryAccess } from '../../db/repositories/team-server';
import { connectError, createTeamPool, teamClientConfig, teamError, type TeamConnection } from '../../db/team/connection';
import { appliedTeamVersions, checkTeamVersions } from '../../db/team/migrate';

export interface TeamClientOptions {
  poolSize?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** After a connection failure, calls fail at once for this long instead of waiting again. */
  offlineCooldownMs?: number;
  /** Called when a kept connection died while idle (the app then warms a new one). */
  onIdleConnectionLost?: () => void;
}

/** Errors that say the server cannot be used right now (as opposed to a refused request). */
const OFFLINE: ReadonlySet<ErrorCode> = new Set(['TEAM_UNREACHABLE', 'TEAM_TIMEOUT', 'TEAM_CONNECTION_LOST', 'TEAM_NOT_POSTGRES', 'TEAM_TLS', 'TEAM_AUTH', 'TEAM_SCHEMA']);

/**
 * One connection (pool) to a team memory server: checks the schema version once, knows which
 * memories the user may read and write, and after a
 * failure answers "offline" at once for a while, so a dead server costs the UI nothing.
 */
export class TeamClient {
  private pool: pg.Pool | null = null;
  private readyPromise: Promise<MemoryAccess[]> | null = null;
  private access: MemoryAccess[] = [];
  private failure: { err: SverkaError; until: number } | null = null;
  private closed = false;

  constructor(
    readonly connection: TeamConnection,
    private readonly opts: TeamClientOptions = {},
  ) {}

  private getPool(): pg.Pool {
    if (this.closed) throw new SverkaError('TEAM_NOT_CONFIGURED', 'The team memory connection was closed.');
    this.pool ??= createTeamPool(this.connection, {
      max: this.opts.poolSize ?? 4,
      connectTimeoutMs: this.opts.connectTimeoutMs ?? 3000,
      statementTimeoutMs: this.opts.statementTimeoutMs ?? 10_000,
      ...(this.opts.onIdleConnectionLost ? { onIdleConnectionLost: this.opts.onIdleConnectionLost } : {}),
    });
    return this.pool;
  }

  /** The last failure while it still holds (callers report offline without trying). */
  get offline(): SverkaError | null {
    if (this.failure && Date.now() < this.failure.until) return this.failure.err;
    return null;
  }

  /** Forget the last failure (an explicit check or sync tries again at once). */
  retry(): void {
    this.failure = null;
    if (this.readyPromise && this.access.length === 0) this.readyPromise = null;
  }

  private fail(err: SverkaError): SverkaError {
    if (OFFLINE.has(err.code)) {
      this.failure = { err, until: Date.now() + (this.opts.offlineCooldownMs ?? 5000) };
      this.readyPromise = null;
    }
    return err;
  }

  /** Connects, checks the schema version and loads the memories (once; again after a failure). */
  ready(): Promise<MemoryAccess[]> {
    const off = this.offline;
    if (off) return Promise.reject(off);
    this.readyPromise ??= (async () => {
      const { client: c, release } = await this.checkout();
      let broken = false;
      try {
        checkTeamVersions(await appliedTeamVersions(c));
        this.access = await new TeamServerRepository(c).memories();
        this.failure = null;
        return this.access;
      } catch (err) {
        const e = this.fail(teamError(err, this.connection));
        // A connection the server closed under the query is not given back to the pool: the
        // next attempt (a retried push) would get it and fail the same way.
        broken = OFFLINE.has(e.code);
        throw e;
      } finally {
        release(broken);
      }
    })();
    const p = this.readyPromise;
    p.catch(() => {
      if (this.readyPromise === p) this.readyPromise = null;
    });
    return p;
  }

  /** The memories and what this user may do in each (reloaded when asked). */
  async memories(reload = false): Promise<MemoryAccess[]> {
    await this.ready();
    if (reload) this.access = await this.run((r) => r.memories());
    return this.access;
  }

  /** One memory by name, checked for the access needed. */
  async memory(name: string, need: 'read' | 'write'): Promise<MemoryAccess> {
    let m = (await this.memories()).find((x) => x.name === name);
    if (!m) m = (await this.memories(true)).find((x) => x.name === name);
    if (!m) throw new SverkaError('NOT_FOUND', `The team memory server has no memory "${name}". An administrator creates it with: tm team init --memory "${name}"`);
    if (need === 'read' && !m.readable) throw new SverkaError('FORBIDDEN', `User "${this.connection.user}" may not read the team memory "${name}".`);
    if (need === 'write' && !m.writable) {
      throw new SverkaError('TEAM_READ_ONLY', `User "${this.connection.user}" may only read the team memory "${name}" (reviewer or guest): nothing was written to it.`);
    }
    return m;
  }

  /** Runs repository calls on the pool, turning failures into typed errors. */
  async run<T>(fn: (repo: TeamServerRepository) => Promise<T>): Promise<T> {
    try {
      return await fn(new TeamServerRepository(this.getPool()));
    } catch (err) {
      throw this.fail(teamError(err, this.connection));
    }
  }

  /**
   * A connection of the pool for a few statements. A connection the server drops while it is
   * checked out reports that as an event as well as through the running query; the query's
   * rejection is the one handled, and the broken connection is not given back to the pool.
   */
  private async checkout(): Promise<{ client: pg.PoolClient; release: (broken?: boolean) => void }> {
    let c: pg.PoolClient;
    try {
      c = await this.getPool().connect();
    } catch (err) {
      throw this.fail(await connectError(err, this.connection));
    }
    let dropped = false;
    const onError = () => {
      dropped = true;
    };
    c.on('error', onError);
    return {
      client: c,
      release: (broken = false) => {
        c.off('error', onError);
        c.release(broken || dropped);
      },
    };
  }

  /** Runs `fn` in one server transaction on one connection. */
  async transaction<T>(fn: (repo: TeamServerRepository, client: pg.PoolClient) => Promise<T>): Promise<T> {
    const { client: c, release } = await this.checkout();
    let broken = false;
    try {
      await c.query('BEGIN');
      const out = await fn(new TeamServerRepository(c), c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw this.fail(teamError(err, this.connection));
    } finally {
      release(broken);
    }
  }

  /** A dedicated client for administration (schema migration, grants); the caller ends it. */
  async adminClient(): Promise<pg.Client> {
    if (this.closed) throw new SverkaError('TEAM_NOT_CONFIGURED', 'The team memory connection was closed.');
    const c = new pg.Client(teamClientConfig(this.connection, { statementTimeoutMs: 0, connectTimeoutMs: this.opts.connectTimeoutMs ?? 3000 }));
    c.on('error', () => undefined);
    try {
      await c.connect();
    } catch (err) {
      throw await connectError(err, this.connection);
    }
    return c;
  }

  async close(): Promise<void> {
    this.closed = true;
    const p = this.pool;
    this.pool = null;
    if (p) await p.end().catch(() => undefined);
  }
}
