// Runs the `align` CLI as a user does (a fresh process per run) and measures it, for this
// checkout and for a baseline built from another commit (ALIGN_BASE_REF=<git ref>), so that
// speed is reported as a ratio measured in the same bench run on this shared, noisy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode, extractRef } from './baseline-build';

export interface CliRun {
  wallMs: number;
  /** User + system CPU of the whole process (all threads). */
  cpuMs: number;
  /** Peak resident set: the last VmHWM of /proc/<pid>/status read while the process ran. */
  maxRssMb: number;
  /** The same peak as wait4's ru_maxrss (a check on the polled VmHWM). */
  ruMaxRssMb: number;
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

/**
 * One `align --segmented --json` run of the CLI bundle `cli` on a case folder (ru.txt, de.txt),
 * a whole process as a user starts it (nothing preloaded: the code cache is read as a user's run
 * reads it), measured from outside by bench/support/measure-run.py: wall time to the end of the process, CPU of
 * all its threads (wait4), peak RSS as /proc/<pid>/status VmHWM. `env` is added to this process's
 * environment (SVERKA_CODE_CACHE, SVERKA_ALIGN_THREAD).
 */
export function runAlignCli(root: string, cli: string, caseDir: string, extra: readonly string[] = [], env: Record<string, string> = {}): CliRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'sverka-cli-run-'));
  try {
    const outFile = path.join(dir, 'out.json');
    const args = [cli, 'align', '--source', path.join(caseDir, 'ru.txt'), '--target', path.join(caseDir, 'de.txt'), '--source-lang', 'ru', '--target-lang', 'de', '--segmented', '--json', ...extra];
    // NODE_PATH: a baseline bundle outside the checkout finds the packages here.
    const r = spawnSync('python3', [path.join(root, 'bench', 'support', 'measure-run.py'), outFile, process.execPath, ...args], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), ...env },
      encoding: 'utf8',
    });
    const u = r.status === 0 ? (JSON.parse(r.stdout) as { wallMs: number; cpuMs: number; vmHwmMb: number; maxRssMb: number; status: number }) : null;
    if (!u || u.status !== 0) throw new Error(`align CLI failed (${u?.status ?? r.status}): ${String(r.stderr).slice(0, 500)}`);
    return { wallMs: u.wallMs, cpuMs: u.cpuMs, maxRssMb: u.vmHwmMb, ruMaxRssMb: u.maxRssMb, stdout: readFileSync(outFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}
