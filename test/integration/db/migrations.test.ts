import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';

const NOW = '2026-11-27T05:00:00.000Z';

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

function seedProject(db: Db): { projectId: number; sourceDoc: number; targetDoc: number } {
  const projectId = Number(
    db.prepare("INSERT INTO projects (name, created_at, updated_at) VALUES ('Reportage', ?, ?)").run(NOW, NOW).lastInsertRowid,
  );
  const doc = db.prepare(
    `INSERT INTO documents (project_id, role, lang, text, content_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'h', ?, ?)`,
  );
  const sourceDoc = Number(doc.run(projectId, 'source', 'ru', 'Он сказал: «Мы готовы». Всё.', NOW, NOW).lastInsertRowid);
  const targetDoc = Number(doc.run(projectId, 'target', 'de', 'Er sagte: „Wir sind bereit“. Alles.', NOW, NOW).lastInsertRowid);
  return { projectId, sourceDoc, targetDoc };
}

const expectConstraint = (fn: () => unknown) => expect(fn).toThrow(/constraint/i);

describe('migrations 0002-0005', () => {
  it('are numbered 2..5 after the initial one', () => {
    expect(migrations.map((m) => m.version).filter((v) => v >= 2 && v <= 9)).toEqual(expect.arrayContaining([2, 3, 4, 5]));
  });

  it('0002 creates segments and quotations with their constraints', () => {
    const db = createDb(2);
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(expect.arrayContaining(['segments', 'quotations']));
    const { sourceDoc } = seedProject(db);
    const seg = db.prepare('INSERT INTO segments (document_id, idx, start_offset, end_offset, kind, paragraph) VALUES (?, ?, ?, ?, ?, ?)');
    seg.run(sourceDoc, 0, 0, 24, 'sentence', 0);
    expectConstraint(() => seg.run(sourceDoc, 0, 25, 29, 'sentence', 0)); // duplicate idx
    expectConstraint(() => seg.run(sourceDoc, 1, 10, 5, 'sentence', 0)); // end before start
    expectConstraint(() => seg.run(sourceDoc, 2, 0, 5, 'paragraph', 0)); // unknown kind
    expectConstraint(() => seg.run(9999, 3, 0, 5, 'sentence', 0)); // no such document
    const q = db.prepare(
      'INSERT INTO quotations (document_id, start_offset, end_offset, open_offset, close_offset, kind, depth, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const outer = Number(q.run(sourceDoc, 12, 22, 11, 22, 'quotation', 0, null).lastInsertRowid);
    q.run(sourceDoc, 13, 15, 12, 15, 'term', 1, outer);
    expectConstraint(() => q.run(sourceDoc, 12, 22, 13, 22, 'quotation', 0, null)); // open mark after start
    expectConstraint(() => q.run(sourceDoc, 12, 22, 11, 22, 'quote', 0, null)); // unknown kind
    expectConstraint(() => q.run(sourceDoc, 13, 15, 12, 15, 'term', 0, outer)); // child at depth 0
    // Deleting the document takes its structure with it.
    db.prepare('DELETE FROM documents WHERE id = ?').run(sourceDoc);
    expect(db.prepare('SELECT COUNT(*) FROM segments').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM quotations').pluck().get()).toBe(0);
  });

  it('0003 creates links and checked translations whose every change is kept in the history', () => {
    const db = createDb(3);
    expect(tables(db)).toEqual(expect.arrayContaining(['alignment_links', 'checked_translations', 'translation_history']));
    const { projectId } = seedProject(db);
    const link = db.prepare(
      `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, score, who, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const linkId = Number(link.run(projectId, 'quote', 12, 22, 11, 26, 'auto', 0.92, 'auto', NOW, NOW).lastInsertRowid);
    link.run(projectId, 'quote', null, null, 30, 36, 'no_source', null, 'anna', NOW, NOW);
    expectConstraint(() => link.run(projectId, 'quote', null, null, 30, 36, 'confirmed', null, 'anna', NOW, NOW)); // needs a source
    expectConstraint(() => link.run(projectId, 'paragraph', 0, 1, 0, 1, 'auto', null, 'auto', NOW, NOW));
    expectConstraint(() => link.run(projectId, 'quote', 0, 1, 0, 1, 'maybe', null, 'auto', NOW, NOW));
    expectConstraint(() => link.run(projectId, 'quote', 0, 1, 0, 1, 'auto', 1.5, 'auto', NOW, NOW)); // score in 0..1
    expectConstraint(() => link.run(projectId, 'quote', 0, null, 0, 1, 'auto', null, 'auto', NOW, NOW)); // half a span

    const put = db.prepare(
      'INSERT INTO checked_translations (link_id, text, status, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const tid = Number(put.run(linkId, 'Wir sind bereit', 'draft', 'anna', NOW, NOW).lastInsertRowid);
    expectConstraint(() => put.run(linkId, 'again', 'draft', 'anna', NOW, NOW)); // one per link
    const upd = db.prepare('UPDATE checked_translations SET text = ?, status = ?, updated_by = ?, updated_at = ? WHERE id = ?');
    upd.run('Wir sind bereit.', 'reviewed', 'boris', '2026-11-27T05:01:00Z', tid);
    upd.run('Wir sind bereit.', 'reviewed', 'boris', '2026-11-27T05:02:00Z', tid); // no change: no history row
    db.prepare('DELETE FROM alignment_links WHERE id = ?').run(linkId);
    const history = db
      .prepare('SELECT action, who, before_text, after_text, before_status, after_status FROM translation_history ORDER BY id')
      .all();
    expect(history).toEqual([
      { action: 'insert', who: 'anna', before_text: null, after_text: 'Wir sind bereit', before_status: null, after_status: 'draft' },
      { action: 'update', who: 'boris', before_text: 'Wir sind bereit', after_text: 'Wir sind bereit.', before_status: 'draft', after_status: 'reviewed' },
      { action: 'delete', who: 'boris', before_text: 'Wir sind bereit.', after_text: null, before_status: 'reviewed', after_status: null },
    ]);
  });

  it('0004 creates the memory with trigram indexes kept in step on delete and key change', () => {
    const db = createDb(4);
    expect(tables(db)).toEqual(expect.arrayContaining(['tm_units', 'tm_imports', 'tm_source_fts', 'tm_target_fts']));
    const ins = db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at, props)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const id = Number(ins.run('ru', 'de', 'Привет', 'Hallo', 'привет', 'hallo', 1, 'human', NOW, NOW, '{}').lastInsertRowid);
    db.prepare("INSERT INTO tm_source_fts (rowid, source_key) VALUES (?, ' привет ')").run(id);
    db.prepare("INSERT INTO tm_target_fts (rowid, target_key) VALUES (?, ' hallo ')").run(id);
    expectConstraint(() => ins.run('ru', 'de', 'x', 'y', 'x', 'y', 2, 'robot', NOW, NOW, '{}'));
    expectConstraint(() => ins.run('ru', 'de', 'x', 'y', '', 'y', 2, 'human', NOW, NOW, '{}'));
    expectConstraint(() => ins.run('ru', 'de', 'x', 'y', 'x', 'y', 2, 'human', NOW, NOW, 'not json'));
    const hits = (t: string) => db.prepare('SELECT rowid FROM tm_source_fts WHERE tm_source_fts MATCH ?').pluck().all(`"${t}"`);
    expect(hits('вет')).toEqual([id]);
    db.prepare("UPDATE tm_units SET source = 'Пока', source_key = 'пока' WHERE id = ?").run(id);
    expect(hits('вет')).toEqual([]);
    expect(hits('пок')).toEqual([id]);
    db.prepare('DELETE FROM tm_units WHERE id = ?').run(id);
    expect(hits('пок')).toEqual([]);
    expect(db.prepare("SELECT COUNT(*) FROM tm_target_fts WHERE tm_target_fts MATCH '\"hal\"'").pluck().get()).toBe(0);
  });

  it('0005 creates the glossary: one entry per pair and scope, global entries allowed', () => {
    const db = createDb(5);
    const { projectId } = seedProject(db);
    const add = db.prepare(
      `INSERT INTO glossary_terms (project_id, source_lang, target_lang, source_term, target_term, source_key, created_at)
       VALUES (?, 'ru', 'de', ?, ?, ?, ?)`,
    );
    add.run(null, 'указ', 'Erlass', 'указ', NOW);
    add.run(projectId, 'указ', 'Erlass', 'указ', NOW);
    expectConstraint(() => add.run(null, 'Указ', 'Erlass', 'указ', NOW));
    expectConstraint(() => add.run(projectId, 'указ', 'Erlass', 'указ', NOW));
    expectConstraint(() => add.run(null, '  ', 'Erlass', '', NOW));
    db.prepare('DELETE FROM projects WHERE id = ?').run(projectId);
    expect(db.prepare('SELECT project_id FROM glossary_terms').pluck().all()).toEqual([null]);
  });

  it('data written at each version survives the following migrations', () => {
    const db = createDb(1);
    const { projectId, sourceDoc } = seedProject(db);
    migrateTo(db, 2);
    db.prepare('INSERT INTO segments (document_id, idx, start_offset, end_offset) VALUES (?, 0, 0, 24)').run(sourceDoc);
    migrateTo(db, 3);
    const linkId = Number(
      db
        .prepare(
          `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, created_at, updated_at)
           VALUES (?, 'sentence', 0, 24, 0, 28, ?, ?)`,
        )
        .run(projectId, NOW, NOW).lastInsertRowid,
    );
    migrateTo(db, 4);
    db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, link_id, project_id, created_at, changed_at)
       VALUES ('ru', 'de', 'a', 'b', 'a', 'b', 1, 'human', ?, ?, ?, ?)`,
    ).run(linkId, projectId, NOW, NOW);
    migrateTo(db);
    expect(schemaVersion(db)).toBe(migrations[migrations.length - 1]!.version);
    expect(db.prepare('SELECT name FROM projects').pluck().all()).toEqual(['Reportage']);
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(2);
    expect(db.prepare('SELECT end_offset FROM segments').pluck().get()).toBe(24);
    expect(db.prepare('SELECT kind FROM alignment_links').pluck().get()).toBe('sentence');
    expect(db.prepare('SELECT link_id FROM tm_units').pluck().get()).toBe(linkId);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('migration 0020 (links that need re-checking)', () => {
  it('adds recheck_before to the links there are, empty, and keeps it through a write', () => {
    const db = createDb(10);
    const { projectId } = seedProject(db);
    const linkId = Number(
      db
        .prepare(
          `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, who, created_at, updated_at)
           VALUES (?, 'quote', 12, 22, 11, 26, 'confirmed', 'anna', ?, ?)`,
        )
        .run(projectId, NOW, NOW).lastInsertRowid,
    );
    migrateTo(db, 20);
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare('SELECT recheck_before FROM alignment_links WHERE id = ?').pluck().get(linkId)).toBeNull();
    db.prepare('UPDATE alignment_links SET recheck_before = ? WHERE id = ?').run('«Мы готовы»', linkId);
    expect(db.prepare('SELECT status, recheck_before FROM alignment_links WHERE id = ?').get(linkId)).toEqual({ status: 'confirmed', recheck_before: '«Мы готовы»' });
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'alignment_links_recheck'").pluck().get()).toBe(1);
  });
});

describe('migration 0021 (project descriptions)', () => {
  it('adds an empty description to the projects there are', () => {
    const db = createDb(20);
    const { projectId } = seedProject(db);
    migrateTo(db, 21);
    expect(db.prepare('SELECT description FROM projects WHERE id = ?').pluck().get(projectId)).toBeNull();
    db.prepare('UPDATE projects SET description = ? WHERE id = ?').run('Erfunden.', projectId);
    expect(db.prepare('SELECT name, description FROM projects').get()).toEqual({ name: 'Reportage', description: 'Erfunden.' });
  });
});
