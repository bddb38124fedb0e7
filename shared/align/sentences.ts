import type { Segment } from '../types';
import type { RawBead } from './dp';
import { AlignTracker } from './progress';
import { AlignModel, type AlignModelOptions } from './similarity';

/**
 * One bead of a sentence alignment: consecutive source and target segment indices
 * (either may be empty, not both) and a confidence in [0, 1].
 */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}

/** Options of `alignSentences`. */
export interface AlignSentencesOptions extends AlignModelOptions {
  /** A model built beforehand (e.g. shared with quote alignment); built from the pair if absent. */
  model?: AlignModel;
}

/**
 * Monotone sentence alignment of a Russian source and its German translation.
 *
 * Beads 1:1, 2:1, 1:2, 2:2, 1:0, 0:1, 3:1, 1:3 are scored by a bead-type prior, a
 * Gale-Church length likelihood (Student-t tails), the agreement of punctuation and
 * numbers, and the cosine of the model's cross-lingual feature vectors (cognates, numbers,
 * the lexicon learned from this pair). See README.md in this folder. The search is a Viterbi DP, banded around a coarse path for long documents.
 * The result covers every segment of both sides exactly once, in order.
 *
 * `onProgress` hears how far the work has got (model building included when no model is
 * given); once `signal.aborted` reads true the call throws a `CANCELLED` SverkaError.
 */
export function alignSentences(
  src: ReadonlyArray<Segment | string>,
  tgt: ReadonlyArray<Segment | string>,
  opts: AlignSentencesOptions = {},
): Bead[] {
  const s = src.map((x) => (typeof x === 'string' ? x : x.text));
  const t = tgt.map((x) => (typeof x === 'string' ? x : x.text));
  if (s.length === 0 || t.length === 0) {
    new AlignTracker(opts, 1).finish();
    return [
      ...s.map((_, i) => ({ source: [i], target: [], score: 0 })),
      ...t.map((_, j) => ({ source: [], target: [j], score: 0 })),
    ];
  }
  let model = opts.model;
  let tracker: AlignTracker;
  if (model) tracker = new AlignTracker(opts, model.alignUnits(s, t));
  else {
    const units = AlignModel.plannedUnits(s.length, t.length, opts);
    tracker = new AlignTracker(opts, units.build + units.align);
    model = AlignModel.fromPair(s, t, opts, tracker);
  }
  tracker.begin('align');
  const raw = model.alignRaw(s, t, undefined, undefined, tracker);
  const trust = documentTrust(raw, s, t, model);
  tracker.finish();
  return raw.map((b) => toBead(b, trust));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * How far the alignment as a whole shows lexical evidence, in [0.5, 1]: the mean square-root
 * cosine of its 1:1 beads against that of the same segments paired with unrelated targets.
 * Texts that are not translations of each other score no higher aligned than paired at random,
 * and then no bead is scored above one half. Each sampled bead is paired with a target between
 * a quarter and three quarters of the document away, the distance stepping by the golden
 * ratio: one fixed distance would land on the other copy of a document whose halves (or
 * thirds) repeat, and such a document would look like no translation at all.
 */
function documentTrust(raw: readonly RawBead[], s: readonly string[], t: readonly string[], model: AlignModel): number {
  const ones = raw.filter((b) => b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1);
  if (ones.length === 0) return 0.5;
  const step = Math.max(1, Math.floor(ones.length / 300));
  let aligned = 0;
  let shifted = 0;
  let n = 0;
  let k = 0;
  const sim = model.segmentSims(s, t);
  for (let q = 0; q < ones.length; q += step) {
    const b = ones[q]!;
    aligned += Math.sqrt(b.cos);
    n++;
    if (t.length >= 4) {
      shifted += Math.sqrt(sim(b.s0, (b.t0 + unrelatedOffset(n, t.length)) % t.length));
      k++;
    }
  }
  const gain = aligned / n - (k ? shifted / k : 0);
  return 0.5 + 0.5 * Math.min(1, Math.max(0, gain / 0.08));
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The n-th distance to an unrelated target: between a quarter and three quarters of `len`. */
function unrelatedOffset(n: number, len: number): number {
  const frac = (n * GOLDEN) % 1;
  return Math.floor(len / 4) + Math.floor(frac * Math.max(1, Math.floor(len / 2)));
}

/**
 * Bead confidence: the probability that the bead is exactly right, from a logistic fitted
 * once on held-apart development alignments (square root of the lexical cosine, length and
 * punctuation log-likelihood, bead shape), times the document trust. 1:0 and 0:1 beads
 * were right about 92% of the time when the aligner chose them.
 */
function toBead(b: RawBead, trust: number): Bead {
  const source: number[] = [];
  const target: number[] = [];
  for (let i = b.s0; i < b.s1; i++) source.push(i);
  for (let j = b.t0; j < b.t1; j++) target.push(j);
  let z: number;
  if (source.length === 0 || target.length === 0) z = 2.4;
  else {
    const shape = source.length + target.length === 2 ? 0 : source.length + target.length === 3 ? -1.6 : -3;
    z = 2.9 * Math.sqrt(b.cos) + 0.53 * b.lenLogP + shape + 3.8;
  }
  return { source, target, score: Math.round(sigmoid(z) * trust * 1000) / 1000 };
}
