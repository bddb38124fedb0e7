// Runs the `align` CLI as a user does (a fresh process per run) and measures it, for this
// checkout and for a baseline built from another commit (ALIGN_BASE_REF=<git ref>), so that
// speed is reported as a ratio measured in the same bench run on this shared, noisy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode, extractRef } from './baseline-build';

export interface CliRun {
  wallMs: number;
  /** User + system CPU of the whole process (all threads). */
  cpuMs: number;
  maxRssMb: number;
  stdout: string;
}

/**
 * Bundles the CLI of commit `ref` into a new folder below `parent` (the caller removes it) the
 * way scripts/build.mjs bundles it: the bundles its scripts/cli-bundles.mjs lists, or, in
 * commits before that list, `electron/cli/main.ts` alone; returns the path of cli.cjs.
 */
export async function buildBaselineCli(root: string, ref: string, parent: string): Promise<string> {
  const dir = mkdtempSync(path.join(parent, 'base-cli-'));
  const src = path.join(dir, 'src');
  mkdirSync(src);
  extractRef(root, ref, src);
  const pkg = JSON.parse(readFileSync(path.join(src, 'package.json'), 'utf8')) as { version: string };
  const define = { __SVERKA_VERSION__: JSON.stringify(pkg.version) };
  const list = path.join(src, 'scripts', 'cli-bundles.mjs');
  const bundles = existsSync(list)
    ? ((await import(pathToFileURL(list).href)) as { CLI_BUNDLES: Array<{ entry: string; out: string }> }).CLI_BUNDLES
    : [{ entry: 'electron/cli/main.ts', out: 'cli.cjs' }];
  for (const b of bundles) await bundleForNode(src, path.join(src, b.entry), path.join(dir, b.out), define);
  return path.join(dir, 'cli.cjs');
}

// Preloaded into each run: writes the process's own resource usage (all threads) at exit.
const USAGE_PRELOAD = `process.on('exit', () => require('node:fs').writeFileSync(process.env.SVERKA_BENCH_USAGE, JSON.stringify(process.resourceUsage())));`;

/** One `align --segmented --json` run of the CLI bundle `cli` on a case folder (ru.txt, de.txt). */
export function runAlignCli(root: string, cli: string, caseDir: string, extra: readonly string[] = []): CliRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'sverka-cli-run-'));
  try {
    const preload = path.join(dir, 'usage.cjs');
    const usageFile = path.join(dir, 'usage.json');
    writeFileSync(preload, USAGE_PRELOAD);
    const args = ['-r', preload, cli, 'align', '--source', path.join(caseDir, 'ru.txt'), '--target', path.join(caseDir, 'de.txt'), '--source-lang', 'ru', '--target-lang', 'de', '--segmented', '--json', ...extra];
    const t0 = performance.now();
    // NODE_PATH: a baseline bundle outside the checkout finds the packages here.
    const r = spawnSync(process.execPath, args, {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), SVERKA_BENCH_USAGE: usageFile },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wallMs = performance.now() - t0;
    if (r.status !== 0 || !existsSync(usageFile)) throw new Error(`align CLI failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
    const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { userCPUTime: number; systemCPUTime: number; maxRSS: number };
    return { wallMs, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}
