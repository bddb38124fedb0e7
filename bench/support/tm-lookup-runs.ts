// Runs the bench's fuzzy lookups on one memory with the TmService of this checkout and of a
// baseline commit (TM_BASE_REF=<git ref>), each in a fresh process, in turns on the same
// database file: per-lookup CPU and wall time as a ratio measured in one run on this shared,
// noisy machine, and whether both returned the same matches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode, extractRef } from './baseline-build';

/** One lookup to replay: the text and the options the bench passes. */
export interface LookupQuery {
  text: string;
  opts: Record<string, unknown>;
}

/** One child's pass over the queries: per-query wall and CPU milliseconds, a digest of the matches. */
export interface LookupRun {
  wallMs: number[];
  cpuMs: number[];
  digest: string[];
}

// The child: opens the database argv[2] read-only, replays the queries of argv[3] (20 warm-up
// lookups first, as the bench does) and prints per-query figures and a digest of each answer.
const CHILD = `import fs from 'node:fs';
import { openDatabase } from './electron/db/connection';
import { TmService } from './electron/services/tm';
const [dbFile, queryFile] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queryFile, 'utf8'));
const tm = new TmService(openDatabase(dbFile, { readonly: true }));
for (const q of queries.slice(0, 20)) tm.lookup(q.text, q.opts);
const wallMs = [], cpuMs = [], digest = [];
for (const q of queries) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m = tm.lookup(q.text, q.opts);
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  wallMs.push(t);
  cpuMs.push((c.user + c.system) / 1000);
  digest.push(m.map((x) => x.id + ':' + x.score + ':' + x.similarity).join(' '));
}
console.log(JSON.stringify({ wallMs, cpuMs, digest }));
`;

async function bundleChild(srcRoot: string, outfile: string): Promise<string> {
  const entry = path.join(srcRoot, '.tm-lookup-child.ts');
  writeFileSync(entry, CHILD);
  try {
    await bundleForNode(srcRoot, entry, outfile);
  } finally {
    rmSync(entry);
  }
  return outfile;
}

/** The lookup child of this checkout, bundled into `parent`. */
export function buildLookupChild(root: string, parent: string): Promise<string> {
  return bundleChild(root, path.join(parent, 'lookup-current.cjs'));
}

/** The lookup child of commit `ref` (its sources taken with git archive), bundled into `parent`. */
export async function buildBaselineLookupChild(root: string, ref: string, parent: string): Promise<string> {
  const src = mkdtempSync(path.join(parent, 'base-lookup-src-'));
  extractRef(root, ref, src);
  return bundleChild(src, path.join(parent, 'lookup-base.cjs'));
}

/** Replays the queries in `queryFile` with the child bundle `child` on the database `dbFile`. */
export function runLookups(root: string, child: string, dbFile: string, queryFile: string): LookupRun {
  const r = spawnSync(process.execPath, [child, dbFile, queryFile], {
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`lookup child failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as LookupRun;
}
