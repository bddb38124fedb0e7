import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo } from '../../../electron/db/migrate';

const NOW = '2026-11-27T05:00:00.000Z';

describe('migrations 0030-0031 (import account, side notes)', () => {
  it('0030 gives existing import records zero skips and accepts only JSON reasons', () => {
    const db = createDb(10);
    db.prepare("INSERT INTO tm_imports (file_name, format, started_at, units_read) VALUES ('a.tmx', 'tmx', ?, 7)").run(NOW);
    migrateTo(db, 30);
    expect(db.prepare('SELECT units_read, units_found, units_skipped, skips FROM tm_imports').get()).toEqual({ units_read: 7, units_found: 0, units_skipped: 0, skips: '{}' });
    db.prepare(`UPDATE tm_imports SET units_skipped = 2, skips = '{"no-target":{"count":2,"lines":[4,9]}}'`).run();
    expect(() => db.prepare("UPDATE tm_imports SET skips = 'two'").run()).toThrow(/constraint/i);
  });

  it('0031 keeps the notes of existing units where they were and adds empty side notes', () => {
    const db = createDb(30);
    db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at, notes)
       VALUES ('ru', 'de', 'a', 'b', 'a', 'b', 1, 'import', ?, ?, '["alt"]')`,
    ).run(NOW, NOW);
    migrateTo(db, 31);
    expect(db.prepare('SELECT notes, source_notes, target_notes FROM tm_units').get()).toEqual({ notes: '["alt"]', source_notes: '[]', target_notes: '[]' });
    expect(() => db.prepare("UPDATE tm_units SET target_notes = 'x'").run()).toThrow(/constraint/i);
  });
});
