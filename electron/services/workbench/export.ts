import { SverkaError } from '../../../shared/errors';
import { EXPORT_EXTENSIONS, exportChunks } from '../../../shared/formats/dispatch';
import { canonicalDate, fromPlain, PROP, type TranslationUnit } from '../../../shared/formats/model';
import type { ExportStatus, LinkKind, LinkSnapshot, ProjectExport, ProjectExportFormat } from '../../../shared/ipc/channels/workbench';
import { linkToUnit, type LinkContext } from '../../../shared/tm/link-unit';
import type { WorkbenchContext } from './context';

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
function exchangeUnit(l: LinkSnapshot, ctx: ExportContext, useChecked: boolean): TranslationUnit | null {
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

/** The project's pairs as exchange units, in the order of `links`. */
export function projectUnits(ctx: ExportContext, links: readonly LinkSnapshot[], useChecked: boolean): TranslationUnit[] {
  const out: TranslationUnit[] = [];
  for (const l of links) {
    const u = exchangeUnit(l, ctx, useChecked);
    if (u) out.push(u);
  }
  return out;
}

/** Serialises units in `format` (the one export dispatcher); the bytes and a file name derived from the project name. */
export function exportBytes(
  ctx: ExportContext,
  format: ProjectExportFormat,
  units: readonly TranslationUnit[],
  opts: { allowFormulas?: boolean } = {},
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
  });
  const parts = [...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c)));
  return { bytes: Buffer.concat(parts), fileName };
}

/** The project's exports: which pairs a choice selects, how many, and the file. */
export class ProjectExporter {
  constructor(private readonly cx: WorkbenchContext) {}

  /** The pairs an export with these choices writes: the one selection behind export and its count. */
  private selection(req: ExportChoice): { ctx: ExportContext; units: TranslationUnit[] } {
    this.cx.requireProject(req.projectId);
    const ctx: ExportContext = {
      ...this.cx.repo.linkContext(req.projectId)!,
      projectName: this.cx.repo.projectName(req.projectId) ?? `project-${req.projectId}`,
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
