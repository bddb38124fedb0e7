import os from 'node:os';
import path from 'node:path';

/**
 * An environment folder as the XDG Base Directory spec reads it: an empty value counts as
 * unset, and a relative one is invalid and ignored (it would land the data in whatever folder
 * the command was started from).
 */
function absoluteDir(value: string | undefined): string | null {
  const v = value?.trim();
  return v && path.isAbsolute(v) ? v : null;
}

/** The per-user data folder Sverka uses outside Electron (web and CLI), per platform convention. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const own = env['SVERKA_DATA_DIR']?.trim();
  if (own) return path.resolve(own);
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(absoluteDir(env['APPDATA']) ?? path.join(home, 'AppData', 'Roaming'), 'Sverka');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Sverka');
    default:
      return path.join(absoluteDir(env['XDG_DATA_HOME']) ?? path.join(home, '.local', 'share'), 'sverka');
  }
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), 'sverka.db');
}
