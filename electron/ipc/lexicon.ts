import type { HandlerGroup } from './types';

export const lexiconHandlers: HandlerGroup<'lexicon'> = {
  'lexicon.list': (req, s) => ({ lexicons: s.lexicons.list(req.projectId), learned: s.lexicons.learnedSize() }),
  'lexicon.import': (req, s) =>
    s.lexicons.import(
      { name: req.fileName, bytes: Buffer.from(req.dataBase64, 'base64') },
      { projectId: req.projectId ?? null, ...(req.format ? { format: req.format } : {}), ...(req.jobId ? { jobId: req.jobId } : {}) },
    ),
  'lexicon.importProgress': (req, s) => s.lexicons.progress(req.jobId),
  'lexicon.cancelImport': (req, s) => s.lexicons.cancel(req.jobId),
  'lexicon.remove': (req, s) => s.lexicons.remove(req.id),
  'lexicon.assist': (req, s) => s.lexicons.onlineAssist(req.projectId),
  'lexicon.setAssist': (req, s) => s.lexicons.setOnlineAssist(req.projectId, req.enabled),
  'lexicon.assistEstimate': (req, s) => s.workbench.assistEstimate(req.projectId),
};
