import { SverkaError } from '../../../shared/errors';
import { PROP } from '../../../shared/formats/model';
import { canonicalLang, keyHash, matchKey } from '../../../shared/tm/normalize';
import { compareMatches, langMatches, scoreCandidate } from '../../../shared/tm/rank';
import { prepareQuery, type MatchPenalties } from '../../../shared/tm/score';
import type { TeamMatch, TeamTermPayload, TeamUnitPayload } from '../../../shared/tm/team';
import type { GlossaryTerm, NewTmUnit } from '../../../shared/tm/types';
import { DEFAULT_WORD_TUNING, wordColumns, wordText, wordTokens, type WordPlanTuning } from '../../../shared/tm/words';
import type { Db } from '../../db/connection';
import { TeamLocalRepository, type PushRow } from '../../db/repositories/team-local';
import type { LookupUnit, ServerUnit, ServerUnitRow } from '../../db/repositories/team-server';
import type { TmService } from '../tm';
import type { TeamClient } from './client';

/**
 * One interface over the two places a memory lives: the embedded SQLite memory of this
 * computer (the default) and a team memory on PostgreSQL. Both score candidates with the same
 * shared ranking, so one unit gets one percentage wherever it is found.
 */
export interface StoreLookupOptions {
  sourceLang?: string | undefined;
  targetLang?: string | undefined;
  /** Lowest score returned; default 50. */
  minScore?: number | undefined;
  /** Most matches returned; default 10. */
  limit?: number | undefined;
  penalties?: MatchPenalties | undefined;
}

export interface TermFilter {
  sourceLang?: string;
  targetLang?: string;
}

export interface MemoryStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Exact and fuzzy matches, best first. */
  lookup(text: string, opts?: StoreLookupOptions): Promise<TeamMatch[]>;
  /** Stores unit versions by UUID: a version stored twice is one unit. */
  addUnits(units: readonly TeamUnitPayload[]): Promise<{ added: number; merged: number; skipped: number }>;
  /** Stores glossary entries: one per pair. */
  addTerms(terms: readonly TeamTermPayload[]): Promise<{ added: number }>;
  terms(filter?: TermFilter): Promise<Pick<GlossaryTerm, 'sourceLang' | 'targetLang' | 'sourceTerm' | 'targetTerm' | 'note'>[]>;
  countUnits(): Promise<number>;
}

/** A payload as the local memory stores it (the project name and author kept in props). */
export function payloadToUnit(p: TeamUnitPayload, author?: string | null): NewTmUnit {
  return {
    sourceLang: p.sourceLang,
    targetLang: p.targetLang,
    source: p.sourceInline ?? p.source,
    target: p.targetInline ?? p.target,
    origin: p.origin,
    reviewed: p.reviewed,
    status: p.status,
    creator: p.creator,
    changer: p.changer,
    reviewer: p.reviewer,
    created: p.created,
    changed: p.changed,
    props: { ...p.props, ...(p.project ? { [PROP.project]: p.project } : {}), ...(author ? { author } : {}) },
    notes: p.notes,
  };
}

/** Keys, words and hash computed once for the server (null when the unit has no source or target). */
export function toServerRow(p: TeamUnitPayload): ServerUnitRow | null {
  const sourceKey = matchKey(p.source);
  const targetKey = matchKey(p.target);
  if (!sourceKey || !targetKey) return null;
  const cols = wordColumns(sourceKey);
  return {
    uuid: p.uuid,
    parentUuid: p.parentUuid,
    sourceLang: canonicalLang(p.sourceLang),
    targetLang: canonicalLang(p.targetLang),
    source: p.source,
    target: p.target,
    sourceKey,
    targetKey,
    sourceWords: cols.words,
    sourceTokens: cols.tokens,
    sourceHash: keyHash(sourceKey),
    sourceInlineJson: p.sourceInline === null ? null : JSON.stringify(p.sourceInline),
    targetInlineJson: p.targetInline === null ? null : JSON.stringify(p.targetInline),
    origin: p.origin,
    reviewed: p.reviewed,
    status: p.status,
    project: p.project,
    creator: p.creator,
    changer: p.changer,
    reviewer: p.reviewer,
    created: p.created,
    changed: p.changed,
    propsJson: JSON.stringify(p.props),
    notesJson: JSON.stringify(p.notes),
  };
}

/**
 * A stored local unit straight to the server's form: its keys, hash and JSON are already what
 * the server needs (a push of a whole memory spends its client time here).
 */
export function localRowToServerRow(r: PushRow, uuid: string, project: string | null): ServerUnitRow {
  const cols = wordColumns(r.source_key);
  return {
    uuid,
    parentUuid: null,
    sourceLang: r.source_lang,
    targetLang: r.target_lang,
    source: r.source,
    target: r.target,
    sourceKey: r.source_key,
    targetKey: r.target_key,
    sourceWords: cols.words,
    sourceTokens: cols.tokens,
    sourceHash: r.source_hash,
    sourceInlineJson: r.source_inline,
    targetInlineJson: r.target_inline,
    origin: r.origin,
    reviewed: r.reviewed === 1,
    status: r.status,
    project,
    creator: r.creator,
    changer: r.changer,
    reviewer: r.reviewer,
    created: r.created_at,
    changed: r.changed_at,
    propsJson: r.props,
    notesJson: r.notes,
  };
}

/** The local memory (SQLite) behind the store interface. */
export class SqliteMemoryStore implements MemoryStore {
  readonly kind = 'sqlite' as const;
  private readonly local: TeamLocalRepository;

  constructor(
    private readonly db: Db,
    private readonly tm: TmService,
  ) {
    this.local = new TeamLocalRepository(db);
  }

  async lookup(text: string, opts: StoreLookupOptions = {}): Promise<TeamMatch[]> {
    const matches = this.tm.lookup(text, {
      ...(opts.sourceLang ? { sourceLang: opts.sourceLang } : {}),
      ...(opts.targetLang ? { targetLang: opts.targetLang } : {}),
      minScore: opts.minScore ?? 50,
      limit: opts.limit ?? 10,
      ...(opts.penalties ? { penalties: opts.penalties } : {}),
    });
    const tags = this.local.unitTags(matches.map((m) => m.id));
    return matches.map((m) => ({
      ...m,
      store: 'local',
      memory: tags.get(m.id)?.memory ?? null,
      uuid: tags.get(m.id)?.uuid ?? null,
      author: m.provenance.props['author'] ?? null,
      project: m.provenance.props[PROP.project] ?? null,
    }));
  }

  /**
   * Stores the units (merged with identical ones, like any local write, and kept out of the
   * outbox) and records their UUIDs; `fromMemory` marks them as received from a team memory.
   */
  async addUnits(units: readonly TeamUnitPayload[], fromMemory: string | null = null, authors?: readonly (string | null)[]) {
    return this.receive(units, fromMemory, authors);
  }

  receive(units: readonly TeamUnitPayload[], fromMemory: string | null, authors?: readonly (string | null)[]) {
    return this.db.transaction(() => {
      const res = this.tm.add(
        units.map((u, i) => payloadToUnit(u, authors?.[i])),
        { silent: true },
      );
      for (const u of units) {
        const row = toServerRow(u);
        if (!row) continue;
        const local = this.local.unitFor({
          source_hash: row.sourceHash,
          source_key: row.sourceKey,
          target_key: row.targetKey,
          source_lang: row.sourceLang,
          target_lang: row.targetLang,
        });
        if (!local) continue;
        if (fromMemory) this.local.tagPulledUnit(local.id, u.uuid, fromMemory);
        else if (local.uuid === null && this.local.unitCountByUuid(u.uuid) === 0) this.local.setUnitUuid(local.id, u.uuid);
      }
      return res;
    })();
  }

  async addTerms(terms: readonly TeamTermPayload[]): Promise<{ added: number }> {
    return this.receiveTerms(terms, null);
  }

  /** Stores glossary entries (global), recording their UUIDs; `fromMemory` marks them as received. */
  receiveTerms(terms: readonly TeamTermPayload[], fromMemory: string | null): { added: number } {
    let added = 0;
    for (const t of terms) {
      const term = this.tm.glossary.add(
        {
          projectId: null,
          sourceLang: canonicalLang(t.sourceLang),
          targetLang: canonicalLang(t.targetLang),
          sourceTerm: t.sourceTerm.trim(),
          targetTerm: t.targetTerm.trim(),
          sourceKey: matchKey(t.sourceTerm),
          note: t.note,
        },
        t.created,
      );
      if (term.created) added++;
      if (fromMemory) this.local.tagPulledTerm(term.id, t.uuid, fromMemory);
      else if (this.local.termUuid(term.id) === null) this.local.setTermUuid(term.id, t.uuid);
    }
    return { added };
  }

  async terms(filter: TermFilter = {}) {
    return this.tm.listGlossary({ ...filter });
  }

  async countUnits(): Promise<number> {
    return this.tm.repo.count();
  }
}

/** Rows per upsert statement (outbox deliveries; a bulk push uses larger ones). */
export const UPSERT_BATCH = 2000;
const BULK_BATCH = 5000;
/**
 * Candidates the server returns whole for one lookup: it reads the units holding the rarest of
 * the query's words (about 150 rows at scale, DEFAULT_WORD_TUNING), keeps the 40 holding most of
 * them and closest in length, and returns the 20 of those nearest by pg_trgm similarity. Row
 * reads and similarity are most of a lookup's server CPU, the distances here most of the
 * client's (docs/team-memory.md, "Measured"): 20 instead of 30 took about a millisecond of
 * server CPU off a lookup at a million units, for about one query of 300 fewer with a match of
 * 50% or more.
 */
const SERVER_CANDIDATES = 20;

/** Server unit -> match, scored the same way the local store scores. */
function serverMatch(u: ServerUnit, score: { score: number; similarity: number }): TeamMatch {
  return {
    id: u.id,
    sourceLang: u.sourceLang,
    targetLang: u.targetLang,
    source: u.source,
    target: u.target,
    sourceInline: u.sourceInline,
    targetInline: u.targetInline,
    origin: u.origin,
    reviewed: u.reviewed,
    status: u.status,
    provenance: {
      projectId: null,
      documentId: null,
      linkId: null,
      sourceSpan: null,
      targetSpan: null,
      importId: null,
      tuid: null,
      creator: u.creator,
      changer: u.changer,
      reviewer: u.reviewer,
      created: u.created,
      changed: u.changed,
      props: u.props,
      notes: u.notes,
    },
    ...score,
    store: 'team',
    memory: u.memory,
    uuid: u.uuid,
    author: u.author,
    project: u.project,
  };
}

/** What `warm` looks up: ordinary words, so that the lookup plans and ranks as a user's would. */
const WARM_TEXT = 'Редакция проверяет перевод этого предложения перед публикацией.';

/** A team memory on PostgreSQL: reads the `read` memories, writes to `write`. */
export class PgMemoryStore implements MemoryStore {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly client: TeamClient,
    readonly read: readonly string[],
    readonly write: string | null,
    private readonly tuning: Readonly<WordPlanTuning> = DEFAULT_WORD_TUNING,
  ) {}

  /** The memories this store reads, by id, with their names (those deleted or closed to the user left out). */
  private async readMemories(): Promise<Map<number, string>> {
    const ids = new Map<number, string>();
    for (const name of this.read) {
      try {
        ids.set((await this.client.memory(name, 'read')).id, name);
      } catch (err) {
        // A memory deleted or closed to this user is left out of lookups, not fatal to them.
        if (!(err instanceof SverkaError) || (err.code !== 'NOT_FOUND' && err.code !== 'FORBIDDEN')) throw err;
      }
    }
    return ids;
  }

  private async readIds(): Promise<number[]> {
    return [...(await this.readMemories()).keys()];
  }

  /**
   * Readies a connection for the user's lookups: connects, checks the schema and the memories,
   * and makes one lookup, so that the server process has compiled sverka.lookup, loaded
   * pg_trgm and planned the lookup's statements before the user's first lookup (together
   * 60-80 ms of server CPU on a new connection, which on a busy server can take longer than the
   * 300 ms a lookup waits). The pool keeps that connection open (createTeamPool, `min`).
   */
  async warm(): Promise<void> {
    if ((await this.readMemories()).size === 0) return;
    await this.lookup(WARM_TEXT);
  }

  /**
   * One statement per lookup (sverka.lookup): the server plans on its exact word counts and
   * returns the candidates whole; they are scored here with the shared CAT scoring.
   */
  async lookup(text: string, opts: StoreLookupOptions = {}): Promise<TeamMatch[]> {
    const minScore = opts.minScore ?? 50;
    const limit = opts.limit ?? 10;
    const q = prepareQuery(text);
    if (q.key === '') return [];
    const memories = await this.readMemories();
    if (memories.size === 0) return [];
    const keyLen = Array.from(q.key).length;
    const tokens = keyLen >= 3 ? wordTokens(q.key) : '';
    const found = await this.client.run((r) =>
      r.lookup({
        memoryIds: [...memories.keys()],
        sourceHash: keyHash(q.key),
        tokens: tokens ? tokens.split(' ') : [],
        words: wordText(q.key),
        shortLength: keyLen < 3 ? Math.min(8, keyLen * 3 + 2) : 0,
        ...(opts.sourceLang ? { sourceLang: canonicalLang(opts.sourceLang) } : {}),
        ...(opts.targetLang ? { targetLang: canonicalLang(opts.targetLang) } : {}),
        limit: SERVER_CANDIDATES,
        tuning: this.tuning,
      }),
    );
    const seen = new Set<number>();
    const kept: { u: LookupUnit; id: number; score: number; similarity: number; provenance: { changed: string } }[] = [];
    for (const u of found) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      if (!langMatches(opts.sourceLang, u.sourceLang) || !langMatches(opts.targetLang, u.targetLang)) continue;
      const s = scoreCandidate(q, u.source, u.sourceKey, u.origin, u.reviewed, { minScore, penalties: opts.penalties });
      if (s) kept.push({ u, id: u.id, ...s, provenance: { changed: u.changed } });
    }
    kept.sort((a, b) => compareMatches(a, b) || b.id - a.id);
    return kept.slice(0, limit).map((k) => serverMatch({ ...k.u, memory: memories.get(k.u.memoryId) ?? '' }, { score: k.score, similarity: k.similarity }));
  }

  private async writeId(): Promise<number> {
    if (!this.write) throw new SverkaError('TEAM_NOT_CONFIGURED', 'No team memory is chosen to write to.');
    return (await this.client.memory(this.write, 'write')).id;
  }

  /**
   * Idempotent upserts in batches, each batch one transaction. `bulk` (push of a whole memory):
   * larger statements, and a larger pending list for the words index within them, which
   * PostgreSQL then merges in fewer, bigger steps.
   */
  async addUnits(units: readonly TeamUnitPayload[], opts: { bulk?: boolean } = {}): Promise<{ added: number; merged: number; skipped: number }> {
    const rows: ServerUnitRow[] = [];
    let skipped = 0;
    for (const u of units) {
      const row = toServerRow(u);
      if (row) rows.push(row);
      else skipped++;
    }
    const r = await this.addServerRows(rows, opts);
    return { ...r, skipped };
  }

  /** Upserts rows already in the server's form (distinct UUIDs are kept, the last of each). */
  async addServerRows(given: readonly ServerUnitRow[], opts: { bulk?: boolean } = {}): Promise<{ added: number; merged: number }> {
    const memoryId = await this.writeId();
    const counts = { added: 0, merged: 0 };
    const byUuid = new Map<string, ServerUnitRow>();
    for (const row of given) byUuid.set(row.uuid, row);
    const rows = byUuid.size === given.length ? given : [...byUuid.values()];
    const size = opts.bulk ? BULK_BATCH : UPSERT_BATCH;
    for (let i = 0; i < rows.length; i += size) {
      const part = rows.slice(i, i + size);
      const r = await this.client.transaction(async (repo) => {
        if (opts.bulk) await repo.bulkSession();
        return repo.upsertUnits(memoryId, part);
      });
      counts.added += r.added;
      counts.merged += r.merged;
    }
    return counts;
  }

  async addTerms(terms: readonly TeamTermPayload[]): Promise<{ added: number }> {
    const memoryId = await this.writeId();
    const rows = terms.map((t) => ({ ...t, sourceLang: canonicalLang(t.sourceLang), targetLang: canonicalLang(t.targetLang), sourceKey: matchKey(t.sourceTerm) }));
    return this.client.transaction((repo) => repo.upsertTerms(memoryId, rows));
  }

  async terms(filter: TermFilter = {}) {
    const ids = await this.readIds();
    const out: { sourceLang: string; targetLang: string; sourceTerm: string; targetTerm: string; note: string | null; sourceKey: string }[] = [];
    for (const id of ids) {
      let seq = 0;
      for (;;) {
        const batch = await this.client.run((r) => r.termsSince(id, seq, 5000));
        if (batch.length === 0) break;
        seq = batch[batch.length - 1]!.seq;
        for (const t of batch) {
          if (!langMatches(filter.sourceLang, t.sourceLang) || !langMatches(filter.targetLang, t.targetLang)) continue;
          out.push({ ...t, sourceKey: matchKey(t.sourceTerm) });
        }
      }
    }
    // The local glossary's order: by matching key.
    out.sort((a, b) => (a.sourceKey < b.sourceKey ? -1 : a.sourceKey > b.sourceKey ? 1 : 0));
    return out.map(({ sourceKey: _k, ...t }) => t);
  }

  async countUnits(): Promise<number> {
    const ids = await this.readIds();
    return this.client.run((r) => r.countUnits(ids));
  }
}
