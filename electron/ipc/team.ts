import { SverkaError } from '../../shared/errors';
import type { HandlerGroup } from './types';

const passwordOnlyInApp = () =>
  new SverkaError(
    'UNSUPPORTED',
    'The team memory password can only be entered in the desktop app. For the browser version and the CLI, put it into SVERKA_TEAM_URL or into team.password in the Sverka data folder (readable only by you), and restart.',
  );

/** Team memory handlers: none returns the password, and only the desktop app may store one. */
export const teamHandlers: HandlerGroup<'team'> = {
  'team.status': (req, s) => s.team.status(req.check),
  'team.configure': (req, s) => {
    const { password, ...input } = req;
    if (password !== undefined && s.shell !== 'electron') throw passwordOnlyInApp();
    return s.team.configure(input, password);
  },
  'team.setPassword': (req, s) => {
    if (s.shell !== 'electron') throw passwordOnlyInApp();
    return s.team.setPassword('clear' in req ? null : req.password);
  },
  'team.clear': (_req, s) => s.team.clearSettings(),
  'team.lookup': (req, s) =>
    s.team.lookup(req.text, {
      projectId: req.projectId ?? null,
      sourceLang: req.sourceLang,
      targetLang: req.targetLang,
      minScore: req.minScore,
      limit: req.limit,
    }),
  'team.sync': async (req, s) => ({ results: await s.team.syncNow(req.projectId ?? null) }),
  'team.projectMemories': (req, s) => s.team.projectMemories(req.projectId),
  'team.setProjectMemories': (req, s) => s.team.setProjectMemories(req.projectId, 'reset' in req ? null : { read: req.read, write: req.write }),
};
