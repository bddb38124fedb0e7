import type { Span } from '../types';
import type { RuDoc } from './match/ru-doc';
import type { SentenceMatch } from './quotes/search';

/**
 * How a German text's segments are rendered in the Russian one, each found on its own (order
 * free): the share of segments rendered (translation test at least RENDERED_SEGMENT), and among
 * those the share that keeps the Russian order (longest increasing run of their Russian
 * sentences) and the share rendering a Russian sentence no other segment renders.
 */
export interface OrderReading {
  segments: number;
  rendered: number;
  inOrder: number;
  distinct: number;
}

/**
 * Translation test (SentenceMatch.score, the harmonic mean of the coverage both ways) from which
 * a German segment counts as rendering the Russian sentence(s) found for it: a set definition
 * (about a third of the words linked both ways), not fitted; the thresholds of SELECTION_TEST are
 * chosen on top of it.
 */
export const RENDERED_SEGMENT = 0.3;

/**
 * The selection test's thresholds, chosen on development cases (FLORES-200 dev and PUD documents
 * joined into longer ones, reporting-dev read in lines and in sentences; never newstest2012) by
 * `npm run bench -- reporting`, which prints the choice and its cross-validated estimate (one
 * document's cases left out at a time: 229 of 246 quotations right, against 215 with every case
 * read as a report; among equally good thresholds the strictest, as a report read as a selection
 * loses more than the reverse). Since texts shorter than 15 segments are read too (in sentences,
 * see planAlignment), the bench reads 162 cases: the folds' choice (distinct 0.925, bead null
 * 0.75) gives 1033 of 1215 right, and so do these thresholds, kept:
 * a German text built from translated passages of the Russian one, in their order, with a few
 * interlopers (the quote cases of make_quote_cases.py), against a report or an op-ed summary
 * that follows its source loosely, draws on one Russian passage several times and reorders.
 */
export const SELECTION_TEST: SelectionTest = { rendered: 0.6, inOrder: 1, distinct: 1, beadNull: 0.85 };

/** Thresholds of the selection test: each share of OrderReading must reach its threshold. */
export interface SelectionTest {
  rendered: number;
  inOrder: number;
  distinct: number;
  /**
   * In a selection, the sentence beads' "no source" (its score: the probability that the
   * German passage renders nothing of the original) from which it is the answer, against a
   * source the order-free search found (above 1: never).
   */
  beadNull: number;
}

/** Reads each German segment's rendering (`renderingOf`, e.g. ReportSearch.renderingOf) against the Russian document. */
export function readOrder(segments: readonly Span[], renderingOf: (s: Span) => SentenceMatch | null, doc: RuDoc): OrderReading {
  const sents: number[] = [];
  for (const s of segments) {
    const m = renderingOf(s);
    if (m && m.score >= RENDERED_SEGMENT) sents.push(doc.sentOf[m.a] ?? 0);
  }
  const n = sents.length;
  return {
    segments: segments.length,
    rendered: segments.length ? n / segments.length : 0,
    inOrder: n ? longestNonDecreasing(sents) / n : 0,
    distinct: n ? new Set(sents).size / n : 0,
  };
}

/**
 * Rendered segments that the order share may leave out of the Russian order: each segment is
 * found on its own, and one of them can be found at the wrong sentence (a loose rendering whose
 * best match lies elsewhere in the original) in a text that is otherwise a selection in order.
 * A report reorders more than that (reporting-dev read as sentences and the demo op-ed summary:
 * two to four rendered segments out of the Russian order; the one report with a single segment
 * out of order renders only half of its segments). The distinctness share gets no such allowance:
 * drawing on one Russian passage twice is what a summary does (the app's sample article, an
 * op-ed summary, has one segment out of order and one on a passage already rendered). A set
 * definition, not fitted: the thresholds of SELECTION_TEST are chosen on top of it.
 */
export const MISREAD_SEGMENTS = 1;

/**
 * Whether the German text is a selection of the Russian one's sentences rendered in their
 * order: enough segments rendered, all of them in the Russian order but for MISREAD_SEGMENTS,
 * and each on a Russian sentence of its own.
 */
export function readsAsSelection(r: OrderReading, test: SelectionTest = SELECTION_TEST): boolean {
  const n = Math.round(r.rendered * r.segments);
  const slack = n > 0 ? Math.min(MISREAD_SEGMENTS, n) / n : 0;
  // (Shares are k/n: a hair of tolerance keeps k/n + 1/n >= 1 exact in floating point.)
  return r.rendered >= test.rendered && r.inOrder + slack + 1e-9 >= test.inOrder && r.distinct >= test.distinct;
}

/** Length of the longest non-decreasing subsequence (patience sorting, O(n log n)). */
export function longestNonDecreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) <= x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
