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
    return this.bySource.get(stem) ?? [];
  }

  /** Entries whose target stem is `stem`. */
  forTarget(stem: string): readonly LexiconEntry[] {
    return this.byTarget.get(stem) ?? [];
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
  const minCount = opts.minCount ?? 2;
  const minG2 = opts.minG2 ?? 3.84;
  const n = pairs.length;
  const sIds = new Map<string, number>();
  const tIds = new Map<string, number>();
  const sNames: string[] = [];
  const tNames: string[] = [];
  const cs: number[] = [];
  const ct: number[] = [];
  const lastS: number[] = [];
  const lastT: number[] = [];
  // Distinct ids of one text in first-occurrence order; `lastText[id]` marks those seen.
  let textNo = 0;
  const idsOf = (text: string | readonly string[], ids: Map<string, number>, names: string[], counts: number[]): number[] => {
    textNo++;
    const out: number[] = [];
    const stems = typeof text === 'string' ? stemsOf(text) : text;
    const last = counts === cs ? lastS : lastT;
    // Indexed loops here and below: this runs once per document, mostly before the JIT has
    // optimised it, where for-of allocates an iterator result per element.
    for (let q = 0; q < stems.length; q++) {
      const stem = stems[q]!;
      if (stem.length < 2) continue;
      let id = ids.get(stem);
      if (id === undefined) {
        id = names.length;
        ids.set(stem, id);
        names.push(stem);
        counts.push(0);
        last.push(0);
      }
      if (last[id] === textNo) continue;
      last[id] = textNo;
      out.push(id);
    }
    for (let q = 0; q < out.length; q++) counts[out[q]!]!++;
    return out;
  };
  const sides = pairs.map(([s, t]) => [idsOf(s, sIds, sNames, cs), idsOf(t, tIds, tNames, ct)] as const);
  // A pair can only reach minCount if both stems do; stems in more than a third of the pairs
  // (and more than ten) are function words that say nothing about which sentence goes with which.
  const maxCount = Math.max(minCount, 10, n / 3);
  const keepS = cs.map((c) => c >= minCount && c <= maxCount);
  const keepT = ct.map((c) => c >= minCount && c <= maxCount);
  // Co-occurrence counts source stem by source stem, in a dense scratch row over the target
  // stems: no pair map (the candidates are sorted into a total order below anyway).
  const nt = Math.max(1, tNames.length);
  const postings: number[][] = sNames.map(() => []);
  const targetsOf: number[][] = sides.map(([ss, tt], p) => {
    const tk = tt.filter((b) => keepT[b]);
    if (tk.length > 0) {
      for (let q = 0; q < ss.length; q++) if (keepS[ss[q]!]) postings[ss[q]!]!.push(p);
    }
    return tk;
  });
  const acc = new Int32Array(nt);
  const touched: number[] = [];
  const cands: Array<{ s: string; t: string; g2: number; k: number; a: number; b: number }> = [];
  for (let si = 0; si < sNames.length; si++) {
    const list = postings[si]!;
    if (list.length < minCount) continue;
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
      const s = sNames[si]!;
      const t = tNames[ti]!;
      if (opts.skip?.(s, t)) continue;
      cands.push({ s, t, g2, k: k11, a, b });
    }
  }
  cands.sort((x, y) => y.g2 - x.g2 || (x.s < y.s ? -1 : x.s > y.s ? 1 : x.t < y.t ? -1 : 1));
  const usedS = new Set<string>();
  const usedT = new Set<string>();
  const lex = new Lexicon();
  for (const c of cands) {
    if (usedS.has(c.s) || usedT.has(c.t)) continue;
    usedS.add(c.s);
    usedT.add(c.t);
    const dice = (2 * c.k) / (c.a + c.b);
    lex.addStems(c.s, c.t, Math.min(1, dice), 'learned');
  }
  return lex;
}
