// Quote-fidelity benchmark: scores the engine on the written test set (dev and the held-back
// split separately: per flag kind precision/recall, faithful pairs flagged, confusion table),
// times 100 quotations against a tokenising baseline in the same process, and lists the flags
// fired on the gold links of ../shared/corpora/reporting-dev when it is present.
// Usage (from the repo root): npm run bench -- fidelity; then for details run the bundle:
//   node dist/bench/fidelity.bench.mjs [--misses[=BLOCK]] [--reporting] [--fit]
//   --misses     lists the dev items the engine gets wrong
//   --misses=fresh-17  lists the misses of one held-back block instead (read a block's misses
//                only once its first score is recorded: after that it is no longer unseen)
//   --reporting  prints the quotation and source text beside each flag fired on reporting-dev
//   --fit        cross-validates the omission/addition balance constants on the dev split
// The cold figure is also taken in fresh processes, without and with a V8 code cache, each also
// under the V8 flags the CLI's `fidelity` sets for itself (FIDELITY_COLD_RUNS rounds, default 5,
// 0 skips them); FIDELITY_BASE_REF=<git ref> runs the engine
// of that commit alternately with this one's and prints the paired ratios.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tokenize } from '../shared/align/tokens';
import { BilingualLexicon } from '../shared/align/dictionary/lexicon';
import { appMatcher, builtinMatcher, checkQuote, DECISION_MODEL, FLAG_KINDS, reportingFrame, type DecisionModel, type FidelityResult, type WordMatcher } from '../shared/fidelity';
import { HELD_BLOCKS, heldBlock, LABELS, loadSplit, score, type FidelityCase, type SetScore } from '../test/support/fidelity-set';
import { fitBalance } from './fidelity-fit';
import { coldChildRuns } from './support/fidelity-cold-runs';

const argv = process.argv.slice(2);
const root = process.cwd();
const pct = (x: number) => x.toFixed(2);

function report(split: string, s: SetScore): void {
  console.log(`\n${split} split: ${s.n} pairs (${s.faithful} faithful)`);
  console.log('kind        precision  recall  (tp/fp/fn, tp naming a labelled word)');
  for (const k of FLAG_KINDS) {
    const x = s.byKind[k];
    console.log(`${k.padEnd(10)}  ${pct(x.precision).padStart(9)}  ${pct(x.recall).padStart(6)}  (${x.tp}/${x.fp}/${x.fn}, ${x.tpWords})`);
  }
  const micro = FLAG_KINDS.reduce((a, k) => ({ tp: a.tp + s.byKind[k].tp, fp: a.fp + s.byKind[k].fp, fn: a.fn + s.byKind[k].fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`all kinds   ${pct(micro.tp / Math.max(1, micro.tp + micro.fp)).padStart(9)}  ${pct(micro.tp / Math.max(1, micro.tp + micro.fn)).padStart(6)}`);
  console.log(`faithful pairs flagged at all: ${s.faithfulFlagged}/${s.faithful} = ${pct(s.faithfulFlagged / Math.max(1, s.faithful))}`);
  console.log('confusion (rows: label; columns: kinds flagged, "none" = no flag):');
  const cols = [...FLAG_KINDS, 'none'] as const;
  console.log('            ' + cols.map((c) => c.slice(0, 8).padStart(9)).join(''));
  for (const l of LABELS) console.log(l.padEnd(12) + cols.map((c) => String(s.confusion[l][c]).padStart(9)).join(''));
}

function run(cases: readonly FidelityCase[], matcher: WordMatcher, decision?: DecisionModel): FidelityResult[] {
  return cases.map((c) => checkQuote({ german: c.german, russian: c.russian }, { matcher, decision }));
}

// The matcher the app and the CLI use (built-in list + shipped base lexicon, Snowball stems),
// and for comparison the engine's own defaults. The base lexicon is read as the app reads it:
// its compiled form from the build (dist/resources), the TSV when there is none.
const lexFile = path.join(root, 'electron', 'resources', 'lexicon', 'de-ru.tsv');
const compiledFile = path.join(root, 'dist', 'resources', 'lexicon', 'de-ru.lexc');
const dev = loadSplit(root, 'dev');
const held = loadSplit(root, 'held');
const hundred = [...dev, ...held].slice(0, 100);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Cold figures first, before anything warms the word caches or the JIT: the base lexicon is
// read, the matchers are built on first use, then 100 distinct quotations are checked once.
// Reading the test set above makes V8 optimise its loader on a background thread; that CPU
// is the bench's, not the engine's, so it is let finish before the clock starts.
await new Promise((resolve) => setTimeout(resolve, 200));
const rss0 = process.memoryUsage().rss;
const cpu0 = cpuMs();
let t0 = performance.now();
const base = existsSync(compiledFile)
  ? BilingualLexicon.fromCompiled(readFileSync(compiledFile))
  : existsSync(lexFile)
    ? BilingualLexicon.fromText(readFileSync(lexFile, 'utf8'))
    : null;
const lexMs = performance.now() - t0;
const lexCpu = cpuMs() - cpu0;
// The wall clock runs on from here: building the matchers is part of the cold figure.
t0 = performance.now();
const configs: Array<[string, WordMatcher]> = [
  ['app: built-in list + base lexicon, Snowball stems', appMatcher(base)],
  ['built-in list alone (the engine default), Snowball stems', builtinMatcher()],
];
const app = configs[0]![1];
let sink = 0;
for (const c of hundred) sink += checkQuote({ german: c.german, russian: c.russian }, { matcher: app }).flags.length;
const coldMs = performance.now() - t0;
const coldCpu = cpuMs() - cpu0;
const coldRssMb = (process.memoryUsage().rss - rss0) / 1e6;
const rssMb = process.memoryUsage().rss / 1e6;
console.log(
  base
    ? `base lexicon: ${base.size} stem pairs, read from ${existsSync(compiledFile) ? 'its compiled form' : 'the TSV (no build)'} in ${lexMs.toFixed(1)} ms (CPU ${lexCpu.toFixed(1)} ms)`
    : 'base lexicon not found: the app matcher is the built-in list',
);
const devResults = run(dev, app);
const devScore = score(dev, devResults);
console.log(`\n== ${configs[0]![0]}`);
report('dev', devScore);
const missesArg = argv.find((a) => a === '--misses' || a.startsWith('--misses='));
const missesBlock = missesArg?.startsWith('--misses=') ? missesArg.slice('--misses='.length) : null;
if (missesBlock !== null && !(HELD_BLOCKS as readonly string[]).includes(missesBlock))
  throw new Error(`--misses=${missesBlock}: no such held-back block (${HELD_BLOCKS.join(', ')})`);
function listMisses(cases: readonly FidelityCase[], results: readonly FidelityResult[], s: SetScore): void {
  for (const m of s.misses) {
    const i = cases.findIndex((x) => x.id === m.id);
    const c = cases[i]!;
    console.log(`  miss ${m.id} [${m.label}] predicted [${m.predicted.join(', ')}]: ${c.german} | ${c.russian}`);
    for (const f of results[i]!.flags) console.log(`      ${f.kind}/${f.reason}/${f.status} ${f.confidence} de[${f.german.map((w) => w.text).join(', ')}] ru[${f.russian.map((w) => w.text).join(', ')}]`);
  }
}
if (missesArg !== undefined && missesBlock === null) listMisses(dev, devResults, devScore);
// The held-back split as a whole, then its blocks: the older pairs and the fresh blocks, each
// written and committed before the engine was first run on it (test/fixtures/fidelity/README.md).
const heldBlocks = (m: WordMatcher, decision?: DecisionModel) => {
  const results = run(held, m, decision);
  report('held', score(held, results));
  for (const block of HELD_BLOCKS) {
    const p = held.map((c, i) => [c, results[i]!] as const).filter(([c]) => heldBlock(c) === block);
    if (p.length === 0) continue; // a block not written yet
    const blockScore = score(p.map(([c]) => c), p.map(([, r]) => r));
    report(`held, ${block} block`, blockScore);
    if (listBlock && block === missesBlock) listMisses(p.map(([c]) => c), p.map(([, r]) => r), blockScore);
  }
};
let listBlock = true; // the app matcher's misses only
heldBlocks(app);
listBlock = false;
for (const [name, m] of configs.slice(1)) {
  console.log(`\n== ${name}`);
  report('dev', score(dev, run(dev, m)));
  heldBlocks(m);
}
// The same matcher with the learned decision layer (shared/fidelity/decide.ts) deciding over the
// rules' every hint (bench/fidelity-learn.bench.ts fits it and scores it out of sample).
console.log('\n== app matcher + learned decision layer (decide-weights.ts)');
report('dev', score(dev, run(dev, app, DECISION_MODEL)));
heldBlocks(app, DECISION_MODEL);
if (argv.includes('--fit')) fitBalance(dev);

// Speed: 100 quotations, medians of repeated runs, against tokenising the same texts.
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const engine: number[] = [];
const engineCpu: number[] = [];
const baseTimes: number[] = [];
const layered: number[] = [];
for (let rep = 0; rep < 15; rep++) {
  let t = performance.now();
  for (const c of hundred) sink += tokenize(c.german).length + tokenize(c.russian).length;
  baseTimes.push(performance.now() - t);
  t = performance.now();
  const c0 = cpuMs();
  for (const c of hundred) sink += checkQuote({ german: c.german, russian: c.russian }, { matcher: app }).flags.length;
  engineCpu.push(cpuMs() - c0);
  engine.push(performance.now() - t);
  t = performance.now();
  for (const c of hundred) sink += checkQuote({ german: c.german, russian: c.russian }, { matcher: app, decision: DECISION_MODEL }).flags.length;
  layered.push(performance.now() - t);
}
const em = median(engine);
const ecpu = median(engineCpu);
const bm = median(baseTimes);
console.log(
  `\nspeed: 100 quotations flagged in ${em.toFixed(1)} ms warm (median of 15; CPU ${ecpu.toFixed(1)} ms); cold, the first 100 of the process including ` +
    `reading the base lexicon and building the matchers: ${(lexMs + coldMs).toFixed(1)} ms wall, ${coldCpu.toFixed(1)} ms CPU (target < 200 ms; ` +
    `cold/warm ${((lexMs + coldMs) / em).toFixed(1)}x); tokenising the same texts ${bm.toFixed(2)} ms, ratio ${(em / bm).toFixed(1)}x${sink > 0 ? '' : ' (no flags?)'}`,
);
console.log(`speed with the decision layer: 100 quotations in ${median(layered).toFixed(1)} ms warm (median of 15), ${(median(layered) / em).toFixed(2)}x the rules alone`);
console.log(`memory: resident ${rssMb.toFixed(0)} MB after the cold pass (+${coldRssMb.toFixed(1)} MB for lexicon, matchers and the 100 quotations)`);
const coldRounds = Number(process.env['FIDELITY_COLD_RUNS'] ?? 5);
if (coldRounds > 0 && existsSync(compiledFile)) await coldChildRuns(root, hundred, compiledFile, coldRounds, process.env['FIDELITY_BASE_REF'] || undefined);

// reporting-dev: the flags fired on the gold links (positives only), for reading.
const rep = path.resolve(root, '..', 'shared', 'corpora', 'reporting-dev');
if (existsSync(rep)) {
  let quotes = 0;
  let flagged = 0;
  let flaggedLayer = 0;
  const byKind: Record<string, number> = {};
  const show = argv.includes('--reporting');
  for (const dir of readdirSync(rep).sort()) {
    const gold = path.join(rep, dir, 'gold.json');
    if (!existsSync(gold)) continue;
    const de = readFileSync(path.join(rep, dir, 'de.txt'), 'utf8');
    const ru = readFileSync(path.join(rep, dir, 'ru.txt'), 'utf8');
    const g = JSON.parse(readFileSync(gold, 'utf8')) as { quotes: Array<{ id: string; target: [number, number]; source: [number, number] | null; kind: string }> };
    // gold offsets are Python code points; the texts here are BMP, so they equal UTF-16 offsets.
    for (const q of g.quotes) {
      if (!q.source || q.kind !== 'quotation') continue;
      quotes++;
      const german = de.slice(q.target[0], q.target[1]);
      const russian = ru.slice(q.source[0], q.source[1]);
      const para0 = ru.lastIndexOf('\n', q.source[0] - 1) + 1;
      const para1 = ru.indexOf('\n', q.source[1]);
      const sentence = ru.slice(para0, para1 < 0 ? ru.length : para1);
      const frame = reportingFrame(de, q.target[0], q.target[1]);
      const r = checkQuote({ german, russian, context: { sentence, spanStart: q.source[0] - para0 }, frame }, { matcher: app });
      const defects = r.flags.filter((f) => f.status === 'defect');
      if (defects.length) flagged++;
      const withLayer = checkQuote({ german, russian, context: { sentence, spanStart: q.source[0] - para0 }, frame }, { matcher: app, decision: DECISION_MODEL });
      if (withLayer.flags.some((f) => f.status === 'defect')) flaggedLayer++;
      for (const f of defects) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
      // Every flag with its case, quotation and words, so that reading them can be repeated;
      // --reporting adds the quotation and its source.
      if (r.flags.length && show) console.log(`  ${dir} ${q.id}: ${german} | ${russian}`);
      for (const f of r.flags)
        console.log(`  flag ${dir} ${q.id} ${f.kind}/${f.reason}/${f.status} ${f.confidence} de[${f.german.map((w) => w.text).join(', ')}] ru[${f.russian.map((w) => w.text).join(', ')}]`);
    }
  }
  console.log(`\nreporting-dev gold links (quotation kind): ${quotes} checked, ${flagged} with a defect flag; flags by kind ${JSON.stringify(byKind)} (read them with --reporting); with the decision layer ${flaggedLayer} with a defect flag`);
} else console.log('\nreporting-dev not found beside the checkout; skipped.');
