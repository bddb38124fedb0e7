import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { SverkaError } from '../../shared/errors';
import type { Db } from './connection';

/** How often a database is backed up or checked when it is opened. */
export type OpenCheckPolicy = 'always' | 'daily' | 'off';

export interface BackupOptions {
  /** Backups kept per database (default 5); older ones are deleted. */
  keep?: number;
  /**
   * The database passed its integrity check since it was opened (the caller ran it), so the
   * backup need not check it again before copying.
   */
  sourceChecked?: boolean;
  /** How a written backup is checked (default `checkFile`, SQLite's quick_check). */
  verify?: (file: string) => IntegrityReport;
  /** 'daily': skip when the newest backup is younger than 24 hours. Default 'always'. */
  policy?: OpenCheckPolicy;
  /** Folder for the backups; default `backups/` beside the database. */
  dir?: string;
  now?: () => Date;
}

/** One backup file. */
export interface BackupInfo {
  file: string;
  /** When it was taken (file modification time), ISO 8601. */
  takenAt: string;
  bytes: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function backupDir(dbFile: string, dir?: string): string {
  return dir ?? path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

function backupPrefix(dbFile: string): string {
  return `${path.basename(dbFile).replace(/\.[^.]*$/, '')}-`;
}

/** This database's backups, newest first. */
export function listBackups(dbFile: string, dir?: string): BackupInfo[] {
  const folder = backupDir(dbFile, dir);
  const prefix = backupPrefix(dbFile);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.backup.db'))
    .map((n) => {
      const file = path.join(folder, n);
      const st = fs.statSync(file);
      return { file, takenAt: st.mtime.toISOString(), bytes: st.size, mtime: st.mtimeMs };
    })
    .sort((a, b) => b.mtime - a.mtime || (a.file < b.file ? 1 : -1))
    .map(({ file, takenAt, bytes }) => ({ file, takenAt, bytes }));
}

/**
 * Copies the open database into `backups/<name>-<timestamp>.backup.db` with SQLite's online
 * backup API (consistent even while the app writes), then keeps only the newest `keep`.
 * A damaged database is never copied: unless the caller has just checked it, `quick_check`
 * runs first, and a failure is a DB_CORRUPT error (the existing backups stay untouched). The
 * copy is written under a temporary name, checked with `quick_check` itself, and renamed only
 * when it passes, so a file named `.backup.db` was a good copy when it was written. Returns
 * the backup file, or null when skipped (in-memory database, policy off, or 'daily' and a
 * recent backup exists).
 */
export async function rollingBackup(db: Db, dbFile: string, opts: BackupOptions = {}): Promise<string | null> {
  const policy = opts.policy ?? 'always';
  if (policy === 'off' || dbFile === ':memory:' || db.memory) return null;
  const now = (opts.now ?? (() => new Date()))();
  const dir = backupDir(dbFile, opts.dir);
  if (policy === 'daily') {
    const newest = listBackups(dbFile, opts.dir)[0];
    if (newest && now.getTime() - Date.parse(newest.takenAt) < DAY_MS) return null;
  }
  if (!opts.sourceChecked) {
    let report: IntegrityReport;
    try {
      report = checkIntegrity(db, 'quick');
    } catch (err) {
      report = { ok: false, mode: 'quick', problems: [(err as Error).message] };
    }
    if (!report.ok) throw corruptionError(dbFile, `${report.problems.slice(0, 3).join('; ')} (no backup was taken of it)`, opts.dir);
  }
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  let target = path.join(dir, `${backupPrefix(dbFile)}${stamp}.backup.db`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, `${backupPrefix(dbFile)}${stamp}-${n}.backup.db`);
  const partial = `${target}.partial`;
  try {
    // A large step per tick: the backup finishes in a few event-loop turns instead of hundreds.
    await db.backup(partial, { progress: () => 4096 });
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw new SverkaError('IO_ERROR', `The automatic backup of ${dbFile} failed: ${(err as Error).message}`);
  }
  const copy = (opts.verify ?? checkFile)(partial);
  if (!copy.ok) {
    fs.rmSync(partial, { force: true });
    throw new SverkaError('IO_ERROR', `The automatic backup of ${dbFile} did not pass its check (${copy.problems.slice(0, 3).join('; ')}); it was deleted.`);
  }
  fs.renameSync(partial, target);
  for (const old of listBackups(dbFile, opts.dir).slice(Math.max(1, opts.keep ?? 5))) fs.rmSync(old.file, { force: true });
  return target;
}

/** `quick_check` of a database file opened read-only (a backup); an unreadable file fails. */
export function checkFile(file: string): IntegrityReport {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return checkIntegrity(db, 'quick');
  } catch (err) {
    return { ok: false, mode: 'quick', problems: [(err as Error).message] };
  } finally {
    db?.close();
  }
}

/** Result of an integrity check: `ok`, or the first problems SQLite reported. */
export interface IntegrityReport {
  ok: boolean;
  mode: 'full' | 'quick';
  problems: string[];
}

/** Databases larger than this get `quick_check` (O(N)) instead of the full `integrity_check`. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export function checkIntegrity(db: Db, mode: 'full' | 'quick' = 'full'): IntegrityReport {
  const rows = db.pragma(mode === 'full' ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as Record<string, string>[];
  const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((m) => m !== 'ok');
  return { ok: problems.length === 0, mode, problems };
}

/** The message (and details) shown when a database is damaged: names the newest good backup to restore. */
export function corruptionError(dbFile: string, problem: string, dir?: string): SverkaError {
  return offerBackup(`The database ${dbFile} is damaged: ${problem}.`, dbFile, dir);
}

/**
 * A DB_CORRUPT error whose message ends by naming the newest backup that passes its check
 * (`details.backups` lists the good ones, newest first; damaged ones are never offered).
 */
export function offerBackup(message: string, dbFile: string, dir?: string): SverkaError {
  const good = listBackups(dbFile, dir).filter((b) => checkFile(b.file).ok);
  const newest = good[0];
  const offer = newest
    ? ` The newest good backup is ${newest.file} (taken ${newest.takenAt}). Close Sverka and copy it over ${dbFile} to restore it` +
      ` (keep the damaged file aside for recovery).`
    : ' No good backup of it exists.';
  return new SverkaError('DB_CORRUPT', `${message}${offer}`, { dbFile, backups: good.map((b) => b.file) });
}

/**
 * Runs the integrity check for a database just opened: the full check for small files,
 * `quick_check` for large ones. Throws a DB_CORRUPT SverkaError that offers the newest backup.
 */
export function assertIntact(db: Db, dbFile: string): IntegrityReport {
  let size = 0;
  try {
    size = dbFile === ':memory:' ? 0 : fs.statSync(dbFile).size;
  } catch {
    size = 0;
  }
  let report: IntegrityReport;
  try {
    report = checkIntegrity(db, size > FULL_CHECK_MAX_BYTES ? 'quick' : 'full');
  } catch (err) {
    throw corruptionError(dbFile, (err as Error).message);
  }
  if (!report.ok) throw corruptionError(dbFile, report.problems.slice(0, 3).join('; '));
  return report;
}

/**
 * Replaces `dbFile` with a backup (the database must be closed). The damaged file and its
 * WAL are moved aside as `<file>.damaged-<time>` rather than deleted.
 */
export function restoreBackup(backupFile: string, dbFile: string, now: Date = new Date()): string {
  if (!fs.existsSync(backupFile)) throw new SverkaError('NOT_FOUND', `There is no backup ${backupFile}.`);
  const aside = `${dbFile}.damaged-${now.toISOString().replace(/[-:.]/g, '')}`;
  if (fs.existsSync(dbFile)) fs.renameSync(dbFile, aside);
  // The WAL belongs to the damaged file: it goes aside with it, never into the restored one.
  if (fs.existsSync(`${dbFile}-wal`)) fs.renameSync(`${dbFile}-wal`, `${aside}-wal`);
  fs.rmSync(`${dbFile}-shm`, { force: true });
  fs.copyFileSync(backupFile, dbFile);
  return aside;
}
