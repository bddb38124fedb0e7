import type { LinkSnapshot } from '../ipc/channels/workbench';

/**
 * Is this link the user's (kept by re-alignment, shown as their decision) rather than an
 * automatic proposal? The one rule the main process and the renderer share.
 */
export function isUserLink(l: Pick<LinkSnapshot, 'status' | 'who'> & { recheck?: LinkSnapshot['recheck'] | undefined }): boolean {
  // A link waiting for the user's re-check after an edit of the original is theirs to decide.
  if (l.recheck) return true;
  return l.status === 'confirmed' || l.status === 'rejected' || (l.status === 'no_source' && l.who !== 'auto');
}
