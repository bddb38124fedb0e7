// `npm test`: system packages, build, typecheck, lint, then every Vitest project; ends with
// "N passed, N failed". Typecheck and lint count as one check each, so a type error shows in the
// closing line too. Missing system packages are installed as root (apt) or named with the
// command that installs them, before anything else runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages } from './system-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(label, cmd, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const okay = r.status === 0;
  if (okay) passed++;
  else {
    failed++;
    process.stdout.write(`!! ${label} failed\n`);
  }
  return okay;
}

if (!ensureSystemPackages()) {
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exit(1);
}

const node = process.execPath;
if (!step('build', node, ['scripts/build.mjs', '--quiet'])) {
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(1);
}
for (const cfg of ['shared', 'electron', 'renderer', 'test']) {
  step(`typecheck ${cfg}`, node, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${cfg}.json`]);
}
step('lint', node, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.', '--max-warnings=0']);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-vitest-')), 'report.json');
process.stdout.write('\n== vitest\n');
const v = spawnSync(
  node,
  [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: root, stdio: 'inherit', env: process.env },
);
let vitestCounted = false;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  // A file that fails to load has no test results of its own; count it once.
  const brokenFiles = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  failed += (r.numFailedTests ?? 0) + brokenFiles;
  vitestCounted = true;
  if ((r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) > 0) {
    process.stdout.write(`!! ${r.numPendingTests + r.numTodoTests} tests were skipped; skipping is not allowed\n`);
    failed += r.numPendingTests + r.numTodoTests;
  }
} catch {
  // No report: the run itself broke.
}
if (!vitestCounted || (v.status !== 0 && failed === 0)) failed++;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
