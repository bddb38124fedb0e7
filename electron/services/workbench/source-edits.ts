import { SverkaError } from '../../../shared/errors';
import type { LinkSnapshotInput, SourceTextResult } from '../../../shared/ipc/channels/workbench';
import { segment } from '../../../shared/text/segment';
import type { StoredLink } from '../../db/repositories/workbench';
import { contentHash } from '../projects';
import type { WorkbenchContext } from './context';
import { segmentRows } from './document-state';
import type { LinkEdits } from './link-edits';
import { sameRange, snapshot } from './links';
import { diffEdit, mapOffset, mapSpan, normaliseEdits, spanRange, type Edit } from './offsets';
import type { WorkbenchReader } from './view';

/** Corrections of the Russian original's text, with every link's source carried through the edits. */
export class SourceEdits {
  constructor(
    private readonly cx: WorkbenchContext,
    private readonly reader: WorkbenchReader,
    private readonly links: LinkEdits,
  ) {}

  /**
   * The user corrected the Russian text. Every link's source is mapped through the edits; a
   * link whose source an edit touched keeps its status and is marked "needs re-check" with the
   * text it had before (a source deleted outright shrinks to the place it was). Nothing is
   * dropped: the user decides again.
   */
  updateSourceText(projectId: number, text: string, edits: readonly Edit[] | undefined, restore?: readonly LinkSnapshotInput[]): SourceTextResult {
    return this.cx.repo.transaction(() => {
      this.cx.requireProject(projectId);
      const docs = this.cx.repo.documents(projectId);
      const doc = docs.find((d) => d.role === 'source');
      if (!doc) throw new SverkaError('CONFLICT', 'The project has no Russian original to correct.');
      const old = doc.text;
      let list: Edit[];
      if (edits && edits.length > 0) {
        const checked = normaliseEdits(old, edits, text);
        if (!checked) {
          throw new SverkaError('CONFLICT', 'The edits do not turn the stored Russian text into the new one (overlapping, outside the text, or stale).');
        }
        list = checked;
      } else {
        list = diffEdit(old, text);
      }
      const now = this.cx.now();
      const seg = segment(text, doc.lang);
      const previous: StoredLink[] = [];
      const changed: number[] = [];
      if (list.length > 0) {
        this.cx.repo.updateDocumentText(doc.id, text, contentHash(text), now);
        this.cx.repo.replaceSegments(doc.id, segmentRows(seg));
        for (const l of this.cx.repo.links(projectId)) {
          let source = l.source;
          let recheck = l.recheck;
          let moved = false;
          if (l.source) {
            const m = mapSpan(l.source, list);
            // A span whose words were deleted shrinks to the place they were: the link stays.
            source = m.span ?? { start: mapOffset(l.source.start, list), end: mapOffset(l.source.start, list) };
            moved = m.touched || source.start !== l.source.start || source.end !== l.source.end;
            // The first edit's "before" stays: it is what the user had checked.
            if (m.touched && !recheck) recheck = { before: old.slice(l.source.start, l.source.end) };
          }
          const sourceSegments = source ? spanRange(seg.segments, source) : null;
          if (!moved && sameRange(sourceSegments, l.sourceSegments)) continue;
          previous.push(l);
          if (moved) changed.push(l.id);
          this.cx.repo.writeLink({ ...l, source, sourceSegments, recheck, updatedAt: moved ? now : l.updatedAt });
        }
        if (this.cx.docs.aligned(projectId)) this.cx.docs.markSegmented(doc.id, text);
      }
      if (restore && restore.length) this.links.restoreInside(projectId, restore, []);
      return { view: this.reader.view(projectId), previousText: old, previous: previous.map(snapshot), changed };
    });
  }
}
