import { describe, expect, it } from 'vitest';
import { createDb } from '../../../electron/db/connection';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';

const NOW = '2026-12-02T10:00:00.000Z';

describe('migration 0080 (quote verdicts)', () => {
  function seeded() {
    const db = createDb(71);
    const pid = Number(db.prepare('INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)').run('P', NOW, NOW).lastInsertRowid);
    const link = Number(
      db
        .prepare(
          `INSERT INTO alignment_links (project_id, kind, source_start, source_end, target_start, target_end, status, who, created_at, updated_at)
           VALUES (?, 'quote', 0, 5, 0, 5, 'confirmed', 'Anna', ?, ?)`,
        )
        .run(pid, NOW, NOW).lastInsertRowid,
    );
    return { db, link };
  }

  it('adds the verdict table on a database of version 71, keeping its links', () => {
    const { db, link } = seeded();
    migrateTo(db, 80);
    expect(schemaVersion(db)).toBe(80);
    expect(db.prepare('SELECT id FROM alignment_links').pluck().all()).toEqual([link]);
    expect(db.prepare('SELECT COUNT(*) FROM quote_verdicts').pluck().get()).toBe(0);
  });

  it('records every change in the history, refuses unknown verdicts and goes with its link', () => {
    const { db, link } = seeded();
    migrateTo(db, 80);
    const ins = db.prepare(`INSERT INTO quote_verdicts (link_id, verdict, comment, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    ins.run(link, 'distorted', 'Zahl falsch', 'Anna', NOW, NOW);
    expect(() => ins.run(link + 1, 'faithful', '', 'Anna', NOW, NOW)).toThrow(/FOREIGN KEY/);
    db.prepare(`UPDATE quote_verdicts SET verdict = 'acceptable', updated_by = 'Boris', updated_at = ? WHERE link_id = ?`).run(NOW, link);
    expect(() => db.prepare(`UPDATE quote_verdicts SET verdict = 'maybe' WHERE link_id = ?`).run(link)).toThrow(/CHECK/);
    db.prepare('DELETE FROM alignment_links WHERE id = ?').run(link);
    expect(db.prepare('SELECT COUNT(*) FROM quote_verdicts').pluck().get()).toBe(0);
    const h = db.prepare('SELECT action, who, before_verdict, after_verdict FROM quote_verdict_history WHERE link_id = ? ORDER BY id').all(link);
    expect(h).toEqual([
      { action: 'insert', who: 'Anna', before_verdict: null, after_verdict: 'distorted' },
      { action: 'update', who: 'Boris', before_verdict: 'distorted', after_verdict: 'acceptable' },
      { action: 'delete', who: 'Boris', before_verdict: 'acceptable', after_verdict: null },
    ]);
  });
});
