// Main-thread event-loop delay (perf_hooks.monitorEventLoopDelay) while the heavy jobs run, in
// the main thread as before (InlineRunner) and in a job worker (WorkerRunner), in the same run:
// a memory import (BENCH_JOBS_UNITS, default 1,000,000; --quick 100,000), a memory export of
// 100,000 units and a sentence alignment of about 9,000 pairs (a long case built from
// ../shared corpora; skipped when they are absent). The jobs go through the IPC dispatcher as
// the app's handlers run them, except the import, which reads the file by path as the CLI does
// (a file this size cannot travel over IPC). The idle loop is measured just before each job, in
// the same run. BENCH_JOBS_ONLY=align (a comma list) runs some of the jobs; BENCH_JOBS_INLINE=0
// leaves out the main-thread runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDispatch } from '../electron/ipc/dispatch';
import { createServices, type Services } from '../electron/services';
import { importMemory, indexMemory } from '../electron/services/jobs';
import { rng } from '../test/fixtures/formats/generate';
import { buildLongCase } from './support/long-case';

const quick = process.env['BENCH_QUICK'] === '1' || process.argv.includes('--quick');
const UNITS = Number(process.env['BENCH_JOBS_UNITS'] ?? (quick ? 100_000 : 1_000_000));
const EXPORT_UNITS = Number(process.env['BENCH_JOBS_EXPORT'] ?? 100_000);
const PAIRS = Number(process.env['BENCH_JOBS_PAIRS'] ?? 9_000);
const root = process.cwd();
const workerFile = path.join(root, 'dist', 'electron', 'worker.cjs');
if (!fs.existsSync(workerFile)) throw new Error('dist/electron/worker.cjs is missing: npm run bench builds it');
// The shipped lexicon for alignments on this thread (an ES module bundle has no __dirname).
process.env['SVERKA_RESOURCES'] ??= path.join(root, 'dist', 'resources');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-jobs-bench-'));

// Invented sentences: syllables glued into words (no corpus text), seeded.
const rand = rng(20261202);
const SYL_RU = ['ка', 'ло', 'ми', 'ре', 'ст', 'ва', 'но', 'ти', 'пра', 'зе', 'ду', 'шо', 'ль', 'ны', 'ор'];
const SYL_DE = ['ka', 'lo', 'mi', 're', 'st', 'wa', 'no', 'ti', 'pra', 'ze', 'du', 'scho', 'en', 'ung', 'or'];
function sentence(syl: readonly string[], words: number[]): string {
  const s = words.map((w) => {
    let out = '';
    for (let x = w; x > 0; x = Math.floor(x / 15)) out += syl[x % 15];
    return out;
  });
  return `${s.join(' ')}.`;
}
function writeTmx(file: string, n: number): void {
  const fd = fs.openSync(file, 'w');
  let buf = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="ru" datatype="plaintext"/><body>\n';
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 6 + Math.floor(rand() * 10) }, () => 15 + Math.floor(rand() * 40_000));
    words.push(i + 15);
    buf += `<tu><tuv xml:lang="ru"><seg>${sentence(SYL_RU, words)}</seg></tuv><tuv xml:lang="de"><seg>${sentence(SYL_DE, words)}</seg></tuv></tu>\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, `${buf}</body></tmx>\n`);
  fs.closeSync(fd);
}

interface Figures {
  seconds: number;
  p99: number;
  max: number;
  /** The longest gap between two ticks of a 10 ms interval: a stall the histogram may under-report. */
  stall: number;
  /**
   * The most CPU time the main thread spent between two ticks of that interval: its longest
   * synchronous block, in CPU time, so the machine's load (which stretches wall-clock gaps
   * while the thread waits for a core) does not count.
   */
  cpuBlock: number;
  /** CPU time of the main thread over the whole job. */
  cpu: number;
}

/** Main-thread CPU time in milliseconds (this thread only, not the job workers). */
function threadCpuMs(): number {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
}

/** Event-loop delay while `job` runs; the histogram samples every 10 ms. */
async function measure(job: () => Promise<unknown>): Promise<Figures> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  // Let the loop turn once so the histogram's timer is armed before the job starts.
  await new Promise((r) => setTimeout(r, 20));
  h.enable();
  const t0 = performance.now();
  const cpu0 = threadCpuMs();
  let last = t0;
  let lastCpu = cpu0;
  let stall = 0;
  let cpuBlock = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    stall = Math.max(stall, now - last);
    cpuBlock = Math.max(cpuBlock, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  }, 10);
  try {
    await job();
    // A job that blocked the loop is recorded when the timers fire after it.
    await new Promise((r) => setTimeout(r, 30));
  } finally {
    clearInterval(probe);
    h.disable();
  }
  return { seconds: (performance.now() - t0) / 1000, p99: h.percentile(99) / 1e6, max: h.max / 1e6, stall, cpuBlock, cpu: threadCpuMs() - cpu0 };
}

/** The loop idling for `ms`, measured the same way: the machine's own noise (other processes on the shared cores). */
const idleFor = (ms: number) => measure(() => new Promise((r) => setTimeout(r, ms)));

function services(dbFile: string, inline: boolean): Services {
  return createServices({ dbFile, shell: 'cli', backup: 'off', integrity: 'off', workerFile, inlineJobs: inline });
}

async function unwrap(p: Promise<{ ok: boolean; error?: { message: string } }>): Promise<void> {
  const r = await p;
  if (!r.ok) throw new Error(r.error?.message ?? 'failed');
}

const fmt = (f: Figures) =>
  `p99 ${f.p99.toFixed(0)} ms, max ${f.max.toFixed(0)} ms, longest stall ${f.stall.toFixed(0)} ms, longest CPU block ${f.cpuBlock.toFixed(0)} ms, main-thread CPU ${(f.cpu / 1000).toFixed(2)} s (${f.seconds.toFixed(1)} s)`;

/** Which jobs (BENCH_JOBS_ONLY=import,export,align) and whether the main-thread "before" runs too (BENCH_JOBS_INLINE=0 skips it). */
const only = new Set((process.env['BENCH_JOBS_ONLY'] ?? 'import,export,align').split(',').map((x) => x.trim()));
const modes = process.env['BENCH_JOBS_INLINE'] === '0' ? (['worker'] as const) : (['main thread', 'worker'] as const);

try {
  const importFile = path.join(tmp, 'import.tmx');
  if (only.has('import')) writeTmx(importFile, UNITS);
  const exportFile = path.join(tmp, 'export.tmx');
  if (only.has('export')) writeTmx(exportFile, EXPORT_UNITS);
  const evalDir = path.resolve(root, '..', 'shared', 'eval');
  const corpora = path.resolve(root, '..', 'shared', 'corpora');
  const long = only.has('align') && fs.existsSync(evalDir) && fs.existsSync(corpora)
    ? buildLongCase({ evalDir, corpora, sets: ['newstest2012', 'flores200-dev', 'pud'], seeds: [1], minLines: PAIRS, out: path.join(tmp, 'long') })
    : null;
  const text = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').join('\n');

  // Each job's figures sit beside the idle loop's, measured just before it in the same run:
  // the shared machine's load moves both alike.
  const rows: Record<string, Record<string, { job: Figures; idle: Figures }>> = {};
  for (const mode of modes) {
    const inline = mode === 'main thread';
    const out: Record<string, { job: Figures; idle: Figures }> = {};
    if (only.has('import')) {
      const s = services(path.join(tmp, `import-${inline}.db`), inline);
      const idle = await idleFor(3000);
      // The import and the concordance index built after its commit (the tm.index job).
      const importAndIndex = async () => {
        await importMemory(s.jobs, s.tm, { file: importFile, fileName: 'import.tmx', options: {} });
        await indexMemory(s.jobs);
      };
      out['import'] = { idle, job: await measure(importAndIndex) };
      s.close();
    }
    if (only.has('export')) {
      const s = services(path.join(tmp, `export-${inline}.db`), inline);
      await importMemory(s.jobs, s.tm, { file: exportFile, fileName: 'export.tmx', options: {} });
      // The export would otherwise queue behind the import's concordance index.
      await indexMemory(s.jobs);
      const dispatch = createDispatch(s);
      const idle = await idleFor(3000);
      out['export'] = { idle, job: await measure(() => unwrap(dispatch('tm.export', { format: 'tmx' }))) };
      s.close();
    }
    if (long) {
      const s = services(path.join(tmp, `align-${inline}.db`), inline);
      const p = s.projects.create('Long', 'ru', 'de');
      s.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: text(long.ru), fileName: 'ru.txt', encoding: 'utf-8' });
      s.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: text(long.de), fileName: 'de.txt', encoding: 'utf-8' });
      const dispatch = createDispatch(s);
      const idle = await idleFor(3000);
      out['align'] = { idle, job: await measure(() => unwrap(dispatch('workbench.align', { projectId: p.id, mode: 'sentences' }))) };
      s.close();
    }
    rows[mode] = out;
  }
  const jobs = [
    ['import', `memory import of ${UNITS.toLocaleString('en')} units (TMX by path)`],
    ['export', `memory export of ${EXPORT_UNITS.toLocaleString('en')} units (tm.export, TMX bytes + base64)`],
    ['align', long ? `sentence alignment ${long.nRu.toLocaleString('en')} x ${long.nDe.toLocaleString('en')} lines (workbench.align)` : 'alignment (skipped: ../shared corpora absent)'],
  ] as const;
  console.log(
    `main-thread event-loop delay during each job and, measured just before it, with the loop idle; target p99 < 50 ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs. ` +
      'The longest CPU block (main-thread CPU time between two 10 ms ticks) does not depend on the load.',
  );
  for (const [key, label] of jobs) {
    for (const mode of modes) {
      const r = rows[mode]?.[key];
      if (!r) continue;
      console.log(`${label}, ${mode}: job ${fmt(r.job)}; idle ${fmt(r.idle)}`);
    }
    const before = rows['main thread']?.[key];
    const after = rows['worker']?.[key];
    if (before && after) console.log(`  longest CPU block worker/main thread ${(after.job.cpuBlock / before.job.cpuBlock).toFixed(3)}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
