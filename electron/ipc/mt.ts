import type { HandlerGroup } from './types';
import { setKeyUnsupported } from '../services/mt';

/**
 * MT handlers. None of them ever returns the key: `mt.setKey` answers with where a key is set,
 * and failures carry messages written by the service, never text from DeepL or deepl-node.
 */
export const mtHandlers: HandlerGroup<'mt'> = {
  'mt.status': (req, s) => s.mt.status(req.refresh),
  'mt.setKey': async (req, s) => {
    // Only the desktop app has an encrypted store; a browser tab must not plant a key.
    if (s.shell !== 'electron') throw setKeyUnsupported();
    if ('clear' in req) return s.mt.clearKey();
    return s.mt.setKey(req.key);
  },
  'mt.estimate': (req, s) => s.mt.estimate(req),
  'mt.translate': (req, s) => s.mt.translate(req),
  'mt.cancel': (req, s) => s.mt.cancel(req.batchId),
  'mt.review': (req, s) => s.mt.review(req),
  'mt.reviewSummary': (req, s) => s.mt.reviewSummary(req.projectId),
};
