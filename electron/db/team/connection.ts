import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { SverkaError, type ErrorCode } from '../../../shared/errors';
import type { TeamTls } from '../../../shared/tm/team';

/** Everything needed to reach the team memory's PostgreSQL server (the password only in memory). */
export interface TeamConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  tls: TeamTls;
  caFile: string | null;
  /** The team memory used when a project names none. */
  memory: string;
}

export interface PoolOptions {
  /** Connections kept (lookups run in parallel with a sync). */
  max?: number;
  connectTimeoutMs?: number;
  /** Server-side limit for one statement; a slow lookup is abandoned, not left running. */
  statementTimeoutMs?: number;
  applicationName?: string;
  /**
   * Connections the pool keeps open however long they are idle (default 1). A server process
   * that has served lookups is cheaper per lookup than a new one (docs/team-memory.md, "A new
   * connection's cost"), so the app keeps one for as long as it runs.
   */
  min?: number;
  /** How long a connection beyond `min` stays open idle (default 5 minutes). */
  idleTimeoutMs?: number;
  /** Called when an idle connection died (a restarted server, a network cut). */
  onIdleConnectionLost?: () => void;
}

/**
 * The pg settings for the team memory. TLS verify-full: the server's certificate must chain to
 * the CA file and name the host (Node's default checks once a CA is given).
 */
export function teamClientConfig(c: TeamConnection, opts: PoolOptions = {}): pg.ClientConfig {
  let ssl: pg.ClientConfig['ssl'] = false;
  if (c.tls === 'verify-full') {
    let ca: Buffer | undefined;
    if (c.caFile) {
      try {
        ca = fs.readFileSync(c.caFile);
      } catch (err) {
        throw new SverkaError('TEAM_TLS', `The CA file ${c.caFile} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    }
    ssl = { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(net.isIP(c.host) ? {} : { servername: c.host }) };
  }
  return {
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    // An empty string, not undefined: pg would otherwise fall back to PGPASSWORD or ~/.pgpass.
    password: c.password ?? '',
    ssl,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 3000,
    statement_timeout: opts.statementTimeoutMs ?? 10_000,
    application_name: opts.applicationName ?? 'sverka',
    // A connection kept open through hours of idleness must not be dropped silently by a
    // firewall or NAT on the way: TCP keepalives keep it alive, or show a dead one as dead.
    keepAlive: true,
    keepAliveInitialDelayMillis: 60_000,
  };
}

/**
 * A pool for the team memory. The pool's idle-client errors (a restarted server) are swallowed
 * here and surface on the next query instead.
 */
export function createTeamPool(c: TeamConnection, opts: PoolOptions = {}): pg.Pool {
  // The first `min` connections stay open while the app runs; those opened beyond them for a
  // burst (a lookup during a sync) close after five idle minutes. A new connection costs the
  // server about 40 ms of CPU (fork, password exchange, catalog caches), its first lookup
  // another 20-30 ms, and its next few hundred lookups about twice a long-lived one's.
  const max = opts.max ?? 4;
  const pool = new pg.Pool({ ...teamClientConfig(c, opts), max, min: Math.min(opts.min ?? 1, max), idleTimeoutMillis: opts.idleTimeoutMs ?? 300_000 });
  pool.on('error', () => {
    // An idle connection died (server restart, network): the next checkout reconnects.
    opts.onIdleConnectionLost?.();
  });
  return pool;
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const where = (c: Pick<TeamConnection, 'host' | 'port'>) => `${c.host}:${c.port}`;

/**
 * A typed, user-readable error for anything the pg client or the server threw. Messages are
 * written here from the SQLSTATE or the socket error code; they name the server and the user,
 * never the password (nor the server's free text, except for permission errors, which are ours).
 */
export function teamError(err: unknown, c: Pick<TeamConnection, 'host' | 'port' | 'user' | 'database'>, during: 'connect' | 'query' = 'query'): SverkaError {
  if (err instanceof SverkaError) return err;
  const e = err as { code?: string; message?: string };
  const code = typeof e.code === 'string' ? e.code : '';
  const msg = typeof e.message === 'string' ? e.message : '';
  const mk = (c2: ErrorCode, m: string) => new SverkaError(c2, m, { sqlstate: /^[0-9A-Z]{5}$/.test(code) ? code : undefined });
  switch (code) {
    case '28P01':
    case '28000':
      return mk('TEAM_AUTH', `The team memory server ${where(c)} refused user "${c.user}": wrong user name or password (or no access to database "${c.database}").`);
    case '3D000':
      return mk('TEAM_UNREACHABLE', `The team memory server ${where(c)} has no database "${c.database}".`);
    case '42501':
      return mk('TEAM_READ_ONLY', `User "${c.user}" may not write to this team memory (read-only access).`);
    case '42P01':
    case '3F000':
      return mk('TEAM_SCHEMA', `The database "${c.database}" on ${where(c)} holds no Sverka team memory yet. An administrator sets it up with: tm team init`);
    case '57014':
      return mk('TEAM_TIMEOUT', `The team memory server ${where(c)} took too long to answer.`);
    case '57P01':
    case '57P02':
    case '08006':
    case '08003':
      return mk('TEAM_CONNECTION_LOST', `The connection to the team memory server ${where(c)} was closed by the server.`);
    case '57P03':
      return mk('TEAM_UNREACHABLE', `The team memory server ${where(c)} is starting up or shutting down.`);
    case 'ECONNREFUSED':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return mk('TEAM_UNREACHABLE', `The team memory server ${where(c)} cannot be reached (${code}).`);
    case 'ETIMEDOUT':
      return mk('TEAM_TIMEOUT', `The team memory server ${where(c)} did not answer in time.`);
    case 'ECONNRESET':
    case 'EPIPE':
      return mk('TEAM_CONNECTION_LOST', `The connection to the team memory server ${where(c)} was lost.`);
  }
  if (/client password must be a string|SASL/i.test(msg)) {
    return mk('TEAM_AUTH', `The team memory server ${where(c)} asks user "${c.user}" for a password, and none is set.`);
  }
  if (TLS_CODES.has(code)) {
    return mk('TEAM_TLS', `The certificate of the team memory server ${where(c)} could not be verified against the CA file (${code}).`);
  }
  if (/does not support SSL/i.test(msg)) return mk('TEAM_TLS', `The team memory server ${where(c)} does not offer TLS, but the settings require verify-full.`);
  if (/timeout/i.test(msg)) return mk('TEAM_TIMEOUT', `The team memory server ${where(c)} did not answer in time.`);
  if (/terminated|ended unexpectedly|Connection closed/i.test(msg)) {
    return mk(
      'TEAM_CONNECTION_LOST',
      during === 'connect'
        ? `The server at ${where(c)} closed the connection before logging in.`
        : `The connection to the team memory server ${where(c)} was lost.`,
    );
  }
  if (/^[0-9A-Z]{5}$/.test(code)) return mk('INTERNAL', `The team memory server ${where(c)} refused a request (SQLSTATE ${code}).`);
  return mk('TEAM_UNREACHABLE', `The team memory server ${where(c)} failed (${code || 'unexpected reply'}).`);
}

/**
 * Asks whatever listens on host:port whether it speaks PostgreSQL: an SSLRequest must be
 * answered with one byte, S or N. True/false; null when nothing answered within the time
 * (unreachable or silent), so the caller keeps its first diagnosis.
 */
export function probePostgres(host: string, port: number, timeoutMs = 1500): Promise<boolean | null> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    let settled = false;
    const done = (v: boolean | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    sock.once('connect', () => sock.write(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])));
    sock.once('data', (d: Buffer) => done(d.length === 1 && (d[0] === 0x53 || d[0] === 0x4e)));
    sock.once('error', () => done(null));
    sock.once('close', () => done(false));
  });
}

/** A connection error, refined: a port that answers but not as PostgreSQL gets its own code. */
export async function connectError(err: unknown, c: TeamConnection): Promise<SverkaError> {
  const typed = teamError(err, c, 'connect');
  if (typed.code === 'TEAM_CONNECTION_LOST' || (typed.code === 'TEAM_UNREACHABLE' && typed.details?.['sqlstate'] === undefined && !/\(E[A-Z]+\)/.test(typed.message))) {
    if ((await probePostgres(c.host, c.port)) === false) {
      return new SverkaError('TEAM_NOT_POSTGRES', `Whatever listens on ${where(c)} is not a PostgreSQL server. Check the host and port of the team memory.`);
    }
  }
  return typed;
}
