// `npm start`: launch the built app in Electron. Electron 45 fetches its binary on first use;
// where that cannot happen (no network to its download host), say so plainly and point to the web shell.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath !== 'string' || !fs.existsSync(electronPath)) {
  process.stderr.write(
    "Sverka cannot start its desktop window because Electron's binary could not be downloaded on this machine; run `npm run web` to use Sverka in your browser instead.\n",
  );
  process.exit(1);
}
const child = spawn(electronPath, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
