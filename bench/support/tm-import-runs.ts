// Runs a memory import as a user's import runs (a fresh process, a new database file) with the
// TmService of this checkout and of a baseline commit (TM_BASE_REF=<git ref>), in turns on
// the same file, so that the import's speed is a ratio measured in one run on this shared,
// noisy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode, extractRef } from './baseline-build';

/**
 * One import of a file into a new database: CPU and wall seconds to the commit (units and the
 * source index: fuzzy lookup available), wall seconds until every index is complete (the
 * target-side backlog built too, where the code has one), peak RSS, units added.
 */
export interface ImportRun {
  cpuS: number;
  /** CPU of the thread that called the import (the writing thread; all of it on one thread). */
  threadCpuS: number;
  wallS: number;
  /** Wall seconds from the start until every index is complete (the same as `wallS` without a backlog). */
  allWallS: number;
  /** CPU seconds of the whole process until every index is complete. */
  allCpuS: number;
  maxRssMb: number;
  added: number;
}

// The child: imports argv[2] into the new database argv[3] and prints its figures as JSON.
const CHILD = `import { openDatabase } from './electron/db/connection';
import { TmService } from './electron/services/tm';
async function main() {
  const [file, dbFile] = process.argv.slice(2);
  const db = openDatabase(dbFile);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const t0c = process.threadCpuUsage();
  const tm = new TmService(db);
  const res = tm.importFile(file, {});
  const c = process.cpuUsage(c0);
  const tc = process.threadCpuUsage(t0c);
  const wallS = (performance.now() - t0) / 1000;
  // Code with a target-index backlog (migration 0081) builds it after the commit.
  const backlog = (tm as unknown as { indexBacklog?: () => Promise<number> }).indexBacklog;
  if (backlog) await backlog.call(tm);
  const ca = process.cpuUsage(c0);
  const allWallS = (performance.now() - t0) / 1000;
  db.close();
  console.log(JSON.stringify({ cpuS: (c.user + c.system) / 1e6, threadCpuS: (tc.user + tc.system) / 1e6, wallS, allWallS, allCpuS: (ca.user + ca.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, added: res.added }));
}
void main();
`;

/**
 * Bundles the import child of the sources at `srcRoot` into the folder `outDir`, with that
 * code's own reading thread beside it (where it has one): the child finds it there before
 * `SVERKA_TM_IMPORT_WORKER`, so each side of a comparison runs its own two threads, whatever
 * the protocol between them.
 */
async function bundleChild(srcRoot: string, outDir: string, name: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const entry = path.join(srcRoot, '.tm-import-child.ts');
  writeFileSync(entry, CHILD);
  const outfile = await bundleForNode(srcRoot, entry, path.join(outDir, name));
  rmSync(entry);
  const worker = path.join(srcRoot, 'electron', 'services', 'tm', 'import-worker.ts');
  if (existsSync(worker)) await bundleForNode(srcRoot, worker, path.join(outDir, 'tm-import-worker.cjs'));
  return outfile;
}

/** The import child of this checkout, bundled into a folder of its own inside `parent`. */
export function buildImportChild(root: string, parent: string): Promise<string> {
  return bundleChild(root, path.join(parent, 'current'), 'import-current.cjs');
}

/** The import child of commit `ref` (its sources taken with git archive), bundled into a folder of its own inside `parent`. */
export async function buildBaselineImportChild(root: string, ref: string, parent: string): Promise<string> {
  const src = mkdtempSync(path.join(parent, 'base-src-'));
  extractRef(root, ref, src);
  return bundleChild(src, path.join(parent, 'base'), 'import-base.cjs');
}

/** Imports `file` with the child bundle `child` into a new database in `dir`. */
export function runImport(root: string, child: string, file: string, dir: string): ImportRun {
  const work = mkdtempSync(path.join(dir, 'import-'));
  try {
    mkdirSync(work, { recursive: true });
    // NODE_PATH: a bundle outside the checkout finds the packages (better-sqlite3, saxes) here.
    const r = spawnSync(process.execPath, [child, file, path.join(work, 'tm.db')], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`import child failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as ImportRun;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

