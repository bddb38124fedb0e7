import { SverkaError } from '../shared/errors';
import { MAX_DOCUMENT_DEPTH } from '../shared/limits';

/** Where an error happened, for the message. */
export interface ErrorContext {
  dbFile?: string | undefined;
  /**
   * Builds the DB_CORRUPT error that names the newest good backup (db/backup's `offerBackup`;
   * passed in so that this module does not load the database layer).
   */
  offerBackup?: (message: string, dbFile: string) => SverkaError;
}


/**
 * Turns what the SQLite driver, the file system or the JavaScript engine throws into a typed
 * SverkaError that says what happened and what to do: a read-only database, a full disk, a
 * damaged database found during a query (offering the newest good backup), a document nested
 * too deeply. Returns the error itself when it is already typed, and undefined for errors it
 * does not know (the caller reports those as internal errors, without a stack trace).
 */
export function typedError(err: unknown, ctx: ErrorContext = {}): SverkaError | undefined {
  if (err instanceof SverkaError) return err;
  if (!(err instanceof Error)) return undefined;
  const code = (err as { code?: unknown }).code;
  const db = ctx.dbFile && ctx.dbFile !== ':memory:' ? ctx.dbFile : 'the database';
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_READONLY')) {
      return new SverkaError(
        'DB_READONLY',
        `${db} cannot be written (the file or its folder is read-only, or it is opened read-only). Make it writable, or work on a copy with --db; nothing was changed.`,
        { dbFile: ctx.dbFile, sqlite: code },
      );
    }
    if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
      return new SverkaError('DISK_FULL', `The disk is full: ${code.startsWith('SQLITE') ? db : 'the file'} could not be written. Free some space and try again; nothing was changed.`, {
        code,
      });
    }
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      const message = `${db === 'the database' ? 'The database' : `The database ${db}`} is damaged (${err.message}).`;
      if (ctx.offerBackup && ctx.dbFile) return ctx.offerBackup(message, ctx.dbFile);
      return new SverkaError('DB_CORRUPT', `${message} Restore a backup from the backups folder beside it.`, { sqlite: code });
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new SverkaError('DB_LOCKED', `${db} is busy: another program is writing to it. Try again in a moment.`, { sqlite: code });
    }
    if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
      return new SverkaError('IO_ERROR', `${db} could not be read or written (${err.message}). Check the disk and the file's permissions.`, { sqlite: code });
    }
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return new SverkaError('IO_ERROR', `Permission denied: ${err.message.replace(/^[A-Z]+: /, '')}. Choose a place you can write to.`, { code });
    }
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new SverkaError('TOO_DEEP', `The document is nested too deeply to read (more than ${MAX_DOCUMENT_DEPTH} levels).`, { limit: MAX_DOCUMENT_DEPTH });
  }
  return undefined;
}

/** True when stack traces may be shown (SVERKA_DEBUG set): for developers, never by default. */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env['SVERKA_DEBUG'];
  return v !== undefined && v !== '' && v !== '0';
}

/** An error for a user: the typed message, or a one-line internal error (its stack only with SVERKA_DEBUG). */
export function describeError(err: unknown, ctx: ErrorContext = {}): string {
  const typed = typedError(err, ctx);
  if (typed) return `Error (${typed.code}): ${typed.message}`;
  if (err instanceof Error) return `Unexpected error: ${debugEnabled() ? (err.stack ?? err.message) : `${err.name}: ${err.message}`}${debugEnabled() ? '' : ' (set SVERKA_DEBUG=1 for details)'}`;
  return `Unexpected error: ${String(err)}`;
}
