// Re-runs the quote-fidelity engine as it was when each fresh held-back block of the test set was
// committed (the commit that added the block, before any rule was written from it; for blocks 25-27
// the commit that recorded its first score) on that block,
// with every hint kept (minConfidence 0), and writes the results to dist/fidelity-first-runs/.
// These are the rules' out-of-sample outputs that bench/fidelity-learn.bench.ts fits the decision
// layer on. Needs the git history. Usage: node scripts/fidelity-first-runs.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Block, the pattern of its ids, and the commit that added it; for blocks 25-27 the commit that
 * recorded its first score instead (rules written from earlier blocks were merged between the two,
 * and the first score was taken on the later engine: block 27 gives 17/40 faithful flagged on the
 * engine that added it, 15/40 as recorded on the one that scored it).
 */
export const FIRST_RUN_BLOCKS = [
  ['z', 'fresh-1', '85fbc1f'], ['y', 'fresh-2', 'd1f3ceb'], ['x', 'fresh-3', '601c24c'], ['w', 'fresh-4', '0f55b28'],
  ['v', 'fresh-5', '46214c6'], ['u', 'fresh-6', 'ecb5dbf'], ['t', 'fresh-7', '4c56ab6'], ['s', 'fresh-8', 'daf7ee0'],
  ['r', 'fresh-9', '7e184b5'], ['q', 'fresh-10', '04baaa2'], ['p', 'fresh-11', '0899c61'],
  ['o', 'fresh-12', '6cf6f43'], ['k', 'fresh-13', '5839f9c'], ['j', 'fresh-14', '4d8b21b'], ['e', 'fresh-15', '2db9395'],
  ['d', 'fresh-16', 'b2a1489'], ['c', 'fresh-17', '339c3b6'], ['l', 'fresh-18', '65e1e79'], ['b', 'fresh-19', '5fe49da'],
  ['ha', 'fresh-20', '5770e2f'], ['hb', 'fresh-21', 'c66a05d'], ['hc', 'fresh-22', '2331c93'], ['hd', 'fresh-23', 'c367876'],
  ['he', 'fresh-24', 'a4ea2f3'], ['hf', 'fresh-25', 'aaec371'], ['hg', 'fresh-26', '37fc6cd'], ['hh', 'fresh-27', 'f7c21ab'],
];

const RUNNER = `
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as F from './shared/fidelity';
import { BilingualLexicon } from './shared/align/dictionary/lexicon';
const [, , inFile, outFile, lexFile] = process.argv;
const cases = JSON.parse(readFileSync(inFile, 'utf8'));
const matcher = F.appMatcher && existsSync(lexFile) ? F.appMatcher(BilingualLexicon.fromText(readFileSync(lexFile, 'utf8'))) : F.builtinMatcher();
const out = cases.map((c) => {
  const input = { german: c.german, russian: c.russian };
  const rules = F.checkQuote(input, { matcher });
  return { id: c.id, all: F.checkQuote(input, { matcher, minConfidence: 0 }), rulesKinds: [...new Set(rules.flags.filter((f) => f.status === 'defect').map((f) => f.kind))] };
});
writeFileSync(outFile, JSON.stringify(out));
`;

const held = fs.readFileSync(path.join(root, 'test', 'fixtures', 'fidelity', 'held.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const outDir = path.join(root, 'dist', 'fidelity-first-runs');
fs.mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);
for (const [prefix, block, commit] of FIRST_RUN_BLOCKS.filter(([, b]) => only.length === 0 || only.includes(b))) {
  const dir = path.join(root, 'dist', 'old-engines', commit);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', commit, 'shared', 'electron/resources/lexicon'], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  fs.writeFileSync(path.join(dir, 'run.ts'), RUNNER);
  // Blocks 1-11: the letter, a letter of the kind and two digits (zf01); later: the prefix and three digits.
  const re = new RegExp(prefix.length === 1 && /^[zyxwvutsrqp]$/.test(prefix) ? `^${prefix}[a-z]\\d{2}$` : `^${prefix}\\d{3}$`);
  const cases = held.filter((x) => re.test(x[0])).map(([id, , german, russian]) => ({ id, german, russian }));
  fs.writeFileSync(path.join(dir, 'in.json'), JSON.stringify(cases));
  await bundleForNode(root, 'esm', { entryPoints: [path.join(dir, 'run.ts')] }, path.join(dir, 'run.mjs'));
  const r = spawnSync(process.execPath, [path.join(dir, 'run.mjs'), path.join(dir, 'in.json'), path.join(outDir, `${block}.json`), path.join(dir, 'electron', 'resources', 'lexicon', 'de-ru.tsv')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`engine of ${commit} failed on ${block}`);
  process.stdout.write(`${block}: ${cases.length} pairs, engine of ${commit}\n`);
}
