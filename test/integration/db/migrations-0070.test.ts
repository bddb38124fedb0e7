import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';
import { migrations, type Migration } from '../../../electron/db/migrations';

const NOW = '2026-11-27T05:00:00.000Z';

function addProject(db: Db, name: string): number {
  return Number(db.prepare('INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, NOW, NOW).lastInsertRowid);
}

function addDocument(db: Db, projectId: number, role: 'source' | 'target', text: string): number {
  return Number(
    db
      .prepare(`INSERT INTO documents (project_id, role, lang, text, content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(projectId, role, role === 'source' ? 'ru' : 'de', text, `h-${role}-${projectId}`, NOW, NOW).lastInsertRowid,
  );
}

const setting = (db: Db, key: string, value: string) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, value);
const settingKeys = (db: Db): string[] => (db.prepare('SELECT key FROM settings ORDER BY key').pluck().all() as string[]);

describe('migration 0070 (document segments hash)', () => {
  it('moves the aligned markers out of the settings into their documents and deletes every marker', () => {
    const db = createDb(69);
    const a = addProject(db, 'Aligned');
    const aSrc = addDocument(db, a, 'source', 'Он сказал.');
    const aTgt = addDocument(db, a, 'target', 'Er sagte.');
    const b = addProject(db, 'Target only aligned');
    const bSrc = addDocument(db, b, 'source', 'Текст.');
    const bTgt = addDocument(db, b, 'target', 'Text.');
    const c = addProject(db, 'Broken marker');
    const cTgt = addDocument(db, c, 'target', 'Text.');
    setting(db, `workbench.aligned.${a}`, JSON.stringify({ source: 'old-src', target: 'old-tgt' }));
    setting(db, `workbench.aligned.${b}`, JSON.stringify({ source: null, target: 'tgt-b' }));
    setting(db, `workbench.aligned.${c}`, '{not json');
    setting(db, 'workbench.aligned.999', JSON.stringify({ source: 'x', target: 'y' })); // a deleted project's
    setting(db, 'reviewer.name', 'Anna');
    setting(db, 'ui.theme', 'dark');

    migrateTo(db, 70);
    expect(schemaVersion(db)).toBe(70);
    const hashOf = (id: number) => db.prepare('SELECT segments_hash FROM documents WHERE id = ?').pluck().get(id);
    expect([hashOf(aSrc), hashOf(aTgt)]).toEqual(['old-src', 'old-tgt']);
    expect([hashOf(bSrc), hashOf(bTgt)]).toEqual([null, 'tgt-b']);
    expect(hashOf(cTgt)).toBeNull();
    expect(settingKeys(db)).toEqual(['reviewer.name', 'ui.theme']);
  });
});

describe('migration 0071 (project ids never reused)', () => {
  function seeded(): { db: Db; kept: number; gone: number } {
    const db = createDb(70);
    const kept = addProject(db, 'Kept');
    db.prepare("UPDATE projects SET description = 'about', opened_at = ? WHERE id = ?").run(NOW, kept);
    const src = addDocument(db, kept, 'source', 'Он сказал: «Да».');
    addDocument(db, kept, 'target', 'Er sagte: „Ja“.');
    db.prepare(
      `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, who, created_at, updated_at)
       VALUES (?, 'quote', 12, 14, 11, 13, 'auto', 'auto', ?, ?)`,
    ).run(kept, NOW, NOW);
    db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, project_id, document_id, created_at, changed_at)
       VALUES ('ru', 'de', 'Да', 'Ja', 'да', 'ja', 1, 'human', ?, ?, ?, ?)`,
    ).run(kept, src, NOW, NOW);
    db.prepare(
      `INSERT INTO glossary_terms (project_id, source_lang, target_lang, source_term, target_term, source_key, created_at) VALUES (?, 'ru', 'de', 'да', 'ja', 'да', ?)`,
    ).run(kept, NOW);
    const gone = addProject(db, 'Gone');
    return { db, kept, gone };
  }

  it('rebuilds projects with AUTOINCREMENT, keeping every row, column and reference', () => {
    const { db, kept, gone } = seeded();
    const before = db.prepare('SELECT * FROM projects ORDER BY id').all();
    migrateTo(db, 71);
    expect(schemaVersion(db)).toBe(71);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'projects'").pluck().get()).toMatch(/id INTEGER PRIMARY KEY AUTOINCREMENT/);
    expect(db.prepare('SELECT * FROM projects ORDER BY id').all()).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Foreign keys are on again and still point at the rebuilt table.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => addDocument(db, 12345, 'source', 'x')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM projects WHERE id = ?').run(kept);
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM alignment_links').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM glossary_terms').pluck().get()).toBe(0);
    expect(db.prepare('SELECT project_id, document_id FROM tm_units').get()).toEqual({ project_id: null, document_id: null });
    // A deleted project's id is not given out again.
    db.prepare('DELETE FROM projects WHERE id = ?').run(gone);
    expect(addProject(db, 'New')).toBe(gone + 1);
  });

  it('brings along a column another step added, and leaves a database already rebuilt alone', () => {
    const { db } = seeded();
    db.exec("ALTER TABLE projects ADD COLUMN colour TEXT DEFAULT 'blue'");
    migrateTo(db, 71);
    expect(db.prepare('SELECT DISTINCT colour FROM projects').pluck().all()).toEqual(['blue']);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'projects'").pluck().get();
    const again = migrations.find((m) => m.version === 71)!;
    db.transaction(() => again.up(db))();
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'projects'").pluck().get()).toBe(sql);
  });

  it('rolls a foreign-keys-off step back when it would leave a broken reference', () => {
    const db = createDb(71);
    addProject(db, 'Only');
    const breaking: Migration = {
      version: 72_000,
      name: 'test-breaks-references',
      foreignKeys: 'off',
      up(d) {
        d.prepare("INSERT INTO documents (project_id, role, lang, text, content_hash, created_at, updated_at) VALUES (999, 'source', 'ru', 'x', 'h', ?, ?)").run(NOW, NOW);
      },
    };
    expect(() => migrateTo(db, undefined, [...migrations.filter((m) => m.version <= 71), breaking])).toThrow(/broken references \(documents -> projects\)/);
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0);
    expect(schemaVersion(db)).toBe(71);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
