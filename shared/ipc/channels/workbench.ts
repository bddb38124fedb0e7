import { MAX_DOCUMENT_CHARS } from '../../limits';
import { z } from 'zod';
import { channel } from './define';
import { JobIdSchema } from './jobs';
import { Id } from './projects';
import { LinkCandidateInput, MAX_CANDIDATES, type LinkCandidate } from './candidates';

/*
 * The workbench protocol, in short:
 * - `workbench.view` gives both texts, their segments, the German quotations and every link.
 *   Offsets are UTF-16 code units: `text.slice(start, end)`.
 * - Every edit (setSource, setStatus, link, unlink, split, merge, review.accept/reject)
 *   returns an `EditResult`. The renderer keeps the undo stack: undo is
 *   `workbench.restore({projectId, links: r.previous, remove: r.created})`, redo is
 *   `workbench.restore({projectId, links: r.links, remove: r.removed})`.
 * - `workbench.updateSourceText` returns `previousText` and `previous`; undo is
 *   `updateSourceText({projectId, text: previousText, restore: previous})`.
 * - `workbench.align` keeps user links and automatic links it proposes again (same ids);
 *   other automatic links are replaced, so entries of the undo stack may no longer apply.
 */

/** Longest document the workbench accepts (UTF-16 code units), as `documents.addText` does. */
export const MAX_TEXT = MAX_DOCUMENT_CHARS;

const Offset = z.number().int().min(0).max(MAX_TEXT);

/**
 * A half-open UTF-16 range `text.slice(start, end)`. Whether it lies inside the document is
 * checked by the service (CONFLICT), since only it knows the text.
 */
export const SpanInput = z
  .object({ start: Offset, end: Offset })
  .strict()
  .refine((s) => s.start <= s.end, { message: 'start must not be after end', path: ['end'] });
export type SpanInput = z.output<typeof SpanInput>;

/** A link pairs a German quotation with a Russian span, or German sentences with Russian ones. */
export const LinkKind = z.enum(['quote', 'sentence']);
export type LinkKind = z.infer<typeof LinkKind>;

/**
 * `auto`: proposed by the aligner, unchecked. `confirmed` / `rejected`: the user's verdict.
 * `no_source`: the German text has no source in this original (said by the aligner when
 * `who` is `auto`, by the user otherwise).
 */
export const LinkStatus = z.enum(['auto', 'confirmed', 'rejected', 'no_source']);
export type LinkStatus = z.infer<typeof LinkStatus>;

/** Statuses a user sets directly; `no_source` is set through `workbench.setSource` with null. */
export const SettableStatus = z.enum(['auto', 'confirmed', 'rejected']);

export const TranslationStatus = z.enum(['draft', 'translated', 'reviewed', 'approved', 'rejected']);
export type TranslationStatus = z.infer<typeof TranslationStatus>;

/** Inclusive segment-index range `[from, to]` of one side. */
export type SegmentRange = [number, number];

/** A span of a document. */
export interface TextRange {
  start: number;
  end: number;
}

/** The checked translation of a link (the reviewer's German for the Russian source). */
export interface TranslationSnapshot {
  text: string;
  status: TranslationStatus;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

/**
 * Everything stored about a link: what `workbench.restore` needs to put it back exactly,
 * checked translation included (history rows are never undone; they record the restore).
 */
export interface LinkSnapshot {
  id: number;
  kind: LinkKind;
  /** Russian span; null when the link has no source (`no_source`). */
  source: TextRange | null;
  /** German span: the quotation (inside its marks) or the sentences of a bead. */
  target: TextRange;
  sourceSegments: SegmentRange | null;
  targetSegments: SegmentRange | null;
  status: LinkStatus;
  /** Aligner confidence in [0, 1]; null for links the user made. */
  score: number | null;
  /** `auto` or the reviewer's name. */
  who: string;
  createdAt: string;
  updatedAt: string;
  translation: TranslationSnapshot | null;
  /**
   * An edit of the Russian original touched this link's source: `before` is the span's text
   * as it was (the current text is the span now). The link keeps its status and is not
   * dropped; confirming, relinking or rejecting it clears this. Null: nothing to re-check.
   */
  recheck: LinkRecheck | null;
  /** Ranked alternative sources from the quotation search (at most MAX_CANDIDATES); [] for others. */
  candidates: LinkCandidate[];
}

/** What a link that needs re-checking remembers. */
export interface LinkRecheck {
  before: string;
}

/** A grid row. */
export interface WorkbenchLink extends LinkSnapshot {
  /** A machine suggestion for the source text is in the cache (no request needed to show it). */
  hasSuggestion: boolean;
  /** The newest cached suggestion itself (`id` is the cache row for `review.accept`/`mt.review`). */
  suggestion: { text: string; id: number } | null;
  /** Present (true) when the aligner's choice of source rests on online-assist evidence (a machine translation of the quotation). */
  assisted?: true;
}

export interface LinkCounts {
  total: number;
  auto: number;
  confirmed: number;
  rejected: number;
  noSource: number;
  /** Links (of any status) an edit of the original asks to re-check. */
  recheck: number;
}

/** One side of the project as the editors show it. */
export interface SideView {
  /** null when the project has no document in this role yet (text is then ''). */
  documentId: number | null;
  text: string;
  lang: string;
  /** Sentences (and headings) in document order, as stored by the last alignment or segmented now. */
  segments: TextRange[];
  /** Blocks separated by blank lines. */
  paragraphs: TextRange[];
}

/** A quotation of the German article (inside its marks), as the text engine found it. */
export interface QuoteView {
  id: number;
  start: number;
  end: number;
  kind: 'quotation' | 'title' | 'term';
  depth: number;
  parentId: number | null;
  open: TextRange | null;
  close: TextRange | null;
}

export interface WorkbenchView {
  projectId: number;
  source: SideView;
  target: SideView & { quotes: QuoteView[] };
  /** Sentence links in target order, then quote links in target order. */
  links: WorkbenchLink[];
  counts: LinkCounts;
  /** True when a document changed after the last alignment (segments were recomputed for this view). */
  stale: boolean;
}

/** How `workbench.align` went. */
export interface AlignSummary {
  /** `sentences`: sentence beads and quotations were aligned; `quotes`: quotations only. */
  mode: 'sentences' | 'quotes';
  /** Why that mode (the full-translation test's figures, or the caller's choice). */
  reason: string;
  /** Links the user had confirmed, rejected or made, kept as they were. */
  kept: number;
  /** New automatic links stored. */
  added: number;
  /** Automatic links proposed again as they were: they keep their ids. */
  unchanged: number;
  /** Automatic proposals dropped because they overlap a kept link. */
  dropped: number;
  /** Wall time of segmentation + alignment + storage. */
  ms: number;
}

export type AlignResult = WorkbenchView & { alignment: AlignSummary };

/** Where a `workbench.align` run with a `jobId` is (poll it for a progress bar). */
export interface AlignProgress {
  jobId: string;
  projectId: number;
  phase: 'queued' | 'segmenting' | 'model' | 'sentences' | 'quotes' | 'storing' | 'done' | 'cancelled' | 'failed';
  /** 0..1, by phase. */
  fraction: number;
}

const JobId = z.string().min(1).max(100);

/**
 * The outcome of every link edit. Undo = `workbench.restore({projectId, links: previous,
 * remove: created})`; redo = `workbench.restore({projectId, links, remove: removed})`.
 */
export interface EditResult {
  projectId: number;
  /** Current state of every link the edit created or changed. */
  links: WorkbenchLink[];
  /** Ids of links the edit created. */
  created: number[];
  /** Ids of links the edit deleted. */
  removed: number[];
  /** State before the edit of every link it changed or deleted. */
  previous: LinkSnapshot[];
  counts: LinkCounts;
  /**
   * What the edit did to the translation memory (absent when nothing): pairs it confirmed,
   * stored or merged, and units of confirmations it undid, taken back.
   */
  memory?: { added: number; merged: number; removed: number };
}

export interface SourceTextResult {
  view: WorkbenchView;
  /** The text before the edit: undo = `updateSourceText({text: previousText})` then `restore({links: previous})`. */
  previousText: string;
  /** Links whose span, segments or status the edit changed, as they were. */
  previous: LinkSnapshot[];
  /** Ids of links whose source the edit moved, resized or removed. */
  changed: number[];
}

export interface WorkbenchStats {
  projectId: number;
  counts: LinkCounts;
  byKind: Record<LinkKind, LinkCounts>;
  sourceSegments: number;
  targetSegments: number;
  quotations: number;
  translations: number;
  /** Mean score of automatic links, null when there are none. */
  meanAutoScore: number | null;
  /** Automatic links scored below 0.5. */
  lowScore: number;
}

export interface HistoryEntry {
  id: number;
  action: 'insert' | 'update' | 'delete';
  who: string;
  at: string;
  beforeText: string | null;
  afterText: string | null;
  beforeStatus: string | null;
  afterStatus: string | null;
  beforeNote: string | null;
  afterNote: string | null;
}

/** What `review.accept` stored. */
export interface AcceptResult extends EditResult {
  translation: TranslationSnapshot;
  /** The translation-memory unit the pair went into; null when no TM is available. */
  tm: { outcome: 'added' | 'merged'; unitId: number | null } | null;
  /** Whether the decision on the machine suggestion was recorded with the MT service. */
  mtReviewed: boolean;
}

/**
 * Which links an export takes: by status, and `recheck` for links an edit of the original asks
 * to re-check (those are left out of the other statuses until the user has decided again).
 */
export const ExportStatus = z.enum(['auto', 'confirmed', 'rejected', 'no_source', 'recheck']);
export type ExportStatus = z.infer<typeof ExportStatus>;

/** File formats a project's pairs export to. */
export const ProjectExportFormat = z.enum(['tmx', 'xliff12', 'xliff21', 'csv', 'tsv', 'docx', 'html', 'factcheck-html', 'factcheck-docx']);
export type ProjectExportFormat = z.infer<typeof ProjectExportFormat>;

/** An exported file: bytes in base64 (the renderer saves it itself, in the app and the browser). */
export interface ProjectExport {
  dataBase64: string;
  fileName: string;
  units: number;
}

const Text = z.string().max(100_000, 'at most 100,000 characters');

const TranslationInput = z
  .object({
    text: Text,
    status: TranslationStatus,
    note: z.string().max(10_000).nullable(),
    updatedBy: z.string().min(1).max(200),
    updatedAt: z.string().min(1).max(40),
  })
  .strict();

const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine((r) => r[0] <= r[1], 'from must not be after to');

/** A link row to put back; view rows can be passed as they are (`hasSuggestion` and `suggestion` are ignored). */
export const LinkSnapshotInput = z
  .object({
    id: Id,
    kind: LinkKind,
    source: SpanInput.nullable(),
    target: SpanInput,
    sourceSegments: Range.nullable(),
    targetSegments: Range.nullable(),
    status: LinkStatus,
    score: z.number().min(0).max(1).nullable(),
    who: z.string().min(1).max(200),
    createdAt: z.string().min(1).max(40),
    updatedAt: z.string().min(1).max(40),
    translation: TranslationInput.nullable(),
    /** Absent in snapshots from before re-checks existed: nothing to re-check. */
    recheck: z.object({ before: z.string().max(MAX_TEXT) }).strict().nullable().optional(),
    /** Absent in snapshots from before candidates were stored: the stored ones stay. */
    candidates: z.array(LinkCandidateInput).max(MAX_CANDIDATES).optional(),
    hasSuggestion: z.boolean().optional(),
    suggestion: z.unknown().optional(),
    assisted: z.boolean().optional(),
  })
  .strict()
  .refine((l) => l.status === 'no_source' || l.source !== null, {
    message: 'only a no_source link may lack a source',
    path: ['source'],
  });
export type LinkSnapshotInput = z.output<typeof LinkSnapshotInput>;

/** One change of the Russian text, in offsets of the text BEFORE the change (Monaco's model content change). */
export const TextEdit = z
  .object({ start: Offset, end: Offset, text: z.string().max(MAX_TEXT) })
  .strict()
  .refine((e) => e.start <= e.end, { message: 'start must not be after end', path: ['end'] });
export type TextEdit = z.output<typeof TextEdit>;

/** Which pairs an export takes (shared by `workbench.export` and `workbench.exportCount`). */
const ExportRequest = z
  .object({
    projectId: Id,
    statuses: z.array(ExportStatus).min(1).max(5).default(['confirmed']),
    kinds: z.array(LinkKind).min(1).max(2).default(['quote', 'sentence']),
    useChecked: z.boolean().default(true),
    /** CSV/TSV: write cells that start with = + - @ as they are, so spreadsheets run them as formulas. */
    allowFormulas: z.boolean().default(false),
  })
  .strict();

export const workbenchChannels = {
  /**
   * Segments both documents, finds the German quotations, aligns quotations (and sentences,
   * when `mode` is `sentences`, or `auto` and the pair looks like a full translation) and
   * stores it all in one transaction. Links the user confirmed, rejected or made are kept;
   * automatic proposals overlapping them on the German side are dropped. An automatic link
   * proposed again keeps its id; the others are replaced (clear the undo stack after it).
   */
  'workbench.align': channel<AlignResult>()(
    z
      .object({
        projectId: Id,
        mode: z.enum(['auto', 'quotes', 'sentences']).default('auto'),
        /** Caller-chosen id for `workbench.alignProgress` and `workbench.cancelAlign`. */
        jobId: JobId.optional(),
      })
      .strict(),
  ),
  /** Phase and fraction of a running (or, for a minute, finished) alignment. NOT_FOUND for unknown ids. */
  'workbench.alignProgress': channel<AlignProgress>()(z.object({ jobId: JobId }).strict()),
  /** Stops an alignment at its next phase; it then fails with CANCELLED and changes nothing. */
  'workbench.cancelAlign': channel<{ cancelled: boolean }>()(z.object({ jobId: JobId }).strict()),
  /** Both texts, segments, quotations and every link with its checked translation. */
  'workbench.view': channel<WorkbenchView>()(z.object({ projectId: Id }).strict()),
  /** Counts for the status bar and filters, without texts or rows. */
  'workbench.stats': channel<WorkbenchStats>()(z.object({ projectId: Id }).strict()),
  /**
   * Picks a new Russian span for a link (the link becomes `confirmed`), or null: "not in this
   * original" (`no_source`). CONFLICT when the span is outside the Russian text.
   */
  'workbench.setSource': channel<EditResult>()(z.object({ linkId: Id, source: SpanInput.nullable() }).strict()),
  /** Confirms, rejects or un-confirms a link. CONFLICT for a link without a source. */
  'workbench.setStatus': channel<EditResult>()(z.object({ linkId: Id, status: SettableStatus }).strict()),
  /** A link the user draws: `confirmed`, or `no_source` when `source` is null. */
  'workbench.link': channel<EditResult>()(
    z.object({ projectId: Id, kind: LinkKind, source: SpanInput.nullable(), target: SpanInput }).strict(),
  ),
  /** Deletes a link (its checked translation goes with it; history keeps it; restore brings both back). */
  'workbench.unlink': channel<EditResult>()(z.object({ linkId: Id }).strict()),
  /**
   * Splits a sentence bead before segment `segmentIndex` of `side` (an index into that
   * side's segments, inside the bead, not its first). The other side splits before
   * `otherSegmentIndex`, or where the lengths say when it is omitted; a side with one
   * segment stays with the first part.
   */
  'workbench.split': channel<EditResult>()(
    z
      .object({
        linkId: Id,
        at: z
          .object({
            side: z.enum(['source', 'target']),
            segmentIndex: z.number().int().min(1),
            otherSegmentIndex: z.number().int().min(0).nullable().optional(),
          })
          .strict(),
      })
      .strict(),
  ),
  /** Merges adjacent sentence beads into one confirmed bead (the first's translation is kept). */
  'workbench.merge': channel<EditResult>()(
    z
      .object({ linkIds: z.array(Id).min(2, 'merge needs at least two links').max(100, 'at most 100 links') })
      .strict()
      .refine((r) => new Set(r.linkIds).size === r.linkIds.length, { message: 'a link is listed twice', path: ['linkIds'] }),
  ),
  /** Puts links back exactly as snapshotted (same ids) and deletes `remove`: undo and redo. */
  'workbench.restore': channel<EditResult>()(
    z
      .object({
        projectId: Id,
        links: z.array(LinkSnapshotInput).max(200_000),
        remove: z.array(Id).max(200_000).default([]),
      })
      .strict(),
  ),
  /**
   * Replaces the Russian text (the user corrected it). Links after an edit shift; a link
   * whose source an edit touches follows it and goes back to `auto`; a source deleted
   * entirely becomes no source (automatic, so re-alignment looks again). `edits`, when
   * given, must turn the stored text into `text`; otherwise the change is diffed.
   */
  'workbench.updateSourceText': channel<SourceTextResult>()(
    z
      .object({
        projectId: Id,
        text: z.string().max(MAX_TEXT, `the text is longer than ${MAX_TEXT} characters`),
        edits: z.array(TextEdit).max(10_000).optional(),
        /** Link snapshots to write after the text change: undo passes `previous` here to make it one step. */
        restore: z.array(LinkSnapshotInput).max(200_000).optional(),
      })
      .strict(),
  ),
  /**
   * Stores the checked translation of a link (history is kept), confirms the link, adds the
   * pair to the translation memory (origin human, with provenance) and, when `suggestion` is
   * given, records the decision on the machine suggestion.
   */
  'review.accept': channel<AcceptResult>()(
    z
      .object({
        linkId: Id,
        text: Text.refine((t) => t.trim().length > 0, 'the checked translation is empty'),
        decision: z.enum(['accepted', 'edited']).optional(),
        suggestion: Text.optional(),
        suggestionId: Id.optional(),
        note: z.string().max(10_000).nullable().optional(),
      })
      .strict(),
  ),
  /** Rejects a link; its checked translation, if any, is marked rejected. */
  'review.reject': channel<EditResult>()(z.object({ linkId: Id }).strict()),
  /**
   * The project's pairs in a file: links with a source whose status is in `statuses`
   * (default: confirmed), the checked translation as target when there is one and
   * `useChecked` (default), else the published German; provenance travels in props.
   */
  /** The pairs as a file; with a `jobId` its progress and cancel go through `jobs.progress` / `jobs.cancel`. */
  'workbench.export': channel<ProjectExport>()(ExportRequest.extend({ format: ProjectExportFormat, jobId: JobIdSchema.optional() }).strict()),
  /** How many pairs `workbench.export` would write for these choices (the same selection). */
  'workbench.exportCount': channel<{ units: number }>()(ExportRequest.extend({ format: ProjectExportFormat.optional() }).strict()),
  /** The reviewer name written into links, checked translations and TM provenance ('user' until set). */
  'review.reviewer': channel<{ name: string }>()(z.object({}).strict()),
  'review.setReviewer': channel<{ name: string }>()(
    z.object({ name: z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters') }).strict(),
  ),
  /** Every change of the link's checked translation, oldest first. */
  'review.history': channel<HistoryEntry[]>()(z.object({ linkId: Id }).strict()),
} as const;
