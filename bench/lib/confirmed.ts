// Confirming gold links through the learned-lexicon code (shared/align/dictionary/confirmed.ts),
// as the workbench does when a user confirms a quotation: the bench's stand-in for the user.
import { LearnedCounts, taughtPairs, type TaughtPair } from '../../shared/align/dictionary/confirmed';
import type { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import type { Case } from './quote-cases';

/** Teaches `counts` every gold quotation of `c` that has a source (the German text inside the marks, the Russian span). */
export function confirmGold(c: Case, counts: LearnedCounts, lexicons: readonly BilingualLexicon[]): number {
  let n = 0;
  for (const g of c.gold) {
    if (!g.source) continue;
    counts.add(taughtPairs(c.de.slice(g.target[0], g.target[1]), c.ru.slice(g.source[0], g.source[1]), { lexicons: [...lexicons, counts.lexicon()] }));
    n++;
  }
  return n;
}

/** The confirmed-link lexicon of every case of `cases` except `skip` (leave-one-case-out). */
export function confirmedExcept(cases: readonly Case[], skip: Case, lexicons: readonly BilingualLexicon[]): BilingualLexicon {
  const counts = new LearnedCounts();
  for (const c of cases) if (c !== skip) confirmGold(c, counts, lexicons);
  return counts.lexicon();
}

/**
 * Leave-one-case-out confirmed-link lexicons of a set: what confirming the gold links of every
 * other case of the set teaches (each case's pairs are taught once with the fixed lexicons, so
 * the set costs one pass, not one per case).
 */
export class LeaveOneOut {
  private readonly counts = new LearnedCounts();
  private readonly byCase = new Map<Case, TaughtPair[]>();

  constructor(cases: readonly Case[], lexicons: readonly BilingualLexicon[]) {
    for (const c of cases) {
      const pairs: TaughtPair[] = [];
      for (const g of c.gold) if (g.source) pairs.push(...taughtPairs(c.de.slice(g.target[0], g.target[1]), c.ru.slice(g.source[0], g.source[1]), { lexicons }));
      this.byCase.set(c, pairs);
      this.counts.add(pairs);
    }
  }

  /** The learned lexicon of every case but `c`. */
  without(c: Case): BilingualLexicon {
    const own = this.byCase.get(c) ?? [];
    this.counts.add(own, -1);
    const lex = this.counts.lexicon();
    this.counts.add(own, 1);
    return lex;
  }

  /** Stem pairs in use when every case is confirmed. */
  get size(): number {
    return this.counts.lexicon().size;
  }
}
