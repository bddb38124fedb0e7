import type { AlignRow } from './types';

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
