// Fits the decision model of the quotation search (shared/align/quotes/decide.ts) and tells how
// well it generalises: logistic regression over the features of each candidate span ("is this the
// source?"), the best candidate reported when its probability passes a threshold chosen on the
// training folds. Cross-validation is over cases (10 folds, every quotation of a case in one
// fold), on the development sets whose data may ship: reporting-dev and the article and quote
// cases of flores200-dev and pud (seed 1). newstest2012 cases (research use only) are never
// fitted on: they are scored with the model fitted on everything else, as a held-out check.
// Prints the cross-validated figures, the reliability of the cross-validated probabilities and
// the constants to paste into decide.ts.
// Environment: FIT_REPORTING_WEIGHT (default 3): weight of a reporting-dev quotation.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BilingualLexicon } from '../shared/align/dictionary/lexicon';
import { planAlignment } from '../shared/align/plan';
import { segment } from '../shared/text/segment';
import { DECISION_MODEL, FEATURES, gateAnswer, NF, type DecisionModel } from '../shared/align/quotes/decide';
import { corpora, goldFor, learnedFrom, lineSegments, makeCases, readCases, shippedLexicon, sourceOk, type Case } from './lib/quote-cases';
import { fitLogistic } from './lib/logistic';

const work = path.join(tmpdir(), `sverka-fit-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const { base } = shippedLexicon(path.resolve('electron', 'resources', 'lexicon', 'de-ru.tsv'));
const learned: Record<string, BilingualLexicon> = {
  'flores200-dev': learnedFrom(['pud']),
  pud: learnedFrom(['flores200-dev']),
  other: learnedFrom(['flores200-dev', 'pud']),
};
const SETS = ['newstest2012', 'flores200-dev', 'pud'];
makeCases('make_article_cases.py', path.join(work, 'article'), SETS, '1');
makeCases('make_quote_cases.py', path.join(work, 'quote'), SETS, '1');
const reportingWeight = Number(process.env['FIT_REPORTING_WEIGHT'] ?? 3);
const reportingDev = readCases('reporting-dev', path.join(corpora, 'reporting-dev'), false);
// reporting-dev is read both ways the command line may be run (--segmented lines, or sentences),
// so that the model does not depend on the segmentation; both count half.
const groups: { label: string; corpus: string; cases: Case[]; train: boolean; weight: number; sentences?: boolean }[] = [
  { label: 'reporting-dev', corpus: 'other', cases: reportingDev, train: true, weight: reportingWeight / 2 },
  { label: 'reporting-dev (sentences)', corpus: 'other', cases: reportingDev, train: true, weight: reportingWeight / 2, sentences: true },
  ...SETS.map((s) => ({ label: `article ${s}`, corpus: s, cases: readCases(s, path.join(work, 'article', s), true), train: s !== 'newstest2012', weight: 1 })),
  ...SETS.map((s) => ({ label: `quote ${s}`, corpus: s, cases: readCases(s, path.join(work, 'quote', s), true), train: s !== 'newstest2012', weight: 1 })),
];

/** One quotation: its candidates' features and whether each is right; gold null or not. */
interface Item {
  group: string;
  caseId: string;
  positive: boolean;
  x: Float64Array[];
  y: boolean[];
  weight: number;
}

const items: Item[] = [];
for (const g of groups) {
  for (const c of g.cases) {
    const matches =
      planAlignment({
        sourceText: c.ru,
        sourceSegments: g.sentences ? segment(c.ru, 'ru').segments : lineSegments(c.ru),
        targetText: c.de,
        targetSegments: g.sentences ? segment(c.de, 'de').segments : lineSegments(c.de),
        lexicons: [base, learned[g.corpus] ?? (learned['other'] as BilingualLexicon)],
        candidates: 5,
      }).matches ?? [];
    for (const m of matches) {
      const gold = goldFor(c.gold, [m.quote.start, m.quote.end]);
      if (!gold) continue;
      items.push({
        group: g.label,
        caseId: `${g.corpus}/${c.set}/${c.name}`,
        positive: gold.source !== null,
        x: m.vectors,
        y: m.candidates.map((k) => sourceOk(gold, [k.source.start, k.source.end], c.lineContainment)),
        weight: g.weight,
      });
    }
  }
}

function fit(train: readonly Item[]): DecisionModel {
  const X: Float64Array[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const it of train) {
    it.x.forEach((f, k) => {
      X.push(f);
      y.push(it.y[k] ? 1 : 0);
      w.push(it.weight);
    });
  }
  const { weights, bias } = fitLogistic(X, y, w, 1);
  const model = { weights, bias, threshold: 0.5 };
  // The threshold that makes the most right decisions on the training quotations.
  let best = { t: 0.5, acc: -1 };
  for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.025) {
    let right = 0;
    let all = 0;
    for (const it of train) {
      const r = decide(it, { ...model, threshold: t });
      right += it.weight * (r.right ? 1 : 0);
      all += it.weight;
    }
    if (right / all > best.acc) best = { t, acc: right / all };
  }
  return fitGate(train, { ...model, threshold: Math.round(best.t * 1000) / 1000 });
}

function prob(f: Float64Array, m: DecisionModel): number {
  let z = m.bias;
  for (let k = 0; k < NF; k++) z += (m.weights[k] ?? 0) * (f[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The model's answer for one quotation: right or not, the raw score it reports, whether a source. */
function decide(it: Item, m: DecisionModel): { right: boolean; p: number; top3: boolean; found: boolean } {
  const g = gateAnswerOf(it, m);
  if (g) return g;
  const ps = it.x.map((f) => prob(f, m));
  const order = ps.map((p, k) => k).sort((a, b) => (ps[b] ?? 0) - (ps[a] ?? 0));
  const k = order[0];
  const p = k === undefined ? 0 : (ps[k] ?? 0);
  const found = k !== undefined && p >= m.threshold;
  const right = it.positive ? found && (it.y[k as number] ?? false) : !found;
  const top3 = it.positive && order.slice(0, 3).some((j) => it.y[j]);
  return { right, p: found ? p : 1 - p, top3, found };
}

/** The gate's answer (shared/align/quotes/decide.ts) scored against the gold. */
function gateAnswerOf(it: Item, m: DecisionModel): { right: boolean; p: number; top3: boolean; found: boolean } | null {
  const g = gateAnswer(it.x, m);
  if (!g) return null;
  const top3 = it.positive && it.y.slice(0, 3).some(Boolean);
  if (g.index < 0) return { right: !it.positive, p: 1 - g.p, top3, found: false };
  return { right: it.positive && (it.y[g.index] ?? false), p: g.p, top3, found: true };
}

/** The gate that makes the most right decisions on the training quotations, on top of a fitted model. */
function fitGate(train: readonly Item[], model: DecisionModel): DecisionModel {
  let best = { m: model, acc: -1 };
  for (const agreement of [0, 0.3, 0.35, 0.4, 1.1]) {
    for (const context of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.1]) {
      for (const score of [0.7, 0.8, 0.9, 0.95, 0.98]) {
        const m = { ...model, gate: { agreement, context, score } };
        let right = 0;
        let all = 0;
        for (const it of train) {
          right += it.weight * (decide(it, m).right ? 1 : 0);
          all += it.weight;
        }
        if (right / all > best.acc + 1e-9) best = { m, acc: right / all };
      }
    }
  }
  return best.m;
}

const train = items.filter((it) => groups.find((g) => g.label === it.group)?.train);
const caseIds = [...new Set(train.map((it) => it.caseId))];
// Folds by case, interleaved so each fold holds cases of every set.
const foldOf = new Map(caseIds.map((id, k) => [id, k % 10]));
const cv: { item: Item; right: boolean; p: number; top3: boolean; found: boolean }[] = [];
for (let fold = 0; fold < 10; fold++) {
  const m = fit(train.filter((it) => foldOf.get(it.caseId) !== fold));
  for (const it of train.filter((x) => foldOf.get(x.caseId) === fold)) cv.push({ item: it, ...decide(it, m) });
}
// Platt scaling of the reported score, on the cross-validated answers of the training cases.
function platt(xs: readonly { p: number; right: boolean }[]): [number, number] {
  const X = xs.map((r) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, r.p));
    return Float64Array.of(Math.log(p / (1 - p)));
  });
  const f = fitLogistic(X, xs.map((r) => (r.right ? 1 : 0)), xs.map(() => 1), 0.01);
  return [Math.round((f.weights[0] ?? 1) * 1000) / 1000, Math.round(f.bias * 1000) / 1000];
}
const calibration = { found: platt(cv.filter((r) => r.found)), none: platt(cv.filter((r) => !r.found)) };
const final = { ...fit(train), calibration };
for (const it of items.filter((x) => !groups.find((g) => g.label === x.group)?.train)) cv.push({ item: it, ...decide(it, final) });

console.log('decision model: logistic regression over candidate features, 10-fold cross-validation over cases');
console.log('(newstest2012 rows: held out, scored with the model fitted on all training cases; figures from the search alone, in process)');
console.log('| set | positives | negatives | overall | top-3 |');
console.log('|---|---|---|---|---|');
for (const g of groups) {
  const rs = cv.filter((r) => r.item.group === g.label);
  if (!rs.length) continue;
  const pos = rs.filter((r) => r.item.positive);
  const neg = rs.filter((r) => !r.item.positive);
  const f = (xs: typeof rs, pick: (r: (typeof rs)[number]) => boolean): string => (xs.length ? (xs.filter(pick).length / xs.length).toFixed(3) : '-');
  console.log(`| ${g.label}${g.train ? '' : ' (held out)'} | ${f(pos, (r) => r.right)} | ${f(neg, (r) => r.right)} | ${f(rs, (r) => r.right)} | ${f(pos, (r) => r.top3)} |`);
}
console.log('\nreliability of the cross-validated scores (raw, before the Platt scaling fitted on them):');
for (const [lo, hi] of [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.01]] as const) {
  const bin = cv.filter((r) => r.p >= lo && r.p < hi);
  if (bin.length) console.log(`  ${lo.toFixed(1)}-${Math.min(1, hi).toFixed(1)}: ${bin.length} quotations, mean score ${(bin.reduce((a, r) => a + r.p, 0) / bin.length).toFixed(3)}, right ${(bin.filter((r) => r.right).length / bin.length).toFixed(3)}`);
}
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
console.log('\nfitted on all training cases (paste into DECISION_MODEL in shared/align/quotes/decide.ts):');
console.log(`  weights: [${final.weights.map(r3).join(', ')}],`);
console.log(`  bias: ${r3(final.bias)},`);
console.log(`  threshold: ${final.threshold},`);
console.log(`  gate: ${JSON.stringify(final.gate)},`);
console.log(`  calibration: ${JSON.stringify(final.calibration)},`);
console.log(`  (${FEATURES.join(', ')})`);
console.log(`shipped model for comparison: threshold ${DECISION_MODEL.threshold}, bias ${DECISION_MODEL.bias}`);
