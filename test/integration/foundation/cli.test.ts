import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, nodeBin, repoRoot } from '../../support/paths';

const cli = (args: string[]) =>
  spawnSync(nodeBin, [dist('electron', 'cli.cjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });

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
});
