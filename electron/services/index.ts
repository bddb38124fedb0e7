import { SverkaError } from '../../shared/errors';
import { assertIntact, offerBackup, rollingBackup, type OpenCheckPolicy } from '../db/backup';
import type { Db } from '../db/connection';
import { openDatabase } from '../db/connection';
import { SettingsRepository } from '../db/repositories/settings';
import { ProjectService, type FileDecoder } from './projects';
import { ensureDemoProject, ensureSampleProject } from './sample';
import { documentDecoder } from './import';
import { TmService } from './tm';
import { WorkbenchService } from './workbench';
import { defaultDataDir } from '../db/paths';
import { MtService, defaultKeyChain, type KeyChain, type MtServiceOptions } from './mt';
import { GlossaryRepository } from '../db/repositories/glossary';
import { BackgroundJobs, createRunner, indexMemory } from './jobs';
import { defaultTeamKeyChain, TeamService, type TeamServiceOptions } from './team';
import { LexiconService } from './lexicon/service';
import { LexiconStore } from './lexicon/store';
import { OnlineAssist } from './lexicon/assist';

/** Everything the handlers, the CLI and the web bridge need; one instance per database. */
export interface Services {
  db: Db;
  dbFile: string;
  shell: 'electron' | 'web' | 'cli';
  version: string;
  projects: ProjectService;
  settings: SettingsRepository;
  /** Machine suggestions (DeepL), their cache and review data. */
  mt: MtService;
  /** Translation memory and glossary. */
  tm: TmService;
  /** Alignment runs, the workbench view, link edits and review (accept/reject). */
  workbench: WorkbenchService;
  /** Memory import/export and project export off the main thread, with progress and cancel by job id. */
  jobs: BackgroundJobs;
  /** The shared team memory on PostgreSQL: merged lookups, the outbox, push and pull. */
  team: TeamService;
  /** User dictionaries, the learned lexicon and the online-assist switch. */
  lexicons: LexiconService;
  /** Settles when the first-run demo project (if one was just created) is aligned. */
  samplesReady: Promise<void>;
  /** The rolling backup taken on open: its file, null when skipped, or the error message. */
  backupDone: Promise<{ file: string | null; error?: string }>;
  /** Closes the database (after a backup still in progress has finished). */
  close(): void;
}

export interface ServiceOptions {
  dbFile: string;
  shell: Services['shell'];
  version?: string;
  /** Create the first-run sample and demo projects (the app and the web bridge do; the CLI does not). */
  sample?: boolean;
  decoder?: FileDecoder;
  /**
   * Where the DeepL key is read from. Default: DEEPL_AUTH_KEY, then <data dir>/deepl.key; the
   * desktop app passes `electronKeyChain(safeStorage, userData)`.
   */
  mtKeys?: KeyChain;
  /** Further MT settings (tests: a glossary source, short timeouts). */
  mt?: Partial<Omit<MtServiceOptions, 'db' | 'keys'>>;
  env?: NodeJS.ProcessEnv;
  /**
   * Where the team memory's password is read from. Default: <data dir>/team.password (owner
   * only); the desktop app passes `electronTeamKeyChain(safeStorage, userData)`.
   */
  teamKeys?: KeyChain;
  /** Further team memory settings (tests: short timeouts). */
  team?: Partial<Pick<TeamServiceOptions, 'lookupTimeoutMs' | 'client' | 'now'>>;
  /** Deliver the team outbox in the background (default: the app and the web bridge, not the CLI). */
  teamBackgroundSync?: boolean;
  /**
   * Rolling backup (last 5, in `backups/` beside the database) when the database is opened.
   * Default: 'always' for the app and the web bridge, 'daily' for the CLI so that quick
   * commands on a large memory do not copy it each time.
   */
  backup?: OpenCheckPolicy;
  /** `PRAGMA integrity_check` (quick_check above 64 MB) on open; same defaults as `backup`. */
  integrity?: OpenCheckPolicy;
  /**
   * The job worker entry (default: worker.cjs beside the bundle). Without a built one, or for
   * an in-memory database, or with `inlineJobs`, the heavy jobs run on the calling thread.
   */
  workerFile?: string;
  inlineJobs?: boolean;
}

const INTEGRITY_KEY = 'db.integrityCheckedAt';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens the database, turning damage into an error that offers the newest good backup.
 * `checked` says whether the integrity check ran now (the backup then need not repeat it).
 */
function openChecked(opts: ServiceOptions): { db: Db; settings: SettingsRepository; checked: boolean } {
  let db: Db;
  try {
    db = openDatabase(opts.dbFile);
  } catch (err) {
    if (err instanceof SverkaError && err.code === 'DB_CORRUPT') throw offerBackup(err.message, opts.dbFile);
    throw err;
  }
  const settings = new SettingsRepository(db);
  const policy = opts.integrity ?? (opts.shell === 'cli' ? 'daily' : 'always');
  let checked = false;
  if (policy !== 'off' && opts.dbFile !== ':memory:') {
    const last = Date.parse(settings.get(INTEGRITY_KEY) ?? '');
    if (policy === 'always' || !(Date.now() - last < DAY_MS)) {
      try {
        checked = assertIntact(db, opts.dbFile).ok;
      } catch (err) {
        db.close();
        throw err;
      }
      settings.set(INTEGRITY_KEY, new Date().toISOString());
    }
  }
  return { db, settings, checked };
}

export function createServices(opts: ServiceOptions): Services {
  const { db, settings, checked } = openChecked(opts);
  const projects = new ProjectService(db, opts.decoder ?? documentDecoder);
  let demoId: number | null = null;
  if (opts.sample) {
    ensureSampleProject(projects, settings);
    demoId = ensureDemoProject(projects, settings);
  }
  const env = opts.env ?? process.env;
  const mt = new MtService({
    serverUrl: env['DEEPL_SERVER_URL']?.trim() || undefined,
    appVersion: opts.version ?? '0.0.0',
    ...opts.mt,
    db,
    keys: opts.mtKeys ?? defaultKeyChain(defaultDataDir(env), env),
    glossaryTerms: opts.mt?.glossaryTerms ?? ((projectId) => new GlossaryRepository(db).list({ projectId })),
  });
  const tm = new TmService(db);
  const runner = createRunner(db, opts.dbFile, { ...(opts.workerFile ? { workerFile: opts.workerFile } : {}), inline: opts.inlineJobs === true });
  const jobs = new BackgroundJobs(runner);
  // A concordance index left unfinished (the app quit or crashed while it was built) resumes.
  // The command line builds it within `tm import` instead: its process ends after each command.
  if (opts.shell !== 'cli' && tm.repo.indexBacklogSize() > 0) void indexMemory(jobs).catch(() => undefined);
  const teamKeys = opts.teamKeys ?? defaultTeamKeyChain(defaultDataDir(env));
  const team = new TeamService({
    db,
    tm,
    settings,
    keys: teamKeys,
    env,
    canSetPassword: opts.shell === 'electron' && teamKeys.canWrite,
    ...opts.team,
  });
  if (opts.teamBackgroundSync ?? opts.shell !== 'cli') team.startBackgroundSync();
  const lexiconStore = new LexiconStore(db);
  const lexicons = new LexiconService(lexiconStore, jobs);
  const assist = new OnlineAssist(lexiconStore.repo, mt);
  const workbench = new WorkbenchService(db, { settings, tm, mt, jobs: runner, lexicons: lexiconStore, assist });
  // The demo opens aligned: align it now, in the background (a failure leaves it to the user's Align).
  const samplesReady = demoId === null ? Promise.resolve() : workbench.align(demoId, 'auto').then(() => undefined, () => undefined);
  let backupPending = true;
  // Without a check at this open, the backup checks the database itself: a damaged one is never copied.
  const backupDone = rollingBackup(db, opts.dbFile, { policy: opts.backup ?? (opts.shell === 'cli' ? 'daily' : 'always'), sourceChecked: checked }).then(
    (file) => ({ file }),
    (err: unknown) => ({ file: null, error: err instanceof Error ? err.message : String(err) }),
  );
  void backupDone.finally(() => {
    backupPending = false;
  });
  return {
    db,
    dbFile: opts.dbFile,
    shell: opts.shell,
    version: opts.version ?? '0.0.0',
    projects,
    settings,
    mt,
    tm,
    workbench,
    jobs,
    team,
    lexicons,
    samplesReady,
    backupDone,
    close: () => {
      mt.dispose();
      void jobs.close();
      void team.dispose();
      // The backup copies from this connection; closing under it would abort it.
      if (backupPending) void backupDone.finally(() => db.open && db.close());
      else if (db.open) db.close();
    },
  };
}
