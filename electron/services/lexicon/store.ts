import { learnedLexicon } from '../../../shared/align/dictionary/confirmed';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import type { Db } from '../../db/connection';
import { LexiconRepository } from '../../db/repositories/lexicon';
import { baseLexicon } from './base';

/**
 * The lexicons an alignment or a confirmation consults, in order: the shipped base lexicon,
 * the user's dictionaries (the global ones and the project's), and the pairs learned from
 * confirmed links. A user's dictionary is stemmed once per process (its entries never change
 * after its import); the learned pairs are read afresh each time (another process, the CLI,
 * may have confirmed links in between, and they are few).
 */
export class LexiconStore {
  readonly repo: LexiconRepository;
  private readonly user = new Map<number, BilingualLexicon>();

  constructor(
    db: Db,
    private readonly base: () => BilingualLexicon | null = baseLexicon,
  ) {
    this.repo = new LexiconRepository(db);
  }

  /** Every lexicon for a project's alignment (null: the global ones only). */
  forProject(projectId: number | null, opts: { learned?: boolean } = {}): BilingualLexicon[] {
    const b = this.base();
    return [...(b ? [b] : []), ...this.userLexicons(projectId), ...(opts.learned === false ? [] : [this.learned()])];
  }

  /** The user's dictionaries that apply to a project (null: the global ones). */
  userLexicons(projectId: number | null): BilingualLexicon[] {
    return this.repo.lexicons(projectId).map((row) => {
      let lex = this.user.get(row.id);
      if (!lex) {
        lex = new BilingualLexicon();
        for (const [de, ru] of this.repo.entries(row.id)) lex.addPair(de, ru, 1, 'u');
        this.user.set(row.id, lex);
      }
      return lex;
    });
  }

  /** The pairs learned from confirmed links, as a lexicon. */
  learned(): BilingualLexicon {
    return learnedLexicon(this.repo.learnedPairs());
  }

  /** Forgets a deleted dictionary. */
  forget(lexiconId: number): void {
    this.user.delete(lexiconId);
  }
}
