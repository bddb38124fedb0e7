// A child process of the fidelity bench: runs a bundle of fidelity-cold.ts through a V8 code
// cache as the CLI launcher runs its bundles (electron/cli/code-cache.ts), or without one, and
// prints its cold figure as one JSON line. Arguments: the bundle, the cache folder ('off': none),
// the compiled base lexicon, a JSON file of the quotations, and optionally the V8 flags the
// process sets for itself before it compiles the bundle (as the CLI launcher does for `fidelity`).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from '../../electron/cli/code-cache';
import type { ColdRun } from './fidelity-cold';

const [bundle, cacheDir, lexicon, quotesFile, flags = ''] = process.argv.slice(2) as [string, string, string, string, string?];
if (flags) setFlagsFromString(flags);
const loaded = runBundle(bundle, cacheDir === 'off' ? null : cacheDir, flags);
const quotes = JSON.parse(readFileSync(quotesFile, 'utf8')) as Array<{ german: string; russian: string }>;
// From the process's start to the engine loaded (Node's own start-up included).
const loadMs = performance.now();
// As in the bench: the background compiles that loading started finish before the clock starts.
setTimeout(() => {
  const r = (loaded.exports as { run(lexicon: string, quotes: unknown): ColdRun }).run(lexicon, quotes);
  loaded.save();
  process.stdout.write(JSON.stringify({ ...r, loadMs, cache: loaded.status }) + '\n');
}, 200);
