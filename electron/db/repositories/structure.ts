import type { Db } from '../connection';

/** A stored sentence or heading; offsets are UTF-16 code units into the document text. */
export interface SegmentRecord {
  idx: number;
  start: number;
  end: number;
  kind: 'sentence' | 'heading';
  paragraph: number;
}

/** A stored quotation; `parentIdx` points into the same list (nesting). */
export interface QuotationRecord {
  start: number;
  end: number;
  openOffset: number | null;
  closeOffset: number | null;
  kind: 'quotation' | 'title' | 'term';
  depth: number;
  parentIdx: number | null;
}

/** Segments and quotations of documents: replaced as a whole whenever a text is re-analysed. */
export class StructureRepository {
  constructor(private readonly db: Db) {}

  replaceSegments(documentId: number, segments: readonly SegmentRecord[]): void {
    const del = this.db.prepare('DELETE FROM segments WHERE document_id = ?');
    const ins = this.db.prepare(
      'INSERT INTO segments (document_id, idx, start_offset, end_offset, kind, paragraph) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      del.run(documentId);
      for (const s of segments) ins.run(documentId, s.idx, s.start, s.end, s.kind, s.paragraph);
    })();
  }

  segments(documentId: number): SegmentRecord[] {
    return this.db
      .prepare(
        `SELECT idx, start_offset AS start, end_offset AS "end", kind, paragraph FROM segments
         WHERE document_id = ? ORDER BY idx`,
      )
      .all(documentId) as SegmentRecord[];
  }

  /** Replaces the document's quotations; parents must come before their children. */
  replaceQuotations(documentId: number, quotes: readonly QuotationRecord[]): number[] {
    const del = this.db.prepare('DELETE FROM quotations WHERE document_id = ?');
    const ins = this.db.prepare(
      `INSERT INTO quotations (document_id, start_offset, end_offset, open_offset, close_offset, kind, depth, parent_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.db.transaction(() => {
      del.run(documentId);
      const ids: number[] = [];
      for (const q of quotes) {
        const parent = q.parentIdx === null ? null : ids[q.parentIdx];
        if (q.parentIdx !== null && parent === undefined) throw new RangeError('A quotation parent must come before its children.');
        ids.push(
          Number(ins.run(documentId, q.start, q.end, q.openOffset, q.closeOffset, q.kind, q.depth, parent ?? null).lastInsertRowid),
        );
      }
      return ids;
    })();
  }

  quotations(documentId: number): (QuotationRecord & { id: number; parentId: number | null })[] {
    const rows = this.db
      .prepare(
        `SELECT id, start_offset AS start, end_offset AS "end", open_offset AS openOffset, close_offset AS closeOffset,
           kind, depth, parent_id AS parentId FROM quotations WHERE document_id = ? ORDER BY start_offset, depth, id`,
      )
      .all(documentId) as (Omit<QuotationRecord, 'parentIdx'> & { id: number; parentId: number | null })[];
    const index = new Map(rows.map((r, i) => [r.id, i]));
    return rows.map((r) => ({ ...r, parentIdx: r.parentId === null ? null : (index.get(r.parentId) ?? null) }));
  }
}
