import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder,
 * started on a free loopback port, stopped and removed at the end. PostgreSQL refuses to run
 * as root, so under root every server command runs as the `postgres` system user (runuser).
 * Debian's `postgresql` package provides the binaries and pg_trgm (contrib).
 */
export interface PgCluster {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly dir: string;
  /** The superuser's name and password (password authentication over TCP, as in production). */
  readonly superuser: string;
  readonly password: string;
  /** A postgres:// URL for `database` as `user` (default: the superuser). */
  url(database?: string, user?: string, password?: string): string;
  /** Runs `fn` with a superuser connection to `database` (default `postgres`). */
  admin<T>(fn: (c: pg.Client) => Promise<T>, database?: string): Promise<T>;
  /** A fresh database (UTF-8, C.UTF-8 character classes so pg_trgm sees Cyrillic letters). */
  createDatabase(name: string): Promise<string>;
  /** A login role with a password. */
  createRole(name: string, password: string): Promise<void>;
  /** Fast shutdown (the data stays); `start` brings it back on the same port. */
  stop(): void;
  start(): void;
  readonly running: boolean;
  /**
   * CPU seconds the server has used so far (postmaster, its live children, and the children it
   * has reaped), from /proc: a figure the rest of a busy machine does not inflate.
   */
  cpuSeconds(): number;
  /**
   * Minor page faults of the cluster's processes so far, counted like `cpuSeconds`: a backend
   * faults on each part of the shared buffers it reads for the first time.
   */
  minorFaults(): number;
  /**
   * The server's memory in huge pages (the postmaster's mappings with 2 MB pages), in kB: 0 when
   * the shared memory is in ordinary 4 kB pages, null when the server is not running.
   */
  hugePagesKb(): number | null;
  /** The huge pages this cluster reserved on the host (`hugePages` option), 0 when none. */
  readonly hugePagesReserved: number;
  /** Stops the server and removes the folder. */
  destroy(): void;
}

/** The newest installed PostgreSQL's bin folder (Debian keeps each major version apart). */
export function findPgBin(): string | null {
  const root = process.env.SVERKA_PG_ROOT ?? '/usr/lib/postgresql';
  try {
    const versions = fs
      .readdirSync(root)
      .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  } catch {
    // not Debian's layout
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? path.dirname(which.stdout.trim()) : null;
}

/** A port nobody listens on right now (the kernel's choice). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(bin: string, args: string[], opts: { cwd?: string } = {}): string {
  const cmd = asRoot ? 'runuser' : bin;
  const argv = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: opts.cwd ?? os.tmpdir() });
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${path.basename(bin)} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

export interface StartOptions {
  /** Extra server settings (`-c name=value`). */
  settings?: Record<string, string | number>;
  /** Durability settings off (fsync, synchronous_commit): fine for tests, not for benchmarks of writes. */
  fast?: boolean;
  /** Serve TLS with this certificate and key (copied into the cluster folder for the server's user). */
  tls?: { certFile: string; keyFile: string };
  /**
   * Shared memory in huge pages (`huge_pages = try`): as root on Linux, reserves the pages the
   * server needs (`postgres -C shared_memory_size_in_huge_pages`) on top of the host's
   * `vm.nr_hugepages` before starting and gives them back in `destroy`. A benchmark option: a
   * server process then maps the shared buffers in 2 MB pieces (docs/team-memory.md). Without
   * root, or when the host cannot find the memory, the server starts in ordinary pages
   * (`hugePagesKb` says which).
   */
  hugePages?: boolean;
}

const NR_HUGEPAGES = '/proc/sys/vm/nr_hugepages';

/** Adds `pages` to the host's huge page pool; returns a function that takes them back. */
function reserveHugePages(pages: number): () => void {
  const read = () => Number(fs.readFileSync(NR_HUGEPAGES, 'utf8').trim());
  const before = read();
  fs.writeFileSync(NR_HUGEPAGES, String(before + pages));
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    // Pages still in use (another cluster took some meanwhile) become surplus and go back to
    // the host when freed.
    fs.writeFileSync(NR_HUGEPAGES, String(Math.max(0, read() - pages)));
  };
  process.once('exit', restore);
  return restore;
}

/** initdb + start. Throws a message naming the missing package when PostgreSQL is not installed. */
export async function startPostgres(opts: StartOptions = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) {
    // `npm test` checks this before any test runs (scripts/system-packages.mjs); a direct vitest run says it here.
    throw new Error('PostgreSQL is not installed. Install it with: apt-get install -y --no-install-recommends postgresql');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-pg-'));
  const data = path.join(dir, 'data');
  const password = crypto.randomBytes(12).toString('hex');
  const pwfile = path.join(dir, 'pw');
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`]);
  fs.rmSync(pwfile, { force: true });
  const port = await freePort();
  const tlsFiles: Record<string, string> = {};
  if (opts.tls) {
    for (const [k, from] of [
      ['ssl_cert_file', opts.tls.certFile],
      ['ssl_key_file', opts.tls.keyFile],
    ] as const) {
      const to = path.join(dir, path.basename(from));
      fs.copyFileSync(from, to);
      fs.chmodSync(to, 0o600);
      if (asRoot) execFileSync('chown', ['postgres:postgres', to]);
      tlsFiles[k] = to;
    }
    tlsFiles['ssl'] = 'on';
  }
  const settings: Record<string, string | number> = {
    ...(opts.hugePages ? { huge_pages: 'try' } : {}),
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: dir,
    max_connections: 60,
    ...(opts.fast ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
    ...tlsFiles,
    ...opts.settings,
  };
  const conf = Object.entries(settings)
    .map(([k, v]) => `${k} = '${String(v)}'`)
    .join('\n');
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n# sverka test cluster\n${conf}\n`);
  let releaseHugePages = () => {};
  let hugePagesReserved = 0;
  if (opts.hugePages && asRoot && fs.existsSync(NR_HUGEPAGES)) {
    const need = Number(run(path.join(bin, 'postgres'), ['-D', data, '-C', 'shared_memory_size_in_huge_pages']).trim());
    if (need > 0) {
      releaseHugePages = reserveHugePages(need);
      hugePagesReserved = need;
    }
  }
  let running = false;
  const ctl = (what: 'start' | 'stop') => {
    if (what === 'start') run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    else run(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', '-m', 'fast', 'stop']);
    running = what === 'start';
  };
  try {
    ctl('start');
  } catch (err) {
    releaseHugePages();
    throw err;
  }
  const url = (database = 'postgres', user = 'postgres', pw = password) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> => {
    const c = new pg.Client({ connectionString: url(database) });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    host: '127.0.0.1',
    port,
    dir,
    superuser: 'postgres',
    password,
    url,
    admin,
    async createDatabase(name) {
      await admin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`));
      return name;
    },
    async createRole(name, pw) {
      await admin((c) => c.query(`CREATE ROLE ${pg.escapeIdentifier(name)} LOGIN PASSWORD ${pg.escapeLiteral(pw)}`));
    },
    stop: () => running && ctl('stop'),
    start: () => !running && ctl('start'),
    get running() {
      return running;
    },
    cpuSeconds: () => serverCpuSeconds(data),
    minorFaults: () => serverCounter(data, 'minflt'),
    hugePagesKb: () => (running ? postmasterHugePagesKb(data) : null),
    hugePagesReserved,
    destroy() {
      try {
        if (running) ctl('stop');
      } finally {
        releaseHugePages();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The size (kB) of the postmaster's mappings in 2 MB pages (its shared memory, when in huge pages), from /proc/<pid>/smaps. */
function postmasterHugePagesKb(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let kb = 0;
    let size = 0;
    for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      const m = /^(Size|KernelPageSize):\s+(\d+) kB/.exec(line);
      if (m?.[1] === 'Size') size = Number(m[2]);
      else if (m?.[1] === 'KernelPageSize' && Number(m[2]) >= 2048) kb += size;
    }
    return kb;
  } catch {
    return null;
  }
}

/** utime+stime (and, for the postmaster, its reaped children's) of the cluster's processes, in seconds. */
function serverCpuSeconds(dataDir: string): number {
  return serverCounter(dataDir, 'cpu') / 100; // USER_HZ on Linux
}

/** A /proc counter summed over the cluster's processes (the postmaster's with its reaped children's). */
function serverCounter(dataDir: string, what: 'cpu' | 'minflt'): number {
  const stat = (pid: number) => {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(0) ppid(1) ... minflt(7) cminflt(8) ... utime(11) stime(12) cutime(13) cstime(14)
    return what === 'cpu'
      ? { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) }
      : { ppid: Number(f[1]), own: Number(f[7]), children: Number(f[8]) };
  };
  let master: number;
  try {
    master = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
  let total = 0;
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const s = stat(Number(e));
      if (Number(e) === master) total += s.own + s.children;
      else if (s.ppid === master) total += s.own;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}
