import os from 'node:os';
import path from 'node:path';

/** The per-user data folder Sverka uses outside Electron (web and CLI), per platform convention. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['SVERKA_DATA_DIR']) return env['SVERKA_DATA_DIR'];
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), 'Sverka');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Sverka');
    default:
      return path.join(env['XDG_DATA_HOME'] ?? path.join(home, '.local', 'share'), 'sverka');
  }
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), 'sverka.db');
}
