import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../../shared/ipc/result';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { registerIpc } from '../../../electron/ipc/register';
import { createServices, type Services } from '../../../electron/services';

/** Results read loosely: each test knows which side it expects. */
export type LooseResult = { ok: boolean; value: any; error: { code: string; message: string } };

type Listener = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<Result<unknown>>;

/** Records ipcMain.handle registrations and lets a test invoke them like the renderer would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, payload: unknown): Promise<LooseResult> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: { url: 'app://sverka/index.html' } }, payload) as Promise<LooseResult>;
  }
  /** Invokes and fails the test with the error message unless the call succeeded. */
  async ok(channel: string, payload: unknown): Promise<any> {
    const r = await this.invoke(channel, payload);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  }
}

export interface Bench {
  dir: string;
  services: Services;
  ipc: FakeIpcMain;
  close(): void;
}

/** Services on a real database file in a fresh temp directory, wired to a fake ipcMain. */
export function openBench(): Bench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-wb-'));
  const services = createServices({
    dbFile: path.join(dir, 'sverka.db'),
    shell: 'electron',
    backup: 'off',
    integrity: 'off',
    env: {},
  });
  const ipc = new FakeIpcMain();
  registerIpc(ipc as never, createDispatch(services));
  return {
    dir,
    services,
    ipc,
    close() {
      services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const root = path.resolve(__dirname, '../../..');

/** The user's sample German article (shipped with the app). */
export function seedArticle(): string {
  return fs.readFileSync(path.join(root, 'electron', 'resources', 'samples', 'seed-article.de.txt'), 'utf8');
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
}

/** Creates a project with both documents and returns its id. */
export async function projectWith(ipc: FakeIpcMain, source: string | null, target: string, name = 'Workbench test'): Promise<number> {
  const p = await ipc.ok('projects.create', { name });
  // The workbench is tested on odd pairs too (two German texts): the slot check has its own tests.
  if (source !== null) await ipc.ok('documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text: source, acceptMismatch: true });
  await ipc.ok('documents.addText', { projectId: p.id, role: 'target', lang: 'de', text: target, acceptMismatch: true });
  return p.id;
}

/** The offset range of `needle` in `text` (first occurrence); fails loudly when absent. */
export function find(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture lacks ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}
