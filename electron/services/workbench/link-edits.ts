import { SverkaError } from '../../../shared/errors';
import type { EditResult, LinkKind, LinkSnapshotInput, TextRange } from '../../../shared/ipc/channels/workbench';
import type { LinkRow, StoredLink } from '../../db/repositories/workbench';
import type { WorkbenchContext } from './context';
import { isUserLink, rangeOf, sameTranslation } from './links';
import { overlaps, spanRange } from './offsets';
import type { WorkbenchReader } from './view';

/**
 * The user's corrections of links: pick a source, set a status, draw or remove a link, split
 * and merge sentence pairs, and put snapshots back (undo/redo). Each is one transaction and
 * returns what the renderer needs to undo it.
 */
export class LinkEdits {
  constructor(
    private readonly cx: WorkbenchContext,
    private readonly reader: WorkbenchReader,
  ) {}

  setSource(linkId: number, source: TextRange | null): EditResult {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      const { source: side } = this.cx.sides(l.projectId);
      if (source) this.cx.checkSpan(side, source, 'Russian');
      const now = this.cx.now();
      const next: StoredLink = {
        ...l,
        source,
        sourceSegments: source ? spanRange(side.seg.segments, source) : null,
        status: source ? 'confirmed' : 'no_source',
        who: this.cx.reviewer(),
        score: null,
        updatedAt: now,
        recheck: null,
      };
      this.cx.repo.writeLink(next);
      return this.reader.result(l.projectId, [linkId], [], [], [l]);
    });
  }

  setStatus(linkId: number, status: 'auto' | 'confirmed' | 'rejected'): EditResult {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      if (l.source === null) {
        throw new SverkaError('CONFLICT', 'This link has no Russian source: pick a span in the original first.');
      }
      this.cx.repo.writeLink({ ...l, status, who: this.cx.reviewer(), updatedAt: this.cx.now(), recheck: null });
      return this.reader.result(l.projectId, [linkId], [], [], [l]);
    });
  }

  /**
   * A link the user draws. Automatic links of the same kind overlapping it on the German
   * side give way (they come back with undo).
   */
  link(projectId: number, kind: LinkKind, source: TextRange | null, target: TextRange): EditResult {
    return this.cx.repo.transaction(() => {
      this.cx.requireProject(projectId);
      const sides = this.cx.sides(projectId);
      if (!sides.target.doc) throw new SverkaError('CONFLICT', 'The project has no German document.');
      this.cx.checkSpan(sides.target, target, 'German');
      if (source) this.cx.checkSpan(sides.source, source, 'Russian');
      const now = this.cx.now();
      const displaced = this.cx.repo
        .links(projectId)
        .filter((l) => l.kind === kind && !isUserLink(l) && overlaps(l.target, target));
      for (const l of displaced) this.cx.repo.deleteLink(l.id);
      const id = this.cx.repo.insertLink({
        projectId,
        kind,
        source,
        sourceSegments: source ? spanRange(sides.source.seg.segments, source) : null,
        target,
        targetSegments: spanRange(sides.target.seg.segments, target),
        status: source ? 'confirmed' : 'no_source',
        score: null,
        who: this.cx.reviewer(),
        createdAt: now,
        updatedAt: now,
      });
      return this.reader.result(
        projectId,
        [id],
        [id],
        displaced.map((l) => l.id),
        displaced,
      );
    });
  }

  unlink(linkId: number): EditResult {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      this.cx.repo.deleteLink(linkId);
      return this.reader.result(l.projectId, [], [], [linkId], [l]);
    });
  }

  split(linkId: number, at: { side: 'source' | 'target'; segmentIndex: number; otherSegmentIndex?: number | null | undefined }): EditResult {
    return this.cx.repo.transaction(() => {
      const l = this.cx.requireLink(linkId);
      if (l.kind !== 'sentence') throw new SverkaError('CONFLICT', 'Only sentence pairs can be split.');
      const sides = this.cx.sides(l.projectId);
      const here = at.side === 'source' ? l.sourceSegments : l.targetSegments;
      const there = at.side === 'source' ? l.targetSegments : l.sourceSegments;
      if (!here) throw new SverkaError('CONFLICT', `This pair has no ${at.side === 'source' ? 'Russian' : 'German'} sentences to split.`);
      const [a, b] = here;
      const i = at.segmentIndex;
      if (i <= a || i > b) {
        throw new SverkaError('CONFLICT', `Split before a sentence of the pair other than its first (${a + 1}–${b}); got ${i}.`);
      }
      const hereSegs = (at.side === 'source' ? sides.source : sides.target).seg.segments;
      const thereSegs = (at.side === 'source' ? sides.target : sides.source).seg.segments;
      if (b >= hereSegs.length || (there && there[1] >= thereSegs.length)) {
        throw new SverkaError('CONFLICT', 'The pair no longer matches the documents; align again.');
      }
      let j: number | null = null; // split point on the other side; `there[1] + 1` = all of it in the first part
      if (there) {
        const [c, d] = there;
        if (at.otherSegmentIndex !== undefined && at.otherSegmentIndex !== null) {
          j = at.otherSegmentIndex;
          if (j < c || j > d + 1) throw new SverkaError('CONFLICT', `The other side's split point must be within ${c}–${d + 1}; got ${j}.`);
        } else {
          j = proportionalSplit(hereSegs, a, b, i, thereSegs, c, d);
        }
      }
      const first = { here: [a, i - 1] as [number, number], there: there && j !== null && j > there[0] ? ([there[0], j - 1] as [number, number]) : null };
      const second = { here: [i, b] as [number, number], there: there && j !== null && j <= there[1] ? ([j, there[1]] as [number, number]) : null };
      const now = this.cx.now();
      const who = this.cx.reviewer();
      const build = (part: { here: [number, number]; there: [number, number] | null }): Omit<LinkRow, 'projectId'> | null => {
        const src = at.side === 'source' ? part.here : part.there;
        const tgt = at.side === 'source' ? part.there : part.here;
        if (!tgt) return null; // Russian sentences without German: left unlinked.
        const source = src ? rangeOf(sides.source.seg.segments, src[0], src[1]) : null;
        return {
          kind: 'sentence',
          source,
          sourceSegments: src,
          target: rangeOf(sides.target.seg.segments, tgt[0], tgt[1]),
          targetSegments: tgt,
          status: source ? 'confirmed' : 'no_source',
          score: null,
          who,
          createdAt: now,
          updatedAt: now,
        };
      };
      const p1 = build(first);
      const p2 = build(second);
      const changed: number[] = [];
      const created: number[] = [];
      const removed: number[] = [];
      if (p1) {
        this.cx.repo.writeLink({ ...p1, id: l.id, projectId: l.projectId, createdAt: l.createdAt });
        changed.push(l.id);
      }
      if (p2) {
        if (p1) {
          const id = this.cx.repo.insertLink({ ...p2, projectId: l.projectId });
          created.push(id);
          changed.push(id);
        } else {
          this.cx.repo.writeLink({ ...p2, id: l.id, projectId: l.projectId, createdAt: l.createdAt });
          changed.push(l.id);
        }
      }
      if (!p1 && !p2) {
        this.cx.repo.deleteLink(l.id);
        removed.push(l.id);
      }
      return this.reader.result(l.projectId, changed, created, removed, [l]);
    });
  }

  merge(linkIds: readonly number[]): EditResult {
    return this.cx.repo.transaction(() => {
      const links = linkIds.map((id) => this.cx.requireLink(id));
      const projectId = (links[0] as StoredLink).projectId;
      if (links.some((l) => l.projectId !== projectId)) throw new SverkaError('CONFLICT', 'The links belong to different projects.');
      if (links.some((l) => l.kind !== 'sentence')) throw new SverkaError('CONFLICT', 'Only sentence pairs can be merged.');
      if (links.some((l) => !l.targetSegments)) throw new SverkaError('CONFLICT', 'A pair has no German sentences; align again.');
      links.sort((x, y) => x.targetSegments![0] - y.targetSegments![0]);
      for (let k = 1; k < links.length; k++) {
        if (links[k]!.targetSegments![0] !== links[k - 1]!.targetSegments![1] + 1) {
          throw new SverkaError('CONFLICT', 'Only neighbouring pairs can be merged (their German sentences must follow each other).');
        }
      }
      const srcRanges = links.map((l) => l.sourceSegments).filter((r): r is [number, number] => r !== null);
      for (let k = 1; k < srcRanges.length; k++) {
        if (srcRanges[k]![0] <= srcRanges[k - 1]![1]) {
          throw new SverkaError('CONFLICT', 'These pairs cross on the Russian side and cannot be merged.');
        }
      }
      const sides = this.cx.sides(projectId);
      const tFrom = links[0]!.targetSegments![0];
      const tTo = links[links.length - 1]!.targetSegments![1];
      const sRange: [number, number] | null = srcRanges.length ? [srcRanges[0]![0], srcRanges[srcRanges.length - 1]![1]] : null;
      if (tTo >= sides.target.seg.segments.length || (sRange && sRange[1] >= sides.source.seg.segments.length)) {
        throw new SverkaError('CONFLICT', 'The pairs no longer match the documents; align again.');
      }
      const source = sRange ? rangeOf(sides.source.seg.segments, sRange[0], sRange[1]) : null;
      const ids = new Set(links.map((l) => l.id));
      if (source) {
        const crossing = this.cx.repo
          .links(projectId)
          .find((o) => o.kind === 'sentence' && !ids.has(o.id) && o.source !== null && overlaps(o.source, source));
        if (crossing) throw new SverkaError('CONFLICT', `The merged pair would overlap pair ${crossing.id} on the Russian side.`);
      }
      const keep = links[0]!;
      const now = this.cx.now();
      for (const l of links.slice(1)) this.cx.repo.deleteLink(l.id);
      this.cx.repo.writeLink({
        ...keep,
        source,
        sourceSegments: sRange,
        target: rangeOf(sides.target.seg.segments, tFrom, tTo),
        targetSegments: [tFrom, tTo],
        status: source ? 'confirmed' : 'no_source',
        score: null,
        who: this.cx.reviewer(),
        updatedAt: now,
        recheck: null,
      });
      return this.reader.result(
        projectId,
        [keep.id],
        [],
        links.slice(1).map((l) => l.id),
        links,
      );
    });
  }

  /** Undo/redo: writes snapshots back under their ids and deletes `remove`. */
  restore(projectId: number, snapshots: readonly LinkSnapshotInput[], remove: readonly number[]): EditResult {
    return this.cx.repo.transaction(() => {
      this.cx.requireProject(projectId);
      return this.restoreInside(projectId, snapshots, remove);
    });
  }

  /** `restore` inside a transaction the caller holds (undo of a source-text correction). */
  restoreInside(projectId: number, snapshots: readonly LinkSnapshotInput[], remove: readonly number[]): EditResult {
    const sides = this.cx.sides(projectId);
    const previous: StoredLink[] = [];
    const removed: number[] = [];
    const created: number[] = [];
    const restoring = new Set(snapshots.map((s) => s.id));
    for (const id of remove) {
      if (restoring.has(id)) continue;
      const l = this.cx.repo.link(id);
      if (!l) continue; // Already gone: undo stays idempotent.
      if (l.projectId !== projectId) throw new SverkaError('CONFLICT', `Link ${id} belongs to another project.`);
      previous.push(l);
      this.cx.repo.deleteLink(id);
      removed.push(id);
    }
    for (const s of snapshots) {
      this.cx.checkSpan(sides.target, s.target, 'German');
      if (s.source) this.cx.checkSpan(sides.source, s.source, 'Russian');
      const before = this.cx.repo.link(s.id);
      if (before && before.projectId !== projectId) throw new SverkaError('CONFLICT', `Link ${s.id} belongs to another project.`);
      if (before) previous.push(before);
      else created.push(s.id);
      this.cx.repo.writeLink({
        id: s.id,
        projectId,
        kind: s.kind,
        source: s.source,
        sourceSegments: s.sourceSegments as [number, number] | null,
        target: s.target,
        targetSegments: s.targetSegments as [number, number] | null,
        status: s.status,
        score: s.score,
        who: s.who,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
        recheck: s.recheck ?? null,
      });
      const cur = before?.translation ?? null;
      if (s.translation === null) {
        if (cur) this.cx.repo.deleteTranslation(s.id);
      } else if (!cur || !sameTranslation(cur, s.translation)) {
        this.cx.repo.saveTranslation(s.id, s.translation, s.translation.updatedAt);
      }
    }
    return this.reader.result(
      projectId,
      snapshots.map((s) => s.id),
      created,
      removed,
      previous,
    );
  }
}

/**
 * Where to split the other side so both parts keep about the same share of text as the
 * split side's parts: the boundary after the other side's cumulative length closest to it.
 */
function proportionalSplit(
  here: readonly TextRange[],
  a: number,
  b: number,
  i: number,
  there: readonly TextRange[],
  c: number,
  d: number,
): number {
  if (d === c) return d + 1;
  const len = (s: TextRange): number => s.end - s.start;
  let total = 0;
  let before = 0;
  for (let k = a; k <= b; k++) {
    total += len(here[k] as TextRange);
    if (k < i) before += len(here[k] as TextRange);
  }
  const share = total > 0 ? before / total : 0.5;
  let tTotal = 0;
  for (let k = c; k <= d; k++) tTotal += len(there[k] as TextRange);
  let best = c + 1;
  let bestErr = Infinity;
  let acc = 0;
  for (let j = c + 1; j <= d; j++) {
    acc += len(there[j - 1] as TextRange);
    const err = Math.abs(acc / (tTotal || 1) - share);
    if (err < bestErr) {
      bestErr = err;
      best = j;
    }
  }
  return best;
}
