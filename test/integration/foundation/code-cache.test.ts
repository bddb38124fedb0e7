import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIGN_BOOLEAN_FLAGS, SHORT_RUN_BYTES, SHORT_RUN_FLAGS, alignRunFlags } from '../../../electron/cli/align-process';
import { commands } from '../../../electron/cli/commands/align';
import { codeCacheDir } from '../../../electron/cli/code-cache';
import { nodeBin, repoRoot } from '../../support/paths';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-code-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A bundle as esbuild writes one: a lazily compiled function, a package required from its
// folder, module.exports replaced.
const BUNDLE = `"use strict";
const path = require("node:path");
function later(words) { return words.map((w) => w.toUpperCase()).join("/") + (path.sep ? "" : "?"); }
module.exports = { later, file: __filename, dir: __dirname, self: this === exports };
`;

function bundle(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

const binFiles = (cache: string): string[] => (fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith('.bin')).sort() : []);

// Each load runs in a fresh process, as the launcher does: within one process V8 finds a
// compiled script again in its own table and never reads the cache.
let loader: string;
beforeAll(async () => {
  loader = path.join(dir, 'code-cache.cjs');
  await build({ entryPoints: [path.join(repoRoot, 'electron', 'cli', 'code-cache.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: loader, logLevel: 'silent' });
});

interface Load {
  status: string;
  out: string;
  file: string;
  dir: string;
  self: boolean;
}

/** Loads `file` in a new process through runBundle, calls its `later`, then saves the cache. */
function load(file: string, cache: string | null, flags = ''): Load {
  const driver = `const { runBundle } = require(${JSON.stringify(loader)});
const run = runBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)}, ${JSON.stringify(flags)});
const x = run.exports;
process.stdout.write(JSON.stringify({ status: run.status, out: x.later(['ja', 'Nein']), file: x.file, dir: x.dir, self: x.self }));
run.save();`;
  const r = spawnSync(nodeBin, ['-e', driver], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Load;
}

describe('runBundle', () => {
  it('runs a bundle as require does, writes its cache once and then reads it', () => {
    const file = bundle('a.cjs', BUNDLE);
    const cache = path.join(dir, 'cache-a');
    const first = load(file, cache);
    expect(first).toEqual({ status: 'missing', out: 'JA/NEIN', file, dir, self: true });
    const written = binFiles(cache);
    expect(written).toHaveLength(1);
    const bytes = fs.readFileSync(path.join(cache, written[0]!));
    expect(load(file, cache)).toEqual({ ...first, status: 'accepted' });
    // An accepted cache is left as it is.
    expect(binFiles(cache)).toEqual(written);
    expect(fs.readFileSync(path.join(cache, written[0]!)).equals(bytes)).toBe(true);
  });

  it('rewrites a damaged cache, and keeps one cache per bundle and flags', () => {
    const file = bundle('b.cjs', BUNDLE);
    const cache = path.join(dir, 'cache-b');
    load(file, cache);
    const [name] = binFiles(cache);
    const full = fs.readFileSync(path.join(cache, name!));
    fs.writeFileSync(path.join(cache, name!), full.subarray(0, full.length >> 1));
    expect(load(file, cache)).toMatchObject({ status: 'rejected', out: 'JA/NEIN' });
    expect(binFiles(cache)).toEqual([name]);
    expect(load(file, cache).status).toBe('accepted');

    // Another build of the bundle (same length, other text and time) replaces the cache;
    // a run under other flags keeps its own beside it.
    fs.writeFileSync(file, BUNDLE.replace('toUpperCase', 'toLowerCase'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file, cache)).toMatchObject({ status: 'missing', out: 'ja/nein' });
    const after = binFiles(cache);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(name);
    expect(load(file, cache).status).toBe('accepted');
    expect(load(file, cache, SHORT_RUN_FLAGS).status).toBe('missing');
    expect(binFiles(cache)).toHaveLength(2);
  });

  it('runs without a cache folder, and a cache that cannot be written costs nothing but the cache', () => {
    const file = bundle('c.cjs', BUNDLE);
    expect(load(file, null)).toMatchObject({ status: 'none', out: 'JA/NEIN' });
    const blocker = bundle('not-a-folder', 'x');
    expect(load(file, path.join(blocker, 'cache'))).toMatchObject({ status: 'missing', out: 'JA/NEIN' });
    expect(load(file, path.join(blocker, 'cache')).status).toBe('missing');
  });
});

describe('codeCacheDir', () => {
  it.each([
    [{ SVERKA_CODE_CACHE: '/x/cache' }, 'linux', '/home/u', '/x/cache'],
    [{ SVERKA_CODE_CACHE: 'off' }, 'linux', '/home/u', null],
    [{ SVERKA_CODE_CACHE: '0', XDG_CACHE_HOME: '/c' }, 'linux', '/home/u', null],
    [{ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u', path.join('/c', 'sverka', 'code-cache')],
    [{}, 'linux', '/home/u', path.join('/home/u', '.cache', 'sverka', 'code-cache')],
    [{}, 'darwin', '/Users/u', path.join('/Users/u', 'Library', 'Caches', 'sverka', 'code-cache')],
    [{ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u', path.join('C:\\Users\\u\\AppData\\Local', 'sverka', 'code-cache')],
    [{}, 'win32', 'C:\\Users\\u', null],
    [{}, 'linux', '', null],
  ] as const)('%j on %s (home %s) -> %s', (env, platform, home, expected) => {
    expect(codeCacheDir(Object.freeze({ ...env }), platform, home)).toBe(expected);
  });
});

describe('alignRunFlags', () => {
  it('gives a short run its flags from the files’ sizes, whatever the order of the arguments', () => {
    const ru = bundle('ru.txt', 'Дождь шёл весь день.\n');
    const de = bundle('de.txt', 'Es regnete den ganzen Tag.\n');
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, SHORT_RUN_BYTES);
    expect(alignRunFlags(['--source', ru, '--target', de, '--segmented', '--json'])).toBe(SHORT_RUN_FLAGS);
    expect(alignRunFlags(['--json', '--target=' + de, '--segmented', '--source', ru])).toBe(SHORT_RUN_FLAGS);
    expect(alignRunFlags(['--source', ru, '--target', big])).toBe('');
    expect(alignRunFlags(['--source', ru, '--target', path.join(dir, 'none.txt')])).toBe('');
    expect(alignRunFlags(['--source', ru])).toBe('');
    // `--segmented` takes no value: the next word is still the source file.
    expect(alignRunFlags(['--segmented', '--source', ru, '--target', de])).toBe(SHORT_RUN_FLAGS);
  });

  it('reads the arguments as the align command does', () => {
    expect(commands.find((c) => c.name === 'align')!.booleanFlags).toBe(ALIGN_BOOLEAN_FLAGS);
  });
});
