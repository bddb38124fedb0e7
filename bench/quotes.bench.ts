// Quote-alignment benchmark: builds the quote cases of ../shared/eval (seed 1), aligns every
// case in this one process, writes the contract JSON per case, scores it with score_quotes.py
// (--line-containment) and times a 30-quotation article against a 200-sentence original.
// Usage (from the repo root): node <bundle> [--cases DIR] [--sets a,b] [--misses] [--no-model]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignQuotes, DEFAULT_OPTIONS, type QuoteAlignOptions } from '../shared/align/quotes';
import { alignSentences } from '../shared/align/sentences';
import { AlignModel } from '../shared/align/similarity';
import { lineSegments } from '../shared/text/lines';
import { segment } from '../shared/text/segment';
import type { Segment } from '../shared/types';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const showMisses = argv.includes('--misses');
// As the CLI does, the sentence aligner's model and beads are built first and passed in;
// --no-model measures the quote aligner alone.
const withModel = !argv.includes('--no-model');
// --sentences: segment both sides into sentences (the CLI without --segmented) instead of lines.
const sentences = argv.includes('--sentences');
// --opt key=value overrides one aligner option (for exploring; the figures use the defaults).
const opts: QuoteAlignOptions = { ...DEFAULT_OPTIONS };
argv.forEach((a, i) => {
  if (a !== '--opt') return;
  const [k, v] = (argv[i + 1] ?? '').split('=');
  if (k && k in opts) (opts as unknown as Record<string, number>)[k] = Number(v);
});
const sharedDir = path.resolve(process.cwd(), '..', 'shared');
const evalDir = path.join(sharedDir, 'eval');
const corpora = path.join(sharedDir, 'corpora');
const sets = (flag('--sets') ?? 'newstest2012,flores200-dev,pud').split(',');
const work = path.join(tmpdir(), 'sverka-quotes-bench');
const casesDir = flag('--cases') ?? path.join(work, 'cases');
const predsDir = path.join(work, 'preds');

/** The sentence aligner's model and beads, as the CLI passes them (none if it fails). */
function sentenceAlignment(src: Segment[], tgt: Segment[]): { model?: AlignModel; beads?: ReturnType<typeof alignSentences> } {
  try {
    const model = AlignModel.fromPair(src, tgt);
    return { model, beads: alignSentences(src, tgt, { model }) };
  } catch (e) {
    console.log(`  (sentence aligner failed, quotes aligned without it: ${(e as Error).message})`);
    return {};
  }
}

if (!flag('--cases')) {
  rmSync(casesDir, { recursive: true, force: true });
  execFileSync('python3', [path.join(evalDir, 'make_quote_cases.py'), casesDir, ...sets.map((s) => path.join(corpora, s)), '--seed', '1'], {
    stdio: ['ignore', 'ignore', 'ignore'],
  });
}

const results: Record<string, unknown> = {};
for (const set of sets) {
  const dir = path.join(casesDir, set);
  if (!existsSync(dir)) continue;
  const outDir = path.join(predsDir, set);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let ms = 0;
  let n = 0;
  for (const c of readdirSync(dir).sort()) {
    const cdir = path.join(dir, c);
    if (!existsSync(path.join(cdir, 'gold.json'))) continue;
    const de = readFileSync(path.join(cdir, 'de.txt'), 'utf8');
    const ru = readFileSync(path.join(cdir, 'ru.txt'), 'utf8');
    const sourceSegments = sentences ? segment(ru, 'ru').segments : lineSegments(ru);
    const targetSegments = sentences ? segment(de, 'de').segments : lineSegments(de);
    const { model, beads } = withModel ? sentenceAlignment(sourceSegments, targetSegments) : {};
    const t0 = performance.now();
    const quotes = alignQuotes({ sourceText: ru, sourceSegments, targetText: de, targetSegments, model, beads }, opts);
    ms += performance.now() - t0;
    n++;
    writeFileSync(path.join(outDir, `${c}.json`), JSON.stringify({ quotes }));
  }
  const args = [path.join(evalDir, 'score_quotes.py'), '--cases', dir, '--preds', outDir, '--line-containment'];
  const res = JSON.parse(execFileSync('python3', [...args, '--json'], { encoding: 'utf8' })) as {
    accuracy_positives: number; positives: number; positives_correct: number;
    accuracy_negatives: number; negatives: number; negatives_correct: number;
    text_errors: string[]; misses: { case: string; id: number; positive: boolean; text: string; reason: string }[];
  };
  console.log(
    `quotes ${set}: positives ${res.positives_correct}/${res.positives} = ${res.accuracy_positives.toFixed(3)}, ` +
      `negatives ${res.negatives_correct}/${res.negatives} = ${res.accuracy_negatives.toFixed(3)}, ` +
      `${n} cases in ${ms.toFixed(0)} ms (${(ms / Math.max(1, n)).toFixed(2)} ms/case)`,
  );
  if (res.text_errors.length) console.log(`  text errors: ${res.text_errors.length}, e.g. ${res.text_errors[0]}`);
  if (showMisses) for (const m of res.misses) console.log(`  MISS ${m.case} #${m.id} [${m.positive ? 'pos' : 'neg'}] ${JSON.stringify(m.text.slice(0, 60))}: ${m.reason}`);
  results[set] = { positives: res.accuracy_positives, negatives: res.accuracy_negatives, cases: n, ms };
}

// Speed: a 30-quotation article against a 200-sentence original (newstest2012 lines).
{
  const ruLines = readFileSync(path.join(corpora, 'newstest2012', 'ru.txt'), 'utf8').split('\n');
  const deLines = readFileSync(path.join(corpora, 'newstest2012', 'de.txt'), 'utf8').split('\n');
  let from = 0;
  let best = { from: 0, count: 0 };
  for (from = 0; from + 200 <= ruLines.length; from += 50) {
    const count = deLines.slice(from, from + 200).filter((l) => /["„«»“]/.test(l)).length;
    if (count > best.count) best = { from, count };
  }
  const ru = ruLines.slice(best.from, best.from + 200).join('\n') + '\n';
  const picked = deLines.slice(best.from, best.from + 200).filter((l) => /[„«»“"]/.test(l));
  const article: string[] = [];
  let nq = 0;
  for (const l of picked) {
    if (nq >= 30) break;
    article.push(l);
    nq += Math.floor((l.match(/["„«»“”]/g) ?? []).length / 2);
  }
  const de = article.join('\n\n') + '\n';
  const input = { sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de) };
  for (let k = 0; k < 5; k++) alignQuotes(input);
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let k = 0; k < 30; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = alignQuotes(input).length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  // CPU time is printed beside wall time: on a busy machine wall time mostly measures the queue.
  console.log(
    `quotes speed: ${found} quotations x 200 Russian sentences: wall median ${median(times).toFixed(1)} ms ` +
      `(max ${Math.max(...times).toFixed(1)}), CPU median ${median(cpu).toFixed(1)} ms (target < 100 ms)`,
  );
  results.speed = { quotations: found, ruSentences: 200, wallMedianMs: median(times), cpuMedianMs: median(cpu) };
}

// A full translation (the whole newstest2012 set as one document, beads from the sentence
// aligner as the CLI passes them): the quote step's own cost on top of sentence alignment.
{
  const ruAll = readFileSync(path.join(corpora, 'newstest2012', 'ru.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const deAll = readFileSync(path.join(corpora, 'newstest2012', 'de.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const ru = ruAll.join('\n\n') + '\n';
  const de = deAll.join('\n\n') + '\n';
  const sourceSegments = lineSegments(ru);
  const targetSegments = lineSegments(de);
  const { model, beads } = sentenceAlignment(sourceSegments, targetSegments);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const quotes = alignQuotes({ sourceText: ru, sourceSegments, targetText: de, targetSegments, model, beads });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  // Line-parallel: a quotation of German line i should come from Russian line i.
  const right = quotes.filter((q) => {
    const i = targetSegments.findIndex((t) => t.start <= q.target.start && q.target.start < t.end);
    const r = sourceSegments[i];
    return q.source !== null && r !== undefined && r.start <= q.source.start && q.source.end <= r.end;
  }).length;
  console.log(
    `quotes full translation: ${quotes.length} quotations, ${targetSegments.length} x ${sourceSegments.length} segments: ` +
      `${right} from the parallel line; quote step wall ${wall.toFixed(0)} ms, CPU ${((c.user + c.system) / 1000).toFixed(0)} ms`,
  );
  results.fullTranslation = { quotations: quotes.length, parallelLine: right, wallMs: wall };
}

mkdirSync(path.resolve(process.cwd(), 'bench-results'), { recursive: true });
writeFileSync(path.resolve(process.cwd(), 'bench-results', 'quotes.json'), JSON.stringify(results, null, 1));
