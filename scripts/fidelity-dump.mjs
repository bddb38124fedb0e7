// Writes everything the quote-fidelity engine answers on the whole test set (dev and held-back
// splits; the app matcher, the built-in list alone, and the app matcher with the learned decision
// layer): one JSON line per pair and configuration, flags with their evidence, links and
// unmatched words. With --against <git ref> it writes the same for that commit's engine and
// compares the two byte for byte, so that a change meant to leave the output alone (speed,
// loading, indexing) can show that it does. Needs a build (the compiled base lexicon in
// dist/resources). Usage: node scripts/fidelity-dump.mjs [--against 48b8c36] [--out FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const k = argv.indexOf(name);
  return k >= 0 ? argv[k + 1] : undefined;
};
const against = opt('--against');
const out = path.resolve(opt('--out') ?? path.join(root, 'dist', 'fidelity-dump.jsonl'));
const lexc = path.join(root, 'dist', 'resources', 'lexicon', 'de-ru.lexc');
if (!fs.existsSync(lexc)) throw new Error(`${lexc} is missing: run npm run build first`);

// The engine's public API and the test set's loader only, so that older trees bundle too.
const RUNNER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { BilingualLexicon } from './shared/align/dictionary/lexicon';
import { appMatcher, builtinMatcher, checkQuote, DECISION_MODEL } from './shared/fidelity';
import { loadSplit } from './test/support/fidelity-set';
const [setRoot, lexc, out] = process.argv.slice(2);
const cases = [...loadSplit(setRoot, 'dev'), ...loadSplit(setRoot, 'held')];
const app = appMatcher(BilingualLexicon.fromCompiled(readFileSync(lexc)));
const lines = [];
for (const [name, matcher, decision] of [['app', app, undefined], ['builtin', builtinMatcher(), undefined], ['app+decision', app, DECISION_MODEL]])
  for (const c of cases) lines.push(name + '\\t' + c.id + '\\t' + JSON.stringify(checkQuote({ german: c.german, russian: c.russian }, { matcher, decision })));
writeFileSync(out, lines.join('\\n') + '\\n');
console.log(lines.length + ' results');
`;

/** Bundles the runner inside `srcRoot` (its packages resolve from this checkout) and runs it. */
async function dump(srcRoot, file) {
  const bundle = path.join(srcRoot, 'dist', 'fidelity-dump-runner.mjs');
  await bundleForNode(srcRoot, 'esm', { stdin: { contents: RUNNER, resolveDir: srcRoot, loader: 'ts' } }, bundle);
  // The test set of this checkout for both engines: the comparison is of the engines alone.
  const r = spawnSync(process.execPath, [bundle, root, lexc, file], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the engine of ${srcRoot} failed`);
}

await dump(root, out);
console.log(`this checkout: ${out}`);
if (against) {
  // Inside the checkout (dist/), so that the extracted tree resolves packages from node_modules.
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  const tree = fs.mkdtempSync(path.join(root, 'dist', 'fidelity-dump-base-'));
  try {
    execFileSync('sh', ['-c', `git -C "${root}" archive "${against}" | tar -x -C "${tree}"`], { stdio: ['ignore', 'ignore', 'inherit'] });
    const baseOut = out.replace(/(\.jsonl)?$/, `.${against.replace(/[^\w.-]/g, '_')}.jsonl`);
    await dump(tree, baseOut);
    console.log(`${against}: ${baseOut}`);
    const a = fs.readFileSync(out, 'utf8').split('\n');
    const b = fs.readFileSync(baseOut, 'utf8').split('\n');
    const diff = a.findIndex((line, k) => line !== b[k]);
    if (diff < 0 && a.length === b.length) console.log(`identical: ${a.length - 1} results, ${fs.statSync(out).size} bytes`);
    else {
      console.log(`DIFFERENT from line ${diff + 1}:\n  this: ${a[diff]?.slice(0, 400)}\n  base: ${b[diff]?.slice(0, 400)}`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}
