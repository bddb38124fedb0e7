import type { Segment } from '../types';
import { alignDp, markCounts, type DpParams, type RawBead } from './dp';
import { Lexicon, learnLexicon, type LexiconEntry } from './lexicon';
import { cognateScore, scanTokens, stemOf, tokenize, type AlignToken } from './tokens';
import { cognateKey } from './translit';
import { cosine, vecFromPairs, type SparseVec } from './vectors';

export { Lexicon, learnLexicon } from './lexicon';
export type { LexiconEntry, LearnOptions } from './lexicon';
export { tokenize, cognateScore, stemOf, normaliseNumber, commonPrefix } from './tokens';
export type { AlignToken } from './tokens';
export { transliterate, latinKey, cognateKey, hasCyrillic } from './translit';

/** Which side of the pair a text belongs to. Source is Russian, target German. */
export type Side = 'source' | 'target';

/** Options of `AlignModel.fromPair`. */
export interface AlignModelOptions {
  /** User lexicon (translation memory pairs, a dictionary file) to seed the model with. */
  lexicon?: Lexicon;
  /**
   * Learn word pairs from the document pair itself: align, take the confident 1:1 beads,
   * link stems by G² association, realign. Default true.
   */
  learn?: boolean;
  /** Overrides of the bead-score parameters (experiments; the defaults are the tested ones). */
  params?: Partial<DpParams>;
}

/** Expected German characters per Russian character before a document says otherwise. */
export const DEFAULT_RATIO = 1.1;
// The document's own ratio is shrunk towards DEFAULT_RATIO as if this many source characters
// had been seen at that ratio; Gale-Church variance per character, measured on ru-de news.
const RATIO_PRIOR_CHARS = 2000;
const LENGTH_VARIANCE = 5;

// Feature weights relative to an informative word prefix.
const W_NUMBER = 2;
const W_PUNCT = 0.5;
const W_LEXICON = 1;

const MIN_COGNATE_KEY = 4;
/** The first pass only feeds lexicon learning (1:1 beads): the five common bead shapes do. */
const FIRST_PASS_TYPES = 5;

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
  private readonly df: number[] = [];
  // One cache per side, keyed by the text itself: a side-prefixed key would copy every text.
  private readonly featCache = { source: new Map<string, { ids: number[]; w: number[] }>(), target: new Map<string, { ids: number[]; w: number[] }>() };
  private nSegs = 0;
  /** Feature id of each lexicon entry (entries are stable objects; spares building the name). */
  private readonly entryIds = new Map<LexiconEntry, number>();
  private readonly overrides: Partial<DpParams>;
  /** The alignment the lexicon was learned from; guides the band of the realignment. */
  private firstPass: readonly RawBead[] | undefined;
  private firstPassKey = '';

  constructor(lexicon: Lexicon = new Lexicon(), ratio = DEFAULT_RATIO, overrides: Partial<DpParams> = {}, analyzer?: Analyzer) {
    this.lexicon = lexicon;
    this.ratio = ratio;
    this.overrides = overrides;
    this.an = analyzer ?? new Analyzer();
  }

  /**
   * Builds the model of a document pair: document frequencies and length ratio from both
   * sides, then (unless `learn: false`) a lexicon learned from a first alignment.
   */
  static fromPair(src: ReadonlyArray<Segment | string>, tgt: ReadonlyArray<Segment | string>, opts: AlignModelOptions = {}): AlignModel {
    const s = src.map(textOf);
    const t = tgt.map(textOf);
    const ls = s.reduce((a, x) => a + x.length, 0);
    const lt = t.reduce((a, x) => a + x.length, 0);
    // Totals mislead when one side has much text the other lacks: keep the ratio plausible.
    const ratio = clampRatio((lt + DEFAULT_RATIO * RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS));
    const user = opts.lexicon ?? new Lexicon();
    let model = new AlignModel(user, ratio, opts.params);
    model.countDf(s, t);
    // One round of align -> learn -> realign; more rounds did not change the result.
    if (opts.learn !== false && s.length > 0 && t.length > 0) {
      const beads = model.alignRaw(s, t, undefined, FIRST_PASS_TYPES);
      const learned = model.learnFromBeads(s, t, beads);
      const ratio2 = pairedRatio(s, t, beads) ?? ratio;
      if (learned.size > 0 || Math.abs(ratio2 - ratio) > 0.02) {
        const first = model;
        model = new AlignModel(user.merge(learned), ratio2, opts.params, first.an);
        model.countDf(s, t, first);
        model.firstPass = beads;
        model.firstPassKey = pairKey(s, t);
      }
    }
    return model;
  }

  /**
   * Document frequencies over both sides. `base`, a model of the same pair sharing this
   * one's analyser, already counted the lexicon-independent features: only the lexicon
   * features (which `rawFeatures` appends after them) are counted again.
   */
  private countDf(s: readonly string[], t: readonly string[], base?: AlignModel): void {
    this.df.length = 0;
    // Only a base without lexicon features has counted exactly the shared features.
    const reuse = base !== undefined && base.lexicon.size === 0;
    if (reuse) for (let id = 0; id < base.df.length; id++) this.df[id] = base.df[id] ?? 0;
    this.nSegs = s.length + t.length;
    // Which text last counted a feature (stamps instead of a per-text set).
    let last = new Int32Array(Math.max(1024, this.an.size * 2));
    let stamp = 0;
    const count = (x: string, side: Side): void => {
      stamp++;
      const ids = this.rawFeatures(x, side).ids;
      for (let k = reuse ? this.an.analyze(x).base.ids.length : 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (id >= last.length) {
          const grown = new Int32Array(Math.max(id + 1, last.length * 2));
          grown.set(last);
          last = grown;
        }
        if (last[id] === stamp) continue;
        last[id] = stamp;
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
    };
    for (const x of s) count(x, 'source');
    for (const x of t) count(x, 'target');
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
        let id = this.entryIds.get(e);
        if (id === undefined) {
          id = this.an.intern('L' + e.source + '\u0000' + e.target);
          this.entryIds.set(e, id);
        }
        ids.push(id);
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
    const df = this.df[id] ?? 0;
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

  /**
   * Similarity of a Russian text and a German text in [0, 1]: the cosine of their feature
   * vectors. About 0 for unrelated sentences; translations with names, numbers or
   * cognates typically score 0.2-0.6; 1 only for identical feature bags.
   */
  sim(srcText: string, tgtText: string): number {
    return cosine(this.vector(srcText, 'source'), this.vector(tgtText, 'target'));
  }

  /** Length compatibility of two texts in (0, 1]: 1 when the lengths fit the pair's ratio. */
  lengthScore(srcText: string, tgtText: string): number {
    return Math.exp(this.lengthLogP(srcText.length, tgtText.length));
  }

  /** Log-likelihood of target length `lt` given source length `ls` (0 at the expected ratio). */
  lengthLogP(ls: number, lt: number): number {
    if (ls === 0 && lt === 0) return 0;
    const p = this.dpParams();
    const mean = (ls + lt / p.ratio) / 2;
    const d = (lt - ls * p.ratio) / Math.sqrt(Math.max(1, mean) * p.variance);
    return (-(p.lengthDof + 1) / 2) * Math.log1p((d * d) / p.lengthDof);
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
    const id = id5 !== undefined && this.df[id5] ? id5 : id4;
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
      bandWidth: 6,
      maxFullCells: 40_000,
      ...this.overrides,
    };
  }

  /** Aligns two sides with this model (no learning); exposed for `alignSentences`. */
  alignRaw(s: readonly string[], t: readonly string[], guide?: readonly RawBead[], types?: number): RawBead[] {
    const sv = s.map((x) => this.vector(x, 'source'));
    const tv = t.map((x) => this.vector(x, 'target'));
    const ms: number[] = [];
    const mt: number[] = [];
    for (const x of s) markCounts(x, ms);
    for (const x of t) markCounts(x, mt);
    return alignDp(
      { vecs: sv, lens: s.map((x) => x.length), marks: ms },
      { vecs: tv, lens: t.map((x) => x.length), marks: mt },
      types ? { ...this.dpParams(), types } : this.dpParams(),
      this.featureCount,
      guide ?? this.firstPassFor(s, t),
    );
  }

  private firstPassFor(s: readonly string[], t: readonly string[]): readonly RawBead[] | undefined {
    return this.firstPass && this.firstPassKey === pairKey(s, t) ? this.firstPass : undefined;
  }

  /** Learns a lexicon from the confident 1:1 beads of an alignment of `s` and `t`. */
  learnFromBeads(s: readonly string[], t: readonly string[], beads: readonly RawBead[]): Lexicon {
    const pairs: Array<[string, string]> = [];
    for (const b of beads) {
      if (b.s1 - b.s0 !== 1 || b.t1 - b.t0 !== 1) continue;
      if (b.gain < 0) continue;
      pairs.push([s[b.s0]!, t[b.t0]!]);
    }
    if (pairs.length < 4) return new Lexicon();
    return learnLexicon(pairs.map(([x, y]) => [this.an.analyze(x).stems, this.an.analyze(y).stems] as const));
  }
}

/** Prior probability of each bead type of dp.ts's BEAD_TYPES (1:1, 2:1, 1:2, 1:0, 0:1, 2:2, 3:1, 1:3). */
const BEAD_PRIORS = [0.8, 0.07, 0.07, 0.025, 0.025, 0.005, 0.0025, 0.0025];

/** What a text contributes independently of side and lexicon: cognate/number/punctuation features and stems. */
interface TextInfo {
  base: { ids: number[]; w: number[] };
  stems: string[];
}

interface WordInfo {
  stem: string;
  pre: readonly number[];
}

const NO_IDS: number[] = [];

/**
 * Feature interning and per-text analysis, shared by the models of one document pair (the
 * first-pass model and the one with the learned lexicon), so texts are tokenised once.
 */
class Analyzer {
  private readonly featIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number[]>();
  private readonly info = new Map<string, TextInfo>();
  private readonly words = new Map<string, WordInfo>();
  private readonly numberIds = new Map<string, number>();
  private readonly punctIds = new Map<string, number>();

  get size(): number {
    return this.featIds.size;
  }

  idOf(name: string): number | undefined {
    return this.featIds.get(name);
  }

  intern(name: string): number {
    let id = this.featIds.get(name);
    if (id === undefined) {
      id = this.featIds.size;
      this.featIds.set(name, id);
    }
    return id;
  }

  /** `intern(prefix + key)` through a per-kind map, sparing the concatenation on repeats. */
  private internAs(ids: Map<string, number>, prefix: string, key: string): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = this.intern(prefix + key);
      ids.set(key, id);
    }
    return id;
  }

  /** Stem and cognate-prefix features of a surface word, memoised: texts repeat their words. */
  private word(surface: string): WordInfo {
    let hit = this.words.get(surface);
    if (hit) return hit;
    const k = cognateKey(surface);
    let pre: number[] = NO_IDS;
    if (k.length >= MIN_COGNATE_KEY) {
      const known = this.prefixIds.get(k);
      if (known) pre = known;
      else {
        pre = k.length >= 5 ? [this.intern('a' + k.slice(0, 4)), this.intern('b' + k.slice(0, 5))] : [this.intern('a' + k.slice(0, 4))];
        this.prefixIds.set(k, pre);
      }
    }
    hit = { stem: stemOf(surface.toLowerCase()), pre };
    if (this.words.size > 200_000) this.words.clear();
    this.words.set(surface, hit);
    return hit;
  }

  analyze(text: string): TextInfo {
    const hit = this.info.get(text);
    if (hit) return hit;
    const ids: number[] = [];
    const w: number[] = [];
    const stems: string[] = [];
    scanTokens(
      text,
      (surface) => {
        const word = this.word(surface);
        stems.push(word.stem);
        for (const id of word.pre) {
          ids.push(id);
          w.push(0.5);
        }
      },
      (key) => {
        ids.push(this.internAs(this.numberIds, 'n', key));
        w.push(W_NUMBER);
      },
      (key) => {
        if (key === '(') return;
        ids.push(this.internAs(this.punctIds, 'p', key));
        w.push(W_PUNCT);
      },
    );
    const out = { base: { ids, w }, stems };
    if (this.info.size > 200_000) this.info.clear();
    this.info.set(text, out);
    return out;
  }
}

/** Cheap identity of a document pair: the guide band must come from the same texts. */
function pairKey(s: readonly string[], t: readonly string[]): string {
  return [s.length, t.length, s[0], s[s.length - 1], t[0], t[t.length - 1]].join('\u0001');
}

function clampRatio(r: number): number {
  return Math.min(DEFAULT_RATIO * 1.4, Math.max(DEFAULT_RATIO / 1.4, r));
}

/** Length ratio over the confident 1:1 beads of a first alignment (null if too few). */
function pairedRatio(s: readonly string[], t: readonly string[], beads: readonly RawBead[]): number | null {
  let ls = 0;
  let lt = 0;
  let n = 0;
  for (const b of beads) {
    if (b.s1 - b.s0 !== 1 || b.t1 - b.t0 !== 1 || b.gain < 0) continue;
    ls += s[b.s0]!.length;
    lt += t[b.t0]!.length;
    n++;
  }
  if (n < 5) return null;
  return clampRatio((lt + DEFAULT_RATIO * RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS));
}

function textOf(x: Segment | string): string {
  return typeof x === 'string' ? x : x.text;
}
