/**
 * The fact-check report: every quotation of a project with its Russian source, the fidelity
 * flags, the verdict and comment, where the link came from, and the project's summary. Built
 * by the project export from the workbench's fidelity results, written as HTML or DOCX.
 */
import type { ProjectFidelitySummary, QuoteFidelityState, QuoteVerdict } from '../../ipc/channels/fidelity';
import type { FidelityFlag } from '../../fidelity/types';

export interface FactCheckEntry {
  /** The German quotation as published. */
  german: string;
  /** Its Russian source; null when the original does not contain it. */
  russian: string | null;
  state: QuoteFidelityState;
  /** Why it was not compared (state other than `ok`). */
  message: string | null;
  flags: readonly FidelityFlag[];
  verdict: QuoteVerdict | null;
  /** Link provenance: automatic, or confirmed (rejected, ...) by whom and when. */
  link: { status: 'auto' | 'confirmed' | 'rejected' | 'no_source'; who: string; at: string; score: number | null };
}

export interface FactCheckReport {
  title: string;
  /** Shown under the title (e.g. the export date); nothing by default so output is reproducible. */
  subtitle?: string;
  summary: ProjectFidelitySummary;
  entries: readonly FactCheckEntry[];
}

const FLAG_LABEL: Record<FidelityFlag['kind'], string> = {
  number: 'Number',
  name: 'Name',
  negation: 'Negation',
  omission: 'Omission',
  addition: 'Addition',
  hedge: 'Hedge / modality',
};

const VERDICT_LABEL: Record<QuoteVerdict['verdict'], string> = {
  faithful: 'Faithful',
  acceptable: 'Acceptable rendering',
  distorted: 'Distorted',
  'cannot-verify': 'Cannot verify',
};

const STATE_LABEL: Record<Exclude<QuoteFidelityState, 'ok'>, string> = {
  empty: 'no words to compare',
  'too-long': 'too long to compare',
  'source-changed': 'source changed',
  'target-changed': 'quotation changed',
  'no-source': 'not in the original',
  rejected: 'link rejected',
};

export const flagLabel = (k: FidelityFlag['kind']): string => FLAG_LABEL[k];
export const verdictLabel = (v: QuoteVerdict['verdict']): string => VERDICT_LABEL[v];
export const stateLabel = (s: Exclude<QuoteFidelityState, 'ok'>): string => STATE_LABEL[s];

/** One flag as a line: "Number (number-differs): 30 Milliarden ↔ 3 миллиарда". */
export function flagLine(f: FidelityFlag): string {
  const de = f.german.map((w) => w.text).join(' … ') || '—';
  const ru = f.russian.map((w) => w.text).join(' … ') || '—';
  return `${FLAG_LABEL[f.kind]}${f.status === 'announced' ? ' (announced)' : ''} [${f.reason}]: ${de} ↔ ${ru}`;
}

/** The link's provenance as a line: "automatic (score 0.83)" or "confirmed by Anna, 2026-…". */
export function provenanceLine(l: FactCheckEntry['link']): string {
  if (l.status === 'auto') return `automatic link${l.score !== null ? ` (score ${l.score.toFixed(2)})` : ''}`;
  const what = l.status === 'no_source' ? 'marked not in the original' : l.status;
  return l.who === 'auto' ? `${what} automatically` : `${what} by ${l.who}, ${l.at}`;
}

/** The verdict as a line: "Distorted — Anna, 2026-…: comment". */
export function verdictLine(v: QuoteVerdict | null): string {
  if (!v) return 'No verdict yet';
  return `${VERDICT_LABEL[v.verdict]} — ${v.by}, ${v.at}${v.comment ? `: ${v.comment}` : ''}`;
}

/** The summary as label/value pairs, in the order the report shows them. */
export function summaryRows(s: ProjectFidelitySummary): Array<[string, number]> {
  const rows: Array<[string, number]> = [
    ['Quotations', s.quotations],
    ['Compared word by word', s.checked],
    ['Without a defect flag', s.clean],
  ];
  for (const k of Object.keys(FLAG_LABEL) as Array<FidelityFlag['kind']>) rows.push([`With a ${FLAG_LABEL[k].toLowerCase()} flag`, s.byKind[k]]);
  for (const k of Object.keys(STATE_LABEL) as Array<Exclude<QuoteFidelityState, 'ok'>>) if (s.notChecked[k] > 0) rows.push([`Not compared: ${STATE_LABEL[k]}`, s.notChecked[k]]);
  for (const v of Object.keys(VERDICT_LABEL) as Array<QuoteVerdict['verdict']>) rows.push([`Verdict: ${VERDICT_LABEL[v]}`, s.verdicts[v]]);
  rows.push(['No verdict yet', s.verdicts.none]);
  return rows;
}
