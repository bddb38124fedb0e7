import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, checkFile, checkIntegrity, listBackups, offerBackup, restoreBackup, rollingBackup } from '../../../electron/db/backup';
import { openDatabase } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services';
import { SverkaError } from '../../../shared/errors';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-backup-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('rolling backup', () => {
  it('copies the open database into backups/ and keeps the newest five', async () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v1')").run();
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      const at = new Date(Date.UTC(2026, 10, 20 + i, 8));
      const f = await rollingBackup(db, file, { now: () => at });
      expect(f).not.toBeNull();
      // Modification times decide the order: make them distinct and in step with the names.
      fs.utimesSync(f!, at, at);
      made.push(f!);
    }
    db.close();
    const kept = listBackups(file);
    expect(kept.map((b) => b.file)).toEqual(made.slice(2).reverse());
    expect(path.dirname(kept[0]!.file)).toBe(backupDir(file));
    expect(fs.readdirSync(backupDir(file)).some((n) => n.endsWith('.partial'))).toBe(false);
    const copy = openDatabase(kept[0]!.file, { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('v1');
    expect(checkIntegrity(copy).ok).toBe(true);
    copy.close();
  });

  it('daily policy skips when a backup is younger than a day; in-memory and off never back up', async () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    const db = openDatabase(file);
    const t0 = new Date('2026-11-27T05:00:00Z');
    expect(await rollingBackup(db, file, { policy: 'daily', now: () => t0 })).not.toBeNull();
    expect(await rollingBackup(db, file, { policy: 'daily', now: () => new Date(t0.getTime() + 3_600_000) })).toBeNull();
    expect(await rollingBackup(db, file, { policy: 'off' })).toBeNull();
    db.close();
    const mem = openDatabase(':memory:');
    expect(await rollingBackup(mem, ':memory:')).toBeNull();
    mem.close();
  });

  it('createServices backs up the app database on open and closes only after the copy is done', async () => {
    const dir = tmp();
    const file = path.join(dir, 'app.db');
    const s = createServices({ dbFile: file, shell: 'web' });
    s.close();
    const done = await s.backupDone;
    expect(done.error).toBeUndefined();
    expect(done.file && fs.existsSync(done.file)).toBe(true);
    expect(s.db.open).toBe(false);
    // The CLI backs up at most daily: a second CLI open right after takes none.
    const c1 = createServices({ dbFile: file, shell: 'cli' });
    c1.close();
    expect((await c1.backupDone).file).toBeNull();
  });
});

describe('integrity check on open', () => {
  it('refuses a damaged database and names the newest backup to restore', async () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    const s = createServices({ dbFile: file, shell: 'web' });
    s.projects.create('Reportage');
    s.close();
    const backup = (await s.backupDone).file!;
    // Damage the file: overwrite pages after the header with garbage.
    const fd = fs.openSync(file, 'r+');
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, Buffer.alloc(Math.max(4096, size - 4096), 0x5a), 0, undefined, 4096);
    fs.closeSync(fd);
    let error: unknown;
    try {
      createServices({ dbFile: file, shell: 'web', backup: 'off' }).close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SverkaError);
    expect((error as SverkaError).code).toBe('DB_CORRUPT');
    expect((error as SverkaError).message).toContain(backup);
    expect((error as SverkaError).details).toMatchObject({ backups: [backup] });

    const aside = restoreBackup(backup, file);
    expect(fs.existsSync(aside)).toBe(true);
    const again = createServices({ dbFile: file, shell: 'web', backup: 'off' });
    expect(again.projects.list().map((p) => p.name)).toEqual(['Reportage']);
    again.close();
  });
});

/**
 * Damages one b-tree page of the index `index` in place: the database still opens and serves
 * queries that do not touch that index, but SQLite's quick_check fails.
 */
function damageIndexPage(file: string, index: string): void {
  const db = openDatabase(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const page = db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno LIMIT 1').pluck().get(index) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize - 8, 0xa5), 0, undefined, (page - 1) * pageSize + 8);
  fs.closeSync(fd);
}

function seedMemory(file: string): void {
  const db = openDatabase(file);
  const ins = db.prepare(
    `INSERT INTO tm_units (source_lang, target_lang, source, target, source_key, target_key, source_hash, origin, created_at, changed_at)
     VALUES ('ru', 'de', ?, ?, ?, ?, ?, 'import', '2026-01-01', '2026-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) ins.run(`Предложение ${i}`, `Satz ${i}`, `предложение ${i}`, `satz ${i}`, i * 7919);
  })();
  db.close();
}

const ago = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

describe('a damaged database is never backed up, and only good backups are offered', () => {
  it('skips the backup of a database that fails quick_check even when the daily check is skipped', async () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    seedMemory(file);
    const first = createServices({ dbFile: file, shell: 'web' });
    first.close();
    const good = (await first.backupDone).file!;
    fs.utimesSync(good, ago(2), ago(2));
    damageIndexPage(file, 'tm_units_source_hash');
    // The CLI: the integrity check ran less than a day ago (skipped), the newest backup is two days old.
    const cli = createServices({ dbFile: file, shell: 'cli' });
    cli.close();
    const done = await cli.backupDone;
    expect(done.file).toBeNull();
    expect(done.error).toMatch(/damaged[\s\S]*no backup was taken of it/);
    expect(listBackups(file).map((b) => b.file)).toEqual([good]);
    // The next full check refuses the database and offers the good backup.
    expect(() => createServices({ dbFile: file, shell: 'web', backup: 'off' })).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', message: expect.stringContaining(good) }));
  });

  it('offers the newest backup that passes its check, never a damaged one', () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    seedMemory(file);
    const folder = backupDir(file);
    fs.mkdirSync(folder);
    const older = path.join(folder, 'work-20261101T000000Z.backup.db');
    const newer = path.join(folder, 'work-20261102T000000Z.backup.db');
    fs.copyFileSync(file, older);
    fs.copyFileSync(file, newer);
    fs.utimesSync(older, ago(3), ago(3));
    fs.utimesSync(newer, ago(2), ago(2));
    damageIndexPage(newer, 'tm_units_source_hash');
    expect(checkFile(newer).ok).toBe(false);
    const err = offerBackup('The database is damaged.', file);
    expect(err.message).toContain(`The newest good backup is ${older}`);
    expect(err.message).not.toContain(newer);
    expect(err.details).toMatchObject({ backups: [older] });
  });

  it('deletes a backup that fails its check after writing instead of keeping it', async () => {
    const dir = tmp();
    const file = path.join(dir, 'work.db');
    const db = openDatabase(file);
    await expect(rollingBackup(db, file, { verify: () => ({ ok: false, mode: 'quick', problems: ['page 3: btreeInitPage() returns error code 11'] }) })).rejects.toThrow(
      /did not pass its check.*btreeInitPage.*deleted/,
    );
    db.close();
    expect(listBackups(file)).toEqual([]);
    expect(fs.readdirSync(backupDir(file))).toEqual([]);
  });
});
