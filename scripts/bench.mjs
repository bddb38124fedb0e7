// `npm run bench`: bundles every bench/*.bench.ts with esbuild and runs it under this Node,
// one after another; each prints its own figures. `npm run bench -- align` runs the matching ones.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dir = path.join(root, 'bench');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  process.stdout.write('No benchmarks matched.\n');
  process.exit(0);
}
// Bundles live inside the repo so their external packages resolve from node_modules.
const out = path.join(root, 'dist', 'bench');
fs.mkdirSync(out, { recursive: true });
let failures = 0;
for (const f of files) {
  const outfile = path.join(out, f.replace(/\.ts$/, '.mjs'));
  await bundleForNode(root, 'esm', { entryPoints: [path.join(dir, f)] }, outfile);
  process.stdout.write(`\n### ${f}\n`);
  const t0 = process.hrtime.bigint();
  // Run from the repo root so bench files can resolve ../shared and node_modules.
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`### ${f}: ${r.status === 0 ? 'done' : 'FAILED'} in ${(ms / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) failures++;
}
process.exit(failures ? 1 : 0);
