import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { TmService } from '../../../electron/services/tm';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { tmpDir, tmx } from './helpers';

const UNITS = 100_000;

/** A TMX of `n` distinct units, written in pieces. */
function writeBigTmx(file: string, n: number): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, tmx([]).replace('</body>\n</tmx>\n', ''));
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += `<tu tuid="k${i}"><tuv xml:lang="ru"><seg>Строка номер ${i} из большого файла памяти, вариант ${i % 97}.</seg></tuv><tuv xml:lang="de"><seg>Zeile Nummer ${i} aus der großen Speicherdatei, Variante ${i % 97}.</seg></tuv></tu>\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, `${buf}</body>\n</tmx>\n`);
  fs.closeSync(fd);
}

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

describe('an import killed with SIGKILL', () => {
  it('leaves a database that opens, passes integrity_check and holds none or all of the import', async () => {
    const dir = tmpDir('sverka-kill-');
    const dbFile = path.join(dir, 'tm.db');
    const big = path.join(dir, 'big.tmx');
    writeBigTmx(big, UNITS);
    // Units that were there before must survive whatever happens to the import.
    const seed = openDatabase(dbFile);
    new TmService(seed).importBytes(Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])), 'seed.tmx');
    seed.close();

    const child = spawn(nodeBin, [dist('electron', 'cli.cjs'), 'tm', 'import', big, '--db', dbFile], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let exited = false;
    const exit = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => {
        exited = true;
        resolve(signal ?? code);
      }),
    );
    // Midway: the open transaction has spilled a few MB of pages into the WAL.
    const wal = `${dbFile}-wal`;
    const deadline = Date.now() + 120_000;
    while (!exited && Date.now() < deadline) {
      const size = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
      if (size > 8 * 1024 * 1024) break;
      await sleep(20);
    }
    const killedMidway = !exited;
    child.kill('SIGKILL');
    const how = await exit;
    expect(killedMidway, 'the import finished before it could be killed').toBe(true);
    expect(how).toBe('SIGKILL');

    const db = openDatabase(dbFile);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const tm = new TmService(db);
      const units = tm.stats().units - 1;
      expect([0, UNITS]).toContain(units);
      expect(tm.lookup('Было до импорта.')[0]).toMatchObject({ score: 100 });
      // The FTS index agrees with the table: no orphan rows from the killed import.
      const indexed = (t: string) => db.prepare('SELECT COUNT(*) FROM tm_source_fts WHERE tm_source_fts MATCH ?').pluck().get(`"${t}"`);
      expect(indexed('рок')).toBe(units);
      expect(indexed('мпо')).toBe(1);
      // And the memory takes the same import again, completely.
      expect(tm.importFile(big)).toMatchObject({ read: UNITS, added: UNITS - units });
      expect(tm.stats().units).toBe(UNITS + 1);
    } finally {
      db.close();
    }
  }, 240_000);
});
