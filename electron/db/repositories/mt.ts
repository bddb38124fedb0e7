import type { Db } from '../connection';
import type { MtDecision, MtReview, MtReviewSummary } from '../../../shared/ipc/channels/mt';

/** A cached suggestion as stored. */
export interface CachedSuggestion {
  id: number;
  cacheKey: string;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  suggestion: string;
  modelTypeUsed: string | null;
  billedCharacters: number;
  glossaryVersion: string;
  createdAt: string;
}

export interface NewSuggestion {
  cacheKey: string;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  formality: string;
  modelType: string | null;
  contextHash: string | null;
  glossaryVersion: string;
  suggestion: string;
  modelTypeUsed: string | null;
  billedCharacters: number;
  detectedSourceLang: string | null;
}

/** Where a project's glossary lives on one DeepL server, and which version it holds. */
export interface GlossarySyncRecord {
  projectId: number;
  server: string;
  glossaryId: string;
  version: string;
  dictionaries: Array<{ sourceLang: string; targetLang: string; version: string; entryCount: number }>;
  syncedAt: string;
}

export interface NewReview {
  projectId: number;
  ref: string | null;
  suggestionId: number | null;
  checkedTranslationId: number | null;
  sourceText: string;
  suggestion: string;
  finalText: string;
  editDistance: number;
  normalizedDistance: number;
  decision: MtDecision;
}

interface SuggestionRow {
  id: number;
  cache_key: string;
  source_lang: string;
  target_lang: string;
  source_text: string;
  suggestion: string;
  model_type_used: string | null;
  billed_characters: number;
  glossary_version: string;
  created_at: string;
}

interface ReviewRow {
  id: number;
  project_id: number;
  ref: string | null;
  suggestion_id: number | null;
  checked_translation_id: number | null;
  decision: MtDecision;
  edit_distance: number;
  normalized_distance: number;
  created_at: string;
  updated_at: string;
}

const toSuggestion = (r: SuggestionRow): CachedSuggestion => ({
  id: r.id,
  cacheKey: r.cache_key,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  sourceText: r.source_text,
  suggestion: r.suggestion,
  modelTypeUsed: r.model_type_used,
  billedCharacters: r.billed_characters,
  glossaryVersion: r.glossary_version,
  createdAt: r.created_at,
});

const toReview = (r: ReviewRow): MtReview => ({
  id: r.id,
  projectId: r.project_id,
  ref: r.ref,
  suggestionId: r.suggestion_id,
  checkedTranslationId: r.checked_translation_id,
  decision: r.decision,
  editDistance: r.edit_distance,
  normalizedDistance: r.normalized_distance,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SUGGESTION_COLUMNS = `id, cache_key, source_lang, target_lang, source_text, suggestion, model_type_used,
  billed_characters, glossary_version, created_at`;
const REVIEW_COLUMNS = `id, project_id, ref, suggestion_id, checked_translation_id, decision, edit_distance,
  normalized_distance, created_at, updated_at`;

/** The only place MT SQL lives: suggestion cache, glossary sync records, review decisions. */
export class MtRepository {
  constructor(private readonly db: Db) {}

  /** Cached suggestions for these keys (missing keys are absent from the map). */
  findByKeys(keys: readonly string[]): Map<string, CachedSuggestion> {
    const found = new Map<string, CachedSuggestion>();
    if (keys.length === 0) return found;
    // One statement over a JSON array: much faster than many IN (?, ?, ...) chunks.
    const rows = this.db
      .prepare(`SELECT ${SUGGESTION_COLUMNS} FROM mt_suggestions WHERE cache_key IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...new Set(keys)])) as SuggestionRow[];
    for (const r of rows) found.set(r.cache_key, toSuggestion(r));
    return found;
  }

  /** Marks cached suggestions as served (bookkeeping only; never changes a suggestion). */
  touch(ids: readonly number[], now: string): void {
    if (ids.length === 0) return;
    this.db
      .prepare('UPDATE mt_suggestions SET last_used_at = ?, use_count = use_count + 1 WHERE id IN (SELECT value FROM json_each(?))')
      .run(now, JSON.stringify(ids));
  }

  /**
   * Stores suggestions in one transaction and returns their ids by cache key. A key that is
   * already cached keeps its first suggestion: that is the one the user may have reviewed.
   */
  insertSuggestions(rows: readonly NewSuggestion[], now: string): Map<string, number> {
    const insert = this.db.prepare(
      `INSERT INTO mt_suggestions (cache_key, source_lang, target_lang, source_text, formality, model_type,
         context_hash, glossary_version, suggestion, model_type_used, billed_characters, detected_source_lang,
         created_at, last_used_at, use_count)
       VALUES (@cacheKey, @sourceLang, @targetLang, @sourceText, @formality, @modelType, @contextHash,
         @glossaryVersion, @suggestion, @modelTypeUsed, @billedCharacters, @detectedSourceLang, @now, @now, 1)
       ON CONFLICT (cache_key) DO NOTHING`,
    );
    const idOf = this.db.prepare('SELECT id FROM mt_suggestions WHERE cache_key = ?');
    const ids = new Map<string, number>();
    this.db.transaction(() => {
      for (const r of rows) {
        insert.run({ ...r, now });
        ids.set(r.cacheKey, (idOf.get(r.cacheKey) as { id: number }).id);
      }
    })();
    return ids;
  }

  /**
   * The newest cached suggestion for each text in a language pair, whatever options produced
   * it (missing texts are absent from the map): the workbench shows these beside the links.
   */
  latestForTexts(sourceLang: string, targetLang: string, texts: readonly string[]): Map<string, CachedSuggestion> {
    const found = new Map<string, CachedSuggestion>();
    if (texts.length === 0) return found;
    const rows = this.db
      .prepare(
        `SELECT ${SUGGESTION_COLUMNS} FROM mt_suggestions WHERE source_lang = ? AND target_lang = ?
         AND source_text IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
      )
      .all(sourceLang, targetLang, JSON.stringify([...new Set(texts)])) as SuggestionRow[];
    // Ascending order: the newest row for a text is set last and wins.
    for (const r of rows) found.set(r.source_text, toSuggestion(r));
    return found;
  }

  suggestion(id: number): CachedSuggestion | undefined {
    const row = this.db.prepare(`SELECT ${SUGGESTION_COLUMNS} FROM mt_suggestions WHERE id = ?`).get(id) as
      | SuggestionRow
      | undefined;
    return row && toSuggestion(row);
  }

  /** Whether the store's checked translation exists (reviews may link to one). */
  checkedTranslationExists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM checked_translations WHERE id = ?').get(id) !== undefined;
  }

  glossarySync(projectId: number, server: string): GlossarySyncRecord | undefined {
    const row = this.db
      .prepare('SELECT project_id, server, glossary_id, version, dictionaries, synced_at FROM mt_glossaries WHERE project_id = ? AND server = ?')
      .get(projectId, server) as
      | { project_id: number; server: string; glossary_id: string; version: string; dictionaries: string; synced_at: string }
      | undefined;
    if (!row) return undefined;
    return {
      projectId: row.project_id,
      server: row.server,
      glossaryId: row.glossary_id,
      version: row.version,
      dictionaries: JSON.parse(row.dictionaries) as GlossarySyncRecord['dictionaries'],
      syncedAt: row.synced_at,
    };
  }

  saveGlossarySync(rec: GlossarySyncRecord): void {
    this.db
      .prepare(
        `INSERT INTO mt_glossaries (project_id, server, glossary_id, version, dictionaries, synced_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (project_id, server) DO UPDATE SET glossary_id = excluded.glossary_id, version = excluded.version,
           dictionaries = excluded.dictionaries, synced_at = excluded.synced_at`,
      )
      .run(rec.projectId, rec.server, rec.glossaryId, rec.version, JSON.stringify(rec.dictionaries), rec.syncedAt);
  }

  deleteGlossarySync(projectId: number, server: string): void {
    this.db.prepare('DELETE FROM mt_glossaries WHERE project_id = ? AND server = ?').run(projectId, server);
  }

  /** Records a review; a review with the same (project, ref) replaces the earlier one. */
  saveReview(r: NewReview, now: string): MtReview {
    const params = { ...r, now };
    let id: number;
    if (r.ref !== null) {
      this.db
        .prepare(
          `INSERT INTO mt_reviews (project_id, ref, suggestion_id, checked_translation_id, source_text, suggestion,
             final_text, edit_distance, normalized_distance, decision, created_at, updated_at)
           VALUES (@projectId, @ref, @suggestionId, @checkedTranslationId, @sourceText, @suggestion, @finalText,
             @editDistance, @normalizedDistance, @decision, @now, @now)
           ON CONFLICT (project_id, ref) WHERE ref IS NOT NULL DO UPDATE SET suggestion_id = excluded.suggestion_id,
             checked_translation_id = excluded.checked_translation_id, source_text = excluded.source_text,
             suggestion = excluded.suggestion, final_text = excluded.final_text, edit_distance = excluded.edit_distance,
             normalized_distance = excluded.normalized_distance, decision = excluded.decision, updated_at = excluded.updated_at`,
        )
        .run(params);
      id = (this.db.prepare('SELECT id FROM mt_reviews WHERE project_id = ? AND ref = ?').get(r.projectId, r.ref) as { id: number }).id;
    } else {
      const info = this.db
        .prepare(
          `INSERT INTO mt_reviews (project_id, ref, suggestion_id, checked_translation_id, source_text, suggestion,
             final_text, edit_distance, normalized_distance, decision, created_at, updated_at)
           VALUES (@projectId, @ref, @suggestionId, @checkedTranslationId, @sourceText, @suggestion, @finalText,
             @editDistance, @normalizedDistance, @decision, @now, @now)`,
        )
        .run(params);
      id = Number(info.lastInsertRowid);
    }
    return toReview(this.db.prepare(`SELECT ${REVIEW_COLUMNS} FROM mt_reviews WHERE id = ?`).get(id) as ReviewRow);
  }

  reviewSummary(projectId: number): MtReviewSummary {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS total,
           COALESCE(SUM(decision = 'accepted'), 0) AS accepted,
           COALESCE(SUM(decision = 'edited'), 0) AS edited,
           COALESCE(SUM(decision = 'rejected'), 0) AS rejected,
           COALESCE(AVG(edit_distance), 0) AS mean_distance,
           COALESCE(AVG(normalized_distance), 0) AS mean_normalized
         FROM mt_reviews WHERE project_id = ?`,
      )
      .get(projectId) as {
      total: number;
      accepted: number;
      edited: number;
      rejected: number;
      mean_distance: number;
      mean_normalized: number;
    };
    return {
      projectId,
      total: row.total,
      accepted: row.accepted,
      edited: row.edited,
      rejected: row.rejected,
      meanEditDistance: row.mean_distance,
      meanNormalizedDistance: row.mean_normalized,
      acceptedShare: row.total === 0 ? 0 : row.accepted / row.total,
    };
  }
}
