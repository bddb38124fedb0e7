import type { Db } from '../db/connection';
import { openDatabase } from '../db/connection';
import { SettingsRepository } from '../db/repositories/settings';
import { ProjectService, type FileDecoder } from './projects';
import { ensureSampleProject } from './sample';

/** Everything the handlers, the CLI and the web bridge need; one instance per database. */
export interface Services {
  db: Db;
  dbFile: string;
  shell: 'electron' | 'web' | 'cli';
  version: string;
  projects: ProjectService;
  settings: SettingsRepository;
  close(): void;
}

export interface ServiceOptions {
  dbFile: string;
  shell: Services['shell'];
  version?: string;
  /** Create the first-run sample project (the app and the web bridge do; the CLI does not). */
  sample?: boolean;
  decoder?: FileDecoder;
}

export function createServices(opts: ServiceOptions): Services {
  const db = openDatabase(opts.dbFile);
  const settings = new SettingsRepository(db);
  const projects = new ProjectService(db, opts.decoder);
  if (opts.sample) ensureSampleProject(projects, settings);
  return {
    db,
    dbFile: opts.dbFile,
    shell: opts.shell,
    version: opts.version ?? '0.0.0',
    projects,
    settings,
    close: () => db.close(),
  };
}
