/**
 * Fuzzy candidates from a word index (the team memory on PostgreSQL, where a GIN index holds the
 * word tokens of each key). A lookup asks for units holding some of the query's rarer words. A
 * word's token is the word itself up to six letters, and its first six letters when longer, so
 * that inflections of a long word (президента, президентом) meet on one token while short words
 * must match whole. Which words are rare the server knows exactly (it counts the units holding
 * each token as they arrive). Words of one or two letters (и, в, на, zu) are left out of the
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
 * How the team memory server (sverka.lookup, server schema step 3) picks the terms one lookup
 * searches, from its exact count of the units holding each token: the rarest tokens alone while
 * their rows fit the budget; when fewer than two fit, pairs of the rarest remaining ones held by
 * at most a quarter of the units (two common words are rarely common together, and the index
 * answers a pair in one scan, budgeted at twice the rows by their estimated co-occurrence).
 * Tokens no unit holds are not asked for; a query whose words are all very common asks for its
 * exact match only.
 */
export interface WordPlanTuning {
  /**
   * Rows the database may fetch for one lookup. Each is a heap read and a ranking step, most of
   * a lookup's server CPU: at a million units (the team bench's queries, 20 candidates returned)
   * 250 rows cost 3.0 ms of server CPU per lookup on a warm connection, 150 2.5 ms and 100
   * 2.0 ms, while the queries finding a match of 50% or more went 273, 272, 270 of 300 and those
   * whose best unit is the local store's 88, 88, 87 of 100 (docs/team-memory.md, "Measured").
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
  /** Most terms ORed in one lookup (the server has five slots for single words and four for pairs). */
  maxTerms: number;
  /** Words too common to ask for alone that are paired instead (the rarest of them). */
  pairWords: number;
  /**
   * A first pass within this smaller budget (server schema step 4), kept when its best candidate
   * has a pg_trgm similarity of at least `firstSimilarity` percent; otherwise the full budget.
   * Only in memories of more than `smallMemory` units; 0 or absent: the full budget at once.
   * At a million units (the team bench's 300 queries) 25 and 60 returned the same matches with
   * the same scores for every query as the full budget alone, and took a new connection's page
   * faults and server CPU per lookup to about half and two thirds (docs/team-memory.md,
   * "Measured"); 25 and 50 lost one query's match.
   */
  firstBudget?: number;
  firstSimilarity?: number;
}

export const DEFAULT_WORD_TUNING: Readonly<WordPlanTuning> = Object.freeze({
  rowBudget: 150,
  smallMemoryBudget: 400,
  smallMemory: 20_000,
  maxTerms: 5,
  pairWords: 3,
  firstBudget: 25,
  firstSimilarity: 60,
});
