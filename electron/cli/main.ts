// Entry of dist/electron/cli.cjs, the command line's launcher. It runs one of two bundles built
// beside it: cli-align.cjs for `align` (a quarter of the code: V8 parses all of a bundle before
// running it, and the other commands' modules, the database layer, the formats, memory and MT
// services, cost a long document's alignment about 40 ms of a 1 s process) and cli-all.cjs for
// everything else, help and version included. `align` first gets its V8 flags (align-process.ts),
// then runs through a code cache (code-cache.ts) written at the end of its first run.
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { alignRunFlags } from './align-process';
import { codeCacheDir, runBundle } from './code-cache';

const argv = process.argv.slice(2);
if (argv[0] === 'align') {
  const args = argv.slice(1);
  const flags = alignRunFlags(args);
  if (flags) setFlagsFromString(flags);
  const run = runBundle(path.join(__dirname, 'cli-align.cjs'), codeCacheDir(), flags);
  // `align` leaves through process.exit once its output is written (start.ts): the cache is
  // written then, holding every function the run compiled. A cache is kept until the bundle
  // changes, so only a run that aligned writes one (not help, not an error).
  process.once('exit', (code) => {
    if (code === 0 && !args.includes('--help')) run.save();
  });
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(__dirname, 'cli-all.cjs'));
}
