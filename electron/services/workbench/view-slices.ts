import type { TextRange, WorkbenchLink, WorkbenchView } from '../../../shared/ipc/channels/workbench';

/**
 * A workbench view crosses from a job worker to the main thread in slices: a book-length
 * project's view is tens of thousands of links and segments, and copying it in as one message
 * blocks the main thread for a tenth of a second or more. The long lists go ahead in slices
 * (`sendViewInSlices` in the worker, `ViewAssembler` on the main thread), each copied in its
 * own turn of the event loop; the rest of the view (the texts are single strings, cheap to
 * copy) comes with the job's answer.
 */
export type ViewSlice = { part: 'links'; items: WorkbenchLink[] } | { part: 'source' | 'target'; items: TextRange[] };

/** Links per slice; segments per slice are four times this (they are four times smaller). */
const LINKS_PER_SLICE = 1000;

/** Emits the view's long lists in slices and returns the view without them. */
export async function sendViewInSlices(view: WorkbenchView, emit: (slice: ViewSlice) => Promise<void>): Promise<WorkbenchView> {
  for (let i = 0; i < view.links.length; i += LINKS_PER_SLICE) await emit({ part: 'links', items: view.links.slice(i, i + LINKS_PER_SLICE) });
  for (const part of ['source', 'target'] as const) {
    const segs = view[part].segments;
    for (let i = 0; i < segs.length; i += 4 * LINKS_PER_SLICE) await emit({ part, items: segs.slice(i, i + 4 * LINKS_PER_SLICE) });
  }
  return { ...view, links: [], source: { ...view.source, segments: [] }, target: { ...view.target, segments: [] } };
}

/** Collects the slices on the main thread and puts the view together again. */
export class ViewAssembler {
  private readonly links: WorkbenchLink[] = [];
  private readonly segments: Record<'source' | 'target', TextRange[]> = { source: [], target: [] };

  take(slice: ViewSlice): void {
    const into = slice.part === 'links' ? this.links : this.segments[slice.part];
    for (const x of slice.items as readonly (WorkbenchLink | TextRange)[]) (into as (WorkbenchLink | TextRange)[]).push(x);
  }

  view(rest: WorkbenchView): WorkbenchView {
    return {
      ...rest,
      links: [...rest.links, ...this.links],
      source: { ...rest.source, segments: [...rest.source.segments, ...this.segments.source] },
      target: { ...rest.target, segments: [...rest.target.segments, ...this.segments.target] },
    };
  }
}
