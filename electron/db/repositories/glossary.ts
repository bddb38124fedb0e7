import type { GlossaryTerm } from '../../../shared/tm/types';
import type { Db } from '../connection';

interface TermRow {
  id: number;
  project_id: number | null;
  source_lang: string;
  target_lang: string;
  source_term: string;
  target_term: string;
  note: string | null;
  created_at: string;
}

const toTerm = (r: TermRow): GlossaryTerm => ({
  id: r.id,
  projectId: r.project_id,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  sourceTerm: r.source_term,
  targetTerm: r.target_term,
  note: r.note,
  created: r.created_at,
});

const COLUMNS = 'id, project_id, source_lang, target_lang, source_term, target_term, note, created_at';

/** Glossary SQL. */
export class GlossaryRepository {
  constructor(private readonly db: Db) {}

  /** Terms of a project plus the global ones (projectId undefined: every term). */
  list(filter: { projectId?: number | null; sourceLang?: string; targetLang?: string; search?: string }): GlossaryTerm[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.projectId !== undefined) {
      if (filter.projectId === null) where.push('project_id IS NULL');
      else {
        where.push('(project_id = ? OR project_id IS NULL)');
        args.push(filter.projectId);
      }
    }
    if (filter.sourceLang) {
      where.push('source_lang = ?');
      args.push(filter.sourceLang);
    }
    if (filter.targetLang) {
      where.push('target_lang = ?');
      args.push(filter.targetLang);
    }
    if (filter.search) {
      where.push('instr(source_key, ?) > 0');
      args.push(filter.search);
    }
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM glossary_terms ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY source_key, id`)
      .all(...args) as TermRow[];
    return rows.map(toTerm);
  }

  get(id: number): GlossaryTerm | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM glossary_terms WHERE id = ?`).get(id) as TermRow | undefined;
    return row && toTerm(row);
  }

  /** Adds a term; returns the existing id when the same pair is already in that scope. */
  add(t: Omit<GlossaryTerm, 'id' | 'created'> & { sourceKey: string }, now: string): { id: number; created: boolean } {
    const info = this.db
      .prepare(
        `INSERT INTO glossary_terms (project_id, source_lang, target_lang, source_term, target_term, source_key, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(t.projectId, t.sourceLang, t.targetLang, t.sourceTerm, t.targetTerm, t.sourceKey, t.note, now);
    if (info.changes > 0) return { id: Number(info.lastInsertRowid), created: true };
    const id = this.db
      .prepare(
        `SELECT id FROM glossary_terms WHERE COALESCE(project_id, 0) = COALESCE(?, 0) AND source_lang = ? AND target_lang = ?
         AND source_key = ? AND target_term = ?`,
      )
      .pluck()
      .get(t.projectId, t.sourceLang, t.targetLang, t.sourceKey, t.targetTerm) as number;
    return { id, created: false };
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM glossary_terms WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM glossary_terms').pluck().get() as number;
  }
}
