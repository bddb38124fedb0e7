// Main-thread event-loop delay (perf_hooks.monitorEventLoopDelay) while the heavy jobs run, in
// the main thread as before (InlineRunner) and in a job worker (WorkerRunner), in the same run:
// a memory import (BENCH_JOBS_UNITS, default 1,000,000; --quick 100,000), a memory export of
// 100,000 units and a sentence alignment of about 9,000 pairs (a long case built from
// ../shared corpora; skipped when they are absent). The jobs go through the IPC dispatcher as
// the app's handlers run them, except the import, which reads the file by path as the CLI does
// (a file this size cannot travel over IPC).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDispatch } from '../electron/ipc/dispatch';
import { createServices, type Services } from '../electron/services';
import { importMemory } from '../electron/services/jobs';
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
}

/** Event-loop delay while `job` runs; the histogram samples every 10 ms. */
async function measure(job: () => Promise<unknown>): Promise<Figures> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  // Let the loop turn once so the histogram's timer is armed before the job starts.
  await new Promise((r) => setTimeout(r, 20));
  h.enable();
  const t0 = performance.now();
  let last = t0;
  let stall = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  try {
    await job();
    // A job that blocked the loop is recorded when the timers fire after it.
    await new Promise((r) => setTimeout(r, 30));
  } finally {
    clearInterval(probe);
    h.disable();
  }
  return { seconds: (performance.now() - t0) / 1000, p99: h.percentile(99) / 1e6, max: h.max / 1e6, stall };
}

function services(dbFile: string, inline: boolean): Services {
  return createServices({ dbFile, shell: 'cli', backup: 'off', integrity: 'off', workerFile, inlineJobs: inline });
}

async function unwrap(p: Promise<{ ok: boolean; error?: { message: string } }>): Promise<void> {
  const r = await p;
  if (!r.ok) throw new Error(r.error?.message ?? 'failed');
}

const fmt = (f: Figures) => `p99 ${f.p99.toFixed(0)} ms, max ${f.max.toFixed(0)} ms, longest stall ${f.stall.toFixed(0)} ms (${f.seconds.toFixed(1)} s)`;

try {
  const importFile = path.join(tmp, 'import.tmx');
  writeTmx(importFile, UNITS);
  const exportFile = path.join(tmp, 'export.tmx');
  writeTmx(exportFile, EXPORT_UNITS);
  const evalDir = path.resolve(root, '..', 'shared', 'eval');
  const corpora = path.resolve(root, '..', 'shared', 'corpora');
  const long = fs.existsSync(evalDir) && fs.existsSync(corpora)
    ? buildLongCase({ evalDir, corpora, sets: ['newstest2012', 'flores200-dev', 'pud'], seeds: [1], minLines: PAIRS, out: path.join(tmp, 'long') })
    : null;
  const text = (file: string) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').join('\n');

  // The machine's own noise (other processes on the shared cores): the loop idling for 3 s.
  const idle = await measure(() => new Promise((r) => setTimeout(r, 3000)));
  const rows: Record<string, Record<string, Figures>> = {};
  for (const mode of ['main thread', 'worker'] as const) {
    const inline = mode === 'main thread';
    const out: Record<string, Figures> = {};
    {
      const s = services(path.join(tmp, `import-${inline}.db`), inline);
      out['import'] = await measure(() => importMemory(s.jobs, s.tm, { file: importFile, fileName: 'import.tmx', options: {} }));
      s.close();
    }
    {
      const s = services(path.join(tmp, `export-${inline}.db`), inline);
      await importMemory(s.jobs, s.tm, { file: exportFile, fileName: 'export.tmx', options: {} });
      const dispatch = createDispatch(s);
      out['export'] = await measure(() => unwrap(dispatch('tm.export', { format: 'tmx' })));
      s.close();
    }
    if (long) {
      const s = services(path.join(tmp, `align-${inline}.db`), inline);
      const p = s.projects.create('Long', 'ru', 'de');
      s.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: text(long.ru), fileName: 'ru.txt', encoding: 'utf-8' });
      s.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: text(long.de), fileName: 'de.txt', encoding: 'utf-8' });
      const dispatch = createDispatch(s);
      out['align'] = await measure(() => unwrap(dispatch('workbench.align', { projectId: p.id, mode: 'sentences' })));
      s.close();
    }
    rows[mode] = out;
  }
  const jobs = [
    ['import', `memory import of ${UNITS.toLocaleString('en')} units (TMX by path)`],
    ['export', `memory export of ${EXPORT_UNITS.toLocaleString('en')} units (tm.export, TMX bytes + base64)`],
    ['align', long ? `sentence alignment ${long.nRu.toLocaleString('en')} x ${long.nDe.toLocaleString('en')} lines (workbench.align)` : 'alignment (skipped: ../shared corpora absent)'],
  ] as const;
  console.log(`main-thread event-loop delay during each job, before (main thread) vs after (worker); target p99 < 50 ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs; idle loop ${fmt(idle)}`);
  for (const [key, label] of jobs) {
    const before = rows['main thread']![key];
    const after = rows['worker']![key];
    if (!before || !after) continue;
    console.log(`${label}: main thread ${fmt(before)}; worker ${fmt(after)}; p99 ratio worker/main ${(after.p99 / before.p99).toFixed(3)}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
