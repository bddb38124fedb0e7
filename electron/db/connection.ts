import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { SverkaError } from '../../shared/errors';
import { typedError } from '../errors';
import { migrateTo } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Stop migrating at this version (tests of individual migrations). */
  migrateTo?: number;
  readonly?: boolean;
}

/**
 * Opens (creating if needed) a Sverka database file: WAL journal, foreign keys enforced,
 * a busy timeout so a concurrent CLI write waits instead of failing, schema migrated.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') {
    const dir = path.dirname(path.resolve(file));
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
    } catch (err) {
      throw new SverkaError(
        'IO_ERROR',
        `Cannot write to the database folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}. Choose another location with --db.`,
      );
    }
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false });
  } catch (err) {
    throw new SverkaError('IO_ERROR', `Cannot open the database ${file}: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (!opts.readonly) {
      writeLockFirst(db);
      migrateTo(db, opts.migrateTo);
    }
  } catch (err) {
    db.close();
    if (err instanceof SverkaError) throw err;
    // A read-only file, a full disk: say so (a damaged file is reported below with its reason).
    const typed = typedError(err, { dbFile: file });
    if (typed && (typed.code === 'DB_READONLY' || typed.code === 'DISK_FULL')) throw typed;
    const msg = (err as Error).message;
    if (/not a database|malformed/i.test(msg)) {
      throw new SverkaError('DB_CORRUPT', `The database ${file} is damaged (${msg}).`);
    }
    throw new SverkaError('DB_ERROR', `Cannot prepare the database ${file}: ${msg}`);
  }
  return db;
}

/**
 * Makes `db.transaction(fn)()` begin IMMEDIATE (`.deferred` stays available). Jobs of two
 * projects write to one file from two connections at once; a deferred transaction that reads
 * before it writes fails at once with SQLITE_BUSY_SNAPSHOT when the other connection committed
 * in between (SQLite cannot wait that out: the transaction's snapshot is stale), whereas one
 * that takes the write lock at its start waits for the other's commit (the busy timeout).
 * Nested calls still run as savepoints.
 */
function writeLockFirst(db: Db): void {
  const make = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<typeof make>[0]) => {
    const tx = make(fn);
    const run = (...args: unknown[]): unknown => (tx.immediate as (...a: unknown[]) => unknown)(...args);
    return Object.assign(run, { default: tx.immediate, deferred: tx.deferred, immediate: tx.immediate, exclusive: tx.exclusive, database: db });
  }) as Db['transaction'];
}

/** An in-memory database at the newest schema (or at `version`), for tests. */
export function createDb(version?: number): Db {
  return openDatabase(':memory:', version === undefined ? {} : { migrateTo: version });
}
