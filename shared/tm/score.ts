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
 * Word-level edit distance in which inserting or deleting a token costs its weight and
 * substituting one word for another costs their character distance relative to the longer
 * word (so Strasse/Straße-like spelling changes and inflections cost less than new words).
 */
export function tokenDistance(a: readonly KeyToken[], b: readonly KeyToken[]): number {
  const n = a.length;
  const m = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  prev[0] = 0;
  for (let i = 1; i <= n; i++) prev[i] = prev[i - 1]! + a[i - 1]!.weight;
  for (let j = 1; j <= m; j++) {
    const tb = b[j - 1]!;
    cur[0] = prev[0]! + tb.weight;
    for (let i = 1; i <= n; i++) {
      const ta = a[i - 1]!;
      let sub: number;
      if (ta.text === tb.text) sub = 0;
      else {
        const w = Math.max(ta.weight, tb.weight);
        sub = w * (levenshtein(ta.text, tb.text) / Math.max(ta.text.length, tb.text.length));
      }
      const del = prev[i]! + ta.weight;
      const ins = cur[i - 1]! + tb.weight;
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
}

export function prepareQuery(text: string): PreparedQuery {
  const key = matchKey(text);
  const tokens = keyTokens(key);
  return { text, key, tokens, weight: totalWeight(tokens) };
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
  const charSim = 1 - levenshtein(key, query.key) / maxChars;
  const tokens = keyTokens(key);
  const w = Math.max(totalWeight(tokens), query.weight);
  const tokSim = w === 0 ? charSim : 1 - tokenDistance(query.tokens, tokens) / w;
  const score = Math.floor(100 * (0.5 * charSim + 0.5 * tokSim) + 1e-9);
  return Math.max(0, Math.min(98, score));
}

/** The score after penalties for machine origin and missing review (never below 0). */
export function penalised(score: number, origin: TmOrigin, reviewed: boolean, p: MatchPenalties = DEFAULT_PENALTIES): number {
  let s = score;
  if (origin === 'machine') s -= p.machine;
  if (!reviewed) s -= p.unreviewed;
  return Math.max(0, s);
}
