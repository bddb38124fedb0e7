// Reliability table and speed case of bench/reporting.bench.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import { frameOf } from '../../shared/align/plan';
import type { QuoteAlignment } from '../../shared/align/quotes/index';
import { ReportSearch } from '../../shared/align/quotes/report';
import { findQuotes } from '../../shared/text/quotes';
import { segment } from '../../shared/text/segment';
import { corpora, goldFor, sourceOk, type Case } from './quote-cases';

export const reliability = {
  /** Adds (score, right?) of every predicted quotation that answers a gold one. */
  collect(c: Case, quotes: readonly QuoteAlignment[], into: { p: number; ok: boolean }[]): void {
    for (const q of quotes) {
      const g = goldFor(c.gold, [q.target.start, q.target.end]);
      if (!g) continue;
      const ok = q.source ? sourceOk(g, [q.source.start, q.source.end], c.lineContainment) : g.source === null;
      into.push({ p: q.score, ok });
    }
  },
  /** Lines of a table: score bins, count, mean score, share right. */
  table(xs: readonly { p: number; ok: boolean }[]): string[] {
    const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
    const out = ['| score | quotations | mean score | right |', '|---|---|---|---|'];
    for (let k = 0; k + 1 < bins.length; k++) {
      const lo = bins[k] as number;
      const hi = bins[k + 1] as number;
      const inBin = xs.filter((x) => x.p >= lo && x.p < hi);
      if (!inBin.length) continue;
      const mean = inBin.reduce((a, x) => a + x.p, 0) / inBin.length;
      const right = inBin.filter((x) => x.ok).length / inBin.length;
      out.push(`| ${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)} | ${inBin.length} | ${mean.toFixed(3)} | ${right.toFixed(3)} |`);
    }
    return out;
  },
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * 30 quotations (fragments of German lines, framed as reported speech) against a
 * 2,000-sentence Russian original (newstest2012 lines, one paragraph each): the time of the
 * quotation search (indexing the original once, then every quotation), median of 7 runs.
 */
export function speedCase(base: BilingualLexicon, learned: BilingualLexicon): {
  quotes: number;
  ruSentences: number;
  searchMs: number;
  indexMs: number;
  cpuMs: number;
  loadMs: number;
  lexiconMb: number;
} {
  const ruLines = readFileSync(path.join(corpora, 'newstest2012', 'ru.txt'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 2000);
  const deLines = readFileSync(path.join(corpora, 'newstest2012', 'de.txt'), 'utf8').split('\n').filter((l) => l.trim()).slice(0, 2000);
  const ru = ruLines.join('\n\n') + '\n';
  const paras: string[] = [];
  for (let k = 0; k < 30; k++) {
    const line = (deLines[Math.floor((k * 1999) / 29)] ?? '').replace(/["„“”«»]/g, '');
    const words = line.split(/\s+/).filter(Boolean);
    const frag = words.slice(0, Math.max(3, Math.min(words.length, 4 + (k % 9)))).join(' ');
    paras.push(`Der Minister äußerte sich am Montag. „${frag}“, sagte er.`);
  }
  const de = paras.join('\n\n') + '\n';
  const deSegs = segment(de, 'de').segments;
  const deParas = segment(de, 'und', { mode: 'lines' }).paragraphs;
  const quotes = findQuotes(de, 'de').quotes;
  const ruParas = segment(ru, 'und', { mode: 'lines' }).paragraphs;
  const ruQuotes = findQuotes(ru, 'ru', { segments: segment(ru, 'und', { mode: 'lines' }).segments, paragraphs: ruParas }).quotes;
  const times: number[] = [];
  const index: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s = new ReportSearch(ru, ruQuotes, ruParas, { lexicons: [base, learned] });
    s.setTarget(de, deParas);
    const t1 = performance.now();
    for (const q of quotes) s.match(de, q, frameOf(q, deSegs));
    times.push(performance.now() - t0);
    index.push(t1 - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // The lexicon as the app reads it on first use: the compiled form of the build when there is
  // one (read, then a first lookup), else the TSV parsed at once. Memory: heap plus the file's
  // bytes held outside the heap.
  const compiled = path.resolve('dist', 'resources', 'lexicon', 'de-ru.lexc');
  (globalThis as { gc?: () => void }).gc?.();
  const m0 = process.memoryUsage();
  const l0 = performance.now();
  const lex = existsSync(compiled)
    ? BilingualLexicon.fromCompiled(readFileSync(compiled))
    : BilingualLexicon.fromText(readFileSync(path.resolve('electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8'));
  lex.lookup('haus');
  const loadMs = performance.now() - l0;
  (globalThis as { gc?: () => void }).gc?.();
  const m1 = process.memoryUsage();
  const lexiconMb = (m1.heapUsed - m0.heapUsed + (m1.arrayBuffers - m0.arrayBuffers)) / 1e6;
  if (lex.size === 0) throw new Error('empty lexicon');
  return { quotes: quotes.length, ruSentences: ruLines.length, searchMs: median(times), indexMs: median(index), cpuMs: median(cpu), loadMs, lexiconMb };
}
