import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { DE, RU } from '../../unit/align/fixtures';

// No code cache in the user's cache folder from a test run.
const cli = (args: string[]) =>
  spawnSync(nodeBin, [dist('electron', 'cli.cjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SVERKA_CODE_CACHE: 'off' } });

let dir: string;
beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-cli-'));
});

describe('the command line', () => {
  it('prints help and version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/project create/);
    expect(help.stdout).toMatch(/project list/);
    const version = cli(['--version']);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('creates and lists projects in the given database', () => {
    const db = path.join(dir, 'cli.db');
    expect(cli(['project', 'create', 'Reportage', '--db', db]).status).toBe(0);
    const list = cli(['project', 'list', '--db', db, '--json']);
    expect(list.status).toBe(0);
    const parsed = JSON.parse(list.stdout) as { projects: { name: string }[] };
    expect(parsed.projects.map((p) => p.name)).toEqual(['Reportage']);
  });

  it.each([
    [['frobnicate'], 2, /Unknown command/],
    [['project', 'explode'], 2, /Unknown project command/],
    [['project', 'create', '--db', 'x.db'], 2, /Give the project a name/],
  ])('explains a bad invocation %j', (args, code, message) => {
    const r = cli(args.map((a) => (a === 'x.db' ? path.join(dir, 'x.db') : a)));
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('names an unwritable database location', () => {
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'x');
    const r = cli(['project', 'list', '--db', path.join(blocker, 'db', 'x.db')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Cannot write to the database folder/);
  });
  it('runs align from its own bundle with the output, help and errors of the full command line', async () => {
    const ru = path.join(dir, 'ru.txt');
    const de = path.join(dir, 'de.txt');
    fs.writeFileSync(ru, 'Дождь шёл весь день.\nВечером «всё стихло», сказал он.\n');
    fs.writeFileSync(de, 'Es regnete den ganzen Tag.\nAm Abend „wurde alles still“, sagte er.\n');
    const args = ['align', '--source', ru, '--target', de, '--source-lang', 'ru', '--target-lang', 'de', '--segmented', '--json'];
    let inProcess = '';
    expect(await runCli(args, { out: (t) => (inProcess += t), err: () => {} })).toBe(0);
    // The first run writes the align bundle's code cache, the second runs from it: same output.
    const cache = path.join(dir, 'code-cache');
    const withCache = { ...process.env, SVERKA_CODE_CACHE: cache };
    // Help and a failed run write no cache: it would hold only the functions they compiled.
    expect(spawnSync(nodeBin, [dist('electron', 'cli.cjs'), 'align', '--help'], { encoding: 'utf8', env: withCache }).status).toBe(0);
    expect(spawnSync(nodeBin, [dist('electron', 'cli.cjs'), 'align', '--source', path.join(dir, 'none.txt'), '--target', de], { encoding: 'utf8', env: withCache }).status).toBe(1);
    expect(fs.existsSync(cache)).toBe(false);
    for (const run of ['first', 'cached']) {
      const r = spawnSync(nodeBin, [dist('electron', 'cli.cjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: withCache });
      expect(r.status, run).toBe(0);
      expect(r.stdout, run).toBe(inProcess);
      expect(fs.readdirSync(cache).filter((f) => f.startsWith('cli-align.cjs-'))).toHaveLength(1);
    }
    expect(cli(['align', '--help']).stdout).toMatch(/^Usage: npm run cli -- align --source <file>/);
    const missing = cli(['align', '--source', path.join(dir, 'none.txt'), '--target', de]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/none\.txt does not exist/);
    // The point of the align bundle: far less code to parse than every command's.
    expect(fs.statSync(dist('electron', 'cli-align.cjs')).size).toBeLessThan(fs.statSync(dist('electron', 'cli-all.cjs')).size / 2);
  });

  it('runs fidelity from its own bundle through a code cache with the in-process output', async () => {
    const ru = path.join(dir, 'fid.ru.txt');
    const de = path.join(dir, 'fid.de.txt');
    fs.writeFileSync(ru, 'Министр сказал: «Мы не будем платить 30 миллиардов долларов».\nОн добавил: «Переговоры продолжатся в пятницу».\n');
    fs.writeFileSync(de, 'Der Minister sagte: „Wir werden 3 Milliarden Dollar zahlen.“\nEr fügte hinzu: „Die Verhandlungen gehen am Freitag weiter.“\n');
    const args = ['fidelity', '--source', ru, '--target', de, '--json'];
    let inProcess = '';
    expect(await runCli(args, { out: (t) => (inProcess += t), err: () => {} })).toBe(0);
    expect(JSON.parse(inProcess).summary.byKind).toMatchObject({ number: 1, negation: 1 });
    const cache = path.join(dir, 'fidelity-cache');
    const withCache = { ...process.env, SVERKA_CODE_CACHE: cache };
    // Help and a failed run write no cache.
    expect(spawnSync(nodeBin, [dist('electron', 'cli.cjs'), 'fidelity', '--help'], { encoding: 'utf8', env: withCache }).stdout).toMatch(/^Usage: npm run cli -- fidelity --source/);
    expect(spawnSync(nodeBin, [dist('electron', 'cli.cjs'), 'fidelity', '--source', path.join(dir, 'none.txt'), '--target', de], { encoding: 'utf8', env: withCache }).status).toBe(1);
    expect(fs.existsSync(cache)).toBe(false);
    for (const run of ['first', 'cached']) {
      const r = spawnSync(nodeBin, [dist('electron', 'cli.cjs'), ...args], { cwd: repoRoot, encoding: 'utf8', env: withCache });
      expect(r.status, run).toBe(0);
      expect(r.stdout, run).toBe(inProcess);
      expect(fs.readdirSync(cache).filter((f) => f.startsWith('cli-fidelity.cjs-'))).toHaveLength(1);
    }
    expect(fs.statSync(dist('electron', 'cli-fidelity.cjs')).size).toBeLessThan(fs.statSync(dist('electron', 'cli-all.cjs')).size);
  });

  it('stems as the stemmer packages do: the bundled stemmers give the in-process output on the aligner fixture', async () => {
    // The CLI bundles carry nlp.js's Snowball stemmers with the two classes of @nlpjs/core they
    // use (scripts/build.mjs); in-process, the packages load from node_modules as they are.
    const ru = path.join(dir, 'pairs.ru.txt');
    const de = path.join(dir, 'pairs.de.txt');
    fs.writeFileSync(ru, RU.join('\n'));
    fs.writeFileSync(de, DE.join('\n'));
    for (const extra of [['--segmented'], []]) {
      const args = ['align', '--source', ru, '--target', de, '--source-lang', 'ru', '--target-lang', 'de', '--json', ...extra];
      let inProcess = '';
      expect(await runCli(args, { out: (t) => (inProcess += t), err: () => {} })).toBe(0);
      const r = cli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(inProcess);
    }
    for (const bundle of ['cli-align.cjs', 'cli-fidelity.cjs', 'cli-all.cjs']) expect(fs.readFileSync(dist('electron', bundle), 'utf8')).not.toMatch(/require\("@nlpjs/);
  });
});
