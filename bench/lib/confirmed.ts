// Confirming gold links through the learned-lexicon code (shared/align/dictionary/confirmed.ts),
// as the workbench does when a user confirms a quotation: the bench's stand-in for the user.
import { LearnedCounts, taughtPairs } from '../../shared/align/dictionary/confirmed';
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
