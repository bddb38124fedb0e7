import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const NOW = '2026-12-02T15:00:00.000Z';

describe('migration 0040 (link candidates)', () => {
  it('gives links aligned before it no candidates, keeps them as they were, and accepts only a JSON array', () => {
    const db = createDb(31);
    const projectId = Number(db.prepare('INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)').run('Old', NOW, NOW).lastInsertRowid);
    db.prepare(
      `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, score, who, created_at, updated_at)
       VALUES (?, 'quote', 12, 14, 11, 13, 'confirmed', 0.9, 'Anna', ?, ?)`,
    ).run(projectId, NOW, NOW);
    const before = db.prepare('SELECT * FROM alignment_links').get() as Record<string, unknown>;

    migrateTo(db, 40);
    expect(schemaVersion(db)).toBe(40);
    const after = db.prepare('SELECT * FROM alignment_links').get() as Record<string, unknown>;
    expect(after).toEqual({ ...before, candidates: '[]' });

    const set = (v: string) => db.prepare('UPDATE alignment_links SET candidates = ?').run(v);
    const list = JSON.stringify([{ source: { start: 12, end: 14 }, score: 0.8, evidence: [{ de: { start: 11, end: 13 }, ru: { start: 12, end: 14 }, by: 'dictionary', strength: 1 }] }]);
    set(list);
    expect(db.prepare('SELECT candidates FROM alignment_links').pluck().get()).toBe(list);
    expect(() => set('{broken')).toThrow(/constraint/i);
    expect(() => set('{"source": 1}')).toThrow(/constraint/i);
    expect(() => db.prepare('UPDATE alignment_links SET candidates = NULL').run()).toThrow(/constraint/i);
  });

  it('runs on a new database with the later steps after it', () => {
    const db = createDb();
    const cols = db.prepare("SELECT name FROM pragma_table_info('alignment_links')").pluck().all();
    expect(cols).toContain('candidates');
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(71);
  });
});
