import { performance } from 'node:perf_hooks';
import { assistProvider } from '../../../shared/align/match/assist';
import type { EvidenceProvider } from '../../../shared/align/match/links';
import { planAlignment, type PlanMode } from '../../../shared/align/plan';
import type { QuoteAlignment } from '../../../shared/align/quotes/index';
import type { Bead } from '../../../shared/align/sentences';
import { SverkaError } from '../../../shared/errors';
import type { MtEstimate } from '../../../shared/ipc/channels/mt';
import type { AlignProgress, AlignResult, AlignSummary, WorkbenchView } from '../../../shared/ipc/channels/workbench';
import { findQuotes } from '../../../shared/text/quotes';
import { spanRange } from '../../../shared/text/spans';
import type { LinkRow } from '../../db/repositories/workbench';
import type { AlignOutcome } from '../jobs/job-table';
import type { WorkbenchContext } from './context';
import type { Side } from './document-state';
import { storedCandidates } from './candidates';
import { clampScore, rangeOf } from './links';
import { storeAlignment } from './reconcile';
import type { WorkbenchReader } from './view';
import { ViewAssembler, type ViewSlice } from './view-slices';

/** Phases of an alignment run, in order. */
type AlignPhase = AlignProgress['phase'];

interface AlignJob {
  jobId: string;
  projectId: number;
  phase: AlignPhase;
  fraction: number;
  cancelled: boolean;
  finished: boolean;
  /** Stops a run in a worker at once (set while one runs there). */
  abort?: () => void;
}

/** How long a finished run's state stays readable by `alignProgress`. */
const JOB_MEMORY_MS = 60_000;

/**
 * Alignment runs: each calls the one planner (shared/align/plan.ts, the pipeline the command
 * line runs too), turns its plan into link proposals and stores them (reconcile.ts). With a
 * job runner that works off the main thread (the app, the web bridge) the run goes to a
 * worker, one run per project at a time; without one it runs here in phases with a turn of
 * the event loop between them. Either way progress and cancel requests (by the caller's
 * `jobId`) are served while one works, and a cancelled run changes nothing.
 */
export class AlignJobs {
  private readonly jobs = new Map<string, AlignJob>();
  private jobSeq = 0;

  constructor(
    private readonly cx: WorkbenchContext,
    private readonly reader: WorkbenchReader,
  ) {}

  async align(projectId: number, mode: PlanMode, jobId?: string): Promise<AlignResult> {
    this.cx.requireProject(projectId);
    const job = this.startJob(jobId, projectId);
    try {
      const result = await this.run(projectId, mode, job);
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

  /** What the online assist of the project's next alignment would send to DeepL (nothing is sent); null without quotations or assist. */
  assistEstimate(projectId: number): MtEstimate | null {
    this.cx.requireProject(projectId);
    const { target } = this.cx.sides(projectId);
    const assist = this.cx.deps.assist;
    if (!assist || !target.doc) return null;
    return assist.estimate(projectId, target.text, findQuotes(target.text, target.lang, target.seg).quotes);
  }

  /** Where an alignment run is. */
  progress(jobId: string): AlignProgress {
    const job = this.jobs.get(jobId);
    if (!job) throw new SverkaError('NOT_FOUND', `There is no alignment run ${JSON.stringify(jobId)} (finished runs are forgotten after a minute).`);
    return { jobId: job.jobId, projectId: job.projectId, phase: job.phase, fraction: job.fraction };
  }

  /** Asks a running alignment to stop at its next phase; false when it is not running. */
  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job || job.phase === 'done' || job.phase === 'failed' || job.phase === 'cancelled') return { cancelled: false };
    job.cancelled = true;
    job.abort?.();
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

  private async run(projectId: number, mode: PlanMode, job: AlignJob): Promise<AlignResult> {
    const t0 = performance.now();
    const note = (phase: AlignPhase, fraction: number) => {
      job.phase = phase;
      job.fraction = fraction;
    };
    let summary: Omit<AlignSummary, 'ms'>;
    let view: WorkbenchView;
    const runner = this.cx.deps.jobs;
    if (runner?.offThread && !this.cx.deps.assist?.enabled(projectId)) {
      // Off the main thread: the worker reports its phases, reads the cancel flag itself and
      // builds the view, sending it in slices, so that the main thread only passes it on.
      const controller = new AbortController();
      job.abort = () => controller.abort();
      if (job.cancelled) controller.abort();
      const assembler = new ViewAssembler();
      let rest: WorkbenchView;
      ({ summary, view: rest } = await runner.run<AlignOutcome>({
        kind: 'workbench.align',
        args: { projectId, mode },
        key: projectKey(projectId),
        signal: controller.signal,
        onProgress: (p) => note(p.phase as AlignPhase, p.total > 0 ? p.done / p.total : job.fraction),
        onItems: (slice) => assembler.take(slice as ViewSlice),
      }));
      view = assembler.view(rest);
    } else {
      summary = await alignProject(this.cx, projectId, mode, async (phase, fraction) => {
        note(phase, fraction);
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (job.cancelled) throw cancelledAlign();
      });
      view = this.reader.view(projectId);
    }
    return { ...view, alignment: { ...summary, ms: Math.round((performance.now() - t0) * 10) / 10 } };
  }
}

/** The serialisation key of jobs on one project (alignment, export). */
export function projectKey(projectId: number): string {
  return `project:${projectId}`;
}

function cancelledAlign(): SverkaError {
  return new SverkaError('CANCELLED', 'Alignment cancelled; nothing was changed.');
}

/** Reports a phase and throws CANCELLED when the run is to stop. */
export type AlignStep = (phase: AlignPhase, fraction: number) => Promise<void> | void;

/**
 * One alignment run: the one planner (shared/align/plan.ts), its plan turned into link
 * proposals and stored in one transaction (reconcile.ts). `step` is called between phases;
 * when it throws, nothing has been written. Runs on the main thread or in a job worker.
 */
export async function alignProject(cx: WorkbenchContext, projectId: number, mode: PlanMode, step: AlignStep): Promise<Omit<AlignSummary, 'ms'>> {
  await step('segmenting', 0.02);
  const { source, target } = cx.sides(projectId, true);
  if (!target.doc) {
    throw new SverkaError('CONFLICT', 'The project has no German article yet: import it before aligning.');
  }
  const startHashes = { source: source.doc?.contentHash ?? null, target: target.doc.contentHash };
  const quotes = findQuotes(target.text, target.lang, target.seg).quotes;

  let beads: Bead[] = [];
  let translation = false;
  let reason: string;
  let quoteLinks: QuoteAlignment[];
  if (!source.doc || source.seg.segments.length === 0) {
    // Without an original only the top-level quotations are listed (the planner lists every one).
    reason = 'no Russian original yet: quotations listed without sources';
    quoteLinks = quotes
      .filter((q) => q.depth === 0)
      .map((q) => ({ target: { start: q.start, end: q.end, text: q.text }, source: null, score: 0, kind: q.kind }));
  } else {
    await step('sentences', 0.1);
    // Base lexicon, the user's dictionaries (global and the project's) and the learned pairs.
    const lexicons = cx.lexicons.forProject(projectId);
    const providers: EvidenceProvider[] = [];
    let assistNote = '';
    // Online assist runs where the DeepL client lives (the main process): a worker's context has none.
    const assist = cx.deps.assist;
    if (assist?.enabled(projectId) && quotes.length) {
      const got = await assist.translate(projectId, target.text, quotes);
      await step('sentences', 0.12);
      assistNote = got.note;
      if (got.translations.length) providers.push(assistProvider(target.text, got.translations, { lexicons }));
    }
    const plan = planAlignment({
      sourceText: source.text,
      sourceSegments: source.seg.segments,
      targetText: target.text,
      targetSegments: target.seg.segments,
      mode,
      lexicons,
      providers,
    });
    beads = plan.beads;
    translation = plan.translation;
    reason = assistNote ? `${plan.reason}; ${assistNote}` : plan.reason;
    quoteLinks = plan.quotes;
    await step('quotes', 0.65);
  }

  const now = cx.now();
  const proposals = [
    ...(translation ? sentenceProposals(projectId, beads, source, target, now) : []),
    ...quoteProposals(projectId, quoteLinks, source, target, now),
  ];
  await step('storing', 0.9);
  const counts = storeAlignment(cx, projectId, { source, target, quotes, proposals, startHashes });
  // The links whose chosen source rests on online-assist evidence say so.
  cx.lexicons.repo.markAssisted(
    projectId,
    quoteLinks.filter((q) => q.source && q.evidence?.some((e) => e.by === 'assist')).map((q) => q.target),
  );
  return { mode: translation ? 'sentences' : 'quotes', reason, ...counts };
}

/** Sentence links from the beads; a Russian sentence left unpaired is simply not linked. */
function sentenceProposals(projectId: number, beads: readonly Bead[], source: Side, target: Side, now: string): LinkRow[] {
  const sSegs = source.seg.segments;
  const tSegs = target.seg.segments;
  const out: LinkRow[] = [];
  for (const b of beads) {
    if (b.target.length === 0) continue;
    const tFrom = b.target[0] as number;
    const tTo = b.target[b.target.length - 1] as number;
    const sRange: [number, number] | null = b.source.length === 0 ? null : [b.source[0] as number, b.source[b.source.length - 1] as number];
    const src = sRange ? rangeOf(sSegs, sRange[0], sRange[1]) : null;
    out.push({
      projectId,
      kind: 'sentence',
      source: src,
      sourceSegments: sRange,
      target: rangeOf(tSegs, tFrom, tTo),
      targetSegments: [tFrom, tTo],
      status: src ? 'auto' : 'no_source',
      score: clampScore(b.score),
      who: 'auto',
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}

/** Quotation links, each with its Russian span or none; spans outside the texts are left out. */
function quoteProposals(projectId: number, quotes: readonly QuoteAlignment[], source: Side, target: Side, now: string): LinkRow[] {
  const out: LinkRow[] = [];
  for (const q of quotes) {
    const tgt = { start: q.target.start, end: q.target.end };
    if (tgt.end > target.text.length) continue;
    const src = q.source && q.source.end <= source.text.length ? { start: q.source.start, end: q.source.end } : null;
    out.push({
      projectId,
      kind: 'quote',
      source: src,
      sourceSegments: src ? spanRange(source.seg.segments, src) : null,
      target: tgt,
      targetSegments: spanRange(target.seg.segments, tgt),
      status: src ? 'auto' : 'no_source',
      score: source.doc ? clampScore(q.score) : null,
      candidates: storedCandidates(q.candidates, source.text.length, target.text.length),
      who: 'auto',
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}
