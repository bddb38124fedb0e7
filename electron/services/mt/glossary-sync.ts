import type { MtRepository } from '../../db/repositories/mt';
import { classifyFailure, type DeeplGateway } from './deepl';
import { race } from './flow';
import type { PreparedGlossary } from './glossary';

/** The server a glossary id belongs to, without credentials, query or fragment. */
export function describeServer(serverUrl: string | undefined): string | null {
  if (!serverUrl) return null;
  try {
    const u = new URL(serverUrl);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return 'invalid';
  }
}

/**
 * Keeps each project's DeepL glossary in step with its terms. The glossary's id and version
 * are stored per project and server; two batches never create the same glossary twice.
 */
export class GlossarySync {
  /** Syncs in progress, by project, server and version. */
  private readonly syncing = new Map<string, Promise<string>>();

  constructor(
    private readonly repo: MtRepository,
    private readonly o: { serverUrl: string | undefined; requestTimeoutMs: number; now: () => string; log: (line: string) => void },
  ) {}

  /** Where glossary ids live: the configured server, or DeepL's free / pro API for the key. */
  serverLabel(key: string): string {
    return describeServer(this.o.serverUrl) ?? (key.endsWith(':fx') ? 'deepl:free' : 'deepl:pro');
  }

  /** Forgets the stored glossary (DeepL no longer has it), so the next sync creates it afresh. */
  forget(projectId: number, key: string): void {
    this.repo.deleteGlossarySync(projectId, this.serverLabel(key));
  }

  /**
   * Makes the DeepL glossary match the project's terms and returns its id. Nothing is sent
   * when the stored version matches; a changed glossary has its dictionaries replaced in place.
   */
  sync(projectId: number, g: PreparedGlossary, gateway: DeeplGateway, signal: AbortSignal, key: string): Promise<string> {
    const id = `${projectId}|${this.serverLabel(key)}|${g.version}`;
    const running = this.syncing.get(id);
    if (running) return running;
    const p = this.doSync(projectId, g, gateway, signal, key).finally(() => this.syncing.delete(id));
    this.syncing.set(id, p);
    return p;
  }

  private async doSync(projectId: number, g: PreparedGlossary, gateway: DeeplGateway, signal: AbortSignal, key: string): Promise<string> {
    const server = this.serverLabel(key);
    const record = this.repo.glossarySync(projectId, server);
    if (record && record.version === g.version) return record.glossaryId;
    const t = this.o.requestTimeoutMs;
    const save = (glossaryId: string) =>
      this.repo.saveGlossarySync({
        projectId,
        server,
        glossaryId,
        version: g.version,
        dictionaries: g.dictionaries.map((d) => ({
          sourceLang: d.sourceLang,
          targetLang: d.targetLang,
          version: d.version,
          entryCount: d.entries.length,
        })),
        syncedAt: this.o.now(),
      });
    if (record) {
      try {
        for (const d of g.dictionaries) {
          const old = record.dictionaries.find((x) => x.sourceLang === d.sourceLang && x.targetLang === d.targetLang);
          if (old?.version === d.version) continue;
          await race(gateway.replaceDictionary(record.glossaryId, d), t, signal);
        }
        for (const old of record.dictionaries) {
          if (!g.dictionaries.some((d) => d.sourceLang === old.sourceLang && d.targetLang === old.targetLang)) {
            await race(gateway.deleteDictionary(record.glossaryId, old.sourceLang, old.targetLang), t, signal);
          }
        }
        save(record.glossaryId);
        this.o.log(`mt: glossary of project ${projectId} updated`);
        return record.glossaryId;
      } catch (err) {
        const f = classifyFailure(err);
        if (!(f.glossaryMissing || f.status === 404)) throw err;
        // Deleted on the server (or made with another account's key): create it afresh.
        this.repo.deleteGlossarySync(projectId, server);
      }
    }
    const id = await race(gateway.createGlossary(`Sverka project ${projectId}`, g.dictionaries), t, signal);
    save(id);
    this.o.log(`mt: glossary of project ${projectId} created`);
    return id;
  }
}
