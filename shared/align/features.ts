import { markCounts } from './score';
import type { AlignTracker } from './progress';
import { isLetterCode, normaliseNumber, numberAt, punctKeyAt, scanTokenSpans, stemOf, wordHashStart, wordHashStep } from './tokens';
import { sortRowInPlace } from './vectors';
import { cognateKeyOf } from './translit';

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

/**
 * The words an analyser has seen, each with its stem and cognate-prefix features, found by
 * hash and characters: a long document has a million word tokens and a few ten thousand
 * distinct words, and cutting every token out of its text to look it up in a Map cost more
 * than analysing the new ones.
 */
class WordTable {
  private slots = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 11);
  /** Stem id and up to two prefix feature ids (-1: none) per word. */
  stemIds = new Int32Array(1 << 11);
  pre0 = new Int32Array(1 << 11);
  pre1 = new Int32Array(1 << 11);
  readonly surfaces: string[] = [];
  count = 0;

  /** Index of the word `text.slice(start, end)` with hash `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const x = this.slots[slot]!;
      if (x === 0) return -1;
      const idx = x - 1;
      if (this.hashes[idx] !== h) continue;
      const w = this.surfaces[idx]!;
      if (w.length !== len) continue;
      let q = 0;
      while (q < len && w.charCodeAt(q) === text.charCodeAt(start + q)) q++;
      if (q === len) return idx;
    }
  }

  add(surface: string, h: number, stemId: number, p0: number, p1: number): number {
    if (this.count === this.hashes.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const g = new Int32Array(a.length * 2);
        g.set(a);
        return g;
      };
      this.hashes = grow(this.hashes);
      this.stemIds = grow(this.stemIds);
      this.pre0 = grow(this.pre0);
      this.pre1 = grow(this.pre1);
    }
    const idx = this.count++;
    this.hashes[idx] = h;
    this.stemIds[idx] = stemId;
    this.pre0[idx] = p0;
    this.pre1[idx] = p1;
    this.surfaces.push(surface);
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(idx);
    return idx;
  }

  private place(idx: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[idx]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = idx + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let idx = 0; idx < this.count; idx++) this.place(idx);
  }
}

/**
 * The `len` (at most 6) letters of a cognate key from `from` on as one number, base 28 with the digits
 * 1-26 for a-z and 27 for "X" (the letters `latinKeyCodes` writes), so that prefixes of one
 * length have distinct codes below 2^31; -1 when another character occurs (a key of the string
 * path: looked up by its string).
 */
export function prefixCode(k: string, len: number, from = 0): number {
  let code = 0;
  for (let q = from; q < from + len; q++) {
    const c = k.charCodeAt(q);
    const d = c >= 0x61 && c <= 0x7a ? c - 0x60 : c === 0x58 ? 27 : -1;
    if (d < 0) return -1;
    code = code * 28 + d;
  }
  return code;
}

/** A number's bits spread over the low ones (a table's slot). */
function mix(x: number): number {
  const h = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
  return h ^ (h >>> 16);
}

/**
 * Ids by a non-negative code below 2^31 (a prefix's `prefixCode`, a stem's `stemCode`): open
 * addressing over one Int32Array, each slot's code and id side by side. A long document has tens
 * of thousands of distinct prefixes and stems, and Maps of them grew through ever larger tables
 * on the JavaScript heap (copied by the young-generation collector, then promoted) whose lookups
 * missed the cache: a Map's bucket, its entry and the key's characters, where a slot here is one read.
 */
class CodeTable {
  /** Per slot: code + 1 (0: empty), then the id stored with it. */
  private slots = new Int32Array(1 << 13);
  private count = 0;

  /** The id stored for `code`, or -1. */
  get(code: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const key = code + 1;
    for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      const x = slots[slot << 1]!;
      if (x === key) return slots[(slot << 1) + 1]!;
      if (x === 0) return -1;
    }
  }

  /** Stores `id` for `code` (not stored yet). */
  set(code: number, id: number): void {
    if (++this.count * 4 > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.place(old[k]!, old[k + 1]!);
    }
    this.place(code + 1, id);
  }

  private place(key: number, id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = mix(key) & mask;
    while (slots[slot << 1] !== 0) slot = (slot + 1) & mask;
    slots[slot << 1] = key;
    slots[(slot << 1) + 1] = id;
  }
}

/** Symbol (1-63) of a character in `stemCode`, or -1. */
function stemSymbol(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (c >= 0x430 && c <= 0x44f) return c - 0x430 + 27;
  switch (c) {
    case 0x451: // ё
      return 59;
    case 0xe4: // ä
      return 60;
    case 0xf6: // ö
      return 61;
    case 0xfc: // ü
      return 62;
    case 0xdf: // ß
      return 63;
    default:
      return -1;
  }
}

/**
 * The first `n` (at most 5) characters of `s` as one number, base 64 with the digits 1-63 for
 * a-z, а-я, ё, ä, ö, ü and ß, so that strings of up to five such letters have distinct codes
 * below 2^30; -1 when another character occurs (a stem looked up by its string).
 */
export function stemCode(s: string, n: number): number {
  let code = 0;
  for (let q = 0; q < n; q++) {
    const d = stemSymbol(s.charCodeAt(q));
    if (d < 0) return -1;
    code = code * 64 + d;
  }
  return code;
}

/** Distinct words an analyser keeps before it starts afresh (memory stays bounded). */
const MAX_WORDS = 1 << 20;

/**
 * The features of one side's segments in flat typed arrays (compressed rows, segment-major):
 * base features (ascending ids, a repeated feature's weights added up; before idf), stem ids
 * in token order, lengths in characters and MARK_TYPES punctuation counts per segment.
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

/**
 * One side's features as another analyser (on another thread) found them, with its own ids:
 * `names` and `stemNames` give the name of each of its feature and stem ids, in the order it
 * met them (see `Analyzer.exportSide`, `Analyzer.adoptSide`).
 */
export interface ForeignSide extends Omit<SideFeatures, 'texts'> {
  readonly names: readonly string[];
  readonly stemNames: readonly string[];
}

/**
 * The side of `texts` from the sides of its first segments (`head`) and of the rest (`tail`):
 * the tables of `analyzeSide(texts)` when both come from the same analyser (rows do not depend
 * on each other).
 */
export function joinSides(texts: readonly string[], head: SideFeatures, tail: SideFeatures): SideFeatures {
  const n = head.lens.length;
  const join = <T extends Int32Array | Float64Array>(a: T, b: T, make: (length: number) => T): T => {
    const out = make(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  const shifted = (a: Int32Array, b: Int32Array): Int32Array => {
    const out = new Int32Array(a.length + b.length - 1);
    out.set(a);
    const base = a[a.length - 1]!;
    for (let k = 1; k < b.length; k++) out[n + k] = base + b[k]!;
    return out;
  };
  return {
    texts,
    off: shifted(head.off, tail.off),
    ids: join(head.ids, tail.ids, (k) => new Int32Array(k)),
    w: join(head.w, tail.w, (k) => new Float64Array(k)),
    stemOff: shifted(head.stemOff, tail.stemOff),
    stems: join(head.stems, tail.stems, (k) => new Int32Array(k)),
    lens: join(head.lens, tail.lens, (k) => new Float64Array(k)),
    marks: join(head.marks, tail.marks, (k) => new Float64Array(k)),
  };
}

/** A growable typed array. */
export class Growable<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>> {
  a: T;
  n = 0;
  constructor(
    private readonly make: (length: number) => T,
    capacity: number,
  ) {
    this.a = make(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const g = this.make(this.a.length * 2);
      g.set(this.a);
      this.a = g;
    }
    this.a[this.n++] = x;
  }
  done(): T {
    return this.a.slice(0, this.n) as T;
  }
}

export const ints = (length: number): Int32Array<ArrayBuffer> => new Int32Array(length);
export const floats = (length: number): Float64Array<ArrayBuffer> => new Float64Array(length);

/** Segments analysed between two progress reports. */
const TICK_SEGMENTS = 256;

/**
 * Feature interning and text analysis, shared by the models of one document pair (the
 * first-pass model and the one with the learned lexicon), so texts are tokenised once.
 */
export class Analyzer {
  /** Ids of the feature names other than coded prefixes' (see `prefixCodes`), by the name. */
  private readonly featIds = new Map<string, number>();
  /** Name of each feature id. */
  private readonly names: string[] = [];
  private readonly info = new Map<string, TextInfo>();
  private words = new WordTable();
  private readonly numberIds = new Map<string, number>();
  private readonly punctIds = new Map<string, number>();
  /** Ids of prefixes that have no `prefixCode` (a character other than a-z and X), by the prefix. */
  private readonly prefix4Ids = new Map<string, number>();
  private readonly prefix5Ids = new Map<string, number>();
  /** Ids of the other prefixes by their `prefixCode` (no string cut out of the key per word). */
  private readonly prefix4Codes = new CodeTable();
  private readonly prefix5Codes = new CodeTable();
  /** Ids of stems without a `stemCode`, by the stem. */
  private readonly stemIds = new Map<string, number>();
  /** Ids of the other stems by their `stemCode`. */
  private readonly stemCodes = new CodeTable();
  /** Stem of each stem id. */
  readonly stemNames: string[] = [];

  get size(): number {
    return this.names.length;
  }

  /**
   * The table of a cognate-prefix feature's name ('a' and four letters, 'b' and five) with its
   * prefix's code, when the prefix has one: such names are kept by code, not by string.
   */
  private prefixCodes(name: string): { codes: CodeTable; code: number } | null {
    const tag = name.charCodeAt(0);
    const codes = tag === 0x61 && name.length === 5 ? this.prefix4Codes : tag === 0x62 && name.length === 6 ? this.prefix5Codes : null;
    if (!codes) return null;
    const code = prefixCode(name, name.length - 1, 1);
    return code < 0 ? null : { codes, code };
  }

  idOf(name: string): number | undefined {
    const coded = this.prefixCodes(name);
    if (!coded) return this.featIds.get(name);
    const id = coded.codes.get(coded.code);
    return id < 0 ? undefined : id;
  }

  intern(name: string): number {
    const coded = this.prefixCodes(name);
    if (coded) return this.internCoded(coded.codes, coded.code, name);
    let id = this.featIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.featIds.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** Id of the coded prefix feature `name` with code `code` in `codes`, interned on first sight. */
  private internCoded(codes: CodeTable, code: number, name: string): number {
    let id = codes.get(code);
    if (id < 0) {
      id = this.names.length;
      codes.set(code, id);
      this.names.push(name);
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
    const code = stem.length <= 5 ? stemCode(stem, stem.length) : -1;
    // A stem (at most five letters) is its own stemOf.
    if (code >= 0) return this.codedStemId(code, stem);
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stemNames.length;
      this.stemIds.set(stem, id);
      this.stemNames.push(stem);
    }
    return id;
  }

  /** Id of the stem `stemOf(lower)`, whose code is `code` (the string is cut out only for a new stem). */
  private codedStemId(code: number, lower: string): number {
    let id = this.stemCodes.get(code);
    if (id < 0) {
      id = this.stemNames.length;
      this.stemCodes.set(code, id);
      this.stemNames.push(stemOf(lower));
    }
    return id;
  }

  /** `stemId(stemOf(lower))`, with no string cut out of `lower` for a stem seen before. */
  private stemIdOf(lower: string): number {
    const code = stemCode(lower, Math.min(5, lower.length));
    return code >= 0 ? this.codedStemId(code, lower) : this.stemId(stemOf(lower));
  }

  /** Feature id of the first `len` letters of cognate key `k` (tag 'a' or 'b'), interned on first sight. */
  private prefixId(k: string, len: number, codes: CodeTable, ids: Map<string, number>, tag: string): number {
    const code = prefixCode(k, len);
    if (code < 0) return this.internAs(ids, tag, k.slice(0, len));
    // A prefix has a code or has none whatever word it comes from: `ids` never holds this one.
    const id = codes.get(code);
    return id >= 0 ? id : this.internCoded(codes, code, tag + k.slice(0, len));
  }

  /** Index in the word table of `text.slice(start, end)` (hash `h`), analysed on first sight. */
  private wordAt(text: string, start: number, end: number, h: number): number {
    const found = this.words.find(text, start, end, h);
    if (found >= 0) return found;
    const surface = text.slice(start, end);
    const lower = surface.toLowerCase();
    // Same key as `cognateKey(surface)`; this table is the memo.
    const k = cognateKeyOf(surface, lower);
    let p0 = -1;
    let p1 = -1;
    if (k.length >= MIN_COGNATE_KEY) {
      p0 = this.prefixId(k, 4, this.prefix4Codes, this.prefix4Ids, 'a');
      if (k.length >= 5) p1 = this.prefixId(k, 5, this.prefix5Codes, this.prefix5Ids, 'b');
    }
    const stem = this.stemIdOf(lower);
    if (this.words.count >= MAX_WORDS) this.words = new WordTable();
    return this.words.add(surface, h, stem, p0, p1);
  }

  /** Features and stems of one text (memoised), for texts outside the aligned pair. */
  analyze(text: string): TextInfo {
    const hit = this.info.get(text);
    if (hit) return hit;
    const ids: number[] = [];
    const w: number[] = [];
    const stems: string[] = [];
    scanTokenSpans(
      text,
      (start, end, h) => {
        const x = this.wordAt(text, start, end, h);
        const table = this.words;
        stems.push(this.stemNames[table.stemIds[x]!]!);
        if (table.pre0[x]! >= 0) {
          ids.push(table.pre0[x]!);
          w.push(W_PREFIX);
        }
        if (table.pre1[x]! >= 0) {
          ids.push(table.pre1[x]!);
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
   * The side `f` that this analyser (new, with nothing else analysed) gave, for `adoptSide` of
   * an analyser on another thread.
   */
  exportSide(f: SideFeatures): ForeignSide {
    const { off, ids, w, stemOff, stems, lens, marks } = f;
    return { names: this.names.slice(), stemNames: this.stemNames.slice(), off, ids, w, stemOff, stems, lens, marks };
  }

  /**
   * The features of `texts` from another analyser's `exportSide` of the same texts, with this
   * analyser's ids: its names are interned in the order it met them, which is the order
   * `analyzeSide(texts)` would intern them here, so the ids, the rows (sorted again by the new
   * ids; a row's repeated features have one weight, so their sums are the same) and the stems
   * are exactly what `analyzeSide(texts)` would give. Null when the tables do not fit `texts`.
   * (Words seen only there are analysed again if this analyser meets them: same ids.)
   */
  adoptSide(texts: readonly string[], foreign: ForeignSide, tracker?: AlignTracker): SideFeatures | null {
    const n = texts.length;
    if (foreign.off.length !== n + 1 || foreign.stemOff.length !== n + 1 || foreign.lens.length !== n) return null;
    for (let r = 0; r < n; r++) if (foreign.lens[r] !== texts[r]!.length) return null;
    const featMap = new Int32Array(foreign.names.length);
    for (let k = 0; k < foreign.names.length; k++) featMap[k] = this.intern(foreign.names[k]!);
    const stemMap = new Int32Array(foreign.stemNames.length);
    for (let k = 0; k < foreign.stemNames.length; k++) stemMap[k] = this.stemId(foreign.stemNames[k]!);
    const ids = new Int32Array(foreign.ids.length);
    const w = foreign.w.slice();
    for (let k = 0; k < ids.length; k++) ids[k] = featMap[foreign.ids[k]!]!;
    for (let r = 0; r < n; r++) {
      const end = sortRowInPlace(ids, w, foreign.off[r]!, foreign.off[r + 1]!);
      if (end !== foreign.off[r + 1]) return null;
    }
    const stems = new Int32Array(foreign.stems.length);
    for (let k = 0; k < stems.length; k++) stems[k] = stemMap[foreign.stems[k]!]!;
    tracker?.add(n);
    return { texts, off: foreign.off, ids, w, stemOff: foreign.stemOff, stems, lens: foreign.lens, marks: foreign.marks };
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
    const ids = new Growable(ints, chars >> 2);
    const w = new Growable(floats, chars >> 2);
    const stems = new Growable(ints, chars >> 3);
    const off = new Int32Array(n + 1);
    const stemOff = new Int32Array(n + 1);
    const lens = new Float64Array(n);
    const marks: number[] = [];
    // One loop over the characters of each text (the tokeniser of `scanTokenSpans`, inlined):
    // a long document has a million tokens, and this loop is optimised early as one piece,
    // where callbacks per token ran unoptimised for much of a short run.
    for (let r = 0; r < n; r++) {
      const text = texts[r]!;
      const from = stems.n;
      const rowStart = ids.n;
      const len = text.length;
      let k = 0;
      while (k < len) {
        const c = text.charCodeAt(k);
        if (isLetterCode(c, text, k)) {
          const start = k;
          let h = wordHashStart(c);
          k++;
          for (; k < len; k++) {
            const d = text.charCodeAt(k);
            if (!isLetterCode(d, text, k)) break;
            h = wordHashStep(h, d);
          }
          const x = this.wordAt(text, start, k, h);
          const table = this.words;
          stems.push(table.stemIds[x]!);
          const p0 = table.pre0[x]!;
          if (p0 >= 0) {
            ids.push(p0);
            w.push(W_PREFIX);
            const p1 = table.pre1[x]!;
            if (p1 >= 0) {
              ids.push(p1);
              w.push(W_PREFIX);
            }
          }
        } else if (c >= 0x30 && c <= 0x39) {
          const m = numberAt(text, k);
          ids.push(this.internAs(this.numberIds, 'n', normaliseNumber(m)));
          w.push(W_NUMBER);
          k += m.length;
        } else {
          const key = punctKeyAt(c, text, k);
          if (key !== undefined && key !== '(') {
            ids.push(this.internAs(this.punctIds, 'p', key));
            w.push(W_PUNCT);
          }
          k++;
        }
      }
      afterText?.(stems.a, from, stems.n);
      ids.n = w.n = sortRowInPlace(ids.a, w.a, rowStart, ids.n);
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
