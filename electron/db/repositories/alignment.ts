import type { Span } from '../../../shared/types';
import type { Db } from '../connection';

export type LinkKind = 'quote' | 'sentence';
export type LinkStatus = 'auto' | 'confirmed' | 'rejected' | 'no_source';
export type TranslationStatus = 'draft' | 'translated' | 'reviewed' | 'approved' | 'rejected';

/** A link between a source span (absent for `no_source`) and a target span. */
export interface AlignmentLink {
  id: number;
  projectId: number;
  kind: LinkKind;
  source: Span | null;
  sourceSegments: { from: number; to: number } | null;
  target: Span;
  targetSegments: { from: number; to: number } | null;
  status: LinkStatus;
  score: number | null;
  who: string;
  createdAt: string;
  updatedAt: string;
}

export type NewLink = Omit<AlignmentLink, 'id' | 'createdAt' | 'updatedAt'>;

/** A checked translation of a link and one entry of its history. */
export interface CheckedTranslation {
  id: number;
  linkId: number;
  text: string;
  status: TranslationStatus;
  note: string | null;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEntry {
  id: number;
  action: 'insert' | 'update' | 'delete';
  who: string;
  at: string;
  before: { text: string | null; status: string | null; note: string | null };
  after: { text: string | null; status: string | null; note: string | null };
}

interface LinkRow {
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
}

const toLink = (r: LinkRow): AlignmentLink => ({
  id: r.id,
  projectId: r.project_id,
  kind: r.kind,
  source: r.source_start === null || r.source_end === null ? null : { start: r.source_start, end: r.source_end },
  sourceSegments: r.source_seg_from === null || r.source_seg_to === null ? null : { from: r.source_seg_from, to: r.source_seg_to },
  target: { start: r.target_start, end: r.target_end },
  targetSegments: r.target_seg_from === null || r.target_seg_to === null ? null : { from: r.target_seg_from, to: r.target_seg_to },
  status: r.status,
  score: r.score,
  who: r.who,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Alignment links and checked translations; the history is written by triggers (migration 0003). */
export class AlignmentRepository {
  constructor(private readonly db: Db) {}

  addLink(l: NewLink, now: string): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO alignment_links (project_id, kind, source_start, source_end, source_seg_from, source_seg_to,
             target_start, target_end, target_seg_from, target_seg_to, status, score, who, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          l.projectId,
          l.kind,
          l.source?.start ?? null,
          l.source?.end ?? null,
          l.sourceSegments?.from ?? null,
          l.sourceSegments?.to ?? null,
          l.target.start,
          l.target.end,
          l.targetSegments?.from ?? null,
          l.targetSegments?.to ?? null,
          l.status,
          l.score,
          l.who,
          now,
          now,
        ).lastInsertRowid,
    );
  }

  link(id: number): AlignmentLink | undefined {
    const row = this.db.prepare('SELECT * FROM alignment_links WHERE id = ?').get(id) as LinkRow | undefined;
    return row && toLink(row);
  }

  links(projectId: number, kind?: LinkKind): AlignmentLink[] {
    const rows = (
      kind
        ? this.db.prepare('SELECT * FROM alignment_links WHERE project_id = ? AND kind = ? ORDER BY target_start, id').all(projectId, kind)
        : this.db.prepare('SELECT * FROM alignment_links WHERE project_id = ? ORDER BY kind, target_start, id').all(projectId)
    ) as LinkRow[];
    return rows.map(toLink);
  }

  setLinkStatus(id: number, status: LinkStatus, who: string, now: string): boolean {
    return this.db.prepare('UPDATE alignment_links SET status = ?, who = ?, updated_at = ? WHERE id = ?').run(status, who, now, id).changes > 0;
  }

  deleteLink(id: number): boolean {
    return this.db.prepare('DELETE FROM alignment_links WHERE id = ?').run(id).changes > 0;
  }

  /** Sets (inserts or changes) the checked translation of a link; the triggers record the change. */
  setTranslation(linkId: number, t: { text: string; status: TranslationStatus; note?: string | null }, who: string, now: string): CheckedTranslation {
    this.db
      .prepare(
        `INSERT INTO checked_translations (link_id, text, status, note, updated_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (link_id) DO UPDATE SET text = excluded.text, status = excluded.status, note = excluded.note,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(linkId, t.text, t.status, t.note ?? null, who, now, now);
    return this.translation(linkId)!;
  }

  translation(linkId: number): CheckedTranslation | undefined {
    return this.db
      .prepare(
        `SELECT id, link_id AS linkId, text, status, note, updated_by AS updatedBy, created_at AS createdAt, updated_at AS updatedAt
         FROM checked_translations WHERE link_id = ?`,
      )
      .get(linkId) as CheckedTranslation | undefined;
  }

  /** Every change to the link's translation, oldest first (kept after the link is deleted). */
  history(linkId: number): HistoryEntry[] {
    const rows = this.db
      .prepare(
        `SELECT id, action, who, at, before_text, after_text, before_status, after_status, before_note, after_note
         FROM translation_history WHERE link_id = ? ORDER BY id`,
      )
      .all(linkId) as {
      id: number;
      action: HistoryEntry['action'];
      who: string;
      at: string;
      before_text: string | null;
      after_text: string | null;
      before_status: string | null;
      after_status: string | null;
      before_note: string | null;
      after_note: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      who: r.who,
      at: r.at,
      before: { text: r.before_text, status: r.before_status, note: r.before_note },
      after: { text: r.after_text, status: r.after_status, note: r.after_note },
    }));
  }
}
