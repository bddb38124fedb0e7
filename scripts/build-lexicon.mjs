// Builds electron/resources/lexicon/de-ru.tsv (see scripts/lexicon/build.ts for the sources and
// their licences). Needs the FreeDict dictionaries installed by Debian:
//   apt-get install dict-freedict-deu-rus dict-freedict-{deu-fra,fra-deu,fra-rus,deu-pol,pol-deu,pol-rus,deu-swe,swe-deu,swe-rus,deu-ell,ell-rus}
// and the corpora in ../shared/corpora. Arguments are passed on to the build script.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'scripts', 'build-lexicon.cjs');
await bundleForNode(root, 'cjs', { entryPoints: [path.join(root, 'scripts', 'lexicon', 'build.ts')] }, outfile);
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
