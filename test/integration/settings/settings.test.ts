import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    this.handlers.set(channel, listener);
  }
  invoke(channel: string, payload: unknown): Promise<LooseResult> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return h({ senderFrame: { url: 'app://sverka/index.html' } }, payload) as Promise<LooseResult>;
  }
}

const ALL_KEYS = Object.freeze(['ui.theme', 'ui.lang', 'mt.formality', 'align.mode'] as const);

let dir: string;
let dbFile: string;
let services: Services;
let ipc: FakeIpcMain;

function open(): void {
  services = createServices({ dbFile, shell: 'web', backup: 'off', integrity: 'off' });
  ipc = new FakeIpcMain();
  registerIpc(ipc as never, createDispatch(services));
}

async function close(): Promise<void> {
  await services.backupDone;
  services.close();
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-settings-'));
  dbFile = path.join(dir, 'sverka.db');
  open();
});

afterEach(async () => {
  await close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('settings.get / settings.set', () => {
  it('answers null for every key never set', async () => {
    const r = await ipc.invoke('settings.get', { keys: [...ALL_KEYS] });
    expect(r.ok).toBe(true);
    expect(r.value).toEqual({ 'ui.theme': null, 'ui.lang': null, 'mt.formality': null, 'align.mode': null });
  });

  it.each([
    ['ui.theme', 'dark'],
    ['ui.theme', 'light'],
    ['ui.lang', 'ru'],
    ['ui.lang', 'de'],
    ['mt.formality', 'prefer_less'],
    ['mt.formality', 'more'],
    ['align.mode', 'sentences'],
    ['align.mode', 'quotes'],
  ])('round-trips %s = %s', async (key, value) => {
    const set = await ipc.invoke('settings.set', { key, value });
    expect(set).toMatchObject({ ok: true, value: { key, value } });
    const got = await ipc.invoke('settings.get', { keys: [key] });
    expect(got.value).toEqual({ [key]: value });
  });

  it('overwrites a value and clears it with null', async () => {
    await ipc.invoke('settings.set', { key: 'ui.theme', value: 'dark' });
    await ipc.invoke('settings.set', { key: 'ui.theme', value: 'light' });
    expect((await ipc.invoke('settings.get', { keys: ['ui.theme'] })).value).toEqual({ 'ui.theme': 'light' });
    const cleared = await ipc.invoke('settings.set', { key: 'ui.theme', value: null });
    expect(cleared).toMatchObject({ ok: true, value: { key: 'ui.theme', value: null } });
    expect((await ipc.invoke('settings.get', { keys: ['ui.theme'] })).value).toEqual({ 'ui.theme': null });
    // Clearing what is not there is not an error.
    expect((await ipc.invoke('settings.set', { key: 'ui.theme', value: null })).ok).toBe(true);
  });

  it('stores under the ui. namespace and never exposes other settings rows', async () => {
    await ipc.invoke('settings.set', { key: 'align.mode', value: 'quotes' });
    expect(services.settings.get('ui.align.mode')).toBe('quotes');
    expect(services.settings.get('align.mode')).toBeUndefined();
    // A row under the bare key name (not the namespace) must not leak through the channel.
    services.settings.set('mt.formality', 'more');
    expect((await ipc.invoke('settings.get', { keys: ['mt.formality'] })).value).toEqual({ 'mt.formality': null });
  });

  it.each([
    ['unknown key', 'settings.set', { key: 'db.integrityCheckedAt', value: 'x' }],
    ['secret-looking key', 'settings.set', { key: 'mt.key', value: 'abc' }],
    ['bad theme', 'settings.set', { key: 'ui.theme', value: 'blue' }],
    ['bad lang', 'settings.set', { key: 'ui.lang', value: 'fr' }],
    ['bad formality', 'settings.set', { key: 'mt.formality', value: 'formal' }],
    ['bad align mode', 'settings.set', { key: 'align.mode', value: 'words' }],
    ['value too long', 'settings.set', { key: 'ui.theme', value: 'd'.repeat(201) }],
    ['value not a string', 'settings.set', { key: 'ui.theme', value: 1 }],
    ['missing value', 'settings.set', { key: 'ui.theme' }],
    ['extra field', 'settings.set', { key: 'ui.theme', value: 'dark', scope: 'all' }],
    ['get: no keys', 'settings.get', { keys: [] }],
    ['get: unknown key', 'settings.get', { keys: ['ui.theme', 'db.integrityCheckedAt'] }],
    ['get: too many keys', 'settings.get', { keys: Array.from({ length: 51 }, () => 'ui.theme') }],
    ['get: keys not an array', 'settings.get', { keys: 'ui.theme' }],
  ])('rejects %s with BAD_REQUEST', async (_name, channel, payload) => {
    const r = await ipc.invoke(channel, Object.freeze(payload));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('BAD_REQUEST');
  });

  it('leaves the stored value alone when a set is rejected', async () => {
    await ipc.invoke('settings.set', { key: 'ui.lang', value: 'de' });
    expect((await ipc.invoke('settings.set', { key: 'ui.lang', value: 'xx' })).ok).toBe(false);
    expect((await ipc.invoke('settings.get', { keys: ['ui.lang'] })).value).toEqual({ 'ui.lang': 'de' });
  });

  it('keeps the values after the services are closed and opened again', async () => {
    const chosen = { 'ui.theme': 'dark', 'ui.lang': 'ru', 'mt.formality': 'prefer_more', 'align.mode': 'sentences' };
    for (const [key, value] of Object.entries(chosen)) {
      expect((await ipc.invoke('settings.set', { key, value })).ok).toBe(true);
    }
    await close();
    open();
    const r = await ipc.invoke('settings.get', { keys: [...ALL_KEYS] });
    expect(r.value).toEqual(chosen);
  });
});
