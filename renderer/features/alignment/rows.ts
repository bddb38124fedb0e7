import type { Span } from '../../../shared/types';
import type { AlignRow } from './types';

/** Ids that survive re-alignment of the same texts (what user corrections are keyed by). */
export const quoteId = (target: Span): string => `q:${target.start}-${target.end}`;
export const sentenceId = (targetSegs: readonly number[], sourceSegs: readonly number[]): string =>
  targetSegs.length ? `s:t${targetSegs[0]}` : `s:s${sourceSegs[0]}`;

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
