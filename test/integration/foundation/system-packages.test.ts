import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeBin, repoRoot } from '../../support/paths';

const listed = (): string[] =>
  spawnSync(nodeBin, ['scripts/system-packages.mjs', '--list'], { cwd: repoRoot, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);

describe('system packages the tests need', () => {
  it('are kept in one list that names what CI installed before', () => {
    expect(listed()).toEqual(expect.arrayContaining(['chromium', 'libxml2-utils', 'translate-toolkit', 'php-symfony-translation', 'python3-docx']));
  });

  it('include PostgreSQL and openssl for the team memory tests', () => {
    expect(listed()).toEqual(expect.arrayContaining(['postgresql', 'openssl']));
  });

  it('are all named in the README', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of listed()) expect(readme).toContain(name);
  });

  it('are no longer installed by .ci/run, which only runs the README commands', () => {
    const ci = fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8');
    expect(ci).not.toMatch(/apt-get/);
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('stop npm test at once with the exact apt-get command when one is missing and may not be installed', () => {
    // An empty PATH: xmllint (and apt-get) cannot be found. SVERKA_NO_APT keeps a root run from installing.
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-nopath-'));
    const r = spawnSync(nodeBin, ['scripts/test.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, PATH: emptyBin, SVERKA_NO_APT: '1' },
    });
    fs.rmSync(emptyBin, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/apt-get install -y --no-install-recommends [a-z0-9 -]*libxml2-utils/);
    expect(r.stdout).not.toContain('== build');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('stop npm test with the install command when PostgreSQL is missing and may not be installed', () => {
    // No Debian PostgreSQL folder and no initdb on PATH: the team memory tests could not start a cluster.
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-nopg-'));
    const r = spawnSync(nodeBin, ['scripts/test.mjs'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, PATH: emptyDir, SVERKA_PG_ROOT: emptyDir, SVERKA_NO_APT: '1' },
    });
    fs.rmSync(emptyDir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/missing: [a-z0-9, -]*postgresql/);
    expect(r.stdout).toMatch(/apt-get install -y --no-install-recommends [a-z0-9 -]*postgresql openssl/);
    expect(r.stdout).not.toContain('== build');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});
