import { markCounts } from './dp';
import type { AlignTracker } from './progress';
import { scanTokens, stemOf } from './tokens';
import { cognateKey } from './translit';

// Feature weights relative to an informative word prefix.
export const W_NUMBER = 2;
export const W_PUNCT = 0.5;
const W_PREFIX = 0.5;

export const MIN_COGNATE_KEY = 4;

/** What a text contributes independently of side and lexicon: cognate/number/punctuation features and stems. */
export interface TextInfo {
  base: { ids: number[]; w: number[] };
  stems: string[];
}

interface WordInfo {
  stem: string;
  stemId: number;
  pre: readonly number[];
}

const NO_IDS: number[] = [];

/**
 * The features of one side's segments in flat typed arrays (compressed rows, segment-major):
 * base features (ids and weights in token order, before idf), stem ids in token order,
 * lengths in characters and MARK_TYPES punctuation counts per segment.
 */
export interface SideFeatures {
  readonly texts: readonly string[];
  readonly off: Int32Array;
  readonly ids: Int32Array;
  readonly w: Float64Array;
  readonly stemOff: Int32Array;
  readonly stems: Int32Array;
  readonly lens: Float64Array;
  readonly marks: Float64Array;
}

/** A growable Int32Array. */
class IntList {
  a: Int32Array;
  n = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const g = new Int32Array(this.a.length * 2);
      g.set(this.a);
      this.a = g;
    }
    this.a[this.n++] = x;
  }
  done(): Int32Array {
    return this.a.slice(0, this.n);
  }
}

/** A growable Float64Array. */
class FloatList {
  a: Float64Array;
  n = 0;
  constructor(capacity: number) {
    this.a = new Float64Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const g = new Float64Array(this.a.length * 2);
      g.set(this.a);
      this.a = g;
    }
    this.a[this.n++] = x;
  }
  done(): Float64Array {
    return this.a.slice(0, this.n);
  }
}

/** Segments analysed between two progress reports. */
const TICK_SEGMENTS = 256;

/**
 * Feature interning and text analysis, shared by the models of one document pair (the
 * first-pass model and the one with the learned lexicon), so texts are tokenised once.
 */
export class Analyzer {
  private readonly featIds = new Map<string, number>();
  private readonly prefixIds = new Map<string, number[]>();
  private readonly info = new Map<string, TextInfo>();
  private readonly words = new Map<string, WordInfo>();
  private readonly numberIds = new Map<string, number>();
  private readonly punctIds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  /** Stem of each stem id. */
  readonly stemNames: string[] = [];

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

  private stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stemNames.length;
      this.stemIds.set(stem, id);
      this.stemNames.push(stem);
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
    const stem = stemOf(surface.toLowerCase());
    hit = { stem, stemId: this.stemId(stem), pre };
    if (this.words.size > 200_000) this.words.clear();
    this.words.set(surface, hit);
    return hit;
  }

  /** Features and stems of one text (memoised), for texts outside the aligned pair. */
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
          w.push(W_PREFIX);
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

  /**
   * Analyses the segments of one side into flat tables, interning features in the order
   * `analyze` would meet them text by text. `afterText(stemIds, from, to)` runs after each
   * text with its stem ids (a model with a lexicon interns that text's lexicon features there).
   */
  analyzeSide(texts: readonly string[], tracker?: AlignTracker, afterText?: (stemIds: Int32Array, from: number, to: number) => void): SideFeatures {
    const n = texts.length;
    let chars = 0;
    for (const x of texts) chars += x.length;
    const ids = new IntList(chars >> 2);
    const w = new FloatList(chars >> 2);
    const stems = new IntList(chars >> 3);
    const off = new Int32Array(n + 1);
    const stemOff = new Int32Array(n + 1);
    const lens = new Float64Array(n);
    const marks: number[] = [];
    const onWord = (surface: string): void => {
      const word = this.word(surface);
      stems.push(word.stemId);
      for (let k = 0; k < word.pre.length; k++) {
        ids.push(word.pre[k]!);
        w.push(W_PREFIX);
      }
    };
    const onNumber = (key: string): void => {
      ids.push(this.internAs(this.numberIds, 'n', key));
      w.push(W_NUMBER);
    };
    const onPunct = (key: string): void => {
      if (key === '(') return;
      ids.push(this.internAs(this.punctIds, 'p', key));
      w.push(W_PUNCT);
    };
    for (let r = 0; r < n; r++) {
      const text = texts[r]!;
      const from = stems.n;
      scanTokens(text, onWord, onNumber, onPunct);
      afterText?.(stems.a, from, stems.n);
      off[r + 1] = ids.n;
      stemOff[r + 1] = stems.n;
      lens[r] = text.length;
      markCounts(text, marks);
      if (tracker && r % TICK_SEGMENTS === TICK_SEGMENTS - 1) tracker.add(TICK_SEGMENTS);
    }
    tracker?.add(n % TICK_SEGMENTS);
    return { texts, off, ids: ids.done(), w: w.done(), stemOff, stems: stems.done(), lens, marks: Float64Array.from(marks) };
  }
}

/** Stems of segment r of a side, as strings. */
export function stemsOf(side: SideFeatures, r: number, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = side.stemOff[r]!; k < side.stemOff[r + 1]!; k++) out.push(names[side.stems[k]!]!);
  return out;
}
