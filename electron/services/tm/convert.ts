import { fromPlain, hasTags, plainText, PROP, type InlineText, type TranslationUnit } from '../../../shared/formats/model';
import { canonicalLang, keyHash, matchKey } from '../../../shared/tm/normalize';
import type { TmOrigin } from '../../../shared/tm/score';
import type { NewTmUnit } from '../../../shared/tm/types';
import type { StoredTmRow, TmUnitRow } from '../../db/repositories/tm';

const ORIGINS: readonly TmOrigin[] = ['human', 'machine', 'import'];
const REVIEWED_STATUSES = new Set(['reviewed', 'approved']);

/** Whether a row is worth storing: a unit without a source or a target cannot match anything useful. */
export function isStorable(row: TmUnitRow): boolean {
  return row.source_key !== '' && row.target_key !== '';
}

// Files repeat the same few language tags a million times.
const langCache = new Map<string, string>();
function lang(tag: string): string {
  let c = langCache.get(tag);
  if (c === undefined) {
    c = canonicalLang(tag);
    if (langCache.size < 1000) langCache.set(tag, c);
  }
  return c;
}

function side(text: string | InlineText): { plain: string; inline: string | null } {
  if (typeof text === 'string') return { plain: text, inline: null };
  return { plain: plainText(text), inline: hasTags(text) ? JSON.stringify(text) : null };
}

function jsonList(list: readonly string[] | undefined): string {
  return list && list.length > 0 ? JSON.stringify(list) : '[]';
}

/** A unit as stored: keys, hash and JSON computed once here. */
export function toRow(u: NewTmUnit, now: string, importId: number | null): TmUnitRow {
  const s = side(u.source);
  const t = side(u.target);
  const sourceKey = matchKey(s.plain);
  return {
    source_lang: lang(u.sourceLang),
    target_lang: lang(u.targetLang),
    source: s.plain,
    target: t.plain,
    source_inline: s.inline,
    target_inline: t.inline,
    source_key: sourceKey,
    target_key: matchKey(t.plain),
    source_hash: keyHash(sourceKey),
    origin: u.origin,
    reviewed: u.reviewed ? 1 : 0,
    status: u.status ?? null,
    project_id: u.projectId ?? null,
    document_id: u.documentId ?? null,
    link_id: u.linkId ?? null,
    source_start: u.sourceSpan?.start ?? null,
    source_end: u.sourceSpan?.end ?? null,
    target_start: u.targetSpan?.start ?? null,
    target_end: u.targetSpan?.end ?? null,
    import_id: importId,
    tuid: u.tuid ?? null,
    creator: u.creator ?? null,
    changer: u.changer ?? null,
    reviewer: u.reviewer ?? null,
    created_at: u.created ?? now,
    changed_at: u.changed ?? u.created ?? now,
    props: u.props && Object.keys(u.props).length > 0 ? JSON.stringify(u.props) : '{}',
    notes: jsonList(u.notes),
    source_notes: jsonList(u.sourceNotes),
    target_notes: jsonList(u.targetNotes),
  };
}

/**
 * A unit read from a file. Sverka's own provenance props (origin, status, reviewer) become
 * columns; the rest stay in props. Review: a unit counts as reviewed when its status says
 * reviewed/approved, or when it carries no status at all and is not machine output (a
 * client's TMX is their approved memory); draft/translated/rejected units do not.
 */
export function fromFileUnit(u: TranslationUnit): NewTmUnit {
  const props: Record<string, string> = { ...u.props };
  const originProp = props[PROP.origin];
  const origin: TmOrigin = originProp !== undefined && (ORIGINS as readonly string[]).includes(originProp) ? (originProp as TmOrigin) : 'import';
  const status = props[PROP.status] ?? null;
  const reviewer = props[PROP.reviewer] ?? null;
  delete props[PROP.origin];
  delete props[PROP.status];
  delete props[PROP.reviewer];
  const reviewed = status !== null ? REVIEWED_STATUSES.has(status) : origin !== 'machine';
  return {
    sourceLang: u.sourceLang,
    targetLang: u.targetLang,
    source: u.source,
    target: u.target,
    origin,
    reviewed,
    status,
    tuid: u.id ?? null,
    creator: u.creator ?? null,
    changer: u.changer ?? null,
    reviewer,
    ...(u.created ? { created: u.created } : {}),
    ...(u.changed ? { changed: u.changed } : {}),
    props,
    notes: u.notes,
    ...(u.sourceNotes ? { sourceNotes: u.sourceNotes } : {}),
    ...(u.targetNotes ? { targetNotes: u.targetNotes } : {}),
  };
}

/** Names used for provenance when a unit leaves Sverka. */
export interface ExportNames {
  project(id: number): string | undefined;
  document(id: number): string | undefined;
}

/** A stored unit as an exchange-format unit, with its provenance in props. */
export function toFileUnit(r: StoredTmRow, names: ExportNames): TranslationUnit {
  const props: Record<string, string> = { ...(JSON.parse(r.props) as Record<string, string>) };
  props[PROP.origin] = r.origin;
  if (r.status !== null) props[PROP.status] = r.status;
  else if (r.reviewed === 1 && r.origin !== 'import') props[PROP.status] = 'reviewed';
  if (r.reviewer !== null) props[PROP.reviewer] = r.reviewer;
  if (r.project_id !== null) props[PROP.project] = names.project(r.project_id) ?? String(r.project_id);
  if (r.document_id !== null) props[PROP.document] = names.document(r.document_id) ?? String(r.document_id);
  if (r.source_start !== null || r.target_start !== null) {
    const parts: string[] = [];
    if (r.source_start !== null) parts.push(`src:${r.source_start}-${r.source_end}`);
    if (r.target_start !== null) parts.push(`tgt:${r.target_start}-${r.target_end}`);
    props[PROP.offsets] = parts.join(';');
  }
  const unit: TranslationUnit = {
    sourceLang: r.source_lang,
    targetLang: r.target_lang,
    source: r.source_inline !== null ? (JSON.parse(r.source_inline) as InlineText) : fromPlain(r.source),
    target: r.target_inline !== null ? (JSON.parse(r.target_inline) as InlineText) : fromPlain(r.target),
    created: toCanonical(r.created_at),
    changed: toCanonical(r.changed_at),
    props,
    notes: JSON.parse(r.notes) as string[],
  };
  if (r.source_notes !== '[]') unit.sourceNotes = JSON.parse(r.source_notes) as string[];
  if (r.target_notes !== '[]') unit.targetNotes = JSON.parse(r.target_notes) as string[];
  if (r.tuid !== null) unit.id = r.tuid;
  if (r.creator !== null) unit.creator = r.creator;
  if (r.changer !== null) unit.changer = r.changer;
  return unit;
}

function toCanonical(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
