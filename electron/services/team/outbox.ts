import crypto from 'node:crypto';
import type { InlineText } from '../../../shared/formats/model';
import type { TeamTermPayload, TeamUnitPayload } from '../../../shared/tm/team';
import type { GlossaryTerm } from '../../../shared/tm/types';
import type { TeamLocalRepository } from '../../db/repositories/team-local';
import type { TmUnitRow } from '../../db/repositories/tm';
import type { TmStoreListener } from '../tm/service';

/** A stored unit as it travels to a team memory. */
export function rowToPayload(row: TmUnitRow, uuid: string, parentUuid: string | null, project: string | null): TeamUnitPayload {
  return {
    uuid,
    parentUuid,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    source: row.source,
    target: row.target,
    sourceInline: row.source_inline === null ? null : (JSON.parse(row.source_inline) as InlineText),
    targetInline: row.target_inline === null ? null : (JSON.parse(row.target_inline) as InlineText),
    origin: row.origin,
    reviewed: row.reviewed === 1,
    status: row.status,
    project,
    creator: row.creator,
    changer: row.changer,
    reviewer: row.reviewer,
    created: row.created_at,
    changed: row.changed_at,
    props: JSON.parse(row.props) as Record<string, string>,
    notes: JSON.parse(row.notes) as string[],
  };
}

/** A confirmed pair: reviewed, or confirmed by a person. Unreviewed machine output stays local. */
export function isConfirmed(row: Pick<TmUnitRow, 'reviewed' | 'origin'>): boolean {
  return row.reviewed === 1 || row.origin === 'human';
}

/**
 * Fills the outbox from inside the local write's transaction (see `TmStoreListener`): each
 * confirmed pair gets its unit's UUID (given now if it has none) and, when it is another target
 * for a source that already has one, the UUID of the version it revises. Nothing here talks to
 * the network; `TeamService.flush` delivers.
 */
export class TeamOutbox implements TmStoreListener {
  constructor(
    private readonly local: TeamLocalRepository,
    /** The memory a project writes to (null: none, or no team memory set up). */
    private readonly writeMemory: (projectId: number | null) => string | null,
    private readonly now: () => string,
    private readonly onQueued: () => void = () => undefined,
  ) {}

  onDidStoreUnits(rows: readonly TmUnitRow[]): void {
    let queued = 0;
    const names = new Map<number, string | null>();
    const memories = new Map<number | null, string | null>();
    for (const row of rows) {
      if (!isConfirmed(row)) continue;
      if (!memories.has(row.project_id)) memories.set(row.project_id, this.writeMemory(row.project_id));
      const memory = memories.get(row.project_id);
      if (!memory) continue;
      const unit = this.local.unitFor(row);
      if (!unit) continue;
      let uuid = unit.uuid;
      if (!uuid) {
        uuid = crypto.randomUUID();
        this.local.setUnitUuid(unit.id, uuid);
      }
      let project: string | null = null;
      if (row.project_id !== null) {
        if (!names.has(row.project_id)) names.set(row.project_id, this.local.projectName(row.project_id));
        project = names.get(row.project_id) ?? null;
      }
      const payload = rowToPayload(row, uuid, this.local.previousVersion(row), project);
      this.local.enqueue(memory, 'unit', uuid, JSON.stringify(payload), this.now());
      queued++;
    }
    if (queued > 0) this.onQueued();
  }

  onDidAddTerm(term: GlossaryTerm): void {
    const memory = this.writeMemory(term.projectId);
    if (!memory) return;
    let uuid = this.local.termUuid(term.id);
    if (!uuid) {
      uuid = crypto.randomUUID();
      this.local.setTermUuid(term.id, uuid);
    }
    const payload: TeamTermPayload = {
      uuid,
      sourceLang: term.sourceLang,
      targetLang: term.targetLang,
      sourceTerm: term.sourceTerm,
      targetTerm: term.targetTerm,
      note: term.note,
      project: term.projectId === null ? null : this.local.projectName(term.projectId),
      created: term.created,
    };
    this.local.enqueue(memory, 'term', uuid, JSON.stringify(payload), this.now());
    this.onQueued();
  }
}

/** Delay before the n-th retry: 2 s doubling to 5 minutes, with a fifth of jitter so clients spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 2000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.9 + 0.2 * random()));
}
