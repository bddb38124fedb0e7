// Text engine figures: sentence-boundary F1 against line ends (Intl.Segmenter alongside), the
// seed article's quotations, and decode + segment + quotes speed on 1 MB.
// Run: npx esbuild bench/text.bench.ts --bundle --platform=node --format=esm --packages=external --outfile=/tmp/text.bench.mjs && npx node /tmp/text.bench.mjs [--verbose]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { decodeBytes } from '../electron/services/import/decode';
import { MAY_END, NEVER_FINAL } from '../shared/text/abbreviations';
import { findQuotes } from '../shared/text/quotes';
import { segment } from '../shared/text/segment';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root: the first ancestor (of cwd, then of this file) with electron/resources. */
function repoRoot(): string {
  for (const start of [process.cwd(), here]) {
    let d = start;
    for (let i = 0; i < 5; i++) {
      if (existsSync(resolve(d, 'electron', 'resources', 'samples'))) return d;
      d = resolve(d, '..');
    }
  }
  return process.cwd();
}
const root = repoRoot();
const corpora = resolve(root, '..', 'shared', 'corpora');
const verbose = process.argv.includes('--verbose');
const results: Record<string, unknown> = {};

interface Doc {
  text: string;
  /** Offsets of line ends (the gold sentence boundaries), excluding the document end. */
  gold: Set<number>;
}

function readLines(p: string): string[] {
  const t = readFileSync(p, 'utf8');
  return (t.endsWith('\n') ? t.slice(0, -1) : t).split('\n');
}

/**
 * Rebuilds each document of a line-parallel set as running text: lines of a paragraph joined
 * by one space, paragraphs (docs.tsv `para_in_doc`, when present) separated by a blank line.
 */
function buildDocs(set: string, lang: string): Doc[] {
  const lines = readLines(resolve(corpora, set, `${lang}.txt`));
  const rows = readLines(resolve(corpora, set, 'docs.tsv'));
  const header = (rows[0] ?? '').split('\t');
  const di = header.indexOf('docid');
  const pi = header.indexOf('para_in_doc');
  const docs: Doc[] = [];
  let cur: { id: string; para: string; paras: string[][] } | null = null;
  const flush = (): void => {
    if (!cur) return;
    let text = '';
    const gold = new Set<number>();
    cur.paras.forEach((p, k) => {
      if (k > 0) text += '\n\n';
      p.forEach((l, j) => {
        if (j > 0) text += ' ';
        text += l;
        gold.add(text.length);
      });
    });
    gold.delete(text.length);
    docs.push({ text, gold });
  };
  rows.slice(1).forEach((r, i) => {
    const c = r.split('\t');
    const id = c[di] as string;
    const para = pi >= 0 ? (c[pi] as string) : '1';
    const line = (lines[i] as string).trim();
    if (!cur || cur.id !== id) {
      flush();
      cur = { id, para, paras: [[]] };
    } else if (para !== cur.para) {
      cur.paras.push([]);
      cur.para = para;
    }
    (cur.paras[cur.paras.length - 1] as string[]).push(line);
  });
  flush();
  return docs;
}

function intlEnds(text: string, lang: string): number[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const ends: number[] = [];
  let start = 0;
  for (const para of text.split('\n\n')) {
    for (const s of seg.segment(para)) {
      const t = s.segment.replace(/\s+$/, '');
      if (t.trim()) ends.push(start + s.index + t.length);
    }
    start += para.length + 2;
  }
  return ends;
}

interface Score {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  fps: Array<{ doc: Doc; at: number }>;
  fns: Array<{ doc: Doc; at: number }>;
}

function score(docs: Doc[], ends: (t: string) => number[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const fps: Score['fps'] = [];
  const fns: Score['fns'] = [];
  for (const doc of docs) {
    const pred = new Set(ends(doc.text));
    pred.delete(doc.text.length);
    for (const x of pred) {
      if (doc.gold.has(x)) tp++;
      else {
        fp++;
        fps.push({ doc, at: x });
      }
    }
    for (const x of doc.gold) {
      if (!pred.has(x)) {
        fn++;
        fns.push({ doc, at: x });
      }
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r), tp, fp, fn, fps, fns };
}

const ctx = (d: Doc, at: number): string => (d.text.slice(Math.max(0, at - 50), at) + ' ‖ ' + d.text.slice(at, at + 30)).replace(/\n/g, '⏎');

/**
 * A false split is suspicious when it falls right after something that is not a plain word:
 * a listed abbreviation, a single letter (initial), a number (ordinal/date) or a dotted token.
 */
function suspicious(d: Doc, at: number, lang: string): boolean {
  const before = d.text.slice(Math.max(0, at - 30), at);
  if (/(?:\.\.\.|…)["»“”)]*$/.test(before)) return false; // an ellipsis is not an abbreviation
  const m = /([\p{L}\p{N}.]+)\.["»“”)]*$/u.exec(before);
  if (!m) return false;
  const w = (m[1] as string).toLowerCase();
  const key = w.replace(/\./g, '');
  if (/^\p{N}{1,3}$/u.test(w)) return true; // ordinals and days; 4-digit years do end sentences
  if (/^\p{L}$/u.test(key)) return true;
  if (w.includes('.') && key.length <= 4) return true;
  return (NEVER_FINAL[lang]?.has(key) ?? false) || (MAY_END[lang]?.has(key) ?? false);
}

const f4 = (x: number): string => x.toFixed(4);

console.log('Sentence boundaries (gold = line ends of the rebuilt running text, document end excluded)');
const seg: Record<string, unknown> = {};
for (const [set, lang] of [
  ['newstest2012', 'de'],
  ['newstest2012', 'ru'],
  ['newstest2012', 'en'],
  ['flores200-dev', 'de'],
  ['flores200-dev', 'ru'],
  ['flores200-dev', 'en'],
  ['pud', 'de'],
  ['pud', 'ru'],
] as const) {
  if (!existsSync(resolve(corpora, set, `${lang}.txt`))) continue;
  const docs = buildDocs(set, lang);
  const ours = score(docs, (t) => segment(t, lang).segments.map((s) => s.end));
  const intl = score(docs, (t) => intlEnds(t, lang));
  const bad = ours.fps.filter((x) => suspicious(x.doc, x.at, lang));
  console.log(
    `  ${set.padEnd(13)} ${lang}: Sverka F1 ${f4(ours.f1)} (P ${f4(ours.p)}, R ${f4(ours.r)}, false splits ${ours.fp}, missed ${ours.fn}, ` +
      `false splits after an abbreviation/initial/number ${bad.length})   Intl.Segmenter F1 ${f4(intl.f1)} (P ${f4(intl.p)}, R ${f4(intl.r)})`,
  );
  seg[`${set}/${lang}`] = { f1: ours.f1, precision: ours.p, recall: ours.r, fp: ours.fp, fn: ours.fn, suspiciousFp: bad.length, intl: { f1: intl.f1, precision: intl.p, recall: intl.r } };
  if (verbose) {
    for (const x of bad) console.log(`    SUSPICIOUS ${ctx(x.doc, x.at)}`);
    for (const x of ours.fps) console.log(`    FP ${ctx(x.doc, x.at)}`);
    for (const x of ours.fns) console.log(`    FN ${ctx(x.doc, x.at)}`);
  }
}
results['segmentation'] = seg;

const seedFile = resolve(root, 'electron', 'resources', 'samples', 'seed-article.de.txt');
if (existsSync(seedFile)) {
  const text = readFileSync(seedFile, 'utf8');
  const { quotes, problems } = findQuotes(text, 'de');
  const titles = quotes.filter((q) => q.kind === 'title').map((q) => q.text);
  const quotations = quotes.filter((q) => q.kind === 'quotation').length;
  console.log(`Seed article: ${quotes.length} quoted spans (expected 11), titles ${JSON.stringify(titles)}, quotations ${quotations} (expected 10), problems ${problems.length}`);
  results['seed'] = { quotes: quotes.length, titles, quotations, problems: problems.length };
}

// Speed: 1 MB of news text per language, as UTF-8 and as the legacy encoding.
function oneMegabyte(lang: string): string {
  const p = resolve(corpora, 'newstest2012', `${lang}.txt`);
  const base = existsSync(p)
    ? readLines(p)
        .map((l, i) => (i % 5 === 4 ? `${l}\n\n` : `${l} `))
        .join('')
    : 'Er sagte: „Wir kommen am 3. Oktober.“ Dann ging er. ';
  let t = '';
  while (t.length < 1_000_000) t += base;
  return t.slice(0, 1_000_000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const speed: Record<string, unknown> = {};
console.log('Speed (1,000,000 characters; median of 7 runs; baseline = Intl.Segmenter sentence split of the same text)');
for (const [lang, legacy] of [
  ['de', 'windows-1252'],
  ['ru', 'windows-1251'],
] as const) {
  const text = oneMegabyte(lang);
  for (const enc of ['utf-8', legacy]) {
    const bytes = iconv.encode(text, enc);
    const total: number[] = [];
    const parts = { decode: [] as number[], segment: [] as number[], quotes: [] as number[] };
    const base: number[] = [];
    let nSeg = 0;
    let nQuotes = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const d = decodeBytes(bytes);
      const t1 = performance.now();
      const s = segment(d.text, lang);
      const t2 = performance.now();
      const q = findQuotes(d.text, lang, s);
      const t3 = performance.now();
      parts.decode.push(t1 - t0);
      parts.segment.push(t2 - t1);
      parts.quotes.push(t3 - t2);
      total.push(t3 - t0);
      nSeg = s.segments.length;
      nQuotes = q.quotes.length;
      const b0 = performance.now();
      let n = 0;
      for (const _ of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(d.text)) n++;
      base.push(performance.now() - b0);
      if (n < 0) console.log(n);
    }
    const ms = median(total);
    console.log(
      `  ${lang} ${enc.padEnd(12)} ${bytes.length} bytes: decode+segment+quotes ${ms.toFixed(1)} ms (limit 200 ms; decode ${median(parts.decode).toFixed(1)}, segment ${median(parts.segment).toFixed(1)}, quotes ${median(parts.quotes).toFixed(1)}; ` +
        `${nSeg} segments, ${nQuotes} quotes)  = ${(ms / median(base)).toFixed(2)}× Intl.Segmenter alone (${median(base).toFixed(1)} ms)`,
    );
    speed[`${lang}/${enc}`] = { ms, decode: median(parts.decode), segment: median(parts.segment), quotes: median(parts.quotes), intlMs: median(base) };
  }
}
results['speed'] = speed;

try {
  const out = resolve(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'text.json'), JSON.stringify(results, null, 2));
} catch {
  // results directory is optional
}
