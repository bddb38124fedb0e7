import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';
import { checkTeamVersions, TEAM_SCHEMA_VERSION } from '../../../electron/db/team/migrate';
import { teamMigrations, type TeamMigration } from '../../../electron/db/team/migrations';

const NOW = '2026-11-27T05:00:00.000Z';
const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const expectConstraint = (fn: () => unknown) => expect(fn).toThrow(/constraint/i);

describe('local migrations 0050-0052 (team memory)', () => {
  it('0050 gives units and glossary terms an optional, unique UUID and a team memory', () => {
    const db = createDb(50);
    expect(schemaVersion(db)).toBe(50);
    const ins = db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at, uuid, team_memory)
       VALUES ('ru', 'de', ?, 'b', ?, 'b', 1, 'human', ?, ?, ?, ?)`,
    );
    ins.run('a', 'a', NOW, NOW, UUID, 'main');
    ins.run('c', 'c', NOW, NOW, null, null);
    ins.run('d', 'd', NOW, NOW, null, null);
    expectConstraint(() => ins.run('e', 'e', NOW, NOW, UUID, null));
    expectConstraint(() => ins.run('f', 'f', NOW, NOW, 'short', null));
    const term = db.prepare(
      "INSERT INTO glossary_terms (source_lang, target_lang, source_term, target_term, source_key, created_at, uuid) VALUES ('ru', 'de', ?, 'X', ?, ?, ?)",
    );
    term.run('указ', 'указ', NOW, UUID);
    expectConstraint(() => term.run('закон', 'закон', NOW, UUID));
  });

  it('0051 keeps one outbox row per memory, kind and UUID, with valid JSON', () => {
    const db = createDb(51);
    const put = db.prepare('INSERT INTO team_outbox (memory, kind, uuid, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)');
    put.run('main', 'unit', UUID, '{}', NOW, NOW);
    put.run('archive', 'unit', UUID, '{}', NOW, NOW);
    put.run('main', 'term', UUID, '{}', NOW, NOW);
    expectConstraint(() => put.run('main', 'unit', UUID, '{}', NOW, NOW));
    expectConstraint(() => put.run('main', 'page', crypto.randomUUID(), '{}', NOW, NOW));
    expect(() => put.run('main', 'unit', crypto.randomUUID(), 'not json', NOW, NOW)).toThrow();
    expectConstraint(() => put.run('', 'unit', crypto.randomUUID(), '{}', NOW, NOW));
    db.prepare("INSERT INTO team_sync_state (memory) VALUES ('main')").run();
    expect(db.prepare('SELECT pulled_unit_seq, pushed_unit_id FROM team_sync_state').get()).toEqual({ pulled_unit_seq: 0, pushed_unit_id: 0 });
  });

  it('0052 lets a project write to one team memory at most, and forgets the choice with the project', () => {
    const db = createDb(52);
    const pid = Number(db.prepare("INSERT INTO projects (name, created_at, updated_at) VALUES ('P', ?, ?)").run(NOW, NOW).lastInsertRowid);
    const put = db.prepare('INSERT INTO project_team_memories (project_id, memory, read, write) VALUES (?, ?, ?, ?)');
    put.run(pid, 'main', 1, 1);
    put.run(pid, 'archive', 1, 0);
    expectConstraint(() => put.run(pid, 'desk', 1, 1));
    expectConstraint(() => put.run(pid, 'main', 1, 0));
    expectConstraint(() => put.run(9999, 'main', 1, 0));
    db.prepare('DELETE FROM projects WHERE id = ?').run(pid);
    expect(db.prepare('SELECT COUNT(*) FROM project_team_memories').pluck().get()).toBe(0);
  });

  it('units stored before 0050 survive it without a UUID', () => {
    const db = createDb(10);
    db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at)
       VALUES ('ru', 'de', 'a', 'b', 'a', 'b', 1, 'human', ?, ?)`,
    ).run(NOW, NOW);
    migrateTo(db);
    expect(db.prepare('SELECT source, uuid, team_memory FROM tm_units').get()).toEqual({ source: 'a', uuid: null, team_memory: null });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('the team server schema version check', () => {
  const top = TEAM_SCHEMA_VERSION;
  const all = teamMigrations.map((m) => m.version);
  const next: TeamMigration[] = [...teamMigrations, { version: top + 1, name: 'next', up: async () => undefined }];
  it.each([
    ['current', all, teamMigrations, null],
    ['not set up', [], teamMigrations, /holds no Sverka team memory yet.*tm team init/],
    ['behind', all, next, new RegExp(`at schema version ${top}; this Sverka needs ${top + 1}.*tm team init`)],
    ['one step behind this Sverka', all.filter((v) => v !== top), teamMigrations, new RegExp(`this Sverka needs ${top}.*tm team init`)],
    ['newer', [...all, top + 1], teamMigrations, new RegExp(`schema version ${top + 1}, newer than this Sverka understands \\(${top}\\)`)],
  ] as const)('%s', (_what, applied, list, message) => {
    if (message === null) expect(() => checkTeamVersions(applied, list)).not.toThrow();
    else expect(() => checkTeamVersions(applied, list)).toThrow(expect.objectContaining({ code: 'TEAM_SCHEMA', message: expect.stringMatching(message) }));
  });
});
