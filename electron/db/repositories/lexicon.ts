import type { LearnedCount, TaughtPair } from '../../../shared/align/dictionary/confirmed';
import type { Db } from '../connection';

/** A user's imported dictionary as listed. */
export interface UserLexiconRow {
  id: number;
  projectId: number | null;
  name: string;
  format: 'tsv' | 'tbx' | 'tei';
  entries: number;
  created: string;
}

/** What a confirmed link taught, as recorded against it. */
export interface LearnedLinkRecord {
  linkId: number;
  projectId: number;
  /** The German and Russian texts the pairs came from (a changed text teaches anew). */
  key: string;
  pairs: TaughtPair[];
}

interface LexiconDbRow {
  id: number;
  project_id: number | null;
  name: string;
  format: 'tsv' | 'tbx' | 'tei';
  entries: number;
  created_at: string;
}

const toRow = (r: LexiconDbRow): UserLexiconRow => ({ id: r.id, projectId: r.project_id, name: r.name, format: r.format, entries: r.entries, created: r.created_at });

/** SQL of the learned lexicon, the user's dictionaries and the per-project online-assist switch. */
export class LexiconRepository {
  constructor(private readonly db: Db) {}

  // Learned pairs --------------------------------------------------------------------------

  learnedPairs(): LearnedCount[] {
    return this.db.prepare('SELECT de, ru, count FROM learned_pairs').all() as LearnedCount[];
  }

  learnedCount(): number {
    return this.db.prepare('SELECT count(*) FROM learned_pairs').pluck().get() as number;
  }

  /** Adds (sign 1) or takes back (sign -1) taught pairs; a pair whose count reaches zero goes. */
  addLearned(pairs: readonly TaughtPair[], sign: 1 | -1, now: string): void {
    const up = this.db.prepare(
      `INSERT INTO learned_pairs (de, ru, count, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (de, ru) DO UPDATE SET count = count + excluded.count, updated_at = excluded.updated_at`,
    );
    const dec = this.db.prepare('UPDATE learned_pairs SET count = count - ?, updated_at = ? WHERE de = ? AND ru = ? AND count - ? > 1e-9');
    const del = this.db.prepare('DELETE FROM learned_pairs WHERE de = ? AND ru = ?');
    for (const p of pairs) {
      if (!(p.credit > 0) || !p.de || !p.ru || p.de.length > 100 || p.ru.length > 100) continue;
      if (sign > 0) up.run(p.de, p.ru, p.credit, now);
      else if (dec.run(p.credit, now, p.de, p.ru, p.credit).changes === 0) del.run(p.de, p.ru);
    }
  }

  learnedLink(linkId: number): LearnedLinkRecord | null {
    const r = this.db.prepare('SELECT link_id, project_id, taught_key, pairs FROM learned_links WHERE link_id = ?').get(linkId) as
      | { link_id: number; project_id: number; taught_key: string; pairs: string }
      | undefined;
    return r ? { linkId: r.link_id, projectId: r.project_id, key: r.taught_key, pairs: JSON.parse(r.pairs) as TaughtPair[] } : null;
  }

  saveLearnedLink(rec: LearnedLinkRecord): void {
    this.db
      .prepare('INSERT OR REPLACE INTO learned_links (link_id, project_id, taught_key, pairs) VALUES (?, ?, ?, ?)')
      .run(rec.linkId, rec.projectId, rec.key, JSON.stringify(rec.pairs));
  }

  deleteLearnedLink(linkId: number): void {
    this.db.prepare('DELETE FROM learned_links WHERE link_id = ?').run(linkId);
  }

  // User lexicons ---------------------------------------------------------------------------

  /** Starts an import: a row in state 'importing' that lookups ignore. */
  beginLexicon(projectId: number | null, name: string, format: UserLexiconRow['format'], now: string): number {
    return Number(
      this.db
        .prepare("INSERT INTO user_lexicons (project_id, name, format, state, created_at) VALUES (?, ?, ?, 'importing', ?)")
        .run(projectId, name.slice(0, 260) || 'dictionary', format, now).lastInsertRowid,
    );
  }

  /** Writes a batch of entries of an import in one transaction. */
  addEntries(lexiconId: number, entries: readonly (readonly [string, string])[]): void {
    const ins = this.db.prepare('INSERT INTO user_lexicon_entries (lexicon_id, de, ru) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const [de, ru] of entries) ins.run(lexiconId, de, ru);
    })();
  }

  finishLexicon(lexiconId: number, entries: number): void {
    this.db.prepare("UPDATE user_lexicons SET state = 'ready', entries = ? WHERE id = ?").run(entries, lexiconId);
  }

  deleteLexicon(lexiconId: number): boolean {
    return this.db.prepare('DELETE FROM user_lexicons WHERE id = ?').run(lexiconId).changes > 0;
  }

  /** Deletes imports a crash left unfinished; returns how many. */
  deleteUnfinished(): number {
    return this.db.prepare("DELETE FROM user_lexicons WHERE state = 'importing'").run().changes;
  }

  /** Finished lexicons: every one (undefined), the global ones (null), or a project's and the global ones. */
  lexicons(projectId?: number | null): UserLexiconRow[] {
    const cols = 'id, project_id, name, format, entries, created_at';
    const rows =
      projectId === undefined
        ? this.db.prepare(`SELECT ${cols} FROM user_lexicons WHERE state = 'ready' ORDER BY id`).all()
        : projectId === null
          ? this.db.prepare(`SELECT ${cols} FROM user_lexicons WHERE state = 'ready' AND project_id IS NULL ORDER BY id`).all()
          : this.db.prepare(`SELECT ${cols} FROM user_lexicons WHERE state = 'ready' AND (project_id IS NULL OR project_id = ?) ORDER BY id`).all(projectId);
    return (rows as LexiconDbRow[]).map(toRow);
  }

  lexicon(id: number): UserLexiconRow | null {
    const r = this.db.prepare("SELECT id, project_id, name, format, entries, created_at FROM user_lexicons WHERE id = ? AND state = 'ready'").get(id) as LexiconDbRow | undefined;
    return r ? toRow(r) : null;
  }

  /** The entries of one lexicon, streamed (a large dictionary is not read into an array first). */
  *entries(lexiconId: number): Generator<[string, string]> {
    for (const r of this.db.prepare('SELECT de, ru FROM user_lexicon_entries WHERE lexicon_id = ?').raw().iterate(lexiconId) as Iterable<[string, string]>) yield r;
  }

  // Online assist ---------------------------------------------------------------------------

  onlineAssist(projectId: number): boolean | null {
    const v = this.db.prepare('SELECT online_assist FROM projects WHERE id = ?').pluck().get(projectId) as number | undefined;
    return v === undefined ? null : v === 1;
  }

  setOnlineAssist(projectId: number, on: boolean): boolean {
    return this.db.prepare('UPDATE projects SET online_assist = ? WHERE id = ?').run(on ? 1 : 0, projectId).changes > 0;
  }

  /** Marks which of a project's quotation links rest on online-assist evidence (by German span). */
  markAssisted(projectId: number, targets: readonly { start: number; end: number }[]): void {
    this.db.prepare("UPDATE alignment_links SET assisted = 0 WHERE project_id = ? AND kind = 'quote' AND assisted = 1").run(projectId);
    const set = this.db.prepare("UPDATE alignment_links SET assisted = 1 WHERE project_id = ? AND kind = 'quote' AND target_start = ? AND target_end = ? AND who = 'auto'");
    for (const t of targets) set.run(projectId, t.start, t.end);
  }

  /** Ids of a project's links whose evidence used the online assist. */
  assistedLinks(projectId: number): Set<number> {
    return new Set(this.db.prepare('SELECT id FROM alignment_links WHERE project_id = ? AND assisted = 1').pluck().all(projectId) as number[]);
  }
}
