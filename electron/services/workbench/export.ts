import { writeBilingualDocx } from '../../../shared/formats/docx/writeBilingual';
import { renderHtmlReport } from '../../../shared/formats/html/report';
import { canonicalDate, fromPlain, PROP, type TranslationUnit, type UnitStatus } from '../../../shared/formats/model';
import { serializeCsvChunks } from '../../../shared/formats/csv/write';
import { serializeTmxChunks } from '../../../shared/formats/tmx/write14';
import { serializeXliff12Chunks } from '../../../shared/formats/xliff/write12';
import { serializeXliff21Chunks } from '../../../shared/formats/xliff/write21';
import type { ExportStatus, LinkKind, LinkSnapshot, ProjectExportFormat, TranslationStatus } from '../../../shared/ipc/channels/workbench';
import { assertNever, SverkaError } from '../../../shared/errors';
import type { ProjectExport } from '../../../shared/ipc/channels/workbench';
import type { WorkbenchContext } from './context';

/** What a project export needs besides its links. */
export interface ExportContext {
  projectId: number;
  projectName: string;
  sourceLang: string;
  targetLang: string;
  sourceDocumentId: number | null;
  targetDocumentId: number | null;
  sourceText: string;
  targetText: string;
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

/** Link status -> the exchange formats' unit status (XLIFF state, DOCX/HTML status column). */
function unitStatus(l: LinkSnapshot): UnitStatus {
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
 * The project's pairs as exchange units: the Russian span, and the checked translation when
 * there is one (else the published German), with provenance in props (project, document,
 * offsets, reviewer, status) so that it survives a round trip through the TM.
 */
export function projectUnits(ctx: ExportContext, links: readonly LinkSnapshot[], useChecked: boolean): TranslationUnit[] {
  const out: TranslationUnit[] = [];
  for (const l of links) {
    if (!l.source) continue;
    const source = ctx.sourceText.slice(l.source.start, l.source.end);
    const published = ctx.targetText.slice(l.target.start, l.target.end);
    const target = useChecked && l.translation ? l.translation.text : published;
    const props: Record<string, string> = {
      [PROP.project]: ctx.projectName,
      [PROP.offsets]: `src:${l.source.start}-${l.source.end};tgt:${l.target.start}-${l.target.end}`,
      [PROP.status]: unitStatus(l),
      [PROP.origin]: 'human',
      kind: l.kind,
      link: String(l.id),
    };
    if (ctx.sourceDocumentId !== null) props[PROP.document] = String(ctx.sourceDocumentId);
    if (l.who !== 'auto') props[PROP.reviewer] = l.translation?.updatedBy ?? l.who;
    if (l.score !== null) props['score'] = l.score.toFixed(3);
    const notes: string[] = [];
    if (l.translation?.note) notes.push(l.translation.note);
    if (useChecked && l.translation && l.translation.text !== published) notes.push(`Published: ${published}`);
    const changed = canonicalDate(l.translation?.updatedAt ?? l.updatedAt);
    const created = canonicalDate(l.createdAt);
    out.push({
      id: `${ctx.projectId}-${l.id}`,
      sourceLang: ctx.sourceLang,
      targetLang: ctx.targetLang,
      source: fromPlain(source),
      target: fromPlain(target),
      ...(created ? { created } : {}),
      ...(changed ? { changed } : {}),
      ...(l.who !== 'auto' ? { changer: l.translation?.updatedBy ?? l.who } : {}),
      props,
      notes,
    });
  }
  return out;
}

const EXTENSIONS: Record<ProjectExportFormat, string> = {
  tmx: 'tmx',
  xliff12: 'xlf',
  xliff21: 'xlf',
  csv: 'csv',
  tsv: 'tsv',
  docx: 'docx',
  html: 'html',
};

/** Serialises units in `format`; the bytes and a file name derived from the project name. */
export function exportBytes(
  ctx: ExportContext,
  format: ProjectExportFormat,
  units: readonly TranslationUnit[],
  opts: { allowFormulas?: boolean } = {},
): { bytes: Buffer; fileName: string } {
  const base = ctx.projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'project';
  // Both XLIFF versions end in .xlf, as CAT tools expect; the version is inside the file.
  const fileName = `${base}.${EXTENSIONS[format]}`;
  const text = (chunks: Iterable<string>): Buffer => Buffer.from([...chunks].join(''), 'utf8');
  const original = `${base}.txt`;
  switch (format) {
    case 'tmx':
      return { bytes: text(serializeTmxChunks(units, { srcLang: ctx.sourceLang, creationTool: 'Sverka' })), fileName };
    case 'xliff12':
      return { bytes: text(serializeXliff12Chunks(units, { original })), fileName };
    case 'xliff21':
      return { bytes: text(serializeXliff21Chunks(units, { original, srcLang: ctx.sourceLang, trgLang: ctx.targetLang })), fileName };
    case 'csv':
      return { bytes: text(serializeCsvChunks(units, { bom: true, allowFormulas: opts.allowFormulas === true })), fileName };
    case 'tsv':
      return { bytes: text(serializeCsvChunks(units, { bom: true, delimiter: '\t', allowFormulas: opts.allowFormulas === true })), fileName };
    case 'docx':
      return { bytes: Buffer.from(writeBilingualDocx(units, { title: ctx.projectName })), fileName };
    case 'html':
      return { bytes: Buffer.from(renderHtmlReport(units, { title: ctx.projectName }), 'utf8'), fileName };
    default:
      return assertNever(format, 'export format');
  }
}

/** The project's exports: which pairs a choice selects, how many, and the file. */
export class ProjectExporter {
  constructor(private readonly cx: WorkbenchContext) {}

  /** The pairs an export with these choices writes: the one selection behind export and its count. */
  private selection(req: ExportChoice): { ctx: ExportContext; units: TranslationUnit[] } {
    const langs = this.cx.requireProject(req.projectId);
    const docs = this.cx.repo.documents(req.projectId);
    const src = docs.find((d) => d.role === 'source') ?? null;
    const tgt = docs.find((d) => d.role === 'target') ?? null;
    const ctx: ExportContext = {
      projectId: req.projectId,
      projectName: this.cx.repo.projectName(req.projectId) ?? `project-${req.projectId}`,
      sourceLang: langs.sourceLang,
      targetLang: langs.targetLang,
      sourceDocumentId: src?.id ?? null,
      targetDocumentId: tgt?.id ?? null,
      sourceText: src?.text ?? '',
      targetText: tgt?.text ?? '',
    };
    const links = selectExportLinks(this.cx.repo.links(req.projectId), req, ctx);
    return { ctx, units: projectUnits(ctx, links, req.useChecked) };
  }

  /** How many pairs `export` would write for these choices. */
  count(req: ExportChoice): { units: number } {
    return { units: this.selection(req).units.length };
  }

  export(req: ExportChoice & { format: ProjectExportFormat }): ProjectExport {
    const { ctx, units } = this.selection(req);
    if (units.length === 0) {
      throw new SverkaError('EMPTY_INPUT', `No pairs with a Russian source have the status ${req.statuses.join(' or ')}: nothing to export.`);
    }
    const { bytes, fileName } = exportBytes(ctx, req.format, units, { allowFormulas: req.allowFormulas === true });
    return { dataBase64: bytes.toString('base64'), fileName, units: units.length };
  }
}
