import type { AllHandlers } from './types';
import { appHandlers, documentHandlers, projectHandlers } from './projects';
import { fidelityHandlers, jobHandlers, reviewHandlers, workbenchHandlers } from './workbench';
import { glossaryHandlers, tmHandlers } from './tm';
import { mtHandlers } from './mt';
import { settingsHandlers } from './settings';
import { teamHandlers } from './team';
import { lexiconHandlers } from './lexicon';

/** Every contract channel's handler; the type makes a missing one a compile error. */
export const handlers: AllHandlers = {
  ...appHandlers,
  ...projectHandlers,
  ...documentHandlers,
  ...workbenchHandlers,
  ...reviewHandlers,
  ...tmHandlers,
  ...glossaryHandlers,
  ...mtHandlers,
  ...settingsHandlers,
  ...jobHandlers,
  ...teamHandlers,
  ...fidelityHandlers,
  ...lexiconHandlers,
};
