/**
 * Fuzzy candidates from a word index (the team memory on PostgreSQL, where pg_trgm indexes the
 * words of each key). A lookup asks for units holding some of the query's rarer words: a
 * word of up to six letters must appear whole (`% word %`), a longer one may change its last
 * two letters (`% stem%`, so that inflections still meet). Which words are rare is estimated
 * from a sample of the memory's keys, as the local store does with trigrams.
 */

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The words of a matching key, space-separated with a space on either side: what the index holds. */
export function wordText(key: string): string {
  const words = key.match(WORD_RE);
  return words ? ` ${words.join(' ')} ` : ' ';
}

/** The LIKE pattern a word is searched with (no LIKE metacharacters can occur in a word). */
export function wordPattern(word: string): string {
  return word.length >= 7 ? `% ${word.slice(0, word.length - 2)}%` : `% ${word} %`;
}

/**
 * A short pattern matches more rows than its word does: the trigram index can only check that a
 * unit holds the pattern's few trigrams, so the database rechecks many rows it then drops.
 */
function recheckFactor(pattern: string): number {
  const letters = pattern.length - (pattern.endsWith(' %') ? 4 : 3);
  return letters <= 2 ? 30 : letters === 3 ? 10 : letters === 4 ? 3 : 1;
}

/** How many units of a memory hold each pattern, counted on a sample of keys and scaled up. */
export class WordSample {
  private readonly counts = new Map<string, number>();
  readonly sampled: number;

  constructor(
    keys: Iterable<string>,
    /** Units in the memory (or memories) sampled. */
    readonly total: number,
  ) {
    let n = 0;
    for (const key of keys) {
      n++;
      const seen = new Set<string>();
      for (const w of key.match(WORD_RE) ?? []) {
        const p = wordPattern(w);
        if (seen.has(p)) continue;
        seen.add(p);
        this.counts.set(p, (this.counts.get(p) ?? 0) + 1);
      }
    }
    this.sampled = n;
  }

  /** Estimated units holding the pattern; unseen patterns count as half a sighting. */
  estimate(pattern: string): number {
    if (this.sampled === 0) return 0;
    const c = this.counts.get(pattern) ?? 0.5;
    return Math.min(this.total, (c * this.total) / this.sampled);
  }
}

export interface WordPlanTuning {
  /** Rows the database may fetch and recheck for one lookup (estimated). */
  rowBudget: number;
  /** Most patterns ORed in one lookup. */
  maxWords: number;
}

export const DEFAULT_WORD_TUNING: Readonly<WordPlanTuning> = Object.freeze({ rowBudget: 1500, maxWords: 6 });

/**
 * The patterns one lookup searches: the rarest words first while the estimated rows fit the
 * budget. When every word is too common, the rarest one alone if it is within four budgets
 * (beyond that the exact match is all a lookup asks for). Without a sample yet, the three
 * longest words (long words are rarely common).
 */
export function planWordPatterns(key: string, sample: WordSample | null, tuning: WordPlanTuning = DEFAULT_WORD_TUNING): string[] {
  const patterns = [...new Set((key.match(WORD_RE) ?? []).map(wordPattern))];
  if (patterns.length === 0) return [];
  if (!sample || sample.sampled === 0) {
    return patterns
      .filter((p) => p.length >= 9)
      .sort((a, b) => b.length - a.length)
      .slice(0, 3);
  }
  const costed = patterns.map((p) => ({ p, cost: sample.estimate(p) * recheckFactor(p) })).sort((a, b) => a.cost - b.cost);
  const chosen: string[] = [];
  let rows = 0;
  for (const c of costed) {
    if (chosen.length >= tuning.maxWords) break;
    if (rows + c.cost > tuning.rowBudget) continue;
    chosen.push(c.p);
    rows += c.cost;
  }
  if (chosen.length === 0 && costed[0]!.cost <= 4 * tuning.rowBudget) chosen.push(costed[0]!.p);
  return chosen;
}
