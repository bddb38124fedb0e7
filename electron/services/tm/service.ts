import fs from 'node:fs';
import path from 'node:path';
import type { CancelSignal } from '../../../shared/align/progress';
import { SverkaError } from '../../../shared/errors';
import type { TranslationUnit } from '../../../shared/formats/model';
import { linkToUnit } from '../../../shared/tm/link-unit';
import { canonicalLang, keyHash, matchKey } from '../../../shared/tm/normalize';
import { compareMatches, langMatches, scoreCandidate } from '../../../shared/tm/rank';
import { prepareQuery, type MatchPenalties } from '../../../shared/tm/score';
import type {
  GlossaryTerm,
  NewTmUnit,
  TmExportFormat,
  TmImportResult,
  TmMatch,
  TmStats,
  TmUnit,
} from '../../../shared/tm/types';
import type { Db } from '../../db/connection';
import { GlossaryRepository } from '../../db/repositories/glossary';
import { rowToUnit, TmRepository, type CandidateRow, type ConfirmedPair, type TmUnitRow } from '../../db/repositories/tm';
import { WorkbenchRepository } from '../../db/repositories/workbench';
import { CandidatePicker } from './candidates';
import { isStorable, toRow } from './convert';
import { byteChunks, fileChunks } from './decode';
import { TmExport, type ExportOptions, type LangFilter } from './export';
import { importUnits, type ImportContext, type ImportOptions } from './import';
import { defaultImportWorkerFile, importInParallel } from './parallel-import';


export interface LookupOptions {
  sourceLang?: string;
  targetLang?: string;
  /** Lowest score (after penalties) returned; default 50. */
  minScore?: number;
  /** Most matches returned; default 10. */
  limit?: number;
  penalties?: MatchPenalties;
}

export interface ConcordanceOptions {
  /** Which side to search; default both. */
  side?: 'source' | 'target' | 'both';
  sourceLang?: string;
  targetLang?: string;
  limit?: number;
}

/** A concordance hit: where the query was found and the unit. */
export interface ConcordanceHit extends TmUnit {
  foundIn: 'source' | 'target';
}

/**
 * Told about what `add` and `addGlossaryTerm` store, inside the same transaction, so that a
 * follower (the team memory's outbox) commits or rolls back together with the local write.
 */
export interface TmStoreListener {
  onDidStoreUnits(rows: readonly TmUnitRow[]): void;
  onDidAddTerm(term: GlossaryTerm): void;
}

/**
 * How fuzzy candidates are gathered: each word's rarest trigram, then the other trigrams
 * rarest first (frequencies estimated from a sample of keys), until `postingsBudget` index
 * entries would be read (but at least `minTrigrams`, at most `maxTrigrams`); the
 * `maxCandidates` units sharing most of them are scored by edit distance.
 */
export interface CandidateTuning {
  postingsBudget: number;
  minTrigrams: number;
  maxTrigrams: number;
  maxCandidates: number;
}

export const DEFAULT_TUNING: Readonly<CandidateTuning> = Object.freeze({
  postingsBudget: 8_000,
  minTrigrams: 2,
  maxTrigrams: 40,
  maxCandidates: 100,
});

/** Keys read to estimate trigram frequencies (all of them in smaller memories). */
const SAMPLE_KEYS = 10_000;

/** Trigram document frequencies counted over some keys, scaled to the whole memory. */
class TrigramSample {
  private readonly counts = new Map<string, number>();
  private sampled = 0;

  constructor(
    public total: number,
    readonly exact: boolean,
  ) {}

  count(key: string): void {
    this.sampled++;
    for (const t of trigramsOf(` ${key} `)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  /** Exact for a full sample; otherwise scaled, with unseen trigrams counted as half a sighting. */
  estimate(t: string): number {
    const c = this.counts.get(t) ?? 0;
    if (this.exact) return c;
    return Math.round(((c || 0.5) * this.total) / Math.max(1, this.sampled));
  }
}

/**
 * Ids per transaction of the target-index backlog job: about a quarter of a second of work
 * each, short enough that the write lock is soon free for the user's own additions.
 */
const BACKLOG_STEP = 20_000;

/**
 * Ids per piece of a concordance's scan of the units the target-side index does not hold yet
 * (`concordanceYielding`): about 15 ms of scanning each on this project's bench machine.
 */
export const PENDING_SCAN_CHUNK = 50_000;

/** Trigrams ANDed for a concordance query; the key check does the rest. */
const CONCORDANCE_TRIGRAMS = 6;

function trigramsOf(key: string): string[] {
  const cps = Array.from(key);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= cps.length; i++) out.add(cps[i]! + cps[i + 1]! + cps[i + 2]!);
  return [...out];
}

/**
 * The translation memory: storing confirmed pairs with provenance, exact and fuzzy lookup,
 * concordance, import and export of exchange files, and the glossary.
 */
export class TmService {
  readonly repo: TmRepository;
  readonly glossary: GlossaryRepository;
  private readonly samples: { source?: TrigramSample; target?: TrigramSample } = {};
  private readonly picker: CandidatePicker;
  private mapped = false;
  private readonly exporter: TmExport;
  /** The team outbox, when a team memory is set up. */
  listener: TmStoreListener | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
    readonly tuning: CandidateTuning = { ...DEFAULT_TUNING },
  ) {
    this.repo = new TmRepository(db);
    this.glossary = new GlossaryRepository(db);
    this.exporter = new TmExport(db, this.repo, now);
    this.picker = new CandidatePicker(this.repo);
  }

  /**
   * Stores units in one transaction (duplicates merged); returns how many were new. `silent`
   * keeps the listener out of it (units that came from the team memory in the first place).
   */
  add(units: readonly NewTmUnit[], opts: { silent?: boolean } = {}): { added: number; merged: number; skipped: number } {
    const now = this.now();
    const counts = { added: 0, merged: 0, skipped: 0 };
    const rows: TmUnitRow[] = [];
    for (const u of units) {
      const row = toRow(u, now, null);
      if (isStorable(row)) rows.push(row);
      else counts.skipped++;
    }
    this.db.transaction(() => {
      const res = this.repo.addOrMergeMany(rows);
      counts.added += res.added;
      counts.merged += res.merged;
      if (!opts.silent && rows.length > 0) this.listener?.onDidStoreUnits(rows);
    })();
    this.noteAdded(rows, counts.added);
    return counts;
  }

  /**
   * Stores the pair of a confirmed alignment link with its provenance (linkToUnit, as
   * review.accept does): project, source document, both spans, the link, who confirmed it.
   * The target text is the checked translation when there is one, else the target span.
   */
  addFromLink(linkId: number, who: string): { added: number; merged: number; skipped: number } {
    const links = new WorkbenchRepository(this.db);
    const link = links.link(linkId);
    if (!link) throw new SverkaError('NOT_FOUND', `There is no alignment link ${linkId}.`);
    if (link.status !== 'confirmed' || !link.source) {
      throw new SverkaError('CONFLICT', `Link ${linkId} is ${link.status}: only confirmed pairs go into the memory.`);
    }
    const cx = links.linkContext(link.projectId);
    if (!cx || cx.sourceDocumentId === null || cx.targetDocumentId === null) {
      throw new SverkaError('NOT_FOUND', `The project of link ${linkId} lacks a source or target document.`);
    }
    return this.add([linkToUnit(link, cx, { forMemory: true, reviewer: who, now: this.now() })!]);
  }

  /**
   * Takes back the pair a confirmation of a link stored (`rememberChecked`), when the
   * confirmation is undone or changed: only a unit that confirmation created and nothing has
   * merged into since (an accepted translation, an import of the same pair or a second
   * confirmation keeps it). Returns how many units went.
   */
  takeBackConfirmed(pair: ConfirmedPair): number {
    const n = this.repo.deleteConfirmedPair(pair);
    if (n > 0) this.memoryChanged();
    return n;
  }

  /**
   * Exact and fuzzy matches for `text`, best first. Candidates: units with the same source
   * key (exact), units sharing the query's rarest trigrams (FTS5), or for queries under three
   * characters the short units; each is then scored by edit distance on the matching keys.
   */
  lookup(text: string, opts: LookupOptions = {}): TmMatch[] {
    const minScore = opts.minScore ?? 50;
    const limit = opts.limit ?? 10;
    const penalties = opts.penalties;
    const q = prepareQuery(text);
    if (q.key === '') return [];
    this.mapForReading();
    // Candidates are scored and ranked on a few columns; only the matches returned are read whole.
    const rows = new Map<number, CandidateRow>();
    for (const r of this.repo.bySourceHash(keyHash(q.key))) rows.set(r.id, r);
    const keyLen = Array.from(q.key).length;
    if (keyLen >= 3) {
      for (const r of this.repo.candidatesByIds(this.trigramCandidates(` ${q.key} `))) rows.set(r.id, r);
    } else {
      for (const r of this.repo.shortSourceUnits(keyLen * 3 + 2)) rows.set(r.id, r);
    }
    const ranked: { id: number; score: number; similarity: number; provenance: { changed: string } }[] = [];
    for (const r of rows.values()) {
      if (!langMatches(opts.sourceLang, r.source_lang) || !langMatches(opts.targetLang, r.target_lang)) continue;
      const s = scoreCandidate(q, r.source, r.source_key, r.origin, r.reviewed === 1, { minScore, penalties });
      if (s) ranked.push({ id: r.id, ...s, provenance: { changed: r.changed_at } });
    }
    ranked.sort((a, b) => compareMatches(a, b) || b.id - a.id);
    const best = ranked.slice(0, limit);
    const full = new Map(this.repo.byIds(best.map((m) => m.id)).map((r) => [r.id, r]));
    const matches: TmMatch[] = [];
    for (const m of best) {
      const r = full.get(m.id);
      // A unit another connection deleted in between is left out.
      if (r) matches.push({ ...rowToUnit(r), score: m.score, similarity: m.similarity });
    }
    return matches;
  }

  private mapForReading(): void {
    if (this.mapped) return;
    this.mapped = true;
    this.repo.mapForReading();
  }

  /**
   * Trigram frequencies from a sample of keys (all keys up to SAMPLE_KEYS). FTS5 can only
   * count a term's units by reading its whole posting list (10+ ms for a common trigram in a
   * million units), which would cost more than the lookup it is meant to plan.
   */
  private sample(side: 'source' | 'target'): TrigramSample {
    const range = this.repo.idRange();
    const total = range.max === 0 ? 0 : range.max - range.min + 1;
    const have = this.samples[side];
    // Rebuilt when the memory has grown or shrunk by a tenth; exact samples are kept in step by `add`.
    if (have && (have.exact ? have.total === total : Math.abs(total - have.total) <= have.total / 10)) return have;
    let keys: string[];
    if (total <= SAMPLE_KEYS) keys = this.repo.keys(side);
    else {
      const ids = new Set<number>();
      // Deterministic, so that the same memory always plans a query the same way.
      let x = 0x9e3779b9 ^ total;
      while (ids.size < SAMPLE_KEYS) {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        ids.add(range.min + (x % total));
      }
      keys = this.repo.keys(side, [...ids]);
    }
    const made = new TrigramSample(total, total <= SAMPLE_KEYS);
    for (const k of keys) made.count(k);
    this.samples[side] = made;
    return made;
  }

  /** Keeps exact samples in step with units just added (cheaper than a rebuild). */
  private noteAdded(rows: readonly TmUnitRow[], added: number): void {
    if (added === 0) return;
    for (const side of ['source', 'target'] as const) {
      const s = this.samples[side];
      if (!s) continue;
      if (!s.exact || added !== rows.length) {
        delete this.samples[side];
        continue;
      }
      for (const r of rows) s.count(side === 'source' ? r.source_key : r.target_key);
      s.total += added;
    }
  }

  /**
   * Ids of the units sharing most of the query's chosen trigrams. The choice is spread over
   * the words: first each word's rarest trigram (rarest words first), then the remaining
   * trigrams rarest first, while the postings budget lasts. Taking only the globally rarest
   * trigrams would let one rare (perhaps edited or misspelt) word decide every candidate.
   */
  private trigramCandidates(paddedKey: string): number[] {
    const { postingsBudget, minTrigrams, maxTrigrams, maxCandidates } = this.tuning;
    const sample = this.sample('source');
    const df = (t: string) => sample.estimate(t);
    const perWord: { t: string; df: number }[] = [];
    const rest: { t: string; df: number }[] = [];
    const seen = new Set<string>();
    for (const word of paddedKey.split(' ')) {
      if (word === '') continue;
      const grams = trigramsOf(` ${word} `)
        .filter((t) => !seen.has(t))
        .map((t) => ({ t, df: df(t) }))
        .filter((g) => g.df > 0)
        .sort((a, b) => a.df - b.df);
      for (const g of grams) seen.add(g.t);
      if (grams[0]) perWord.push(grams[0]);
      rest.push(...grams.slice(1));
    }
    perWord.sort((a, b) => a.df - b.df);
    rest.sort((a, b) => a.df - b.df);
    const chosen: string[] = [];
    let postings = 0;
    for (const g of [...perWord, ...rest]) {
      if (chosen.length >= maxTrigrams) break;
      if (chosen.length >= minTrigrams && postings + g.df > postingsBudget) continue;
      chosen.push(g.t);
      postings += g.df;
    }
    if (chosen.length === 0) return [];
    const { min, max } = this.repo.idRange();
    return this.picker.pick(chosen, min, max, maxCandidates);
  }

  /**
   * Units whose source or target contains `text` (folded like the keys), newest first.
   * Texts under three characters match whole words only.
   */
  concordance(text: string, opts: ConcordanceOptions = {}): ConcordanceHit[] {
    const steps = this.concordanceSteps(text, opts, PENDING_SCAN_CHUNK);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * `concordance` for the window's process: while the target-side index is built (after an
   * import), the units it does not hold yet are scanned in pieces of `PENDING_SCAN_CHUNK` ids
   * and the event loop turns between pieces, so a search then does not hold the window.
   */
  async concordanceYielding(text: string, opts: ConcordanceOptions = {}, chunk = PENDING_SCAN_CHUNK): Promise<ConcordanceHit[]> {
    const steps = this.concordanceSteps(text, opts, chunk);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** The search of `concordance`; it yields after each piece of the backlog scan. */
  private *concordanceSteps(text: string, opts: ConcordanceOptions, chunk: number): Generator<void, ConcordanceHit[], void> {
    const key = matchKey(text);
    if (key === '') return [];
    this.mapForReading();
    const limit = opts.limit ?? 50;
    const sides: ('source' | 'target')[] = opts.side === 'source' ? ['source'] : opts.side === 'target' ? ['target'] : ['source', 'target'];
    // Under three characters there is no inner trigram: search the text as a whole word,
    // whose boundary trigrams (' на', 'на ') the padded index holds.
    const needle = Array.from(key).length < 3 ? ` ${key} ` : key;
    const found = new Map<number, 'source' | 'target'>();
    // Language filters are applied after the search, so over-fetch a little.
    const fetch = opts.sourceLang || opts.targetLang ? limit * 4 : limit;
    for (const side of sides) {
      const sample = this.sample(side);
      const grams = trigramsOf(needle).map((t) => ({ t, df: sample.estimate(t) }));
      // A trigram no unit holds: nothing can contain the text (known only from an exact sample).
      if (grams.length === 0 || (sample.exact && grams.some((g) => g.df === 0))) continue;
      const rarest = grams.sort((a, b) => a.df - b.df).slice(0, CONCORDANCE_TRIGRAMS).map((g) => g.t);
      for (const id of this.repo.concordanceIds(side, needle, rarest, fetch)) if (!found.has(id)) found.set(id, side);
      // Units whose target index entry the backlog job has not written yet are searched directly.
      if (side !== 'target') continue;
      let pending = 0;
      for (const piece of this.repo.pendingTargetChunks(chunk)) {
        if (pending >= fetch) break;
        const ids = this.repo.pendingTargetIds(piece, needle, fetch - pending);
        pending += ids.length;
        for (const id of ids) if (!found.has(id)) found.set(id, side);
        yield;
      }
    }
    const rows = this.repo.byIds([...found.keys()]);
    return rows
      .filter((r) => langMatches(opts.sourceLang, r.source_lang) && langMatches(opts.targetLang, r.target_lang))
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map((r) => ({ ...rowToUnit(r), foundIn: found.get(r.id) ?? 'source' }));
  }

  stats(): TmStats {
    return { ...this.repo.stats(), glossaryTerms: this.glossary.count(), targetIndexPending: this.repo.indexBacklogSize() };
  }

  /**
   * Builds the target-side (concordance) index of the units imports left in the backlog
   * (migration 0081), `BACKLOG_STEP` ids per transaction: the write lock is free between
   * steps, and a stop at any point keeps what was done. Between steps the event loop turns
   * (a cancel arrives; on a shared thread, other work runs). Returns how many ids were indexed.
   */
  async indexBacklog(opts: { signal?: CancelSignal; onProgress?: (done: number, total: number) => void; step?: number } = {}): Promise<number> {
    const total = this.repo.indexBacklogSize();
    let done = 0;
    for (;;) {
      if (opts.signal?.aborted) throw new SverkaError('CANCELLED', 'The concordance indexing was stopped; it resumes at the next start.');
      const n = this.indexBacklogStep(opts.step ?? BACKLOG_STEP);
      if (n === 0) return done;
      done += n;
      opts.onProgress?.(done, total);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** One transaction of `indexBacklog`: at most `maxIds` ids; 0 when the backlog is empty. */
  indexBacklogStep(maxIds: number): number {
    return this.db.transaction(() => this.repo.indexBacklogStep(maxIds)).immediate();
  }

  /** Imports a TMX, XLIFF or CSV/TSV file from disk (format by extension), in one transaction. */
  importFile(file: string, opts: ImportOptions = {}): TmImportResult {
    if (!fs.existsSync(file)) throw new SverkaError('NOT_FOUND', `There is no file ${file}.`);
    const name = path.basename(file);
    return this.runImport(opts, (ctx, workerFile) => (workerFile ? importInParallel(ctx, { file }, name, opts, workerFile) : importUnits(ctx, fileChunks(file), name, opts)));
  }

  /**
   * Imports file bytes received over IPC. On two threads, bytes that own their whole buffer
   * are moved to the reading thread rather than copied (a memory file is hundreds of
   * megabytes): the caller's array is empty afterwards.
   */
  importBytes(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): TmImportResult {
    return this.runImport(opts, (ctx, workerFile) =>
      workerFile ? importInParallel(ctx, { bytes }, fileName, opts, workerFile) : importUnits(ctx, byteChunks(bytes), fileName, opts),
    );
  }

  /**
   * Runs an import (see `importUnits`), on two threads when the reading thread is built
   * (`importInParallel`); lookups then re-plan over the grown memory.
   */
  private runImport(opts: ImportOptions, run: (ctx: ImportContext, workerFile: string | undefined) => TmImportResult): TmImportResult {
    const workerFile = opts.workerFile === false ? undefined : (opts.workerFile ?? defaultImportWorkerFile());
    try {
      return run({ db: this.db, repo: this.repo, now: this.now }, workerFile);
    } finally {
      this.memoryChanged();
    }
  }

  /** The memory was changed through another connection (a job worker's import): lookups re-plan. */
  memoryChanged(): void {
    delete this.samples.source;
    delete this.samples.target;
  }

  /** Every unit as exchange-format units, lazily, in id order (tuids kept unique). */
  exportUnits(filter: LangFilter = {}): Generator<TranslationUnit> {
    return this.exporter.units(filter);
  }

  /** Writes the memory to `file` in `format`, streamed (a partial file never takes its name). */
  exportToFile(file: string, format: TmExportFormat, filter: LangFilter = {}, extra: ExportOptions = {}): { units: number; file: string } {
    return this.exporter.toFile(file, format, filter, extra);
  }

  /** The export as bytes (the renderer saves it) and a suggested file name. */
  exportToBytes(format: TmExportFormat, filter: LangFilter = {}, extra: ExportOptions = {}): { bytes: Buffer; fileName: string; units: number } {
    return this.exporter.toBytes(format, filter, extra);
  }

  listGlossary(filter: { projectId?: number | null; sourceLang?: string; targetLang?: string; search?: string } = {}): GlossaryTerm[] {
    return this.glossary.list({ ...filter, ...(filter.search !== undefined ? { search: matchKey(filter.search) } : {}) });
  }

  addGlossaryTerm(t: {
    projectId: number | null;
    sourceLang: string;
    targetLang: string;
    sourceTerm: string;
    targetTerm: string;
    note?: string | null;
  }): GlossaryTerm & { isNew: boolean } {
    const sourceTerm = t.sourceTerm.trim();
    const targetTerm = t.targetTerm.trim();
    if (!sourceTerm || !targetTerm) throw new SverkaError('BAD_REQUEST', 'A glossary entry needs a source and a target term.');
    if (t.projectId !== null && !this.db.prepare('SELECT 1 FROM projects WHERE id = ?').get(t.projectId)) {
      throw new SverkaError('NOT_FOUND', `There is no project ${t.projectId}.`);
    }
    return this.db.transaction(() => {
      const res = this.glossary.add(
        {
          projectId: t.projectId,
          sourceLang: canonicalLang(t.sourceLang),
          targetLang: canonicalLang(t.targetLang),
          sourceTerm,
          targetTerm,
          sourceKey: matchKey(sourceTerm),
          note: t.note?.trim() || null,
        },
        this.now(),
      );
      const term = this.glossary.get(res.id)!;
      if (res.created) this.listener?.onDidAddTerm(term);
      return { ...term, isNew: res.created };
    })();
  }

  removeGlossaryTerm(id: number): { deleted: true } {
    if (!this.glossary.remove(id)) throw new SverkaError('NOT_FOUND', `There is no glossary term ${id}.`);
    return { deleted: true };
  }
}

export type { ExportOptions, ImportOptions };
