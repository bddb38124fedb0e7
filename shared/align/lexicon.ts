import { stemOf } from './tokens';

/** One bilingual word pair of a lexicon, between lexicon stems (see `stemOf`). */
export interface LexiconEntry {
  source: string;
  target: string;
  /** Confidence in (0, 1]: 1 for user pairs, association strength for learned ones. */
  weight: number;
  origin: 'user' | 'learned';
}

const WORD_RE = /[\p{L}\p{M}]+/gu;

function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push(stemOf(m[0].toLowerCase()));
  return out;
}

/** What `forSource` and `forTarget` return for a stem without entries (one array for all). */
const NO_ENTRIES: readonly LexiconEntry[] = [];

/**
 * A bilingual lexicon over word stems (first five letters, lower case), source -> target.
 * Built from user pairs (translation memory, a dictionary file) and/or learned from aligned
 * sentence pairs of the document itself; it ships empty.
 */
export class Lexicon {
  private readonly bySource = new Map<string, LexiconEntry[]>();
  private readonly byTarget = new Map<string, LexiconEntry[]>();
  private count = 0;

  /** Number of entries. */
  get size(): number {
    return this.count;
  }

  /** All entries (a copy). */
  entries(): LexiconEntry[] {
    const out: LexiconEntry[] = [];
    for (const list of this.bySource.values()) out.push(...list);
    return out;
  }

  /** Entries whose source stem is `stem`. */
  forSource(stem: string): readonly LexiconEntry[] {
    return this.bySource.get(stem) ?? NO_ENTRIES;
  }

  /** Entries whose target stem is `stem`. */
  forTarget(stem: string): readonly LexiconEntry[] {
    return this.byTarget.get(stem) ?? NO_ENTRIES;
  }

  /** Translation weight between two stems, 0 when unrelated. */
  weight(sourceStem: string, targetStem: string): number {
    for (const e of this.forSource(sourceStem)) if (e.target === targetStem) return e.weight;
    return 0;
  }

  /** Adds (or strengthens) one stem pair. */
  addStems(source: string, target: string, weight = 1, origin: LexiconEntry['origin'] = 'user'): void {
    if (!source || !target) return;
    const list = this.bySource.get(source);
    const existing = list?.find((e) => e.target === target);
    if (existing) {
      existing.weight = Math.max(existing.weight, weight);
      return;
    }
    const entry: LexiconEntry = { source, target, weight: Math.min(1, Math.max(0, weight)), origin };
    if (list) list.push(entry);
    else this.bySource.set(source, [entry]);
    const rev = this.byTarget.get(target);
    if (rev) rev.push(entry);
    else this.byTarget.set(target, [entry]);
    this.count++;
  }

  /**
   * Adds a user word pair or phrase pair. Single words map directly; for phrases every
   * content word (three letters or more) of one side is paired with those of the other,
   * with the weight shared out, which is what a dictionary line like "Duma -> Staatsduma" means.
   */
  addPair(source: string, target: string, weight = 1): void {
    const s = stemsOf(source).filter((x) => x.length >= 3);
    const t = stemsOf(target).filter((x) => x.length >= 3);
    const all = stemsOf(source);
    const allT = stemsOf(target);
    const ss = s.length ? s : all;
    const tt = t.length ? t : allT;
    if (!ss.length || !tt.length) return;
    const w = weight / Math.sqrt(ss.length * tt.length);
    for (const a of ss) for (const b of tt) this.addStems(a, b, w, 'user');
  }

  /** A lexicon from user pairs [source, target]. */
  static fromPairs(pairs: Iterable<readonly [string, string]>): Lexicon {
    const lex = new Lexicon();
    for (const [s, t] of pairs) lex.addPair(s, t);
    return lex;
  }

  /**
   * A lexicon from a two-column TSV (source<TAB>target per line; `#` comments and a header
   * line whose columns are language codes are ignored; extra columns are ignored).
   */
  static fromTsv(text: string): Lexicon {
    const lex = new Lexicon();
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols.length < 2) continue;
      const [s, t] = cols as [string, string];
      if (/^[a-z]{2,3}$/i.test(s.trim()) && /^[a-z]{2,3}$/i.test(t.trim())) continue;
      lex.addPair(s, t);
    }
    return lex;
  }

  /** A new lexicon holding the entries of both (the larger weight wins). */
  merge(other: Lexicon): Lexicon {
    const lex = new Lexicon();
    for (const e of this.entries()) lex.addStems(e.source, e.target, e.weight, e.origin);
    for (const e of other.entries()) lex.addStems(e.source, e.target, e.weight, e.origin);
    return lex;
  }
}

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/** Dunning's log-likelihood ratio G² of a 2x2 contingency table. */
export function logLikelihood(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const rows = xlogx(k11 + k12) + xlogx(k21 + k22);
  const cols = xlogx(k11 + k21) + xlogx(k12 + k22);
  const cells = xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22);
  return Math.max(0, 2 * (cells - rows - cols + xlogx(n)));
}

/** Options of `learnLexicon`. */
export interface LearnOptions {
  /** Minimum number of pairs in which both stems occur (default 2). */
  minCount?: number;
  /**
   * Minimum G² (default 3.84, p < 0.05 for one degree of freedom: documents are short, and
   * competitive linking already keeps each stem to one partner).
   */
  minG2?: number;
  /** Stems to leave out on the source / target side (e.g. those cognates already match). */
  skip?: (sourceStem: string, targetStem: string) => boolean;
}

/**
 * Learns stem pairs from aligned sentence pairs by competitive linking (Melamed 2000) on
 * Dunning's G²: the most strongly associated pair is linked first, and each stem takes
 * part in at most one learned link, which keeps frequent function words from pairing with
 * everything. Each pair is two texts, or two lists of stems (see `stemOf`).
 */
export function learnLexicon(
  pairs: ReadonlyArray<readonly [string | readonly string[], string | readonly string[]]>,
  opts: LearnOptions = {},
): Lexicon {
  const sIds = new Map<string, number>();
  const tIds = new Map<string, number>();
  const sNames: string[] = [];
  const tNames: string[] = [];
  const idsOf = (text: string | readonly string[], ids: Map<string, number>, names: string[]): number[] => {
    const stems = typeof text === 'string' ? stemsOf(text) : text;
    const out: number[] = [];
    for (let q = 0; q < stems.length; q++) {
      const stem = stems[q]!;
      let id = ids.get(stem);
      if (id === undefined) {
        id = names.length;
        ids.set(stem, id);
        names.push(stem);
      }
      out.push(id);
    }
    return out;
  };
  const idPairs = pairs.map(([s, t]) => [idsOf(s, sIds, sNames), idsOf(t, tIds, tNames)] as const);
  return learnLexiconIds(idPairs, sNames, tNames, opts);
}

/**
 * `learnLexicon` on stems given as ids: each pair is two lists of indices into `sNames` and
 * `tNames` (the two may be the same list, e.g. the stem names of an `Analyzer`), so that a
 * caller holding its texts' stems as ids needs no string per token. Same result as
 * `learnLexicon` on the named stems.
 */
export function learnLexiconIds(
  pairs: ReadonlyArray<readonly [ArrayLike<number>, ArrayLike<number>]>,
  sNames: readonly string[],
  tNames: readonly string[],
  opts: LearnOptions = {},
): Lexicon {
  const minCount = opts.minCount ?? 2;
  const minG2 = opts.minG2 ?? 3.84;
  const n = pairs.length;
  // Number of pairs each stem occurs in, and which pair last counted it.
  const cs = new Int32Array(sNames.length);
  const ct = new Int32Array(tNames.length);
  const lastS = new Int32Array(sNames.length);
  const lastT = new Int32Array(tNames.length);
  // Distinct ids of one text (stems of one letter left out), in first-occurrence order.
  const distinct = (ids: ArrayLike<number>, names: readonly string[], counts: Int32Array, last: Int32Array, textNo: number): number[] => {
    const out: number[] = [];
    // Indexed loops here and below: this runs once per document, mostly before the JIT has
    // optimised it, where for-of allocates an iterator result per element.
    for (let q = 0; q < ids.length; q++) {
      const id = ids[q]!;
      if (last[id] === textNo || names[id]!.length < 2) continue;
      last[id] = textNo;
      out.push(id);
    }
    for (let q = 0; q < out.length; q++) counts[out[q]!]!++;
    return out;
  };
  const sides: Array<readonly [number[], number[]]> = [];
  for (let p = 0; p < n; p++) {
    const [s, t] = pairs[p]!;
    sides.push([distinct(s, sNames, cs, lastS, p + 1), distinct(t, tNames, ct, lastT, p + 1)]);
  }
  // A pair can only reach minCount if both stems do; stems in more than a third of the pairs
  // (and more than ten) are function words that say nothing about which sentence goes with which.
  const maxCount = Math.max(minCount, 10, n / 3);
  const keepS = (id: number): boolean => cs[id]! >= minCount && cs[id]! <= maxCount;
  const keepT = (id: number): boolean => ct[id]! >= minCount && ct[id]! <= maxCount;
  // Co-occurrence counts source stem by source stem, in a dense scratch row over the target
  // stems: no pair map (the candidates are sorted into a total order below anyway).
  const postings: Array<number[] | undefined> = new Array<number[] | undefined>(sNames.length);
  const targetsOf: number[][] = [];
  for (let p = 0; p < n; p++) {
    const [ss, tt] = sides[p]!;
    const tk: number[] = [];
    for (let q = 0; q < tt.length; q++) if (keepT(tt[q]!)) tk.push(tt[q]!);
    if (tk.length > 0) {
      for (let q = 0; q < ss.length; q++) {
        const a = ss[q]!;
        if (keepS(a)) (postings[a] ??= []).push(p);
      }
    }
    targetsOf.push(tk);
  }
  const acc = new Int32Array(Math.max(1, tNames.length));
  const touched: number[] = [];
  // Candidates in parallel lists (a document pair has tens of thousands): stems, G², counts.
  const cS: number[] = [];
  const cT: number[] = [];
  const cG2: number[] = [];
  const cK: number[] = [];
  for (let si = 0; si < sNames.length; si++) {
    const list = postings[si];
    if (list === undefined || list.length < minCount) continue;
    touched.length = 0;
    for (let q = 0; q < list.length; q++) {
      const targets = targetsOf[list[q]!]!;
      for (let r = 0; r < targets.length; r++) {
        const b = targets[r]!;
        if (acc[b]!++ === 0) touched.push(b);
      }
    }
    for (let q = 0; q < touched.length; q++) {
      const ti = touched[q]!;
      const k11 = acc[ti]!;
      acc[ti] = 0;
      if (k11 < minCount) continue;
      const a = cs[si]!;
      const b = ct[ti]!;
      // Only positive association counts.
      if (k11 * n <= a * b) continue;
      const g2 = logLikelihood(k11, a - k11, b - k11, n - a - b + k11);
      if (g2 < minG2) continue;
      if (opts.skip?.(sNames[si]!, tNames[ti]!)) continue;
      cS.push(si);
      cT.push(ti);
      cG2.push(g2);
      cK.push(k11);
    }
  }
  // Strongest first; equal G² (common: it depends on small counts only) by source stem, then
  // target stem, in string order, compared as ranks so that the sort compares numbers.
  const sRank = nameRanks(sNames === tNames ? cS.concat(cT) : cS, sNames);
  const tRank = sNames === tNames ? sRank : nameRanks(cT, tNames);
  const order = Array.from({ length: cS.length }, (_, q) => q);
  order.sort((x, y) => cG2[y]! - cG2[x]! || sRank[cS[x]!]! - sRank[cS[y]!]! || tRank[cT[x]!]! - tRank[cT[y]!]!);
  const usedS = new Uint8Array(sNames.length);
  const usedT = new Uint8Array(tNames.length);
  const lex = new Lexicon();
  for (let q = 0; q < order.length; q++) {
    const c = order[q]!;
    const si = cS[c]!;
    const ti = cT[c]!;
    if (usedS[si] || usedT[ti]) continue;
    usedS[si] = 1;
    usedT[ti] = 1;
    const dice = (2 * cK[c]!) / (cs[si]! + ct[ti]!);
    lex.addStems(sNames[si]!, tNames[ti]!, Math.min(1, dice), 'learned');
  }
  return lex;
}

/**
 * Rank of each of the given ids' names in string order (code units, as `<` compares), by id;
 * ids not given get no meaningful rank. Names of distinct ids are distinct.
 */
export function nameRanks(ids: readonly number[], names: readonly string[]): Int32Array {
  const rank = new Int32Array(names.length);
  const seen = new Uint8Array(names.length);
  const distinct: number[] = [];
  for (let q = 0; q < ids.length; q++) {
    const id = ids[q]!;
    if (seen[id]) continue;
    seen[id] = 1;
    distinct.push(id);
  }
  distinct.sort((x, y) => {
    const a = names[x]!;
    const b = names[y]!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  for (let q = 0; q < distinct.length; q++) rank[distinct[q]!] = q;
  return rank;
}
