import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamPool } from '../../../electron/db/team/connection';
import type { Services } from '../../../electron/services';
import { PgMemoryStore } from '../../../electron/services/team';
import { parseTeamUrl } from '../../../electron/services/team/config';
import { clientFor, payload, removeTmpDirs, servicesFor, startPostgres, teamDatabase, type PgCluster, type TeamDb } from './helpers';

/** How the app keeps and readies its connection to the team memory (a real server each time). */

let cluster: PgCluster;
let db: TeamDb;
const open: Services[] = [];

beforeAll(async () => {
  cluster = await startPostgres({ fast: true });
  db = await teamDatabase(cluster);
  await cluster.createRole('nina', 'nina-pw');
  const admin = servicesFor(db.adminUrl());
  try {
    await admin.team.grant('main', 'nina', 'translator');
  } finally {
    admin.close();
  }
  const c = clientFor(db.adminUrl());
  try {
    await new PgMemoryStore(c, ['main'], 'main').addUnits([payload('Редакция проверила перевод вчерашней статьи.', 'Die Redaktion prüfte die Übersetzung des gestrigen Artikels.')]);
  } finally {
    await c.close();
  }
});
afterAll(async () => {
  for (const s of open.splice(0)) s.close();
  await new Promise((r) => setTimeout(r, 100));
  cluster?.destroy();
  removeTmpDirs();
});

/** The server processes of user nina in the team database: their pid and last statement. */
const backends = () =>
  cluster.admin(
    async (c) =>
      (await c.query<{ pid: number; query: string }>("SELECT pid, query FROM pg_stat_activity WHERE usename = 'nina' AND datname = $1 ORDER BY pid", [db.name])).rows,
  );

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await what();
    if (ok(v) || Date.now() - t0 > ms) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const svc = (background: boolean) => {
  const s = servicesFor(db.url('nina', 'nina-pw'), { teamBackgroundSync: background });
  open.push(s);
  return s;
};

describe('the connection to the team memory', () => {
  it('the pool keeps one connection however long it is idle and closes the others after their idle time', async () => {
    const pool = createTeamPool(parseTeamUrl(db.url('nina', 'nina-pw')), { max: 3, idleTimeoutMs: 100 });
    try {
      const held = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
      const pids = await Promise.all(held.map(async (c) => (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid));
      for (const c of held) c.release();
      expect(pool.totalCount).toBe(3);
      await until(async () => pool.totalCount, (n) => n === 1, 5000);
      await new Promise((r) => setTimeout(r, 400));
      expect(pool.totalCount).toBe(1);
      // The server processes of the closed connections leave pg_stat_activity a moment later.
      const still = (await until(backends, (b) => b.length <= 1)).map((b) => b.pid);
      expect(still).toHaveLength(1);
      expect(pids).toContain(still[0]);
    } finally {
      await pool.end();
    }
  });

  it('warming readies one server process (schema checked, one lookup made) that the user\'s lookups then use', async () => {
    expect(await until(backends, (b) => b.length === 0)).toEqual([]);
    const s = svc(false);
    await s.team.warmUp();
    const warmed = await backends();
    expect(warmed).toHaveLength(1);
    expect(warmed[0]!.query).toContain('sverka.lookup');
    const r = await s.team.lookup('Редакция проверила перевод вчерашней статьи.', { sourceLang: 'ru', targetLang: 'de' });
    expect(r.team.state).toBe('online');
    expect(r.matches.map((m) => [m.store, m.score, m.target])).toEqual([['team', 100, 'Die Redaktion prüfte die Übersetzung des gestrigen Artikels.']]);
    expect((await backends()).map((b) => b.pid)).toEqual([warmed[0]!.pid]);
    s.close();
    open.splice(open.indexOf(s), 1);
    await until(backends, (b) => b.length === 0);
  });

  it('a project that reads no team memory is not warmed for, and a warm-up after it still connects', async () => {
    expect(await until(backends, (b) => b.length === 0)).toEqual([]);
    const s = svc(false);
    const p = s.projects.create('Ohne Teamspeicher');
    s.team.setProjectMemories(p.id, { read: [], write: null });
    await s.team.warmUp(p.id);
    expect(await backends()).toEqual([]);
    await s.team.warmUp();
    const warmed = await backends();
    expect(warmed).toHaveLength(1);
    expect(warmed[0]!.query).toContain('sverka.lookup');
    s.close();
    open.splice(open.indexOf(s), 1);
    await until(backends, (b) => b.length === 0);
  });

  it('the CLI does not connect ahead; the app warms at start and again after the server dropped the kept connection', async () => {
    expect(await until(backends, (b) => b.length === 0)).toEqual([]);
    const cli = svc(false);
    cli.team.warmInBackground();
    await new Promise((r) => setTimeout(r, 300));
    expect(await backends()).toEqual([]);

    const app = svc(true);
    const first = await until(backends, (b) => b.length === 1 && b[0]!.query.includes('sverka.lookup'));
    expect(first).toHaveLength(1);
    expect(first[0]!.query).toContain('sverka.lookup');
    await cluster.admin((c) => c.query('SELECT pg_terminate_backend($1)', [first[0]!.pid]));
    const again = await until(backends, (b) => b.length === 1 && b[0]!.pid !== first[0]!.pid && b[0]!.query.includes('sverka.lookup'));
    expect(again).toHaveLength(1);
    expect(again[0]!.pid).not.toBe(first[0]!.pid);
    expect(again[0]!.query).toContain('sverka.lookup');
    // The server shows the statement once it starts; wait for the warm-up itself to end (a
    // lookup made while it still runs takes a second connection, as it should).
    await app.team.warmUp();
    const r = await app.team.lookup('Редакция проверила перевод вчерашней статьи.', { sourceLang: 'ru', targetLang: 'de' });
    expect(r.team.state).toBe('online');
    expect((await backends()).map((b) => b.pid)).toEqual([again[0]!.pid]);
  });
});
