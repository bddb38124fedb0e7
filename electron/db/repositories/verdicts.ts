import type { QuoteVerdict, Verdict, VerdictHistoryEntry } from '../../../shared/ipc/channels/fidelity';
import type { Db } from '../connection';

interface RawVerdict {
  link_id: number;
  verdict: Verdict;
  comment: string;
  updated_by: string;
  updated_at: string;
}

const toVerdict = (r: RawVerdict): QuoteVerdict => ({ verdict: r.verdict, comment: r.comment, by: r.updated_by, at: r.updated_at });

/** Verdicts on quotation links and their history (written by the table's triggers). */
export class VerdictRepository {
  constructor(private readonly db: Db) {}

  /** Every verdict of a project's links, by link id. */
  forProject(projectId: number): Map<number, QuoteVerdict> {
    const rows = this.db
      .prepare(
        `SELECT v.link_id, v.verdict, v.comment, v.updated_by, v.updated_at FROM quote_verdicts v
         JOIN alignment_links l ON l.id = v.link_id WHERE l.project_id = ?`,
      )
      .all(projectId) as RawVerdict[];
    return new Map(rows.map((r) => [r.link_id, toVerdict(r)]));
  }

  get(linkId: number): QuoteVerdict | null {
    const r = this.db
      .prepare('SELECT link_id, verdict, comment, updated_by, updated_at FROM quote_verdicts WHERE link_id = ?')
      .get(linkId) as RawVerdict | undefined;
    return r ? toVerdict(r) : null;
  }

  /** Inserts or updates a link's verdict. */
  set(linkId: number, v: QuoteVerdict): void {
    this.db
      .prepare(
        `INSERT INTO quote_verdicts (link_id, verdict, comment, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (link_id) DO UPDATE SET verdict = excluded.verdict, comment = excluded.comment,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(linkId, v.verdict, v.comment, v.by, v.at, v.at);
  }

  /** Removes a link's verdict, signing the deletion in the history; true when there was one. */
  clear(linkId: number, who: string, at: string): boolean {
    // The delete trigger signs with the last writer; sign it with the one who clears it.
    this.db.prepare('UPDATE quote_verdicts SET updated_by = ?, updated_at = ? WHERE link_id = ?').run(who, at, linkId);
    return this.db.prepare('DELETE FROM quote_verdicts WHERE link_id = ?').run(linkId).changes > 0;
  }

  history(linkId: number): VerdictHistoryEntry[] {
    return this.db
      .prepare(
        `SELECT id, action, who, at, before_verdict AS beforeVerdict, after_verdict AS afterVerdict,
           before_comment AS beforeComment, after_comment AS afterComment
         FROM quote_verdict_history WHERE link_id = ? ORDER BY id`,
      )
      .all(linkId) as VerdictHistoryEntry[];
  }
}
