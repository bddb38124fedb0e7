import { performance } from 'node:perf_hooks';
import { planAlignment } from '../../../shared/align/plan';
import type { QuoteAlignment } from '../../../shared/align/quotes/index';
import type { Bead } from '../../../shared/align/sentences';
import { SverkaError } from '../../../shared/errors';
import type {
  AcceptResult,
  AlignProgress,
  AlignResult,
  EditResult,
  HistoryEntry,
  LinkCounts,
  LinkKind,
  LinkSnapshot,
  LinkSnapshotInput,
  LinkStatus,
  ProjectExport,
  ProjectExportFormat,
  QuoteView,
  SourceTextResult,
  TextRange,
  TranslationSnapshot,
  WorkbenchLink,
  WorkbenchStats,
  WorkbenchView,
} from '../../../shared/ipc/channels/workbench';
import { findQuotes } from '../../../shared/text/quotes';
import { segment, type SegmentResult } from '../../../shared/text/segment';
import type { Segment } from '../../../shared/types';
import type { TranslationUnit } from '../../../shared/formats/model';
import type { Db } from '../../db/connection';
import { SettingsRepository } from '../../db/repositories/settings';
import {
  WorkbenchRepository,
  type LinkRow,
  type SegmentRow,
  type StoredLink,
  type WorkbenchDocument,
} from '../../db/repositories/workbench';
import { contentHash } from '../projects';
import { exportBytes, projectUnits, selectExportLinks, type ExportChoice, type ExportContext } from './export';
import { baseLexicon } from '../lexicon';
import { memoryUnitOf } from './memory-unit';
import { diffEdit, mapOffset, mapSpan, normaliseEdits, overlaps, spanRange, type Edit } from './offsets';
import type { MtReviewer, TmAddOutcome, TmWriter } from './tm-sink';

/** What the workbench takes from the rest of the container; every part is optional. */
export interface WorkbenchDeps {
  settings?: SettingsRepository;
  /** The translation memory accepted pairs go into; without it `review.accept` reports `tm: null`. */
  tm?: TmWriter;
  /** The MT service that records decisions on machine suggestions. */
  mt?: MtReviewer;
  now?: () => string;
}

/** Settings key of the reviewer's name (written into links, translations and TM provenance). */
export const REVIEWER_SETTING = 'reviewer.name';
const ALIGNED_SETTING = (projectId: number): string => `workbench.aligned.${projectId}`;

/** Phases of an alignment run, in order. */
type AlignPhase = AlignProgress['phase'];

interface AlignJob {
  jobId: string;
  projectId: number;
  phase: AlignPhase;
  fraction: number;
  cancelled: boolean;
  finished: boolean;
}

/** How long a finished run's state stays readable by `alignProgress`. */
const JOB_MEMORY_MS = 60_000;

/** Content hashes of the texts the stored segments were made from. */
interface AlignedMarker {
  source: string | null;
  target: string | null;
}

/** One side of a project: its document (if any) and its segmentation. */
interface Side {
  doc: WorkbenchDocument | null;
  text: string;
  lang: string;
  seg: SegmentResult;
  /** The stored segmentation no longer matches the text (the document changed since alignment). */
  stale: boolean;
  /** Segments (and quotations) come from the last alignment rather than computed now. */
  stored: boolean;
}

/** Is this link the user's (kept by re-alignment) rather than an automatic proposal? */
export function isUserLink(l: Pick<LinkSnapshot, 'status' | 'who'> & { recheck?: LinkSnapshot['recheck'] | undefined }): boolean {
  // A link waiting for the user's re-check after an edit of the original is theirs to decide.
  if (l.recheck) return true;
  return l.status === 'confirmed' || l.status === 'rejected' || (l.status === 'no_source' && l.who !== 'auto');
}

function clampScore(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

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

const rangeOf = (segs: readonly TextRange[], from: number, to: number): TextRange => ({
  start: (segs[from] as TextRange).start,
  end: (segs[to] as TextRange).end,
});

function snapshot(l: StoredLink): LinkSnapshot {
  const { projectId: _p, ...rest } = l;
  return rest;
}

/**
 * The main-process side of the workbench: alignment runs, the view the renderer draws, and
 * every edit of links and checked translations. Each public method is one transaction and
 * every edit returns what the renderer needs to undo it.
 */
export class WorkbenchService {
  private readonly repo: WorkbenchRepository;
  private readonly settings: SettingsRepository;
  private readonly now: () => string;
  private readonly jobs = new Map<string, AlignJob>();
  private readonly segCache = new Map<string, SegmentResult>();
  private readonly quoteCache = new Map<string, QuoteView[]>();
  private jobSeq = 0;

  constructor(
    private readonly db: Db,
    private readonly deps: WorkbenchDeps = {},
  ) {
    this.repo = new WorkbenchRepository(db);
    this.settings = deps.settings ?? new SettingsRepository(db);
    this.now = deps.now ?? (() => new Date().toISOString());
  }

  // Alignment ----------------------------------------------------------------------------

  /**
   * Aligns the project's documents. Runs in phases with a turn of the event loop between
   * them, so `alignProgress` and `cancelAlign` (with the caller's `jobId`) are served while
   * it works; a cancelled run changes nothing.
   */
  async align(projectId: number, mode: 'auto' | 'quotes' | 'sentences', jobId?: string): Promise<AlignResult> {
    this.requireProject(projectId);
    const job = this.startJob(jobId, projectId);
    try {
      const result = await this.alignPhases(projectId, mode, job);
      job.phase = 'done';
      job.fraction = 1;
      return result;
    } catch (err) {
      job.phase = job.cancelled ? 'cancelled' : 'failed';
      throw err;
    } finally {
      this.finishJob(job);
    }
  }

  /** Where an alignment run is. */
  alignProgress(jobId: string): AlignProgress {
    const job = this.jobs.get(jobId);
    if (!job) throw new SverkaError('NOT_FOUND', `There is no alignment run ${JSON.stringify(jobId)} (finished runs are forgotten after a minute).`);
    return { jobId: job.jobId, projectId: job.projectId, phase: job.phase, fraction: job.fraction };
  }

  /** Asks a running alignment to stop at its next phase; false when it is not running. */
  cancelAlign(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job || job.phase === 'done' || job.phase === 'failed' || job.phase === 'cancelled') return { cancelled: false };
    job.cancelled = true;
    return { cancelled: true };
  }

  private startJob(jobId: string | undefined, projectId: number): AlignJob {
    const id = jobId ?? `align-${projectId}-${++this.jobSeq}`;
    const running = this.jobs.get(id);
    if (running && !running.finished) throw new SverkaError('CONFLICT', `The alignment run ${JSON.stringify(id)} is still running.`);
    const job: AlignJob = { jobId: id, projectId, phase: 'queued', fraction: 0, cancelled: false, finished: false };
    this.jobs.set(id, job);
    return job;
  }

  private finishJob(job: AlignJob): void {
    job.finished = true;
    const timer = setTimeout(() => {
      if (this.jobs.get(job.jobId) === job) this.jobs.delete(job.jobId);
    }, JOB_MEMORY_MS);
    timer.unref?.();
  }

  private async alignPhases(projectId: number, mode: 'auto' | 'quotes' | 'sentences', job: AlignJob): Promise<AlignResult> {
    const t0 = performance.now();
    const step = async (phase: AlignPhase, fraction: number): Promise<void> => {
      job.phase = phase;
      job.fraction = fraction;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (job.cancelled) throw new SverkaError('CANCELLED', 'Alignment cancelled; nothing was changed.');
    };
    await step('segmenting', 0.02);
    const { source, target } = this.sides(projectId, true);
    if (!target.doc) {
      throw new SverkaError('CONFLICT', 'The project has no German article yet: import it before aligning.');
    }
    const startHashes = { source: source.doc?.contentHash ?? null, target: target.doc.contentHash };
    const sSegs = source.seg.segments;
    const tSegs = target.seg.segments;
    const quotes = findQuotes(target.text, target.lang, target.seg).quotes;

    let beads: Bead[] = [];
    let useSentences = false;
    let reason: string;
    let quoteLinks: QuoteAlignment[];
    if (!source.doc || sSegs.length === 0) {
      reason = 'no Russian original yet: quotations listed without sources';
      quoteLinks = quotes
        .filter((q) => q.depth === 0)
        .map((q) => ({ target: { start: q.start, end: q.end, text: q.text }, source: null, score: 0, kind: q.kind }));
    } else {
      // The one pipeline the command line runs too (shared/align/plan.ts).
      await step('sentences', 0.1);
      const base = baseLexicon();
      const plan = planAlignment({ sourceText: source.text, sourceSegments: sSegs, targetText: target.text, targetSegments: tSegs, mode, lexicons: base ? [base] : [] });
      beads = plan.beads;
      useSentences = plan.translation;
      reason = plan.reason;
      quoteLinks = plan.quotes;
      await step('quotes', 0.65);
    }

    const now = this.now();
    const proposals: LinkRow[] = [];
    if (useSentences) {
      for (const b of beads) {
        if (b.target.length === 0) continue; // A Russian sentence left unpaired is simply not linked.
        const tFrom = b.target[0] as number;
        const tTo = b.target[b.target.length - 1] as number;
        const src =
          b.source.length === 0 ? null : rangeOf(sSegs, b.source[0] as number, b.source[b.source.length - 1] as number);
        proposals.push({
          projectId,
          kind: 'sentence',
          source: src,
          sourceSegments: b.source.length === 0 ? null : [b.source[0] as number, b.source[b.source.length - 1] as number],
          target: rangeOf(tSegs, tFrom, tTo),
          targetSegments: [tFrom, tTo],
          status: src ? 'auto' : 'no_source',
          score: clampScore(b.score),
          who: 'auto',
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    for (const q of quoteLinks) {
      const tgt = { start: q.target.start, end: q.target.end };
      if (tgt.end > target.text.length) continue;
      const src = q.source && q.source.end <= source.text.length ? { start: q.source.start, end: q.source.end } : null;
      proposals.push({
        projectId,
        kind: 'quote',
        source: src,
        sourceSegments: src ? spanRange(sSegs, src) : null,
        target: tgt,
        targetSegments: spanRange(tSegs, tgt),
        status: src ? 'auto' : 'no_source',
        score: source.doc ? clampScore(q.score) : null,
        who: 'auto',
        createdAt: now,
        updatedAt: now,
      });
    }

    await step('storing', 0.9);
    let kept = 0;
    let added = 0;
    let dropped = 0;
    let unchanged = 0;
    this.repo.transaction(() => {
      this.requireProject(projectId); // It may have been deleted while the run was working.
      const docsNow = this.repo.documents(projectId);
      const hashNow = (role: 'source' | 'target') => docsNow.find((d) => d.role === role)?.contentHash ?? null;
      if (hashNow('source') !== startHashes.source || hashNow('target') !== startHashes.target) {
        throw new SverkaError('CONFLICT', 'A document changed while it was being aligned; align again.');
      }
      if (source.doc) this.repo.replaceSegments(source.doc.id, segmentRows(source.seg));
      this.repo.replaceSegments(target.doc!.id, segmentRows(target.seg));
      this.repo.replaceQuotations(
        target.doc!.id,
        quotes.map((q) => ({
          start: q.start,
          end: q.end,
          open: q.open.start <= q.start ? q.open.start : null,
          close: q.close && q.close.start >= q.end ? q.close.start : null,
          kind: q.kind,
          depth: q.depth,
          parent: q.parent,
        })),
      );
      const keptLinks: StoredLink[] = [];
      // Automatic links the new run proposes again keep their ids (selection and undo survive).
      const previousAuto = new Map<string, StoredLink>();
      for (const l of this.repo.links(projectId)) {
        if (!isUserLink(l)) {
          previousAuto.set(proposalKey(l), l);
          continue;
        }
        const inside =
          l.target.end <= target.text.length && (l.source === null || (source.doc !== null && l.source.end <= source.text.length));
        if (!inside) {
          // The document was replaced under the link: its offsets mean nothing any more.
          this.repo.deleteLink(l.id);
          continue;
        }
        const sr = l.source ? spanRange(sSegs, l.source) : null;
        const tr = spanRange(tSegs, l.target);
        if (!sameRange(sr, l.sourceSegments) || !sameRange(tr, l.targetSegments)) {
          this.repo.writeLink({ ...l, sourceSegments: sr, targetSegments: tr });
        }
        keptLinks.push(l);
      }
      kept = keptLinks.length;
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
          dropped++;
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
          if (moved) this.repo.writeLink({ ...p, id: same.id, createdAt: same.createdAt });
          unchanged++;
          continue;
        }
        this.repo.insertLink(p);
        added++;
      }
      for (const l of previousAuto.values()) this.repo.deleteLink(l.id);
      this.markAligned(projectId, { source: source.doc?.text ?? null, target: target.doc!.text });
    });

    const view = this.view(projectId);
    return {
      ...view,
      alignment: {
        mode: useSentences ? 'sentences' : 'quotes',
        reason,
        kept,
        added,
        unchanged,
        dropped,
        ms: Math.round((performance.now() - t0) * 10) / 10,
      },
    };
  }

  // Reading ------------------------------------------------------------------------------

  view(projectId: number): WorkbenchView {
    const langs = this.requireProject(projectId);
    const { source, target } = this.sides(projectId, false);
    const stored = this.repo.links(projectId);
    const found = this.suggestions(langs, source.text, stored);
    const counts = emptyCounts();
    const links: WorkbenchLink[] = stored.map((l, i) => {
      addCount(counts, l.status, 1, l.recheck ? 1 : 0);
      const sg = found[i] ?? null;
      return { ...snapshot(l), hasSuggestion: sg !== null, suggestion: sg };
    });
    const quotes: QuoteView[] = target.doc && target.stored ? this.repo.quotations(target.doc.id) : this.liveQuotes(target);
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
    this.requireProject(projectId);
    const docs = this.repo.documents(projectId);
    const counts = emptyCounts();
    const byKind: Record<LinkKind, LinkCounts> = { quote: emptyCounts(), sentence: emptyCounts() };
    let autoN = 0;
    let autoSum = 0;
    let lowScore = 0;
    for (const r of this.repo.counts(projectId)) {
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
      sourceSegments: src ? this.repo.segmentCount(src.id) : 0,
      targetSegments: tgt ? this.repo.segmentCount(tgt.id) : 0,
      quotations: tgt ? this.repo.quotations(tgt.id).length : 0,
      translations: this.repo.translationCount(projectId),
      meanAutoScore: autoN > 0 ? Math.round((autoSum / autoN) * 1000) / 1000 : null,
      lowScore,
    };
  }

  history(linkId: number): HistoryEntry[] {
    const rows = this.repo.history(linkId);
    if (rows.length === 0 && !this.repo.link(linkId)) throw new SverkaError('NOT_FOUND', `There is no link ${linkId}.`);
    return rows;
  }

  // Link edits ---------------------------------------------------------------------------

  setSource(linkId: number, source: TextRange | null): EditResult {
    return this.repo.transaction(() => {
      const l = this.requireLink(linkId);
      const { source: side } = this.sides(l.projectId, false);
      if (source) this.checkSpan(side, source, 'Russian');
      const now = this.now();
      const next: StoredLink = {
        ...l,
        source,
        sourceSegments: source ? spanRange(side.seg.segments, source) : null,
        status: source ? 'confirmed' : 'no_source',
        who: this.reviewer(),
        score: null,
        updatedAt: now,
        recheck: null,
      };
      this.repo.writeLink(next);
      return this.result(l.projectId, [linkId], [], [], [l]);
    });
  }

  setStatus(linkId: number, status: 'auto' | 'confirmed' | 'rejected'): EditResult {
    return this.repo.transaction(() => {
      const l = this.requireLink(linkId);
      if (l.source === null) {
        throw new SverkaError('CONFLICT', 'This link has no Russian source: pick a span in the original first.');
      }
      this.repo.writeLink({ ...l, status, who: this.reviewer(), updatedAt: this.now(), recheck: null });
      return this.result(l.projectId, [linkId], [], [], [l]);
    });
  }

  /**
   * A link the user draws. Automatic links of the same kind overlapping it on the German
   * side give way (they come back with undo).
   */
  link(projectId: number, kind: LinkKind, source: TextRange | null, target: TextRange): EditResult {
    return this.repo.transaction(() => {
      this.requireProject(projectId);
      const sides = this.sides(projectId, false);
      if (!sides.target.doc) throw new SverkaError('CONFLICT', 'The project has no German document.');
      this.checkSpan(sides.target, target, 'German');
      if (source) this.checkSpan(sides.source, source, 'Russian');
      const now = this.now();
      const displaced = this.repo
        .links(projectId)
        .filter((l) => l.kind === kind && !isUserLink(l) && overlaps(l.target, target));
      for (const l of displaced) this.repo.deleteLink(l.id);
      const id = this.repo.insertLink({
        projectId,
        kind,
        source,
        sourceSegments: source ? spanRange(sides.source.seg.segments, source) : null,
        target,
        targetSegments: spanRange(sides.target.seg.segments, target),
        status: source ? 'confirmed' : 'no_source',
        score: null,
        who: this.reviewer(),
        createdAt: now,
        updatedAt: now,
      });
      return this.result(
        projectId,
        [id],
        [id],
        displaced.map((l) => l.id),
        displaced,
      );
    });
  }

  unlink(linkId: number): EditResult {
    return this.repo.transaction(() => {
      const l = this.requireLink(linkId);
      this.repo.deleteLink(linkId);
      return this.result(l.projectId, [], [], [linkId], [l]);
    });
  }

  split(linkId: number, at: { side: 'source' | 'target'; segmentIndex: number; otherSegmentIndex?: number | null | undefined }): EditResult {
    return this.repo.transaction(() => {
      const l = this.requireLink(linkId);
      if (l.kind !== 'sentence') throw new SverkaError('CONFLICT', 'Only sentence pairs can be split.');
      const sides = this.sides(l.projectId, false);
      const here = at.side === 'source' ? l.sourceSegments : l.targetSegments;
      const there = at.side === 'source' ? l.targetSegments : l.sourceSegments;
      if (!here) throw new SverkaError('CONFLICT', `This pair has no ${at.side === 'source' ? 'Russian' : 'German'} sentences to split.`);
      const [a, b] = here;
      const i = at.segmentIndex;
      if (i <= a || i > b) {
        throw new SverkaError('CONFLICT', `Split before a sentence of the pair other than its first (${a + 1}–${b}); got ${i}.`);
      }
      const hereSegs = (at.side === 'source' ? sides.source : sides.target).seg.segments;
      const thereSegs = (at.side === 'source' ? sides.target : sides.source).seg.segments;
      if (b >= hereSegs.length || (there && there[1] >= thereSegs.length)) {
        throw new SverkaError('CONFLICT', 'The pair no longer matches the documents; align again.');
      }
      let j: number | null = null; // split point on the other side; `there[1] + 1` = all of it in the first part
      if (there) {
        const [c, d] = there;
        if (at.otherSegmentIndex !== undefined && at.otherSegmentIndex !== null) {
          j = at.otherSegmentIndex;
          if (j < c || j > d + 1) throw new SverkaError('CONFLICT', `The other side's split point must be within ${c}–${d + 1}; got ${j}.`);
        } else {
          j = proportionalSplit(hereSegs, a, b, i, thereSegs, c, d);
        }
      }
      const first = { here: [a, i - 1] as [number, number], there: there && j !== null && j > there[0] ? ([there[0], j - 1] as [number, number]) : null };
      const second = { here: [i, b] as [number, number], there: there && j !== null && j <= there[1] ? ([j, there[1]] as [number, number]) : null };
      const now = this.now();
      const who = this.reviewer();
      const build = (part: { here: [number, number]; there: [number, number] | null }): Omit<LinkRow, 'projectId'> | null => {
        const src = at.side === 'source' ? part.here : part.there;
        const tgt = at.side === 'source' ? part.there : part.here;
        if (!tgt) return null; // Russian sentences without German: left unlinked.
        const source = src ? rangeOf(sides.source.seg.segments, src[0], src[1]) : null;
        return {
          kind: 'sentence',
          source,
          sourceSegments: src,
          target: rangeOf(sides.target.seg.segments, tgt[0], tgt[1]),
          targetSegments: tgt,
          status: source ? 'confirmed' : 'no_source',
          score: null,
          who,
          createdAt: now,
          updatedAt: now,
        };
      };
      const p1 = build(first);
      const p2 = build(second);
      const changed: number[] = [];
      const created: number[] = [];
      const removed: number[] = [];
      if (p1) {
        this.repo.writeLink({ ...p1, id: l.id, projectId: l.projectId, createdAt: l.createdAt });
        changed.push(l.id);
      }
      if (p2) {
        if (p1) {
          const id = this.repo.insertLink({ ...p2, projectId: l.projectId });
          created.push(id);
          changed.push(id);
        } else {
          this.repo.writeLink({ ...p2, id: l.id, projectId: l.projectId, createdAt: l.createdAt });
          changed.push(l.id);
        }
      }
      if (!p1 && !p2) {
        this.repo.deleteLink(l.id);
        removed.push(l.id);
      }
      return this.result(l.projectId, changed, created, removed, [l]);
    });
  }

  merge(linkIds: readonly number[]): EditResult {
    return this.repo.transaction(() => {
      const links = linkIds.map((id) => this.requireLink(id));
      const projectId = (links[0] as StoredLink).projectId;
      if (links.some((l) => l.projectId !== projectId)) throw new SverkaError('CONFLICT', 'The links belong to different projects.');
      if (links.some((l) => l.kind !== 'sentence')) throw new SverkaError('CONFLICT', 'Only sentence pairs can be merged.');
      if (links.some((l) => !l.targetSegments)) throw new SverkaError('CONFLICT', 'A pair has no German sentences; align again.');
      links.sort((x, y) => x.targetSegments![0] - y.targetSegments![0]);
      for (let k = 1; k < links.length; k++) {
        if (links[k]!.targetSegments![0] !== links[k - 1]!.targetSegments![1] + 1) {
          throw new SverkaError('CONFLICT', 'Only neighbouring pairs can be merged (their German sentences must follow each other).');
        }
      }
      const srcRanges = links.map((l) => l.sourceSegments).filter((r): r is [number, number] => r !== null);
      for (let k = 1; k < srcRanges.length; k++) {
        if (srcRanges[k]![0] <= srcRanges[k - 1]![1]) {
          throw new SverkaError('CONFLICT', 'These pairs cross on the Russian side and cannot be merged.');
        }
      }
      const sides = this.sides(projectId, false);
      const tFrom = links[0]!.targetSegments![0];
      const tTo = links[links.length - 1]!.targetSegments![1];
      const sRange: [number, number] | null = srcRanges.length ? [srcRanges[0]![0], srcRanges[srcRanges.length - 1]![1]] : null;
      if (tTo >= sides.target.seg.segments.length || (sRange && sRange[1] >= sides.source.seg.segments.length)) {
        throw new SverkaError('CONFLICT', 'The pairs no longer match the documents; align again.');
      }
      const source = sRange ? rangeOf(sides.source.seg.segments, sRange[0], sRange[1]) : null;
      const ids = new Set(links.map((l) => l.id));
      if (source) {
        const crossing = this.repo
          .links(projectId)
          .find((o) => o.kind === 'sentence' && !ids.has(o.id) && o.source !== null && overlaps(o.source, source));
        if (crossing) throw new SverkaError('CONFLICT', `The merged pair would overlap pair ${crossing.id} on the Russian side.`);
      }
      const keep = links[0]!;
      const now = this.now();
      for (const l of links.slice(1)) this.repo.deleteLink(l.id);
      this.repo.writeLink({
        ...keep,
        source,
        sourceSegments: sRange,
        target: rangeOf(sides.target.seg.segments, tFrom, tTo),
        targetSegments: [tFrom, tTo],
        status: source ? 'confirmed' : 'no_source',
        score: null,
        who: this.reviewer(),
        updatedAt: now,
        recheck: null,
      });
      return this.result(
        projectId,
        [keep.id],
        [],
        links.slice(1).map((l) => l.id),
        links,
      );
    });
  }

  /** Undo/redo: writes snapshots back under their ids and deletes `remove`. */
  restore(projectId: number, snapshots: readonly LinkSnapshotInput[], remove: readonly number[]): EditResult {
    return this.repo.transaction(() => {
      this.requireProject(projectId);
      return this.restoreInside(projectId, snapshots, remove);
    });
  }

  private restoreInside(projectId: number, snapshots: readonly LinkSnapshotInput[], remove: readonly number[]): EditResult {
    const sides = this.sides(projectId, false);
    const previous: StoredLink[] = [];
    const removed: number[] = [];
    const created: number[] = [];
    const restoring = new Set(snapshots.map((s) => s.id));
    for (const id of remove) {
      if (restoring.has(id)) continue;
      const l = this.repo.link(id);
      if (!l) continue; // Already gone: undo stays idempotent.
      if (l.projectId !== projectId) throw new SverkaError('CONFLICT', `Link ${id} belongs to another project.`);
      previous.push(l);
      this.repo.deleteLink(id);
      removed.push(id);
    }
    for (const s of snapshots) {
      this.checkSpan(sides.target, s.target, 'German');
      if (s.source) this.checkSpan(sides.source, s.source, 'Russian');
      const before = this.repo.link(s.id);
      if (before && before.projectId !== projectId) throw new SverkaError('CONFLICT', `Link ${s.id} belongs to another project.`);
      if (before) previous.push(before);
      else created.push(s.id);
      this.repo.writeLink({
        id: s.id,
        projectId,
        kind: s.kind,
        source: s.source,
        sourceSegments: s.sourceSegments as [number, number] | null,
        target: s.target,
        targetSegments: s.targetSegments as [number, number] | null,
        status: s.status,
        score: s.score,
        who: s.who,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
        recheck: s.recheck ?? null,
      });
      const cur = before?.translation ?? null;
      if (s.translation === null) {
        if (cur) this.repo.deleteTranslation(s.id);
      } else if (!cur || !sameTranslation(cur, s.translation)) {
        this.repo.saveTranslation(s.id, s.translation, s.translation.updatedAt);
      }
    }
    return this.result(
      projectId,
      snapshots.map((s) => s.id),
      created,
      removed,
      previous,
    );
  }

  /**
   * The user corrected the Russian text. Every link's source is mapped through the edits; a
   * link whose source an edit touched keeps its status and is marked "needs re-check" with the
   * text it had before (a source deleted outright shrinks to the place it was). Nothing is
   * dropped: the user decides again.
   */
  updateSourceText(projectId: number, text: string, edits: readonly Edit[] | undefined, restore?: readonly LinkSnapshotInput[]): SourceTextResult {
    return this.repo.transaction(() => {
      this.requireProject(projectId);
      const docs = this.repo.documents(projectId);
      const doc = docs.find((d) => d.role === 'source');
      if (!doc) throw new SverkaError('CONFLICT', 'The project has no Russian original to correct.');
      const old = doc.text;
      let list: Edit[];
      if (edits && edits.length > 0) {
        const checked = normaliseEdits(old, edits, text);
        if (!checked) {
          throw new SverkaError('CONFLICT', 'The edits do not turn the stored Russian text into the new one (overlapping, outside the text, or stale).');
        }
        list = checked;
      } else {
        list = diffEdit(old, text);
      }
      const now = this.now();
      const seg = segment(text, doc.lang);
      const previous: StoredLink[] = [];
      const changed: number[] = [];
      if (list.length > 0) {
        this.repo.updateDocumentText(doc.id, text, contentHash(text), now);
        this.repo.replaceSegments(doc.id, segmentRows(seg));
        for (const l of this.repo.links(projectId)) {
          let source = l.source;
          let recheck = l.recheck;
          let moved = false;
          if (l.source) {
            const m = mapSpan(l.source, list);
            // A span whose words were deleted shrinks to the place they were: the link stays.
            source = m.span ?? { start: mapOffset(l.source.start, list), end: mapOffset(l.source.start, list) };
            moved = m.touched || source.start !== l.source.start || source.end !== l.source.end;
            // The first edit's "before" stays: it is what the user had checked.
            if (m.touched && !recheck) recheck = { before: old.slice(l.source.start, l.source.end) };
          }
          const sourceSegments = source ? spanRange(seg.segments, source) : null;
          if (!moved && sameRange(sourceSegments, l.sourceSegments)) continue;
          previous.push(l);
          if (moved) changed.push(l.id);
          this.repo.writeLink({ ...l, source, sourceSegments, recheck, updatedAt: moved ? now : l.updatedAt });
        }
        if (this.alignedMarker(projectId)) this.markAligned(projectId, { source: text });
      }
      if (restore && restore.length) this.restoreInside(projectId, restore, []);
      return { view: this.view(projectId), previousText: old, previous: previous.map(snapshot), changed };
    });
  }

  // Review -------------------------------------------------------------------------------

  accept(input: {
    linkId: number;
    text: string;
    decision?: 'accepted' | 'edited' | undefined;
    suggestion?: string | undefined;
    suggestionId?: number | undefined;
    note?: string | null | undefined;
  }): AcceptResult {
    const reviewer = this.reviewer();
    if (input.decision === 'accepted' && input.suggestion !== undefined && input.suggestion !== input.text) {
      throw new SverkaError('BAD_REQUEST', 'An accepted suggestion must equal the checked translation; mark it edited instead.');
    }
    const out = this.repo.transaction(() => {
      const l = this.requireLink(input.linkId);
      if (!l.source) throw new SverkaError('CONFLICT', 'This German text has no Russian source: pick one before accepting.');
      const langs = this.requireProject(l.projectId);
      const sides = this.sides(l.projectId, false);
      if (!sides.source.doc || l.source.end > sides.source.text.length) {
        throw new SverkaError('CONFLICT', 'The link no longer fits the Russian text; align again.');
      }
      const now = this.now();
      const translation: TranslationSnapshot = {
        text: input.text,
        status: 'approved',
        note: input.note !== undefined ? input.note : (l.translation?.note ?? null),
        updatedBy: reviewer,
        updatedAt: now,
      };
      const translationId = this.repo.saveTranslation(l.id, translation, now);
      this.repo.writeLink({ ...l, status: 'confirmed', who: reviewer, updatedAt: now, recheck: null });
      const sourceText = sides.source.text.slice(l.source.start, l.source.end);
      const decision = input.decision ?? (input.suggestion === undefined ? undefined : input.suggestion === input.text ? 'accepted' : 'edited');
      const unit = memoryUnitOf({
        sourceLang: langs.sourceLang,
        targetLang: langs.targetLang,
        sourceText,
        checkedText: input.text,
        projectId: l.projectId,
        sourceDocumentId: sides.source.doc.id,
        targetDocumentId: sides.target.doc?.id ?? null,
        linkId: l.id,
        kind: l.kind,
        source: l.source,
        target: l.target,
        reviewer,
        now,
        decision,
      });
      let tm: TmAddOutcome | null = null;
      if (this.deps.tm) {
        const r = this.deps.tm.add([unit]);
        tm = r.skipped > 0 ? null : { outcome: r.added > 0 ? 'added' : 'merged', unitId: this.repo.tmUnitOfLink(l.id) };
      }
      const result = this.result(l.projectId, [l.id], [], [], [l]);
      return { result, translation, tm, translationId, sourceText, projectId: l.projectId, decision };
    });
    let mtReviewed = false;
    if (input.suggestion !== undefined) {
      const mt = this.deps.mt;
      if (mt) {
        try {
          mt.review({
            projectId: out.projectId,
            ref: `link:${input.linkId}`,
            sourceText: out.sourceText,
            suggestion: input.suggestion,
            finalText: input.text,
            ...(out.decision ? { decision: out.decision } : {}),
            suggestionId: input.suggestionId ?? null,
            checkedTranslationId: out.translationId,
          });
          mtReviewed = true;
        } catch {
          // The checked translation is stored; a failed MT statistic must not undo it.
          mtReviewed = false;
        }
      }
    }
    return { ...out.result, translation: out.translation, tm: out.tm, mtReviewed };
  }

  reject(linkId: number): EditResult {
    return this.repo.transaction(() => {
      const l = this.requireLink(linkId);
      if (!l.source) throw new SverkaError('CONFLICT', 'This link has no Russian source to reject; mark it "not in this original" instead.');
      const now = this.now();
      const who = this.reviewer();
      this.repo.writeLink({ ...l, status: 'rejected', who, updatedAt: now, recheck: null });
      if (l.translation) this.repo.setTranslationStatus(l.id, 'rejected', who, now);
      return this.result(l.projectId, [l.id], [], [], [l]);
    });
  }

  // Export -------------------------------------------------------------------------------

  /** The pairs an export with these choices writes: the one selection behind export and its count. */
  private exportSelection(req: ExportChoice): { ctx: ExportContext; units: TranslationUnit[] } {
    const langs = this.requireProject(req.projectId);
    const docs = this.repo.documents(req.projectId);
    const src = docs.find((d) => d.role === 'source') ?? null;
    const tgt = docs.find((d) => d.role === 'target') ?? null;
    const ctx: ExportContext = {
      projectId: req.projectId,
      projectName: this.repo.projectName(req.projectId) ?? `project-${req.projectId}`,
      sourceLang: langs.sourceLang,
      targetLang: langs.targetLang,
      sourceDocumentId: src?.id ?? null,
      targetDocumentId: tgt?.id ?? null,
      sourceText: src?.text ?? '',
      targetText: tgt?.text ?? '',
    };
    const links = selectExportLinks(this.repo.links(req.projectId), req, ctx);
    return { ctx, units: projectUnits(ctx, links, req.useChecked) };
  }

  /** How many pairs `export` would write for these choices. */
  exportCount(req: ExportChoice): { units: number } {
    return { units: this.exportSelection(req).units.length };
  }

  export(req: ExportChoice & { format: ProjectExportFormat }): ProjectExport {
    const { ctx, units } = this.exportSelection(req);
    if (units.length === 0) {
      throw new SverkaError('EMPTY_INPUT', `No pairs with a Russian source have the status ${req.statuses.join(' or ')}: nothing to export.`);
    }
    const { bytes, fileName } = exportBytes(ctx, req.format, units, { allowFormulas: req.allowFormulas === true });
    return { dataBase64: bytes.toString('base64'), fileName, units: units.length };
  }

  // Helpers ------------------------------------------------------------------------------

  reviewerName(): { name: string } {
    return { name: this.reviewer() };
  }

  setReviewerName(name: string): { name: string } {
    this.settings.set(REVIEWER_SETTING, name.trim().slice(0, 200));
    return { name: this.reviewer() };
  }

  private reviewer(): string {
    const name = this.settings.get(REVIEWER_SETTING)?.trim();
    return name ? name.slice(0, 200) : 'user';
  }

  private requireProject(projectId: number): { sourceLang: string; targetLang: string } {
    const p = this.repo.projectLangs(projectId);
    if (!p) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    return p;
  }

  private requireLink(linkId: number): StoredLink {
    const l = this.repo.link(linkId);
    if (!l) throw new SverkaError('NOT_FOUND', `There is no link ${linkId}.`);
    return l;
  }

  private checkSpan(side: Side, span: TextRange, what: string): void {
    if (!side.doc) throw new SverkaError('CONFLICT', `The project has no ${what} document.`);
    if (span.start < 0 || span.start > span.end || span.end > side.text.length) {
      throw new SverkaError(
        'CONFLICT',
        `The span ${span.start}–${span.end} lies outside the ${what} text (${side.text.length} characters).`,
        { start: span.start, end: span.end, length: side.text.length },
      );
    }
  }

  /**
   * Both sides with their segmentation: the stored one when it still matches the text,
   * else computed now (and, when `fresh`, always computed now for storing).
   */
  private sides(projectId: number, fresh: boolean): { source: Side; target: Side } {
    const langs = this.requireProject(projectId);
    const docs = this.repo.documents(projectId);
    const marker = this.alignedMarker(projectId);
    const side = (role: 'source' | 'target'): Side => {
      const doc = docs.find((d) => d.role === role) ?? null;
      const lang = doc?.lang ?? (role === 'source' ? langs.sourceLang : langs.targetLang);
      if (!doc) return { doc: null, text: '', lang, seg: { segments: [], paragraphs: [] }, stale: false, stored: false };
      const hashNow = doc.contentHash;
      const storedFor = marker?.[role] ?? null;
      if (!fresh && storedFor === hashNow) {
        const rows = this.repo.segments(doc.id);
        const seg = fromRows(doc.text, rows);
        if (seg) {
          return { doc, text: doc.text, lang, seg: { segments: seg, paragraphs: paragraphsOf(rows) }, stale: false, stored: true };
        }
      }
      return { doc, text: doc.text, lang, seg: this.segmentCached(doc.text, doc.contentHash, lang), stale: !fresh && marker !== null, stored: false };
    };
    return { source: side('source'), target: side('target') };
  }

  private alignedMarker(projectId: number): AlignedMarker | null {
    const raw = this.settings.get(ALIGNED_SETTING(projectId));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as AlignedMarker;
    } catch {
      return null;
    }
  }

  /** Records which texts the stored segments were made from (absent fields keep their value). */
  private markAligned(projectId: number, texts: { source?: string | null; target?: string | null }): void {
    const prev = this.alignedMarker(projectId) ?? { source: null, target: null };
    const hash = (t: string | null | undefined, old: string | null): string | null =>
      t === undefined ? old : t === null ? null : contentHash(t);
    const next: AlignedMarker = { source: hash(texts.source, prev.source), target: hash(texts.target, prev.target) };
    this.settings.set(ALIGNED_SETTING(projectId), JSON.stringify(next));
  }

  private liveQuotes(side: Side): QuoteView[] {
    if (!side.doc) return [];
    const key = `${side.doc.contentHash}:${side.lang}`;
    const cached = this.quoteCache.get(key);
    if (cached) return cached;
    const found = findQuotes(side.text, side.lang, side.seg).quotes;
    // Not stored yet: negative ids mark them as provisional until the next alignment.
    const views: QuoteView[] = found.map((q, i) => ({
      id: -(i + 1),
      start: q.start,
      end: q.end,
      kind: q.kind,
      depth: q.depth,
      parentId: q.parent === null ? null : -(q.parent + 1),
      open: q.open,
      close: q.close,
    }));
    remember(this.quoteCache, key, views);
    return views;
  }

  /** Segmentation of a text not (or no longer) stored, kept for the next views of the same text. */
  private segmentCached(text: string, hash: string, lang: string): SegmentResult {
    const key = `${hash}:${lang}`;
    const hit = this.segCache.get(key);
    if (hit) return hit;
    const seg = segment(text, lang);
    remember(this.segCache, key, seg);
    return seg;
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
    const mt = this.deps.mt;
    const none = (): null[] => links.map(() => null);
    if (!mt?.cachedSuggestions || !this.repo.anySuggestion(primary(langs.sourceLang), primary(langs.targetLang))) return none();
    const texts = links.map((l) => (l.source ? sourceText.slice(l.source.start, l.source.end) : null));
    const unique = [...new Set(texts.filter((t): t is string => t !== null && t.trim() !== ''))];
    if (unique.length === 0) return none();
    const found = mt.cachedSuggestions(primary(langs.sourceLang), primary(langs.targetLang), unique);
    return texts.map((t) => {
      const c = t === null ? undefined : found.get(t);
      return c ? { text: c.suggestion, id: c.id } : null;
    });
  }

  /** An EditResult with the current state of `changed` links and the given previous state. */
  private result(projectId: number, changed: readonly number[], created: number[], removed: number[], previous: readonly StoredLink[]): EditResult {
    const current: StoredLink[] = [];
    const seen = new Set<number>();
    for (const id of changed) {
      if (seen.has(id)) continue;
      seen.add(id);
      const l = this.repo.link(id);
      if (l) current.push(l);
    }
    let found: Array<{ text: string; id: number } | null> = [];
    if (current.some((l) => l.source !== null)) {
      const langs = this.requireProject(projectId);
      found = this.suggestions(langs, this.repo.documentText(projectId, 'source'), current);
    }
    const links: WorkbenchLink[] = current.map((l, i) => {
      const sg = found[i] ?? null;
      return { ...snapshot(l), hasSuggestion: sg !== null, suggestion: sg };
    });
    const counts = emptyCounts();
    for (const r of this.repo.counts(projectId)) addCount(counts, r.status, r.n, r.recheck);
    const prevSeen = new Set<number>();
    const prev: LinkSnapshot[] = [];
    for (const l of previous) {
      if (prevSeen.has(l.id)) continue;
      prevSeen.add(l.id);
      prev.push(snapshot(l));
    }
    return { projectId, links, created, removed, previous: prev, counts };
  }
}

/** Texts whose segmentation and quotations stay in memory: the open project's two and a few more. */
const CACHE_SIZE = 6;

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

/** What makes two automatic proposals the same link: kind and both spans. */
function proposalKey(l: Pick<LinkRow, 'kind' | 'source' | 'target'>): string {
  return `${l.kind}:${l.target.start}:${l.target.end}:${l.source ? `${l.source.start}:${l.source.end}` : '-'}`;
}

function primary(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? lang).toLowerCase();
}

function segmentRows(seg: SegmentResult): SegmentRow[] {
  const out: SegmentRow[] = [];
  let p = 0;
  seg.segments.forEach((s, idx) => {
    while (p + 1 < seg.paragraphs.length && (seg.paragraphs[p] as TextRange).end <= s.start) p++;
    out.push({ idx, start: s.start, end: s.end, paragraph: p });
  });
  return out;
}

function fromRows(text: string, rows: readonly SegmentRow[]): Segment[] | null {
  const out: Segment[] = [];
  for (const r of rows) {
    if (r.end > text.length) return null;
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  }
  return out;
}

/** Paragraph spans rebuilt from stored segments (first segment start to last segment end). */
function paragraphsOf(rows: readonly SegmentRow[]): TextRange[] {
  const out: TextRange[] = [];
  let cur = -1;
  for (const r of rows) {
    if (r.paragraph !== cur || out.length === 0) {
      out.push({ start: r.start, end: r.end });
      cur = r.paragraph;
    } else (out[out.length - 1] as TextRange).end = r.end;
  }
  return out;
}

function sideView(s: Side): WorkbenchView['source'] {
  return {
    documentId: s.doc?.id ?? null,
    text: s.text,
    lang: s.lang,
    segments: s.seg.segments.map((x) => ({ start: x.start, end: x.end })),
    paragraphs: s.seg.paragraphs.map((x) => ({ start: x.start, end: x.end })),
  };
}

function sameRange(a: [number, number] | null, b: [number, number] | null): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

function sameTranslation(a: TranslationSnapshot, b: TranslationSnapshot): boolean {
  return a.text === b.text && a.status === b.status && a.note === b.note;
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

/**
 * Where to split the other side so both parts keep about the same share of text as the
 * split side's parts: the boundary after the other side's cumulative length closest to it.
 */
function proportionalSplit(
  here: readonly TextRange[],
  a: number,
  b: number,
  i: number,
  there: readonly TextRange[],
  c: number,
  d: number,
): number {
  if (d === c) return d + 1;
  const len = (s: TextRange): number => s.end - s.start;
  let total = 0;
  let before = 0;
  for (let k = a; k <= b; k++) {
    total += len(here[k] as TextRange);
    if (k < i) before += len(here[k] as TextRange);
  }
  const share = total > 0 ? before / total : 0.5;
  let tTotal = 0;
  for (let k = c; k <= d; k++) tTotal += len(there[k] as TextRange);
  let best = c + 1;
  let bestErr = Infinity;
  let acc = 0;
  for (let j = c + 1; j <= d; j++) {
    acc += len(there[j - 1] as TextRange);
    const err = Math.abs(acc / (tTotal || 1) - share);
    if (err < bestErr) {
      bestErr = err;
      best = j;
    }
  }
  return best;
}
