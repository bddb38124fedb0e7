// What the launcher (main.ts) settles about an `align` process before it compiles the align
// bundle: the V8 flags of the run. Kept apart from commands/align.ts so that the launcher does
// not load the aligner to read them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from './args';

/** Flags of `align` that take no value. */
export const ALIGN_BOOLEAN_FLAGS: readonly string[] = ['segmented', 'json'];

/**
 * Bytes of both document files up to which an `align` process runs in V8's efficiency mode
 * (optimising compiler deferred to very hot functions, fewer helper threads): about 2 M
 * characters of Russian and German text (newstest2012 as one document: 1.1 MB). Such a run takes
 * about a second, and the optimising compiler's threads cost more CPU than its code saved:
 * newstest2012 as one document (0.8 M characters) took about a fifth less CPU of the whole
 * process and twice its length a tenth less, four times its length the same, while eight
 * times its length (6.4 M characters) took 5-15% more: longer runs keep the default tiering.
 * Old-generation marking is not spread out incrementally in such a run either: nothing waits
 * on its pauses, and an incremental marking begun near the end was finished after the output
 * was written (about 5% of the process's CPU). The young generation keeps its first size
 * instead of growing to 2 x 16 MB: most of what such a run allocates either dies at once or
 * lives to the end, and every new megabyte of memory is first touched at a page fault's cost
 * (newstest2012 as one document: about a tenth less CPU for the whole process, 25 MB less
 * peak RSS; twice its length a sixth less CPU). The flags are set before the align bundle is
 * compiled, from the files' sizes: read under the default tiering, the input gate's byte scan
 * was compiled by the optimising compiler (tens of milliseconds of CPU on a helper thread for
 * code that then ran once), and a V8 code cache is only accepted under the flags it was
 * written with (see code-cache.ts).
 */
export const SHORT_RUN_BYTES = 2_800_000;
/** The V8 flags of such a run (see SHORT_RUN_BYTES). */
export const SHORT_RUN_FLAGS = '--efficiency-mode --no-incremental-marking --semi-space-growth-factor=1';

/**
 * Bytes of both document files of `align` with these arguments (after the command name), or
 * null when a file is not named or cannot be read (the command reports that with its typed error).
 */
export function alignInputBytes(argv: readonly string[]): number | null {
  const { flags } = parseArgs(argv, ALIGN_BOOLEAN_FLAGS);
  let bytes = 0;
  for (const name of ['source', 'target']) {
    const file = flags[name];
    if (typeof file !== 'string' || file === '') return null;
    try {
      bytes += statSync(file).size;
    } catch {
      return null;
    }
  }
  return bytes;
}

/**
 * The V8 flags for `align` on documents of `bytes` bytes together (alignInputBytes):
 * SHORT_RUN_FLAGS for a short run, '' otherwise and when the size is unknown.
 */
export function runFlagsForBytes(bytes: number | null): string {
  return bytes !== null && bytes <= SHORT_RUN_BYTES ? SHORT_RUN_FLAGS : '';
}

/**
 * The V8 flags for `align` with these arguments (after the command name): SHORT_RUN_FLAGS when
 * both documents together are a short run's size, '' otherwise (also when a file is missing or
 * unreadable: the command reports that with its typed error).
 */
export function alignRunFlags(argv: readonly string[]): string {
  return runFlagsForBytes(alignInputBytes(argv));
}

/**
 * Bytes of both documents from which `align` starts its second thread (align-thread.ts): the
 * quotations are placed by the sentence beads only when the two sides have more than
 * BEAD_MODE_PAIRS pairs of segments (../shared/align/quotes/prep.ts), about 320 lines a side,
 * some 130 KB of news text (Russian in two bytes a letter). A thread started for a pair that
 * ends up searched otherwise still takes the German side's analysis.
 */
export const ALIGN_THREAD_BYTES = 128 * 1024;

/**
 * How busy the machine is now, for `wantsAlignThread`: `runnable` is the number of other
 * programs' threads ready to run or running at this moment (the 4th field of /proc/loadavg,
 * "running/total", less this process's running threads), null where there is no such count (not
 * Linux); `load` the load average
 * of the last minute (os.loadavg; 0 on Windows, which has none).
 */
export interface MachineLoad {
  runnable: number | null;
  load: number;
}

/**
 * The running count of /proc/loadavg's text ("0.52 0.61 0.70 3/412 12345") less `own`, the
 * threads of this process running (the reader at least: the count includes it); null when unreadable.
 */
export function runnableOthers(loadavgText: string, own = 1): number | null {
  const m = /^\S+\s+\S+\s+\S+\s+(\d+)\/\d+/.exec(loadavgText);
  return m ? Math.max(0, Number(m[1]) - Math.max(1, own)) : null;
}

/** Whether a thread's /proc/<pid>/task/<tid>/stat text says it is running or runnable (state R). */
export function statRunning(statText: string): boolean {
  // The state follows the command name in parentheses, which may itself hold ") ".
  return statText.charAt(statText.lastIndexOf(')') + 2) === 'R';
}

/** The machine's load now (see MachineLoad). */
export function machineLoad(): MachineLoad {
  let runnable: number | null = null;
  if (process.platform === 'linux') {
    try {
      const loadavg = readFileSync('/proc/loadavg', 'latin1');
      // This process's own threads running now (V8's helpers are often busy as the process
      // starts): they are not another program's work.
      let own = 0;
      for (const t of readdirSync('/proc/self/task')) {
        try {
          if (statRunning(readFileSync(`/proc/self/task/${t}/stat`, 'latin1'))) own++;
        } catch {
          // The thread ended meanwhile.
        }
      }
      runnable = runnableOthers(loadavg, own);
    } catch {
      runnable = null;
    }
  }
  return { runnable, load: os.loadavg()[0] ?? 0 };
}

/**
 * Whether `align` on documents of `bytes` bytes starts its second thread: for long documents
 * when a core is free for it now. On Linux that is when fewer threads of other processes than
 * the cores less one (this thread's) are runnable (/proc/loadavg's running count less this
 * process's, read as the process starts): the load average lags by a minute, so that a busy minute before kept the
 * thread off on a machine that had since become idle, and a quiet minute before let it compete
 * with a batch that had just started. Elsewhere, the load average of the last minute below the
 * cores (on Windows, which has none, always). On a busy machine the thread's own start and work
 * (a fifth or more of the run's CPU) only compete with the main thread, the run's critical path.
 * SVERKA_ALIGN_THREAD=off: never; =on: whatever the load.
 */
export function wantsAlignThread(
  bytes: number | null,
  env: NodeJS.ProcessEnv = process.env,
  now?: MachineLoad,
  cores: number = os.availableParallelism(),
): boolean {
  const set = env['SVERKA_ALIGN_THREAD'];
  if (bytes === null || bytes < ALIGN_THREAD_BYTES || set === 'off' || set === '0' || cores < 2) return false;
  if (set === 'on') return true;
  // Read only when it decides (short documents and a forced choice spare the reads).
  const { runnable, load } = now ?? machineLoad();
  return runnable !== null ? runnable < cores - 1 : load < cores;
}
