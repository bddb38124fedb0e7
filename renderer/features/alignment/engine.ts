import { alignQuotes } from '../../../shared/align/quotes';
import { alignSentences } from '../../../shared/align/sentences';
import { segment } from '../../../shared/text/segment';
import type { Span } from '../../../shared/types';
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
export function runAlignment(input: EngineInput, progress: (p: number, label: string) => void = () => {}): AlignmentData {
  progress(0.05, 'segment');
  const src = segment(input.sourceText, input.sourceLang);
  const tgt = segment(input.targetText, input.targetLang);
  progress(0.3, 'sentences');
  const beads = alignSentences(src.segments, tgt.segments);
  progress(0.7, 'quotes');
  const quotes = alignQuotes({
    sourceText: input.sourceText,
    sourceSegments: src.segments,
    targetText: input.targetText,
    targetSegments: tgt.segments,
    beads,
  });
  progress(0.95, 'rows');

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
  return {
    sourceHash: input.sourceHash,
    targetHash: input.targetHash,
    sourceSegments: src.segments.map((s) => ({ start: s.start, end: s.end })),
    targetSegments: tgt.segments.map((s) => ({ start: s.start, end: s.end })),
    rows: orderRows([...sentenceRows, ...quoteRows]),
  };
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
