import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createDb, type Db } from '../../../electron/db/connection';
import { ProjectService } from '../../../electron/services/projects';
import { MtService, type MtServiceOptions } from '../../../electron/services/mt';
import { EnvKeyStore, KeyChain, type SafeStorageLike } from '../../../electron/services/mt/keys';
import type { GlossaryTerm } from '../../../electron/services/mt/glossary';
import type { MtTranslateRequest } from '../../../shared/ipc/channels/mt';
import type { DeeplStandin } from '../../support/deepl-standin';

export interface Harness {
  db: Db;
  mt: MtService;
  projectId: number;
  logs: string[];
  terms: GlossaryTerm[];
}

/** An MtService on a fresh in-memory database, pointed at the stand-in with short waits. */
export function harness(
  standin: DeeplStandin,
  extra: Partial<MtServiceOptions> & { key?: string | null; db?: Db } = {},
): Harness {
  const db = extra.db ?? createDb();
  const projectId = new ProjectService(db).create('MT test').id;
  const logs: string[] = [];
  const terms: GlossaryTerm[] = [];
  const { key, db: _db, ...rest } = extra;
  const env: NodeJS.ProcessEnv = key === null ? {} : { DEEPL_AUTH_KEY: key ?? standin.key };
  const mt = new MtService({
    db,
    keys: new KeyChain([new EnvKeyStore(env)]),
    serverUrl: standin.url,
    log: (l) => logs.push(l),
    backoffBaseMs: 1,
    backoffMaxMs: 4,
    requestTimeoutMs: 5_000,
    confirmThreshold: 1_000_000,
    glossaryTerms: () => terms,
    ...rest,
  });
  return { db, mt, projectId, logs, terms };
}

/** A translate request with the schema's defaults filled in. */
export function request(
  texts: readonly string[],
  over: Partial<MtTranslateRequest> = {},
): MtTranslateRequest {
  return {
    sourceLang: 'ru',
    targetLang: 'de',
    items: texts.map((text, i) => ({ id: `s${i + 1}`, text })),
    formality: 'default',
    useGlossary: true,
    contextWindow: 0,
    cacheOnly: false,
    ...over,
  };
}

export function translateRequests(standin: DeeplStandin): number {
  return standin.counts.byRoute['POST /v2/translate'] ?? 0;
}

/** Waits (polling) until `cond` holds; for events the test cannot await directly. */
export async function until(cond: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > limitMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A stand-in for Electron's safeStorage that really encrypts (AES-GCM, key held in memory). */
export function fakeSafeStorage(available = true): SafeStorageLike {
  const k = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(plain: string) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', k, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(blob: Buffer) {
      const d = createDecipheriv('aes-256-gcm', k, blob.subarray(0, 12));
      d.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

