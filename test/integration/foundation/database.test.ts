import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, openDatabase } from '../../../electron/db/connection';
import { acquireDbLock } from '../../../electron/db/lock';
import { migrateTo, schemaVersion } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { SverkaError } from '../../../shared/errors';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-db-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    fs.chmodSync(d, 0o700);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('migrations', () => {
  it('are numbered without duplicates and in order', () => {
    const versions = migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions[0]).toBe(1);
  });

  it('0001 creates projects, documents and settings with their constraints', () => {
    const db = createDb(1);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['projects', 'documents', 'settings', 'migrations']));
    db.prepare("INSERT INTO projects (name, created_at, updated_at) VALUES ('P', 'now', 'now')").run();
    const insertDoc = db.prepare(
      "INSERT INTO documents (project_id, role, lang, text, content_hash, created_at, updated_at) VALUES (?, ?, 'ru', 'x', 'h', 'now', 'now')",
    );
    insertDoc.run(1, 'source');
    expect(() => insertDoc.run(1, 'source')).toThrow(/UNIQUE/);
    expect(() => insertDoc.run(1, 'middle')).toThrow(/CHECK/);
    expect(() => insertDoc.run(99, 'target')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM projects WHERE id = 1').run();
    expect((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(0);
    db.close();
  });

  it('every migration applies step by step on top of the previous one and keeps earlier data', () => {
    const db = createDb(1);
    db.prepare("INSERT INTO projects (name, created_at, updated_at) VALUES ('Kept', 'now', 'now')").run();
    for (const m of migrations.slice(1)) {
      expect(migrateTo(db, m.version)).toBe(m.version);
    }
    expect((db.prepare('SELECT name FROM projects').get() as { name: string }).name).toBe('Kept');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('applies a step numbered below one already applied (work that landed in another order)', () => {
    const db = openDatabase(':memory:', { migrateTo: 0 });
    const step = (version: number) => ({
      version,
      name: `t${version}`,
      up: (d: typeof db) => d.exec(`CREATE TABLE t${version} (x INTEGER)`),
    });
    migrateTo(db, undefined, [step(1), step(10)]);
    migrateTo(db, undefined, [step(1), step(2), step(10)]);
    const applied = (db.prepare('SELECT version FROM migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    expect(applied).toEqual([1, 2, 10]);
    expect(() => db.prepare('SELECT * FROM t2').all()).not.toThrow();
    db.close();
  });

  it('refuses a database from a newer Sverka', () => {
    const db = createDb();
    db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (9999, 'future', 'now')").run();
    expect(() => migrateTo(db)).toThrow(/newer Sverka/);
    db.close();
  });
});

describe('opening a database file', () => {
  it('uses WAL and enforces foreign keys', () => {
    const file = path.join(tmp(), 'a.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('names the folder when it cannot be written', () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; a path below a regular file is unwritable for everyone.
      const blocker = path.join(tmp(), 'not-a-folder');
      fs.writeFileSync(blocker, 'x');
      expect(() => openDatabase(path.join(blocker, 'sub', 'x.db'))).toThrow(SverkaError);
      expect(() => openDatabase(path.join(blocker, 'sub', 'x.db'))).toThrow(/Cannot write to the database folder/);
      return;
    }
    const d = tmp();
    fs.chmodSync(d, 0o500);
    expect(() => openDatabase(path.join(d, 'x.db'))).toThrow(/Cannot write to the database folder/);
  });

  it('lets a transaction that reads before it writes finish while another connection writes too', () => {
    const file = path.join(tmp(), 'two.db');
    const a = openDatabase(file);
    const b = openDatabase(file);
    b.pragma('busy_timeout = 0');
    a.prepare("INSERT INTO settings (key, value) VALUES ('n', '0')").run();
    const refused: string[] = [];
    const bump = a.transaction(() => {
      const n = Number((a.prepare("SELECT value FROM settings WHERE key = 'n'").get() as { value: string }).value);
      // The other connection tries to write between this one's read and its write.
      try {
        b.prepare("INSERT INTO settings (key, value) VALUES ('other', 'x')").run();
      } catch (err) {
        refused.push((err as { code?: string }).code ?? String(err));
      }
      a.prepare("UPDATE settings SET value = ? WHERE key = 'n'").run(String(n + 1));
    });
    expect(() => bump()).not.toThrow();
    // It waited (here: was refused at once, its timeout being 0) instead of breaking the first.
    expect(refused).toEqual(['SQLITE_BUSY']);
    b.prepare("INSERT INTO settings (key, value) VALUES ('other', 'x')").run();
    expect(a.prepare("SELECT key, value FROM settings WHERE key IN ('n', 'other') ORDER BY key").all()).toEqual([
      { key: 'n', value: '1' },
      { key: 'other', value: 'x' },
    ]);
    // Nested transactions still run as savepoints inside the outer one.
    const outer = a.transaction(() => {
      a.transaction(() => a.prepare("UPDATE settings SET value = '2' WHERE key = 'n'").run())();
      expect(a.inTransaction).toBe(true);
    });
    outer();
    expect((a.prepare("SELECT value FROM settings WHERE key = 'n'").get() as { value: string }).value).toBe('2');
    a.close();
    b.close();
  });

  it('reports a file that is not a database as damaged and leaves it untouched', () => {
    const file = path.join(tmp(), 'garbage.db');
    const bytes = Buffer.from('this is not an SQLite database, just some text that happens to sit here'.repeat(100));
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT' }));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('the instance lock', () => {
  it('refuses a second interactive instance on the same database while the first lives', async () => {
    const file = path.join(tmp(), 'locked.db');
    const child = spawn(process.execPath, ['-e', `require('node:fs').writeFileSync(${JSON.stringify(file + '.lock')}, String(process.pid)); setTimeout(() => {}, 10000)`]);
    // Wait for the child's lock rather than a fixed time: the machine may be busy.
    for (let i = 0; i < 200 && !(fs.existsSync(`${file}.lock`) && fs.readFileSync(`${file}.lock`, 'utf8') !== ''); i++) await new Promise((r) => setTimeout(r, 25));
    try {
      expect(() => acquireDbLock(file)).toThrow(expect.objectContaining({ code: 'DB_LOCKED' }));
      expect(() => acquireDbLock(file)).toThrow(new RegExp(`process ${child.pid}`));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('meets the same lock through a symlink to the database file', () => {
    const dir = tmp();
    const real = path.join(dir, 'real.db');
    fs.writeFileSync(real, '');
    const link = path.join(dir, 'link.db');
    fs.symlinkSync(real, link);
    const first = acquireDbLock(real);
    try {
      // Another process holds it: a lock file naming a live pid other than ours.
      fs.writeFileSync(first.file, String(process.ppid));
      expect(() => acquireDbLock(link)).toThrow(expect.objectContaining({ code: 'DB_LOCKED' }));
      expect(() => acquireDbLock(path.join(dir, '.', 'sub', '..', 'link.db'))).toThrow(expect.objectContaining({ code: 'DB_LOCKED' }));
    } finally {
      fs.rmSync(first.file, { force: true });
    }
  });

  it('takes over a lock left by a dead process, and releases it', () => {
    const file = path.join(tmp(), 'stale.db');
    fs.writeFileSync(`${file}.lock`, '999999999');
    const lock = acquireDbLock(file);
    expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
