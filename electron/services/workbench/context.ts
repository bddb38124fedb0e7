import type { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { SverkaError } from '../../../shared/errors';
import type { TextRange } from '../../../shared/ipc/channels/workbench';
import type { Db } from '../../db/connection';
import { SettingsRepository } from '../../db/repositories/settings';
import { WorkbenchRepository, type StoredLink } from '../../db/repositories/workbench';
import { LexiconStore } from '../lexicon/store';
import { LinkLearning } from '../lexicon/learning';
import type { OnlineAssist } from '../lexicon/assist';
import { DocumentState, type Side } from './document-state';
import type { JobRunner } from '../jobs/types';
import type { MtReviewer, SuggestionCache, TmWriter } from './tm-sink';

/** What the workbench takes from the rest of the container; every part is optional. */
export interface WorkbenchDeps {
  settings?: SettingsRepository;
  /** The translation memory accepted pairs go into; without it `review.accept` reports `tm: null`. */
  tm?: TmWriter;
  /** The MT service that records decisions on machine suggestions. */
  mt?: MtReviewer;
  /** Where the view reads cached machine suggestions (default: `mt`); a job worker reads the cache table itself. */
  suggestions?: SuggestionCache;
  /** The lexicons alignment consults and confirmations teach (default: one over the same database). */
  lexicons?: LexiconStore;
  /** Online assist (DeepL translations of the quotations as evidence) for projects that switch it on. */
  assist?: OnlineAssist;
  now?: () => string;
  /** Runs alignment and export off the main thread (the app, the web bridge, the CLI); without it they run here. */
  jobs?: JobRunner;
  /** The German–Russian base lexicon for quote fidelity (read on first use; null without the file). */
  lexicon?: () => BilingualLexicon | null;
}

/** Settings key of the reviewer's name (written into links, translations and TM provenance). */
export const REVIEWER_SETTING = 'reviewer.name';

/**
 * What every job of the workbench shares: the repository, the document state, the clock,
 * the reviewer's name and the checks that turn a bad id or span into a typed error.
 */
export class WorkbenchContext {
  readonly repo: WorkbenchRepository;
  readonly settings: SettingsRepository;
  readonly docs: DocumentState;
  readonly now: () => string;
  readonly lexicons: LexiconStore;
  /** Where every link edit reports its changed links (the learned lexicon). */
  readonly learning: LinkLearning;

  constructor(
    db: Db,
    readonly deps: WorkbenchDeps = {},
  ) {
    this.repo = new WorkbenchRepository(db);
    this.settings = deps.settings ?? new SettingsRepository(db);
    this.docs = new DocumentState(this.repo);
    this.now = deps.now ?? (() => new Date().toISOString());
    this.lexicons = deps.lexicons ?? new LexiconStore(db);
    this.learning = new LinkLearning(this.lexicons, this.now, {
      link: (id) => this.repo.link(id) ?? null,
      documentText: (projectId, role) => this.repo.documentText(projectId, role),
      transaction: (fn) => this.repo.transaction(fn),
    });
  }

  /** Both sides of the project with their segmentation (see `DocumentState.sides`). */
  sides(projectId: number, fresh = false): { source: Side; target: Side } {
    return this.docs.sides(projectId, this.requireProject(projectId), fresh);
  }

  reviewer(): string {
    const name = this.settings.get(REVIEWER_SETTING)?.trim();
    return name ? name.slice(0, 200) : 'user';
  }

  setReviewer(name: string): void {
    this.settings.set(REVIEWER_SETTING, name.trim().slice(0, 200));
  }

  requireProject(projectId: number): { sourceLang: string; targetLang: string } {
    const p = this.repo.projectLangs(projectId);
    if (!p) throw new SverkaError('NOT_FOUND', `There is no project ${projectId}.`);
    return p;
  }

  requireLink(linkId: number): StoredLink {
    const l = this.repo.link(linkId);
    if (!l) throw new SverkaError('NOT_FOUND', `There is no link ${linkId}.`);
    return l;
  }

  checkSpan(side: Side, span: TextRange, what: string): void {
    if (!side.doc) throw new SverkaError('CONFLICT', `The project has no ${what} document.`);
    if (span.start < 0 || span.start > span.end || span.end > side.text.length) {
      throw new SverkaError(
        'CONFLICT',
        `The span ${span.start}–${span.end} lies outside the ${what} text (${side.text.length} characters).`,
        { start: span.start, end: span.end, length: side.text.length },
      );
    }
  }
}
