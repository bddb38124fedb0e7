// Entry of dist/electron/cli-align-thread.cjs: starts the second thread of a long `align` run
// (align-thread.ts) by running its code, cli-align-thread-body.cjs (align-worker.ts), through a
// V8 code cache of its own, as the launcher runs the align bundle (code-cache.ts): the thread's
// start and its first pass over the German side are then not spent compiling its functions. The
// cache is written when a thread that found none ends after answering (its exit code 0).
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import type { AlignThreadData } from './align-thread';
import { runBundle } from './code-cache';

const { cacheDir, flags } = workerData as AlignThreadData;
const run = runBundle(path.join(__dirname, 'cli-align-thread-body.cjs'), cacheDir, flags);
process.once('exit', (code) => {
  if (code === 0) run.save();
});
