/**
 * Fuzzy candidates from a word index (the team memory on PostgreSQL, where a GIN index holds the
 * word tokens of each key). A lookup asks for units holding some of the query's rarer words. A
 * word's token is the word itself up to six letters, and its first six letters when longer, so
 * that inflections of a long word (президента, президентом) meet on one token while short words
 * must match whole. Which words are rare is estimated from a sample of the memory's keys, as the
 * local store does with trigrams. Words of one or two letters (и, в, на, zu) are left out of the
 * index (numbers excepted): they are never rare enough to ask for.
 *
 * Why tokens and not pg_trgm on the words: at a million units, a GIN trigram scan for one word
 * reads the long posting lists of its common trigrams (10-20 ms of server CPU per lookup, and
 * pg_trgm's `%` over whole keys about a second), while a token's posting list is exactly the
 * units holding the word; the token index is also a tenth of the trigram index's size and cost
 * to maintain on import. pg_trgm still ranks the candidates found (`similarity()`).
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

/** Letters of a word's token: the first six (a code point each, as PostgreSQL's `left()` counts). */
export const TOKEN_LETTERS = 6;

/** The token a word is indexed and searched by. */
export function wordToken(word: string): string {
  if (word.length <= TOKEN_LETTERS) return word;
  const letters = Array.from(word);
  return letters.length <= TOKEN_LETTERS ? word : letters.slice(0, TOKEN_LETTERS).join('');
}

/**
 * The distinct tokens of a key's indexed words, space-separated (the server splits them into the
 * `source_tokens` array; sverka.word_tokens() computes the same from the words column).
 */
export function wordTokens(key: string): string {
  return tokensOf(indexedWords(key));
}

const tokensOf = (words: readonly string[]) => [...new Set(words.map(wordToken))].join(' ');

/** `wordText` and `wordTokens` of one key, its words found once (a push computes both per unit). */
export function wordColumns(key: string): { words: string; tokens: string } {
  const words = indexedWords(key);
  return { words: words.length ? ` ${words.join(' ')} ` : ' ', tokens: tokensOf(words) };
}

/**
 * How many units of a memory hold each token, counted on a sample of keys and scaled up (a key
 * holding a token twice counts once, as the index holds it once).
 */
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
      for (const t of new Set(indexedWords(key).map(wordToken))) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    }
    this.sampled = n;
  }

  /** Estimated units holding the token; unseen tokens count as half a sighting. */
  estimate(token: string): number {
    if (this.sampled === 0) return 0;
    const c = this.counts.get(token) ?? 0.5;
    return Math.min(this.total, (c * this.total) / this.sampled);
  }
}

export interface WordPlanTuning {
  /**
   * Rows the database may fetch for one lookup (estimated). Each is a heap read and a ranking
   * step: at a million units (the team bench's queries, 20 candidates returned) 400 cost the
   * server 6.7-8.3 ms of CPU per lookup and 250 cost 6.0-6.3 ms, with at most two of 300
   * queries fewer finding a match of 50% or more (docs/team-memory.md, "Measured").
   */
  rowBudget: number;
  /**
   * The budget in a memory of at most `smallMemory` units. There the budget is a large share of
   * the memory, so it decides what is found: a common word in a few hundred units is often what
   * a query shares with its best match (test/integration/team/store.test.ts "both stores" loses
   * matches at 300), while reading a few hundred rows of a small, cached table costs little.
   */
  smallMemoryBudget?: number;
  smallMemory?: number;
  /** Most terms ORed in one lookup (the server takes five single words and four groups at most). */
  maxTerms: number;
  /** Words too common to ask for alone that are paired instead (the rarest of them). */
  pairWords: number;
}

export const DEFAULT_WORD_TUNING: Readonly<WordPlanTuning> = Object.freeze({ rowBudget: 250, smallMemoryBudget: 400, smallMemory: 20_000, maxTerms: 5, pairWords: 3 });

/**
 * The terms one lookup searches, each a list of tokens a unit must all hold (ORed together):
 * the rarest words alone while the estimated rows fit the budget; when fewer than two fit, pairs
 * of the rarest remaining words (two common words are rarely common together, and the index
 * answers a pair in one scan). A query whose words are all very common asks for its exact match
 * only. Without a sample yet: the three longest words.
 */
export function planWordTerms(key: string, sample: WordSample | null, tuning: WordPlanTuning = DEFAULT_WORD_TUNING): string[][] {
  const words = indexedWords(key);
  if (words.length === 0) return [];
  if (!sample || sample.sampled === 0) {
    const long = words.filter((w) => Array.from(w).length > TOKEN_LETTERS).sort((a, b) => b.length - a.length);
    return [...new Set(long.map(wordToken))].slice(0, 3).map((t) => [t]);
  }
  const tokens = [...new Set(words.map(wordToken))];
  const costed = tokens.map((t) => ({ t, rows: sample.estimate(t) })).sort((a, b) => a.rows - b.rows);
  const budget = tuning.smallMemoryBudget !== undefined && sample.total <= (tuning.smallMemory ?? 0) ? Math.max(tuning.rowBudget, tuning.smallMemoryBudget) : tuning.rowBudget;
  const terms: string[][] = [];
  const used = new Set<string>();
  let rows = 0;
  for (const c of costed) {
    if (terms.length >= tuning.maxTerms) break;
    if (rows + c.rows > budget) continue;
    terms.push([c.t]);
    used.add(c.t);
    rows += c.rows;
  }
  if (terms.length >= 2 || sample.total === 0) return terms;
  // Words found in more than a quarter of the units tell nothing even in pairs.
  const common = costed.filter((c) => !used.has(c.t) && c.rows <= sample.total / 4).slice(0, tuning.pairWords);
  const pairs: { ts: string[]; cost: number }[] = [];
  for (let i = 0; i < common.length; i++) {
    for (let j = i + 1; j < common.length; j++) {
      const a = common[i]!;
      const b = common[j]!;
      pairs.push({ ts: [a.t, b.t], cost: (a.rows * b.rows) / sample.total });
    }
  }
  pairs.sort((x, y) => x.cost - y.cost);
  for (const pair of pairs) {
    if (terms.length >= tuning.maxTerms) break;
    if (rows + pair.cost > budget * 2) continue;
    terms.push(pair.ts);
    rows += pair.cost;
  }
  return terms;
}
