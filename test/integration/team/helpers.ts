import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services, type ServiceOptions } from '../../../electron/services';
import { TeamClient } from '../../../electron/services/team';
import { parseTeamUrl } from '../../../electron/services/team/config';
import type { TeamUnitPayload } from '../../../shared/tm/team';
import { startPostgres, type PgCluster } from '../../support/postgres';

/** A team memory database on a throwaway cluster, set up by its administrator (the superuser). */
export interface TeamDb {
  name: string;
  /** The administrator's address (superuser) with `?memory=`. */
  adminUrl(memory?: string): string;
  /** A login role's address. */
  url(user: string, password: string, memory?: string): string;
}

let counter = 0;

/** A fresh database with the Sverka schema and memory `main` (through `tm team init`'s code). */
export async function teamDatabase(cluster: PgCluster, memories: readonly string[] = ['main']): Promise<TeamDb> {
  const name = `team_${process.pid}_${++counter}`;
  await cluster.createDatabase(name);
  const db: TeamDb = {
    name,
    adminUrl: (memory = 'main') => `${cluster.url(name)}?memory=${encodeURIComponent(memory)}`,
    url: (user, password, memory = 'main') =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${name}?memory=${encodeURIComponent(memory)}`,
  };
  const s = servicesFor(db.adminUrl(memories[0]));
  try {
    for (const m of memories) await s.team.init(m);
  } finally {
    s.close();
  }
  return db;
}

const dirs: string[] = [];
export function tmpDir(prefix = 'sverka-team-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function removeTmpDirs(): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/**
 * Services over a fresh local database, with the team memory at `url` (SVERKA_TEAM_URL).
 * Lookups wait up to 15 s for the team memory, not the app's 300 ms: these tests are about what
 * the server answers, and a first connection on a machine busy with other tests can take longer
 * (the 300 ms default has a test of its own).
 */
export function servicesFor(url: string | null, opts: Partial<ServiceOptions> & { dbFile?: string } = {}): Services {
  const dir = tmpDir();
  return createServices({
    dbFile: opts.dbFile ?? path.join(dir, 'sverka.db'),
    shell: 'cli',
    backup: 'off',
    integrity: 'off',
    env: { ...(url ? { SVERKA_TEAM_URL: url } : {}), XDG_DATA_HOME: path.join(dir, 'data'), HOME: dir },
    teamBackgroundSync: false,
    ...opts,
    team: { lookupTimeoutMs: 15_000, ...opts.team },
  });
}

/** A client straight to a team memory (the store tests use it without the service around it). */
export function clientFor(url: string): TeamClient {
  return new TeamClient(parseTeamUrl(url), { offlineCooldownMs: 0 });
}

/** A unit payload as the outbox would send it. */
export function payload(source: string, target: string, extra: Partial<TeamUnitPayload> = {}): TeamUnitPayload {
  return {
    uuid: crypto.randomUUID(),
    parentUuid: null,
    sourceLang: 'ru',
    targetLang: 'de',
    source,
    target,
    sourceInline: null,
    targetInline: null,
    origin: 'human',
    reviewed: true,
    status: 'approved',
    project: null,
    creator: null,
    changer: null,
    reviewer: null,
    created: '2026-11-27T05:00:00.000Z',
    changed: '2026-11-27T05:00:00.000Z',
    props: {},
    notes: [],
    ...extra,
  };
}

export { startPostgres, type PgCluster };
