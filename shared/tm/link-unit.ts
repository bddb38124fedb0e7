import { assertNever } from '../errors';
import type { UnitStatus } from '../formats/model';
import type { LinkSnapshot, TranslationStatus } from '../ipc/channels/workbench';
import { stripEditorialMarks } from '../text/editorial';
import type { NewTmUnit } from './types';

/** What a link's pair is read against: its project's languages and the two documents. */
export interface LinkContext {
  projectId: number;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  targetText: string;
  sourceDocumentId: number | null;
  targetDocumentId: number | null;
}

export interface LinkUnitOptions {
  /** Target text: the checked translation when the link has one (default), else the published German. */
  useChecked?: boolean;
  /**
   * For the translation memory: the sentence without the editor's omission marks ("[…]",
   * "(...)"), as a translator reuses it. An export keeps the document's text.
   */
  forMemory?: boolean;
  /** Who signs the unit; default the translation's editor, else the link's (none for the aligner's own). */
  reviewer?: string;
  /** The unit is written now (created and changed now, by the reviewer); default the link's own dates. */
  now?: string;
  /** The reviewer's decision on a machine suggestion, kept as provenance. */
  decision?: 'accepted' | 'edited' | undefined;
}

const REVIEWED = new Set<string>(['reviewed', 'approved']);

/**
 * A link's status as a unit status (XLIFF state, DOCX/HTML status column, memory status):
 * the checked translation's when there is one, else what the link's own status says.
 */
export function linkUnitStatus(l: Pick<LinkSnapshot, 'status' | 'translation'>): UnitStatus {
  const t: TranslationStatus | undefined = l.translation?.status;
  if (t) return t;
  switch (l.status) {
    case 'confirmed':
      return 'reviewed';
    case 'rejected':
      return 'rejected';
    case 'auto':
    case 'no_source':
      return 'draft';
    default:
      return assertNever(l.status, 'link status');
  }
}

/**
 * The one place a link becomes a unit: what review.accept stores, what the memory's
 * `addFromLink` stores, and what a project export writes. Its source is the Russian span as
 * the document has it, its target the checked translation (or the published German); the
 * provenance (project, documents, spans, link, reviewer, dates) points at the documents.
 * Null for a link without a Russian source.
 */
export function linkToUnit(l: LinkSnapshot, cx: LinkContext, opts: LinkUnitOptions = {}): NewTmUnit | null {
  if (!l.source) return null;
  const source = cx.sourceText.slice(l.source.start, l.source.end);
  const published = cx.targetText.slice(l.target.start, l.target.end);
  const target = opts.useChecked !== false && l.translation ? l.translation.text : published;
  const status = linkUnitStatus(l);
  const reviewer = opts.reviewer ?? (l.who !== 'auto' ? (l.translation?.updatedBy ?? l.who) : null);
  const text = (s: string): string => (opts.forMemory ? stripEditorialMarks(s) : s);
  const dates = opts.now
    ? { creator: reviewer, changer: reviewer, created: opts.now, changed: opts.now }
    : { changer: reviewer, created: l.createdAt, changed: l.translation?.updatedAt ?? l.updatedAt };
  return {
    sourceLang: cx.sourceLang,
    targetLang: cx.targetLang,
    source: text(source),
    target: text(target),
    origin: 'human',
    reviewed: REVIEWED.has(status),
    status,
    projectId: cx.projectId,
    documentId: cx.sourceDocumentId,
    linkId: l.id,
    sourceSpan: { start: l.source.start, end: l.source.end },
    targetSpan: { start: l.target.start, end: l.target.end },
    reviewer,
    ...dates,
    props: {
      kind: l.kind,
      ...(cx.targetDocumentId !== null ? { targetDocument: String(cx.targetDocumentId) } : {}),
      ...(opts.decision ? { decision: opts.decision } : {}),
    },
  };
}
