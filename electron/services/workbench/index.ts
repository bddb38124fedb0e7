import type { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import type { PlanMode } from '../../../shared/align/plan';
import { appMatcher } from '../../../shared/fidelity';
import type { ProjectFidelity, QuoteFidelity, Verdict, VerdictHistoryEntry } from '../../../shared/ipc/channels/fidelity';
import type { MtEstimate } from '../../../shared/ipc/channels/mt';
import type {
  AcceptResult,
  AlignProgress,
  AlignResult,
  EditResult,
  HistoryEntry,
  LinkKind,
  LinkSnapshotInput,
  ProjectExport,
  ProjectExportFormat,
  SourceTextResult,
  TextRange,
  WorkbenchStats,
  WorkbenchView,
} from '../../../shared/ipc/channels/workbench';
import type { Edit } from '../../../shared/text/edits';
import type { Db } from '../../db/connection';
import { baseLexicon } from '../lexicon';
import { AlignJobs } from './align-jobs';
import { WorkbenchContext, type WorkbenchDeps } from './context';
import { ProjectExporter, type ExportChoice } from './export';
import { QuoteFidelityJob } from './fidelity';
import { LinkEdits } from './link-edits';
import { Review } from './review';
import { SourceEdits } from './source-edits';
import { WorkbenchReader } from './view';

export { REVIEWER_SETTING, type WorkbenchDeps } from './context';

/**
 * The main-process side of the workbench, one entry point over its jobs: alignment runs
 * (align-jobs.ts, reconcile.ts), what the renderer reads (view.ts), link edits
 * (link-edits.ts), corrections of the original (source-edits.ts), review and memory writes
 * (review.ts), export (export.ts), over the document state they share (document-state.ts,
 * context.ts). Each edit is one transaction and returns what the renderer needs to undo it.
 */
export class WorkbenchService {
  private readonly aligner: AlignJobs;
  private readonly reader: WorkbenchReader;
  private readonly links: LinkEdits;
  private readonly sourceEdits: SourceEdits;
  private readonly review: Review;
  private readonly exporter: ProjectExporter;
  private readonly fidelity: QuoteFidelityJob;
  private readonly cx: WorkbenchContext;

  constructor(db: Db, deps: WorkbenchDeps = {}) {
    const cx = new WorkbenchContext(db, deps);
    this.cx = cx;
    this.reader = new WorkbenchReader(cx);
    this.aligner = new AlignJobs(cx, this.reader);
    this.links = new LinkEdits(cx, this.reader);
    this.sourceEdits = new SourceEdits(cx, this.reader, this.links);
    this.review = new Review(cx, this.reader);
    this.fidelity = new QuoteFidelityJob(db, cx, () => appMatcher((deps.lexicon ?? baseLexicon)()));
    this.exporter = new ProjectExporter(cx, this.fidelity);
  }

  // Alignment ----------------------------------------------------------------------------

  /** Aligns the project's documents; `alignProgress` and `cancelAlign` serve the run by `jobId`. */
  align(projectId: number, mode: PlanMode, jobId?: string): Promise<AlignResult> {
    return this.aligner.align(projectId, mode, jobId);
  }

  /** The cost estimate of the online assist for the project's next alignment (null: nothing to send). */
  assistEstimate(projectId: number): MtEstimate | null {
    return this.aligner.assistEstimate(projectId);
  }

  alignProgress(jobId: string): AlignProgress {
    return this.aligner.progress(jobId);
  }

  cancelAlign(jobId: string): { cancelled: boolean } {
    return this.aligner.cancel(jobId);
  }

  /** The lexicons an alignment of the project uses (null: the global ones): base, user dictionaries, learned pairs. */
  lexicons(projectId: number | null): BilingualLexicon[] {
    return this.cx.lexicons.forProject(projectId);
  }

  /** Resolves when the learned lexicon has caught up with the link edits so far. */
  learningSettled(): Promise<void> {
    return this.cx.learning.settled();
  }

  // Reading ------------------------------------------------------------------------------

  view(projectId: number): WorkbenchView {
    return this.reader.view(projectId);
  }

  stats(projectId: number): WorkbenchStats {
    return this.reader.stats(projectId);
  }

  history(linkId: number): HistoryEntry[] {
    return this.reader.history(linkId);
  }

  // Link edits ---------------------------------------------------------------------------

  setSource(linkId: number, source: TextRange | null): EditResult {
    return this.links.setSource(linkId, source);
  }

  setStatus(linkId: number, status: 'auto' | 'confirmed' | 'rejected'): EditResult {
    return this.links.setStatus(linkId, status);
  }

  link(projectId: number, kind: LinkKind, source: TextRange | null, target: TextRange): EditResult {
    return this.links.link(projectId, kind, source, target);
  }

  unlink(linkId: number): EditResult {
    return this.links.unlink(linkId);
  }

  split(linkId: number, at: { side: 'source' | 'target'; segmentIndex: number; otherSegmentIndex?: number | null | undefined }): EditResult {
    return this.links.split(linkId, at);
  }

  merge(linkIds: readonly number[]): EditResult {
    return this.links.merge(linkIds);
  }

  restore(projectId: number, snapshots: readonly LinkSnapshotInput[], remove: readonly number[]): EditResult {
    return this.links.restore(projectId, snapshots, remove);
  }

  updateSourceText(projectId: number, text: string, edits: readonly Edit[] | undefined, restore?: readonly LinkSnapshotInput[]): SourceTextResult {
    return this.sourceEdits.updateSourceText(projectId, text, edits, restore);
  }

  // Review -------------------------------------------------------------------------------

  accept(input: Parameters<Review['accept']>[0]): AcceptResult {
    return this.review.accept(input);
  }

  reject(linkId: number): EditResult {
    return this.review.reject(linkId);
  }

  reviewerName(): { name: string } {
    return this.review.reviewerName();
  }

  setReviewerName(name: string): { name: string } {
    return this.review.setReviewerName(name);
  }

  // Quote fidelity -----------------------------------------------------------------------

  fidelityList(projectId: number): ProjectFidelity {
    return this.fidelity.list(projectId);
  }

  setVerdict(linkId: number, verdict: Verdict | null, comment: string): QuoteFidelity {
    return this.fidelity.setVerdict(linkId, verdict, comment);
  }

  verdictHistory(linkId: number): VerdictHistoryEntry[] {
    return this.fidelity.history(linkId);
  }

  // Export -------------------------------------------------------------------------------

  /** How many pairs `export` would write for these choices. */
  exportCount(req: ExportChoice & { format?: ProjectExportFormat | undefined }): { units: number } {
    return this.exporter.count(req);
  }

  export(req: ExportChoice & { format: ProjectExportFormat }): ProjectExport {
    return this.exporter.export(req);
  }
}
