import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { tmpDir } from '../tm/helpers';

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

const PAIRS = 250_000;

function writeBigTsv(file: string): void {
  const lines: string[] = [];
  for (let i = 0; i < PAIRS; i++) lines.push(`Prüfwort${i} Nummer${i % 97}\tпроверочное${i} слово${i % 89}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a dictionary import killed with SIGKILL', () => {
  // Killed as soon as it has written its first entries, and when it is well into the file.
  it.each([1, 100_000])('killed after %i entries, the database opens intact and holds the dictionaries it had before', async (after) => {
    const dir = tmpDir('sverka-dict-kill-');
    const dbFile = path.join(dir, 'sverka.db');
    const big = path.join(dir, 'gross.tsv');
    writeBigTsv(big);
    const seedFile = path.join(dir, 'vorher.tsv');
    fs.writeFileSync(seedFile, 'Getreide\tзерно\nSeeweg\tморской путь\n');
    const cli = (...args: string[]) => execFileSync(nodeBin, [dist('electron', 'cli.cjs'), ...args, '--db', dbFile], { cwd: repoRoot, encoding: 'utf8' });
    cli('lexicon', 'import', seedFile);
    const state = (db: ReturnType<typeof openDatabase>) => ({
      lexicons: db.prepare("SELECT name, entries FROM user_lexicons WHERE state = 'ready' ORDER BY id").all(),
      entries: db.prepare('SELECT COUNT(*) FROM user_lexicon_entries').pluck().get() as number,
    });
    const watch = openDatabase(dbFile);
    const before = state(watch);

    const child = spawn(nodeBin, [dist('electron', 'cli.cjs'), 'lexicon', 'import', big, '--db', dbFile], { cwd: repoRoot, stdio: 'ignore' });
    let exited = false;
    const exit = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => {
        exited = true;
        resolve(signal ?? code);
      }),
    );
    const deadline = Date.now() + 120_000;
    while (!exited && Date.now() < deadline) {
      if (state(watch).entries - before.entries >= after) break;
      await sleep(5);
    }
    const killedMidway = !exited;
    child.kill('SIGKILL');
    expect(await exit).toBe('SIGKILL');
    expect(killedMidway, 'the import finished before it could be killed').toBe(true);
    watch.close();

    // The next start removes the unfinished import: the dictionaries are as they were.
    const s = createServices({ dbFile, shell: 'cli', backup: 'off' });
    try {
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(state(s.db)).toEqual(before);
      expect(s.lexicons.list().map((l) => l.name)).toEqual(['vorher.tsv']);
    } finally {
      s.close();
    }
    // And the same file imports completely afterwards.
    expect(cli('lexicon', 'import', big)).toMatch(/250000 German–Russian pairs/);
  }, 240_000);
});
