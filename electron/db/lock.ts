import fs from 'node:fs';
import path from 'node:path';
import { SverkaError } from '../../shared/errors';

/** A held lock; `release` is idempotent. */
export interface DbLock {
  file: string;
  release(): void;
}

/** The file a path names, symlinks resolved; for a file not created yet, its folder resolved. */
function realFile(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a database for one interactive instance (app or web server). SQLite itself copes with
 * concurrent writers, but two workbenches on one file would overwrite each other's unsaved
 * view state, so the second one is refused with a clear message. A lock left by a dead process
 * is taken over.
 */
export function acquireDbLock(dbFile: string): DbLock {
  // The lock sits beside the real file, so a symlink (or another path) to it meets the same lock.
  // On first run the data folder does not exist yet: the lock is the first thing written there.
  try {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  } catch (err) {
    throw new SverkaError('IO_ERROR', `Cannot create the database folder ${path.dirname(dbFile)}: ${(err as Error).message}`);
  }
  const file = `${realFile(dbFile)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new SverkaError('IO_ERROR', `Cannot create the lock file ${file}: ${(err as Error).message}`);
      }
      const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(pid) && pid !== process.pid && alive(pid)) {
        throw new SverkaError(
          'DB_LOCKED',
          `Another Sverka window (process ${pid}) already has the database ${dbFile} open. Close it first, or start this one with another --db.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new SverkaError('DB_LOCKED', `Cannot lock the database ${dbFile}.`);
}
