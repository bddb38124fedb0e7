import type { Bead } from './sentences';
import type { Segment } from '../types';

/** The verdict of the full-translation test. */
export interface ModeDecision {
  sentences: boolean;
  reason: string;
  /** German characters per Russian character. */
  ratio: number;
  /** Share of each side's characters in beads with sentences on both sides. */
  sourcePaired: number;
  targetPaired: number;
  /** Share of each side's characters in such beads scored at least CONFIDENT_BEAD. */
  sourceCoverage: number;
  targetCoverage: number;
}

/** Bead scores are logistic: 0.5 = even odds that the bead pairs translations. */
export const CONFIDENT_BEAD = 0.5;
/**
 * A translation leaves almost nothing unpaired: on newstest, FLORES and PUD documents
 * (30-500 sentences) every character sits in a paired bead, while an article quoting an
 * op-ed, a half translation or interleaved foreign text leave 10-50% of a side unpaired.
 */
export const MIN_PAIRED = 0.93;
/**
 * ... and most of it confidently. A secondary check: bead scores follow the sentence
 * aligner's calibration, which has put 70-100% of a translation and 9-63% of unrelated text
 * into beads scored 0.5 or more, so the paired share above carries the decision.
 */
export const MIN_COVERAGE = 0.6;
/** German runs about 1.1 x the Russian length; outside this band one side is not a rendering of the other. */
export const RATIO_BAND: readonly [number, number] = [0.6, 2];

const len = (s: Segment): number => s.end - s.start;

/**
 * Does the German document render the Russian one sentence by sentence? Decided from a
 * sentence alignment of the pair: the length ratio, the share of each side the aligner
 * could pair at all, and the share it paired confidently.
 */
export function decideMode(src: readonly Segment[], tgt: readonly Segment[], beads: readonly Bead[]): ModeDecision {
  const sChars = src.reduce((a, s) => a + len(s), 0);
  const tChars = tgt.reduce((a, s) => a + len(s), 0);
  const ratio = sChars > 0 ? tChars / sChars : Infinity;
  let sPair = 0;
  let tPair = 0;
  let sCov = 0;
  let tCov = 0;
  for (const b of beads) {
    if (b.source.length === 0 || b.target.length === 0) continue;
    let s = 0;
    let t = 0;
    for (const i of b.source) s += len(src[i] as Segment);
    for (const j of b.target) t += len(tgt[j] as Segment);
    sPair += s;
    tPair += t;
    if (b.score >= CONFIDENT_BEAD) {
      sCov += s;
      tCov += t;
    }
  }
  const share = (x: number, total: number): number => (total > 0 ? x / total : 0);
  const d = {
    ratio,
    sourcePaired: share(sPair, sChars),
    targetPaired: share(tPair, tChars),
    sourceCoverage: share(sCov, sChars),
    targetCoverage: share(tCov, tChars),
  };
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const figures =
    `length ratio ${Number.isFinite(ratio) ? ratio.toFixed(2) : '∞'}; paired ${pct(d.sourcePaired)} of the Russian, ` +
    `${pct(d.targetPaired)} of the German; confidently ${pct(d.sourceCoverage)} and ${pct(d.targetCoverage)}`;
  const sentences =
    ratio >= RATIO_BAND[0] &&
    ratio <= RATIO_BAND[1] &&
    Math.min(d.sourcePaired, d.targetPaired) >= MIN_PAIRED &&
    Math.min(d.sourceCoverage, d.targetCoverage) >= MIN_COVERAGE;
  const reason = sentences
    ? `full translation (${figures}): sentences and quotations aligned`
    : `not a full translation (${figures}; a translation needs ${pct(MIN_PAIRED)} paired, ${pct(MIN_COVERAGE)} confidently, ` +
      `ratio ${RATIO_BAND[0]}–${RATIO_BAND[1]}): quotations only`;
  return { sentences, reason, ...d };
}
