// Shared helpers of the quotation benchmarks: building the evaluation cases with the scripts
// in ../shared/eval, reading them, scoring predictions like score_quotes.py, and the lexicon
// configurations of the ablation (none / base / base + learned, learned across sets).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import { learnAssociations } from '../../shared/align/dictionary/learn';
import { parseLexicon } from '../../shared/align/dictionary/format';
import type { QuoteAlignment } from '../../shared/align/quotes/index';

export const sharedDir = path.resolve(process.cwd(), '..', 'shared');
export const evalDir = path.join(sharedDir, 'eval');
export const corpora = path.join(sharedDir, 'corpora');

export interface GoldQuote {
  id: number;
  target: [number, number];
  text: string;
  source: [number, number] | null;
  kind: string;
  source_granularity?: string;
  note?: string;
}

export interface Case {
  set: string;
  name: string;
  dir: string;
  de: string;
  ru: string;
  gold: GoldQuote[];
  /** Score with --line-containment (generated cases) or not (reporting-dev). */
  lineContainment: boolean;
}

/** Builds cases with one of the ../shared/eval generators into `out` (fresh); `sets` are names in ../shared/corpora or folders. */
export function makeCases(script: 'make_article_cases.py' | 'make_quote_cases.py', out: string, sets: readonly string[], seed: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync('python3', [path.join(evalDir, script), out, ...sets.map((s) => (path.isAbsolute(s) ? s : path.join(corpora, s))), '--seed', seed], {
    cwd: evalDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Every case directory (holding gold.json) under `root`, sorted. */
export function readCases(set: string, root: string, lineContainment: boolean): Case[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((c) => existsSync(path.join(root, c, 'gold.json')))
    .map((c) => {
      const dir = path.join(root, c);
      const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { quotes: GoldQuote[] };
      return {
        set,
        name: c,
        dir,
        de: readFileSync(path.join(dir, 'de.txt'), 'utf8'),
        ru: readFileSync(path.join(dir, 'ru.txt'), 'utf8'),
        gold: gold.quotes,
        lineContainment,
      };
    });
}

function iou(a: readonly [number, number], b: readonly [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = a[1] - a[0] + (b[1] - b[0]) - inter;
  return union > 0 ? inter / union : a[0] === b[0] && a[1] === b[1] ? 1 : 0;
}

/** Whether a predicted source span is right for a gold quotation (the rules of score_quotes.py). */
export function sourceOk(g: GoldQuote, span: readonly [number, number] | null, lineContainment: boolean): boolean {
  if (!g.source || !span) return false;
  if (iou(g.source, span) >= 0.5) return true;
  return lineContainment && g.source_granularity === 'line' && g.source[0] <= span[0] && span[1] <= g.source[1];
}

/** The gold quotation a predicted quotation answers (target IoU >= 0.5, best first), or undefined. */
export function goldFor(gold: readonly GoldQuote[], target: readonly [number, number]): GoldQuote | undefined {
  let best: GoldQuote | undefined;
  let bv = 0.5;
  for (const g of gold) {
    const v = iou(g.target, target);
    if (v >= bv) {
      best = g;
      bv = v;
    }
  }
  return best;
}

export interface Tally {
  pos: number;
  posOk: number;
  neg: number;
  negOk: number;
  top3: number;
  /** Sum over the quotations answered of the log of the score given to what happened (log loss, negated). */
  logScore: number;
}

export const emptyTally = (): Tally => ({ pos: 0, posOk: 0, neg: 0, negOk: 0, top3: 0, logScore: 0 });

/** Log of the probability a reported score gave to its answer being right or wrong, as it was. */
function logOf(score: number, right: boolean): number {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, right ? score : 1 - score));
  return Math.log(p);
}

/** Scores one case's predictions (the rules of score_quotes.py, in process). */
export function scoreCase(c: Case, quotes: readonly QuoteAlignment[], t: Tally): void {
  const used = new Set<number>();
  for (const g of c.gold) {
    let k = -1;
    let bv = 0.5;
    quotes.forEach((q, i) => {
      if (used.has(i)) return;
      const v = iou(g.target, [q.target.start, q.target.end]);
      if (v >= bv) {
        bv = v;
        k = i;
      }
    });
    const q = k >= 0 ? quotes[k] : undefined;
    if (k >= 0) used.add(k);
    const src = q?.source ? ([q.source.start, q.source.end] as [number, number]) : null;
    if (g.source) {
      t.pos++;
      const ok = sourceOk(g, src, c.lineContainment);
      if (ok) t.posOk++;
      if (q) t.logScore += logOf(q.score, ok);
      const spans = [src, ...(q?.candidates ?? []).map((x) => [x.source.start, x.source.end] as [number, number])].filter((x) => x !== null);
      const uniq: [number, number][] = [];
      for (const s of spans) if (!uniq.some((u) => u[0] === s[0] && u[1] === s[1])) uniq.push(s);
      if (uniq.slice(0, 3).some((s) => sourceOk(g, s, c.lineContainment))) t.top3++;
    } else {
      t.neg++;
      if (q && !q.source) t.negOk++;
      if (q) t.logScore += logOf(q.score, !q.source);
    }
  }
}

/** Runs score_quotes.py on predictions written for `cases` (the official figures). */
export function officialScore(cases: readonly Case[], preds: Map<string, QuoteAlignment[]>, work: string, lineContainment: boolean): Record<string, number> {
  const casesRoot = path.dirname(cases[0]?.dir ?? work);
  const predDir = path.join(work, 'preds');
  rmSync(predDir, { recursive: true, force: true });
  mkdirSync(predDir, { recursive: true });
  for (const c of cases) writeFileSync(path.join(predDir, `${c.name}.json`), JSON.stringify({ quotes: preds.get(c.name) ?? [] }));
  const args = [path.join(evalDir, 'score_quotes.py'), '--cases', casesRoot, '--preds', predDir, '--json', ...(lineContainment ? ['--line-containment'] : [])];
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 26 })) as Record<string, number>;
}

/** The shipped lexicon file split into its dictionary pairs and its corpus-learned pairs. */
export function shippedLexicon(file: string): { base: BilingualLexicon; learned: BilingualLexicon } {
  const base = new BilingualLexicon();
  const learned = new BilingualLexicon();
  parseLexicon(readFileSync(file, 'utf8'), (de, ru, w, o) => (o === 'c' ? learned : base).addStems(de, ru, w, o));
  return { base, learned };
}

/** Associations learned from the sentence pairs of the given sets (see learnAssociations). */
export function learnedFrom(sets: readonly string[]): BilingualLexicon {
  const pairs: [string, string][] = [];
  for (const s of sets) {
    const ru = readFileSync(path.join(corpora, s, 'ru.txt'), 'utf8').split('\n');
    const de = readFileSync(path.join(corpora, s, 'de.txt'), 'utf8').split('\n');
    for (let i = 0; i < Math.min(ru.length, de.length); i++) if (ru[i]?.trim() && de[i]?.trim()) pairs.push([ru[i] as string, de[i] as string]);
  }
  const lex = new BilingualLexicon();
  for (const p of learnAssociations(pairs)) lex.addStems(p.de, p.ru, p.weight, p.origin);
  return lex;
}
