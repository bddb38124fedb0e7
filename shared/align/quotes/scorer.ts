import { tokenId, type LinkTable, type SegInfo } from './evidence';

/** Names of the pair features, in storage order. */
export const FEATURES = [
  'lex', // sum over linked German tokens of link strength x Russian rarity
  'lexLen', // sum over linked German tokens of link strength x word length (absolute evidence)
  'cover', // share of content tokens on both sides that are linked
  'numShared',
  'numOdd', // numbers on either side without counterpart
  'lenAbs', // |log length ratio - expected|
  'lenSq',
  'qBoth', // both sides hold quotation marks
  'qOne', // only one side does
  'punct', // agreement of ? ! : ( marks
  'comma', // |comma count difference|
  'qPos', // when both quote: distance of the relative positions of the first and last marks
  'qCount', // when both quote: |difference of mark counts| / 2
] as const;
export const NF = FEATURES.length;

/** German letters per Russian letter in a translation, as a log ratio. */
const LOG_LEN_RATIO = 0.12;

/**
 * Inverted index of the Russian candidates (columns): token id -> columns holding it, with the
 * rarity of the token among the Russian segments proper (`idfSegs`, default the columns).
 */
export class RuIndex {
  readonly postings = new Map<string, number[]>();
  readonly idf = new Map<string, number>();
  constructor(
    readonly segs: readonly SegInfo[],
    idfSegs: readonly SegInfo[] = segs,
  ) {
    segs.forEach((s, j) => {
      for (const t of s.tokens) {
        const id = tokenId(t);
        let p = this.postings.get(id);
        if (!p) this.postings.set(id, (p = []));
        if (p[p.length - 1] !== j) p.push(j);
      }
    });
    const df = new Map<string, number>();
    for (const s of idfSegs) for (const id of new Set(s.tokens.map(tokenId))) df.set(id, (df.get(id) ?? 0) + 1);
    const m = idfSegs.length;
    for (const k of this.postings.keys()) this.idf.set(k, Math.log(1 + m / Math.max(1, df.get(k) ?? 1)));
  }
}

/** Feature tensor n x K x NF: German segment i against its k-th candidate column. */
export class PairFeatures {
  readonly data: Float64Array;
  constructor(
    readonly n: number,
    readonly m: number,
  ) {
    this.data = new Float64Array(n * m * NF);
  }
  at(i: number, j: number): number {
    return (i * this.m + j) * NF;
  }
}

function shapeFeatures(out: Float64Array, o: number, de: SegInfo, ru: SegInfo): void {
  const ll = Math.log((de.letters + 1) / (ru.letters + 1)) - LOG_LEN_RATIO;
  out[o + 5] = Math.abs(ll);
  out[o + 6] = ll * ll;
  const dq = de.quoteMarks > 0;
  const rq = ru.quoteMarks > 0;
  out[o + 7] = dq && rq ? 1 : 0;
  out[o + 8] = dq !== rq ? 1 : 0;
  let p = 0;
  for (let k = 0; k < 4; k++) {
    const a = (de.punct[k] ?? 0) > 0;
    const b = (ru.punct[k] ?? 0) > 0;
    if (a && b) p += 1;
    else if (a !== b) p -= 1;
  }
  out[o + 9] = p;
  out[o + 10] = Math.min(4, Math.abs(de.punct[4] - ru.punct[4]));
  if (dq && rq) {
    out[o + 11] = Math.abs(de.firstMark - ru.firstMark) + Math.abs(de.lastMark - ru.lastMark);
    out[o + 12] = Math.min(3, Math.abs(de.quoteMarks - ru.quoteMarks) / 2);
  }
}

/**
 * The Russian columns each German segment is compared with: `cols[i * K + k]` is the k-th
 * candidate of German segment i (-1: an empty slot). Small problems compare everything.
 */
export interface Candidates {
  K: number;
  cols: Int32Array;
}

/** Every column a candidate of every German segment. */
export function allCandidates(n: number, C: number): Candidates {
  const cols = new Int32Array(n * C);
  for (let i = 0; i < n; i++) for (let c = 0; c < C; c++) cols[i * C + c] = c;
  return { K: C, cols };
}

/** Fill the feature tensor (n x K) of every German segment against its candidate columns. */
export function pairFeatures(deSegs: readonly SegInfo[], colInfo: readonly SegInfo[], ru: RuIndex, links: LinkTable, cand: Candidates): PairFeatures {
  const n = deSegs.length;
  const { K, cols } = cand;
  const F = new PairFeatures(n, K);
  const out = F.data;
  const ruNumbers = new Map<number, Set<string>>();
  const numbersOf = (c: number): Set<string> => {
    let set = ruNumbers.get(c);
    if (!set) ruNumbers.set(c, (set = new Set((colInfo[c]?.tokens ?? []).filter((t) => t.isNumber).map((t) => t.key))));
    return set;
  };
  const slotOf = new Int32Array(colInfo.length).fill(-1);
  const best = new Float64Array(K);
  const bestLen = new Float64Array(K);
  const linkedRu: Set<string>[] = Array.from({ length: K }, () => new Set());
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const de = deSegs[i];
    if (!de) continue;
    for (let k = 0; k < K; k++) {
      const c = cols[i * K + k] ?? -1;
      const r = colInfo[c];
      if (c < 0 || !r) continue;
      slotOf[c] = k;
      shapeFeatures(out, F.at(i, k), de, r);
    }
    const deNumbers = new Set<string>();
    for (const t of de.tokens) {
      const id = tokenId(t);
      if (t.isNumber) deNumbers.add(t.key);
      const ls = links.get(id);
      if (!ls) continue;
      touched.length = 0;
      for (const [r, s] of ls) {
        const p = ru.postings.get(r);
        if (!p) continue;
        const w = s * (ru.idf.get(r) ?? 1);
        const wl = (s * Math.min(r.length, 10)) / 10;
        for (const c of p) {
          const k = slotOf[c] ?? -1;
          if (k < 0) continue;
          if (best[k] === 0) touched.push(k);
          if ((best[k] ?? 0) < w) best[k] = w;
          if ((bestLen[k] ?? 0) < wl) bestLen[k] = wl;
          linkedRu[k]?.add(r);
        }
      }
      for (const k of touched) {
        const o = F.at(i, k);
        out[o] = (out[o] ?? 0) + (best[k] ?? 0);
        out[o + 1] = (out[o + 1] ?? 0) + (bestLen[k] ?? 0);
        out[o + 2] = (out[o + 2] ?? 0) + 1;
        if (t.isNumber) out[o + 3] = (out[o + 3] ?? 0) + 1;
        best[k] = 0;
        bestLen[k] = 0;
      }
    }
    for (let k = 0; k < K; k++) {
      const c = cols[i * K + k] ?? -1;
      const r = colInfo[c];
      if (c < 0 || !r) continue;
      slotOf[c] = -1;
      const o = F.at(i, k);
      let lr = 0;
      const linked = linkedRu[k];
      if (linked && linked.size) for (const t of r.tokens) if (linked.has(tokenId(t))) lr++;
      linked?.clear();
      out[o + 2] = ((out[o + 2] ?? 0) + lr) / (de.tokens.length + r.tokens.length + 2);
      let odd = 0;
      const rn = numbersOf(c);
      for (const x of deNumbers) if (!rn.has(x)) odd++;
      for (const x of rn) if (!deNumbers.has(x)) odd++;
      out[o + 4] = Math.min(odd, 4);
    }
  }
  return F;
}

/**
 * For every German segment, the `top` Russian segments (among the first `m` columns, the
 * single segments) with the most linked word mass, best first: a cheap look over the whole
 * document that finds candidates anywhere.
 */
export function lexicalTop(deSegs: readonly SegInfo[], m: number, ru: RuIndex, links: LinkTable, top: number): { j: number; mass: number }[][] {
  const mass = new Float64Array(m);
  const touched: number[] = [];
  return deSegs.map((de) => {
    for (const t of de.tokens) {
      const ls = links.get(tokenId(t));
      if (!ls) continue;
      for (const [r, s] of ls) {
        const p = ru.postings.get(r);
        if (!p) continue;
        const w = s * (ru.idf.get(r) ?? 1);
        for (const c of p) {
          if (c >= m) continue;
          if (mass[c] === 0) touched.push(c);
          mass[c] = (mass[c] ?? 0) + w;
        }
      }
    }
    const row = touched.map((j) => ({ j, mass: mass[j] ?? 0 })).sort((x, y) => y.mass - x.mass).slice(0, top);
    for (const j of touched) mass[j] = 0;
    touched.length = 0;
    return row;
  });
}

/** Weights of the pair log-odds (see FEATURES) and the bias. */
export interface PairWeights {
  w: readonly number[];
  bias: number;
}

/** Log-odds that German segment i renders Russian segment j, for all pairs (n x m). */
export function pairLogOdds(F: PairFeatures, weights: PairWeights): Float64Array {
  const out = new Float64Array(F.n * F.m);
  for (let k = 0; k < F.n * F.m; k++) {
    let s = weights.bias;
    const o = k * NF;
    for (let f = 0; f < NF; f++) s += (weights.w[f] ?? 0) * (F.data[o + f] ?? 0);
    out[k] = s;
  }
  return out;
}
