// The fidelity bench's cold figure measured in fresh processes, each a user's first check of a
// session: without a V8 code cache (the very first run, or the cache switched off) and with the
// cache an earlier run wrote (electron/cli/code-cache.ts, as the CLI uses for `align` and
// `fidelity`), each also under the V8 flags the CLI's `fidelity` sets for itself on inputs of
// this size (electron/cli/main.ts: align's short-run flags, SHORT_RUN_FLAGS). With a
// baseline commit the same child is built from that commit's engine and run alternately with
// this checkout's, so that the ratio is measured in the same bench run on this shared machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SHORT_RUN_FLAGS } from '../../electron/cli/align-process';
import { bundleForNode, extractRef } from './baseline-build';
import { median } from './cli-runs';

export interface ColdChildRun {
  wallMs: number;
  cpuMs: number;
  flags: number;
  loadMs: number;
  cache: string;
}

interface Way {
  name: string;
  bundle: string;
  cacheDir: string;
  off: ColdChildRun[];
  cached: ColdChildRun[];
  /** The same under the CLI's flags (its cache is a file of its own: V8 keys a cache by the flags). */
  cliOff: ColdChildRun[];
  cliCached: ColdChildRun[];
}

/**
 * Builds the cold child for this checkout (and for `baseRef` when given), runs each `rounds`
 * times without and with a code cache, alternating the ways, and prints the medians and the
 * paired ratios to the baseline.
 */
export async function coldChildRuns(root: string, quotes: ReadonlyArray<{ german: string; russian: string }>, compiledLexicon: string, rounds: number, baseRef?: string): Promise<void> {
  // Bundles inside the checkout, so that their packages resolve from node_modules.
  const out = path.join(root, 'dist', 'bench', 'fidelity-cold');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'sverka-fidelity-cold-'));
  try {
    const launcher = await bundleForNode(root, path.join(root, 'bench', 'support', 'fidelity-cold-launch.ts'), path.join(out, 'launch.cjs'));
    const ways: Way[] = [];
    const way = (name: string, bundle: string): void => {
      ways.push({ name, bundle, cacheDir: path.join(tmp, `cache-${ways.length}`), off: [], cached: [], cliOff: [], cliCached: [] });
    };
    if (baseRef) {
      // The baseline's engine with this checkout's child (it calls the engine's API only).
      const src = path.join(tmp, 'base');
      mkdirSync(src);
      extractRef(root, baseRef, src);
      mkdirSync(path.join(src, 'bench', 'support'), { recursive: true });
      copyFileSync(path.join(root, 'bench', 'support', 'fidelity-cold.ts'), path.join(src, 'bench', 'support', 'fidelity-cold.ts'));
      way(`base ${baseRef}`, await bundleForNode(src, path.join(src, 'bench', 'support', 'fidelity-cold.ts'), path.join(out, 'base.cjs')));
    }
    way('this checkout', await bundleForNode(root, path.join(root, 'bench', 'support', 'fidelity-cold.ts'), path.join(out, 'this.cjs')));
    const quotesFile = path.join(tmp, 'quotes.json');
    writeFileSync(quotesFile, JSON.stringify(quotes.map((q) => ({ german: q.german, russian: q.russian }))));
    const child = (w: Way, cacheDir: string, flags = ''): ColdChildRun => {
      const r = spawnSync(process.execPath, [launcher, w.bundle, cacheDir, compiledLexicon, quotesFile, flags], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cold child (${w.name}) failed: ${String(r.stderr).slice(0, 800)}`);
      return JSON.parse(r.stdout) as ColdChildRun;
    };
    // A first run per way writes its cache (a first launch: it finds none).
    for (const w of ways) {
      w.off.push(child(w, w.cacheDir));
      w.cliOff.push(child(w, w.cacheDir, SHORT_RUN_FLAGS));
    }
    for (let k = 0; k < rounds; k++)
      for (const w of ways) {
        w.off.push(child(w, 'off'));
        w.cached.push(child(w, w.cacheDir));
        w.cliOff.push(child(w, 'off', SHORT_RUN_FLAGS));
        w.cliCached.push(child(w, w.cacheDir, SHORT_RUN_FLAGS));
      }
    const base = baseRef ? ways[0]! : null;
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
    console.log(`\ncold in fresh processes (${rounds} rounds, ways alternated; lexicon, matchers and the ${quotes.length} quotations, ms, median (range)):`);
    for (const w of ways) {
      const modes = [
        ['no code cache', w.off],
        ['code cache', w.cached],
        ['CLI flags, no code cache', w.cliOff],
        ['CLI flags, code cache', w.cliCached],
      ] as const;
      for (const [mode, runs] of modes) {
        let line = `  ${w.name.padEnd(22)} ${mode.padEnd(24)}: wall ${fmt(runs.map((r) => r.wallMs))}, CPU ${fmt(runs.map((r) => r.cpuMs))}, start-up to engine loaded ${fmt(runs.map((r) => r.loadMs))}`;
        if ((runs === w.cached || runs === w.cliCached) && runs.some((r) => r.cache !== 'accepted')) line += ` [cache ${[...new Set(runs.map((r) => r.cache))].join('/')}]`;
        if (base && w !== base) {
          const b = runs === w.off ? base.off : runs === w.cached ? base.cached : runs === w.cliOff ? base.cliOff : base.cliCached;
          const paired = (f: (r: ColdChildRun) => number) => median(runs.map((r, k) => f(r) / f(b[k]!)));
          line += `; / base: wall ${paired((r) => r.wallMs).toFixed(2)}, CPU ${paired((r) => r.cpuMs).toFixed(2)} (paired medians)`;
          if (runs.some((r) => r.flags !== b[0]!.flags)) line += ' FLAG COUNT DIFFERS FROM BASE';
        }
        console.log(line);
      }
      // Rounds alternate the modes, so the k-th runs of two modes ran side by side.
      const ratio = (a: ColdChildRun[], b: ColdChildRun[], f: (r: ColdChildRun) => number) => median(a.map((r, k) => f(r) / f(b[k]!)));
      console.log(
        `  ${w.name.padEnd(22)} CLI flags / none (paired medians): no code cache wall ${ratio(w.cliOff, w.off, (r) => r.wallMs).toFixed(2)}, CPU ${ratio(w.cliOff, w.off, (r) => r.cpuMs).toFixed(2)}; code cache wall ${ratio(w.cliCached, w.cached, (r) => r.wallMs).toFixed(2)}, CPU ${ratio(w.cliCached, w.cached, (r) => r.cpuMs).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
