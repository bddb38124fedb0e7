// A 50 MB dictionary import (issue 11): time, memory (peak RSS and heap growth while it runs,
// sampled every 50 ms), and a cancel at half way: how long the import takes to stop and that
// the database is as it was (rows counted before and after).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/connection';
import { importLexicon } from '../electron/services/lexicon/import';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-lexbench-'));
const file = path.join(dir, 'gross.tsv');
const MB = Number(process.env['LEXICON_MB'] ?? 50);
{
  // Varied entries (a number makes every line distinct), written in blocks.
  const fd = fs.openSync(file, 'w');
  let size = 0;
  let k = 0;
  while (size < MB * 1024 * 1024) {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++, k++) lines.push(`Getreidekorridor${k}verhandlung\tпереговоры о зерновом коридоре ${k}`);
    const block = lines.join('\n') + '\n';
    fs.writeSync(fd, block);
    size += Buffer.byteLength(block);
  }
  fs.closeSync(fd);
}
const bytes = fs.statSync(file).size;
const db = openDatabase(path.join(dir, 'bench.db'));
const rows = () => (db.prepare('SELECT count(*) FROM user_lexicon_entries').pluck().get() as number) + (db.prepare('SELECT count(*) FROM user_lexicons').pluck().get() as number);

function sampler(): { stop(): { rssMb: number; heapMb: number } } {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let rss = 0;
  let heap = 0;
  const t = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss - rss0);
    heap = Math.max(heap, m.heapUsed - heap0);
  }, 50);
  return {
    stop() {
      clearInterval(t);
      return { rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
    },
  };
}

const before = rows();
const controller = new AbortController();
let askedAt = 0;
const m1 = sampler();
const c0 = performance.now();
const err = await importLexicon(db, file, {
  signal: controller.signal,
  onProgress: (p) => {
    if (!askedAt && p.bytes >= p.totalBytes / 2) {
      askedAt = performance.now();
      controller.abort();
    }
  },
}).catch((e: unknown) => e as { code?: string });
const stopMs = performance.now() - askedAt;
const cancelMem = m1.stop();
const after = rows();
console.log(`cancel at half of ${(bytes / 2 ** 20).toFixed(1)} MB: ${err && (err as { code?: string }).code} ${stopMs.toFixed(0)} ms after the request (rows deleted included), ${(askedAt - c0).toFixed(0)} ms in; rows before ${before}, after ${after} (${before === after ? 'unchanged' : 'CHANGED'}); peak RSS +${cancelMem.rssMb.toFixed(0)} MB`);

const m2 = sampler();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const res = await importLexicon(db, file);
const cpu = process.cpuUsage(cpu0);
const ms = performance.now() - t0;
const mem = m2.stop();
console.log(
  `full import of ${(bytes / 2 ** 20).toFixed(1)} MB: ${res.entries} entries in ${(ms / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU ` +
    `(${(bytes / 2 ** 20 / (ms / 1000)).toFixed(1)} MB/s); peak RSS +${mem.rssMb.toFixed(0)} MB, heap +${mem.heapMb.toFixed(0)} MB while importing`,
);
db.close();
fs.rmSync(dir, { recursive: true, force: true });
