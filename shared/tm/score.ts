import { keyTokens, matchKey, type KeyToken } from './normalize';

/** How a unit came into the memory. */
export type TmOrigin = 'human' | 'machine' | 'import';

/** Score deductions, in percentage points, for units one should trust less. */
export interface MatchPenalties {
  /** A machine translation nobody confirmed. Default 10. */
  machine: number;
  /** A unit not marked reviewed. Default 5. */
  unreviewed: number;
}

export const DEFAULT_PENALTIES: Readonly<MatchPenalties> = Object.freeze({ machine: 10, unreviewed: 5 });

/** Character Levenshtein distance (two-row dynamic programming). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length > b.length) [a, b] = [b, a];
  let prev = new Array<number>(a.length + 1);
  let cur = new Array<number>(a.length + 1);
  for (let i = 0; i <= a.length; i++) prev[i] = i;
  for (let j = 1; j <= b.length; j++) {
    cur[0] = j;
    const bj = b.charCodeAt(j - 1);
    for (let i = 1; i <= a.length; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      const del = prev[i]! + 1;
      const ins = cur[i - 1]! + 1;
      const sub = prev[i - 1]! + cost;
      cur[i] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[a.length]!;
}

/**
 * Cost of replacing one token by another: words sharing their first three letters (an
 * inflection, a spelling variant) cost their relative character distance; other pairs cost
 * the full weight, without computing a distance nobody needs.
 */
function substitutionCost(a: KeyToken, b: KeyToken): number {
  const w = a.weight > b.weight ? a.weight : b.weight;
  const x = a.text;
  const y = b.text;
  if (x.length < 3 || y.length < 3 || x.charCodeAt(0) !== y.charCodeAt(0) || x.charCodeAt(1) !== y.charCodeAt(1) || x.charCodeAt(2) !== y.charCodeAt(2)) {
    return w;
  }
  return (w * levenshtein(x, y)) / (x.length > y.length ? x.length : y.length);
}

/**
 * A pattern prepared for Myers' bit-parallel edit distance (Hyyrö's block version): one
 * bit per pattern character, 32 per block, so comparing against a 100-character text costs
 * about 400 word operations instead of 10,000 table cells.
 */
export interface BitPattern {
  length: number;
  blocks: number;
  peq: Map<number, Uint32Array>;
}

export function bitPattern(pattern: string): BitPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32));
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) {
      v = new Uint32Array(blocks);
      peq.set(c, v);
    }
    v[i >>> 5]! |= 1 << (i & 31);
  }
  return { length: pattern.length, blocks, peq };
}

const NONE = new Uint32Array(64);
let P = new Int32Array(8);
let M = new Int32Array(8);

/** Levenshtein distance between a prepared pattern and `text` (equal to `levenshtein`). */
export function bitDistance(p: BitPattern, text: string): number {
  const m = p.length;
  if (m === 0) return text.length;
  const nb = p.blocks;
  if (P.length < nb) {
    P = new Int32Array(nb);
    M = new Int32Array(nb);
  }
  for (let b = 0; b < nb; b++) {
    P[b] = -1;
    M[b] = 0;
  }
  const lastBit = (m - 1) & 31;
  let score = m;
  const none = nb <= NONE.length ? NONE : new Uint32Array(nb);
  for (let j = 0; j < text.length; j++) {
    const eqs = p.peq.get(text.charCodeAt(j)) ?? none;
    // Row 0 of the table is 0, 1, 2, ...: each text character enters with a +1 delta.
    let hin = 1;
    for (let b = 0; b < nb; b++) {
      const pv = P[b]!;
      const mv = M[b]!;
      let eq = eqs[b]! | 0;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const top = b === nb - 1 ? lastBit : 31;
      const hout = (ph >>> top) & 1 ? 1 : (mh >>> top) & 1 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
  }
  return score;
}

let ROW_A = new Float64Array(64);
let ROW_B = new Float64Array(64);

/**
 * Word-level edit distance in which inserting or deleting a token costs its weight and
 * substituting one word for another costs their character distance relative to the longer
 * word (so Strasse/Straße-like spelling changes and inflections cost less than new words).
 */
export function tokenDistance(a: readonly KeyToken[], b: readonly KeyToken[]): number {
  const n = a.length;
  const m = b.length;
  // Two rows reused from call to call: a lookup computes this for each of its candidates.
  if (ROW_A.length <= n) {
    ROW_A = new Float64Array(2 * (n + 1));
    ROW_B = new Float64Array(2 * (n + 1));
  }
  let prev = ROW_A;
  let cur = ROW_B;
  prev[0] = 0;
  for (let i = 1; i <= n; i++) prev[i] = prev[i - 1]! + a[i - 1]!.weight;
  for (let j = 1; j <= m; j++) {
    const tb = b[j - 1]!;
    cur[0] = prev[0]! + tb.weight;
    for (let i = 1; i <= n; i++) {
      const ta = a[i - 1]!;
      const sub = ta.text === tb.text ? 0 : substitutionCost(ta, tb);
      // prev[i] -> cur[i] consumes b's token j; cur[i - 1] -> cur[i] consumes a's token i.
      const ins = prev[i]! + tb.weight;
      const del = cur[i - 1]! + ta.weight;
      const s = prev[i - 1]! + sub;
      cur[i] = del < ins ? (del < s ? del : s) : ins < s ? ins : s;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

function totalWeight(t: readonly KeyToken[]): number {
  let w = 0;
  for (const x of t) w += x.weight;
  return w;
}

/** A query prepared once and scored against many candidates. */
export interface PreparedQuery {
  text: string;
  key: string;
  tokens: KeyToken[];
  weight: number;
  bits: BitPattern;
}

export function prepareQuery(text: string): PreparedQuery {
  const key = matchKey(text);
  const tokens = keyTokens(key);
  return { text, key, tokens, weight: totalWeight(tokens), bits: bitPattern(key) };
}

/**
 * The similarity of two texts in percent, as CAT tools report it:
 * - 100: the texts are identical;
 * - 99: they differ only in what matching ignores (case, spacing, NBSP, quote and dash
 *   styles, ё/е, ß/ss);
 * - otherwise at most 98: the mean of a word-level (weighted) and a character-level
 *   Levenshtein similarity of the matching keys, rounded down.
 * Returns 0 when `floor` (a minimum score) cannot be reached, without computing the distance.
 */
export function similarity(query: PreparedQuery, text: string, key = matchKey(text), floor = 0): number {
  if (text === query.text) return 100;
  if (key === query.key) return 99;
  const maxChars = Math.max(key.length, query.key.length);
  if (maxChars === 0) return 0;
  // Length alone bounds the character similarity: skip hopeless candidates cheaply.
  const lenBound = 1 - Math.abs(key.length - query.key.length) / maxChars;
  if (floor > 0 && lenBound * 100 < floor - 1) return 0;
  const tokens = keyTokens(key);
  const w = Math.max(totalWeight(tokens), query.weight);
  const tokSim = w === 0 ? -1 : 1 - tokenDistance(query.tokens, tokens) / w;
  // The character similarity cannot beat the length bound: skip it when even that fails.
  if (floor > 0 && tokSim >= 0 && 100 * (0.5 * lenBound + 0.5 * tokSim) < floor - 1) return 0;
  const charSim = 1 - bitDistance(query.bits, key) / maxChars;
  const score = Math.floor(100 * (0.5 * charSim + 0.5 * (tokSim < 0 ? charSim : tokSim)) + 1e-9);
  return Math.max(0, Math.min(98, score));
}

/** The score after penalties for machine origin and missing review (never below 0). */
export function penalised(score: number, origin: TmOrigin, reviewed: boolean, p: MatchPenalties = DEFAULT_PENALTIES): number {
  let s = score;
  if (origin === 'machine') s -= p.machine;
  if (!reviewed) s -= p.unreviewed;
  return Math.max(0, s);
}
