import type { PlanMode } from '../../../shared/align/plan';
import { SverkaError } from '../../../shared/errors';
import { appMatcher } from '../../../shared/fidelity';
import type { AlignSummary, ProjectExport, ProjectExportFormat, WorkbenchView } from '../../../shared/ipc/channels/workbench';
import type { TmExportFormat, TmImportResult } from '../../../shared/tm/types';
import type { Db } from '../../db/connection';
import { TmService } from '../tm';
import type { ReaderOptions } from '../tm/formats';
import { alignProject } from '../workbench/align-jobs';
import { WorkbenchContext } from '../workbench/context';
import { ProjectExporter, type ExportChoice } from '../workbench/export';
import { QuoteFidelityJob } from '../workbench/fidelity';
import { WorkbenchReader } from '../workbench/view';
import { sendViewInSlices } from '../workbench/view-slices';
import { MtRepository } from '../../db/repositories/mt';
import { baseLexicon } from '../lexicon';
import { importLexicon, type LexiconImportResult } from '../lexicon/import';
import type { LexiconFormat } from '../../../shared/formats/lexicon/read';
import type { JobHooks } from './types';

/** A memory import: a file on disk (the CLI) or its bytes (IPC). */
export interface TmImportArgs {
  file?: string;
  bytes?: Uint8Array;
  fileName: string;
  options: ReaderOptions;
}

/** A memory export: to a file (the CLI), or as base64 slices when `file` is omitted. */
export interface TmExportArgs {
  format: TmExportFormat;
  filter: { sourceLang?: string; targetLang?: string };
  allowFormulas: boolean;
  file?: string;
}

/** A memory export's outcome; without `file`, the file itself was emitted ahead as base64 slices (strings) to join. */
export interface TmExportOutcome {
  units: number;
  file?: string;
  fileName?: string;
}

/** Bytes per base64 slice of an exported file: a multiple of 3, so the slices join into one valid base64 text. */
const BASE64_SLICE_BYTES = 3 << 20;

/** A dictionary import: a file on disk (the CLI) or its bytes (IPC). */
export interface DictionaryImportArgs {
  file?: string;
  bytes?: Uint8Array;
  fileName: string;
  projectId: number | null;
  format?: LexiconFormat;
  name?: string;
}

/** An alignment run's summary and the project's view after it (its long lists emitted ahead in slices). */
export interface AlignOutcome {
  summary: Omit<AlignSummary, 'ms'>;
  view: WorkbenchView;
}

export type ProjectExportArgs = ExportChoice & { format: ProjectExportFormat };

/** Progress of a job counted in units of unknown total. */
function counted(hooks: JobHooks, phase: string): (n: number) => void {
  return (n) => hooks.onProgress({ phase, done: n, total: 0 });
}

function checkCancelled(hooks: JobHooks, what: string): void {
  if (hooks.signal.aborted) throw new SverkaError('CANCELLED', `${what} cancelled; nothing was changed.`);
}

/**
 * Every job that may run off the main thread, by kind: a plain function of a database
 * connection (the worker's own, or the main one), its arguments and the hooks. A new kind is
 * one line here.
 */
export const jobTable = {
  'tm.import': (db: Db, a: TmImportArgs, hooks: JobHooks): TmImportResult => {
    const tm = new TmService(db);
    const opts = { ...a.options, onProgress: counted(hooks, 'importing'), signal: hooks.signal };
    if (a.file !== undefined) return tm.importFile(a.file, opts);
    return tm.importBytes(a.bytes ?? new Uint8Array(0), a.fileName, opts);
  },
  // The target-side index of what imports left in the backlog (migration 0081); stopped, it resumes later.
  'tm.index': async (db: Db, _a: Record<string, never>, hooks: JobHooks): Promise<{ indexed: number }> => ({
    indexed: await new TmService(db).indexBacklog({ signal: hooks.signal, onProgress: (done, total) => hooks.onProgress({ phase: 'indexing', done, total }) }),
  }),
  'tm.export': async (db: Db, a: TmExportArgs, hooks: JobHooks): Promise<TmExportOutcome> => {
    const tm = new TmService(db);
    const extra = { allowFormulas: a.allowFormulas, onProgress: counted(hooks, 'exporting'), signal: hooks.signal };
    if (a.file !== undefined) return tm.exportToFile(a.file, a.format, a.filter, extra);
    const out = tm.exportToBytes(a.format, a.filter, extra);
    // The file goes to the caller as base64 slices (joined there), encoded here: a memory's file
    // is tens of megabytes, and encoding or copying it in at once would block the main thread.
    for (let i = 0; i < out.bytes.length; i += BASE64_SLICE_BYTES) await hooks.emit(out.bytes.subarray(i, i + BASE64_SLICE_BYTES).toString('base64'));
    return { units: out.units, fileName: out.fileName };
  },
  'dictionary.import': (db: Db, a: DictionaryImportArgs, hooks: JobHooks): Promise<LexiconImportResult> =>
    importLexicon(db, a.file ?? { name: a.fileName, bytes: a.bytes ?? new Uint8Array(0) }, {
      projectId: a.projectId,
      ...(a.format ? { format: a.format } : {}),
      ...(a.name ? { name: a.name } : {}),
      signal: hooks.signal,
      onProgress: (p) => hooks.onProgress({ phase: 'importing', done: p.bytes, total: p.totalBytes, items: p.entries }),
    }),
  'workbench.align': async (db: Db, a: { projectId: number; mode: PlanMode }, hooks: JobHooks): Promise<AlignOutcome> => {
    const mt = new MtRepository(db);
    const cx = new WorkbenchContext(db, { suggestions: { cachedSuggestions: (sl, tl, texts) => mt.latestForTexts(sl, tl, texts) } });
    const summary = await alignProject(cx, a.projectId, a.mode, (phase, fraction) => {
      hooks.onProgress({ phase, done: Math.round(fraction * 1000), total: 1000 });
      checkCancelled(hooks, 'Alignment');
    });
    // The view the renderer shows next is built here too, and sent in slices (view-slices.ts):
    // reading and shaping a long document's rows, or copying them in at once, would block the
    // main thread.
    return { summary, view: await sendViewInSlices(new WorkbenchReader(cx).view(a.projectId), hooks.emit) };
  },
  'workbench.export': (db: Db, a: ProjectExportArgs, hooks: JobHooks): ProjectExport => {
    checkCancelled(hooks, 'Export');
    const cx = new WorkbenchContext(db);
    // The fact-check report and the notes of the other formats carry each quotation's fidelity.
    return new ProjectExporter(cx, new QuoteFidelityJob(db, cx, () => appMatcher(baseLexicon()))).export(a);
  },
} as const;

export type JobKind = keyof typeof jobTable;

export function isJobKind(kind: string): kind is JobKind {
  return Object.prototype.hasOwnProperty.call(jobTable, kind);
}

/** Runs one job of the table (in the thread that calls it). */
export async function runJobHere(db: Db, kind: string, args: unknown, hooks: JobHooks): Promise<unknown> {
  if (!isJobKind(kind)) throw new SverkaError('BAD_REQUEST', `There is no background job ${JSON.stringify(kind)}.`);
  const fn = jobTable[kind] as (db: Db, a: unknown, h: JobHooks) => unknown;
  return await fn(db, args, hooks);
}
