import { createHash } from 'node:crypto';
import { SverkaError } from '../../shared/errors';
import { checkLanguageFit } from '../../shared/text/script';
import type {
  DocumentFull,
  DocumentSummary,
  ProjectDetail,
  ProjectSummary,
  Role,
} from '../../shared/ipc/channels/projects';
import type { Db } from '../db/connection';
import { ProjectRepository } from '../db/repositories/projects';

/** What a file import yields before it is stored. */
export interface ImportedText {
  text: string;
  encoding: string | null;
  format: string;
  warnings: string[];
}

/** Turns file bytes into a document's text; the text engine supplies the full implementation. */
export type FileDecoder = (bytes: Uint8Array, fileName: string, encoding: string | null) => Promise<ImportedText>;

/** Strict UTF-8, the foundation's decoder: refuses binary data and invalid byte sequences. */
export const utf8Decoder: FileDecoder = async (bytes, fileName) => {
  if (bytes.length === 0) throw new SverkaError('EMPTY_INPUT', `${fileName} is empty.`);
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new SverkaError('BINARY_FILE', `${fileName} looks like a binary file, not text.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SverkaError('DECODE_FAILED', `${fileName} is not valid UTF-8 text. Choose its encoding explicitly.`);
  }
  return { text, encoding: 'utf-8', format: 'txt', warnings: [] };
};

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Projects and their two documents (Russian source, German target). */
export class ProjectService {
  private readonly repo: ProjectRepository;

  constructor(
    private readonly db: Db,
    private readonly decode: FileDecoder = utf8Decoder,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.repo = new ProjectRepository(db);
  }

  list(): ProjectSummary[] {
    return this.repo.list();
  }

  create(name: string, sourceLang = 'ru', targetLang = 'de', description: string | null = null): ProjectDetail {
    const id = this.repo.create(name.trim(), sourceLang, targetLang, this.now(), description);
    return this.detail(id);
  }

  open(id: number): ProjectDetail {
    this.requireProject(id);
    this.repo.touchOpened(id, this.now());
    return this.detail(id);
  }

  detail(id: number): ProjectDetail {
    const p = this.requireProject(id);
    return { ...p, documents: this.repo.documents(id) };
  }

  rename(id: number, name: string): ProjectSummary {
    if (!this.repo.rename(id, name.trim(), this.now())) throw notFound(id);
    return this.requireProject(id);
  }

  delete(id: number): { deleted: true } {
    if (!this.repo.delete(id)) throw notFound(id);
    return { deleted: true };
  }

  count(): number {
    return this.repo.count();
  }

  addText(input: {
    projectId: number;
    role: Role;
    lang: string;
    text: string;
    fileName: string | null;
    encoding?: string | null;
    format?: string;
    acceptMismatch?: boolean;
  }): DocumentSummary {
    const project = this.requireProject(input.projectId);
    if (!input.acceptMismatch) checkSlot(input.text, input.role, project);
    const id = this.db.transaction(() =>
      this.repo.upsertDocument(
        {
          projectId: input.projectId,
          role: input.role,
          lang: input.lang,
          text: input.text,
          fileName: input.fileName,
          encoding: input.encoding ?? null,
          format: input.format ?? 'txt',
          contentHash: contentHash(input.text),
        },
        this.now(),
      ),
    )();
    return this.repo.documentSummary(id)!;
  }

  async importFile(input: {
    projectId: number;
    role: Role;
    lang: string;
    fileName: string;
    bytes: Uint8Array;
    encoding: string | null;
    acceptMismatch?: boolean;
  }): Promise<DocumentSummary & { warnings: string[] }> {
    this.requireProject(input.projectId);
    const decoded = await this.decode(input.bytes, input.fileName, input.encoding);
    const doc = this.addText({
      projectId: input.projectId,
      role: input.role,
      lang: input.lang,
      text: decoded.text,
      fileName: input.fileName,
      encoding: decoded.encoding,
      format: decoded.format,
      acceptMismatch: input.acceptMismatch ?? false,
    });
    return { ...doc, warnings: decoded.warnings };
  }

  document(id: number): DocumentFull {
    const doc = this.repo.document(id);
    if (!doc) throw new SverkaError('NOT_FOUND', `There is no document ${id}.`);
    return doc;
  }

  private requireProject(id: number): ProjectSummary {
    const p = this.repo.get(id);
    if (!p) throw notFound(id);
    return p;
  }
}

/** Refuses a text whose script does not fit the language of the slot it is put into. */
function checkSlot(text: string, role: Role, project: ProjectSummary): void {
  const lang = role === 'source' ? project.sourceLang : project.targetLang;
  const fit = checkLanguageFit(text, lang);
  if (fit.fits) return;
  const slot = role === 'source' ? 'original' : 'translation';
  throw new SverkaError(
    'LANG_MISMATCH',
    `This text is mostly in ${fit.found ?? 'another'} script, not in the ${fit.expected} script of ${lang}, the language of the ${slot}. Nothing was imported; confirm to import it all the same.`,
    { role, lang, expected: fit.expected, found: fit.found, share: fit.share },
  );
}

function notFound(id: number): SverkaError {
  return new SverkaError('NOT_FOUND', `There is no project ${id}.`);
}
