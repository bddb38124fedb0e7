// Translation-memory bench: generate a 1,000,000-unit TMX (BENCH_QUICK=1 or --quick: 100,000),
// import it in one transaction, time translate-toolkit parsing the same file, then fuzzy lookup
// and concordance latencies on the imported memory. With TM_BASE_REF=<git ref> the same file is
// also imported by this checkout's and that commit's TmService in fresh processes, in turns
// (TM_BASE_RUNS times, default 3): medians and their ratio, the figure this shared machine can give.
// The fuzzy lookups are then replayed the same way, in fresh processes on the imported memory
// (with TM_BASE_REF, or TM_LOOKUP_BASE_REF=<git ref> for the lookups alone).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/connection';
import { PENDING_SCAN_CHUNK, TmService } from '../electron/services/tm';
import { decodeChunks, fileChunks } from '../electron/services/tm/decode';
import { createTmxReader } from '../shared/formats/tmx/read14';
import { createCorpus } from './support/corpus';
import { median } from './support/cli-runs';
import { buildBaselineImportChild, buildImportChild, runImport, type ImportRun } from './support/tm-import-runs';
import { buildBaselineLookupChild, buildLookupChild, runLookups, type LookupRun } from './support/tm-lookup-runs';

// An ES module bundle has no folder of its own to find the import's reading thread beside:
// this checkout's build, for this process and the import children.
process.env['SVERKA_TM_IMPORT_WORKER'] ??= path.join(process.cwd(), 'dist', 'electron', 'tm-import-worker.cjs');

const quick = process.env['BENCH_QUICK'] === '1' || process.argv.includes('--quick');
const UNITS = Number(process.env['BENCH_TM_UNITS'] ?? (quick ? 100_000 : 1_000_000));
const TT_PREFIX = 100_000;
const LOOKUPS = 300;

// The same synthetic memory every run (bench/support/corpus.ts).
const { rand, pick, sentencePair, mutate } = createCorpus(20261127);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function writeTmx(file: string, units: number): { sources: string[] } {
  const fd = fs.openSync(file, 'w');
  const sources: string[] = [];
  let buf = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="ru" datatype="plaintext"/>\n<body>\n`;
  for (let i = 1; i <= units; i++) {
    const [ru, de] = sentencePair();
    if (i % 997 === 0 || sources.length < 50) sources.push(ru);
    const origin = i % 10 === 0 ? '<prop type="x-origin">machine</prop>' : '';
    buf += `<tu tuid="${i}" creationdate="20250101T120000Z">${origin}<tuv xml:lang="ru"><seg>${esc(ru)}</seg></tuv><tuv xml:lang="de"><seg>${esc(de)}</seg></tuv></tu>\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, `${buf}</body>\n</tmx>\n`);
  fs.closeSync(fd);
  return { sources };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * The same fuzzy lookups with this checkout's and `baseRef`'s TmService, each in fresh processes
 * on the same database, in turns (TM_BASE_RUNS times): medians of each side's figures, their
 * ratio, and how many queries got different matches.
 */
async function compareLookups(baseRef: string, dir: string, dbFile: string, texts: readonly string[]): Promise<void> {
  const root = process.cwd();
  const queryFile = path.join(dir, 'lookups.json');
  fs.writeFileSync(queryFile, JSON.stringify(texts.map((text) => ({ text, opts: { sourceLang: 'ru', targetLang: 'de' } }))));
  const children: Array<[string, string]> = [
    [`base ${baseRef}`, await buildBaselineLookupChild(root, baseRef, dir)],
    ['current', await buildLookupChild(root, dir)],
  ];
  const runs = new Map<string, LookupRun[]>(children.map(([name]) => [name, []]));
  const reps = Number(process.env['TM_BASE_RUNS'] ?? 3);
  for (let rep = 0; rep < reps; rep++) for (const [name, child] of children) runs.get(name)!.push(runLookups(root, child, dbFile, queryFile));
  const summary = (xs: LookupRun[]) => ({
    p50: median(xs.map((x) => percentile(x.wallMs, 50))),
    p95: median(xs.map((x) => percentile(x.wallMs, 95))),
    cpu: median(xs.map((x) => mean(x.cpuMs))),
    cpu95: median(xs.map((x) => percentile(x.cpuMs, 95))),
  });
  const b = summary(runs.get(`base ${baseRef}`)!);
  const c = summary(runs.get('current')!);
  for (const [name, x] of [[`base ${baseRef}`, b], ['current', c]] as const) {
    console.log(
      `fuzzy lookup in a fresh process, ${name}: p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms wall; CPU per lookup mean ${x.cpu.toFixed(2)} ms, p95 ${x.cpu95.toFixed(2)} ms (medians of ${reps})`,
    );
  }
  const bd = runs.get(`base ${baseRef}`)![0]!.digest;
  const cd = runs.get('current')![0]!.digest;
  const differing = bd.filter((d, i) => d !== cd[i]).length;
  console.log(
    `fuzzy lookup current / base ${baseRef}: p50 ${(c.p50 / b.p50).toFixed(2)}, p95 ${(c.p95 / b.p95).toFixed(2)}, CPU per lookup ${(c.cpu / b.cpu).toFixed(2)}; ` +
      `${differing === 0 ? 'the same' : `DIFFERENT matches for ${differing} of ${bd.length} queries`} (ids, scores, similarities)`,
  );
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Concordance queries: a word or two of stored sentences (the same ones every run: the corpus's generator). */
function concordanceQueries(): string[] {
  return Array.from({ length: LOOKUPS }, () => {
    const words = pick(sources).split(' ');
    const at = Math.floor(rand() * Math.max(1, words.length - 1));
    return rand() < 0.5 ? words[at]! : `${words[at]} ${words[at + 1] ?? ''}`.trim();
  });
}

/** Each query's concordance latency (ms) over both sides, and their total (s). */
function concordanceTimes(tm: TmService, queries: readonly string[]): { times: number[]; totalS: number } {
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    tm.concordance(q);
    times.push(performance.now() - t);
  }
  return { times, totalS: times.reduce((a, b) => a + b, 0) / 1000 };
}

/**
 * The window's concordance (`concordanceYielding`, as the IPC handler calls it) on `queries`:
 * each query's wall time and the event loop's delay meanwhile (p99 and max, ms). The answers
 * must be the synchronous search's.
 */
async function windowConcordance(tm: TmService, queries: readonly string[]): Promise<{ times: number[]; loopP99: number; loopMax: number; totalS: number }> {
  const times: number[] = [];
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const answers: string[] = [];
  for (const q of queries) {
    const t = performance.now();
    answers.push(JSON.stringify(await tm.concordanceYielding(q)));
    times.push(performance.now() - t);
  }
  h.disable();
  // Checked after the clock: the synchronous search holds the event loop.
  queries.forEach((q, i) => {
    if (answers[i] !== JSON.stringify(tm.concordance(q))) throw new Error(`the window's concordance answered "${q}" differently`);
  });
  return { times, loopP99: h.percentile(99) / 1e6, loopMax: h.max / 1e6, totalS: times.reduce((a, b) => a + b, 0) / 1000 };
}

let sources: string[] = [];

const generateOnly = process.env['BENCH_TM_GENERATE_ONLY'];
if (generateOnly) {
  const { sources } = writeTmx(generateOnly, UNITS);
  // A file, not stdout: process.exit would cut a piped stdout short.
  fs.writeFileSync(`${generateOnly}.sources.json`, JSON.stringify(sources));
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-tm-bench-'));
try {
  const tmxFile = path.join(dir, 'bench.tmx');
  let t0 = performance.now();
  // Generated in a child process so that the import's peak memory below is the import's own.
  const gen = spawnSync(process.execPath, [process.argv[1]!], {
    env: { ...process.env, BENCH_TM_GENERATE_ONLY: tmxFile, BENCH_TM_UNITS: String(UNITS) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (gen.status !== 0) throw new Error('generating the TMX failed');
  sources = JSON.parse(fs.readFileSync(`${tmxFile}.sources.json`, 'utf8')) as string[];
  // Fuzzy lookups: stored sentences with one word dropped and one replaced. Then the concordance queries.
  const queries = Array.from({ length: LOOKUPS }, () => mutate(pick(sources)));
  const concQueries = concordanceQueries();
  const bytes = fs.statSync(tmxFile).size;
  console.log(`generated ${UNITS.toLocaleString('en')} units (${(bytes / 1e6).toFixed(0)} MB TMX) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const dbFile = path.join(dir, 'bench.db');
  const db = openDatabase(dbFile);
  const tm = new TmService(db);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const thread0 = process.threadCpuUsage();
  const res = tm.importFile(tmxFile, {
    onProgress: () => {
      const r = process.memoryUsage().rss;
      if (r > peakRss) peakRss = r;
    },
  });
  const importS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const thread = process.threadCpuUsage(thread0);
  const threadS = (thread.user + thread.system) / 1e6;
  const load = os.loadavg()[0]!.toFixed(1);
  // Before any lookup maps the database file into this process (mapped pages count as resident).
  const maxRss = process.resourceUsage().maxRSS * 1024;
  // Until the backlog is built, target-side concordance scans the units the index lacks: its latency meanwhile.
  const concPending = concordanceTimes(tm, concQueries);
  const concWindow = await windowConcordance(tm, concQueries.slice(0, 60));
  const pendingAtCommit = tm.stats().targetIndexPending;
  const tIndex = performance.now();
  await tm.indexBacklog();
  const allS = (performance.now() - t0) / 1000;
  const indexS = (performance.now() - tIndex) / 1000;
  console.log(
    `import: to commit (units, source index: fuzzy lookup available) ${importS.toFixed(1)} s; all indexes (target-side concordance backlog of ${pendingAtCommit.toLocaleString('en')} units built after it, ${indexS.toFixed(1)} s) ${(allS - concPending.totalS - 2 * concWindow.totalS).toFixed(1)} s ` +
      `(not counting the ${(concPending.totalS + 2 * concWindow.totalS).toFixed(1)} s of concordance queries measured in between)`,
  );
  console.log(
    `concordance while the backlog is pending (${LOOKUPS} queries): p50 ${percentile(concPending.times, 50).toFixed(1)} ms, p95 ${percentile(concPending.times, 95).toFixed(1)} ms; ` +
      `the window's concordance (the backlog scanned in pieces of ${PENDING_SCAN_CHUNK.toLocaleString('en')} ids, the event loop turning between them; ${concWindow.times.length} queries, the same answers): ` +
      `p50 ${percentile(concWindow.times, 50).toFixed(1)} ms, p95 ${percentile(concWindow.times, 95).toFixed(1)} ms, event-loop delay meanwhile p99 ${concWindow.loopP99.toFixed(1)} ms, max ${concWindow.loopMax.toFixed(1)} ms (target p99 < 50 ms)`,
  );
  console.log(
    `import: ${res.added.toLocaleString('en')} added, ${res.merged} merged in ${importS.toFixed(1)} s wall to commit = ${Math.round(res.read / importS).toLocaleString('en')} units/s ` +
      `(target < 60 s for 1M); ${cpuS.toFixed(1)} s CPU to commit (writing thread ${threadS.toFixed(1)} s, reading thread ${(cpuS - threadS).toFixed(1)} s) = ${Math.round(res.read / cpuS).toLocaleString('en')} units per CPU-second (load average ${load} on ${os.cpus().length} CPUs); ` +
      `peak RSS to commit ${(Math.max(peakRss, maxRss) / 1e6).toFixed(0)} MB (target < 500 MB; the fresh processes below give it to the end of the backlog); database ${(fs.statSync(dbFile).size / 1e6).toFixed(0)} MB`,
  );

  const baseRef = process.env['TM_BASE_REF'];
  if (baseRef) {
    const root = process.cwd();
    const children: Array<[string, string]> = [
      [`base ${baseRef}`, await buildBaselineImportChild(root, baseRef, dir)],
      ['current', await buildImportChild(root, dir)],
    ];
    const runs = new Map<string, ImportRun[]>(children.map(([name]) => [name, []]));
    const reps = Number(process.env['TM_BASE_RUNS'] ?? 3);
    for (let rep = 0; rep < reps; rep++) for (const [name, child] of children) runs.get(name)!.push(runImport(root, child, tmxFile, dir));
    const summary = (xs: ImportRun[]) => ({
      cpuS: median(xs.map((x) => x.cpuS)),
      threadCpuS: median(xs.map((x) => x.threadCpuS)),
      wallS: median(xs.map((x) => x.wallS)),
      allWallS: median(xs.map((x) => x.allWallS ?? x.wallS)),
      allCpuS: median(xs.map((x) => x.allCpuS ?? x.cpuS)),
      maxRssMb: Math.max(...xs.map((x) => x.maxRssMb)),
    });
    const b = summary(runs.get(`base ${baseRef}`)!);
    const c = summary(runs.get('current')!);
    for (const [name, x] of [[`base ${baseRef}`, b], ['current', c]] as const) {
      console.log(
        `import in a fresh process, ${name}: to commit ${x.wallS.toFixed(1)} s wall, ${x.cpuS.toFixed(1)} s CPU (writing thread ${x.threadCpuS.toFixed(1)} s, other threads ${(x.cpuS - x.threadCpuS).toFixed(1)} s); all indexes ${x.allWallS.toFixed(1)} s wall, ${x.allCpuS.toFixed(1)} s CPU (medians of ${reps}); peak RSS ${x.maxRssMb.toFixed(0)} MB`,
      );
    }
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) on ${os.cpus().length} CPUs after the import runs`);
    console.log(
      `import current / base ${baseRef}: to commit wall ${(c.wallS / b.wallS).toFixed(2)}, CPU ${(c.cpuS / b.cpuS).toFixed(2)}; all indexes wall ${(c.allWallS / b.allWallS).toFixed(2)}, CPU ${(c.allCpuS / b.allCpuS).toFixed(2)}; peak RSS ${(c.maxRssMb / b.maxRssMb).toFixed(2)}`,
    );
  }

  // translate-toolkit parsing the same file (its lxml tree holds the whole file in memory).
  // The full file first; a 100k-unit prefix if that fails or takes over five minutes.
  const py = `import sys, time\nfrom translate.storage import tmx\nt = time.perf_counter()\nstore = tmx.tmxfile.parsefile(sys.argv[1])\nn = sum(1 for u in store.units if u.source)\nprint(n, time.perf_counter() - t)\n`;
  const runTt = (file: string) => spawnSync('/usr/bin/python3', ['-c', py, file], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20 });
  let ttFile = tmxFile;
  let ttUnits = UNITS;
  let tt = runTt(tmxFile);
  if (tt.status !== 0 && UNITS > TT_PREFIX) {
    ttUnits = TT_PREFIX;
    ttFile = path.join(dir, 'prefix.tmx');
    const text = fs.readFileSync(tmxFile, 'utf8');
    let at = 0;
    for (let i = 0; i < ttUnits; i++) at = text.indexOf('</tu>\n', at) + 6;
    fs.writeFileSync(ttFile, `${text.slice(0, at)}</body>\n</tmx>\n`);
    tt = runTt(ttFile);
  }
  // Like for like: Sverka's streaming reader alone over the same file (no keys, no index, no storage).
  t0 = performance.now();
  const reader = createTmxReader();
  let parsed = 0;
  for (const text of decodeChunks(fileChunks(ttFile), path.basename(ttFile))) parsed += reader.write(text).length;
  parsed += reader.end().length;
  const parseS = (performance.now() - t0) / 1000;
  if (tt.status === 0) {
    const [n, secs] = tt.stdout.trim().split(/\s+/).map(Number) as [number, number];
    const ours = (importS * ttUnits) / UNITS;
    console.log(
      `translate-toolkit parse of ${n.toLocaleString('en')} units${ttUnits < UNITS ? ' (a 100k-unit prefix of the same file: the full file failed or took over 5 minutes)' : ' (the same file)'}: ${secs.toFixed(1)} s = ${Math.round(n / secs).toLocaleString('en')} units/s; ` +
        `Sverka parse+index+store ${(Math.round(res.read / importS) / (n / secs)).toFixed(2)}x its rate (${ours.toFixed(1)} s for that many units)`,
    );
    console.log(
      `Sverka's streaming TMX reader alone on the same ${parsed.toLocaleString('en')} units: ${parseS.toFixed(1)} s = ${(secs / parseS).toFixed(1)}x translate-toolkit's speed`,
    );
  } else {
    console.log(`translate-toolkit not measured: ${(tt.stderr || tt.error?.message || 'failed').split('\n').slice(-2).join(' ')}`);
  }

  for (const q of queries.slice(0, 20)) tm.lookup(q, { sourceLang: 'ru', targetLang: 'de' }); // warm the page cache
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let found = 0;
  for (const q of queries) {
    const c0 = process.cpuUsage();
    const t = performance.now();
    const m = tm.lookup(q, { sourceLang: 'ru', targetLang: 'de' });
    times.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    if (m.length > 0) found++;
  }
  console.log(
    `fuzzy lookup (${LOOKUPS} queries): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (target p95 < 5 ms); ` +
      `CPU per lookup mean ${mean(cpuTimes).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(1)} ms; ${found}/${LOOKUPS} found a match >= 50%`,
  );
  // TM_LOOKUP_BASE_REF compares the lookups alone (TM_BASE_REF compares the import too).
  const lookupBase = process.env['TM_LOOKUP_BASE_REF'] ?? baseRef;
  if (lookupBase) await compareLookups(lookupBase, dir, dbFile, queries);
  const exact = sources.slice(0, 100);
  const exactTimes: number[] = [];
  let exact100 = 0;
  for (const q of exact) {
    const t = performance.now();
    const m = tm.lookup(q);
    exactTimes.push(performance.now() - t);
    if (m[0]?.similarity === 100) exact100++;
  }
  console.log(`exact lookup (${exact.length}): p50 ${percentile(exactTimes, 50).toFixed(1)} ms, p95 ${percentile(exactTimes, 95).toFixed(1)} ms; ${exact100} top hits at 100`);

  const conc = concordanceTimes(tm, concQueries);
  console.log(`concordance, every index complete (${LOOKUPS} queries): p50 ${percentile(conc.times, 50).toFixed(1)} ms, p95 ${percentile(conc.times, 95).toFixed(1)} ms (target p95 50 ms)`);
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
