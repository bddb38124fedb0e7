// The learning curve of the learned lexicon (issue 11): on reporting-dev, case N is aligned
// after the gold links of the cases before it were confirmed through the learned-lexicon code
// (taughtPairs + LearnedCounts, what the workbench runs on every confirmation). Printed per
// position: accuracy of case N with and without the pairs learned so far, averaged over the
// sorted order and LEARNING_ORDERS - 1 seeded shuffles (default 5 orders in all).
//
// Environment: LEARNING_ORDERS, LEARNING_SET (a folder under ../shared/corpora, default reporting-dev).
import path from 'node:path';
import { LearnedCounts } from '../shared/align/dictionary/confirmed';
import type { BilingualLexicon } from '../shared/align/dictionary/lexicon';
import { planAlignment } from '../shared/align/plan';
import { confirmGold } from './lib/confirmed';
import { lineSegments } from '../shared/text/lines';
import { corpora, emptyTally, learnedFrom, readCases, scoreCase, shippedLexicon, type Case, type Tally } from './lib/quote-cases';

const setName = process.env['LEARNING_SET'] ?? 'reporting-dev';
const orders = Math.max(1, Number(process.env['LEARNING_ORDERS'] ?? 5));
const cases = readCases(setName, path.join(corpora, setName), false);
if (!cases.length) {
  console.log(`no cases in ${path.join(corpora, setName)}: nothing to measure`);
  process.exit(0);
}
const { base } = shippedLexicon(path.resolve('electron', 'resources', 'lexicon', 'de-ru.tsv'));
const corpus = learnedFrom(['flores200-dev', 'pud']);
const fixed: BilingualLexicon[] = [base, corpus];

function run(c: Case, lexicons: readonly BilingualLexicon[], t: Tally): void {
  const quotes = planAlignment({ sourceText: c.ru, sourceSegments: lineSegments(c.ru), targetText: c.de, targetSegments: lineSegments(c.de), lexicons }).quotes;
  scoreCase(c, quotes, t);
}

// Without learning each case's figure does not depend on the order: computed once.
const alone = new Map<string, Tally>();
for (const c of cases) {
  const t = emptyTally();
  run(c, fixed, t);
  alone.set(c.name, t);
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const byPos = cases.map(() => ({ without: emptyTally(), with: emptyTally(), pairs: 0 }));
for (let o = 0; o < orders; o++) {
  const order = o === 0 ? cases : shuffled(cases, o);
  const counts = new LearnedCounts();
  order.forEach((c, n) => {
    const slot = byPos[n] as (typeof byPos)[number];
    run(c, [...fixed, counts.lexicon()], slot.with);
    const a = alone.get(c.name) as Tally;
    for (const k of Object.keys(a) as (keyof Tally)[]) slot.without[k] += a[k];
    slot.pairs += counts.rows().filter((r) => r.count >= 1).length;
    confirmGold(c, counts, fixed);
  });
}

const acc = (t: Tally): number => (t.posOk + t.negOk) / Math.max(1, t.pos + t.neg);
const pos = (t: Tally): number => t.posOk / Math.max(1, t.pos);
console.log(`learning curve on ${setName} (${cases.length} cases, ${orders} orders; lexicon = base + corpus-learned + pairs learned from confirmed gold links of the cases before):`);
console.log('| case N | learned pairs before N | overall without | overall with | positives without | positives with |');
console.log('|---|---|---|---|---|---|');
byPos.forEach((s, n) =>
  console.log(`| ${n + 1} | ${(s.pairs / orders).toFixed(0)} | ${acc(s.without).toFixed(3)} | ${acc(s.with).toFixed(3)} | ${pos(s.without).toFixed(3)} | ${pos(s.with).toFixed(3)} |`),
);
const sum = (pick: (s: (typeof byPos)[number]) => Tally): Tally => {
  const t = emptyTally();
  for (const s of byPos.slice(1)) for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += pick(s)[k];
  return t;
};
const w0 = sum((s) => s.without);
const w1 = sum((s) => s.with);
console.log(`\ncases 2..${cases.length}: overall ${acc(w0).toFixed(3)} -> ${acc(w1).toFixed(3)}, positives ${pos(w0).toFixed(3)} -> ${pos(w1).toFixed(3)}, negatives ${(w0.negOk / Math.max(1, w0.neg)).toFixed(3)} -> ${(w1.negOk / Math.max(1, w1.neg)).toFixed(3)}`);
