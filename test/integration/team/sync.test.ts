import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import type { NewTmUnit } from '../../../shared/tm/types';
import { dist, nodeBin } from '../../support/paths';
import { removeTmpDirs, servicesFor, startPostgres, teamDatabase, tmpDir, type PgCluster, type TeamDb } from './helpers';

/** The outbox, push and pull, conflicts and versions, against a real PostgreSQL. */

let cluster: PgCluster;
let db: TeamDb;
const open: Services[] = [];

const svc = (url: string | null, extra: Parameters<typeof servicesFor>[1] = {}) => {
  const s = servicesFor(url, extra);
  open.push(s);
  return s;
};

const pair = (source: string, target: string, extra: Partial<NewTmUnit> = {}): NewTmUnit => ({
  sourceLang: 'ru',
  targetLang: 'de',
  source,
  target,
  origin: 'human',
  reviewed: true,
  ...extra,
});

async function serverCount(where = 'true'): Promise<number> {
  return cluster.admin(async (c) => Number((await c.query(`SELECT count(*) AS n FROM sverka.units WHERE ${where}`)).rows[0].n), db.name);
}

beforeAll(async () => {
  cluster = await startPostgres({ fast: true });
  db = await teamDatabase(cluster);
  for (const [user, role] of [
    ['anna', 'translator'],
    ['boris', 'translator'],
  ] as const) {
    await cluster.createRole(user, `${user}-pw`);
    const admin = svc(db.adminUrl());
    await admin.team.grant('main', user, role);
  }
});
afterAll(async () => {
  for (const s of open.splice(0)) s.close();
  cluster?.destroy();
  removeTmpDirs();
});

describe('the outbox', () => {
  it('keeps pairs confirmed while the server is down and delivers each once when it is back', async () => {
    const anna = svc(db.url('anna', 'anna-pw'), { team: { client: { offlineCooldownMs: 0, connectTimeoutMs: 1000 } } });
    const before = await serverCount();
    cluster.stop();
    try {
      const units = Array.from({ length: 200 }, (_, i) => pair(`Офлайн предложение номер ${i}.`, `Offline-Satz Nummer ${i}.`));
      anna.tm.add(units);
      anna.tm.addGlossaryTerm({ projectId: null, sourceLang: 'ru', targetLang: 'de', sourceTerm: 'предложение', targetTerm: 'Satz' });
      expect(anna.team.local.pending()).toBe(201);
      const r = await anna.team.flush(true);
      expect(r.error?.code).toBe('TEAM_UNREACHABLE');
      expect(r.sent).toBe(0);
      expect(anna.team.local.pending()).toBe(201);
      expect(anna.team.local.lastError()).toMatch(/^TEAM_UNREACHABLE: /);
      // Local work is unaffected: the pairs are in the local memory and found there.
      expect(anna.tm.stats().units).toBe(200);
      const res = await anna.team.lookup('Офлайн предложение номер 7.', { sourceLang: 'ru', targetLang: 'de' });
      expect(res.team.state).toBe('offline');
      expect(res.matches[0]).toMatchObject({ score: 100, store: 'local', target: 'Offline-Satz Nummer 7.' });
    } finally {
      cluster.start();
    }
    const r = await anna.team.flush(true);
    expect(r).toMatchObject({ sent: 201, left: 0, error: null });
    expect(await serverCount()).toBe(before + 200);
    expect(await serverCount("author = 'anna'")).toBe(200);
    // Sending again (a retry after a lost acknowledgement) adds nothing.
    const again = await anna.team.push('main');
    expect(await serverCount()).toBe(before + 200);
    expect(again.outboxLeft).toBe(0);
  });

  it('retries with growing delays and never drops an item', async () => {
    const s = svc(`postgres://nobody:x@127.0.0.1:1/${db.name}?memory=main`, { team: { client: { offlineCooldownMs: 0, connectTimeoutMs: 500 } } });
    s.tm.add([pair('Нет связи.', 'Keine Verbindung.')]);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await s.team.flush(true);
      expect(r.error?.code).toBe('TEAM_UNREACHABLE');
      const row = s.db.prepare('SELECT attempts, next_attempt_at FROM team_outbox').get() as { attempts: number; next_attempt_at: string };
      expect(row.attempts).toBe(i + 1);
      delays.push(Date.parse(row.next_attempt_at) - Date.now());
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(delays[2]!).toBeGreaterThan(delays[1]!);
    // Not due yet: a background round leaves it alone.
    expect((await s.team.flush(false)).sent).toBe(0);
    expect(s.team.local.pending()).toBe(1);
  });
});

describe('push and pull', () => {
  it('carries one desk member’s confirmed pairs to another with their provenance', async () => {
    const anna = svc(db.url('anna', 'anna-pw'));
    const boris = svc(db.url('boris', 'boris-pw'));
    const project = anna.projects.create('Интервью');
    anna.tm.add([pair('Губернатор посетил новый завод.', 'Der Gouverneur besuchte das neue Werk.', { projectId: project.id, reviewer: 'Anna K.' })]);
    await anna.team.push();
    const pulled = await boris.team.pull();
    expect(pulled.pulled).toBeGreaterThan(0);
    const res = await boris.team.lookup('Губернатор посетил новый завод.', { sourceLang: 'ru', targetLang: 'de' });
    expect(res.team.state).toBe('online');
    expect(res.matches[0]).toMatchObject({
      score: 100,
      store: 'team',
      memory: 'main',
      author: 'anna',
      project: 'Интервью',
      target: 'Der Gouverneur besuchte das neue Werk.',
    });
    // Offline, Boris still has it locally, marked as the team's.
    const local = await boris.team.sqlite.lookup('Губернатор посетил новый завод.', { sourceLang: 'ru', targetLang: 'de' });
    expect(local[0]).toMatchObject({ memory: 'main', project: 'Интервью', author: 'anna' });
    expect(local[0]!.uuid).toBe(res.matches[0]!.uuid);
    // Pulling again brings nothing new and duplicates nothing.
    const units = boris.tm.stats().units;
    await boris.team.pull();
    expect(boris.tm.stats().units).toBe(units);
  });

  it('keeps both targets two people gave one source, newest first, with authors', async () => {
    const anna = svc(db.url('anna', 'anna-pw'), { team: { now: () => '2026-11-27T09:00:00.000Z' } });
    const boris = svc(db.url('boris', 'boris-pw'), { team: { now: () => '2026-11-27T10:00:00.000Z' } });
    const src = 'Мэр объявил о закрытии моста.';
    anna.tm.add([pair(src, 'Der Bürgermeister kündigte die Schließung der Brücke an.', { changed: '2026-11-27T09:00:00.000Z', created: '2026-11-27T09:00:00.000Z' })]);
    boris.tm.add([pair(src, 'Der Bürgermeister gab die Sperrung der Brücke bekannt.', { changed: '2026-11-27T10:00:00.000Z', created: '2026-11-27T10:00:00.000Z' })]);
    await Promise.all([anna.team.flush(true), boris.team.flush(true)]);
    const res = await anna.team.lookup(src, { sourceLang: 'ru', targetLang: 'de' });
    const both = res.matches.filter((m) => m.score === 100);
    expect(both.map((m) => [m.author, m.target])).toEqual([
      ['boris', 'Der Bürgermeister gab die Sperrung der Brücke bekannt.'],
      ['anna', 'Der Bürgermeister kündigte die Schließung der Brücke an.'],
    ]);
  });

  it('stores an edit of a unit changed on the server meanwhile as a new version', async () => {
    const anna = svc(db.url('anna', 'anna-pw'));
    const boris = svc(db.url('boris', 'boris-pw'));
    const src = 'Выборы пройдут в сентябре.';
    anna.tm.add([pair(src, 'Die Wahl findet im September statt.', { changed: '2026-11-27T08:00:00.000Z' })]);
    await anna.team.flush(true);
    await boris.team.pull();
    const original = (await boris.team.lookup(src, { sourceLang: 'ru', targetLang: 'de' })).matches[0]!;
    // Both revise the pulled unit, neither knowing of the other's change.
    boris.tm.add([pair(src, 'Die Wahlen finden im September statt.', { changed: '2026-11-27T09:00:00.000Z' })]);
    await boris.team.flush(true);
    anna.tm.add([pair(src, 'Gewählt wird im September.', { changed: '2026-11-27T10:00:00.000Z' })]);
    await anna.team.flush(true);
    const versions = await cluster.admin(
      async (c) => (await c.query('SELECT target, author, parent_uuid FROM sverka.units WHERE source = $1 ORDER BY changed_at', [src])).rows,
      db.name,
    );
    expect(versions).toEqual([
      { target: 'Die Wahl findet im September statt.', author: 'anna', parent_uuid: null },
      { target: 'Die Wahlen finden im September statt.', author: 'boris', parent_uuid: original.uuid },
      { target: 'Gewählt wird im September.', author: 'anna', parent_uuid: original.uuid },
    ]);
    const res = await anna.team.lookup(src, { sourceLang: 'ru', targetLang: 'de' });
    expect(res.matches.filter((m) => m.score === 100).map((m) => m.target)).toEqual([
      'Gewählt wird im September.',
      'Die Wahlen finden im September statt.',
      'Die Wahl findet im September statt.',
    ]);
  });

  it('8 writers confirming the same sources at once: every version is kept', async () => {
    const writers = Array.from({ length: 8 }, (_, w) => svc(db.url(w % 2 ? 'boris' : 'anna', w % 2 ? 'boris-pw' : 'anna-pw')));
    const sources = Array.from({ length: 60 }, (_, i) => `Параллельная правка номер ${i}.`);
    writers.forEach((s, w) => s.tm.add(sources.map((src, i) => pair(src, `Gleichzeitige Fassung ${i} von Schreiber ${w}.`))));
    const results = await Promise.all(writers.map((s) => s.team.flush(true)));
    expect(results.every((r) => r.error === null && r.left === 0)).toBe(true);
    expect(await serverCount("source LIKE 'Параллельная правка номер %'")).toBe(8 * 60);
    const distinct = await cluster.admin(
      async (c) => Number((await c.query("SELECT count(DISTINCT (source, target)) AS n FROM sverka.units WHERE source LIKE 'Параллельная правка номер %'")).rows[0].n),
      db.name,
    );
    expect(distinct).toBe(8 * 60);
  });
});

describe('a killed sync', () => {
  it('kill -9 during tm push, then again: every unit arrives, none twice', async () => {
    const dir = tmpDir();
    const dbFile = path.join(dir, 'local.db');
    const prep = svc(null, { dbFile });
    const units = Array.from({ length: 20_000 }, (_, i) => pair(`Большая партия, предложение ${i}.`, `Großer Stapel, Satz ${i}.`));
    prep.tm.add(units);
    prep.close();
    const env = { ...process.env, SVERKA_TEAM_URL: db.url('anna', 'anna-pw') };
    const cli = (argv: string[]) => spawn(nodeBin, [dist('electron', 'cli.cjs'), ...argv, '--db', dbFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const first = cli(['tm', 'push']);
    await new Promise<void>((resolve, reject) => {
      let err = '';
      first.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (/sent \d+/.test(err)) first.kill('SIGKILL');
      });
      first.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`push ended before it was killed: ${err}`))));
    });
    // Killed after a batch was acknowledged: some units are there, and the local position was
    // saved no further than what the server had confirmed.
    expect(await serverCount("source LIKE 'Большая партия, предложение %'")).toBeGreaterThan(0);
    const second = cli(['tm', 'push', '--json']);
    let out = '';
    second.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => second.once('exit', r));
    expect(code).toBe(0);
    const res = JSON.parse(out) as { memory: string; pushed: number; outboxLeft: number };
    expect(res).toMatchObject({ memory: 'main', outboxLeft: 0 });
    // The restart had work left (batches whose acknowledgement the killed process never saved).
    expect(res.pushed).toBeGreaterThan(0);
    expect(await serverCount("source LIKE 'Большая партия, предложение %'")).toBe(20_000);
    const distinct = await cluster.admin(
      async (c) => Number((await c.query("SELECT count(DISTINCT source) AS n FROM sverka.units WHERE source LIKE 'Большая партия, предложение %'")).rows[0].n),
      db.name,
    );
    expect(distinct).toBe(20_000);
    // Two CLI runs over 20,000 units: allow for a machine busy with other tests.
  }, 180_000);
});
