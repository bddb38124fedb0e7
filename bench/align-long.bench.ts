// Book-length sentence alignment (issue 14). Builds a pair of about 50,000 x 50,000 lines the
// way long jobs look: the `_full` cases of ../shared/eval/make_sentence_cases.py (seeded merges
// and deletions, seeds 1-3) of the development sets, concatenated in a seeded order, so that
// whole documents occur several times (some as identical copies). Then, each in a fresh
// process: alignSentences with progress reports (time, CPU, peak RSS, strict/lax F1), how
// soon a cancel is noticed, and the whole `align --segmented --json` CLI; with
// ALIGN_BASE_REF=<git ref> also the CLI of that commit, for the before/after figures.
// Run: npm run bench -- align-long
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { alignSentences } from '../shared/align/sentences';
import type { AlignProgress } from '../shared/align/progress';
import { buildBaselineCli, runAlignCli } from './support/cli-runs';
import { buildLongCase } from './support/long-case';

const readLines = (p: string): string[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '');
const usage = (): { cpuMs: number; maxRssMb: number } => {
  const u = process.resourceUsage();
  return { cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 };
};

// Child: align the case, write the beads, print figures.
if (process.argv[2] === '--child') {
  const [dir, out] = [process.argv[3]!, process.argv[4]!];
  const src = readLines(path.join(dir, 'ru.txt'));
  const tgt = readLines(path.join(dir, 'de.txt'));
  const reports: AlignProgress[] = [];
  const t0 = performance.now();
  const beads = alignSentences(src, tgt, { onProgress: (p) => reports.push({ ...p }) });
  const ms = performance.now() - t0;
  writeFileSync(out, JSON.stringify({ beads }));
  const stages = [...new Set(reports.map((r) => r.stage))];
  process.stdout.write(JSON.stringify({ ms, ...usage(), reports: reports.length, stages, beads: beads.length }) + '\n');
  process.exit(0);
}

// Child: start aligning, "another thread" cancels after `delay` ms (a signal that reads the
// clock); print how long after that the call gave up.
if (process.argv[2] === '--cancel') {
  const dir = process.argv[3]!;
  const delay = Number(process.argv[4]);
  const src = readLines(path.join(dir, 'ru.txt'));
  const tgt = readLines(path.join(dir, 'de.txt'));
  let stage = '';
  const t0 = performance.now();
  const signal = {
    get aborted() {
      return performance.now() - t0 >= delay;
    },
  };
  try {
    alignSentences(src, tgt, { signal, onProgress: (p) => (stage = p.stage) });
    process.stdout.write(JSON.stringify({ finished: true }) + '\n');
  } catch (err) {
    const code = (err as { code?: string }).code;
    process.stdout.write(JSON.stringify({ code, stage, latencyMs: performance.now() - t0 - delay }) + '\n');
  }
  process.exit(0);
}

const root = process.cwd();
const evalDir = path.resolve(root, '..', 'shared', 'eval');
const corpora = path.resolve(root, '..', 'shared', 'corpora');
const sets = ['newstest2012', 'flores200-dev', 'pud'];
const tmp = mkdtempSync(path.join(tmpdir(), 'sverka-align-long-'));
const self = process.argv[1]!;
const results: Record<string, unknown> = {};

function score(gold: string, pred: string): { f1_strict: number; f1_lax: number } {
  return JSON.parse(execFileSync('python3', [path.join(evalDir, 'score_beads.py'), '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' })) as {
    f1_strict: number;
    f1_lax: number;
  };
}

const fmt = (x: { f1_strict: number; f1_lax: number }): string => `strict F1 ${x.f1_strict.toFixed(3)}, lax ${x.f1_lax.toFixed(3)}`;

try {
  if (!existsSync(evalDir) || !existsSync(corpora)) throw new Error('../shared/eval and ../shared/corpora are needed');
  const c = buildLongCase({ evalDir, corpora, sets, seeds: [1, 2, 3], minLines: 50_000, out: path.join(tmp, 'long') });
  console.log(`align long: ${c.nRu} x ${c.nDe} lines from ${c.blocks.length} documents (${new Set(c.blocks).size} distinct): ${c.blocks.join(' ')}`);
  results['case'] = { nRu: c.nRu, nDe: c.nDe, blocks: c.blocks };

  const pred = path.join(tmp, 'pred.json');
  const r = spawnSync(process.execPath, [self, '--child', c.dir, pred], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  const child = JSON.parse(r.stdout) as { ms: number; cpuMs: number; maxRssMb: number; reports: number; stages: string[] };
  const f1 = score(c.gold, pred);
  console.log(
    `align long alignSentences: ${(child.ms / 1000).toFixed(1)} s wall (${(child.cpuMs / 1000).toFixed(1)} s CPU), peak RSS ${child.maxRssMb.toFixed(0)} MB (whole process), ` +
      `${fmt(f1)}, ${child.reports} progress reports (${child.stages.join(' > ')})`,
  );
  results['alignSentences'] = { ...child, ...f1 };

  const cancel = JSON.parse(execFileSync(process.execPath, [self, '--cancel', c.dir, String(Math.round(child.ms / 2))], { encoding: 'utf8' })) as Record<string, unknown>;
  console.log(`align long cancel at half time: ${cancel['code'] ?? 'not cancelled'} in stage ${cancel['stage']}, noticed ${Number(cancel['latencyMs']).toFixed(0)} ms after the signal`);
  results['cancel'] = cancel;

  const cli = path.join(root, 'dist', 'electron', 'cli.cjs');
  const runs: Array<[string, string]> = [['current', cli]];
  const baseRef = process.env['ALIGN_BASE_REF'];
  if (baseRef) runs.unshift([`base ${baseRef}`, await buildBaselineCli(root, baseRef, tmp)]);
  for (const [k, [name, bundle]] of runs.entries()) {
    const run = runAlignCli(root, bundle, c.dir);
    const out = path.join(tmp, `cli-${k}.json`);
    writeFileSync(out, run.stdout);
    const s = score(c.gold, out);
    console.log(
      `align long CLI ${name}: ${(run.wallMs / 1000).toFixed(1)} s wall (${(run.cpuMs / 1000).toFixed(1)} s CPU), peak RSS ${run.maxRssMb.toFixed(0)} MB, ${fmt(s)}`,
    );
    results[`cli ${name}`] = { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMb: run.maxRssMb, ...s };
  }
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results', 'align-long.json'), JSON.stringify(results, null, 1));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
