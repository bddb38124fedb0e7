// Entry of dist/electron/cli.cjs, the command line's launcher. It runs one of the bundles built
// beside it: cli-align.cjs for `align` (a quarter of the code: V8 parses all of a bundle before
// running it, and the other commands' modules, the database layer, the formats, memory and MT
// services, cost a long document's alignment about 40 ms of a 1 s process), cli-fidelity.cjs
// for `fidelity` (the aligner and the fidelity engine) and cli-all.cjs for everything else,
// help and version included. `align` first gets its V8 flags (align-process.ts)
// and, for long documents, its quotation thread (align-thread.ts, started here so that the
// thread starts up while this one loads the align bundle), then runs through a code cache
// (code-cache.ts) written at the end of its first run.
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { alignInputBytes, runFlagsForBytes, wantsAlignThread } from './align-process';
import { codeCacheDir, runBundle } from './code-cache';
import { AlignThread } from './align-thread';

/**
 * Loads the modules of Node itself that `align` needs later and that Node has not loaded yet:
 * fs/promises (the document reader, with the readline and fs modules it pulls in) and the
 * stdout stream (a file's, a pipe's or a terminal's). Node compiles its own modules through a
 * code cache built into its binary, and V8 accepts a code cache only under the flags it was
 * made with: loaded after `setFlagsFromString`, each of them was compiled from its source (about
 * a twentieth of the wall time of newstest2012 as one document, its second thread off).
 */
function preloadBuiltins(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:fs/promises');
  void process.stdout;
}

const argv = process.argv.slice(2);
if (argv[0] === 'align') {
  const args = argv.slice(1);
  const bytes = alignInputBytes(args);
  const flags = runFlagsForBytes(bytes);
  if (flags) {
    preloadBuiltins();
    setFlagsFromString(flags);
  }
  // In the packaged app the thread's bundle is the unpacked copy (electron-builder.yml asarUnpack):
  // a worker thread starts from a real file.
  const threadFile = path.join(__dirname, 'cli-align-thread.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  const cacheDir = codeCacheDir();
  const thread = wantsAlignThread(bytes) && !args.includes('--help') ? AlignThread.start(threadFile, cacheDir, flags) : null;
  const run = runBundle(path.join(__dirname, 'cli-align.cjs'), cacheDir, flags);
  (run.exports as { startAlign(thread: AlignThread | null): void }).startAlign(thread);
  // `align` leaves through process.exit once its output is written (start.ts): the cache is
  // written then, holding every function the run compiled. A cache is kept until the bundle
  // changes, so only a run that aligned writes one (not help, not an error).
  process.once('exit', (code) => {
    if (code === 0 && !args.includes('--help')) run.save();
  });
} else if (argv[0] === 'fidelity') {
  // `fidelity` plans the links as `align` does, then checks each quotation once: a short run of
  // the same kind, so it gets align's V8 flags for its input size (on 100 quotations about a
  // fifth less CPU for the whole process, the same output) and a bundle of its own through a
  // code cache (the first run writes it, a run that checked; later runs skip compiling).
  const flags = runFlagsForBytes(alignInputBytes(argv.slice(1)));
  if (flags) setFlagsFromString(flags);
  const run = runBundle(path.join(__dirname, 'cli-fidelity.cjs'), codeCacheDir(), flags);
  (run.exports as { startFidelity(): void }).startFidelity();
  process.once('exit', (code) => {
    if (code === 0 && !argv.includes('--help')) run.save();
  });
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(__dirname, 'cli-all.cjs'));
}
