// Quote-fidelity decision layer: fitted and scored by leave-one-block-out on the rules' FIRST
// outputs on the fresh held-back blocks 1-27 (the engine as it was when each block was committed,
// before any rule was written from it; `node scripts/fidelity-first-runs.mjs` writes them to
// dist/fidelity-first-runs/). The rules alone are scored the same way (their first scores).
// Then the model fitted on all the blocks is applied to the current engine on dev and the
// held-back split, beside the rules alone.
// Usage: npm run bench -- fidelity-learn; node dist/bench/fidelity-learn.bench.mjs --write
//   --cv-only  stops after the leave-one-block-out figures
//   --upto=N  fits on fresh-1 ... fresh-N only (the later blocks decided by that model: the layer before their refit)
//   --mode=MODE  the mode (decide, filter) fitted for the figures on the current engine and --write (default filter)
//   --write  writes the model fitted on all the blocks to shared/fidelity/decide-weights.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BilingualLexicon } from '../shared/align/dictionary/lexicon';
import { appMatcher, checkQuote, DECISION_FEATURES, decisionFeatures, FLAG_KINDS, type DecisionMode, type DecisionModel, type FidelityResult, type FlagKind } from '../shared/fidelity';
import { HELD_BLOCKS, heldBlock, LABELS, loadSplit, score, type FidelityCase, type SetScore } from '../test/support/fidelity-set';
import { decide, fitModel, INNER_FOLDS, LAMBDAS, type Example } from './fidelity-learn';

const root = process.cwd();
const argv = process.argv.slice(2);
const ALL_BLOCKS = Array.from({ length: 27 }, (_, i) => `fresh-${i + 1}`);
// --upto=N fits on (and cross-validates over) fresh-1 ... fresh-N only, as the layer was fitted before the
// first outputs of the later blocks were added; the later blocks are then decided by the model fitted on
// all N (what that layer did on them, unseen).
const upto = Number(argv.find((a) => a.startsWith('--upto='))?.slice('--upto='.length) ?? ALL_BLOCKS.length);
const BLOCKS = ALL_BLOCKS.slice(0, upto);
const LATER = ALL_BLOCKS.slice(upto);
const runs = path.join(root, 'dist', 'fidelity-first-runs');
if (!ALL_BLOCKS.every((b) => existsSync(path.join(runs, `${b}.json`)))) {
  console.log('dist/fidelity-first-runs/ is missing: run `node scripts/fidelity-first-runs.mjs` first (needs the git history). Skipped.');
  process.exit(0);
}
const compiledFile = path.join(root, 'dist', 'resources', 'lexicon', 'de-ru.lexc');
const lexFile = path.join(root, 'electron', 'resources', 'lexicon', 'de-ru.tsv');
const base = existsSync(compiledFile) ? BilingualLexicon.fromCompiled(readFileSync(compiledFile)) : existsSync(lexFile) ? BilingualLexicon.fromText(readFileSync(lexFile, 'utf8')) : null;
const matcher = appMatcher(base);
const dev = loadSplit(root, 'dev');
const held = loadSplit(root, 'held');
const byId = new Map(held.map((c) => [c.id, c]));

const everyExample: Example[] = [];
for (const block of ALL_BLOCKS) {
  const rows = JSON.parse(readFileSync(path.join(runs, `${block}.json`), 'utf8')) as Array<{ id: string; all: FidelityResult; rulesKinds: FlagKind[] }>;
  for (const r of rows) {
    const c = byId.get(r.id)!;
    everyExample.push({ block, id: r.id, label: c.label, f: decisionFeatures({ german: c.german, russian: c.russian }, r.all, matcher), rules: r.rulesKinds });
  }
}

const examples = everyExample.filter((e) => BLOCKS.includes(e.block));
const laterExamples = everyExample.filter((e) => LATER.includes(e.block));

interface Tally {
  tp: Record<FlagKind, number>;
  fp: Record<FlagKind, number>;
  fn: Record<FlagKind, number>;
  faithful: number;
  flagged: number;
  confusion: Record<string, Record<string, number>>;
}
function tally(items: ReadonlyArray<{ label: string; kinds: readonly FlagKind[] }>): Tally {
  const zero = () => Object.fromEntries(FLAG_KINDS.map((k) => [k, 0])) as Record<FlagKind, number>;
  const t: Tally = { tp: zero(), fp: zero(), fn: zero(), faithful: 0, flagged: 0, confusion: Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries([...FLAG_KINDS, 'none'].map((k) => [k, 0]))])) };
  for (const { label, kinds } of items) {
    if (label === 'faithful') {
      t.faithful++;
      if (kinds.length) t.flagged++;
    }
    if (!kinds.length) t.confusion[label]!.none!++;
    for (const k of kinds) t.confusion[label]![k]!++;
    for (const k of FLAG_KINDS) {
      if (label === k && kinds.includes(k)) t.tp[k]++;
      else if (label === k) t.fn[k]++;
      else if (kinds.includes(k)) t.fp[k]++;
    }
  }
  return t;
}
const f2 = (x: number) => x.toFixed(2);
function printTally(title: string, t: Tally): void {
  console.log(`\n${title}`);
  console.log('kind        precision  recall  (tp/fp/fn)');
  for (const k of FLAG_KINDS) {
    const p = t.tp[k] + t.fp[k] ? t.tp[k] / (t.tp[k] + t.fp[k]) : 1;
    const r = t.tp[k] + t.fn[k] ? t.tp[k] / (t.tp[k] + t.fn[k]) : 1;
    console.log(`${k.padEnd(10)}  ${f2(p).padStart(9)}  ${f2(r).padStart(6)}  (${t.tp[k]}/${t.fp[k]}/${t.fn[k]})`);
  }
  console.log(`faithful pairs flagged at all: ${t.flagged}/${t.faithful} = ${f2(t.flagged / Math.max(1, t.faithful))}`);
  const cols = [...FLAG_KINDS, 'none'];
  console.log('confusion (rows: label; columns: kinds flagged):');
  console.log('            ' + cols.map((c) => c.slice(0, 8).padStart(9)).join(''));
  for (const l of LABELS) console.log(l.padEnd(12) + cols.map((c) => String(t.confusion[l]![c]).padStart(9)).join(''));
}

// Leave one block out: the model (lambda and thresholds chosen by blocks inside the others) is
// fitted on all blocks but one and decides that one; in both modes (decide.ts DecisionMode).
const MODES: DecisionMode[] = ['decide', 'filter'];
const predicted = new Map<DecisionMode, Map<string, FlagKind[]>>(MODES.map((m) => [m, new Map()]));
const chosen: string[] = [];
for (const mode of MODES)
  for (const b of BLOCKS) {
    const model = fitModel(examples.filter((e) => e.block !== b), mode);
    chosen.push(`${mode} ${b}: ${FLAG_KINDS.map((k) => `${k} λ${model[k].lambda} t${model[k].threshold}`).join(', ')}`);
    for (const e of examples.filter((x) => x.block === b)) predicted.get(mode)!.set(e.id, decide(model, e, mode));
  }
if (LATER.length) {
  const m = fitModel(examples, 'filter');
  for (const e of laterExamples) predicted.get('filter')!.set(e.id, decide(m, e, 'filter'));
  const md = fitModel(examples, 'decide');
  for (const e of laterExamples) predicted.get('decide')!.set(e.id, decide(md, e, 'decide'));
}
console.log(`decision layer: ${DECISION_FEATURES.length} shared features and per kind the words of its candidates, ${examples.length} pairs in ${BLOCKS.length} blocks (the rules' first outputs on fresh-1 ... ${BLOCKS.at(-1)}); lambda from ${LAMBDAS.join('/')}, threshold by F1, both over ${INNER_FOLDS} folds of the training blocks`);
const late = (e: Example) => BLOCKS.indexOf(e.block) >= 11;
const rulesOf = (xs: Example[]) => tally(xs.map((e) => ({ label: e.label, kinds: e.rules })));
const layerOf = (xs: Example[], mode: DecisionMode) => tally(xs.map((e) => ({ label: e.label, kinds: predicted.get(mode)!.get(e.id)! })));
printTally(`leave-one-block-out, rules alone (their first scores, pooled over fresh-1 ... ${BLOCKS.at(-1)})`, rulesOf(examples));
for (const mode of MODES) printTally(`leave-one-block-out, decision layer, mode ${mode} (pooled over fresh-1 ... ${BLOCKS.at(-1)})`, layerOf(examples, mode));
printTally(`leave-one-block-out, rules alone (first scores, fresh-12 ... ${BLOCKS.at(-1)})`, rulesOf(examples.filter(late)));
for (const mode of MODES) printTally(`leave-one-block-out, decision layer, mode ${mode} (fresh-12 ... ${BLOCKS.at(-1)})`, layerOf(examples.filter(late), mode));
console.log(`\nper block (faithful flagged; micro precision/recall over all kinds): rules -> ${MODES.join(' -> ')}`);
for (const b of BLOCKS) {
  const bx = examples.filter((e) => e.block === b);
  const line = (t: Tally) => {
    const tp = FLAG_KINDS.reduce((s, k) => s + t.tp[k], 0);
    const fp = FLAG_KINDS.reduce((s, k) => s + t.fp[k], 0);
    const fn = FLAG_KINDS.reduce((s, k) => s + t.fn[k], 0);
    return `${t.flagged}/${t.faithful} ${f2(tp / Math.max(1, tp + fp))}/${f2(tp / Math.max(1, tp + fn))}`;
  };
  console.log(`  ${b.padEnd(9)} ${[rulesOf(bx), ...MODES.map((m) => layerOf(bx, m))].map(line).join(' -> ')}`);
}
// Blocks 24 on, one by one (held out of the fit; with --upto, decided by the model of the earlier blocks).
for (const b of ALL_BLOCKS.slice(23)) {
  const bx = everyExample.filter((e) => e.block === b);
  printTally(`${b}, rules alone (first score)`, rulesOf(bx));
  printTally(`${b}, decision layer, mode filter (${BLOCKS.includes(b) ? 'left out of the fit' : `fitted on fresh-1 ... fresh-${upto}`})`, layerOf(bx, 'filter'));
}
// --list=KIND: the pairs of the training blocks where the cross-validated layer (mode decide) and the label disagree on KIND.
const listKind = argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
if (listKind)
  for (const e of examples) {
    const got = predicted.get('decide')!.get(e.id)!.includes(listKind as FlagKind);
    if (got === (e.label === listKind)) continue;
    const c = byId.get(e.id)!;
    console.log(`  ${got ? 'false alarm' : 'missed'} ${e.id} [${e.label}] words ${JSON.stringify(e.f.words[listKind as FlagKind])}: ${c.german} | ${c.russian}`);
  }
if (argv.includes('--chosen')) for (const c of chosen) console.log(`  chosen ${c}`);
if (argv.includes('--cv-only')) process.exit(0);

// The model fitted on all the blocks, on the current engine.
const mode = (argv.find((a) => a.startsWith('--mode='))?.slice('--mode='.length) ?? 'filter') as DecisionMode;
if (!MODES.includes(mode)) throw new Error(`--mode=${mode}: one of ${MODES.join(', ')}`);
const full = fitModel(examples, mode);
const model: DecisionModel = { mode, features: DECISION_FEATURES, kinds: Object.fromEntries(FLAG_KINDS.map((k) => [k, { mean: full[k].mean, scale: full[k].scale, weights: full[k].weights, bias: full[k].bias, threshold: full[k].threshold, vocab: full[k].vocab }])) as DecisionModel['kinds'] };
console.log(`\nfitted on all the blocks, mode ${mode}: ${FLAG_KINDS.map((k) => `${k} λ${full[k].lambda} t${full[k].threshold}`).join(', ')}`);
if (argv.includes('--write')) {
  const file = path.join(root, 'shared', 'fidelity', 'decide-weights.ts');
  writeFileSync(
    file,
    `// Written by bench/fidelity-learn.bench.ts --write (the decision layer fitted on the rules' first outputs on\n// the fresh held-back blocks 1-${BLOCKS.length}, mode and fit as the bench prints them): do not edit.\nimport type { DecisionModel } from './decide';\n\nexport const DECISION_MODEL: DecisionModel = ${JSON.stringify(model)};\n`,
  );
  console.log(`written: ${path.relative(root, file)}`);
}
function report(title: string, cases: readonly FidelityCase[], results: readonly FidelityResult[]): SetScore {
  const s = score(cases, results);
  printTally(title, { tp: mapKinds(s, 'tp'), fp: mapKinds(s, 'fp'), fn: mapKinds(s, 'fn'), faithful: s.faithful, flagged: s.faithfulFlagged, confusion: s.confusion });
  return s;
}
function mapKinds(s: SetScore, f: 'tp' | 'fp' | 'fn'): Record<FlagKind, number> {
  return Object.fromEntries(FLAG_KINDS.map((k) => [k, s.byKind[k][f]])) as Record<FlagKind, number>;
}
const run = (cases: readonly FidelityCase[], withLayer: boolean) => cases.map((c) => checkQuote({ german: c.german, russian: c.russian }, withLayer ? { matcher, decision: model } : { matcher }));
report('current engine, dev split, rules alone', dev, run(dev, false));
report('current engine, dev split, with the decision layer', dev, run(dev, true));
const heldRules = run(held, false);
const heldLayer = run(held, true);
for (const block of HELD_BLOCKS.filter((b) => b === 'fresh-27' || argv.includes('--all-blocks'))) {
  const idx = held.map((c, i) => [c, i] as const).filter(([c]) => heldBlock(c) === block).map(([, i]) => i);
  if (!idx.length) continue;
  report(`current engine, held ${block} block, rules alone`, idx.map((i) => held[i]!), idx.map((i) => heldRules[i]!));
  report(`current engine, held ${block} block, with the decision layer`, idx.map((i) => held[i]!), idx.map((i) => heldLayer[i]!));
}
report('current engine, whole held split, rules alone', held, heldRules);
report('current engine, whole held split, with the decision layer', held, heldLayer);
