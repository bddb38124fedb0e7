import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { registerIpc } from '../../../electron/ipc/register';
import { createServices, type Services } from '../../../electron/services';

/** Results read loosely: each test knows which side it expects. */
type LooseResult = { ok: boolean; value: any; error: { code: string; message: string } };

type Listener = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<Result<unknown>>;

/** Records ipcMain.handle registrations and lets a test invoke them like a renderer would. */
class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, payload: unknown, url = 'app://sverka/index.html'): Promise<LooseResult> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: { url } }, payload) as Promise<LooseResult>;
  }
}

let dir: string;
let services: Services;
let ipc: FakeIpcMain;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-ipc-'));
  services = createServices({ dbFile: path.join(dir, 'sverka.db'), shell: 'electron', sample: true });
  ipc = new FakeIpcMain();
  registerIpc(ipc as never, createDispatch(services));
});

afterEach(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('IPC handlers against a real database file', () => {
  it('registers every contract channel exactly once', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('creates the first-run sample project with the German article and no Russian side', async () => {
    const list = await ipc.invoke('projects.list', {});
    expect(list.ok).toBe(true);
    expect(list.value).toHaveLength(2);
    const sample = list.value.find((p: { name: string }) => p.name.startsWith('Sample'));
    const detail = await ipc.invoke('projects.open', { id: sample.id });
    expect(detail.value.documents.map((d: { role: string }) => d.role)).toEqual(['target']);
    const doc = await ipc.invoke('documents.get', { id: detail.value.documents[0].id });
    expect(doc.value.text).toContain('Rossiyskaya Gazeta');
    expect(doc.value.lang).toBe('de');
  });

  it('creates the demo project first-run too: both texts, said to be invented, aligned, and listed first', async () => {
    await services.samplesReady;
    const list = await ipc.invoke('projects.list', {});
    const demo = list.value[0];
    expect(demo.name).toMatch(/^Demo/);
    expect(demo.description).toMatch(/invented/i);
    const detail = await ipc.invoke('projects.open', { id: demo.id });
    expect(detail.value.documents.map((d: { role: string }) => d.role).sort()).toEqual(['source', 'target']);
    const view = await ipc.invoke('workbench.view', { projectId: demo.id });
    const quotes = view.value.links.filter((l: { kind: string }) => l.kind === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(8);
    // Found in the original, and said not to be in it: both are there to see.
    expect(quotes.some((l: { source: unknown }) => l.source !== null)).toBe(true);
    expect(quotes.some((l: { status: string }) => l.status === 'no_source')).toBe(true);
    const kinds = new Set(view.value.target.quotes.map((q: { kind: string }) => q.kind));
    expect([...kinds].sort()).toEqual(['quotation', 'term', 'title']);
  });

  it('creates, renames, opens and deletes a project, and keeps documents per role', async () => {
    const created = await ipc.invoke('projects.create', { name: '  Interview  ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Interview', sourceLang: 'ru', targetLang: 'de', documents: [] } });
    const id = created.value.id;
    const renamed = await ipc.invoke('projects.rename', { id, name: 'Interview 2' });
    expect(renamed.value.name).toBe('Interview 2');
    const text = 'Москва, 3 октября. Президент заявил: «Мы готовы».';
    const added = await ipc.invoke('documents.addText', { projectId: id, role: 'source', lang: 'ru', text });
    expect(added.value).toMatchObject({ role: 'source', lang: 'ru', length: text.length, fileName: null });
    const bytes = Buffer.from('Moskau, 3. Oktober. „Wir sind bereit“, sagte er.\n', 'utf8');
    const imported = await ipc.invoke('documents.importFile', {
      projectId: id,
      role: 'target',
      lang: 'de',
      fileName: 'artikel.txt',
      dataBase64: bytes.toString('base64'),
    });
    expect(imported.value).toMatchObject({ role: 'target', fileName: 'artikel.txt', encoding: 'utf-8' });
    const opened = await ipc.invoke('projects.open', { id });
    expect(opened.value.documents).toHaveLength(2);
    expect(opened.value.openedAt).not.toBeNull();
    const source = await ipc.invoke('documents.get', { id: added.value.id });
    expect(source.value.text).toBe(text);
    const deleted = await ipc.invoke('projects.delete', { id });
    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    expect((await ipc.invoke('documents.get', { id: added.value.id })).error.code).toBe('NOT_FOUND');
  });

  it.each([
    ['projects.create', null],
    ['projects.create', { name: '' }],
    ['projects.create', { name: 42 }],
    ['projects.create', { name: 'x', sourceLang: 'Russian!' }],
    ['projects.create', { name: 'x', extra: true }],
    ['projects.open', { id: -1 }],
    ['projects.open', { id: 1.5 }],
    ['projects.open', 'id=1'],
    ['projects.rename', { id: 1 }],
    ['documents.addText', { projectId: 1, role: 'middle', lang: 'de', text: 'x' }],
    ['documents.importFile', { projectId: 1, role: 'source', lang: 'ru', fileName: '', dataBase64: '' }],
    ['documents.get', {}],
  ])('refuses a malformed %s payload %j with BAD_REQUEST', async (channel, payload) => {
    const r = await ipc.invoke(channel, payload);
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('BAD_REQUEST');
    expect(r.error.message).toMatch(/Invalid request/);
  });

  it('reports unknown ids as NOT_FOUND, not as a crash', async () => {
    expect((await ipc.invoke('projects.open', { id: 99999 })).error.code).toBe('NOT_FOUND');
    expect((await ipc.invoke('projects.rename', { id: 99999, name: 'x' })).error.code).toBe('NOT_FOUND');
    expect((await ipc.invoke('documents.addText', { projectId: 99999, role: 'source', lang: 'ru', text: 'x' })).error.code).toBe('NOT_FOUND');
  });

  it('refuses calls from frames that are not the app', async () => {
    const r = await ipc.invoke('projects.list', {}, 'https://evil.example/');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0xff, 0x00]), /BINARY_FILE|UNSUPPORTED|PARSE_ERROR/],
    ['empty', Buffer.alloc(0), /EMPTY_INPUT/],
  ])('refuses a %s .txt file with a clear error and keeps the project unchanged', async (_label, bytes, code) => {
    const p = await ipc.invoke('projects.create', { name: 'Bad input' });
    const r = await ipc.invoke('documents.importFile', {
      projectId: p.value.id,
      role: 'source',
      lang: 'ru',
      fileName: 'file.txt',
      dataBase64: bytes.toString('base64'),
    });
    expect(r.ok).toBe(false);
    expect(r.error.code).toMatch(code);
    expect(r.error.message.length).toBeGreaterThan(10);
    expect((await ipc.invoke('projects.open', { id: p.value.id })).value.documents).toEqual([]);
  });
});
