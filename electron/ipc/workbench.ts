import { projectKey } from '../services/workbench/align-jobs';
import type { HandlerGroup } from './types';

export const workbenchHandlers: HandlerGroup<'workbench'> = {
  'workbench.align': (req, s) => s.workbench.align(req.projectId, req.mode, req.jobId),
  'workbench.alignProgress': (req, s) => s.workbench.alignProgress(req.jobId),
  'workbench.cancelAlign': (req, s) => s.workbench.cancelAlign(req.jobId),
  'workbench.view': (req, s) => s.workbench.view(req.projectId),
  'workbench.stats': (req, s) => s.workbench.stats(req.projectId),
  'workbench.setSource': (req, s) => s.workbench.setSource(req.linkId, req.source),
  'workbench.setStatus': (req, s) => s.workbench.setStatus(req.linkId, req.status),
  'workbench.link': (req, s) => s.workbench.link(req.projectId, req.kind, req.source, req.target),
  'workbench.unlink': (req, s) => s.workbench.unlink(req.linkId),
  'workbench.split': (req, s) => s.workbench.split(req.linkId, req.at),
  'workbench.merge': (req, s) => s.workbench.merge(req.linkIds),
  'workbench.restore': (req, s) => s.workbench.restore(req.projectId, req.links, req.remove),
  'workbench.export': (req, s) => s.jobs.run('workbench.export', req, { key: projectKey(req.projectId), jobId: req.jobId }),
  'workbench.exportCount': (req, s) => s.workbench.exportCount(req),
  'workbench.updateSourceText': (req, s) => s.workbench.updateSourceText(req.projectId, req.text, req.edits, req.restore),
};

export const reviewHandlers: HandlerGroup<'review'> = {
  'review.accept': (req, s) => s.workbench.accept(req),
  'review.reject': (req, s) => s.workbench.reject(req.linkId),
  'review.history': (req, s) => s.workbench.history(req.linkId),
  'review.reviewer': (_req, s) => s.workbench.reviewerName(),
  'review.setReviewer': (req, s) => s.workbench.setReviewerName(req.name),
};

export const jobHandlers: HandlerGroup<'jobs'> = {
  'jobs.progress': (req, s) => s.jobs.progress(req.jobId),
  'jobs.cancel': (req, s) => s.jobs.cancel(req.jobId),
};

export const fidelityHandlers: HandlerGroup<'fidelity'> = {
  'fidelity.list': (req, s) => s.workbench.fidelityList(req.projectId),
  'fidelity.setVerdict': (req, s) => s.workbench.setVerdict(req.linkId, req.verdict, req.comment),
  'fidelity.history': (req, s) => s.workbench.verdictHistory(req.linkId),
};
