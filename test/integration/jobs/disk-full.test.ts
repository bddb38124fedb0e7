import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { WorkerRunner } from '../../../electron/services/jobs';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { tmpDir, tmx } from '../tm/helpers';

const workerFile = dist('electron', 'worker.cjs');

/**
 * A really full disk: a 6 MiB tmpfs mounted for this file (the tests run as root in the
 * project's environment). Where mounting is not allowed, SQLite's own limit on the database
 * size (`PRAGMA max_page_count`, a per-connection setting, so the import then runs on the main
 * connection) gives the same SQLITE_FULL.
 */
let mountDir: string | null = null;

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
  const dir = tmpDir('sverka-full-', 'file');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
  if (r.status === 0) mountDir = dir;
});

afterAll(() => {
  if (mountDir) spawnSync('umount', ['-l', mountDir], { stdio: 'ignore' });
});

/** A TMX of `n` distinct units, a few hundred bytes each. */
function bigTmx(n: number): string {
  const units: [string, string][] = [];
  for (let i = 0; i < n; i++) units.push([`Полная строка диска номер ${i}, вариант ${i % 83} для проверки записи.`, `Volle Plattenzeile Nummer ${i}, Variante ${i % 83} zur Schreibprüfung.`]);
  return tmx(units);
}

function memoryState(s: Services): { units: number; imports: number; lookup: string | undefined } {
  const one = (sql: string) => s.db.prepare(sql).pluck().get() as number;
  return {
    units: one('SELECT COUNT(*) FROM tm_units'),
    imports: one('SELECT COUNT(*) FROM tm_imports'),
    lookup: s.tm.lookup('Было до импорта на полном диске.')[0]?.target,
  };
}

describe('a full disk during an import', () => {
  it('ends with DISK_FULL, a clear message, and the memory exactly as it was; with space freed the import then works', async () => {
    const dir = mountDir ?? tmpDir('sverka-full-');
    const dbFile = path.join(dir, 'sverka.db');
    const s = createServices({ dbFile, shell: 'cli', workerFile, backup: 'off', integrity: 'off', inlineJobs: mountDir === null });
    try {
      expect(s.jobs.runner instanceof WorkerRunner).toBe(mountDir !== null);
      const dispatch = createDispatch(s);
      const seed = await dispatch('tm.importFile', { fileName: 'seed.tmx', dataBase64: Buffer.from(tmx([['Было до импорта на полном диске.', 'Vor dem Import auf voller Platte da.']])).toString('base64') });
      expect(seed).toMatchObject({ ok: true, value: { added: 1 } });
      s.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = memoryState(s);
      const filler = path.join(dir, 'filler.bin');
      if (mountDir) {
        // Leave about a megabyte free: the import's pages and its WAL need several.
        const free = fs.statfsSync(dir).bavail * fs.statfsSync(dir).bsize;
        fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free - (1 << 20))));
      } else {
        s.db.pragma(`max_page_count = ${(s.db.pragma('page_count', { simple: true }) as number) + 200}`);
      }
      const dataBase64 = Buffer.from(bigTmx(20_000)).toString('base64');
      const full = await dispatch('tm.importFile', { fileName: 'gross.tmx', dataBase64, jobId: 'full-1' });
      expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(/disk is full.*Free some space and try again; nothing was changed/) } });
      expect(s.jobs.progress('full-1').state).toBe('failed');
      expect(memoryState(s)).toEqual(before);
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');

      if (mountDir) fs.rmSync(filler);
      else s.db.pragma('max_page_count = 1073741823');
      expect(await dispatch('tm.importFile', { fileName: 'klein.tmx', dataBase64: Buffer.from(bigTmx(500)).toString('base64') })).toMatchObject({ ok: true, value: { added: 500 } });
      expect(memoryState(s).units).toBe(before.units + 500);
    } finally {
      s.close();
    }
  });
});
