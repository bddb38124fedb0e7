import { importMemory, MEMORY_KEY } from '../services/jobs';
import type { TmExportArgs, TmExportOutcome } from '../services/jobs/job-table';
import type { HandlerGroup } from './types';

const langs = (req: { sourceLang?: string | undefined; targetLang?: string | undefined }) => ({
  ...(req.sourceLang ? { sourceLang: req.sourceLang } : {}),
  ...(req.targetLang ? { targetLang: req.targetLang } : {}),
});

export const tmHandlers: HandlerGroup<'tm'> = {
  'tm.lookup': (req, s) => ({
    matches: s.tm.lookup(req.text, { ...langs(req), minScore: req.minScore, limit: req.limit }),
  }),
  'tm.concordance': async (req, s) => ({
    hits: await s.tm.concordanceYielding(req.text, { ...langs(req), side: req.side, limit: req.limit }),
  }),
  'tm.stats': (_req, s) => s.tm.stats(),
  'tm.add': (req, s) => s.tm.add(req.units),
  'tm.importFile': (req, s) => {
    // The open project's pair serves files that name no languages; it never filters a TMX.
    const project = req.projectId !== undefined ? s.projects.detail(req.projectId) : undefined;
    const fallback = project ? { fallback: { sourceLang: project.sourceLang, targetLang: project.targetLang } } : {};
    return importMemory(s.jobs, s.tm, { bytes: Buffer.from(req.dataBase64, 'base64'), fileName: req.fileName, options: { ...langs(req), ...fallback } }, req.jobId);
  },
  'tm.export': async (req, s) => {
    const args: TmExportArgs = { format: req.format, filter: langs(req), allowFormulas: req.allowFormulas };
    const slices: string[] = [];
    const out = await s.jobs.run<TmExportOutcome>('tm.export', args, { key: MEMORY_KEY, jobId: req.jobId, onItems: (b64) => slices.push(b64 as string) });
    return { dataBase64: slices.join(''), fileName: out.fileName ?? '', units: out.units };
  },
};

export const glossaryHandlers: HandlerGroup<'glossary'> = {
  'glossary.list': (req, s) => ({
    terms: s.tm.listGlossary({
      ...(req.projectId !== undefined ? { projectId: req.projectId } : {}),
      ...langs(req),
      ...(req.search ? { search: req.search } : {}),
    }),
  }),
  'glossary.add': (req, s) => s.tm.addGlossaryTerm(req),
  'glossary.remove': (req, s) => s.tm.removeGlossaryTerm(req.id),
};
