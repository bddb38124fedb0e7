import type { Segment } from '../types';
import type { RawBead } from './dp';
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
 * Gale-Church length likelihood (Student-t tails) and the cosine of the model's
 * cross-lingual feature vectors (cognates, numbers, punctuation, the lexicon learned from
 * this pair). The search is a Viterbi DP, banded around a coarse path for long documents.
 * The result covers every segment of both sides exactly once, in order.
 */
export function alignSentences(
  src: ReadonlyArray<Segment | string>,
  tgt: ReadonlyArray<Segment | string>,
  opts: AlignSentencesOptions = {},
): Bead[] {
  const s = src.map((x) => (typeof x === 'string' ? x : x.text));
  const t = tgt.map((x) => (typeof x === 'string' ? x : x.text));
  if (s.length === 0 || t.length === 0) {
    return [
      ...s.map((_, i) => ({ source: [i], target: [], score: 0 })),
      ...t.map((_, j) => ({ source: [], target: [j], score: 0 })),
    ];
  }
  const model = opts.model ?? AlignModel.fromPair(s, t, opts);
  return model.alignRaw(s, t).map(toBead);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Bead confidence: a logistic of the bead's evidence (lexical cosine above chance plus
 * the length log-likelihood). Unpaired segments get a modest constant: the DP chose them
 * because nothing fitted, which is itself uncertain.
 */
function toBead(b: RawBead): Bead {
  const source: number[] = [];
  const target: number[] = [];
  for (let i = b.s0; i < b.s1; i++) source.push(i);
  for (let j = b.t0; j < b.t1; j++) target.push(j);
  if (source.length === 0 || target.length === 0) return { source, target, score: 0.3 };
  const z = 10 * (b.cos - 0.08) + 0.7 * b.lenLogP + 1;
  return { source, target, score: Math.round(sigmoid(z) * 1000) / 1000 };
}
