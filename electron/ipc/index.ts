import type { AllHandlers } from './types';
import { appHandlers, documentHandlers, projectHandlers } from './projects';

/** Every contract channel's handler; the type makes a missing one a compile error. */
export const handlers: AllHandlers = {
  ...appHandlers,
  ...projectHandlers,
  ...documentHandlers,
};
