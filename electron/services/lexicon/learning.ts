import { createHash } from 'node:crypto';
import { taughtPairs } from '../../../shared/align/dictionary/confirmed';
import type { StoredLink } from '../../db/repositories/workbench';
import type { LexiconStore } from './store';

/**
 * The learned lexicon grows here, and only here: every link edit of the workbench (picking a
 * candidate or a source, confirming, accepting a translation, drawing, splitting, merging,
 * undo and redo) reports the links it changed, before and after, inside its transaction. A
 * link that is confirmed with a source teaches the stem pairs of its word evidence and word
 * alignment (taughtPairs); a link that stops being confirmed, changes its texts or goes takes
 * back exactly what it taught (recorded per link), so undo leaves the counts as they were.
 */
export class LinkLearning {
  constructor(
    private readonly store: LexiconStore,
    private readonly now: () => string,
  ) {}

  onDidChangeLinks(projectId: number, texts: () => { source: string; target: string }, previous: readonly StoredLink[], current: readonly StoredLink[]): void {
    const repo = this.store.repo;
    const after = new Map(current.map((l) => [l.id, l]));
    const ids = new Set([...previous.map((l) => l.id), ...current.map((l) => l.id)]);
    let t: { source: string; target: string } | undefined;
    // Read once per edit (an undo may confirm many links at once); what this edit teaches is
    // not fed back into its own later links.
    let lexicons: ReturnType<LexiconStore['forProject']> | undefined;
    const now = this.now();
    for (const id of ids) {
      const l = after.get(id);
      const had = repo.learnedLink(id);
      let want: { de: string; ru: string; key: string } | null = null;
      if (l && l.status === 'confirmed' && l.source) {
        t ??= texts();
        const de = t.target.slice(l.target.start, l.target.end);
        const ru = t.source.slice(l.source.start, l.source.end);
        if (de.trim() && ru.trim()) want = { de, ru, key: createHash('sha1').update(de).update('\u0000').update(ru).digest('base64') };
      }
      if (had && want && had.key === want.key) continue;
      if (had) {
        repo.addLearned(had.pairs, -1, now);
        repo.deleteLearnedLink(id);
      }
      if (want && l) {
        lexicons ??= this.store.forProject(projectId);
        const pairs = taughtPairs(want.de, want.ru, { lexicons });
        repo.addLearned(pairs, 1, now);
        repo.saveLearnedLink({ linkId: id, projectId: l.projectId, key: want.key, pairs });
      }
    }
  }
}
