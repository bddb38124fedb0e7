import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import { createServices } from '../../../electron/services';
import { TmService } from '../../../electron/services/tm';
import { SverkaError } from '../../../shared/errors';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { fileTm, tmpDir, tmx } from './helpers';

const WORKER = dist('electron', 'tm-import-worker.cjs');

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

const PLACES = [['Москва', 'Moskau'], ['Берлин', 'Berlin'], ['Вена', 'Wien'], ['Рига', 'Riga'], ['Прага', 'Prag']] as const;
const THINGS = [['поезд', 'der Zug'], ['письмо', 'der Brief'], ['договор', 'der Vertrag'], ['отчёт', 'der Bericht']] as const;

/** A memory file of `n` distinct units: "the train to Riga left at 7 (n)" and so on. */
function memoryFile(n: number): string {
  const units: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const p = PLACES[i % PLACES.length]!;
    const t = THINGS[Math.floor(i / 5) % THINGS.length]!;
    units.push([`${t[0]} в город ${p[0]} отправлен в ${i % 24} часов, запись ${i}.`, `${t[1]} nach ${p[1]} ging um ${i % 24} Uhr ab, Eintrag ${i}.`]);
  }
  return tmx(units);
}

const QUERIES = ['Riga', 'Vertrag nach Wien', 'Eintrag 17', 'um 7 Uhr', 'Brief', 'ab', 'Прага', 'договор'];

/** Every side's concordance hits for the queries, and a few fuzzy lookups (ids, sides, texts and scores). */
function answers(tm: TmService): unknown {
  const hits = (hs: ReturnType<TmService['concordance']>) => hs.map((h) => [h.id, h.foundIn, h.source, h.target]);
  return {
    concordance: QUERIES.map((q) => [hits(tm.concordance(q, { side: 'target' })), hits(tm.concordance(q, { limit: 7 })), hits(tm.concordance(q, { side: 'target', targetLang: 'de' }))]),
    lookups: ['письмо в город Вена отправлен в 3 часов, запись 42.', 'договор в город Рига'].map((q) => tm.lookup(q).map((m) => [m.id, m.score, m.similarity, m.target])),
  };
}

/**
 * Both indexes pass FTS5's integrity-check and hold each unit once. The check cannot see a
 * unit indexed twice in a contentless index (FTS5 answers it once), but the row count FTS5
 * keeps (the first varint of its averages record) counts it twice.
 */
function ftsIntact(db: Db): void {
  const units = db.prepare('SELECT COUNT(*) FROM tm_units').pluck().get();
  for (const t of ['tm_source_fts', 'tm_target_fts']) {
    db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 0)`);
    const block = db.prepare(`SELECT block FROM ${t}_data WHERE id = 1`).pluck().get() as Buffer;
    let rows = 0;
    for (let i = 0; i < 9; i++) {
      rows = rows * 128 + (block[i]! & 0x7f);
      if (block[i]! < 0x80) break;
    }
    expect(rows, t).toBe(units);
  }
}

/** The same units imported and then indexed at once: the memory as the import left it before the backlog. */
async function reference(bytes: Buffer): Promise<TmService> {
  const r = fileTm(() => '2026-01-01T00:00:00Z');
  r.tm.importBytes(new Uint8Array(bytes), 'memory.tmx', { workerFile: WORKER });
  await r.tm.indexBacklog();
  return r.tm;
}

describe('the target-index backlog of an import', () => {
  it('answers concordance and lookups the same while the backlog is pending, part-way and after it, and leaves sound indexes', async () => {
    const bytes = Buffer.from(memoryFile(3000));
    const ref = answers(await reference(bytes));
    for (const workerFile of [WORKER, false] as const) {
      const t = fileTm(() => '2026-01-01T00:00:00Z');
      t.tm.importBytes(new Uint8Array(bytes), 'memory.tmx', { workerFile });
      expect(t.tm.stats().targetIndexPending).toBe(3000);
      expect(t.db.prepare('SELECT COUNT(*) FROM tm_target_fts WHERE tm_target_fts MATCH ?').pluck().get('"Rig"')).toBe(0);
      expect(answers(t.tm)).toEqual(ref);
      // Part of it indexed: some units found through the index, the rest by the scan.
      expect(t.tm.indexBacklogStep(1100)).toBe(1100);
      expect(t.tm.stats().targetIndexPending).toBe(1900);
      expect(answers(t.tm)).toEqual(ref);
      expect(await t.tm.indexBacklog({ step: 500 })).toBe(1900);
      expect(t.tm.stats().targetIndexPending).toBe(0);
      expect(answers(t.tm)).toEqual(ref);
      ftsIntact(t.db);
    }
  });

  it("the window's concordance scans the backlog in pieces, lets the event loop turn between them, and answers as the complete index does while the backlog job runs", async () => {
    const bytes = Buffer.from(memoryFile(3000));
    const refTm = await reference(bytes);
    const hits = (hs: ReturnType<TmService['concordance']>) => hs.map((h) => [h.id, h.foundIn, h.target]);
    // Turns of the event loop while `run` is awaited.
    const turnsDuring = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
      let turns = 0;
      let live = true;
      const tick = () => {
        if (!live) return;
        turns++;
        setImmediate(tick);
      };
      setImmediate(tick);
      const out = await run();
      live = false;
      return [out, turns];
    };
    // "Eintrag 0" is the oldest unit alone: the scan reads every piece of the backlog.
    for (const q of ['Eintrag 0', 'Riga', 'Brief']) {
      const want = hits(refTm.concordance(q, { side: 'target' }));
      const t = fileTm(() => '2026-01-01T00:00:00Z');
      t.tm.importBytes(new Uint8Array(bytes), 'memory.tmx', { workerFile: WORKER });
      const [alone, turns] = await turnsDuring(() => t.tm.concordanceYielding(q, { side: 'target' }, 200));
      expect(hits(alone), q).toEqual(want);
      if (q === 'Eintrag 0') {
        expect(want).toHaveLength(1);
        expect(turns).toBeGreaterThanOrEqual(10);
      }
      // The backlog job indexes units while the search runs: a unit it takes out of the backlog
      // between two pieces is still scanned (the pieces are taken once, at the start).
      const [during, indexed] = await Promise.all([t.tm.concordanceYielding(q, { side: 'target' }, 200), t.tm.indexBacklog({ step: 150 })]);
      expect(indexed).toBe(3000);
      expect(hits(during), q).toEqual(want);
      // No backlog left: the answer comes without a scan, the same as the synchronous search.
      expect(hits(await t.tm.concordanceYielding(q, {}, 200))).toEqual(hits(t.tm.concordance(q)));
    }
  });

  it('a cancelled indexing keeps what it did and resumes; deletes, key edits and reused ids during the backlog leave the index sound', async () => {
    const t = fileTm(() => '2026-01-01T00:00:00Z');
    t.tm.importBytes(Buffer.from(memoryFile(2000)), 'memory.tmx', { workerFile: WORKER });
    let aborted = false;
    const signal = {
      get aborted() {
        return aborted;
      },
    };
    const err = await t.tm
      .indexBacklog({ step: 300, signal, onProgress: (done) => (aborted = done >= 600) })
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(SverkaError);
    expect((err as SverkaError).code).toBe('CANCELLED');
    expect(t.tm.stats().targetIndexPending).toBe(1400);
    // A pending unit deleted, one edited, and the backlog's last id given out again by a later add.
    const last = t.db.prepare('SELECT MAX(id) FROM tm_units').pluck().get() as number;
    t.tm.repo.delete(last);
    t.tm.repo.delete(last - 5);
    t.db.prepare("UPDATE tm_units SET target_key = 'geändert nach riga' WHERE id = ?").run(last - 9);
    t.tm.add([{ sourceLang: 'ru', targetLang: 'de', source: 'Новая запись после импорта.', target: 'Ein neuer Eintrag nach dem Import.', origin: 'human' }]);
    expect(t.db.prepare('SELECT MAX(id) FROM tm_units').pluck().get()).toBe(last);
    const during = answers(t.tm);
    expect(t.tm.concordance('neuer Eintrag', { side: 'target' }).map((h) => h.id)).toEqual([last]);
    expect(await t.tm.indexBacklog()).toBe(1400);
    expect(answers(t.tm)).toEqual(during);
    expect(t.tm.concordance('neuer Eintrag', { side: 'target' }).map((h) => h.id)).toEqual([last]);
    expect(t.tm.concordance('geändert nach', { side: 'target' }).map((h) => h.id)).toEqual([last - 9]);
    ftsIntact(t.db);
  });

  it('an import cancelled after its rows leaves the memory and its backlog as they were', () => {
    const t = fileTm(() => '2026-01-01T00:00:00Z');
    t.tm.importBytes(Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])), 'seed.tmx', { workerFile: WORKER });
    const before = t.db.prepare('SELECT * FROM tm_index_backlog').all();
    let aborted = false;
    expect(() =>
      t.tm.importBytes(Buffer.from(memoryFile(1500)), 'memory.tmx', {
        workerFile: WORKER,
        signal: {
          get aborted() {
            return aborted;
          },
        },
        onProgress: (n) => (aborted = n >= 1500),
      }),
    ).toThrow(/cancelled/);
    expect(t.db.prepare('SELECT * FROM tm_index_backlog').all()).toEqual(before);
    expect(t.tm.stats()).toMatchObject({ units: 1, targetIndexPending: 1 });
  });

  it('resumes at the next start after the process was killed mid-way, and finishes', async () => {
    const dir = tmpDir('sverka-backlog-kill-');
    const dbFile = path.join(dir, 'tm.db');
    const file = path.join(dir, 'memory.tmx');
    const n = 100_000;
    fs.writeFileSync(file, memoryFile(n));
    // The command line imports, then builds the concordance index before it ends: kill it in between.
    const child = spawn(nodeBin, [dist('electron', 'cli.cjs'), 'tm', 'import', file, '--db', dbFile], { cwd: repoRoot, stdio: 'ignore' });
    const exit = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let exited = false;
    void exit.then(() => (exited = true));
    let pendingAtKill = -1;
    const deadline = Date.now() + 120_000;
    while (!exited && Date.now() < deadline) {
      if (fs.existsSync(dbFile)) {
        try {
          // Read-only: this process must not create or migrate the database the command line is making.
          const watch = new Database(dbFile, { readonly: true, fileMustExist: true });
          const r = watch.prepare('SELECT first_id, last_id FROM tm_index_backlog').get() as { first_id: number; last_id: number } | undefined;
          watch.close();
          if (r && r.first_id > 1) {
            child.kill('SIGKILL');
            pendingAtKill = r.last_id - r.first_id + 1;
            break;
          }
        } catch {
          // The schema is being created, or the file is locked: look again.
        }
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await exit).toBe('SIGKILL');
    expect(pendingAtKill).toBeGreaterThan(0);
    const ref = answers(await reference(fs.readFileSync(file)));

    const s = createServices({ dbFile, shell: 'web', backup: 'off', integrity: 'off', teamBackgroundSync: false, inlineJobs: true });
    try {
      expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(s.tm.stats().units).toBe(n);
      // The start resumed the job; it finishes.
      const until = Date.now() + 60_000;
      while (s.tm.stats().targetIndexPending > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(s.tm.stats().targetIndexPending).toBe(0);
      ftsIntact(s.db);
      expect(answers(s.tm)).toEqual(ref);
    } finally {
      s.close();
    }
  }, 240_000);

  it('a reading thread that ends without a word fails the import at once, not after the heartbeat, and changes nothing', () => {
    const t = fileTm();
    t.tm.importBytes(Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])), 'seed.tmx', { workerFile: WORKER });
    const before = t.db.prepare('SELECT * FROM tm_units').all();
    // The real reading thread, made to exit silently after its second batch of rows.
    const dying = path.join(t.dir, 'dying-worker.cjs');
    fs.writeFileSync(
      dying,
      `const wt = require('node:worker_threads');
const post = wt.MessagePort.prototype.postMessage;
let n = 0;
wt.MessagePort.prototype.postMessage = function (...a) { if (++n === 3) process.exit(0); return post.apply(this, a); };
require(${JSON.stringify(WORKER)});
`,
    );
    const t0 = Date.now();
    let err: unknown;
    try {
      t.tm.importBytes(Buffer.from(memoryFile(3000)), 'memory.tmx', { workerFile: dying });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SverkaError);
    expect((err as SverkaError).code).toBe('WORKER_CRASHED');
    // The heartbeat gives up after 30 s.
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(t.db.prepare('SELECT * FROM tm_units').all()).toEqual(before);
    expect(t.db.inTransaction).toBe(false);
  });
});
