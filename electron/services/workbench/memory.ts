import { plainText } from '../../../shared/formats/model';
import type { LinkContext } from '../../../shared/tm/link-unit';
import { linkToUnit } from '../../../shared/tm/link-unit';
import type { NewTmUnit } from '../../../shared/tm/types';
import type { StoredLink } from '../../db/repositories/workbench';
import type { WorkbenchContext } from './context';

/** What a link edit did to the translation memory (absent from an EditResult when nothing). */
export interface MemoryOutcome {
  /** Pairs stored as new units. */
  added: number;
  /** Pairs the memory already held (the unit's provenance and date were brought up to date). */
  merged: number;
  /** Units an earlier confirmation had stored, taken back because it was undone or changed. */
  removed: number;
}

/** A confirmed pair with a Russian source and nothing left to re-check: a human-checked pair. */
function checked(l: StoredLink): boolean {
  return l.status === 'confirmed' && l.source !== null && l.recheck === null;
}

function sameSpan(a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function samePair(a: StoredLink, b: StoredLink): boolean {
  return sameSpan(a.source, b.source) && sameSpan(a.target, b.target);
}

/** The unit a confirmation stores: the Russian span and the German as published, marked as coming from a confirmation. */
function confirmedUnit(l: StoredLink, cxt: LinkContext, now: string): NewTmUnit | null {
  // A span the text no longer holds (the document changed under an old snapshot) is not stored.
  if (!l.source || l.source.end > cxt.sourceText.length || l.target.end > cxt.targetText.length) return null;
  const unit = linkToUnit({ ...l, translation: null }, cxt, { forMemory: true, useChecked: false, reviewer: l.who, now });
  return unit ? { ...unit, props: { ...unit.props, via: 'confirmation' } } : null;
}

/**
 * Keeps the translation memory in step with the pairs the user confirms. Every link an edit
 * leaves confirmed that was not confirmed with the same two spans before (a confirm, a source
 * picked, a link drawn, a split or merge, a redo) goes in as the pair the user checked: the
 * Russian span and the German text as published, with the link's kind, project, documents and
 * reviewer as provenance (`linkToUnit`). A link that stops being confirmed with those spans
 * (undo, reject, unlink, another source, a split) takes its unit back, but only a unit that
 * confirmation created and nothing merged into since: an accepted translation
 * (`review.accept`, which stores the checked translation itself), an imported unit or a
 * second confirmation of the same pair keep it. Runs inside the edit's transaction, so the
 * link and the memory change together or not at all.
 */
export function rememberChecked(cx: WorkbenchContext, previous: readonly StoredLink[], current: readonly StoredLink[]): MemoryOutcome | null {
  const tm = cx.deps.tm;
  if (!tm) return null;
  const before = new Map(previous.map((l) => [l.id, l]));
  const after = new Map(current.map((l) => [l.id, l]));
  const fresh = current.filter((l) => {
    if (!checked(l)) return false;
    const b = before.get(l.id);
    return !(b && checked(b) && samePair(b, l));
  });
  const gone = previous.filter((b) => {
    if (!checked(b)) return false;
    const l = after.get(b.id);
    return !(l && checked(l) && samePair(b, l));
  });
  if (fresh.length === 0 && gone.length === 0) return null;
  const projectId = (fresh[0] ?? gone[0])!.projectId;
  const cxt = cx.repo.linkContext(projectId);
  if (!cxt || cxt.sourceDocumentId === null || cxt.targetDocumentId === null) return null;
  const now = cx.now();
  const out: MemoryOutcome = { added: 0, merged: 0, removed: 0 };
  if (tm.takeBackConfirmed) {
    for (const b of gone) {
      const unit = confirmedUnit(b, cxt, now);
      if (!unit) continue;
      out.removed += tm.takeBackConfirmed({
        linkId: b.id,
        projectId,
        sourceSpan: b.source!,
        targetSpan: b.target,
        source: typeof unit.source === 'string' ? unit.source : plainText(unit.source),
        target: typeof unit.target === 'string' ? unit.target : plainText(unit.target),
      });
    }
  }
  const units = fresh.map((l) => confirmedUnit(l, cxt, now)).filter((u): u is NewTmUnit => u !== null);
  if (units.length > 0) {
    const r = tm.add(units);
    out.added = r.added;
    out.merged = r.merged;
  }
  return out.added + out.merged + out.removed > 0 ? out : null;
}
