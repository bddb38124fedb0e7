import { alignQuotes, quotesOf, type BeadLike, type QuoteAlignment } from '../../../shared/align/quotes';
import type { Bead } from '../../../shared/align/sentences';
import { alignSentences } from '../../../shared/align/sentences';
import { segment } from '../../../shared/text/segment';
import type { Segment, Span } from '../../../shared/types';
import type { AlignmentData, AlignRow } from './types';

export interface EngineInput {
  sourceText: string;
  sourceLang: string;
  targetText: string;
  targetLang: string;
  sourceHash: string;
  targetHash: string;
}

/** Ids that survive re-alignment of the same texts (what user corrections are keyed by). */
export const quoteId = (target: Span): string => `q:${target.start}-${target.end}`;
export const sentenceId = (targetSegs: readonly number[], sourceSegs: readonly number[]): string =>
  targetSegs.length ? `s:t${targetSegs[0]}` : `s:s${sourceSegs[0]}`;

function cover(segs: readonly Span[], idx: readonly number[]): Span | null {
  const first = segs[idx[0] ?? -1];
  const last = segs[idx[idx.length - 1] ?? -1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * Runs the offline aligner of shared/align on the two texts: sentence beads over the whole
 * documents and, for every German quotation, the Russian span it renders. Pure; runs in a
 * worker (engine.worker.ts) so the UI stays responsive on long documents.
 */
export function runAlignment(
  input: EngineInput,
  progress: (p: number, label: string) => void = () => {},
  partial: (data: AlignmentData) => void = () => {},
): AlignmentData {
  progress(0.05, 'segment');
  const src = segment(input.sourceText, input.sourceLang);
  const tgt = segment(input.targetText, input.targetLang);
  progress(0.2, 'sentences');
  const beads = alignSentences(src.segments, tgt.segments);

  const sentenceRows: AlignRow[] = beads.map((b) => ({
    id: sentenceId(b.target, b.source),
    kind: 'sentence',
    quoteKind: null,
    target: cover(tgt.segments, b.target),
    source: cover(src.segments, b.source),
    targetSegs: b.target,
    sourceSegs: b.source,
    score: b.score,
    status: 'auto',
    checked: null,
    suggestion: null,
  }));
  const base = {
    sourceHash: input.sourceHash,
    targetHash: input.targetHash,
    sourceSegments: src.segments.map((s) => ({ start: s.start, end: s.end })),
    targetSegments: tgt.segments.map((s) => ({ start: s.start, end: s.end })),
  };
  // The sentence pairs are useful at once; quotations follow.
  partial({ ...base, rows: sentenceRows });
  progress(0.4, 'quotes');
  const quotes = findQuoteSources(input, src.segments, tgt.segments, beads, (f) => progress(0.4 + 0.55 * f, 'quotes'));
  progress(0.97, 'rows');

  const segOf = (segs: readonly Span[], offset: number): number => segs.findIndex((s) => s.start <= offset && offset < s.end);
  const quoteRows: AlignRow[] = quotes.map((q) => {
    const ts = segOf(tgt.segments, q.target.start);
    const ss = q.source ? segOf(src.segments, q.source.start) : -1;
    return {
      id: quoteId(q.target),
      kind: 'quote',
      quoteKind: q.kind,
      target: { start: q.target.start, end: q.target.end },
      source: q.source ? { start: q.source.start, end: q.source.end } : null,
      targetSegs: ts >= 0 ? [ts] : [],
      sourceSegs: ss >= 0 ? [ss] : [],
      score: q.score,
      status: 'auto',
      checked: null,
      suggestion: null,
    };
  });
  return { ...base, rows: orderRows([...sentenceRows, ...quoteRows]) };
}

/** Above this many sentence pairs the quotation search runs in windows along the sentence path. */
export const WHOLE_DOCUMENT_CELLS = 60_000;
const WINDOW_TARGET = 4;
const WINDOW_SOURCE = 14;

/**
 * Quote alignment considers every German sentence against every Russian one, which is right
 * for an article quoting an original (a few dozen sentences against a few hundred) but grows
 * quadratically. For long document pairs the sentence path already says where each German
 * sentence's source lies: search each quotation in a window of Russian sentences around it.
 */
export function findQuoteSources(
  input: EngineInput,
  srcSegs: readonly Segment[],
  tgtSegs: readonly Segment[],
  beads: readonly Bead[],
  progress: (fraction: number) => void = () => {},
): QuoteAlignment[] {
  if (srcSegs.length * tgtSegs.length <= WHOLE_DOCUMENT_CELLS) {
    return alignQuotes({ sourceText: input.sourceText, sourceSegments: srcSegs, targetText: input.targetText, targetSegments: tgtSegs, beads });
  }
  const quotes = quotesOf(input.targetText, input.targetLang, tgtSegs);
  if (!quotes.length) return [];
  // German sentence -> a Russian sentence on the path (the nearest earlier one for 0:1 beads).
  const toSource = new Int32Array(tgtSegs.length).fill(-1);
  let lastSource = 0;
  for (const b of beads) {
    if (b.source.length) lastSource = b.source[0]!;
    for (const j of b.target) toSource[j] = lastSource;
  }
  // Quotations in nearby German sentences share one window.
  const clusters: { j0: number; j1: number; quotes: typeof quotes }[] = [];
  for (const q of quotes) {
    const j = q.segments[0] ?? -1;
    if (j < 0) continue;
    const last = clusters.at(-1);
    if (last && j - last.j1 <= WINDOW_TARGET) {
      last.j1 = j;
      last.quotes.push(q);
    } else clusters.push({ j0: j, j1: j, quotes: [q] });
  }
  const out: QuoteAlignment[] = [];
  clusters.forEach((c, k) => {
    const tj0 = Math.max(0, c.j0 - WINDOW_TARGET);
    const tj1 = Math.min(tgtSegs.length - 1, c.j1 + WINDOW_TARGET);
    const si0 = Math.max(0, Math.min(toSource[c.j0]!, toSource[tj0]!) - WINDOW_SOURCE);
    const si1 = Math.min(srcSegs.length - 1, Math.max(toSource[c.j1]!, toSource[tj1]!) + WINDOW_SOURCE);
    const tOff = tgtSegs[tj0]!.start;
    const sOff = srcSegs[si0]!.start;
    const tText = input.targetText.slice(tOff, tgtSegs[tj1]!.end);
    const sText = input.sourceText.slice(sOff, srcSegs[si1]!.end);
    const rebase = (segs: readonly Segment[], a: number, b: number, off: number): Segment[] =>
      segs.slice(a, b + 1).map((s) => ({ start: s.start - off, end: s.end - off, text: s.text }));
    const windowBeads: BeadLike[] = beads
      .filter((b) => b.target.every((j) => j >= tj0 && j <= tj1) && b.source.every((i) => i >= si0 && i <= si1) && (b.target.length || b.source.length))
      .map((b) => ({ source: b.source.map((i) => i - si0), target: b.target.map((j) => j - tj0), score: b.score }));
    const found = alignQuotes({
      sourceText: sText,
      sourceSegments: rebase(srcSegs, si0, si1, sOff),
      targetText: tText,
      targetSegments: rebase(tgtSegs, tj0, tj1, tOff),
      beads: windowBeads,
    });
    const wanted = new Set(c.quotes.map((q) => q.start));
    for (const f of found) {
      if (!wanted.has(f.target.start + tOff)) continue;
      out.push({
        ...f,
        target: { start: f.target.start + tOff, end: f.target.end + tOff, text: f.target.text },
        source: f.source ? { start: f.source.start + sOff, end: f.source.end + sOff, text: f.source.text } : null,
      });
    }
    progress((k + 1) / clusters.length);
  });
  return out;
}

/** German document order; a quotation follows the sentence that holds it; Russian-only beads keep their place. */
export function orderRows(rows: readonly AlignRow[]): AlignRow[] {
  const key = (r: AlignRow): number => r.target?.start ?? r.source?.start ?? 0;
  let lastTarget = 0;
  // Russian-only beads sit between their German neighbours: carry the last German position.
  const keyed = rows
    .filter((r) => r.kind === 'sentence')
    .map((r) => {
      if (r.target) lastTarget = r.target.start;
      return { r, k: r.target ? r.target.start : lastTarget + 0.5, q: 0 };
    });
  const quotes = rows.filter((r) => r.kind === 'quote').map((r) => ({ r, k: key(r), q: 1 }));
  return [...keyed, ...quotes].sort((a, b) => a.k - b.k || a.q - b.q).map((x) => x.r);
}
