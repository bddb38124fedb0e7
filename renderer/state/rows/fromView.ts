import type { EditResult, LinkSnapshot, SegmentRange, WorkbenchLink, WorkbenchView } from '../../../shared/ipc/channels/workbench';
import { isUserLink } from '../../../shared/align/links';
import { orderRows } from './order';
import type { AlignmentData, AlignRow, Candidate, QuoteKind } from './types';

const range = (r: SegmentRange | null): number[] => {
  if (!r) return [];
  const out: number[] = [];
  for (let i = r[0]; i <= r[1]; i++) out.push(i);
  return out;
};

/**
 * A stored link as a grid row. A `no_source` link is a row without a source; who said so sets
 * its status. A score is shown only as a match probability: a link without a source has none.
 */
export function rowOf(l: WorkbenchLink | LinkSnapshot, quoteKinds: ReadonlyMap<string, QuoteKind>, prev?: AlignRow): AlignRow {
  const suggestion = 'suggestion' in l ? l.suggestion : (prev?.suggestion ?? null);
  const source = l.status === 'no_source' || !l.source ? null : { start: l.source.start, end: l.source.end };
  return {
    id: String(l.id),
    linkId: l.id,
    kind: l.kind,
    quoteKind: l.kind === 'quote' ? (quoteKinds.get(`${l.target.start}-${l.target.end}`) ?? 'quotation') : null,
    target: { start: l.target.start, end: l.target.end },
    source,
    targetSegs: range(l.targetSegments),
    sourceSegs: range(l.sourceSegments),
    score: source ? l.score : null,
    // "Not in this original" is the user's answer (confirmed) or the aligner's proposal (auto).
    status: l.status === 'no_source' ? (isUserLink(l) ? 'confirmed' : 'auto') : l.status,
    recheckBefore: l.recheck?.before ?? null,
    checked: l.translation?.text ?? null,
    suggestion: suggestion ? { text: suggestion.text, id: suggestion.id } : null,
    candidates: candidatesOf(l),
  };
}

/**
 * Alternative sources, when the link carries them (the quotation search may add a ranked
 * `candidates` list); none otherwise.
 */
function candidatesOf(l: WorkbenchLink | LinkSnapshot): Candidate[] {
  const list = (l as { candidates?: unknown }).candidates;
  if (!Array.isArray(list)) return [];
  const out: Candidate[] = [];
  for (const c of list as Array<{ source?: { start?: unknown; end?: unknown } | null; start?: unknown; end?: unknown; score?: unknown }>) {
    const span = c.source ?? c;
    if (typeof span.start !== 'number' || typeof span.end !== 'number' || span.end <= span.start) continue;
    out.push({ source: { start: span.start, end: span.end }, score: typeof c.score === 'number' ? c.score : 0 });
  }
  return out;
}

export function quoteKindsOf(view: WorkbenchView): Map<string, QuoteKind> {
  return new Map(view.target.quotes.map((q) => [`${q.start}-${q.end}`, q.kind]));
}

/** The workbench view as the grid, map and editors use it. */
export function dataOf(view: WorkbenchView): AlignmentData {
  const kinds = quoteKindsOf(view);
  return {
    sourceHash: `doc:${view.source.documentId ?? 0}`,
    targetHash: `doc:${view.target.documentId ?? 0}`,
    sourceSegments: view.source.segments,
    targetSegments: view.target.segments,
    rows: orderRows(view.links.map((l) => rowOf(l, kinds))),
  };
}

/** Applies an edit's outcome to the rows: changed links replaced, created added, removed dropped. */
export function applyEdit(rows: readonly AlignRow[], r: Pick<EditResult, 'links' | 'removed'>, quoteKinds: ReadonlyMap<string, QuoteKind>): readonly AlignRow[] {
  const removed = new Set(r.removed.map(String));
  const byId = new Map(rows.map((x) => [x.id, x]));
  const changed = new Map(r.links.map((l) => [String(l.id), rowOf(l, quoteKinds, byId.get(String(l.id)))]));
  const kept = rows.filter((x) => !removed.has(x.id) && !changed.has(x.id));
  const fresh = [...changed.values()];
  // An edit that only changes links in place keeps the order; new or removed links re-sort.
  if (!r.removed.length && fresh.every((x) => byId.has(x.id))) return rows.map((x) => changed.get(x.id) ?? x);
  return orderRows([...kept, ...fresh]);
}
