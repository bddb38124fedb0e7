// The selection test of the planner (shared/align/selection.ts) on development data that may
// ship: longer documents made by joining consecutive documents of FLORES-200 dev and PUD, from
// which make_quote_cases.py builds German texts of translated passages in order (selections)
// and make_article_cases.py reports (several seeds: other passages and interlopers of the same
// documents); with reporting-dev read as sentences (its op-eds and longer reports). The
// thresholds are chosen by cross-validation over these cases, leaving out the cases of one
// document at a time: each fold picks the grid point that answers most quotations right on the
// other documents' cases.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planAlignment } from '../../shared/align/plan';
import type { QuoteAlignment } from '../../shared/align/quotes/index';
import type { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import { readsAsSelection, type OrderReading, type SelectionTest } from '../../shared/align/selection';
import type { Segment } from '../../shared/types';
import { emptyTally, scoreCase, type Case } from './quote-cases';

/** German lines with a quotation mark per joined document: enough for a selection of 15 and more lines. */
const QUOTE_LINES_PER_DOC = 10;

/**
 * Writes a copy of line-parallel set `setDir` (outside the repository) whose documents are runs
 * of consecutive documents holding at least QUOTE_LINES_PER_DOC German lines with quotation
 * marks each; returns the copy's folder (named `<set>-joined`).
 */
export function joinedSet(setDir: string, outRoot: string): string {
  const out = path.join(outRoot, `${path.basename(setDir)}-joined`);
  mkdirSync(out, { recursive: true });
  const de = readFileSync(path.join(setDir, 'de.txt'), 'utf8');
  writeFileSync(path.join(out, 'de.txt'), de);
  writeFileSync(path.join(out, 'ru.txt'), readFileSync(path.join(setDir, 'ru.txt'), 'utf8'));
  const deLines = de.split('\n');
  const rows = readFileSync(path.join(setDir, 'docs.tsv'), 'utf8').split('\n');
  const header = rows[0] ?? '';
  const col = header.split('\t').indexOf('docid');
  const body = rows.slice(1).filter((r) => r.length > 0);
  let group = 0;
  let quoted = 0;
  let prev = '';
  const outRows = [header];
  body.forEach((r, i) => {
    const cells = r.split('\t');
    const doc = cells[col] ?? '';
    if (doc !== prev && prev !== '' && quoted >= QUOTE_LINES_PER_DOC) {
      group++;
      quoted = 0;
    }
    prev = doc;
    if (/[„“”"«»]/.test(deLines[i] ?? '')) quoted++;
    cells[col] = `joined-${String(group).padStart(3, '0')}`;
    outRows.push(cells.join('\t'));
  });
  writeFileSync(path.join(out, 'docs.tsv'), `${outRows.join('\n')}\n`);
  return out;
}

/** One development case read by the selection test: its reading and the quotations right under each plan. */
export interface SelectionCase {
  label: string;
  name: string;
  /** Cases of one group (the same documents, other seeds) are left out together. */
  group: string;
  order: OrderReading;
  /** Quotations right when the case is read as a report (order-free search) / as a selection (sentence beads first). */
  report: number;
  selection: number;
  quotations: number;
  /** Quotations where the selection's beads say "no source" (even odds or more): that score, and the change in right answers if it were the answer. */
  beadNulls: { score: number; delta: number }[];
}

const NEVER: SelectionTest = { rendered: 2, inOrder: 2, distinct: 2, beadNull: 2 };
const ALWAYS: SelectionTest = { rendered: 0, inOrder: 0, distinct: 0, beadNull: 2 };

/** Runs `c` under both plans (cases too short for the test are left out: undefined). */
export function readCase(label: string, group: string, c: Case, seg: (text: string, lang: string) => Segment[], lexicons: readonly BilingualLexicon[]): SelectionCase | undefined {
  const run = (selectionTest: SelectionTest): { quotes: QuoteAlignment[]; order: OrderReading | undefined; priors: QuoteAlignment[] } => {
    const r = planAlignment({ sourceText: c.ru, sourceSegments: seg(c.ru, 'ru'), targetText: c.de, targetSegments: seg(c.de, 'de'), lexicons, selectionTest });
    return { quotes: r.quotes, order: r.order, priors: r.priors ?? [] };
  };
  const right = (quotes: QuoteAlignment[]): number => {
    const t = emptyTally();
    scoreCase(c, quotes, t);
    return t.posOk + t.negOk;
  };
  const report = run(NEVER);
  if (!report.order) return undefined;
  const selection = run(ALWAYS);
  const base = right(selection.quotes);
  const beadNulls: { score: number; delta: number }[] = [];
  selection.quotes.forEach((q, k) => {
    const bead = selection.priors.find((p) => p.target.start === q.target.start && p.target.end === q.target.end);
    if (!bead || bead.source || bead.score < 0.5 || !q.source) return;
    const asNull = selection.quotes.map((x, j) => (j === k ? { ...x, source: null } : x));
    beadNulls.push({ score: bead.score, delta: right(asNull) - base });
  });
  return { label, name: c.name, group, order: report.order, report: right(report.quotes), selection: base, quotations: c.gold.length, beadNulls };
}

const grid = (from: number, to: number, step: number): number[] => {
  const xs: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) xs.push(Math.round(x * 1000) / 1000);
  return xs;
};
const GRID: SelectionTest[] = grid(0.2, 0.8, 0.05).flatMap((rendered) =>
  grid(0.5, 1, 0.05).flatMap((inOrder) =>
    grid(0.5, 1, 0.025).flatMap((distinct) => [...grid(0.5, 1, 0.05), 2].map((beadNull) => ({ rendered, inOrder, distinct, beadNull }))),
  ),
);

/** Quotations of `c` right under thresholds `t`. */
export const rightWith = (c: SelectionCase, t: SelectionTest): number =>
  readsAsSelection(c.order, t) ? c.selection + c.beadNulls.reduce((acc, b) => acc + (b.score >= t.beadNull ? b.delta : 0), 0) : c.report;

/**
 * The thresholds that answer most quotations right on `cases`; among equally good ones, the
 * strictest (highest in order, then distinct, then rendered; the middle bead-null threshold):
 * a report read as a selection loses more (reporting-dev read as sentences: 12 of 47
 * quotations) than a selection read as a report (3-9 of 63-136), and the development cases
 * leave a wide plateau between the two kinds.
 */
export function bestTest(cases: readonly SelectionCase[]): SelectionTest {
  let best = -1;
  let tied: SelectionTest[] = [];
  for (const t of GRID) {
    const v = cases.reduce((acc, c) => acc + rightWith(c, t), 0);
    if (v > best) {
      best = v;
      tied = [t];
    } else if (v === best) tied.push(t);
  }
  const strict = (x: SelectionTest, y: SelectionTest): number => y.inOrder - x.inOrder || y.distinct - x.distinct || y.rendered - x.rendered;
  tied.sort(strict);
  const top = tied.filter((t) => strict(t, tied[0] as SelectionTest) === 0);
  return top[Math.floor(top.length / 2)] as SelectionTest;
}

/** Leave-one-group-out: each case answered with the thresholds chosen on the other groups' cases. */
export function crossValidate(cases: readonly SelectionCase[]): { right: number; report: number; selection: number; quotations: number; folds: SelectionTest[] } {
  let rightCv = 0;
  const folds: SelectionTest[] = [];
  cases.forEach((c) => {
    const t = bestTest(cases.filter((o) => o.group !== c.group));
    folds.push(t);
    rightCv += rightWith(c, t);
  });
  const sum = (f: (c: SelectionCase) => number): number => cases.reduce((acc, c) => acc + f(c), 0);
  return { right: rightCv, report: sum((c) => c.report), selection: sum((c) => c.selection), quotations: sum((c) => c.quotations), folds };
}
