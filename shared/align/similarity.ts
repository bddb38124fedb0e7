import type { Segment } from '../types';
import { alignDp, dpRows, type DpParams, type RawBead } from './dp';
import { lengthLogP } from './score';
import { Analyzer, floats, Growable, ints, joinSides, MIN_COGNATE_KEY, type ForeignSide, type SideFeatures } from './features';
import { Lexicon, learnLexicon, learnLexiconIds, type LexiconEntry } from './lexicon';
import { AlignTracker, type AlignControlOptions } from './progress';
import { cognateScore, stemOf, tokenize, type AlignToken } from './tokens';
import { cosine, cosineRows, scaleRows, sortRowInPlace, sortRows, vecFromPairs, type Rows, type SparseVec, type VecSet } from './vectors';

export { Lexicon, learnLexicon } from './lexicon';
export type { LexiconEntry, LearnOptions } from './lexicon';
export { tokenize, cognateScore, stemOf, normaliseNumber, commonPrefix } from './tokens';
export type { AlignToken } from './tokens';
export { transliterate, latinKey, cognateKey, hasCyrillic } from './translit';
export type { AlignProgress, AlignStage, CancelSignal, AlignControlOptions } from './progress';

/** Which side of the pair a text belongs to. Source is Russian, target German. */
export type Side = 'source' | 'target';

/** Options of `AlignModel.fromPair`. */
export interface AlignModelOptions extends AlignControlOptions {
  /** User lexicon (translation memory pairs, a dictionary file) to seed the model with. */
  lexicon?: Lexicon;
  /**
   * Learn word pairs from the document pair itself: align, take the confident 1:1 beads,
   * link stems by G² association, realign. Default true.
   */
  learn?: boolean;
  /** Overrides of the bead-score parameters (experiments; the defaults are the tested ones). */
  params?: Partial<DpParams>;
  /** Hears the first pass's alignment, the one the lexicon is learned from (when it learns). */
  onFirstPass?: (beads: readonly RawBead[]) => void;
  /**
   * The target side's segments from `from` on as an analyser on another thread found them
   * (the command line's): the source side and the target's first `from` segments are analysed
   * here, then `take()` gives the rest; null (or tables that do not fit): analysed here too. Not
   * used with a lexicon given (its features are interned text by text).
   */
  foreignTarget?: ForeignTarget;
}

/** See AlignModelOptions.foreignTarget. */
export interface ForeignTarget {
  from: number;
  take(): ForeignSide | null;
}

/** Expected German characters per Russian character before a document says otherwise. */
export const DEFAULT_RATIO = 1.1;
// The document's own ratio is shrunk towards DEFAULT_RATIO as if this many source characters
// had been seen at that ratio; Gale-Church variance per character, measured on ru-de news.
const RATIO_PRIOR_CHARS = 2000;
const LENGTH_VARIANCE = 5;

const W_LEXICON = 1;

/** The first pass only feeds lexicon learning (1:1 beads): the five common bead shapes do. */
const FIRST_PASS_TYPES = 5;

/** Progress units of learning the lexicon, per segment pair (it costs about a quarter of a DP row). */
const LEARN_UNITS_PER_SEGMENT = 0.25;

/** Lexicon features of one stem on one side: feature ids and weights. */
interface StemFeatures {
  readonly ids: readonly number[];
  readonly w: readonly number[];
}

/**
 * The features of a stem the lexicon has no entry for, shared: most stems of a document have
 * none, and one object with two arrays per stem was about 4 MB of a long document's allocation.
 */
const NO_STEM_FEATURES: StemFeatures = { ids: [], w: [] };

/** The analysed segments of the document pair a model was built from, and their vectors. */
interface PairData {
  s: SideFeatures;
  t: SideFeatures;
  /** Per segment, the lexicon features of its stems (sorted rows; counted with the frequencies). */
  ls?: Rows;
  lt?: Rows;
  vs?: VecSet;
  vt?: VecSet;
}

/**
 * The offline cross-lingual similarity model of one document pair (Russian source, German
 * target). It turns a text into a sparse vector of language-neutral features:
 *
 * - transliterated cognate keys (Путин/Putin, Москва/Moskau) as 4- and 5-letter prefixes,
 * - numbers with both languages' spellings normalised,
 * - question/exclamation/quotation marks and brackets,
 * - word pairs of the lexicon (user pairs plus pairs learned from the document itself),
 *
 * weighted by inverse document frequency over the segments of both sides, so that names,
 * numbers and rare words count and common prefixes do not. `sim` is the cosine of two such
 * vectors; lengths are compared separately (`lengthScore`).
 */
export class AlignModel {
  readonly lexicon: Lexicon;
  /** Target characters per source character in this pair (shrunk towards DEFAULT_RATIO). */
  readonly ratio: number;
  private readonly an: Analyzer;
  private df = new Int32Array(0);
  // One cache per side, keyed by the text itself: a side-prefixed key would copy every text.
  private readonly featCache = { source: new Map<string, { ids: number[]; w: number[] }>(), target: new Map<string, { ids: number[]; w: number[] }>() };
  private nSegs = 0;
  /** Feature id of each lexicon entry (entries are stable objects; spares building the name). */
  private readonly entryIds = new Map<LexiconEntry, number>();
  /** Lexicon features per stem id, per side. */
  private readonly stemFeats: { source: Array<StemFeatures | undefined>; target: Array<StemFeatures | undefined> } = { source: [], target: [] };
  private readonly overrides: Partial<DpParams>;
  /** The alignment the lexicon was learned from; guides the band of the realignment. */
  private firstPass: readonly RawBead[] | undefined;
  private pair: PairData | undefined;

  constructor(lexicon: Lexicon = new Lexicon(), ratio = DEFAULT_RATIO, overrides: Partial<DpParams> = {}, analyzer?: Analyzer) {
    this.lexicon = lexicon;
    this.ratio = ratio;
    this.overrides = overrides;
    this.an = analyzer ?? new Analyzer();
  }

  /**
   * Builds the model of a document pair: document frequencies and length ratio from both
   * sides, then (unless `learn: false`) a lexicon learned from a first alignment.
   * `tracker` carries the progress of a larger call (`alignSentences`).
   */
  static fromPair(src: ReadonlyArray<Segment | string>, tgt: ReadonlyArray<Segment | string>, opts: AlignModelOptions = {}, tracker?: AlignTracker): AlignModel {
    const s = src.map(textOf);
    const t = tgt.map(textOf);
    const learn = opts.learn !== false && s.length > 0 && t.length > 0;
    const track = tracker ?? new AlignTracker(opts, AlignModel.plannedUnits(s.length, t.length, opts).build);
    const ls = s.reduce((a, x) => a + x.length, 0);
    const lt = t.reduce((a, x) => a + x.length, 0);
    // Totals mislead when one side has much text the other lacks: keep the ratio plausible.
    const ratio = clampRatio((lt + DEFAULT_RATIO * RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS));
    const user = opts.lexicon ?? new Lexicon();
    let model = new AlignModel(user, ratio, opts.params);
    track.begin('features');
    model.attach(s, t, track, opts.foreignTarget);
    // One round of align -> learn -> realign; more rounds did not change the result.
    if (learn) {
      track.begin('first-pass');
      const beads = model.alignRaw(s, t, undefined, FIRST_PASS_TYPES, track);
      opts.onFirstPass?.(beads);
      track.begin('lexicon');
      const learned = model.learnFromBeads(s, t, beads);
      track.check();
      const ratio2 = pairedRatio(model.pair!, beads) ?? ratio;
      if (learned.size > 0 || Math.abs(ratio2 - ratio) > 0.02) {
        const first = model;
        model = new AlignModel(user.merge(learned), ratio2, opts.params, first.an);
        model.attachFrom(first, track);
        model.firstPass = beads;
      }
      track.add(Math.ceil((s.length + t.length) * LEARN_UNITS_PER_SEGMENT));
    }
    if (!tracker) track.finish();
    return model;
  }

  /**
   * Progress units of `fromPair` on sides of n and m segments (`build`) and of aligning
   * them with the model it gives (`align`: a band around the first pass when it learned).
   */
  static plannedUnits(n: number, m: number, opts: AlignModelOptions = {}): { build: number; align: number } {
    const p = new AlignModel(undefined, DEFAULT_RATIO, opts.params).dpParams();
    const search = dpRows(n, m, p, false);
    if (opts.learn === false || n === 0 || m === 0) return { build: n + m, align: search };
    return { build: n + m + search + Math.ceil((n + m) * LEARN_UNITS_PER_SEGMENT), align: dpRows(n, m, p, true) };
  }

  /** Progress units of `alignRaw` on sides of n and m segments (after `fromPair` on them). */
  alignUnits(s: readonly string[], t: readonly string[]): number {
    const known = this.pairMatches(s, t);
    return (known ? 0 : s.length + t.length) + dpRows(s.length, t.length, this.dpParams(), known && this.firstPass !== undefined);
  }

  /** Analyses the pair this model belongs to and counts document frequencies over it. */
  private attach(s: readonly string[], t: readonly string[], tracker?: AlignTracker, foreignTarget?: ForeignTarget): void {
    const withLexicon = this.lexicon.size > 0;
    // A model with a lexicon interns each text's lexicon features right after its own.
    const sf = this.an.analyzeSide(s, tracker, withLexicon ? (ids, a, b) => this.internStems('source', ids, a, b) : undefined);
    let tf: SideFeatures;
    const split = !withLexicon && foreignTarget && foreignTarget.from >= 0 && foreignTarget.from < t.length ? foreignTarget : undefined;
    if (split) {
      // The same ids as one pass over the side: the head first, then the tail's names in their order.
      const head = this.an.analyzeSide(t.slice(0, split.from), tracker);
      const rest = t.slice(split.from);
      const foreign = split.take();
      const tail = (foreign && this.an.adoptSide(rest, foreign, tracker)) ?? this.an.analyzeSide(rest, tracker);
      tf = joinSides(t, head, tail);
    } else tf = this.an.analyzeSide(t, tracker, withLexicon ? (ids, a, b) => this.internStems('target', ids, a, b) : undefined);
    this.pair = { s: sf, t: tf };
    this.countDf();
  }

  /** Shares the analysed pair of `base` (a model of the same pair with the same analyser). */
  private attachFrom(base: AlignModel, tracker: AlignTracker): void {
    const { s, t } = base.pair!;
    this.pair = { s, t };
    this.internStems('source', s.stems, 0, s.stems.length);
    tracker.check();
    this.internStems('target', t.stems, 0, t.stems.length);
    tracker.check();
    this.countDf();
  }

  private internStems(side: Side, ids: Int32Array, a: number, b: number): void {
    for (let k = a; k < b; k++) this.stemFeatures(side, ids[k]!);
  }

  /** Lexicon features of a stem (by stem id), interned on first use. */
  private stemFeatures(side: Side, stemId: number): StemFeatures {
    // Hot (once per word of the pair): a branch, not a property looked up by name.
    const cache = side === 'source' ? this.stemFeats.source : this.stemFeats.target;
    return cache[stemId] ?? this.newStemFeatures(cache, side, stemId);
  }

  private newStemFeatures(cache: Array<StemFeatures | undefined>, side: Side, stemId: number): StemFeatures {
    const stem = this.an.stemNames[stemId]!;
    const entries = side === 'source' ? this.lexicon.forSource(stem) : this.lexicon.forTarget(stem);
    let hit = NO_STEM_FEATURES;
    if (entries.length > 0) {
      const ids: number[] = [];
      const w: number[] = [];
      for (const e of entries) {
        ids.push(this.entryId(e));
        w.push(W_LEXICON * e.weight);
      }
      hit = { ids, w };
    }
    cache[stemId] = hit;
    return hit;
  }

  private entryId(e: LexiconEntry): number {
    let id = this.entryIds.get(e);
    if (id === undefined) {
      id = this.an.intern('L' + e.source + '\u0000' + e.target);
      this.entryIds.set(e, id);
    }
    return id;
  }

  /**
   * Document frequencies over the segments of both sides (each feature counted once per
   * segment): base features, then the lexicon features of each segment's stems.
   */
  private countDf(): void {
    const { s, t } = this.pair!;
    this.nSegs = s.texts.length + t.texts.length;
    const df = new Int32Array(this.an.size);
    // Base features are distinct within a segment's row.
    for (const f of [s, t]) for (let k = 0; k < f.ids.length; k++) df[f.ids[k]!]!++;
    if (this.lexicon.size > 0) {
      // Which segment last counted a lexicon feature (stamps instead of a per-segment set).
      const last = new Int32Array(this.an.size);
      let stamp = 0;
      for (const side of ['source', 'target'] as const) {
        const f = side === 'source' ? s : t;
        // The rows the vectors take the lexicon features from, built in the same pass.
        const n = f.texts.length;
        const off = new Int32Array(n + 1);
        const ids = new Growable(ints, f.stems.length);
        const w = new Growable(floats, f.stems.length);
        for (let r = 0; r < n; r++) {
          stamp++;
          const rowStart = ids.n;
          for (let k = f.stemOff[r]!; k < f.stemOff[r + 1]!; k++) {
            const sf = this.stemFeatures(side, f.stems[k]!);
            const fIds = sf.ids;
            for (let e = 0; e < fIds.length; e++) {
              const id = fIds[e]!;
              ids.push(id);
              w.push(sf.w[e]!);
              if (last[id] === stamp) continue;
              last[id] = stamp;
              df[id]!++;
            }
          }
          ids.n = w.n = sortRowInPlace(ids.a, w.a, rowStart, ids.n);
          off[r + 1] = ids.n;
        }
        const rows: Rows = { off, ids: ids.a, w: w.a };
        if (side === 'source') this.pair!.ls = rows;
        else this.pair!.lt = rows;
      }
    }
    this.df = df;
    this.scale = undefined;
  }

  /** Tokens of a text (offsets into `text`). */
  tokens(text: string): AlignToken[] {
    return tokenize(text);
  }

  /** Feature ids with their base weights (before idf), memoised per text. */
  private rawFeatures(text: string, side: Side): { ids: number[]; w: number[] } {
    const info = this.an.analyze(text);
    if (this.lexicon.size === 0) return info.base;
    const cache = this.featCache[side];
    const hit = cache.get(text);
    if (hit) return hit;
    const ids = info.base.ids.slice();
    const w = info.base.w.slice();
    for (const stem of info.stems) {
      const entries = side === 'source' ? this.lexicon.forSource(stem) : this.lexicon.forTarget(stem);
      for (const e of entries) {
        ids.push(this.entryId(e));
        w.push(W_LEXICON * e.weight);
      }
    }
    const out = { ids, w };
    if (cache.size > 100_000) cache.clear();
    cache.set(text, out);
    return out;
  }

  /** Inverse document frequency of a feature over the pair's segments (unseen: maximal). */
  private idf(id: number): number {
    const df = id < this.df.length ? this.df[id]! : 0;
    return Math.log((this.nSegs + 1) / (df + 0.5));
  }

  /** Number of distinct feature ids handed out so far (vector ids are below it). */
  get featureCount(): number {
    return this.an.size;
  }

  /** The sparse feature vector of a text. */
  vector(text: string, side: Side): SparseVec {
    const { ids, w } = this.rawFeatures(text, side);
    return vecFromPairs(ids, w, (id) => Math.max(0.05, this.idf(id)));
  }

  /** The vectors of one side's segments (base features plus lexicon features of their stems). */
  private sideVectors(f: SideFeatures, side: Side, tracker?: AlignTracker): VecSet {
    const scale = this.featureScale();
    const pair = this.pair;
    const counted = pair && f === pair.s ? pair.ls : pair && f === pair.t ? pair.lt : undefined;
    const extra = this.lexicon.size > 0 ? (counted ?? this.lexiconRows(f, side)) : null;
    tracker?.check();
    return scaleRows(f, extra, scale);
  }

  /**
   * The weight of each feature id handed out so far (its idf, at least 0.05), computed once for
   * both sides: a logarithm per feature, some 10^5 of them on a long document.
   */
  private featureScale(): Float64Array {
    const size = this.an.size;
    if (this.scale?.length === size) return this.scale;
    const scale = new Float64Array(size);
    for (let id = 0; id < size; id++) scale[id] = Math.max(0.05, this.idf(id));
    this.scale = scale;
    return scale;
  }

  /** `featureScale`'s last answer (dropped when the document frequencies are counted anew). */
  private scale: Float64Array | undefined;

  /** Per segment, the lexicon features of its stems (sorted rows). */
  private lexiconRows(f: SideFeatures, side: Side): Rows {
    const n = f.texts.length;
    const off = new Int32Array(n + 1);
    let total = 0;
    for (let k = 0; k < f.stems.length; k++) total += this.stemFeatures(side, f.stems[k]!).ids.length;
    const ids = new Int32Array(total);
    const w = new Float64Array(total);
    let q = 0;
    for (let r = 0; r < n; r++) {
      for (let k = f.stemOff[r]!; k < f.stemOff[r + 1]!; k++) {
        const sf = this.stemFeatures(side, f.stems[k]!);
        for (let e = 0; e < sf.ids.length; e++) {
          ids[q] = sf.ids[e]!;
          w[q++] = sf.w[e]!;
        }
      }
      off[r + 1] = q;
    }
    return sortRows({ off, ids, w });
  }

  /**
   * Similarity of a Russian text and a German text in [0, 1]: the cosine of their feature
   * vectors. About 0 for unrelated sentences; translations with names, numbers or
   * cognates typically score 0.2-0.6; 1 only for identical feature bags.
   */
  sim(srcText: string, tgtText: string): number {
    return cosine(this.vector(srcText, 'source'), this.vector(tgtText, 'target'));
  }

  /** `sim(s[i], t[j])`, from the vectors of the pair when `s`, `t` are the pair aligned last. */
  segmentSim(s: readonly string[], t: readonly string[], i: number, j: number): number {
    return this.segmentSims(s, t)(i, j);
  }

  /**
   * `segmentSim(s, t, i, j)` as a function of i and j, for many pairs of the same sides: whether
   * they are the model's pair (a comparison of every text) is asked once, not once per pair.
   * The sides must not change while it is used.
   */
  segmentSims(s: readonly string[], t: readonly string[]): (i: number, j: number) => number {
    const pair = this.pairMatches(s, t) ? this.pair! : undefined;
    const vs = pair?.vs;
    const vt = pair?.vt;
    if (vs && vt) return (i, j) => cosineRows(vs, i, vt, j);
    return (i, j) => this.sim(s[i]!, t[j]!);
  }

  /** Length compatibility of two texts in (0, 1]: 1 when the lengths fit the pair's ratio. */
  lengthScore(srcText: string, tgtText: string): number {
    return Math.exp(this.lengthLogP(srcText.length, tgtText.length));
  }

  /** Log-likelihood of target length `lt` given source length `ls` (0 at the expected ratio). */
  lengthLogP(ls: number, lt: number): number {
    if (ls === 0 && lt === 0) return 0;
    return lengthLogP(ls, lt, this.dpParams());
  }

  /**
   * Similarity of one Russian token and one German token in [0, 1]: equal numbers 1,
   * lexicon pairs their weight, cognates by transliterated common prefix, punctuation of
   * the same class 1.
   */
  wordSim(src: AlignToken, tgt: AlignToken): number {
    if (src.kind !== tgt.kind) return 0;
    if (src.kind === 'number' || src.kind === 'punct') return src.key === tgt.key ? 1 : 0;
    const lex = this.lexicon.weight(stemOf(src.lower), stemOf(tgt.lower));
    return Math.max(lex, cognateScore(src.key, tgt.key));
  }

  /**
   * How informative a token is for matching, in [0, 1] (rare words, numbers and names
   * high; frequent and short words low), from the document frequencies of the pair.
   */
  tokenWeight(tok: AlignToken): number {
    const maxIdf = Math.log((this.nSegs + 1) / 0.5);
    if (tok.kind === 'number') return 1;
    if (tok.kind === 'punct') return 0.2;
    if (tok.key.length < MIN_COGNATE_KEY) return 0.1;
    const id5 = this.an.idOf('b' + tok.key.slice(0, 5));
    const id4 = this.an.idOf('a' + tok.key.slice(0, 4));
    const id = id5 !== undefined && id5 < this.df.length && this.df[id5] ? id5 : id4;
    const idf = id !== undefined ? this.idf(id) : maxIdf;
    return Math.max(0.05, Math.min(1, idf / Math.max(1e-9, maxIdf)));
  }

  /** Parameters of the bead scores for this pair. */
  dpParams(): DpParams {
    return {
      ratio: this.ratio,
      variance: LENGTH_VARIANCE,
      lengthDof: 4,
      lexWeight: 10,
      markWeight: 1,
      baseline: 0.03,
      logPrior: BEAD_PRIORS.map(Math.log),
      bandWidth: 4,
      maxFullCells: 40_000,
      ...this.overrides,
    };
  }

  /** Aligns two sides with this model (no learning); exposed for `alignSentences`. */
  alignRaw(s: readonly string[], t: readonly string[], guide?: readonly RawBead[], types?: number, tracker?: AlignTracker): RawBead[] {
    let pair: PairData;
    if (this.pairMatches(s, t)) pair = this.pair!;
    else {
      // Other texts than the pair's: analysed here, weighted by the pair's frequencies.
      pair = { s: this.an.analyzeSide(s, tracker), t: this.an.analyzeSide(t, tracker) };
    }
    pair.vs ??= this.sideVectors(pair.s, 'source', tracker);
    tracker?.check();
    pair.vt ??= this.sideVectors(pair.t, 'target', tracker);
    tracker?.check();
    return alignDp(
      { vecs: pair.vs, lens: pair.s.lens, marks: pair.s.marks },
      { vecs: pair.vt, lens: pair.t.lens, marks: pair.t.marks },
      types ? { ...this.dpParams(), types } : this.dpParams(),
      guide ?? (pair === this.pair ? this.firstPass : undefined),
      tracker,
    );
  }

  /** Whether `s` and `t` are the texts of the pair this model was built from. */
  private pairMatches(s: readonly string[], t: readonly string[]): boolean {
    const pair = this.pair;
    if (!pair) return false;
    return sameTexts(pair.s.texts, s) && sameTexts(pair.t.texts, t);
  }

  /**
   * Learns a lexicon from the confident 1:1 beads of an alignment of `s` and `t` (at most
   * MAX_LEARN_PAIRS of them, spread evenly over the document).
   */
  learnFromBeads(s: readonly string[], t: readonly string[], beads: readonly RawBead[]): Lexicon {
    const pair = this.pairMatches(s, t) ? this.pair : undefined;
    const ones = beads.filter((b) => b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1 && b.gain >= 0);
    if (ones.length < 4) return new Lexicon();
    const step = Math.max(1, ones.length / MAX_LEARN_PAIRS);
    const picked: RawBead[] = [];
    for (let q = 0; q < ones.length; q += step) picked.push(ones[Math.floor(q)]!);
    // The pair's own segments: their stems as the analyser's ids, no string per word.
    if (pair) {
      const names = this.an.stemNames;
      return learnLexiconIds(
        picked.map((b) => [stemIdsOf(pair.s, b.s0), stemIdsOf(pair.t, b.t0)] as const),
        names,
        names,
      );
    }
    return learnLexicon(picked.map((b) => [this.an.analyze(s[b.s0]!).stems, this.an.analyze(t[b.t0]!).stems] as const));
  }
}

/** Stem ids of segment r of a side (a view, no copy). */
function stemIdsOf(side: SideFeatures, r: number): Int32Array {
  return side.stems.subarray(side.stemOff[r]!, side.stemOff[r + 1]!);
}

/**
 * Most sentence pairs the lexicon is learned from. A thousand pairs learned as good a lexicon as
 * all of newstest2012's (strict F1 within 0.001 on its _full cases, seeds 1-3, and a 12,000-line
 * case with repeated documents), and learning from 40,000 took seconds. 600 give the same
 * figures on every development document up to a thousand 1:1 beads and on the `_full` cases
 * strict F1 of newstest2012 0.9758 / 0.9772 / 0.9777 -> 0.9766 / 0.9781 / 0.9797 (seeds 1-3),
 * FLORES-200 and PUD unchanged; 400 lowered PUD's seed 2 (0.985 -> 0.980).
 */
const MAX_LEARN_PAIRS = 600;

/** Prior probability of each bead type of dp.ts's BEAD_TYPES (1:1, 2:1, 1:2, 1:0, 0:1, 2:2, 3:1, 1:3). */
const BEAD_PRIORS = [0.8, 0.07, 0.07, 0.025, 0.025, 0.005, 0.0025, 0.0025];

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function clampRatio(r: number): number {
  return Math.min(DEFAULT_RATIO * 1.4, Math.max(DEFAULT_RATIO / 1.4, r));
}

/** Length ratio over the confident 1:1 beads of a first alignment (null if too few). */
function pairedRatio(pair: PairData, beads: readonly RawBead[]): number | null {
  let ls = 0;
  let lt = 0;
  let n = 0;
  for (const b of beads) {
    if (b.s1 - b.s0 !== 1 || b.t1 - b.t0 !== 1 || b.gain < 0) continue;
    ls += pair.s.lens[b.s0]!;
    lt += pair.t.lens[b.t0]!;
    n++;
  }
  if (n < 5) return null;
  return clampRatio((lt + DEFAULT_RATIO * RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS));
}

function textOf(x: Segment | string): string {
  return typeof x === 'string' ? x : x.text;
}
