import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const NOW = '2026-12-02T15:00:00.000Z';

function addProject(db: Db, name: string): number {
  return Number(db.prepare('INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, NOW, NOW).lastInsertRowid);
}

function addLink(db: Db, projectId: number): number {
  return Number(
    db
      .prepare("INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, created_at, updated_at) VALUES (?, 'quote', 0, 5, 0, 5, 'confirmed', ?, ?)")
      .run(projectId, NOW, NOW).lastInsertRowid,
  );
}

describe('migrations 0045-0047 (learned lexicon, user lexicons, online assist)', () => {
  it('0045 keeps learned pairs positive and drops a project’s link records with the project', () => {
    const db = createDb(31);
    const p = addProject(db, 'Before');
    migrateTo(db, 45);
    db.prepare('INSERT INTO learned_pairs (de, ru, count, updated_at) VALUES (?, ?, ?, ?)').run('getreid', 'зерн', 1, NOW);
    expect(() => db.prepare('INSERT INTO learned_pairs (de, ru, count, updated_at) VALUES (?, ?, 0, ?)').run('x', 'y', NOW)).toThrow(/constraint/i);
    expect(() => db.prepare('INSERT INTO learned_pairs (de, ru, count, updated_at) VALUES (?, ?, 1, ?)').run('getreid', 'зерн', NOW)).toThrow(/constraint/i);
    db.prepare('INSERT INTO learned_links (link_id, project_id, taught_key, pairs) VALUES (7, ?, ?, ?)').run(p, 'k', '[]');
    expect(() => db.prepare("INSERT INTO learned_links (link_id, project_id, taught_key, pairs) VALUES (8, ?, 'k', 'no')").run(p)).toThrow(/constraint/i);
    db.prepare('DELETE FROM projects WHERE id = ?').run(p);
    expect(db.prepare('SELECT count(*) FROM learned_links').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM learned_pairs').pluck().get()).toBe(1);
  });

  it('0046 keeps entries with their lexicon, global or per project, and accepts only known formats and states', () => {
    const db = createDb(45);
    const p = addProject(db, 'Project');
    migrateTo(db, 46);
    const add = db.prepare('INSERT INTO user_lexicons (project_id, name, format, state, created_at) VALUES (?, ?, ?, ?, ?)');
    const global = Number(add.run(null, 'global.tsv', 'tsv', 'ready', NOW).lastInsertRowid);
    const own = Number(add.run(p, 'own.tbx', 'tbx', 'importing', NOW).lastInsertRowid);
    expect(() => add.run(null, 'x.csv', 'csv', 'ready', NOW)).toThrow(/constraint/i);
    expect(() => add.run(null, 'x.tsv', 'tsv', 'half', NOW)).toThrow(/constraint/i);
    const entry = db.prepare('INSERT INTO user_lexicon_entries (lexicon_id, de, ru) VALUES (?, ?, ?)');
    entry.run(global, 'Getreide', 'зерно');
    entry.run(own, 'Seeweg', 'морской путь');
    expect(() => entry.run(999, 'a', 'б')).toThrow(/constraint/i);
    db.prepare('DELETE FROM projects WHERE id = ?').run(p);
    expect(db.prepare('SELECT id FROM user_lexicons').pluck().all()).toEqual([global]);
    expect(db.prepare('SELECT de FROM user_lexicon_entries').pluck().all()).toEqual(['Getreide']);
  });

  it('0047 switches online assist off for existing projects and marks existing links unassisted', () => {
    const db = createDb(46);
    const p = addProject(db, 'Existing');
    const l = addLink(db, p);
    migrateTo(db, 47);
    expect(db.prepare('SELECT online_assist FROM projects WHERE id = ?').pluck().get(p)).toBe(0);
    expect(db.prepare('SELECT assisted FROM alignment_links WHERE id = ?').pluck().get(l)).toBe(0);
    expect(() => db.prepare('UPDATE projects SET online_assist = 2').run()).toThrow(/constraint/i);
  });

  it('the full chain (with the projects rebuild of 0071 after them) keeps the new columns and references', () => {
    const db = createDb();
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(71);
    const p = addProject(db, 'Fresh');
    expect(db.prepare('SELECT online_assist FROM projects WHERE id = ?').pluck().get(p)).toBe(0);
    db.prepare("INSERT INTO user_lexicons (project_id, name, format, state, created_at) VALUES (?, 'a.tsv', 'tsv', 'ready', ?)").run(p, NOW);
    db.prepare('DELETE FROM projects WHERE id = ?').run(p);
    expect(db.prepare('SELECT count(*) FROM user_lexicons').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
