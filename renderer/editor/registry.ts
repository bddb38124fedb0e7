import type { monaco } from './monaco';

export type Side = 'source' | 'target';

/**
 * The two mounted editors, for commands that act on an editor from outside it (link the Russian
 * selection, reveal a row). Only components under features/project mount them.
 */
export const editors: { source: monaco.editor.IStandaloneCodeEditor | null; target: monaco.editor.IStandaloneCodeEditor | null } = {
  source: null,
  target: null,
};
