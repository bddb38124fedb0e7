import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const NOW = '2026-12-04T10:00:00.000Z';

describe('migration 0081 (the target-index backlog)', () => {
  function seeded() {
    const db = createDb(80);
    const ins = db.prepare(
      `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at)
       VALUES ('ru', 'de', ?, ?, ?, ?, ?, 'import', ?, ?)`,
    );
    const ids: number[] = [];
    for (const [i, [ru, de]] of [['Первая строка', 'Erste Zeile'], ['Вторая строка', 'Zweite Zeile'], ['Третья строка', 'Dritte Zeile']].entries()) {
      const id = Number(ins.run(ru, de, ru!.toLowerCase(), de!.toLowerCase(), i + 1, NOW, NOW).lastInsertRowid);
      db.prepare('INSERT INTO tm_source_fts (rowid, source_key) VALUES (?, ?)').run(id, ` ${ru!.toLowerCase()} `);
      db.prepare('INSERT INTO tm_target_fts (rowid, target_key) VALUES (?, ?)').run(id, ` ${de!.toLowerCase()} `);
      ids.push(id);
    }
    return { db, ids };
  }
  const targetHits = (db: ReturnType<typeof createDb>, term: string) =>
    db.prepare('SELECT rowid FROM tm_target_fts WHERE tm_target_fts MATCH ? ORDER BY rowid').pluck().all(`"${term}"`);
  /** integrity-check, and the row count FTS5 keeps (the first varint of its averages record) is the units indexed. */
  const intact = (db: ReturnType<typeof createDb>, indexed: number) => {
    db.exec("INSERT INTO tm_target_fts (tm_target_fts, rank) VALUES ('integrity-check', 0)");
    const block = db.prepare('SELECT block FROM tm_target_fts_data WHERE id = 1').pluck().get() as Buffer;
    expect(block[0]).toBe(indexed);
  };

  it('adds an empty backlog on a database of version 80, keeping its units and indexes', () => {
    const { db, ids } = seeded();
    migrateTo(db, 81);
    expect(schemaVersion(db)).toBe(81);
    expect(db.prepare('SELECT COUNT(*) FROM tm_index_backlog').pluck().get()).toBe(0);
    expect(targetHits(db, 'eil')).toEqual(ids);
    // Outside the backlog, deletes and key edits still reach the target index.
    db.prepare('DELETE FROM tm_units WHERE id = ?').run(ids[0]);
    db.prepare("UPDATE tm_units SET target_key = 'andere zeile' WHERE id = ?").run(ids[1]);
    expect(targetHits(db, 'eil')).toEqual([ids[1], ids[2]]);
    expect(targetHits(db, 'and')).toEqual([ids[1]]);
    intact(db, 2);
  });

  it('leaves the target index alone for units in the backlog, and refuses an inverted range', () => {
    const { db, ids } = seeded();
    migrateTo(db, 81);
    // As an import leaves it: a unit whose target side was never indexed.
    const id = Number(
      db
        .prepare(
          `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at)
           VALUES ('ru', 'de', 'Четвёртая', 'Vierte Zeile', 'четвёртая', 'vierte zeile', 9, 'import', ?, ?)`,
        )
        .run(NOW, NOW).lastInsertRowid,
    );
    db.prepare('INSERT INTO tm_index_backlog (first_id, last_id) VALUES (?, ?)').run(id, id);
    db.prepare("UPDATE tm_units SET target_key = 'fünfte zeile' WHERE id = ?").run(id);
    db.prepare('DELETE FROM tm_units WHERE id = ?').run(id);
    expect(targetHits(db, 'eil')).toEqual(ids);
    intact(db, 3);
    expect(() => db.prepare('INSERT INTO tm_index_backlog (first_id, last_id) VALUES (10, 9)').run()).toThrow(/CHECK/);
  });
});
