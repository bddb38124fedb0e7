import type { Db } from '../connection';
import type { DocumentFull, DocumentSummary, ProjectSummary, Role } from '../../../shared/ipc/channels/projects';

interface ProjectRow {
  id: number;
  name: string;
  source_lang: string;
  target_lang: string;
  created_at: string;
  updated_at: string;
  opened_at: string | null;
  document_count: number;
  description: string | null;
}

interface DocumentRow {
  id: number;
  project_id: number;
  role: Role;
  lang: string;
  file_name: string | null;
  encoding: string | null;
  format: string;
  length: number;
  content_hash: string;
  created_at: string;
  updated_at: string;
  text?: string;
}

const toProject = (r: ProjectRow): ProjectSummary => ({
  id: r.id,
  name: r.name,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  openedAt: r.opened_at,
  documentCount: r.document_count,
  description: r.description,
});

const toDocument = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  projectId: r.project_id,
  role: r.role,
  lang: r.lang,
  fileName: r.file_name,
  encoding: r.encoding,
  format: r.format,
  length: r.length,
  contentHash: r.content_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const PROJECT_COLUMNS = `p.id, p.name, p.source_lang, p.target_lang, p.created_at, p.updated_at, p.opened_at, p.description,
  (SELECT COUNT(*) FROM documents d WHERE d.project_id = p.id) AS document_count`;
const DOCUMENT_COLUMNS = `id, project_id, role, lang, file_name, encoding, format, length(text) AS length,
  content_hash, created_at, updated_at`;

export interface NewDocument {
  projectId: number;
  role: Role;
  lang: string;
  text: string;
  fileName: string | null;
  encoding: string | null;
  format: string;
  contentHash: string;
}

/** The only place project and document SQL lives. */
export class ProjectRepository {
  constructor(private readonly db: Db) {}

  list(): ProjectSummary[] {
    const rows = this.db
      .prepare(`SELECT ${PROJECT_COLUMNS} FROM projects p ORDER BY COALESCE(p.opened_at, p.updated_at) DESC, p.id DESC`)
      .all() as ProjectRow[];
    return rows.map(toProject);
  }

  get(id: number): ProjectSummary | undefined {
    const row = this.db.prepare(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.id = ?`).get(id) as
      | ProjectRow
      | undefined;
    return row && toProject(row);
  }

  create(name: string, sourceLang: string, targetLang: string, now: string, description: string | null = null): number {
    const info = this.db
      .prepare('INSERT INTO projects (name, source_lang, target_lang, created_at, updated_at, description) VALUES (?, ?, ?, ?, ?, ?)')
      .run(name, sourceLang, targetLang, now, now, description);
    return Number(info.lastInsertRowid);
  }

  rename(id: number, name: string, now: string): boolean {
    return this.db.prepare('UPDATE projects SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id).changes > 0;
  }

  touchOpened(id: number, now: string): void {
    this.db.prepare('UPDATE projects SET opened_at = ? WHERE id = ?').run(now, id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM projects WHERE id = ?').run(id).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n;
  }

  documents(projectId: number): DocumentSummary[] {
    const rows = this.db
      .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE project_id = ? ORDER BY role`)
      .all(projectId) as DocumentRow[];
    return rows.map(toDocument);
  }

  /** Adds or replaces the project's document in that role (a project has one of each). */
  upsertDocument(doc: NewDocument, now: string): number {
    this.db
      .prepare(
        `INSERT INTO documents (project_id, role, lang, text, file_name, encoding, format, content_hash, created_at, updated_at)
         VALUES (@projectId, @role, @lang, @text, @fileName, @encoding, @format, @contentHash, @now, @now)
         ON CONFLICT (project_id, role) DO UPDATE SET lang = excluded.lang, text = excluded.text,
           file_name = excluded.file_name, encoding = excluded.encoding, format = excluded.format,
           content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
      )
      .run({ ...doc, now });
    this.db.prepare('UPDATE projects SET updated_at = ? WHERE id = ?').run(now, doc.projectId);
    const row = this.db
      .prepare('SELECT id FROM documents WHERE project_id = ? AND role = ?')
      .get(doc.projectId, doc.role) as { id: number };
    return row.id;
  }

  document(id: number): DocumentFull | undefined {
    const row = this.db.prepare(`SELECT ${DOCUMENT_COLUMNS}, text FROM documents WHERE id = ?`).get(id) as
      | DocumentRow
      | undefined;
    return row && { ...toDocument(row), text: row.text ?? '' };
  }

  documentSummary(id: number): DocumentSummary | undefined {
    const row = this.db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id) as
      | DocumentRow
      | undefined;
    return row && toDocument(row);
  }
}
