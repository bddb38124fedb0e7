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

/**
 * What the translator sees a row as, in words, icon and colour: the aligner's proposal of a
 * source or of "not in the original", the user's confirmation of either, a rejection, or a
 * link an edit of the original asks to look at again.
 */
export type RowState = 'proposed' | 'proposedAbsent' | 'confirmed' | 'confirmedAbsent' | 'rejected' | 'recheck';

export const ROW_STATES: readonly RowState[] = ['proposed', 'proposedAbsent', 'confirmed', 'confirmedAbsent', 'rejected', 'recheck'];

/** A ranked alternative source for a link (filled by the quotation search when it has them). */
export interface Candidate {
  readonly source: Span;
  /** Match probability in [0, 1]. */
  readonly score: number;
}

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
  /** The aligner's probability that the source matches; null where there is none (no source, the user's own link). */
  readonly score: number | null;
  readonly status: LinkStatus;
  /** The Russian text before an edit of the original touched the source; null: nothing to re-check. */
  readonly recheckBefore: string | null;
  /** The translator's checked German for this Russian span, once reviewed. */
  readonly checked: string | null;
  readonly suggestion: Suggestion | null;
  /** Ranked alternative sources, when the quotation search supplied them. */
  readonly candidates: readonly Candidate[];
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
  | { status: 'ready'; data: AlignmentData }
  | { status: 'error'; message: string };

/** Score bands of the score filter (rows with a match probability only). */
export type ScoreBand = 'all' | 'low' | 'mid' | 'high';

/** The grid filters; NO_FILTERS shows every row. */
export interface RowFilters {
  kind: 'all' | RowKind;
  /** A state, or `open`: every row still waiting for the user's decision. */
  state: 'all' | 'open' | RowState;
  score: ScoreBand;
  /** Only rows whose Russian span another row claims too. */
  overlap: boolean;
  hasSuggestion: boolean;
  /** Text search in either language (case and ё/е insensitive). */
  query: string;
}

export const NO_FILTERS: RowFilters = { kind: 'all', state: 'all', score: 'all', overlap: false, hasSuggestion: false, query: '' };

/** Below this a proposal counts as "low score"; from HIGH_SCORE on as "high". */
export const LOW_SCORE = 0.5;
export const HIGH_SCORE = 0.8;

export function rowState(row: Pick<AlignRow, 'status' | 'source' | 'recheckBefore'>): RowState {
  if (row.recheckBefore !== null) return 'recheck';
  if (row.status === 'rejected') return 'rejected';
  if (row.source === null) return row.status === 'confirmed' ? 'confirmedAbsent' : 'proposedAbsent';
  return row.status === 'confirmed' ? 'confirmed' : 'proposed';
}

/** Rows still waiting for the user: proposals and links to re-check. */
export function isOpen(state: RowState): boolean {
  return state === 'proposed' || state === 'proposedAbsent' || state === 'recheck';
}
