import type { SafeStorage } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { SverkaError, type ErrorCode } from '../../../shared/errors';
import type { MtKeySource } from '../../../shared/ipc/channels/mt';

/**
 * Which secret a store holds, for its messages: the DeepL key, or the team memory's database
 * password, which is kept the same way.
 */
export interface SecretKind {
  /** "DeepL key", "team memory password". */
  name: string;
  /** Where the browser shell and the CLI take it from instead. */
  envHint: string;
  /** The code when a stored secret cannot be used. */
  unusableCode: ErrorCode;
}

export const DEEPL_KEY: SecretKind = { name: 'DeepL key', envHint: 'set DEEPL_AUTH_KEY in the environment', unusableCode: 'MT_NO_KEY' };

/**
 * One place a DeepL key may live. Stores never log, persist in the database or return the key
 * anywhere but to the MT service, which hands it only to deepl-node.
 */
export interface KeyStore {
  readonly source: MtKeySource;
  /** True when `write` / `clear` are supported (the desktop app's encrypted store). */
  readonly writable: boolean;
  /**
   * The key, or null when this store holds none. Throws a SverkaError when a key is present
   * but must not be used (a key file other users can read, a blob that no longer decrypts).
   */
  read(): string | null;
  write?(key: string): void;
  clear?(): void;
}

/** DEEPL_AUTH_KEY from the environment (`npm run web`, the CLI, tests). */
export class EnvKeyStore implements KeyStore {
  readonly source = 'env' as const;
  readonly writable = false;
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly name = 'DEEPL_AUTH_KEY',
  ) {}

  read(): string | null {
    const v = this.env[this.name]?.trim();
    return v ? v : null;
  }
}

/**
 * A plain-text key file in the user's data folder (`<data dir>/deepl.key`). Used only when its
 * permissions keep it private to the owner: a key other users can read is refused, not used.
 */
export class FileKeyStore implements KeyStore {
  readonly source = 'file' as const;
  readonly writable = false;
  constructor(
    readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly kind: SecretKind = DEEPL_KEY,
  ) {}

  read(): string | null {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    // Windows has no POSIX mode bits; the file inherits the profile folder's ACL there.
    if (this.platform !== 'win32' && (st.mode & 0o077) !== 0) {
      const mode = (st.mode & 0o777).toString(8).padStart(3, '0');
      throw new SverkaError(
        'FORBIDDEN',
        `The ${this.kind.name} file ${this.file} can be read by other users (mode ${mode}), so Sverka does not use it. Make it private with: chmod 600 "${this.file}"`,
      );
    }
    const key = fs.readFileSync(this.file, 'utf8').trim();
    return key || null;
  }
}

/** The part of Electron's safeStorage the key store needs (injected; tests pass a fake). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * The desktop app's store: the key encrypted with Electron's safeStorage (the OS keychain),
 * the encrypted blob kept in a file under userData. Plain text never touches the disk.
 */
export class SafeStorageKeyStore implements KeyStore {
  readonly source = 'safeStorage' as const;
  readonly writable = true;
  constructor(
    private readonly safeStorage: SafeStorageLike,
    readonly file: string,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly kind: SecretKind = DEEPL_KEY,
  ) {}

  /**
   * On Linux without a keyring Electron falls back to 'basic_text': a fixed built-in password,
   * which is obfuscation, not encryption. The key is not stored that way.
   */
  private usable(): boolean {
    if (!this.safeStorage.isEncryptionAvailable()) return false;
    if (this.platform === 'linux' && this.safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
    return true;
  }

  read(): string | null {
    let blob: Buffer;
    try {
      blob = fs.readFileSync(this.file);
    } catch {
      return null;
    }
    if (blob.length === 0) return null;
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new SverkaError('UNSUPPORTED', `The system keychain is not available, so the saved ${this.kind.name} cannot be unlocked.`);
    }
    try {
      return this.safeStorage.decryptString(blob).trim() || null;
    } catch {
      throw new SverkaError(this.kind.unusableCode, `The saved ${this.kind.name} can no longer be decrypted (the keychain changed). Enter it again in Settings.`);
    }
  }

  write(key: string): void {
    if (!this.usable()) {
      throw new SverkaError(
        'UNSUPPORTED',
        `This system offers no keychain to encrypt the ${this.kind.name}, so it was not saved. Instead, ${this.kind.envHint}.`,
      );
    }
    const blob = this.safeStorage.encryptString(key);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename so a crash never leaves half a blob behind.
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, blob, { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  clear(): void {
    fs.rmSync(this.file, { force: true });
  }
}

/** The key and where it came from, or why there is none. */
export type ResolvedKey =
  | { key: string; source: MtKeySource; problem: null }
  | { key: null; source: null; problem: SverkaError | null };

/**
 * Stores in priority order: the first one holding a key wins. A store that refuses (unsafe
 * file mode) is reported as the problem unless a later store supplies a key.
 */
export class KeyChain {
  constructor(
    readonly stores: readonly KeyStore[],
    private readonly kind: SecretKind = DEEPL_KEY,
  ) {}

  resolve(): ResolvedKey {
    let problem: SverkaError | null = null;
    for (const s of this.stores) {
      try {
        const key = s.read();
        if (key) return { key, source: s.source, problem: null };
      } catch (err) {
        problem ??= err instanceof SverkaError ? err : new SverkaError(this.kind.unusableCode, `The ${this.kind.name} in ${s.source} cannot be read.`);
      }
    }
    return { key: null, source: null, problem };
  }

  get canWrite(): boolean {
    return this.stores.some((s) => s.writable);
  }

  /** Saves into the first writable store; throws UNSUPPORTED where none exists (web, CLI). */
  write(key: string): MtKeySource {
    const store = this.stores.find((s) => s.writable);
    if (!store?.write) throw this.unsupported();
    store.write(key);
    return store.source;
  }

  clear(): void {
    const store = this.stores.find((s) => s.writable);
    if (!store?.clear) throw this.unsupported();
    store.clear();
  }

  private unsupported(): SverkaError {
    if (this.kind === DEEPL_KEY) return setKeyUnsupported();
    return new SverkaError('UNSUPPORTED', `The ${this.kind.name} can only be entered in the desktop app. For the browser version and the CLI, ${this.kind.envHint}, and restart.`);
  }
}

export function setKeyUnsupported(): SverkaError {
  return new SverkaError(
    'UNSUPPORTED',
    'The DeepL key can only be entered in the desktop app. For the browser version and the CLI, set DEEPL_AUTH_KEY in the environment (or put the key in deepl.key in the Sverka data folder, readable only by you) and restart.',
  );
}

/** The stores outside Electron: the environment first, then the private key file. */
export function defaultKeyChain(dataDir: string, env: NodeJS.ProcessEnv = process.env): KeyChain {
  return new KeyChain([new EnvKeyStore(env), new FileKeyStore(path.join(dataDir, 'deepl.key'))]);
}

/** The desktop app's stores: an explicit DEEPL_AUTH_KEY still wins, then the encrypted key. */
export function electronKeyChain(safeStorage: SafeStorageLike, userDataDir: string, env: NodeJS.ProcessEnv = process.env): KeyChain {
  return new KeyChain([new EnvKeyStore(env), new SafeStorageKeyStore(safeStorage, path.join(userDataDir, 'deepl-key.bin'))]);
}
