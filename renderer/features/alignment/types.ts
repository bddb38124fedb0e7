import type { Span } from '../../../shared/types';

/** A row of the alignment grid: one German quotation or one sentence bead. */
export type RowKind = 'quote' | 'sentence';

/**
 * Where a link stands. `auto`: the aligner's proposal; `confirmed`: the user agreed (or chose
 * the span); `rejected`: the user said the proposal is wrong and has not picked another yet.
 * A confirmed row without a source means "not in this original".
 */
export type LinkStatus = 'auto' | 'confirmed' | 'rejected';

export type QuoteKind = 'quotation' | 'title' | 'term';

export interface AlignRow {
  /** Stable across re-alignment for the same texts: quotes by German span, sentences by first segment. */
  readonly id: string;
  /** The stored link behind the row (workbench channels); null for rows computed in the renderer. */
  readonly linkId: number | null;
  readonly kind: RowKind;
  readonly quoteKind: QuoteKind | null;
  /** German span (UTF-16 offsets into the target text); null for a Russian sentence with no German. */
  readonly target: Span | null;
  /** Russian span; null when the aligner (or the user) found no source. */
  readonly source: Span | null;
  /** Sentence indices the row covers, for the map and for split/merge. */
  readonly targetSegs: readonly number[];
  readonly sourceSegs: readonly number[];
  /** Confidence in [0, 1] of the proposal (for a null source: that there is none). */
  readonly score: number;
  readonly status: LinkStatus;
  /** The translator's checked German for this Russian span, once reviewed. */
  readonly checked: string | null;
  readonly suggestion: Suggestion | null;
}

export interface Suggestion {
  readonly text: string;
  /** Cache row id for `mt.review`. */
  readonly id: number | null;
}

/** The alignment of one project's two documents as the grid, map and editors see it. */
export interface AlignmentData {
  /** Content hashes of the texts aligned; a stale alignment is recomputed. */
  readonly sourceHash: string;
  readonly targetHash: string;
  readonly sourceSegments: readonly Span[];
  readonly targetSegments: readonly Span[];
  /** Quotes and sentence beads in German document order. */
  readonly rows: readonly AlignRow[];
}

export type AlignState =
  | { status: 'idle' }
  | { status: 'running'; progress: number; label: string }
  /** `refining`: the sentence pairs are here and quotations are still being searched (progress 0..1). */
  | { status: 'ready'; data: AlignmentData; refining?: number }
  | { status: 'error'; message: string };

/** The grid filters; all off shows every row. */
export interface RowFilters {
  kind: 'all' | RowKind;
  unconfirmed: boolean;
  lowScore: boolean;
  noSource: boolean;
  hasSuggestion: boolean;
}

export const NO_FILTERS: RowFilters = { kind: 'all', unconfirmed: false, lowScore: false, noSource: false, hasSuggestion: false };

/** Below this a proposal counts as "low score". */
export const LOW_SCORE = 0.5;

/** What colour a row gets: the four states the translator scans for. */
export type RowTone = 'auto' | 'confirmed' | 'rejected' | 'nosource';

export function rowTone(row: AlignRow): RowTone {
  if (row.status === 'rejected') return 'rejected';
  if (row.source === null) return 'nosource';
  return row.status === 'confirmed' ? 'confirmed' : 'auto';
}
