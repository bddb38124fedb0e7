// `npm start`: launch the built app in Electron. Electron 45 fetches its binary on first use;
// where that cannot happen (no route to its download host), say so in one sentence and point
// to the web shell instead of showing the downloader's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Resolving `electron` triggers its download when the binary is missing; do it in a child so
// its output can be kept quiet unless it succeeds.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : '';
if (!electronPath || !fs.existsSync(electronPath)) {
  process.stderr.write(
    "Sverka cannot open its desktop window because Electron's binary could not be downloaded on this machine; run `npm run web` to use Sverka in your browser instead.\n",
  );
  process.exit(1);
}
const child = spawn(electronPath, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
