import type { Statement } from 'better-sqlite3';
import type {
  HistoryEntry,
  LinkKind,
  LinkSnapshot,
  LinkStatus,
  QuoteView,
  TextRange,
  TranslationSnapshot,
  TranslationStatus,
} from '../../../shared/ipc/channels/workbench';
import type { LinkContext } from '../../../shared/tm/link-unit';
import type { Db } from '../connection';

/** A project's document as the workbench needs it. */
export interface WorkbenchDocument {
  id: number;
  role: 'source' | 'target';
  lang: string;
  text: string;
  contentHash: string;
  /** Content hash of the text the stored segments were made from; null: never aligned. */
  segmentsHash: string | null;
  updatedAt: string;
}

/** A segment row to store. */
export interface SegmentRow {
  idx: number;
  start: number;
  end: number;
  paragraph: number;
}

/** A quotation row to store; `parent` indexes the same array. */
export interface QuotationRow {
  start: number;
  end: number;
  open: number | null;
  close: number | null;
  kind: 'quotation' | 'title' | 'term';
  depth: number;
  parent: number | null;
}

/** A link row to insert (no id) or write back (with id). */
export interface LinkRow {
  id?: number;
  projectId: number;
  kind: LinkKind;
  source: TextRange | null;
  sourceSegments: [number, number] | null;
  target: TextRange;
  targetSegments: [number, number] | null;
  status: LinkStatus;
  score: number | null;
  who: string;
  createdAt: string;
  updatedAt: string;
  /** The Russian text before an edit of the original touched the span; absent or null: nothing to re-check. */
  recheck?: { before: string } | null;
}

interface RawLink {
  id: number;
  project_id: number;
  kind: LinkKind;
  source_start: number | null;
  source_end: number | null;
  source_seg_from: number | null;
  source_seg_to: number | null;
  target_start: number;
  target_end: number;
  target_seg_from: number | null;
  target_seg_to: number | null;
  status: LinkStatus;
  score: number | null;
  who: string;
  created_at: string;
  updated_at: string;
  recheck_before: string | null;
  t_text: string | null;
  t_status: TranslationStatus | null;
  t_note: string | null;
  t_by: string | null;
  t_at: string | null;
}

const LINK_SELECT = `SELECT l.id, l.project_id, l.kind, l.source_start, l.source_end, l.source_seg_from, l.source_seg_to,
  l.target_start, l.target_end, l.target_seg_from, l.target_seg_to, l.status, l.score, l.who, l.created_at, l.updated_at,
  l.recheck_before, t.text AS t_text, t.status AS t_status, t.note AS t_note, t.updated_by AS t_by, t.updated_at AS t_at
  FROM alignment_links l LEFT JOIN checked_translations t ON t.link_id = l.id`;

/** A stored link with the project it belongs to. */
export type StoredLink = LinkSnapshot & { projectId: number };

function toLink(r: RawLink): StoredLink {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    source: r.source_start === null || r.source_end === null ? null : { start: r.source_start, end: r.source_end },
    target: { start: r.target_start, end: r.target_end },
    sourceSegments: r.source_seg_from === null || r.source_seg_to === null ? null : [r.source_seg_from, r.source_seg_to],
    targetSegments: r.target_seg_from === null || r.target_seg_to === null ? null : [r.target_seg_from, r.target_seg_to],
    status: r.status,
    score: r.score,
    who: r.who,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    recheck: r.recheck_before === null ? null : { before: r.recheck_before },
    translation:
      r.t_text === null
        ? null
        : { text: r.t_text, status: r.t_status ?? 'draft', note: r.t_note, updatedBy: r.t_by ?? '', updatedAt: r.t_at ?? '' },
  };
}

function linkParams(l: LinkRow): Record<string, unknown> {
  return {
    id: l.id ?? null,
    project_id: l.projectId,
    kind: l.kind,
    source_start: l.source?.start ?? null,
    source_end: l.source?.end ?? null,
    source_seg_from: l.sourceSegments?.[0] ?? null,
    source_seg_to: l.sourceSegments?.[1] ?? null,
    target_start: l.target.start,
    target_end: l.target.end,
    target_seg_from: l.targetSegments?.[0] ?? null,
    target_seg_to: l.targetSegments?.[1] ?? null,
    status: l.status,
    score: l.score,
    who: l.who,
    created_at: l.createdAt,
    updated_at: l.updatedAt,
    recheck_before: l.recheck?.before ?? null,
  };
}

/** Document texts kept in memory (the two of the open project, and a few recent ones). */
const TEXT_CACHE = 6;

/**
 * The workbench's SQL: segments, quotations, alignment links and checked translations. Bulk
 * reads are one statement per table so that building a view never runs a query per row.
 */
export class WorkbenchRepository {
  private readonly st: {
    insertSegment: Statement;
    insertQuotation: Statement;
    insertLink: Statement;
    writeLink: Statement;
    linkById: Statement;
    linksOfProject: Statement;
    deleteLink: Statement;
  };

  private readonly texts = new Map<number, { hash: string; text: string }>();

  constructor(private readonly db: Db) {
    this.st = {
      insertSegment: db.prepare(
        'INSERT INTO segments (document_id, idx, start_offset, end_offset, kind, paragraph) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertQuotation: db.prepare(
        `INSERT INTO quotations (document_id, start_offset, end_offset, open_offset, close_offset, kind, depth, parent_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertLink: db.prepare(
        `INSERT INTO alignment_links (project_id, kind, source_start, source_end, source_seg_from, source_seg_to,
           target_start, target_end, target_seg_from, target_seg_to, status, score, who, created_at, updated_at, recheck_before)
         VALUES (@project_id, @kind, @source_start, @source_end, @source_seg_from, @source_seg_to, @target_start,
           @target_end, @target_seg_from, @target_seg_to, @status, @score, @who, @created_at, @updated_at, @recheck_before)`,
      ),
      // Upsert by id: restore puts a deleted link back under its old id.
      writeLink: db.prepare(
        `INSERT INTO alignment_links (id, project_id, kind, source_start, source_end, source_seg_from, source_seg_to,
           target_start, target_end, target_seg_from, target_seg_to, status, score, who, created_at, updated_at, recheck_before)
         VALUES (@id, @project_id, @kind, @source_start, @source_end, @source_seg_from, @source_seg_to, @target_start,
           @target_end, @target_seg_from, @target_seg_to, @status, @score, @who, @created_at, @updated_at, @recheck_before)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, source_start = excluded.source_start,
           source_end = excluded.source_end, source_seg_from = excluded.source_seg_from, source_seg_to = excluded.source_seg_to,
           target_start = excluded.target_start, target_end = excluded.target_end, target_seg_from = excluded.target_seg_from,
           target_seg_to = excluded.target_seg_to, status = excluded.status, score = excluded.score, who = excluded.who,
           created_at = excluded.created_at, updated_at = excluded.updated_at, recheck_before = excluded.recheck_before
         WHERE alignment_links.project_id = excluded.project_id`,
      ),
      linkById: db.prepare(`${LINK_SELECT} WHERE l.id = ?`),
      linksOfProject: db.prepare(`${LINK_SELECT} WHERE l.project_id = ? ORDER BY l.kind DESC, l.target_start, l.target_end, l.id`),
      deleteLink: db.prepare('DELETE FROM alignment_links WHERE id = ?'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  projectLangs(projectId: number): { sourceLang: string; targetLang: string } | undefined {
    return this.db.prepare('SELECT source_lang AS sourceLang, target_lang AS targetLang FROM projects WHERE id = ?').get(projectId) as
      | { sourceLang: string; targetLang: string }
      | undefined;
  }

  projectName(projectId: number): string | undefined {
    const r = this.db.prepare('SELECT name FROM projects WHERE id = ?').get(projectId) as { name: string } | undefined;
    return r?.name;
  }

  /**
   * The project's documents with their texts. Texts are cached by content hash: the view is
   * built on every project open and edit, and reading a long text back from SQLite costs
   * more than everything else the view needs.
   */
  documents(projectId: number): WorkbenchDocument[] {
    const metas = this.db
      .prepare(
        'SELECT id, role, lang, content_hash AS contentHash, segments_hash AS segmentsHash, updated_at AS updatedAt FROM documents WHERE project_id = ?',
      )
      .all(projectId) as Array<Omit<WorkbenchDocument, 'text'>>;
    return metas.map((m) => {
      const hit = this.texts.get(m.id);
      if (hit && hit.hash === m.contentHash) return { ...m, text: hit.text };
      const text = (this.db.prepare('SELECT text FROM documents WHERE id = ?').get(m.id) as { text: string }).text;
      this.texts.delete(m.id);
      this.texts.set(m.id, { hash: m.contentHash, text });
      if (this.texts.size > TEXT_CACHE) this.texts.delete(this.texts.keys().next().value as number);
      return { ...m, text };
    });
  }

  /**
   * What the project's links are read against (linkToUnit): its languages and both documents
   * ('' and null for a missing one); undefined when there is no such project.
   */
  linkContext(projectId: number): LinkContext | undefined {
    const langs = this.projectLangs(projectId);
    if (!langs) return undefined;
    const docs = this.documents(projectId);
    const src = docs.find((d) => d.role === 'source');
    const tgt = docs.find((d) => d.role === 'target');
    return {
      projectId,
      ...langs,
      sourceText: src?.text ?? '',
      targetText: tgt?.text ?? '',
      sourceDocumentId: src?.id ?? null,
      targetDocumentId: tgt?.id ?? null,
    };
  }

  /** The text of the project's document in `role` ('' when there is none). */
  documentText(projectId: number, role: 'source' | 'target'): string {
    return this.documents(projectId).find((d) => d.role === role)?.text ?? '';
  }

  /** Replaces a document's text (the user corrected the original). */
  updateDocumentText(documentId: number, text: string, contentHash: string, now: string): void {
    this.db
      .prepare('UPDATE documents SET text = ?, content_hash = ?, updated_at = ? WHERE id = ?')
      .run(text, contentHash, now, documentId);
    this.db
      .prepare('UPDATE projects SET updated_at = ? WHERE id = (SELECT project_id FROM documents WHERE id = ?)')
      .run(now, documentId);
  }

  /** Records which text (by content hash) the document's stored segments were made from. */
  setSegmentsHash(documentId: number, hash: string | null): void {
    this.db.prepare('UPDATE documents SET segments_hash = ? WHERE id = ?').run(hash, documentId);
  }

  // Segments -----------------------------------------------------------------------------

  replaceSegments(documentId: number, segs: readonly SegmentRow[]): void {
    this.db.prepare('DELETE FROM segments WHERE document_id = ?').run(documentId);
    for (const s of segs) this.st.insertSegment.run(documentId, s.idx, s.start, s.end, 'sentence', s.paragraph);
  }

  segments(documentId: number): SegmentRow[] {
    return this.db
      .prepare('SELECT idx, start_offset AS start, end_offset AS "end", paragraph FROM segments WHERE document_id = ? ORDER BY idx')
      .all(documentId) as SegmentRow[];
  }

  segmentCount(documentId: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM segments WHERE document_id = ?').get(documentId) as { n: number }).n;
  }

  // Quotations ---------------------------------------------------------------------------

  replaceQuotations(documentId: number, quotes: readonly QuotationRow[]): void {
    this.db.prepare('DELETE FROM quotations WHERE document_id = ?').run(documentId);
    const ids: number[] = [];
    for (const q of quotes) {
      const parentId = q.parent === null ? null : (ids[q.parent] ?? null);
      const info = this.st.insertQuotation.run(
        documentId,
        q.start,
        q.end,
        q.open,
        q.close,
        q.kind,
        parentId === null ? 0 : Math.max(1, q.depth),
        parentId,
      );
      ids.push(Number(info.lastInsertRowid));
    }
  }

  quotations(documentId: number): QuoteView[] {
    const rows = this.db
      .prepare(
        `SELECT id, start_offset AS start, end_offset AS "end", open_offset AS open, close_offset AS close, kind, depth,
           parent_id AS parentId FROM quotations WHERE document_id = ? ORDER BY start_offset, id`,
      )
      .all(documentId) as Array<Omit<QuoteView, 'open' | 'close'> & { open: number | null; close: number | null }>;
    // The table keeps the position of each mark; marks are one code unit long (« » „ “ " ‚ ‘ ...).
    return rows.map((r) => ({
      ...r,
      open: r.open === null ? null : { start: r.open, end: r.open + 1 },
      close: r.close === null ? null : { start: r.close, end: r.close + 1 },
    }));
  }

  // Links --------------------------------------------------------------------------------

  link(id: number): StoredLink | undefined {
    const r = this.st.linkById.get(id) as RawLink | undefined;
    return r && toLink(r);
  }

  links(projectId: number): StoredLink[] {
    return (this.st.linksOfProject.all(projectId) as RawLink[]).map(toLink);
  }

  insertLink(l: LinkRow): number {
    return Number(this.st.insertLink.run(linkParams(l)).lastInsertRowid);
  }

  /** Writes a link under its id (insert or overwrite); false when the id belongs to another project. */
  writeLink(l: LinkRow & { id: number }): boolean {
    return this.st.writeLink.run(linkParams(l)).changes > 0;
  }

  deleteLink(id: number): boolean {
    return this.st.deleteLink.run(id).changes > 0;
  }

  counts(projectId: number): Array<{ kind: LinkKind; status: LinkStatus; n: number; scoreSum: number | null; low: number; recheck: number }> {
    return this.db
      .prepare(
        `SELECT kind, status, COUNT(*) AS n, SUM(score) AS scoreSum, COALESCE(SUM(score < 0.5), 0) AS low,
           COALESCE(SUM(recheck_before IS NOT NULL), 0) AS recheck
         FROM alignment_links WHERE project_id = ? GROUP BY kind, status`,
      )
      .all(projectId) as Array<{ kind: LinkKind; status: LinkStatus; n: number; scoreSum: number | null; low: number; recheck: number }>;
  }

  translationCount(projectId: number): number {
    return (
      this.db
        .prepare(
          'SELECT COUNT(*) AS n FROM checked_translations t JOIN alignment_links l ON l.id = t.link_id WHERE l.project_id = ?',
        )
        .get(projectId) as { n: number }
    ).n;
  }

  // Checked translations -----------------------------------------------------------------

  /** Inserts or updates a link's checked translation; the table's triggers write the history. */
  saveTranslation(linkId: number, t: TranslationSnapshot, createdAt: string): number {
    this.db
      .prepare(
        `INSERT INTO checked_translations (link_id, text, status, note, updated_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (link_id) DO UPDATE SET text = excluded.text, status = excluded.status, note = excluded.note,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(linkId, t.text, t.status, t.note, t.updatedBy, createdAt, t.updatedAt);
    return (this.db.prepare('SELECT id FROM checked_translations WHERE link_id = ?').get(linkId) as { id: number }).id;
  }

  setTranslationStatus(linkId: number, status: TranslationStatus, who: string, now: string): void {
    this.db
      .prepare('UPDATE checked_translations SET status = ?, updated_by = ?, updated_at = ? WHERE link_id = ?')
      .run(status, who, now, linkId);
  }

  deleteTranslation(linkId: number): void {
    this.db.prepare('DELETE FROM checked_translations WHERE link_id = ?').run(linkId);
  }

  history(linkId: number): HistoryEntry[] {
    return this.db
      .prepare(
        `SELECT id, action, who, at, before_text AS beforeText, after_text AS afterText, before_status AS beforeStatus,
           after_status AS afterStatus, before_note AS beforeNote, after_note AS afterNote
         FROM translation_history WHERE link_id = ? ORDER BY id`,
      )
      .all(linkId) as HistoryEntry[];
  }

  /**
   * Whether any machine suggestion for this language pair is cached at all (read only; the MT
   * service owns the table): when none is, the per-text lookup is skipped.
   */
  anySuggestion(sourceLang: string, targetLang: string): boolean {
    const table = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mt_suggestions'").get();
    if (!table) return false;
    return (
      this.db.prepare('SELECT 1 FROM mt_suggestions WHERE source_lang = ? AND target_lang = ? LIMIT 1').get(sourceLang, targetLang) !==
      undefined
    );
  }

  /** The translation-memory unit an accepted link went into (read only; the TM owns the table). */
  tmUnitOfLink(linkId: number): number | null {
    const r = this.db.prepare('SELECT id FROM tm_units WHERE link_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1').get(linkId) as
      | { id: number }
      | undefined;
    return r?.id ?? null;
  }
}
