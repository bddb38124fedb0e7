import { z } from 'zod';
import { base64Length, formatMiB, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from '../../limits';
import { channel } from './define';

export const Id = z.number().int().positive();
const Lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language code such as ru or de');
const Name = z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters');
export const Role = z.enum(['source', 'target']);
export type Role = z.infer<typeof Role>;

/** A project as listed. */
export interface ProjectSummary {
  id: number;
  name: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  updatedAt: string;
  openedAt: string | null;
  documentCount: number;
  /** What the project is about (the demo says its texts are invented); null when none was given. */
  description: string | null;
}

/** A document without its text (lists); `DocumentFull` carries the text. */
export interface DocumentSummary {
  id: number;
  projectId: number;
  role: Role;
  lang: string;
  fileName: string | null;
  encoding: string | null;
  format: string;
  length: number;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentFull extends DocumentSummary {
  text: string;
}

export interface ProjectDetail extends ProjectSummary {
  documents: DocumentSummary[];
}

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'web' behind the loopback bridge. */
  shell: 'electron' | 'web';
  platform: string;
}

/**
 * A text in another script than its slot's language (German in the Russian slot) is refused
 * with LANG_MISMATCH, nothing stored, so the user can be asked; true imports it all the same.
 */
const AcceptMismatch = z.boolean().default(false);

export const projectChannels = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  'projects.list': channel<ProjectSummary[]>()(z.object({}).strict()),
  'projects.create': channel<ProjectDetail>()(
    z.object({ name: Name, sourceLang: Lang.default('ru'), targetLang: Lang.default('de') }).strict(),
  ),
  'projects.open': channel<ProjectDetail>()(z.object({ id: Id }).strict()),
  'projects.rename': channel<ProjectSummary>()(z.object({ id: Id, name: Name }).strict()),
  'projects.delete': channel<{ deleted: true }>()(z.object({ id: Id }).strict()),
  'documents.addText': channel<DocumentSummary>()(
    z
      .object({
        projectId: Id,
        role: Role,
        lang: Lang,
        text: z.string().max(MAX_DOCUMENT_CHARS, `the text is longer than ${MAX_DOCUMENT_CHARS} characters`),
        fileName: z.string().max(260).nullable().default(null),
        acceptMismatch: AcceptMismatch,
      })
      .strict(),
  ),
  'documents.importFile': channel<DocumentSummary & { warnings: string[] }>()(
    z
      .object({
        projectId: Id,
        role: Role,
        lang: Lang,
        fileName: z.string().min(1).max(260),
        /** File bytes, base64: the renderer reads the file itself (works in the app and the browser). */
        dataBase64: z.string().max(base64Length(MAX_DOCUMENT_BYTES), `the file is larger than ${formatMiB(MAX_DOCUMENT_BYTES)}`),
        encoding: z.string().max(40).nullable().default(null),
        acceptMismatch: AcceptMismatch,
      })
      .strict(),
  ),
  'documents.get': channel<DocumentFull>()(z.object({ id: Id }).strict()),
} as const;
