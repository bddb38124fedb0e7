import fs from 'node:fs';
import path from 'node:path';
import log from 'loglevel';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { TEAM_SCHEMA_VERSION } from '../../../electron/db/team/migrate';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { electronTeamKeyChain } from '../../../electron/services/team';
import { TM_EXPORT_FORMATS } from '../../../shared/tm/types';
import { containsSecret } from '../../support/secrets';
import { fakeSafeStorage } from '../mt/helpers';
import { removeTmpDirs, servicesFor, startPostgres, teamDatabase, tmpDir, type PgCluster, type TeamDb } from './helpers';

let cluster: PgCluster;
let db: TeamDb;
const open: Services[] = [];

beforeAll(async () => {
  cluster = await startPostgres({ fast: true });
  db = await teamDatabase(cluster, ['main', 'archive']);
  await cluster.createRole('ira', 'ira-pw');
  const admin = servicesFor(db.adminUrl());
  await admin.team.grant('main', 'ira', 'translator');
  await admin.team.grant('archive', 'ira', 'translator');
  admin.close();
});
afterAll(() => {
  for (const s of open.splice(0)) s.close();
  cluster?.destroy();
  removeTmpDirs();
});

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let out = '';
  let err = '';
  try {
    const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('team IPC channels', () => {
  it('check their input and answer with status, merged lookups, sync and per-project memories', async () => {
    const s = servicesFor(db.url('ira', 'ira-pw'), { shell: 'web' });
    open.push(s);
    const call = createDispatch(s);
    expect(await call('team.lookup', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call('team.configure', { url: 'http://example.org/' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: /postgres:\/\// } });
    expect(await call('team.setPassword', { password: 'x' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(await call('team.setProjectMemories', { projectId: 1, read: ['a'], write: 'b', extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    const status = await call('team.status', { check: true });
    expect(status).toMatchObject({
      ok: true,
      value: { configured: true, source: 'env', reachable: true, canSetPassword: false, memories: [{ name: 'archive', writable: true }, { name: 'main', writable: true }] },
    });
    expect(JSON.stringify(status)).not.toContain('ira-pw');

    const p = s.projects.create('Архивный проект');
    expect(await call('team.projectMemories', { projectId: p.id })).toEqual({ ok: true, value: { projectId: p.id, custom: false, read: ['main'], write: 'main' } });
    expect(await call('team.setProjectMemories', { projectId: p.id, read: ['main', 'archive'], write: 'archive' })).toEqual({
      ok: true,
      value: { projectId: p.id, custom: true, read: ['archive', 'main'], write: 'archive' },
    });
    // A confirmed pair of that project goes to "archive"; one without a project to "main".
    s.tm.add([{ sourceLang: 'ru', targetLang: 'de', source: 'Документ из архива.', target: 'Ein Dokument aus dem Archiv.', origin: 'human', reviewed: true, projectId: p.id }]);
    s.tm.add([{ sourceLang: 'ru', targetLang: 'de', source: 'Обычный документ.', target: 'Ein gewöhnliches Dokument.', origin: 'human', reviewed: true }]);
    expect(s.db.prepare('SELECT memory FROM team_outbox ORDER BY id').pluck().all()).toEqual(['archive', 'main']);
    const synced = await call('team.sync', { projectId: p.id });
    expect(synced).toMatchObject({ ok: true });
    expect(s.team.local.pending()).toBe(0);

    const found = await call('team.lookup', { text: 'Документ из архива.', projectId: p.id, sourceLang: 'ru', targetLang: 'de' });
    expect(found).toMatchObject({
      ok: true,
      value: { team: { state: 'online', memories: ['archive', 'main'] }, matches: [{ score: 100, store: 'team', memory: 'archive', author: 'ira', project: 'Архивный проект' }] },
    });
    // A project reading only "main" does not see the archive's unit (its local copy aside).
    const other = s.projects.create('Другой');
    await call('team.setProjectMemories', { projectId: other.id, read: ['main'], write: null });
    const fresh = servicesFor(db.url('ira', 'ira-pw'));
    open.push(fresh);
    const q = fresh.projects.create('Другой');
    fresh.team.setProjectMemories(q.id, { read: ['main'], write: null });
    const res = await fresh.team.lookup('Документ из архива.', { projectId: q.id, sourceLang: 'ru', targetLang: 'de' });
    expect(res.matches.filter((m) => m.score === 100)).toEqual([]);
    expect(await call('team.setProjectMemories', { projectId: p.id, reset: true })).toMatchObject({ ok: true, value: { custom: false, write: 'main' } });
  });
});

describe('team CLI', () => {
  it('tm team init, grant, status, push, pull and lookup --team --json', async () => {
    const dir = tmpDir();
    const adminEnv = { SVERKA_TEAM_URL: db.adminUrl('desk') };
    const init = await cli(['tm', 'team', 'init', '--memory', 'desk', '--db', path.join(dir, 'admin.db'), '--json'], adminEnv);
    expect(init.err).toBe('');
    expect(JSON.parse(init.out)).toMatchObject({ memory: 'desk', created: true, to: TEAM_SCHEMA_VERSION });
    const again = await cli(['tm', 'team', 'init', '--memory', 'desk', '--db', path.join(dir, 'admin.db')], adminEnv);
    expect(again.out).toMatch(new RegExp(`already at version ${TEAM_SCHEMA_VERSION}; memory "desk" exists`));
    const grant = await cli(['tm', 'team', 'grant', '--memory', 'desk', '--user', 'ira', '--role', 'translator', '--db', path.join(dir, 'admin.db')], adminEnv);
    expect(grant).toMatchObject({ code: 0, out: 'ira is now a translator of "desk".\n' });
    expect((await cli(['tm', 'team', 'grant', '--memory', 'desk', '--user', 'ghost', '--role', 'reviewer', '--db', path.join(dir, 'admin.db')], adminEnv)).err).toMatch(
      /Error \(NOT_FOUND\): There is no database role "ghost"/,
    );

    const env = { SVERKA_TEAM_URL: db.url('ira', 'ira-pw', 'desk') };
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    fs.writeFileSync(path.join(dir, 'pairs.csv'), 'source,target\n"Депутаты приняли бюджет.","Die Abgeordneten verabschiedeten den Haushalt."\n');
    expect((await cli(['tm', 'import', path.join(dir, 'pairs.csv'), '--source-lang', 'ru', '--target-lang', 'de', '--db', a], {})).code).toBe(0);
    const push = await cli(['tm', 'push', '--db', a, '--json'], env);
    expect(JSON.parse(push.out)).toEqual({ memory: 'desk', pushed: 1, pulled: 0, outboxLeft: 0 });
    const pull = await cli(['tm', 'pull', '--db', b, '--json'], env);
    expect(JSON.parse(pull.out)).toMatchObject({ memory: 'desk', pulled: 1 });

    const lookup = await cli(['tm', 'lookup', 'Депутаты приняли новый бюджет.', '--source-lang', 'ru', '--target-lang', 'de', '--team', '--json', '--db', b], env);
    const res = JSON.parse(lookup.out) as { matches: { origin: string; memory: string; score: number; kind: string; author: string }[]; team: { state: string } };
    expect(res.team.state).toBe('online');
    expect(res.matches).toHaveLength(1);
    expect(res.matches[0]).toMatchObject({ origin: 'team', memory: 'desk', kind: 'import', author: 'ira', target: 'Die Abgeordneten verabschiedeten den Haushalt.' });
    expect(res.matches[0]!.score).toBeGreaterThan(70);

    // The server goes away: the same command answers from the local memory and says so.
    const offline = await cli(['tm', 'lookup', 'Депутаты приняли новый бюджет.', '--team', '--json', '--db', b], {
      SVERKA_TEAM_URL: `postgres://ira:ira-pw@127.0.0.1:1/${db.name}?memory=desk`,
    });
    const off = JSON.parse(offline.out) as { matches: { origin: string; memory: string }[]; team: { state: string; code: string } };
    expect(off.team).toMatchObject({ state: 'offline', code: 'TEAM_UNREACHABLE' });
    expect(off.matches[0]).toMatchObject({ origin: 'local', memory: 'desk' });

    const status = await cli(['tm', 'team', 'status', '--db', b], env);
    expect(status.out).toMatch(/^ira@127\.0\.0\.1:\d+\/team_\w+ \(env, TLS off\): reachable\n/);
    expect(status.out).toContain('  desk (default): read/write\n');
    expect(status.out).toContain('  outbox: 0 waiting\n');
    const project = createServices({ dbFile: b, shell: 'cli', backup: 'off', integrity: 'off', env: {} });
    const pid = project.projects.create('Wahl').id;
    project.close();
    expect((await cli(['tm', 'team', 'project', String(pid), '--db', b], env)).out).toBe(`Project ${pid} (default): reads desk; writes to desk.\n`);
    expect((await cli(['tm', 'team', 'project', String(pid), '--read', 'desk,main', '--write', 'none', '--db', b], env)).out).toBe(
      `Project ${pid}: reads desk, main; writes to nothing.\n`,
    );
    expect((await cli(['tm', 'team', 'project', String(pid), '--reset', '--db', b], env)).out).toBe(`Project ${pid} (default): reads desk; writes to desk.\n`);
    const none = await cli(['tm', 'push', '--db', b], {});
    expect(none).toMatchObject({ code: 1, err: expect.stringMatching(/TEAM_NOT_CONFIGURED/) });
  });
});

describe('the team memory password never leaks', () => {
  it('appears in no database row, file, log line, console output, IPC result, error, export or server row', async () => {
    const password = `T3am-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}-secret`;
    const wrong = `Wr0ng-${Math.random().toString(36).slice(2)}-password`;
    await cluster.createRole('secretive', password);
    const admin = servicesFor(db.adminUrl());
    await admin.team.grant('main', 'secretive', 'translator');
    admin.close();
    const captured: string[] = [];
    const capture = (...args: unknown[]) => captured.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m).mockImplementation(capture));
    log.setLevel('trace');
    const dir = tmpDir('sverka-team-secret-');
    const userData = path.join(dir, 'userData');
    const results: unknown[] = [];
    let s: Services | undefined;
    try {
      s = createServices({
        dbFile: path.join(dir, 'sverka.db'),
        shell: 'electron',
        env: {},
        teamKeys: electronTeamKeyChain(fakeSafeStorage(), userData),
        teamBackgroundSync: false,
        backup: 'always',
      });
      const dispatch = createDispatch(s);
      const call = async (ch: string, payload: unknown) => {
        const r = await dispatch(ch, payload);
        results.push(r);
        return r;
      };
      const url = `postgres://127.0.0.1:${cluster.port}/${db.name}`;
      expect(await call('team.configure', { url, user: 'secretive', tls: 'off', memory: 'main', password: wrong })).toMatchObject({
        ok: true,
        value: { reachable: false, passwordSet: true, error: { code: 'TEAM_AUTH' } },
      });
      expect(await call('team.setPassword', { password })).toMatchObject({ ok: true, value: { reachable: true, canSetPassword: true } });
      // A password inside the address is taken out of it, never saved with it.
      expect(await call('team.configure', { url: `postgres://secretive:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${db.name}`, tls: 'off' })).toMatchObject({
        ok: true,
        value: { reachable: true, connection: { user: 'secretive', memory: 'main' } },
      });
      const p = s.projects.create('Тайна');
      await call('tm.add', { units: [{ sourceLang: 'ru', targetLang: 'de', source: 'Секретный разговор.', target: 'Ein geheimes Gespräch.', reviewed: true, projectId: p.id }] });
      await call('glossary.add', { projectId: p.id, sourceLang: 'ru', targetLang: 'de', sourceTerm: 'разговор', targetTerm: 'Gespräch' });
      await call('team.sync', {});
      await call('team.lookup', { text: 'Секретный разговор.', projectId: p.id });
      await call('team.status', { check: true });
      await call('team.setPassword', { password: wrong });
      await call('team.lookup', { text: 'Секретный разговор.' });
      await call('team.sync', {});
      await call('team.status', { check: true });
      await call('team.setPassword', { password });
      for (const format of TM_EXPORT_FORMATS) {
        const r = (await call('tm.export', { format })) as { ok: boolean; value?: { dataBase64: string } };
        if (r.ok) expect(containsSecret(Buffer.from(r.value!.dataBase64, 'base64'), password)).toBe(false);
      }
      await s.backupDone;
      const tables = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      expect(tables).toEqual(expect.arrayContaining(['settings', 'team_outbox', 'team_sync_state', 'project_team_memories']));
      let cells = 0;
      for (const t of tables) {
        for (const row of s.db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]) {
          for (const v of Object.values(row)) {
            if (typeof v !== 'string' && !Buffer.isBuffer(v)) continue;
            cells++;
            expect(containsSecret(v, password), `${t} holds the password`).toBe(false);
            expect(containsSecret(v, wrong), `${t} holds the wrong password`).toBe(false);
          }
        }
      }
      expect(cells).toBeGreaterThan(10);
      expect(JSON.parse(s.settings.get('team.connection')!)).toEqual({
        host: '127.0.0.1',
        port: cluster.port,
        database: db.name,
        user: 'secretive',
        tls: 'off',
        caFile: null,
        memory: 'main',
      });
    } finally {
      s?.close();
      log.setLevel('warn');
      for (const spy of spies) spy.mockRestore();
    }
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(dir);
    const blob = files.find((f) => f.endsWith('team-password.bin'));
    expect(blob).toBeDefined();
    expect(fs.statSync(blob!).mode & 0o077).toBe(0);
    expect(files.some((f) => f.includes('backups'))).toBe(true);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(containsSecret(bytes, password), `${path.relative(dir, f)} holds the password`).toBe(false);
      expect(containsSecret(bytes, wrong), `${path.relative(dir, f)} holds the wrong password`).toBe(false);
    }
    const ipc = JSON.stringify(results);
    expect(results.length).toBeGreaterThan(12);
    expect(ipc).toMatch(/TEAM_AUTH/);
    expect(containsSecret(ipc, password)).toBe(false);
    expect(containsSecret(ipc, wrong)).toBe(false);
    for (const line of captured) {
      expect(containsSecret(line, password)).toBe(false);
      expect(containsSecret(line, wrong)).toBe(false);
    }
    const server = await cluster.admin(async (c) => JSON.stringify((await c.query('SELECT * FROM sverka.units')).rows) + JSON.stringify((await c.query('SELECT * FROM sverka.terms')).rows), db.name);
    expect(server).toContain('Секретный разговор.');
    expect(server).toContain('Gespräch');
    expect(containsSecret(server, password)).toBe(false);
  });
});
