import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const now = '2026-01-01T00:00:00.000Z';

function suggestion(db: ReturnType<typeof createDb>, key: string, billed = 3): number {
  return Number(
    db
      .prepare(
        `INSERT INTO mt_suggestions (cache_key, source_lang, target_lang, source_text, formality, suggestion, billed_characters, created_at, last_used_at)
         VALUES (?, 'ru', 'de', 'Мост', 'default', 'Brücke', ?, ?, ?)`,
      )
      .run(key, billed, now, now).lastInsertRowid,
  );
}

describe('migration 0010 (mt)', () => {
  it('applies on top of the previous schema', () => {
    const db = createDb(9);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'mt_suggestions'").get()).toBeUndefined();
    expect(migrateTo(db, 10)).toBe(10);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(10);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'mt_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(['mt_glossaries', 'mt_reviews', 'mt_suggestions']);
  });

  it('enforces one row per cache key and non-negative billing', () => {
    const db = createDb();
    suggestion(db, 'k1');
    expect(() => suggestion(db, 'k1')).toThrow(/UNIQUE/);
    expect(() => suggestion(db, 'k2', -1)).toThrow(/CHECK/);
  });

  it('checks review decisions, keeps reviews when a suggestion goes, drops them with the project', () => {
    const db = createDb();
    const project = Number(db.prepare("INSERT INTO projects (name, created_at, updated_at) VALUES ('P', ?, ?)").run(now, now).lastInsertRowid);
    const sid = suggestion(db, 'k1');
    const review = db.prepare(
      `INSERT INTO mt_reviews (project_id, ref, suggestion_id, source_text, suggestion, final_text, edit_distance, normalized_distance, decision, created_at, updated_at)
       VALUES (?, ?, ?, 'Мост', 'Brücke', 'Brücke', 0, 0, ?, ?, ?)`,
    );
    expect(() => review.run(project, 'r0', sid, 'maybe', now, now)).toThrow(/CHECK/);
    review.run(project, 'r1', sid, 'accepted', now, now);
    expect(() => review.run(project, 'r1', sid, 'accepted', now, now)).toThrow(/UNIQUE/);
    review.run(project, null, sid, 'accepted', now, now);
    review.run(project, null, sid, 'accepted', now, now);
    db.prepare('DELETE FROM mt_suggestions WHERE id = ?').run(sid);
    expect(db.prepare('SELECT COUNT(*) AS n FROM mt_reviews WHERE suggestion_id IS NULL').get()).toEqual({ n: 3 });
    db.prepare('DELETE FROM projects WHERE id = ?').run(project);
    expect(db.prepare('SELECT COUNT(*) AS n FROM mt_reviews').get()).toEqual({ n: 0 });
  });
});
