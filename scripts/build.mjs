// Builds the Electron bundles (esbuild) and the renderer (Vite) into dist/.
// Skips a part whose inputs have not changed since its last build, so `npm run cli` stays quick.
// Flags: --only electron|renderer, --quiet, --force.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLES } from './cli-bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const force = args.includes('--force');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;
const log = (m) => {
  if (!quiet) process.stderr.write(`${m}\n`);
};

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) walk(path.join(root, p));
  return newest;
}

function stale(name, inputs) {
  const stamp = path.join(root, 'dist', `.stamp-${name}`);
  const newest = newestMtime(inputs);
  if (force) return { stale: true, newest, stamp };
  try {
    const built = Number(fs.readFileSync(stamp, 'utf8'));
    return { stale: !(built >= newest), newest, stamp };
  } catch {
    return { stale: true, newest, stamp };
  }
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Bundles the Snowball stemmers of nlp.js (shared/align/stem.ts) into the command line's
 * bundles, with the two classes of @nlpjs/core they use (scripts/nlpjs-stemmer-core.cjs), where
 * every other package stays external: loading them from node_modules went through @nlpjs/core's
 * index, 23 modules resolved, read and compiled by every `align` process (about 4% of its CPU on
 * newstest2012 as one document), and bundled they are in the align bundle's code cache.
 */
const stemmerPlugin = {
  name: 'nlpjs-stemmers',
  setup(build) {
    const requireHere = createRequire(import.meta.url);
    build.onResolve({ filter: /^@nlpjs\// }, (args) => ({
      path: args.path === '@nlpjs/core' ? path.join(root, 'scripts', 'nlpjs-stemmer-core.cjs') : requireHere.resolve(args.path),
    }));
  },
};

async function buildElectron() {
  const s = stale('electron', ['electron', 'shared', 'package.json', 'scripts/build.mjs', 'scripts/nlpjs-stemmer-core.cjs']);
  if (!s.stale) return;
  const t0 = Date.now();
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    define: { __SVERKA_VERSION__: JSON.stringify(pkg.version) },
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs', packages: 'external', external: ['electron'] }),
    // The sandboxed preload may require nothing but electron: bundle everything else into it.
    esbuild.build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], platform: 'browser', target: 'chrome130' }),
    ...CLI_BUNDLES.map((b) => esbuild.build({ ...common, entryPoints: [b.entry], outfile: `dist/electron/${b.out}`, packages: 'external', plugins: [stemmerPlugin] })),
    esbuild.build({ ...common, entryPoints: ['electron/web/main.ts'], outfile: 'dist/electron/web.cjs', packages: 'external' }),
    // The job worker (memory import/export, alignment, project export) is started by path from
    // main.cjs, web.cjs and cli.cjs; its packages are bundled in, since the packaged app runs it
    // from outside the asar archive where only better-sqlite3 is unpacked too.
    esbuild.build({ ...common, entryPoints: ['electron/services/jobs/worker.ts'], outfile: 'dist/electron/worker.cjs', external: ['better-sqlite3', 'electron'] }),
    // A memory import's reading thread, started by path from whichever bundle runs the import.
    esbuild.build({ ...common, entryPoints: ['electron/services/tm/import-worker.ts'], outfile: 'dist/electron/tm-import-worker.cjs', external: ['better-sqlite3', 'electron'] }),
  ]);
  fs.cpSync(path.join(root, 'electron', 'resources'), path.join(root, 'dist', 'resources'), { recursive: true });
  await compileLexicon(esbuild);
  fs.writeFileSync(s.stamp, String(s.newest));
  log(`built electron bundles in ${Date.now() - t0} ms`);
}

// The base lexicon's compiled form (shared/align/dictionary/compiled.ts) beside its TSV in
// dist/resources: the app reads it lazily in milliseconds instead of parsing the TSV.
async function compileLexicon(esbuild) {
  const tsv = path.join(root, 'dist', 'resources', 'lexicon', 'de-ru.tsv');
  if (!fs.existsSync(tsv)) return;
  const r = await esbuild.build({
    entryPoints: ['shared/align/dictionary/compiled.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    absWorkingDir: root,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
  fs.writeFileSync(tsv.replace(/\.tsv$/, '.lexc'), mod.exports.compileLexicon(fs.readFileSync(tsv, 'utf8')));
}

async function buildRenderer() {
  const s = stale('renderer', ['renderer', 'shared', 'vite.config.ts', 'package.json']);
  if (!s.stale) return;
  const t0 = Date.now();
  const vite = await import('vite');
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  fs.writeFileSync(s.stamp, String(s.newest));
  log(`built renderer in ${Date.now() - t0} ms`);
}

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
try {
  if (only !== 'renderer') await buildElectron();
  if (only !== 'electron') await buildRenderer();
} catch (err) {
  process.stderr.write(`Build failed: ${err?.message ?? err}\n`);
  process.exit(1);
}
