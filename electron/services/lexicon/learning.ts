import { createHash } from 'node:crypto';
import { taughtPairs } from '../../../shared/align/dictionary/confirmed';
import type { StoredLink } from '../../db/repositories/workbench';
import type { LexiconStore } from './store';

/** What the learning reads of the workbench's data when it catches up. */
export interface LinkReader {
  link(id: number): StoredLink | null;
  documentText(projectId: number, role: 'source' | 'target'): string;
  transaction<T>(fn: () => T): T;
}

/**
 * The learned lexicon grows here, and only here: every link edit of the workbench (picking a
 * candidate or a source, confirming, accepting a translation, drawing, splitting, merging,
 * undo and redo) reports the links it changed. Right after the edit (a turn of the event loop
 * later, so that the edit's answer never waits for the base lexicon to load) each reported
 * link is compared with what it taught: a link confirmed with a source teaches the stem pairs
 * of its word evidence and word alignment (taughtPairs); a link that stops being confirmed,
 * changes its texts or goes takes back exactly what it taught (recorded per link), so undo
 * leaves the counts as they were.
 */
export class LinkLearning {
  private readonly pending = new Set<number>();
  private scheduled: Promise<void> | null = null;

  constructor(
    private readonly store: LexiconStore,
    private readonly now: () => string,
    private readonly reader: LinkReader,
  ) {}

  onDidChangeLinks(previous: readonly StoredLink[], current: readonly StoredLink[]): void {
    for (const l of previous) this.pending.add(l.id);
    for (const l of current) this.pending.add(l.id);
    if (this.pending.size) this.schedule();
  }

  /** Resolves when the links reported so far have been learned from. */
  settled(): Promise<void> {
    return this.scheduled ?? Promise.resolve();
  }

  private schedule(): void {
    this.scheduled ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        try {
          this.catchUp();
        } catch {
          // The database closed or a link vanished under us: learning is best effort, an edit never fails for it.
        } finally {
          this.scheduled = null;
          resolve();
        }
      }),
    );
  }

  /** Learns from (or takes back) every reported link, in one transaction. */
  catchUp(): void {
    const ids = [...this.pending];
    this.pending.clear();
    if (!ids.length) return;
    const repo = this.store.repo;
    this.reader.transaction(() => {
      const texts = new Map<number, { source: string; target: string }>();
      const lexicons = new Map<number, ReturnType<LexiconStore['forProject']>>();
      const now = this.now();
      for (const id of ids) {
        const l = this.reader.link(id);
        const had = repo.learnedLink(id);
        let want: { de: string; ru: string; key: string } | null = null;
        if (l && l.status === 'confirmed' && l.source) {
          let t = texts.get(l.projectId);
          if (!t) texts.set(l.projectId, (t = { source: this.reader.documentText(l.projectId, 'source'), target: this.reader.documentText(l.projectId, 'target') }));
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
          let lex = lexicons.get(l.projectId);
          if (!lex) lexicons.set(l.projectId, (lex = this.store.forProject(l.projectId)));
          const pairs = taughtPairs(want.de, want.ru, { lexicons: lex });
          repo.addLearned(pairs, 1, now);
          repo.saveLearnedLink({ linkId: id, projectId: l.projectId, key: want.key, pairs });
        }
      }
    });
  }
}
