import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, checkIntegrity, listBackups, restoreBackup, rollingBackup } from '../../../electron/db/backup';
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
