import { SverkaError } from '../../../shared/errors';
import { APP_DECISION, checkQuoteLink, summariseQuotes, type QuoteLinkFidelity, type WordMatcher } from '../../../shared/fidelity';
import type { ProjectFidelity, QuoteFidelity, Verdict, VerdictHistoryEntry } from '../../../shared/ipc/channels/fidelity';
import type { Db } from '../../db/connection';
import { VerdictRepository } from '../../db/repositories/verdicts';
import type { StoredLink } from '../../db/repositories/workbench';
import type { WorkbenchContext } from './context';

/** Most results kept between calls (a project's quotations, several projects open in a session). */
const CACHE_LIMIT = 5_000;

/**
 * Quote fidelity in the workbench: the flags of every quotation link, computed when the
 * renderer asks after its links changed (results are cached by the link's spans, status and
 * the texts they cover, so unchanged links cost a map lookup), and the fact-checker's verdicts.
 */
export class QuoteFidelityJob {
  private readonly verdicts: VerdictRepository;
  private readonly cache = new Map<string, QuoteLinkFidelity>();

  constructor(
    db: Db,
    private readonly cx: WorkbenchContext,
    private readonly matcher: () => WordMatcher,
  ) {
    this.verdicts = new VerdictRepository(db);
  }

  /** Every quotation link of the project (German order) with flags and verdict, and the summary. */
  list(projectId: number): ProjectFidelity {
    this.cx.requireProject(projectId);
    const ctx = this.cx.repo.linkContext(projectId);
    const sourceText = ctx?.sourceText ?? '';
    const targetText = ctx?.targetText ?? '';
    const verdicts = this.verdicts.forProject(projectId);
    const items = this.cx.repo
      .links(projectId)
      .filter((l) => l.kind === 'quote')
      .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
      .map((l) => this.item(l, sourceText, targetText, verdicts.get(l.id) ?? null));
    return { projectId, items, summary: summariseQuotes(items) };
  }

  /** One link's fidelity (what `setVerdict` returns). */
  one(linkId: number): QuoteFidelity {
    const l = this.cx.requireLink(linkId);
    const ctx = this.cx.repo.linkContext(l.projectId);
    return this.item(l, ctx?.sourceText ?? '', ctx?.targetText ?? '', this.verdicts.get(l.id));
  }

  setVerdict(linkId: number, verdict: Verdict | null, comment: string): QuoteFidelity {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      if (l.kind !== 'quote') throw new SverkaError('CONFLICT', 'A verdict is given on a quotation, not on a sentence pair.');
      const who = this.cx.reviewer();
      const at = this.cx.now();
      if (verdict === null) this.verdicts.clear(linkId, who, at);
      else this.verdicts.set(linkId, { verdict, comment: comment.trim(), by: who, at });
      return this.one(linkId);
    });
  }

  history(linkId: number): VerdictHistoryEntry[] {
    const rows = this.verdicts.history(linkId);
    if (rows.length === 0) this.cx.requireLink(linkId);
    return rows;
  }

  private item(l: StoredLink, sourceText: string, targetText: string, verdict: QuoteFidelity['verdict']): QuoteFidelity {
    const src = l.source;
    const key = [
      l.status,
      l.recheck ? 'r' : '',
      src ? `${src.start}:${src.end}` : '-',
      `${l.target.start}:${l.target.end}`,
      // The paragraph around the span is the engine's context (words just outside it).
      src ? sourceText.slice(Math.max(0, src.start - 600), src.end + 600) : '',
      targetText.slice(l.target.start, l.target.end),
    ].join('\u0000');
    let f = this.cache.get(key);
    if (!f) {
      f = checkQuoteLink(l, sourceText, targetText, { matcher: this.matcher(), decision: APP_DECISION });
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, f);
    }
    return { linkId: l.id, status: l.status, who: l.who, updatedAt: l.updatedAt, source: l.source, target: l.target, ...f, verdict };
  }
}
