import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices } from '../../../electron/services';
import {
  EnvKeyStore,
  FileKeyStore,
  KeyChain,
  SafeStorageKeyStore,
  defaultKeyChain,
  electronKeyChain,
} from '../../../electron/services/mt/keys';
import { startDeeplStandin, type DeeplStandin } from '../../support/deepl-standin';
import { fakeSafeStorage } from './helpers';

let standin: DeeplStandin;
let dir: string;

beforeAll(async () => {
  standin = await startDeeplStandin();
});
afterAll(async () => {
  await standin.close();
});
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const tmp = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-keys-')));
const posix = process.platform !== 'win32';

describe('key stores', () => {
  it('reads DEEPL_AUTH_KEY, ignoring blanks', () => {
    expect(new EnvKeyStore({ DEEPL_AUTH_KEY: '  abc:fx \n' }).read()).toBe('abc:fx');
    expect(new EnvKeyStore({ DEEPL_AUTH_KEY: '   ' }).read()).toBeNull();
    expect(new EnvKeyStore({}).read()).toBeNull();
  });

  it.runIf(posix).each([
    { mode: 0o600, ok: true },
    { mode: 0o400, ok: true },
    { mode: 0o640, ok: false },
    { mode: 0o604, ok: false },
    { mode: 0o644, ok: false },
  ])('a key file with mode $mode is used only when private to its owner ($ok)', ({ mode, ok }) => {
    const file = path.join(tmp(), 'deepl.key');
    fs.writeFileSync(file, 'file-key:fx\n');
    fs.chmodSync(file, mode);
    const store = new FileKeyStore(file);
    if (ok) {
      expect(store.read()).toBe('file-key:fx');
    } else {
      let message = '';
      try {
        store.read();
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/can be read by other users/);
      expect(message).toMatch(/chmod 600/);
      expect(message).not.toMatch(/file-key/);
    }
  });

  it('a missing key file is simply no key', () => {
    expect(new FileKeyStore(path.join(tmp(), 'absent.key')).read()).toBeNull();
  });

  it.runIf(posix)('the chain prefers the environment, then the file, and reports an unsafe file when nothing else is set', () => {
    const d = tmp();
    const file = path.join(d, 'deepl.key');
    fs.writeFileSync(file, 'file-key:fx', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect(defaultKeyChain(d, { DEEPL_AUTH_KEY: 'env-key:fx' }).resolve()).toMatchObject({ key: 'env-key:fx', source: 'env' });
    const unsafe = defaultKeyChain(d, {}).resolve();
    expect(unsafe.key).toBeNull();
    expect(unsafe.problem?.code).toBe('FORBIDDEN');
    fs.chmodSync(file, 0o600);
    expect(defaultKeyChain(d, {}).resolve()).toMatchObject({ key: 'file-key:fx', source: 'file' });
    expect(defaultKeyChain(d, {}).canWrite).toBe(false);
  });

  it('safeStorage: stores only the encrypted blob (mode 600), reads it back, clears it', () => {
    const d = tmp();
    const store = new SafeStorageKeyStore(fakeSafeStorage(), path.join(d, 'sub', 'deepl-key.bin'));
    expect(store.read()).toBeNull();
    store.write('secret-key-123:fx');
    const blob = fs.readFileSync(store.file);
    expect(blob.includes(Buffer.from('secret-key-123'))).toBe(false);
    if (posix) expect(fs.statSync(store.file).mode & 0o077).toBe(0);
    expect(store.read()).toBe('secret-key-123:fx');
    store.clear();
    expect(store.read()).toBeNull();
  });

  it('safeStorage without a keychain refuses to store the key', () => {
    const store = new SafeStorageKeyStore(fakeSafeStorage(false), path.join(tmp(), 'deepl-key.bin'));
    expect(() => store.write('k:fx')).toThrow(/no keychain/);
    expect(fs.existsSync(store.file)).toBe(false);
  });

  it('Linux without a keyring (basic_text backend) is not trusted with the key', () => {
    const storage = { ...fakeSafeStorage(), getSelectedStorageBackend: () => 'basic_text' as const };
    const store = new SafeStorageKeyStore(storage, path.join(tmp(), 'deepl-key.bin'), 'linux');
    expect(() => store.write('k:fx')).toThrow(/DEEPL_AUTH_KEY/);
    expect(fs.existsSync(store.file)).toBe(false);
    const kwallet = new SafeStorageKeyStore({ ...storage, getSelectedStorageBackend: () => 'kwallet5' as const }, store.file, 'linux');
    kwallet.write('k:fx');
    expect(kwallet.read()).toBe('k:fx');
  });

  it('a blob that no longer decrypts is a clear error, not a crash', () => {
    const d = tmp();
    new SafeStorageKeyStore(fakeSafeStorage(), path.join(d, 'deepl-key.bin')).write('k:fx');
    const other = new SafeStorageKeyStore(fakeSafeStorage(), path.join(d, 'deepl-key.bin'));
    expect(() => other.read()).toThrow(/can no longer be decrypted/);
  });
});

describe('mt.setKey / mt.status over IPC', () => {
  it('the desktop app validates the key with a usage call before storing it', async () => {
    const d = tmp();
    const s = createServices({
      dbFile: ':memory:',
      shell: 'electron',
      env: { DEEPL_SERVER_URL: standin.url },
      mtKeys: electronKeyChain(fakeSafeStorage(), d, {}),
      backup: 'off',
      integrity: 'off',
    });
    try {
      const dispatch = createDispatch(s);
      standin.resetCounts();
      const bad = await dispatch('mt.setKey', { key: 'wrong-key-0000:fx' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'MT_AUTH' } });
      expect(JSON.stringify(bad)).not.toContain('wrong-key');
      expect(fs.existsSync(path.join(d, 'deepl-key.bin'))).toBe(false);
      expect(standin.counts.byRoute['GET /v2/usage']).toBe(1);

      const good = await dispatch('mt.setKey', { key: standin.key });
      expect(good).toEqual({ ok: true, value: { keySet: true, source: 'safeStorage' } });
      const status = await dispatch('mt.status', {});
      expect(status).toMatchObject({ ok: true, value: { keySet: true, source: 'safeStorage', canSetKey: true, error: null } });
      expect((status as { ok: true; value: { usage: { characterLimit: number } } }).value.usage.characterLimit).toBe(500_000);
      expect(await dispatch('mt.setKey', { clear: true })).toEqual({ ok: true, value: { keySet: false, source: null } });
    } finally {
      s.close();
    }
  });

  it.each(['web', 'cli'] as const)('in the %s shell mt.setKey is refused with a message naming DEEPL_AUTH_KEY', async (shell) => {
    const s = createServices({ dbFile: ':memory:', shell, env: { DEEPL_SERVER_URL: standin.url }, backup: 'off', integrity: 'off' });
    try {
      const r = await createDispatch(s)('mt.setKey', { key: standin.key });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
      expect((r as { ok: false; error: { message: string } }).error.message).toMatch(/DEEPL_AUTH_KEY/);
    } finally {
      s.close();
    }
  });

  it('status without a key says so and makes no request', async () => {
    const s = createServices({ dbFile: ':memory:', shell: 'web', env: { DEEPL_SERVER_URL: standin.url, SVERKA_DATA_DIR: tmp() }, backup: 'off', integrity: 'off' });
    try {
      standin.resetCounts();
      const r = await createDispatch(s)('mt.status', {});
      expect(r).toEqual({ ok: true, value: { keySet: false, source: null, canSetKey: false, serverUrl: standin.url, usage: null, error: null } });
      expect(standin.counts.total).toBe(0);
    } finally {
      s.close();
    }
  });

  it('a DEEPL_SERVER_URL with credentials is shown without them', async () => {
    const s = createServices({
      dbFile: ':memory:',
      shell: 'web',
      env: { DEEPL_SERVER_URL: 'https://user:pw@proxy.example/deepl/?token=x', SVERKA_DATA_DIR: tmp() },
      backup: 'off',
      integrity: 'off',
    });
    try {
      const r = (await createDispatch(s)('mt.status', { refresh: false })) as { ok: true; value: { serverUrl: string } };
      expect(r.value.serverUrl).toBe('https://proxy.example/deepl');
    } finally {
      s.close();
    }
  });

  it('the chain can be built from explicit stores', () => {
    const chain = new KeyChain([new EnvKeyStore({}), new EnvKeyStore({ OTHER: 'x:fx' }, 'OTHER')]);
    expect(chain.resolve()).toMatchObject({ key: 'x:fx', source: 'env' });
    expect(() => chain.write('y')).toThrow(/desktop app/);
  });
});
