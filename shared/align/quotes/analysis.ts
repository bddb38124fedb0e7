import type { Span } from '../../types';
import { AlignModel, stemOf } from '../similarity';
import { joinInfo, LinkTable, segInfo, type SegInfo } from './evidence';
import { learnLinks } from './learn';
import { freePosterior, monotonePosterior, type Column } from './posterior';
import { allCandidates, lexicalTop, pairFeatures, pairLogOdds, RuIndex, type Candidates, type PairFeatures, type PairWeights } from './scorer';

/** The sentence aligner's bead (indices into the segment lists), as far as it is used here. */
export interface BeadLike {
  source: readonly number[];
  target: readonly number[];
  score: number;
}

/** What the segment-level analysis reads: both texts with their segments, optional extras. */
export interface AnalysisInput {
  sourceText: string;
  targetText: string;
  /** Segments of each text (at least one each; see `usableSegments`). */
  sourceSpans: readonly Span[];
  targetSpans: readonly Span[];
  /** The sentence aligner's model (its lexicon is used when it is an AlignModel). */
  model?: unknown;
  beads?: readonly BeadLike[];
}

/**
 * Pair log-odds weights (order as FEATURES), fitted once by logistic regression of
 * "translation pair" on line-parallel news and kept fixed.
 */
export const PAIR_WEIGHTS: PairWeights = {
  w: [0.626, -0.264, 4.173, 0.993, -1.664, -4.276, -1.732, 1.577, -2.506, 1.163, -0.622, -4.285, -1.23],
  bias: 1.918,
};

/** Tunables of the segment-level decision. */
export interface QuoteAlignOptions {
  /** Added to every pair log-odds: the prior that a German sentence has a source at all. */
  prior: number;
  /** The same for the order-free view (a text out of order gives less reason to expect a source). */
  freePrior: number;
  /** Weight of the monotone (document order) view against the order-free one. */
  orderWeight: number;
  /** Minimum posterior for a source to be reported. */
  threshold: number;
  /** A source is reported when its posterior is at least this times that of "no source". */
  nullRatio: number;
  /** Rounds of lexicon learning from confident pairs (0: cognates and numbers only). */
  learnRounds: number;
  /** Posterior a pair needs to teach the lexicon. */
  learnMinPosterior: number;
  /** Log-odds added to a pair the sentence aligner put in one bead (0: beads unused). */
  beadBonus: number;
  /** Bead score below which a bead adds nothing (the bonus grows linearly above it). */
  beadMinScore: number;
  /** Strength given to the word pairs the sentence aligner learned (0: only user pairs). */
  modelLearnedWeight: number;
  /** Order-free posterior above which a match stands whatever the order says. */
  freeOverride: number;
  /** Log-weight cost of a German segment whose source lies before its predecessor's. */
  jumpPenalty: number;
  /** Log-weight cost of a German segment whose source ends where its predecessor's does. */
  stayPenalty: number;
  /** Log-weight cost of a source made of two consecutive Russian segments (Infinity: none). */
  joinPenalty: number;
}

export const DEFAULT_OPTIONS: QuoteAlignOptions = {
  prior: 2,
  freePrior: 1,
  orderWeight: 1,
  threshold: 0.15,
  nullRatio: 1,
  learnRounds: 2,
  learnMinPosterior: 0.8,
  jumpPenalty: 6,
  stayPenalty: 4,
  joinPenalty: 4,
  freeOverride: 0.95,
  modelLearnedWeight: 0.5,
  beadBonus: 0,
  beadMinScore: 0.5,
};

/** Segment-level analysis of a document pair: segments, candidate sources and posteriors. */
export interface SegmentAnalysis {
  deSegs: SegInfo[];
  ruSegs: SegInfo[];
  /** Candidate sources: single Russian segments, then pairs of consecutive ones. */
  columns: Column[];
  /** Which columns each German segment was compared with (slot k of row i). */
  cand: Candidates;
  /** n x (K + 1) posteriors over each row's candidate slots, the last entry "no source". */
  post: Float64Array;
  /** The same under the order-free view alone. */
  free: Float64Array;
  /** The pair features (n x K) the posteriors were computed from. */
  features: PairFeatures;
  /** The word links (cognates, numbers, lexicon, learned pairs) the features rest on. */
  links: LinkTable;
}

/** Above this many German x Russian pairs, each German segment gets a short candidate list. */
const DENSE_LIMIT = 60_000;
/** Half-width (in Russian segments) of the band around a German segment's expected source. */
const BAND = 8;
/** Candidates found anywhere by their shared words. */
const LEXICAL_CANDIDATES = 8;

/**
 * Matches every German segment against the Russian segments (and pairs of consecutive ones):
 * pair log-odds from cognates, names, numbers, length and quotation structure, sharpened by
 * word pairs learned from the confident matches of this very document pair, then posteriors
 * under the document order (forward-backward) and without it, mixed by how well the text
 * keeps the order. Large documents compare each German segment only with a band around its
 * expected place (from the sentence aligner's beads, else from unmistakable word matches)
 * and with the segments it shares the most words with, so cost grows about linearly.
 */
export function analyseSegments(input: AnalysisInput, opts: QuoteAlignOptions = DEFAULT_OPTIONS): SegmentAnalysis {
  const deSegs = input.targetSpans.map((s) => segInfo(input.targetText, s));
  const ruSegs = input.sourceSpans.map((s) => segInfo(input.sourceText, s));
  const n = deSegs.length;
  const m = ruSegs.length;
  const columns: Column[] = ruSegs.map((_, j) => ({ a: j, b: j }));
  const colInfo: SegInfo[] = [...ruSegs];
  const joined = Number.isFinite(opts.joinPenalty);
  if (joined) {
    for (let j = 0; j + 1 < m; j++) {
      columns.push({ a: j, b: j + 1 });
      colInfo.push(joinInfo(ruSegs[j] as SegInfo, ruSegs[j + 1] as SegInfo));
    }
  }
  const C = columns.length;
  const links = LinkTable.fromCognates(
    deSegs.flatMap((s) => s.tokens),
    ruSegs.flatMap((s) => s.tokens),
  );
  // The sentence aligner's lexicon: the user's pairs (dictionary, translation memory) and,
  // optionally, the pairs it learned from this document.
  if (input.model instanceof AlignModel) {
    const entries = input.model.lexicon.entries().filter((e) => e.origin === 'user' || opts.modelLearnedWeight > 0);
    const scaled = entries.map((e) => ({ ...e, weight: e.origin === 'user' ? e.weight : e.weight * opts.modelLearnedWeight }));
    links.addStemPairs(scaled, stemOf, deSegs.flatMap((s) => s.tokens), ruSegs.flatMap((s) => s.tokens));
  }
  const ruIndex = new RuIndex(colInfo, ruSegs);
  const cand = n * C <= DENSE_LIMIT ? allCandidates(n, C) : bandCandidates(deSegs, m, joined, ruIndex, links, input.beads);
  const { K, cols } = cand;
  let F = pairFeatures(deSegs, colInfo, ruIndex, links, cand);
  // Per-slot adjustments: empty slots are impossible; joined columns pay for being a rarer
  // kind of correspondence; the sentence aligner's beads are a second opinion.
  const beadBonus = new Map<string, number>();
  if (input.beads && opts.beadBonus) {
    for (const bead of input.beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue;
      const w = opts.beadBonus * Math.max(0, Math.min(1, (bead.score - opts.beadMinScore) / (1 - opts.beadMinScore)));
      const key = `${Math.min(...bead.source)}:${Math.max(...bead.source)}`;
      if (w > 0) for (const i of bead.target) beadBonus.set(`${i}/${key}`, w);
    }
  }
  const extra = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      const col = columns[cols[i * K + k] ?? -1];
      if (!col) {
        extra[i * K + k] = -Infinity;
        continue;
      }
      let v = col.b > col.a ? -opts.joinPenalty : 0;
      if (beadBonus.size) v += beadBonus.get(`${i}/${col.a}:${col.b}`) ?? 0;
      extra[i * K + k] = v;
    }
  }
  const adjust = (S: Float64Array): void => {
    for (let x = 0; x < S.length; x++) S[x] = (S[x] ?? 0) + (extra[x] ?? 0);
  };
  let [post, free] = posteriors(F, n, m, columns, cand, opts, adjust);
  // Large documents learn once: the first round brings most of the gain.
  const rounds = n * C <= DENSE_LIMIT ? opts.learnRounds : Math.min(1, opts.learnRounds);
  for (let round = 0; round < rounds; round++) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < K; k++) {
        const c = cols[i * K + k] ?? -1;
        if (c >= 0 && (post[i * (K + 1) + k] ?? 0) >= opts.learnMinPosterior) pairs.push([i, c]);
      }
    }
    if (!learnLinks(links, deSegs, colInfo, pairs)) break;
    F = pairFeatures(deSegs, colInfo, ruIndex, links, cand);
    [post, free] = posteriors(F, n, m, columns, cand, opts, adjust);
  }
  return { deSegs, ruSegs, columns, cand, post, free, features: F, links };
}

/**
 * Candidate columns of large documents: a band around each German segment's expected place,
 * plus the segments it shares the most words with.
 */
function bandCandidates(
  deSegs: readonly SegInfo[],
  m: number,
  joined: boolean,
  ru: RuIndex,
  links: LinkTable,
  beads: readonly BeadLike[] | undefined,
): Candidates {
  const n = deSegs.length;
  const top = lexicalTop(deSegs, m, ru, links, LEXICAL_CANDIDATES);
  const guide = new Float64Array(n).fill(NaN);
  if (beads?.length) {
    for (const b of beads) {
      if (!b.source.length) continue;
      const at = b.source.reduce((x, y) => x + y, 0) / b.source.length;
      for (const i of b.target) if (i >= 0 && i < n) guide[i] = at;
    }
  } else {
    // Unmistakable word matches that keep the order (longest increasing run) are the anchors.
    const anchors: [number, number][] = [];
    top.forEach((row, i) => {
      const first = row[0];
      const second = row[1];
      if (first && first.mass >= 4 && (!second || second.mass < 0.5 * first.mass)) anchors.push([i, first.j]);
    });
    for (const [i, j] of longestIncreasing(anchors)) guide[i] = j;
  }
  fillGaps(guide, n, m);
  const width = 2 * BAND + 1;
  const K = (joined ? 2 : 1) * width + LEXICAL_CANDIDATES;
  const cols = new Int32Array(n * K).fill(-1);
  const firstJoined = m;
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    let k = 0;
    const add = (c: number): void => {
      if (k < K && !seen.has(c)) {
        seen.add(c);
        cols[i * K + k++] = c;
      }
    };
    const centre = Math.round(guide[i] ?? 0);
    for (let j = Math.max(0, centre - BAND); j <= Math.min(m - 1, centre + BAND); j++) {
      add(j);
      if (joined && j + 1 < m) add(firstJoined + j);
    }
    for (const t of top[i] ?? []) add(t.j);
  }
  return { K, cols };
}

/** Longest chain of (i, j) pairs increasing in both (pairs come sorted by i). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] ?? -1;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k] ?? -1) out.push(pairs[k] as [number, number]);
  return out.reverse();
}

/** Interpolate the unknown entries of `guide` between known ones (diagonal when none known). */
function fillGaps(guide: Float64Array, n: number, m: number): void {
  const known: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(guide[i] ?? NaN)) known.push(i);
  if (!known.length) {
    for (let i = 0; i < n; i++) guide[i] = n > 1 ? (i * (m - 1)) / (n - 1) : 0;
    return;
  }
  let left = -1;
  for (const right of [...known, -1]) {
    const from = left < 0 ? 0 : left + 1;
    const to = right < 0 ? n : right;
    for (let i = from; i < to; i++) {
      const gl = left >= 0 ? (guide[left] ?? 0) : null;
      const gr = right >= 0 ? (guide[right] ?? 0) : null;
      if (gl !== null && gr !== null) guide[i] = gl + ((gr - gl) * (i - left)) / (right - left);
      else if (gl !== null) guide[i] = Math.min(m - 1, gl + (i - left) * (m / Math.max(1, n)));
      else if (gr !== null) guide[i] = Math.max(0, gr - (right - i) * (m / Math.max(1, n)));
    }
    left = right;
  }
}

function posteriors(
  F: PairFeatures,
  n: number,
  m: number,
  columns: readonly Column[],
  cand: Candidates,
  opts: QuoteAlignOptions,
  adjust: (logOdds: Float64Array) => void,
): [Float64Array, Float64Array] {
  const K = cand.K;
  const L = pairLogOdds(F, PAIR_WEIGHTS);
  adjust(L);
  // Order-free: any of the m segments may be the source (prior 1/m each). Under the order
  // view a German segment chooses among the Russian segments left between its neighbours'
  // sources: about m / n of them, not m (a uniform prior over monotone paths).
  const logM = Math.log(Math.max(1, m));
  const orderPenalty = Math.log(Math.max(1, m / Math.max(1, n)));
  const S = L.map((x) => x + opts.freePrior - logM);
  const Sm = L.map((x) => x + opts.prior - orderPenalty);
  const free = freePosterior(S, n, K);
  const mono = monotonePosterior(Sm, n, m, columns, { jump: opts.jumpPenalty, stay: opts.stayPenalty }, cand);
  const w = opts.orderWeight * orderConsistency(free, n, columns, cand);
  const post = new Float64Array(n * (K + 1));
  for (let x = 0; x < post.length; x++) post[x] = w * (mono[x] ?? 0) + (1 - w) * (free[x] ?? 0);
  return [post, free];
}

/**
 * How far the German text follows the Russian order, judged from the segments that match
 * unmistakably on their own evidence: 1 when (nearly) every such match lies after the
 * previous one, falling to 0 for a text whose quotations come in random order. Few such
 * matches tell nothing, and then order is assumed (a rendering usually keeps it).
 */
export function orderConsistency(free: Float64Array, n: number, columns: readonly Column[], cand: Candidates, sure = 0.9): number {
  const K = cand.K;
  const seq: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      if ((free[i * (K + 1) + k] ?? 0) >= sure) {
        seq.push(columns[cand.cols[i * K + k] ?? -1]?.a ?? 0);
        break;
      }
    }
  }
  if (seq.length < 4) return 1;
  let forward = 0;
  for (let k = 1; k < seq.length; k++) if ((seq[k] ?? 0) > (seq[k - 1] ?? 0)) forward++;
  const share = forward / (seq.length - 1);
  return Math.max(0, Math.min(1, (share - 0.5) / 0.3));
}
