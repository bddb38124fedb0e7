// Team memory bench (PostgreSQL): a throwaway cluster on this machine, then
// - import: `tm push` of a local memory of 1,000,000 units (BENCH_TEAM_UNITS, or --quick: 100,000)
//   into the team memory (target < 120 s);
// - fuzzy lookup p50/p95 with 1 client and with 8 concurrent clients at that size (target p95 < 50 ms
//   with 8), beside the local SQLite store answering the same queries in the same process;
// - outbox: 10,000 confirmed pairs written while the server is stopped, synced after it starts;
//   a kill -9 of `tm push` mid-sync, then again; 8 writers confirming the same 1,000 sources at once;
// - bad input: wrong password, newer schema, dropped connection mid-import, a non-PostgreSQL port.
// The server's shared memory is in huge pages when they can be reserved (root; BENCH_TEAM_HUGE_PAGES=0 for
// 4 kB pages); the bench prints which it got.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../electron/services';
import { PgMemoryStore, SqliteMemoryStore, TeamClient } from '../electron/services/team';
import { parseTeamUrl } from '../electron/services/team/config';
import type { NewTmUnit } from '../shared/tm/types';
import { startPostgres } from '../test/support/postgres';
import { createCorpus } from './support/corpus';

const quick = process.env['BENCH_QUICK'] === '1' || process.argv.includes('--quick');
const UNITS = Number(process.env['BENCH_TEAM_UNITS'] ?? (quick ? 100_000 : 1_000_000));
const LOOKUPS = 300;
const OUTBOX = 10_000;
const WRITERS = 8;
const SOURCES = 1_000;
/** Lookups each client makes on other queries before the figures for long-lived connections. */
const WARMUP = Number(process.env['BENCH_TEAM_WARMUP'] ?? 300);
/**
 * The server's shared memory in huge pages (`huge_pages = try`, the pages reserved on the host for
 * the run and given back after it; needs root): BENCH_TEAM_HUGE_PAGES=0 for ordinary 4 kB pages.
 */
const HUGE_PAGES = process.env['BENCH_TEAM_HUGE_PAGES'] !== '0';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const secs = (t0: number) => (performance.now() - t0) / 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const load = () => os.loadavg()[0]!.toFixed(1);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-team-bench-'));
const open: Services[] = [];
const svc = (url: string | null, file = path.join(fs.mkdtempSync(path.join(tmp, 'db-')), 'local.db')) => {
  const s = createServices({
    dbFile: file,
    shell: 'cli',
    backup: 'off',
    integrity: 'off',
    env: { ...(url ? { SVERKA_TEAM_URL: url } : {}), HOME: tmp, XDG_DATA_HOME: path.join(tmp, 'data') },
    teamBackgroundSync: false,
    team: { client: { offlineCooldownMs: 0 } },
    // An ES module bench has no __dirname for the worker file: imports and exports run here.
    inlineJobs: true,
    workerFile: path.join(process.cwd(), 'dist', 'electron', 'worker.cjs'),
  });
  open.push(s);
  return s;
};
const human = (source: string, target: string): NewTmUnit => ({ sourceLang: 'ru', targetLang: 'de', source, target, origin: 'human', reviewed: true });

// A production-like server for one machine: durable writes, a quarter of a small RAM for buffers,
// the settings docs/team-memory.md recommends for a team memory server (JIT off: a lookup's
// plan never needs it, and a misestimated one would pay milliseconds of compiling).
const cluster = await startPostgres({
  settings: {
    shared_buffers: '1GB',
    work_mem: '16MB',
    maintenance_work_mem: '512MB',
    max_wal_size: '4GB',
    checkpoint_timeout: '15min',
    max_parallel_workers_per_gather: 0,
    jit: 'off',
    // Loaded once by the postmaster instead of by each new server process on its first lookup
    // (pg_prewarm's autoprewarm worker besides; docs/team-memory.md).
    shared_preload_libraries: 'pg_prewarm, pg_trgm, plpgsql',
  },
  // A new server process maps the shared buffers in 2 MB pieces instead of taking a page fault
  // on each 64 kB it reads for the first time (docs/team-memory.md, "Huge pages").
  hugePages: HUGE_PAGES,
});
const hugePagesLine = () => {
  const kb = cluster.hugePagesKb();
  return kb
    ? `huge pages in use: ${fmt(kb / 1024)} MB of the server's shared memory in 2 MB pages (${fmt(cluster.hugePagesReserved)} reserved for the run)`
    : `huge pages not in use (${HUGE_PAGES ? (cluster.hugePagesReserved ? `${fmt(cluster.hugePagesReserved)} reserved, but the server did not get them` : 'none could be reserved: needs root') : 'BENCH_TEAM_HUGE_PAGES=0'}): shared memory in 4 kB pages`;
};
try {
  const dbName = 'sverka';
  await cluster.createDatabase(dbName);
  await cluster.createRole('desk', 'desk-pw');
  const adminUrl = `${cluster.url(dbName)}?memory=main`;
  const url = `postgres://desk:desk-pw@127.0.0.1:${cluster.port}/${dbName}?memory=main`;
  const admin = svc(adminUrl);
  await admin.team.init('main');
  await admin.team.grant('main', 'desk', 'translator');
  console.log(`PostgreSQL cluster on 127.0.0.1:${cluster.port}; ${os.cpus().length} CPUs, load average ${load()}; ${hugePagesLine()}`);

  // ---- A local memory of UNITS confirmed pairs (not timed), then `tm push` into the team memory.
  const corpus = createCorpus();
  const localFile = path.join(tmp, 'big.db');
  const local = svc(null, localFile);
  let t0 = performance.now();
  const sources: string[] = [];
  const others: string[] = [];
  for (let done = 0; done < UNITS; ) {
    const batch: NewTmUnit[] = [];
    for (let i = 0; i < 20_000 && done < UNITS; i++, done++) {
      const [ru, de] = corpus.sentencePair();
      if (done % 997 === 0) sources.push(ru);
      else if (done % 997 === 498) others.push(ru);
      batch.push(human(ru, de));
    }
    local.tm.add(batch);
  }
  const localUnits = local.tm.stats().units;
  console.log(`local memory: ${fmt(localUnits)} units built in ${secs(t0).toFixed(1)} s (not part of the figures)`);
  local.close();

  const pusher = svc(url, localFile);
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const server0 = cluster.cpuSeconds();
  const pushed = await pusher.team.push('main');
  const pushS = secs(t0);
  const cpu = process.cpuUsage(cpu0);
  const clientCpu = (cpu.user + cpu.system) / 1e6;
  const serverCpu = cluster.cpuSeconds() - server0;
  console.log(
    `import (tm push): ${fmt(pushed.pushed)} units in ${pushS.toFixed(1)} s wall = ${fmt(pushed.pushed / pushS)} units/s (target < 120 s for 1M); ` +
      `CPU: client ${clientCpu.toFixed(1)} s, server ${serverCpu.toFixed(1)} s (client and server sharing this machine's 2 cores ` +
      `and nothing else: at least max(client, (client + server) / 2) = ${Math.max(clientCpu, (clientCpu + serverCpu) / 2).toFixed(1)} s); load average ${load()}`,
  );
  t0 = performance.now();
  await cluster.admin((c) => c.query('VACUUM ANALYZE sverka.units'), dbName);
  // The import's dirty pages are written now, not by the checkpointer while lookups are timed
  // (that CPU would be charged to the lookups).
  await cluster.admin((c) => c.query('CHECKPOINT'), dbName);
  const size = await cluster.admin(
    async (c) =>
      (
        await c.query(
          "SELECT pg_size_pretty(pg_table_size('sverka.units')) AS t, pg_size_pretty(pg_indexes_size('sverka.units')) AS i, pg_size_pretty(pg_relation_size('sverka.units_tokens')) AS w, pg_size_pretty(pg_total_relation_size('sverka.token_counts')) AS k",
        )
      ).rows[0] as { t: string; i: string; w: string; k: string },
    dbName,
  );
  console.log(`after import: VACUUM ANALYZE and CHECKPOINT ${secs(t0).toFixed(1)} s; table ${size.t}, indexes ${size.i} (word tokens index ${size.w}); token counts ${size.k}`);
  // A server that has been answering lookups holds the table and the tokens index in its buffers;
  // right after an import it holds the last pages written. pg_prewarm (contrib) loads what lookups
  // read, so the figures are the steady state, not each query's first reading of its rows.
  t0 = performance.now();
  await cluster.admin(
    (c) => c.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm; SELECT pg_prewarm('sverka.units'), pg_prewarm('sverka.units_tokens'), pg_prewarm('sverka.units_pkey')"),
    dbName,
  );
  console.log(`prewarm of the table and the tokens and id indexes: ${secs(t0).toFixed(1)} s`);

  // ---- Lookups: stored sentences with one word dropped and one replaced.
  const queries = Array.from({ length: LOOKUPS }, () => corpus.mutate(corpus.pick(sources)));
  // Other units' sentences, for warming connections up without touching the timed queries' own rows.
  const warmups = Array.from({ length: WARMUP }, () => corpus.mutate(corpus.pick(others)));
  const localStore = new SqliteMemoryStore(pusher.db, pusher.tm);
  const opts = { sourceLang: 'ru', targetLang: 'de' };

  // ---- A new connection's first lookup, one client at a time: as an app without a connection
  // pays it (connect, password exchange, schema check, then the lookup on a new server process),
  // and as the app pays it now, its connection readied in the background first (PgMemoryStore.warm).
  const firstLookup = async (warmFirst: boolean, k: number) => {
    const c = new TeamClient(parseTeamUrl(url), { poolSize: 2, connectTimeoutMs: 10_000 });
    const s = new PgMemoryStore(c, ['main'], null);
    const cost = async (fn: () => Promise<unknown>) => {
      const c0 = process.cpuUsage();
      const s0 = cluster.cpuSeconds();
      const t = performance.now();
      await fn();
      const cu = process.cpuUsage(c0);
      return { ms: performance.now() - t, cpu: (cu.user + cu.system) / 1e3 + (cluster.cpuSeconds() - s0) * 1e3 };
    };
    const warm = warmFirst ? await cost(() => s.warm()) : null;
    const first = await cost(() => s.lookup(queries[k]!, opts));
    await c.close();
    return { warm, first };
  };
  const firsts = async (warmFirst: boolean) => {
    const out: Awaited<ReturnType<typeof firstLookup>>[] = [];
    for (let k = 0; k < WRITERS * 2; k++) out.push(await firstLookup(warmFirst, 200 + k + (warmFirst ? 50 : 0)));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const first = out.map((o) => o.first);
    const warm = out.flatMap((o) => (o.warm ? [o.warm] : []));
    return (
      `first lookup p50 ${pct(first.map((f) => f.ms), 50).toFixed(1)} ms, max ${Math.max(...first.map((f) => f.ms)).toFixed(1)} ms, ${mean(first.map((f) => f.cpu)).toFixed(1)} ms CPU` +
      (warm.length ? `; the background warm-up before it ${mean(warm.map((w) => w.ms)).toFixed(1)} ms, ${mean(warm.map((w) => w.cpu)).toFixed(1)} ms CPU` : '')
    );
  };
  const clients = Array.from({ length: WRITERS }, () => new TeamClient(parseTeamUrl(url), { poolSize: 2, connectTimeoutMs: 10_000 }));
  const stores = clients.map((c) => new PgMemoryStore(c, ['main'], null));
  for (const q of queries.slice(0, 10)) for (const s of stores) await s.lookup(q, opts); // connect, sample, warm
  for (const q of queries.slice(0, 10)) await localStore.lookup(q, opts);
  const timeRun = async (conc: number, run: (q: string, who: number) => Promise<unknown[]>) => {
    const times: number[] = [];
    let found = 0;
    let failed = 0;
    let next = 0;
    const c0 = process.cpuUsage();
    const s0 = cluster.cpuSeconds();
    const f0 = cluster.minorFaults();
    const t = performance.now();
    await Promise.all(
      Array.from({ length: conc }, async (_, who) => {
        while (next < queries.length) {
          const q = queries[next++]!;
          const t1 = performance.now();
          try {
            if ((await run(q, who)).length > 0) found++;
          } catch {
            failed++;
          }
          times.push(performance.now() - t1);
        }
      }),
    );
    const c = process.cpuUsage(c0);
    const clientMs = (c.user + c.system) / 1e3 / queries.length;
    const serverMs = ((cluster.cpuSeconds() - s0) * 1e3) / queries.length;
    const faults = (cluster.minorFaults() - f0) / queries.length;
    return { p50: pct(times, 50), p95: pct(times, 95), qps: queries.length / secs(t), found, failed, cpuMs: clientMs + serverMs, clientMs, serverMs, faults };
  };
  const firstCold = await firsts(false);
  const firstWarmed = await firsts(true);
  const localRun = await timeRun(1, (q) => localStore.lookup(q, opts));
  const one = await timeRun(1, (q) => stores[0]!.lookup(q, opts));
  const eight = await timeRun(WRITERS, (q, who) => stores[who]!.lookup(q, opts));
  // The same on connections that have served lookups for a while, as a translator's app keeps
  // its connection (idle connections close after 5 minutes): a new server backend pays a page
  // fault for each 64 KB of the shared buffers it reads for the first time (minflt per lookup),
  // which on this virtual machine costs about as much as the lookup's own work.
  t0 = performance.now();
  const warmFaults0 = cluster.minorFaults();
  await Promise.all(stores.map(async (s) => {
    for (const q of warmups) await s.lookup(q, opts);
  }));
  console.log(`warming the 8 clients' connections: ${fmt(WARMUP)} lookups each on other queries, ${secs(t0).toFixed(1)} s, ${fmt((cluster.minorFaults() - warmFaults0) / (WARMUP * WRITERS))} page faults per lookup on the server`);
  const oneWarm = await timeRun(1, (q) => stores[0]!.lookup(q, opts));
  const eightWarm = await timeRun(WRITERS, (q, who) => stores[who]!.lookup(q, opts));
  const line = (what: string, r: { p50: number; p95: number; qps: number; found: number; failed: number; cpuMs: number; clientMs: number; serverMs: number; faults: number }) =>
    `${what}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.qps.toFixed(0)} lookups/s, ${r.cpuMs.toFixed(1)} ms CPU per lookup ` +
      `(client ${r.clientMs.toFixed(1)} + server ${r.serverMs.toFixed(1)}; ${r.faults.toFixed(0)} server page faults), ` +
    `${r.found}/${queries.length} found a match >= 50%${r.failed ? `, ${r.failed} failed` : ''}`;
  console.log(`fuzzy lookup at ${fmt(localUnits)} units, ${queries.length} queries (load average ${load()}; ${hugePagesLine()}):`);
  console.log(`  ${line('local SQLite, 1 client', localRun)}`);
  console.log(`  ${line('team PostgreSQL, 1 client', one)}`);
  console.log(`  ${line(`team PostgreSQL, ${WRITERS} concurrent clients`, eight)} (target p95 < 50 ms)`);
  console.log(`  ${line('team PostgreSQL, 1 client, warm connection', oneWarm)}`);
  console.log(`  ${line(`team PostgreSQL, ${WRITERS} concurrent clients, warm connections`, eightWarm)} (target p95 < 50 ms)`);
  console.log(`  team PostgreSQL, a new connection, one client at a time (${WRITERS * 2} each, client + server CPU):`);
  console.log(`    connecting on the lookup: ${firstCold}`);
  console.log(`    readied in the background first (the app): ${firstWarmed}`);
  console.log(
    '  which rows are the app: it readies one connection in the background when it starts, when a team memory is set up and when a ' +
      'project opens, and keeps it open while it runs (before: closed after 5 idle minutes). A translator\'s first lookup is the ' +
      '"readied in the background" one; her next few hundred run on a server process that is still new (the "new connections" rows; ' +
      '8 apps started at once); after those, the rest of the day, the "warm connections" rows.',
  );

  let same = 0;
  let both = 0;
  for (const q of queries.slice(0, 100)) {
    const [a] = await localStore.lookup(q, opts);
    const [b] = await stores[0]!.lookup(q, opts);
    if (a && b && a.source === b.source && a.target === b.target) {
      both++;
      if (a.score === b.score && a.similarity === b.similarity) same++;
    }
  }
  console.log(`  same best unit from both stores in ${both}/100 queries; identical percentage in ${same}/${both} of those`);
  for (const c of clients) await c.close();

  // ---- Outbox: 10,000 pairs confirmed while the server is down.
  const offline = svc(url);
  cluster.stop();
  t0 = performance.now();
  offline.tm.add(Array.from({ length: OUTBOX }, (_, i) => human(`Офлайн-правка номер ${i}.`, `Offline-Korrektur Nummer ${i}.`)));
  const queuedS = secs(t0);
  const failed = await offline.team.flush(true);
  cluster.start();
  t0 = performance.now();
  const synced = await offline.team.flush(true);
  const syncS = secs(t0);
  const arrived = await cluster.admin(
    async (c) => (await c.query("SELECT count(*)::int AS n, count(DISTINCT uuid)::int AS d FROM sverka.units WHERE source LIKE 'Офлайн-правка номер %'")).rows[0],
    dbName,
  );
  console.log(
    `outbox: ${fmt(OUTBOX)} pairs confirmed with the server stopped (${queuedS.toFixed(1)} s, flush said ${failed.error?.code}), ` +
      `synced after start in ${syncS.toFixed(1)} s: sent ${fmt(synced.sent)}, on the server ${fmt(arrived.n)} rows / ${fmt(arrived.d)} distinct, ${synced.left} left`,
  );

  // ---- kill -9 during sync, then restart.
  const killFile = path.join(tmp, 'kill.db');
  const killer = svc(url, killFile);
  killer.tm.add(Array.from({ length: OUTBOX }, (_, i) => human(`Прерванная синхронизация ${i}.`, `Abgebrochener Abgleich ${i}.`)));
  killer.close();
  const cli = (argv: string[]) =>
    spawn(process.execPath, [path.join(process.cwd(), 'dist', 'electron', 'cli.cjs'), ...argv, '--db', killFile], {
      env: { ...process.env, SVERKA_TEAM_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const first = cli(['tm', 'push']);
  await new Promise<void>((resolve) => {
    let err = '';
    first.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (/sent \d+/.test(err)) first.kill('SIGKILL');
    });
    first.once('exit', () => resolve());
  });
  const countKill = () =>
    cluster.admin(
      async (c) => (await c.query("SELECT count(*)::int AS n, count(DISTINCT source)::int AS d FROM sverka.units WHERE source LIKE 'Прерванная синхронизация %'")).rows[0],
      dbName,
    );
  const mid = await countKill();
  const second = cli(['tm', 'push']);
  await new Promise((r) => second.once('exit', r));
  const after = await countKill();
  console.log(`kill -9 during tm push: ${fmt(mid.n)} of ${fmt(OUTBOX)} on the server when killed; after restart ${fmt(after.n)} rows, ${fmt(after.d)} distinct (exit ${second.exitCode})`);

  // ---- 8 writers confirming the same 1,000 sources at once.
  const writers = Array.from({ length: WRITERS }, () => svc(url));
  const srcs = Array.from({ length: SOURCES }, (_, i) => `Спорное предложение номер ${i}.`);
  writers.forEach((w, k) => w.tm.add(srcs.map((s, i) => human(s, `Strittiger Satz ${i}, Fassung von Schreiber ${k}.`))));
  t0 = performance.now();
  const res = await Promise.all(writers.map((w) => w.team.flush(true)));
  const wS = secs(t0);
  const kept = await cluster.admin(
    async (c) => (await c.query("SELECT count(*)::int AS n, count(DISTINCT target)::int AS d FROM sverka.units WHERE source LIKE 'Спорное предложение номер %'")).rows[0],
    dbName,
  );
  console.log(
    `${WRITERS} writers x ${fmt(SOURCES)} same sources at once: ${wS.toFixed(1)} s, ${res.filter((r) => r.error === null).length}/${WRITERS} clean, ` +
      `${fmt(kept.n)} versions kept (${fmt(kept.d)} distinct) of ${fmt(WRITERS * SOURCES)}`,
  );

  // ---- Bad input: each a typed error, the local memory unchanged.
  // The memory's content (UUIDs given on the way out are bookkeeping, not content).
  const snapshot = (s: Services) => JSON.stringify(s.db.prepare('SELECT source, target, origin, reviewed, changed_at FROM tm_units ORDER BY id').all());
  const bad = async (what: string, u: string, act: (s: Services) => Promise<unknown>, units = 1) => {
    const s = svc(u);
    s.tm.add(Array.from({ length: units }, (_, i) => human(`Проверка ошибок ${i}.`, `Fehlerprüfung ${i}.`)));
    const before = snapshot(s);
    const t = performance.now();
    let code = 'none';
    try {
      await act(s);
    } catch (err) {
      code = (err as { code?: string }).code ?? 'untyped';
    }
    console.log(`  ${what}: ${code} after ${(performance.now() - t).toFixed(0)} ms; local memory ${snapshot(s) === before ? 'unchanged' : 'CHANGED'}`);
  };
  console.log('bad input:');
  await bad('wrong password', `postgres://desk:wrong@127.0.0.1:${cluster.port}/${dbName}?memory=main`, (s) => s.team.push());
  await cluster.createDatabase('newer');
  const newer = svc(`${cluster.url('newer')}?memory=main`);
  await newer.team.init('main');
  await cluster.admin((c) => c.query("INSERT INTO sverka.schema_migrations (version, name) VALUES (99, 'future')"), 'newer');
  await bad('server at a newer schema version', `${cluster.url('newer')}?memory=main`, (s) => s.team.push());
  const server = http.createServer((_q, r) => r.end('hello'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await bad('non-PostgreSQL port', `postgres://desk:desk-pw@127.0.0.1:${(server.address() as net.AddressInfo).port}/${dbName}?memory=main`, (s) => s.team.push());
  server.close();
  await bad(
    'dropped connection mid-import',
    url,
    async (s) => {
    let done = false;
    const p = s.team.push().finally(() => (done = true));
    p.catch(() => undefined);
    while (!done) {
      await cluster.admin((c) => c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'desk' AND state = 'active'"), dbName);
      await new Promise((r) => setTimeout(r, 5));
    }
    await p;
    },
    20_000,
  );
} finally {
  for (const s of open.splice(0)) s.close();
  await new Promise((r) => setTimeout(r, 200));
  cluster.destroy();
  fs.rmSync(tmp, { recursive: true, force: true });
}
