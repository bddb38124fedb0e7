/**
 * Fuzzy candidates from a word index (the team memory on PostgreSQL, where pg_trgm indexes the
 * words of each key). A lookup asks for units holding some of the query's rarer words: a
 * word of up to six letters must end a word (`%word %`), a longer one may change its last two
 * letters (`%stem%`, so that inflections still meet). Which words are rare is estimated
 * from a sample of the memory's keys, as the local store does with trigrams. Words of one or
 * two letters (и, в, на, zu) are left out of the index (numbers excepted): they are never rare
 * enough to ask for, and every trigram less makes an import cheaper.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;

const DIGIT = /\p{N}/u;

/** The words of a key the index holds: three letters or more, or two with a digit (numbers tell units apart). */
function indexedWords(key: string): string[] {
  return (key.match(WORD_RE) ?? []).filter((w) => w.length >= 3 || (w.length === 2 && DIGIT.test(w)));
}

/** The indexed words of a matching key, space-separated with a space on either side. */
export function wordText(key: string): string {
  const words = indexedWords(key);
  return words.length ? ` ${words.join(' ')} ` : ' ';
}

/**
 * The LIKE pattern a word is searched with (no LIKE metacharacters can occur in a word). No
 * space before the word: pg_trgm would then look up the word-start trigrams ("  к", " ко"),
 * which every word with that initial shares, and reading those costs more than the rest.
 */
export function wordPattern(word: string): string {
  return word.length >= 7 ? `%${word.slice(0, word.length - 2)}%` : `%${word} %`;
}

/**
 * A short pattern matches more rows than its word does: the trigram index can only check that a
 * unit holds the pattern's few trigrams, so the database rechecks many rows it then drops.
 */
function recheckFactor(pattern: string): number {
  const letters = pattern.length - (pattern.endsWith(' %') ? 3 : 2);
  return letters <= 2 ? 30 : letters === 3 ? 10 : letters === 4 ? 3 : 1;
}

/** Words sorted for prefix searches, with running sums of their key counts. */
class PrefixIndex {
  private readonly words: string[];
  private readonly sums: Float64Array;

  constructor(counts: ReadonlyMap<string, number>, transform: (w: string) => string) {
    const entries = [...counts].map(([w, n]) => [transform(w), n] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    this.words = entries.map((e) => e[0]);
    this.sums = new Float64Array(entries.length + 1);
    entries.forEach((e, i) => (this.sums[i + 1] = this.sums[i]! + e[1]));
  }

  private lowerBound(x: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Keys counted for the words starting with `prefix`. */
  count(prefix: string): number {
    return this.sums[this.lowerBound(`${prefix}\uffff`)]! - this.sums[this.lowerBound(prefix)]!;
  }
}

const reverse = (w: string) => Array.from(w).reverse().join('');

/**
 * How many units of a memory hold each pattern, counted on a sample of keys and scaled up.
 * Counted the way LIKE matches it: `%word %` by the sampled words ending so, `%stem%` by those
 * starting so (a stem inside a longer word is rare enough to leave out). A key holding two
 * such words counts twice: an upper bound, which is what a row budget needs.
 */
export class WordSample {
  private readonly starts: PrefixIndex;
  private readonly ends: PrefixIndex;
  readonly sampled: number;

  constructor(
    keys: Iterable<string>,
    /** Units in the memory (or memories) sampled. */
    readonly total: number,
  ) {
    const words = new Map<string, number>();
    let n = 0;
    for (const key of keys) {
      n++;
      for (const w of new Set(indexedWords(key))) words.set(w, (words.get(w) ?? 0) + 1);
    }
    this.sampled = n;
    this.starts = new PrefixIndex(words, (w) => w);
    this.ends = new PrefixIndex(words, reverse);
  }

  /** Estimated units holding the pattern; unseen patterns count as half a sighting. */
  estimate(pattern: string): number {
    if (this.sampled === 0) return 0;
    const c = (pattern.endsWith(' %') ? this.ends.count(reverse(pattern.slice(1, -2))) : this.starts.count(pattern.slice(1, -1))) || 0.5;
    return Math.min(this.total, (c * this.total) / this.sampled);
  }
}

export interface WordPlanTuning {
  /** Rows the database may fetch and recheck for one lookup (estimated). */
  rowBudget: number;
  /** Most terms ORed in one lookup. */
  maxTerms: number;
  /** Words too common to ask for alone that are paired instead (the rarest of them). */
  pairWords: number;
}

export const DEFAULT_WORD_TUNING: Readonly<WordPlanTuning> = Object.freeze({ rowBudget: 600, maxTerms: 5, pairWords: 3 });

/**
 * The terms one lookup searches, each a list of patterns a unit must all hold (ORed together):
 * the rarest words alone while the estimated rows fit the budget; when fewer than two fit, pairs
 * of the rarest remaining words (two common words are rarely common together, and pg_trgm
 * answers a pair in one index scan). A query whose words are all very common asks for its
 * exact match only. Without a sample yet: the three longest words.
 */
export function planWordTerms(key: string, sample: WordSample | null, tuning: WordPlanTuning = DEFAULT_WORD_TUNING): string[][] {
  const patterns = [...new Set(indexedWords(key).map(wordPattern))];
  if (patterns.length === 0) return [];
  if (!sample || sample.sampled === 0) {
    return patterns
      .filter((p) => p.length >= 7)
      .sort((a, b) => b.length - a.length)
      .slice(0, 3)
      .map((p) => [p]);
  }
  const costed = patterns.map((p) => ({ p, rows: sample.estimate(p), cost: sample.estimate(p) * recheckFactor(p) })).sort((a, b) => a.cost - b.cost);
  const terms: string[][] = [];
  const used = new Set<string>();
  let rows = 0;
  for (const c of costed) {
    if (terms.length >= tuning.maxTerms) break;
    if (rows + c.cost > tuning.rowBudget) continue;
    terms.push([c.p]);
    used.add(c.p);
    rows += c.cost;
  }
  if (terms.length >= 2 || sample.total === 0) return terms;
  // Words found in more than a quarter of the units tell nothing even in pairs.
  const common = costed.filter((c) => !used.has(c.p) && c.rows <= sample.total / 4).slice(0, tuning.pairWords);
  const pairs: { ps: string[]; cost: number }[] = [];
  for (let i = 0; i < common.length; i++) {
    for (let j = i + 1; j < common.length; j++) {
      const a = common[i]!;
      const b = common[j]!;
      pairs.push({ ps: [a.p, b.p], cost: (a.rows * b.rows) / sample.total });
    }
  }
  pairs.sort((x, y) => x.cost - y.cost);
  for (const pair of pairs) {
    if (terms.length >= tuning.maxTerms) break;
    if (rows + pair.cost > tuning.rowBudget * 2) continue;
    terms.push(pair.ps);
    rows += pair.cost;
  }
  return terms;
}
