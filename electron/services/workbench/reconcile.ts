import { SverkaError } from '../../../shared/errors';
import type { LinkKind, TextRange } from '../../../shared/ipc/channels/workbench';
import type { Quote } from '../../../shared/text/quotes';
import type { LinkRow, StoredLink } from '../../db/repositories/workbench';
import type { WorkbenchContext } from './context';
import { segmentRows, type Side } from './document-state';
import { isUserLink, proposalKey, sameRange } from './links';
import { overlaps, spanRange } from './offsets';

/** What storing a run's proposals did to the project's links. */
export interface Reconciled {
  kept: number;
  added: number;
  unchanged: number;
  dropped: number;
}

/**
 * Stores an alignment run in one transaction: the segments and quotations it was made from,
 * and its proposals merged with the links already there. The user's links stay (their segment
 * ranges follow the new segmentation) and win over proposals that overlap them; automatic links
 * proposed again keep their ids, so selection and undo survive; the other automatic links go.
 * Fails with CONFLICT when a document changed while the run was working.
 */
export function storeAlignment(
  cx: WorkbenchContext,
  projectId: number,
  run: { source: Side; target: Side; quotes: readonly Quote[]; proposals: readonly LinkRow[]; startHashes: { source: string | null; target: string | null } },
): Reconciled {
  const { source, target, proposals } = run;
  const repo = cx.repo;
  const targetDoc = target.doc!;
  const out: Reconciled = { kept: 0, added: 0, unchanged: 0, dropped: 0 };
  repo.transaction(() => {
    cx.requireProject(projectId); // It may have been deleted while the run was working.
    const docsNow = repo.documents(projectId);
    const hashNow = (role: 'source' | 'target') => docsNow.find((d) => d.role === role)?.contentHash ?? null;
    if (hashNow('source') !== run.startHashes.source || hashNow('target') !== run.startHashes.target) {
      throw new SverkaError('CONFLICT', 'A document changed while it was being aligned; align again.');
    }
    if (source.doc) repo.replaceSegments(source.doc.id, segmentRows(source.seg));
    repo.replaceSegments(targetDoc.id, segmentRows(target.seg));
    repo.replaceQuotations(
      targetDoc.id,
      run.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        open: q.open.start <= q.start ? q.open.start : null,
        close: q.close && q.close.start >= q.end ? q.close.start : null,
        kind: q.kind,
        depth: q.depth,
        parent: q.parent,
      })),
    );
    const sSegs = source.seg.segments;
    const tSegs = target.seg.segments;
    const keptLinks: StoredLink[] = [];
    const previousAuto = new Map<string, StoredLink>();
    for (const l of repo.links(projectId)) {
      if (!isUserLink(l)) {
        previousAuto.set(proposalKey(l), l);
        continue;
      }
      const inside =
        l.target.end <= target.text.length && (l.source === null || (source.doc !== null && l.source.end <= source.text.length));
      if (!inside) {
        // The document was replaced under the link: its offsets mean nothing any more.
        repo.deleteLink(l.id);
        continue;
      }
      const sr = l.source ? spanRange(sSegs, l.source) : null;
      const tr = spanRange(tSegs, l.target);
      if (!sameRange(sr, l.sourceSegments) || !sameRange(tr, l.targetSegments)) {
        repo.writeLink({ ...l, sourceSegments: sr, targetSegments: tr });
      }
      keptLinks.push(l);
    }
    out.kept = keptLinks.length;
    const targetsOf = (k: LinkKind) => new SpanIndex(keptLinks.filter((l) => l.kind === k).map((l) => l.target));
    const keptQuote = targetsOf('quote');
    const keptSentence = targetsOf('sentence');
    const keptSentenceSources = new SpanIndex(
      keptLinks.filter((l) => l.kind === 'sentence' && l.source !== null).map((l) => l.source as TextRange),
    );
    for (const p of proposals) {
      const clash =
        (p.kind === 'quote' ? keptQuote : keptSentence).overlapsAny(p.target) ||
        (p.kind === 'sentence' && p.source !== null && keptSentenceSources.overlapsAny(p.source));
      if (clash) {
        out.dropped++;
        continue;
      }
      const key = proposalKey(p);
      const same = previousAuto.get(key);
      if (same) {
        previousAuto.delete(key);
        const moved =
          same.score !== p.score ||
          same.status !== p.status ||
          !sameRange(same.sourceSegments, p.sourceSegments) ||
          !sameRange(same.targetSegments, p.targetSegments);
        if (moved) repo.writeLink({ ...p, id: same.id, createdAt: same.createdAt });
        out.unchanged++;
        continue;
      }
      repo.insertLink(p);
      out.added++;
    }
    for (const l of previousAuto.values()) repo.deleteLink(l.id);
    if (source.doc) cx.docs.markSegmented(source.doc.id, source.doc.text);
    cx.docs.markSegmented(targetDoc.id, targetDoc.text);
  });
  return out;
}

/**
 * Spans sorted by start with the running maximum of their ends, so that "does this span
 * overlap any of them?" is a binary search and a short walk back, even when spans nest.
 */
class SpanIndex {
  private readonly spans: TextRange[];
  private readonly maxEnd: number[];

  constructor(spans: readonly TextRange[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let m = -1;
    for (const s of this.spans) this.maxEnd.push((m = Math.max(m, s.end)));
  }

  overlapsAny(span: TextRange): boolean {
    // Last span starting at or before span.end (an empty span there may still overlap).
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as TextRange).start <= span.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      if ((this.maxEnd[i] as number) < span.start) break;
      if (overlaps(this.spans[i] as TextRange, span)) return true;
    }
    return false;
  }
}
