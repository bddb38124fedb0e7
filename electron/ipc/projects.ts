import { importPastedText } from '../services/import';
import type { HandlerGroup } from './types';

export const appHandlers: HandlerGroup<'app'> = {
  'app.info': (_req, s) => ({
    name: 'Sverka',
    version: s.version,
    shell: s.shell === 'electron' ? 'electron' : 'web',
    platform: process.platform,
  }),
};

export const projectHandlers: HandlerGroup<'projects'> = {
  'projects.list': (_req, s) => s.projects.list(),
  'projects.create': (req, s) => s.projects.create(req.name, req.sourceLang, req.targetLang),
  'projects.open': (req, s) => {
    // The project's team memories get a ready connection while the user looks at the project.
    s.team.warmInBackground(req.id);
    return s.projects.open(req.id);
  },
  'projects.rename': (req, s) => s.projects.rename(req.id, req.name),
  'projects.delete': (req, s) => s.projects.delete(req.id),
};

export const documentHandlers: HandlerGroup<'documents'> = {
  // Pasted text passes the same gate as a file: empty and oversized texts are refused.
  'documents.addText': (req, s) => s.projects.addText({ ...req, text: importPastedText(req.text).text }),
  'documents.importFile': (req, s) =>
    s.projects.importFile({
      projectId: req.projectId,
      role: req.role,
      lang: req.lang,
      fileName: req.fileName,
      bytes: Buffer.from(req.dataBase64, 'base64'),
      encoding: req.encoding,
      acceptMismatch: req.acceptMismatch,
    }),
  'documents.get': (req, s) => s.projects.document(req.id),
};
