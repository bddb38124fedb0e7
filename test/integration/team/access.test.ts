import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import type { NewTmUnit } from '../../../shared/tm/types';
import { makeCertificates } from '../../support/tls';
import { removeTmpDirs, servicesFor, startPostgres, teamDatabase, tmpDir, type PgCluster, type TeamDb } from './helpers';

/**
 * Who may do what in a team memory (enforced by PostgreSQL itself), and every way the server
 * can be wrong: each gives a clear typed error and leaves the local memory as it was.
 */

let cluster: PgCluster;
let db: TeamDb;
const open: Services[] = [];
const closers: (() => Promise<void> | void)[] = [];

const svc = (url: string | null, extra: Parameters<typeof servicesFor>[1] = {}) => {
  const s = servicesFor(url, { ...extra, team: { client: { offlineCooldownMs: 0, connectTimeoutMs: 1500 }, ...extra.team } });
  open.push(s);
  return s;
};

const pair = (source: string, target: string): NewTmUnit => ({ sourceLang: 'ru', targetLang: 'de', source, target, origin: 'human', reviewed: true });

/** The local memory in comparable form. */
const memory = (s: Services) => ({
  units: s.db.prepare('SELECT source, target, origin, reviewed, uuid, team_memory FROM tm_units ORDER BY id').all(),
  terms: s.db.prepare('SELECT source_term, target_term FROM glossary_terms ORDER BY id').all(),
});

async function asUser<T>(user: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: db.url(user, `${user}-pw`) });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const INSERT = `INSERT INTO sverka.units (memory_id, uuid, source_lang, target_lang, source, target, source_key, target_key, source_words,
  source_tokens, source_hash, origin, created_at, changed_at) VALUES ((SELECT id FROM sverka.memories WHERE name = $1), gen_random_uuid(), 'ru', 'de',
  'Взлом.', 'Einbruch.', 'взлом.', 'einbruch.', ' взлом ', '{взлом}', 2, 'human', now(), now())`;

beforeAll(async () => {
  cluster = await startPostgres({ fast: true });
  db = await teamDatabase(cluster, ['main', 'archive']);
  const admin = svc(db.adminUrl());
  for (const [user, grants] of [
    ['tanja', [['main', 'translator']]],
    ['vera', [['main', 'reviewer']]],
    ['mixed', [['main', 'translator'], ['archive', 'reviewer']]],
  ] as const) {
    await cluster.createRole(user, `${user}-pw`);
    for (const [m, role] of grants) await admin.team.grant(m, user, role);
  }
  const tanja = svc(db.url('tanja', 'tanja-pw'));
  tanja.tm.add([pair('Совет директоров собрался утром.', 'Der Vorstand trat am Morgen zusammen.')]);
  await tanja.team.flush(true);
});
afterAll(async () => {
  for (const s of open.splice(0)) s.close();
  for (const c of closers.splice(0)) await c();
  cluster?.destroy();
  removeTmpDirs();
});

describe('permissions', () => {
  it('a reviewer reads the team memory but cannot write through Sverka; the pair stays local and queued', async () => {
    const vera = svc(db.url('vera', 'vera-pw'));
    const found = await vera.team.lookup('Совет директоров собрался утром.', { sourceLang: 'ru', targetLang: 'de' });
    expect(found.team.state).toBe('online');
    expect(found.matches[0]).toMatchObject({ score: 100, store: 'team', author: 'tanja' });
    expect((await vera.team.status(true)).memories).toEqual([{ name: 'main', writable: false }]);

    vera.tm.add([pair('Рецензент тоже переводит.', 'Auch die Prüferin übersetzt.')]);
    const before = memory(vera);
    const r = await vera.team.flush(true);
    expect(r.error).toBeNull();
    expect(vera.team.local.pending()).toBe(1);
    expect(vera.team.local.lastError()).toMatch(/^TEAM_READ_ONLY: .*may only read/);
    await expect(vera.team.push()).rejects.toMatchObject({ code: 'TEAM_READ_ONLY' });
    expect(memory(vera)).toEqual(before);
    expect(await cluster.admin(async (c) => (await c.query("SELECT count(*)::int AS n FROM sverka.units WHERE author = 'vera'")).rows[0].n, db.name)).toBe(0);
  });

  it('a reviewer cannot write through SQL either', async () => {
    await expect(asUser('vera', (c) => c.query(INSERT, ['main']))).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    await expect(asUser('vera', (c) => c.query("UPDATE sverka.units SET target = 'x'"))).rejects.toMatchObject({ code: '42501' });
    await expect(asUser('vera', (c) => c.query('DELETE FROM sverka.units'))).rejects.toMatchObject({ code: '42501' });
    await expect(asUser('vera', (c) => c.query("INSERT INTO sverka.members VALUES (1, 'vera', true)"))).rejects.toMatchObject({ code: '42501' });
  });

  it('per memory: a translator of one memory is read-only in another, and blind to a third', async () => {
    await expect(asUser('mixed', (c) => c.query(INSERT, ['main']))).resolves.toMatchObject({ rowCount: 1 });
    await expect(asUser('mixed', (c) => c.query(INSERT, ['archive']))).rejects.toMatchObject({
      code: '42501',
      message: expect.stringMatching(/row-level security/),
    });
    // tanja is no member of "archive": its units do not exist for her.
    await cluster.admin((c) => c.query(INSERT, ['archive']), db.name);
    expect(await asUser('tanja', async (c) => (await c.query("SELECT count(*)::int AS n FROM sverka.units u JOIN sverka.memories m ON m.id = u.memory_id WHERE m.name = 'archive'")).rows[0].n)).toBe(0);
    // Nor through the lookup function, which runs as the schema's owner and checks membership itself.
    const viaLookup = (user: string) =>
      asUser(user, async (c) =>
        (
          await c.query(
            "SELECT count(*)::int AS n FROM sverka.candidates(ARRAY(SELECT id FROM sverka.memories), 1, ARRAY['взлом'], '{}', ' взлом ', NULL, NULL, 10)",
          )
        ).rows[0].n,
      );
    expect(await viaLookup('mixed')).toBe(2);
    expect(await viaLookup('tanja')).toBe(1);
    expect(await viaLookup('vera')).toBe(1);
    // The same through the one-statement lookup of schema step 3, and its word counts are the owner's alone.
    const viaLookup3 = (user: string) =>
      asUser(user, async (c) =>
        (
          await c.query(
            "SELECT count(*)::int AS n FROM sverka.lookup(ARRAY(SELECT id FROM sverka.memories), 1, ARRAY['взлом'], ' взлом ', 0, NULL, NULL, 10, '{150,400,20000,5,3}')",
          )
        ).rows[0].n,
      );
    expect(await viaLookup3('mixed')).toBe(2);
    expect(await viaLookup3('tanja')).toBe(1);
    expect(await viaLookup3('vera')).toBe(1);
    await expect(asUser('tanja', (c) => c.query('SELECT * FROM sverka.token_counts'))).rejects.toMatchObject({ code: '42501' });
    await expect(asUser('tanja', (c) => c.query("UPDATE sverka.token_counts SET n = 0"))).rejects.toMatchObject({ code: '42501' });
    const mixed = svc(db.url('mixed', 'mixed-pw', 'archive'));
    mixed.tm.add([pair('Архив только для чтения.', 'Das Archiv ist schreibgeschützt.')]);
    await expect(mixed.team.push('archive')).rejects.toMatchObject({ code: 'TEAM_READ_ONLY' });
  });

  it('nobody rewrites a stored version, not even its author', async () => {
    await expect(asUser('tanja', (c) => c.query("UPDATE sverka.units SET target = 'Überschrieben.' WHERE author = 'tanja'"))).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('bad servers and bad settings', () => {
  const LOCAL = 'Это предложение есть только локально.';

  async function expectClearFailure(url: string, code: string, message: RegExp) {
    const s = svc(url);
    s.tm.add([pair(LOCAL, 'Diesen Satz gibt es nur lokal.')]);
    const before = memory(s);
    const res = await s.team.lookup(LOCAL, { sourceLang: 'ru', targetLang: 'de', timeoutMs: 5000 });
    expect(res.team).toMatchObject({ state: 'offline', code });
    expect(res.team.message).toMatch(message);
    expect(res.matches[0]).toMatchObject({ score: 100, store: 'local' });
    await expect(s.team.push()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect((await s.team.status(true)).error).toMatchObject({ code });
    expect(memory(s)).toEqual(before);
    expect(s.team.local.pending()).toBe(1);
    return s;
  }

  it('a wrong password', async () => {
    const s = await expectClearFailure(db.url('tanja', 'not-the-password'), 'TEAM_AUTH', /refused user "tanja"/);
    const text = JSON.stringify([await s.team.status(true), s.team.local.lastError()]);
    expect(text).not.toContain('not-the-password');
  });

  it('a server at a newer schema version', async () => {
    const newer = await teamDatabase(cluster);
    await cluster.admin((c) => c.query("INSERT INTO sverka.schema_migrations (version, name) VALUES (99, 'from-the-future')"), newer.name);
    await expectClearFailure(newer.adminUrl(), 'TEAM_SCHEMA', /schema version 99, newer than this Sverka/);
    const s = svc(newer.adminUrl());
    await expect(s.team.init()).rejects.toMatchObject({ code: 'TEAM_SCHEMA' });
  });

  it('a database without the team memory', async () => {
    const empty = `empty_${process.pid}`;
    await cluster.createDatabase(empty);
    await expectClearFailure(`${cluster.url(empty)}?memory=main`, 'TEAM_SCHEMA', /tm team init/);
  });

  it('a port where something else than PostgreSQL answers', async () => {
    const server = http.createServer((_req, res) => res.end('not a database'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as net.AddressInfo).port;
    await expectClearFailure(`postgres://tanja:tanja-pw@127.0.0.1:${port}/${db.name}?memory=main`, 'TEAM_NOT_POSTGRES', /not a PostgreSQL server/);
  });

  it('a closed port', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await expectClearFailure(`postgres://tanja:tanja-pw@127.0.0.1:${port}/${db.name}?memory=main`, 'TEAM_UNREACHABLE', /cannot be reached/);
  });

  it('a server that accepts and never answers: lookups give up after 300 ms with the local matches', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((sock) => sockets.push(sock));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    closers.push(() => {
      for (const x of sockets) x.destroy();
      return new Promise<void>((r) => silent.close(() => r()));
    });
    const port = (silent.address() as net.AddressInfo).port;
    // The app's own wait (no lookupTimeoutMs: the service's default).
    const s = svc(`postgres://tanja:tanja-pw@127.0.0.1:${port}/${db.name}?memory=main`, { team: { lookupTimeoutMs: undefined } });
    s.tm.add([pair(LOCAL, 'Diesen Satz gibt es nur lokal.')]);
    const res = await s.team.lookup(LOCAL, { sourceLang: 'ru', targetLang: 'de' });
    expect(res.team).toMatchObject({ state: 'offline', code: 'TEAM_TIMEOUT', message: expect.stringMatching(/within 300 ms/) });
    expect(res.matches[0]).toMatchObject({ score: 100, store: 'local' });
  });

  it('a connection dropped in the middle of a push: a typed error, nothing lost, and the next push completes', async () => {
    const dir = tmpDir();
    const s = svc(null, { dbFile: path.join(dir, 'big.db') });
    s.tm.add(Array.from({ length: 10_000 }, (_, i) => pair(`Обрыв связи, строка ${i}.`, `Verbindungsabbruch, Zeile ${i}.`)));
    const before = memory(s);
    s.close();
    const pusher = svc(db.url('tanja', 'tanja-pw'), { dbFile: path.join(dir, 'big.db') });
    let done = false;
    // The outcome is taken at once (a rejection left waiting would count as unhandled).
    const outcome = pusher.team.push().then(
      () => null,
      (err: unknown) => err,
    );
    void outcome.finally(() => {
      done = true;
    });
    let killed = 0;
    while (!done) {
      killed += await cluster.admin(
        async (c) =>
          (await c.query("SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE usename = 'tanja' AND state = 'active'")).rows[0].n,
        db.name,
      );
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await outcome).toMatchObject({ code: 'TEAM_CONNECTION_LOST', message: expect.stringMatching(/closed by the server|was lost/) });
    expect(killed).toBeGreaterThan(0);
    expect(memory(pusher)).toEqual({ ...before, units: expect.any(Array) });
    expect((memory(pusher).units as { source: string }[]).map((u) => u.source)).toEqual((before.units as { source: string }[]).map((u) => u.source));
    const again = await pusher.team.push();
    expect(again.outboxLeft).toBe(0);
    const n = await cluster.admin(async (c) => (await c.query("SELECT count(*)::int AS n, count(DISTINCT source)::int AS d FROM sverka.units WHERE source LIKE 'Обрыв связи, строка %'")).rows[0], db.name);
    expect(n).toEqual({ n: 10_000, d: 10_000 });
  });
});

describe('TLS verify-full', () => {
  it('connects when the certificate chains to the CA file and names the host; refuses otherwise', async () => {
    const certs = makeCertificates(path.join(tmpDir(), 'certs'));
    const tls = await startPostgres({ fast: true, tls: certs });
    closers.push(() => tls.destroy());
    const tdb = await teamDatabase(tls);
    const base = `postgres://postgres:${encodeURIComponent(tls.password)}@localhost:${tls.port}/${tdb.name}`;
    const good = svc(`${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(certs.caFile)}`);
    const st = await good.team.status(true);
    expect(st).toMatchObject({ reachable: true, connection: { tls: 'verify-full', caFile: certs.caFile } });
    const inTls = await tls.admin(async (c) => (await c.query("SELECT count(*)::int AS n FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl AND a.application_name = 'sverka'")).rows[0].n);
    expect(inTls).toBeGreaterThan(0);
    const stranger = svc(`${base}?sslmode=verify-full&sslrootcert=${encodeURIComponent(certs.otherCaFile)}`);
    expect((await stranger.team.status(true)).error).toMatchObject({ code: 'TEAM_TLS' });
    const wrongName = svc(`postgres://postgres:x@127.0.0.1:${tls.port}/${tdb.name}?sslmode=verify-full&sslrootcert=${encodeURIComponent(certs.caFile)}`);
    expect((await wrongName.team.status(true)).error).toMatchObject({ code: 'TEAM_TLS' });
    expect(() => svc(`${base}?sslmode=require`).team.teamClient()).toThrow(/sslmode=require is not offered/);
  });
});
