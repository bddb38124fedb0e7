import { SverkaError } from '../../../shared/errors';
import type {
  EditResult,
  HistoryEntry,
  LinkCounts,
  LinkKind,
  LinkSnapshot,
  LinkStatus,
  QuoteView,
  WorkbenchLink,
  WorkbenchStats,
  WorkbenchView,
} from '../../../shared/ipc/channels/workbench';
import { primaryLang } from '../../../shared/tm/normalize';
import type { StoredLink } from '../../db/repositories/workbench';
import type { WorkbenchContext } from './context';
import { sideView } from './document-state';
import { snapshot } from './links';
import { rememberChecked } from './memory';

function emptyCounts(): LinkCounts {
  return { total: 0, auto: 0, confirmed: 0, rejected: 0, noSource: 0, recheck: 0 };
}

function addCount(c: LinkCounts, status: LinkStatus, n = 1, recheck = 0): void {
  c.total += n;
  c.recheck += recheck;
  switch (status) {
    case 'auto':
      c.auto += n;
      break;
    case 'confirmed':
      c.confirmed += n;
      break;
    case 'rejected':
      c.rejected += n;
      break;
    case 'no_source':
      c.noSource += n;
      break;
  }
}

/** What the renderer reads: the view of a project, its statistics, a link's history, and the outcome of every edit. */
export class WorkbenchReader {
  constructor(private readonly cx: WorkbenchContext) {}

  view(projectId: number): WorkbenchView {
    const langs = this.cx.requireProject(projectId);
    const { source, target } = this.cx.sides(projectId);
    const stored = this.cx.repo.links(projectId);
    const found = this.suggestions(langs, source.text, stored);
    const counts = emptyCounts();
    const assisted = this.cx.lexicons.repo.assistedLinks(projectId);
    const links: WorkbenchLink[] = stored.map((l, i) => {
      addCount(counts, l.status, 1, l.recheck ? 1 : 0);
      const sg = found[i] ?? null;
      return { ...snapshot(l), hasSuggestion: sg !== null, suggestion: sg, ...(assisted.has(l.id) ? { assisted: true } : {}) };
    });
    const quotes: QuoteView[] = target.doc && target.stored ? this.cx.repo.quotations(target.doc.id) : this.cx.docs.liveQuotes(target);
    return {
      projectId,
      source: sideView(source),
      target: { ...sideView(target), quotes },
      links,
      counts,
      stale: source.stale || target.stale,
    };
  }

  stats(projectId: number): WorkbenchStats {
    this.cx.requireProject(projectId);
    const repo = this.cx.repo;
    const docs = repo.documents(projectId);
    const counts = emptyCounts();
    const byKind: Record<LinkKind, LinkCounts> = { quote: emptyCounts(), sentence: emptyCounts() };
    let autoN = 0;
    let autoSum = 0;
    let lowScore = 0;
    for (const r of repo.counts(projectId)) {
      addCount(counts, r.status, r.n, r.recheck);
      addCount(byKind[r.kind], r.status, r.n, r.recheck);
      if (r.status === 'auto') {
        autoN += r.n;
        autoSum += r.scoreSum ?? 0;
        lowScore += r.low;
      }
    }
    const src = docs.find((d) => d.role === 'source');
    const tgt = docs.find((d) => d.role === 'target');
    return {
      projectId,
      counts,
      byKind,
      sourceSegments: src ? repo.segmentCount(src.id) : 0,
      targetSegments: tgt ? repo.segmentCount(tgt.id) : 0,
      quotations: tgt ? repo.quotations(tgt.id).length : 0,
      translations: repo.translationCount(projectId),
      meanAutoScore: autoN > 0 ? Math.round((autoSum / autoN) * 1000) / 1000 : null,
      lowScore,
    };
  }

  history(linkId: number): HistoryEntry[] {
    const rows = this.cx.repo.history(linkId);
    if (rows.length === 0 && !this.cx.repo.link(linkId)) throw new SverkaError('NOT_FOUND', `There is no link ${linkId}.`);
    return rows;
  }

  /**
   * An EditResult with the current state of `changed` links and the given previous state.
   * Pairs the edit confirmed go into the translation memory (`rememberChecked`) unless
   * `remember` is false (review.accept stores the checked translation itself).
   */
  result(
    projectId: number,
    changed: readonly number[],
    created: number[],
    removed: number[],
    previous: readonly StoredLink[],
    opts: { remember?: boolean } = {},
  ): EditResult {
    const repo = this.cx.repo;
    const current: StoredLink[] = [];
    const seen = new Set<number>();
    for (const id of changed) {
      if (seen.has(id)) continue;
      seen.add(id);
      const l = repo.link(id);
      if (l) current.push(l);
    }
    // Every user edit of links ends here, inside its transaction: the one place the learned lexicon hears of it.
    this.cx.learning.onDidChangeLinks(previous, current);
    const memory = opts.remember === false ? null : rememberChecked(this.cx, previous, current);
    let found: Array<{ text: string; id: number } | null> = [];
    if (current.some((l) => l.source !== null)) {
      const langs = this.cx.requireProject(projectId);
      found = this.suggestions(langs, repo.documentText(projectId, 'source'), current);
    }
    const assisted = current.length ? this.cx.lexicons.repo.assistedLinks(projectId) : new Set<number>();
    const links: WorkbenchLink[] = current.map((l, i) => {
      const sg = found[i] ?? null;
      return { ...snapshot(l), hasSuggestion: sg !== null, suggestion: sg, ...(assisted.has(l.id) ? { assisted: true } : {}) };
    });
    const counts = emptyCounts();
    for (const r of repo.counts(projectId)) addCount(counts, r.status, r.n, r.recheck);
    const prevSeen = new Set<number>();
    const prev: LinkSnapshot[] = [];
    for (const l of previous) {
      if (prevSeen.has(l.id)) continue;
      prevSeen.add(l.id);
      prev.push(snapshot(l));
    }
    return { projectId, links, created, removed, previous: prev, counts, ...(memory ? { memory } : {}) };
  }

  /**
   * The cached machine suggestion for each link's Russian text, if any (one batched cache
   * read; none without an MT service).
   */
  private suggestions(
    langs: { sourceLang: string; targetLang: string },
    sourceText: string,
    links: readonly StoredLink[],
  ): Array<{ text: string; id: number } | null> {
    const mt = this.cx.deps.suggestions ?? this.cx.deps.mt;
    const none = (): null[] => links.map(() => null);
    const sl = primaryLang(langs.sourceLang);
    const tl = primaryLang(langs.targetLang);
    if (!mt?.cachedSuggestions || !this.cx.repo.anySuggestion(sl, tl)) return none();
    const texts = links.map((l) => (l.source ? sourceText.slice(l.source.start, l.source.end) : null));
    const unique = [...new Set(texts.filter((t): t is string => t !== null && t.trim() !== ''))];
    if (unique.length === 0) return none();
    const found = mt.cachedSuggestions(sl, tl, unique);
    return texts.map((t) => {
      const c = t === null ? undefined : found.get(t);
      return c ? { text: c.suggestion, id: c.id } : null;
    });
  }
}
