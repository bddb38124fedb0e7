import { SverkaError } from '../../../shared/errors';
import { EXPORT_EXTENSIONS, exportChunks } from '../../../shared/formats/dispatch';
import { canonicalDate, fromPlain, PROP, type TranslationUnit } from '../../../shared/formats/model';
import type { ExportStatus, LinkKind, LinkSnapshot, ProjectExport, ProjectExportFormat } from '../../../shared/ipc/channels/workbench';
import { linkToUnit, type LinkContext } from '../../../shared/tm/link-unit';
import type { FactCheckEntry, FactCheckReport } from '../../../shared/formats/factcheck/model';
import { flagLine, verdictLine } from '../../../shared/formats/factcheck/model';
import { summariseQuotes } from '../../../shared/fidelity';
import type { QuoteFidelity } from '../../../shared/ipc/channels/fidelity';
import type { WorkbenchContext } from './context';
import type { QuoteFidelityJob } from './fidelity';

/** What a project export needs besides its links: what they are read against, and the project's name. */
export interface ExportContext extends LinkContext {
  projectName: string;
}

/** Which links an export takes. */
export interface ExportChoice {
  projectId: number;
  statuses: readonly ExportStatus[];
  kinds: readonly LinkKind[];
  useChecked: boolean;
  /** CSV/TSV: write cells that start with = + - @ unguarded. */
  allowFormulas?: boolean;
}

/**
 * The links an export writes, in German order: of the chosen kinds and statuses (a link that
 * needs re-checking only under `recheck`), with spans inside both texts.
 */
export function selectExportLinks<L extends LinkSnapshot>(links: readonly L[], choice: Pick<ExportChoice, 'statuses' | 'kinds'>, ctx: Pick<ExportContext, 'sourceText' | 'targetText'>): L[] {
  const statuses = new Set(choice.statuses);
  const kinds = new Set(choice.kinds);
  return links
    .filter((l) => kinds.has(l.kind) && statuses.has(l.recheck ? 'recheck' : l.status))
    .filter((l) => (!l.source || l.source.end <= ctx.sourceText.length) && l.target.end <= ctx.targetText.length)
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end);
}

/**
 * A link's pair as an exchange unit (linkToUnit, the mapping the memory uses too), with its
 * provenance in props (project, document, offsets, reviewer, status) so that it survives a
 * round trip through the TM; the checked translation's note, and the published German when the
 * checked text differs from it, go into the notes. Null for a link without a Russian source.
 */
function exchangeUnit(l: LinkSnapshot, ctx: ExportContext, useChecked: boolean, fidelity?: QuoteFidelity): TranslationUnit | null {
  const u = linkToUnit(l, ctx, { useChecked });
  if (!u || !l.source) return null;
  const published = ctx.targetText.slice(l.target.start, l.target.end);
  const props: Record<string, string> = {
    [PROP.project]: ctx.projectName,
    [PROP.offsets]: `src:${l.source.start}-${l.source.end};tgt:${l.target.start}-${l.target.end}`,
    [PROP.status]: u.status ?? 'draft',
    [PROP.origin]: u.origin,
    kind: l.kind,
    link: String(l.id),
  };
  if (u.documentId != null) props[PROP.document] = String(u.documentId);
  if (u.reviewer != null) props[PROP.reviewer] = u.reviewer;
  if (l.score !== null) props['score'] = l.score.toFixed(3);
  const notes: string[] = [];
  if (l.translation?.note) notes.push(l.translation.note);
  if (u.target !== published) notes.push(`Published: ${published}`);
  if (fidelity) notes.push(...fidelityNotes(fidelity));
  const changed = u.changed ? canonicalDate(u.changed) : undefined;
  const created = u.created ? canonicalDate(u.created) : undefined;
  return {
    id: `${ctx.projectId}-${l.id}`,
    sourceLang: u.sourceLang,
    targetLang: u.targetLang,
    source: fromPlain(u.source as string),
    target: fromPlain(u.target as string),
    ...(created ? { created } : {}),
    ...(changed ? { changed } : {}),
    ...(u.changer != null ? { changer: u.changer } : {}),
    props,
    notes,
  };
}

/** A quotation's fidelity as unit notes (CSV, XLIFF, TMX): one per flag, then the verdict. */
export function fidelityNotes(f: QuoteFidelity): string[] {
  const notes: string[] = [];
  if (f.state !== 'ok' && f.message) notes.push(`Fidelity: ${f.message}`);
  for (const flag of f.flags) notes.push(`Fidelity flag: ${flagLine(flag)}`);
  if (f.state === 'ok' && f.flags.length === 0) notes.push('Fidelity: no flags');
  if (f.verdict) notes.push(`Fidelity verdict: ${verdictLine(f.verdict)}`);
  return notes;
}

/** The project's pairs as exchange units, in the order of `links`; quotations carry their fidelity in notes. */
export function projectUnits(ctx: ExportContext, links: readonly LinkSnapshot[], useChecked: boolean, fidelity?: ReadonlyMap<number, QuoteFidelity>): TranslationUnit[] {
  const out: TranslationUnit[] = [];
  for (const l of links) {
    const u = exchangeUnit(l, ctx, useChecked, fidelity?.get(l.id));
    if (u) out.push(u);
  }
  return out;
}

/** Serialises units in `format` (the one export dispatcher); the bytes and a file name derived from the project name. */
export function exportBytes(
  ctx: ExportContext,
  format: ProjectExportFormat,
  units: readonly TranslationUnit[],
  opts: { allowFormulas?: boolean; factCheck?: FactCheckReport } = {},
): { bytes: Buffer; fileName: string } {
  const base = ctx.projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'project';
  // Both XLIFF versions end in .xlf, as CAT tools expect; the version is inside the file.
  const fileName = `${base}.${EXPORT_EXTENSIONS[format]}`;
  const original = `${base}.txt`;
  const allowFormulas = opts.allowFormulas === true;
  const chunks = exportChunks(format, units, {
    tmx: { header: { srcLang: ctx.sourceLang, creationTool: 'Sverka' } },
    xliff12: { original },
    xliff21: { original, srcLang: ctx.sourceLang, trgLang: ctx.targetLang },
    csv: { bom: true, allowFormulas },
    document: { title: ctx.projectName },
    ...(opts.factCheck ? { factCheck: opts.factCheck } : {}),
  });
  const parts = [...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c)));
  return { bytes: Buffer.concat(parts), fileName };
}

/** The project's exports: which pairs a choice selects, how many, and the file. */
export class ProjectExporter {
  constructor(
    private readonly cx: WorkbenchContext,
    private readonly fidelity: QuoteFidelityJob,
  ) {}

  /** The pairs an export with these choices writes: the one selection behind export and its count. */
  private selection(req: ExportChoice): { ctx: ExportContext; links: LinkSnapshot[]; units: TranslationUnit[]; fidelity: Map<number, QuoteFidelity> } {
    this.cx.requireProject(req.projectId);
    const ctx: ExportContext = {
      ...this.cx.repo.linkContext(req.projectId)!,
      projectName: this.cx.repo.projectName(req.projectId) ?? `project-${req.projectId}`,
    };
    const links = selectExportLinks(this.cx.repo.links(req.projectId), req, ctx);
    const fidelity = new Map<number, QuoteFidelity>();
    if (links.some((l) => l.kind === 'quote')) for (const f of this.fidelity.list(req.projectId).items) fidelity.set(f.linkId, f);
    return { ctx, links, units: projectUnits(ctx, links, req.useChecked, fidelity), fidelity };
  }

  /** How many pairs (or, for the fact-check report, quotations) `export` would write for these choices. */
  count(req: ExportChoice & { format?: ProjectExportFormat | undefined }): { units: number } {
    if (isFactCheck(req.format)) return { units: this.factCheck(req).entries.length };
    return { units: this.selection(req).units.length };
  }

  export(req: ExportChoice & { format: ProjectExportFormat }): ProjectExport {
    if (isFactCheck(req.format)) {
      const report = this.factCheck(req);
      if (report.entries.length === 0) throw new SverkaError('EMPTY_INPUT', `No quotation links have the status ${req.statuses.join(' or ')}: nothing to report.`);
      const { bytes, fileName } = exportBytes(report.ctx, req.format, [], { factCheck: report });
      return { dataBase64: bytes.toString('base64'), fileName, units: report.entries.length };
    }
    const { ctx, units } = this.selection(req);
    if (units.length === 0) {
      throw new SverkaError('EMPTY_INPUT', `No pairs with a Russian source have the status ${req.statuses.join(' or ')}: nothing to export.`);
    }
    const { bytes, fileName } = exportBytes(ctx, req.format, units, { allowFormulas: req.allowFormulas === true });
    return { dataBase64: bytes.toString('base64'), fileName, units: units.length };
  }

  /**
   * The fact-check report: the quotation links of the chosen statuses (whatever `kinds` says)
   * and every quotation the original does not contain, each with its source, flags, verdict and provenance; the summary is over
   * the quotations in the report.
   */
  private factCheck(req: ExportChoice): FactCheckReport & { ctx: ExportContext } {
    // A quotation the original does not contain is a finding of the fact-check: always listed.
    const statuses = [...new Set<ExportStatus>([...req.statuses, 'no_source'])];
    const { ctx, links, fidelity } = this.selection({ ...req, statuses, kinds: ['quote'] });
    const entries: FactCheckEntry[] = [];
    const items: QuoteFidelity[] = [];
    for (const l of links) {
      const f = fidelity.get(l.id);
      if (!f) continue;
      items.push(f);
      entries.push({
        german: ctx.targetText.slice(l.target.start, l.target.end),
        russian: l.source ? ctx.sourceText.slice(l.source.start, l.source.end) : null,
        state: f.state,
        message: f.message,
        flags: f.flags,
        verdict: f.verdict,
        link: { status: l.status, who: l.who, at: l.updatedAt, score: l.score },
      });
    }
    return { ctx, title: `${ctx.projectName}: fact-check report`, summary: summariseQuotes(items), entries };
  }
}

function isFactCheck(format: ProjectExportFormat | undefined): format is 'factcheck-html' | 'factcheck-docx' {
  return format === 'factcheck-html' || format === 'factcheck-docx';
}
