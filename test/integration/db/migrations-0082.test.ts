import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const NOW = '2026-12-04T10:00:00.000Z';

describe('migration 0082 (units by their alignment link and document)', () => {
  it('indexes the units of a link, so deleting a link and finding its units read the index, not the memory', () => {
    const db = createDb(81);
    db.exec(`INSERT INTO projects (name, source_lang, target_lang, created_at, updated_at) VALUES ('p', 'ru', 'de', '${NOW}', '${NOW}')`);
    const link = Number(
      db
        .prepare(
          `INSERT INTO alignment_links (project_id, kind, target_start, target_end, status, who, created_at, updated_at)
           VALUES (1, 'quote', 0, 4, 'no_source', 'anna', ?, ?)`,
        )
        .run(NOW, NOW).lastInsertRowid,
    );
    const ins = db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, link_id, created_at, changed_at)
       VALUES ('ru', 'de', ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    );
    ins.run('Мост', 'Brücke', 'мост', 'brücke', 'human', link, NOW, NOW);
    ins.run('Река', 'Fluss', 'река', 'fluss', 'import', null, NOW, NOW);
    migrateTo(db, 82);
    expect(schemaVersion(db)).toBe(82);
    const plan = (sql: string) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(link)
        .map((r) => (r as { detail: string }).detail)
        .join(' ');
    expect(plan('SELECT id FROM tm_units WHERE link_id = ?')).toMatch(/USING (COVERING )?INDEX tm_units_link/);
    expect(plan('SELECT id FROM tm_units WHERE document_id = ?')).toMatch(/USING (COVERING )?INDEX tm_units_document/);
    expect(db.prepare('SELECT id FROM tm_units WHERE link_id = ?').pluck().all(link)).toEqual([1]);
    // The foreign key still clears the unit's link when the link goes; the unit stays.
    db.prepare('DELETE FROM alignment_links WHERE id = ?').run(link);
    expect(db.prepare('SELECT link_id FROM tm_units ORDER BY id').pluck().all()).toEqual([null, null]);
  });
});
