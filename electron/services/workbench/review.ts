import { SverkaError } from '../../../shared/errors';
import type { AcceptResult, EditResult, TranslationSnapshot } from '../../../shared/ipc/channels/workbench';
import { linkToUnit } from '../../../shared/tm/link-unit';
import type { WorkbenchContext } from './context';
import type { TmAddOutcome } from './tm-sink';
import type { WorkbenchReader } from './view';

/**
 * Review: accepting a link's checked translation (stored with its history, written to the
 * translation memory, the decision on a machine suggestion recorded) or rejecting its source,
 * and the reviewer's name every decision is signed with.
 */
export class Review {
  constructor(
    private readonly cx: WorkbenchContext,
    private readonly reader: WorkbenchReader,
  ) {}

  accept(input: {
    linkId: number;
    text: string;
    decision?: 'accepted' | 'edited' | undefined;
    suggestion?: string | undefined;
    suggestionId?: number | undefined;
    note?: string | null | undefined;
  }): AcceptResult {
    const reviewer = this.cx.reviewer();
    if (input.decision === 'accepted' && input.suggestion !== undefined && input.suggestion !== input.text) {
      throw new SverkaError('BAD_REQUEST', 'An accepted suggestion must equal the checked translation; mark it edited instead.');
    }
    const out = this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(input.linkId);
      if (!l.source) throw new SverkaError('CONFLICT', 'This German text has no Russian source: pick one before accepting.');
      const docs = this.cx.repo.linkContext(l.projectId);
      if (!docs) throw new SverkaError('NOT_FOUND', `There is no project ${l.projectId}.`);
      if (docs.sourceDocumentId === null || l.source.end > docs.sourceText.length) {
        throw new SverkaError('CONFLICT', 'The link no longer fits the Russian text; align again.');
      }
      const now = this.cx.now();
      const translation: TranslationSnapshot = {
        text: input.text,
        status: 'approved',
        note: input.note !== undefined ? input.note : (l.translation?.note ?? null),
        updatedBy: reviewer,
        updatedAt: now,
      };
      const translationId = this.cx.repo.saveTranslation(l.id, translation, now);
      this.cx.repo.writeLink({ ...l, status: 'confirmed', who: reviewer, updatedAt: now, recheck: null });
      const sourceText = docs.sourceText.slice(l.source.start, l.source.end);
      const decision = input.decision ?? (input.suggestion === undefined ? undefined : input.suggestion === input.text ? 'accepted' : 'edited');
      const checked = linkToUnit({ ...l, status: 'confirmed', who: reviewer, translation }, docs, { forMemory: true, reviewer, now, decision })!;
      // Marked as a review: a confirmation's take-back (memory.ts) never deletes a unit a review merged into.
      const unit = { ...checked, props: { ...checked.props, via: 'review' } };
      let tm: TmAddOutcome | null = null;
      if (this.cx.deps.tm) {
        const r = this.cx.deps.tm.add([unit]);
        tm = r.skipped > 0 ? null : { outcome: r.added > 0 ? 'added' : 'merged', unitId: this.cx.repo.tmUnitOfLink(l.id) };
      }
      const result = this.reader.result(l.projectId, [l.id], [], [], [l], { remember: false });
      return { result, translation, tm, translationId, sourceText, projectId: l.projectId, decision };
    });
    let mtReviewed = false;
    if (input.suggestion !== undefined) {
      const mt = this.cx.deps.mt;
      if (mt) {
        try {
          mt.review({
            projectId: out.projectId,
            ref: `link:${input.linkId}`,
            sourceText: out.sourceText,
            suggestion: input.suggestion,
            finalText: input.text,
            ...(out.decision ? { decision: out.decision } : {}),
            suggestionId: input.suggestionId ?? null,
            checkedTranslationId: out.translationId,
          });
          mtReviewed = true;
        } catch {
          // The checked translation is stored; a failed MT statistic must not undo it.
          mtReviewed = false;
        }
      }
    }
    return { ...out.result, translation: out.translation, tm: out.tm, mtReviewed };
  }

  reject(linkId: number): EditResult {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      if (!l.source) throw new SverkaError('CONFLICT', 'This link has no Russian source to reject; mark it "not in this original" instead.');
      const now = this.cx.now();
      const who = this.cx.reviewer();
      this.cx.repo.writeLink({ ...l, status: 'rejected', who, updatedAt: now, recheck: null });
      if (l.translation) this.cx.repo.setTranslationStatus(l.id, 'rejected', who, now);
      return this.reader.result(l.projectId, [l.id], [], [], [l]);
    });
  }

  reviewerName(): { name: string } {
    return { name: this.cx.reviewer() };
  }

  setReviewerName(name: string): { name: string } {
    this.cx.setReviewer(name);
    return { name: this.cx.reviewer() };
  }
}
