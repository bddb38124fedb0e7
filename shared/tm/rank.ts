import { canonicalLang, primaryLang } from './normalize';
import { DEFAULT_PENALTIES, penalised, similarity, type MatchPenalties, type PreparedQuery, type TmOrigin } from './score';

/**
 * The one ranking of memory candidates, whichever store they come from (the local SQLite
 * memory or a team memory on PostgreSQL): the same unit gets the same CAT percentage from both.
 */

/** Whether a stored language tag satisfies a filter: `de` takes de, de-DE, de-AT; `de-DE` only itself. */
export function langMatches(want: string | undefined, have: string): boolean {
  if (!want) return true;
  const w = canonicalLang(want);
  return w === have || (!w.includes('-') && primaryLang(have) === w);
}

export interface ScoreOptions {
  /** Lowest score (after penalties) kept. */
  minScore: number;
  penalties?: MatchPenalties | undefined;
}

/**
 * A candidate's similarity to the query and its score after penalties, or null when it falls
 * below `minScore` (cheap bounds reject hopeless candidates before any distance is computed).
 */
export function scoreCandidate(
  q: PreparedQuery,
  source: string,
  sourceKey: string,
  origin: TmOrigin,
  reviewed: boolean,
  opts: ScoreOptions,
): { score: number; similarity: number } | null {
  const sim = similarity(q, source, sourceKey, opts.minScore);
  if (sim === 0) return null;
  const score = penalised(sim, origin, reviewed, opts.penalties ?? DEFAULT_PENALTIES);
  return score < opts.minScore ? null : { score, similarity: sim };
}

/** What the match order looks at. */
export interface Rankable {
  score: number;
  similarity: number;
  provenance: { changed: string };
}

/** Best first: score, then similarity, then the newest change (conflicting versions newest first). */
export function compareMatches(a: Rankable, b: Rankable): number {
  return (
    b.score - a.score ||
    b.similarity - a.similarity ||
    (a.provenance.changed < b.provenance.changed ? 1 : a.provenance.changed > b.provenance.changed ? -1 : 0)
  );
}
