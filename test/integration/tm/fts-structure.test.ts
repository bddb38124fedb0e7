import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addFtsTotals, decodeFtsStructure, encodeFtsStructure } from '../../../electron/db/repositories/tm';

/** A trigram index like the memory's, with `n` rows from `first` on, written in batches so that FTS5 leaves several segments on more than one level. */
function index(first: number, n: number): Database.Database {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE f USING fts5(k, content='', detail=none, tokenize='trigram case_sensitive 1')");
  db.exec("INSERT INTO f (f, rank) VALUES ('pgsz', 128)");
  const st = db.prepare('INSERT INTO f (rowid, k) VALUES (?, ?)');
  for (let i = first; i < first + n; i++) {
    if ((i - first) % 40 === 0) db.exec('SAVEPOINT s; RELEASE s');
    st.run(i, ` запись ${(i * 7919) % 1009} über Straße ${i} `);
  }
  return db;
}

const block = (db: Database.Database, id: number) => db.prepare('SELECT block FROM f_data WHERE id = ?').pluck().get(id) as Buffer;

describe('FTS5 structure and totals records', () => {
  it('decodes a structure record into levels and segments and encodes it back byte for byte', () => {
    const db = index(1, 2000);
    const raw = block(db, 10);
    const s = decodeFtsStructure(raw);
    const segids = s.levels.flatMap((l) => l.segments.map((g) => g.segid));
    expect(segids.length).toBeGreaterThan(3);
    expect(s.levels.length).toBeGreaterThan(1);
    // Every segment's pages exist under its id (FTS5 keys a page by (segid << 37) + page).
    for (const l of s.levels) {
      for (const g of l.segments) {
        expect(db.prepare('SELECT COUNT(*) FROM f_data WHERE id BETWEEN ? AND ?').pluck().get(g.segid * 2 ** 37 + g.pgnoFirst, g.segid * 2 ** 37 + g.pgnoLast)).toBe(g.pgnoLast - g.pgnoFirst + 1);
      }
    }
    expect(encodeFtsStructure(s)).toEqual(raw);
    expect(decodeFtsStructure(undefined)).toEqual({ cookie: 0, writeCounter: 0, levels: [] });
    expect(() => decodeFtsStructure(Buffer.concat([raw, Buffer.from([1])]))).toThrow(/does not add up/);
  });

  it('adds two totals records (rows, tokens) as FTS5 counts them for the union of both', () => {
    const a = index(1, 700);
    const b = index(701, 1300);
    const both = index(1, 2000);
    expect(addFtsTotals(block(a, 1), block(b, 1))).toEqual(block(both, 1));
    expect(addFtsTotals(undefined, block(b, 1))).toEqual(block(b, 1));
  });
});
