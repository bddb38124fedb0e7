import type { LinkKind, TextRange } from '../../../shared/ipc/channels/workbench';
import { stripEditorialMarks } from '../../../shared/text/editorial';
import type { NewTmUnit } from '../../../shared/tm/types';

/** What an accepted link brings to the translation memory. */
export interface AcceptedPair {
  sourceLang: string;
  targetLang: string;
  /** The Russian span's text as the document has it. */
  sourceText: string;
  /** The checked translation as the reviewer typed it. */
  checkedText: string;
  projectId: number;
  sourceDocumentId: number;
  targetDocumentId: number | null;
  linkId: number;
  kind: LinkKind;
  source: TextRange;
  target: TextRange;
  reviewer: string;
  now: string;
  decision: 'accepted' | 'edited' | undefined;
}

/**
 * The one place a link becomes a memory unit. The document and the checked translation keep
 * the editor's omission marks ("[…]", "(...)"); the memory stores the sentence without them,
 * as a translator reuses it. Provenance (offsets, documents, reviewer) points at the document.
 */
export function memoryUnitOf(p: AcceptedPair): NewTmUnit {
  return {
    sourceLang: p.sourceLang,
    targetLang: p.targetLang,
    source: stripEditorialMarks(p.sourceText),
    target: stripEditorialMarks(p.checkedText),
    origin: 'human',
    reviewed: true,
    status: 'approved',
    projectId: p.projectId,
    documentId: p.sourceDocumentId,
    linkId: p.linkId,
    sourceSpan: { start: p.source.start, end: p.source.end },
    targetSpan: { start: p.target.start, end: p.target.end },
    creator: p.reviewer,
    changer: p.reviewer,
    reviewer: p.reviewer,
    created: p.now,
    changed: p.now,
    props: {
      kind: p.kind,
      ...(p.targetDocumentId !== null ? { targetDocument: String(p.targetDocumentId) } : {}),
      ...(p.decision ? { decision: p.decision } : {}),
    },
  };
}
