// Runs a CommonJS bundle through a V8 code cache, for the launcher (main.ts). Without one, every
// process parses its bundle and compiles each function to bytecode the first time it runs: for
// `align` on a long document about 5% of the process's CPU. The cache is written once, at the
// end of the first run (`Script.createCachedData` then holds the bytecode of every function that
// ran, not only of the top level that Node's own compile cache stores), and read by later runs.
// It changes no result: bytecode is what V8 would compile from the same source.
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The folder for code caches: SVERKA_CODE_CACHE when set ('off' or '0': none), else `sverka/code-cache`
 * in the user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS,
 * %LOCALAPPDATA% on Windows). Null when there is no such folder: the bundle is then compiled as usual.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string | null {
  const set = env['SVERKA_CODE_CACHE'];
  if (set === 'off' || set === '0') return null;
  if (set) return set;
  let base: string | undefined;
  if (platform === 'win32') base = env['LOCALAPPDATA'];
  else if (platform === 'darwin') base = home ? path.join(home, 'Library', 'Caches') : undefined;
  else base = env['XDG_CACHE_HOME'] || (home ? path.join(home, '.cache') : undefined);
  return base ? path.join(base, 'sverka', 'code-cache') : null;
}

/** How a run used the cache: none (no folder), missing (first run), rejected (stale or damaged), accepted. */
export type CacheStatus = 'none' | 'missing' | 'rejected' | 'accepted';

export interface BundleRun {
  /** What the bundle's `module.exports` was when its top level returned. */
  exports: unknown;
  status: CacheStatus;
  /**
   * Writes the cache when the run found none or a rejected one (a no-op otherwise); call it once
   * the bundle has done its work, so that the cache holds the functions the run compiled. Never throws.
   */
  save(): void;
}

/** 32-bit FNV-1a of a string, as 8 hex digits (file names, not security). */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Runs the CommonJS file `file` as `require` would (module wrapper, a `require` resolving from
 * its folder), compiled with the code cache in `cacheDir`. The cache file is named by the
 * bundle's size and modification time, the Node version, and `flags` (the V8 flags the process
 * set for itself) with Node's command-line options: V8 rejects a cache written under other
 * flags, and checks its own version but of the source only its length. A run that writes a cache removes the bundle's older ones written
 * under the same flags.
 */
export function runBundle(file: string, cacheDir: string | null, flags = ''): BundleRun {
  const source = readFileSync(file, 'utf8');
  const base = `${path.basename(file)}-${fnv(`${process.execArgv.join(' ')}\n${flags}`)}-`;
  let cacheFile: string | null = null;
  let cachedData: Buffer | undefined;
  if (cacheDir) {
    try {
      const st = statSync(file);
      cacheFile = path.join(cacheDir, `${base}${fnv(`${st.size}:${st.mtimeMs}:${process.version}:${process.arch}`)}.bin`);
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet (or an unreadable folder: saving will fail quietly too).
    }
  }
  // Node's own module wrapper, on the source's first line (line numbers stay those of the file).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const status: CacheStatus = !cacheFile ? 'none' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const save = (): void => {
    if (!cacheFile || status === 'accepted') return;
    try {
      mkdirSync(cacheDir!, { recursive: true });
      // Written aside and renamed: a concurrent run reads the old file or the new one, never half of one.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      for (const name of readdirSync(cacheDir!)) {
        if (name.startsWith(base) && name.endsWith('.bin') && path.join(cacheDir!, name) !== cacheFile) unlinkSync(path.join(cacheDir!, name));
      }
    } catch {
      // A cache is an optimisation: a read-only or full disk only costs the next run the compile.
    }
  };
  const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, status, save };
}
