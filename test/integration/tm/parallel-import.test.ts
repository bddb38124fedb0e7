import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import { ParseError, SverkaError } from '../../../shared/errors';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { fileTm, tmx } from './helpers';

const WORKER = dist('electron', 'tm-import-worker.cjs');

beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

const SUBJECTS = [['Правительство', 'Die Regierung'], ['Комиссия', 'Die Kommission'], ['Министр финансов', 'Der Finanzminister'], ['Суд', 'Das Gericht']] as const;
const VERBS = [['объявило', 'hat angekündigt'], ['отклонило', 'hat abgelehnt'], ['обсуждает', 'bespricht'], ['одобрило', 'hat gebilligt']] as const;
const OBJECTS = [
  ['новый закон о налогах', 'ein neues Steuergesetz'],
  ['план реформы пенсий', 'einen Plan zur Rentenreform'],
  ['бюджет на следующий год', 'den Haushalt für das nächste Jahr'],
  ['доклад о ценах на энергию', 'einen Bericht über die Energiepreise'],
  ['решение по делу «Север»', 'eine Entscheidung im Fall „Nord“'],
] as const;

/**
 * A memory file of `n` units written for these tests: sentences built from parts, every
 * 13th repeating an earlier one (merged, not added), every 17th with an empty target
 * (skipped), inline codes, notes, props, machine origin and a review status here and there.
 */
function fixture(n: number): string {
  const units: [string, string, string][] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 13 === 12 ? i - 7 : i;
    const s = SUBJECTS[k % SUBJECTS.length]!;
    const v = VERBS[Math.floor(k / 4) % VERBS.length]!;
    const o = OBJECTS[Math.floor(k / 16) % OBJECTS.length]!;
    const num = Math.floor(k / 80);
    let ru = `${s[0]} ${v[0]} ${o[0]} (№ ${num}).`;
    let de = i % 17 === 16 ? '' : `${s[1]} ${v[1]}: ${o[1]} (Nr. ${num}).`;
    let extra = '';
    if (k % 11 === 3) {
      ru = `${s[0]} <bpt i="1">&lt;b&gt;</bpt>${v[0]}<ept i="1">&lt;/b&gt;</ept> ${o[0]} (№ ${num}).`;
      if (de) de = `${s[1]} <bpt i="1">&lt;b&gt;</bpt>${v[1]}<ept i="1">&lt;/b&gt;</ept>: ${o[1]} (Nr. ${num}).`;
    }
    if (k % 7 === 2) extra += `<note>Проверено по стенограмме ${num}</note>`;
    if (k % 9 === 4) extra += '<prop type="x-origin">machine</prop>';
    if (k % 10 === 5) extra += '<prop type="x-status">draft</prop><prop type="x-Kunde">Redaktion</prop>';
    units.push([ru, de, extra]);
  }
  const tus = units.map(([ru, de, extra]) => `<tu>${extra}<tuv xml:lang="ru"><seg>${ru}</seg></tuv><tuv xml:lang="de"><seg>${de}</seg></tuv></tu>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>\n<body>\n${tus.join('\n')}\n</body>\n</tmx>\n`;
}

/** Every stored unit and import record, and what each side's index finds for a few trigrams. */
function state(db: Db): unknown {
  const count = (table: string, term: string) => db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(`"${term}"`);
  return {
    units: db.prepare('SELECT * FROM tm_units ORDER BY id').all(),
    imports: db.prepare('SELECT file_name, format, units_found, units_read, units_added, units_merged, units_skipped, skips FROM tm_imports ORDER BY id').all(),
    source: ['ств', 'зак', 'Сев', ' Су'].map((t) => count('tm_source_fts', t)),
    target: ['ung', 'Ger', 'Nor', 'ie '].map((t) => count('tm_target_fts', t)),
  };
}

const LOOKUPS = ['Правительство объявило новый закон о налогах (№ 3).', 'Суд отклонил план реформы пенсий', 'Министр финансов одобрил бюджет (№ 7).'];
const CONCORDANCE = ['закон', 'Regierung', 'Nord', 'бюджет на', 'Bericht über'];

describe('a memory import on two threads', () => {
  it('stores the same rows and finds the same matches and concordance hits as on one thread, into an empty memory and a full one, before and after the concordance backlog', async () => {
    const dir = fileTm().dir;
    const file = path.join(dir, 'fixture.tmx');
    // Enough units for the writer to index the source side in several steps as it stores them.
    fs.writeFileSync(file, fixture(40_000));
    const second = path.join(dir, 'second.tmx');
    fs.writeFileSync(second, fixture(1200).replace(/Nr\. /g, 'Nummer '));
    const one = fileTm(() => '2026-01-01T00:00:00Z');
    const two = fileTm(() => '2026-01-01T00:00:00Z');
    const r1 = one.tm.importFile(file, { workerFile: false });
    const r2 = two.tm.importFile(file, { workerFile: WORKER });
    expect(r2).toEqual(r1);
    expect(r1.merged).toBeGreaterThan(100);
    expect(r1.skipped).toBeGreaterThan(100);
    const r3 = two.tm.importFile(second, { workerFile: WORKER });
    expect(r3).toEqual(one.tm.importFile(second, { workerFile: false }));
    expect(state(two.db)).toEqual(state(one.db));
    for (const q of LOOKUPS) expect(two.tm.lookup(q, { sourceLang: 'ru', targetLang: 'de' })).toEqual(one.tm.lookup(q, { sourceLang: 'ru', targetLang: 'de' }));
    // The target side of both imports waits in the backlog; concordance finds those units by a scan.
    expect(two.tm.stats().targetIndexPending).toBe(r2.added + r3.added);
    const during = CONCORDANCE.map((q) => one.tm.concordance(q));
    for (const [i, q] of CONCORDANCE.entries()) {
      expect(during[i]!.length).toBeGreaterThan(0);
      expect(two.tm.concordance(q)).toEqual(during[i]);
    }
    expect(await one.tm.indexBacklog({ step: 7000 })).toBe(r2.added + r3.added);
    expect(await two.tm.indexBacklog()).toBe(r2.added + r3.added);
    expect(two.tm.stats().targetIndexPending).toBe(0);
    expect(state(two.db)).toEqual(state(one.db));
    for (const [i, q] of CONCORDANCE.entries()) {
      expect(one.tm.concordance(q)).toEqual(during[i]);
      expect(two.tm.concordance(q)).toEqual(during[i]);
    }
    // A sound FTS5 index on both sides (integrity-check throws on a damaged one).
    for (const db of [one.db, two.db]) {
      db.exec("INSERT INTO tm_target_fts (tm_target_fts, rank) VALUES ('integrity-check', 0)");
      db.exec("INSERT INTO tm_source_fts (tm_source_fts, rank) VALUES ('integrity-check', 0)");
    }
  });

  it('imports bytes received over IPC the same way', () => {
    const bytes = Buffer.from(fixture(500));
    const one = fileTm(() => '2026-01-01T00:00:00Z');
    const two = fileTm(() => '2026-01-01T00:00:00Z');
    expect(two.tm.importBytes(new Uint8Array(bytes), 'ipc.tmx', { workerFile: WORKER })).toEqual(one.tm.importBytes(new Uint8Array(bytes), 'ipc.tmx', { workerFile: false }));
    expect(state(two.db)).toEqual(state(one.db));
  });

  it.each([
    ['while the file is read', (progress: number, total: number) => progress >= 1024 && progress < total],
    ['while the source index is finished, after the last rows', (progress: number, total: number) => progress >= total],
  ])('a cancel %s leaves the memory exactly as it was', (_when, cancelAt) => {
    const dir = fileTm().dir;
    const file = path.join(dir, 'fixture.tmx');
    fs.writeFileSync(file, fixture(6000));
    const stored = fileTm(() => '2026-01-01T00:00:00Z').tm.importFile(file, { workerFile: false });
    const total = stored.added + stored.merged;
    for (const seeded of [false, true]) {
      const t = fileTm(() => '2026-01-01T00:00:00Z');
      if (seeded) t.tm.importBytes(Buffer.from(tmx([['Было до импорта.', 'War vor dem Import da.']])), 'seed.tmx', { workerFile: WORKER });
      const before = state(t.db);
      let aborted = false;
      let error: unknown;
      try {
        t.tm.importFile(file, {
          workerFile: WORKER,
          signal: {
            get aborted() {
              return aborted;
            },
          },
          onProgress: (n) => {
            if (cancelAt(n, total)) aborted = true;
          },
        });
      } catch (err) {
        error = err;
      }
      expect(aborted).toBe(true);
      expect(error).toBeInstanceOf(SverkaError);
      expect((error as SverkaError).code).toBe('CANCELLED');
      expect(t.db.inTransaction).toBe(false);
      expect(state(t.db)).toEqual(before);
      // The connection imports again, whole.
      expect(t.tm.importFile(file, { workerFile: WORKER }).added).toBe(stored.added);
    }
  });

  it('a malformed TMX is the same typed error naming its line, and changes nothing', () => {
    const t = fileTm();
    const good = fixture(50);
    const before = state(t.db);
    const lines = good.split('\n');
    // An unclosed element in the middle of the file, after some units were read.
    lines.splice(30, 0, '<tu><tuv xml:lang="ru"><seg>Оборванная строка</seg></tuv>');
    let error: unknown;
    try {
      t.tm.importBytes(Buffer.from(lines.join('\n')), 'broken.tmx', { workerFile: WORKER });
    } catch (err) {
      error = err;
    }
    let expected: unknown;
    try {
      t.tm.importBytes(Buffer.from(lines.join('\n')), 'broken.tmx', { workerFile: false });
    } catch (err) {
      expected = err;
    }
    expect(expected).toBeInstanceOf(ParseError);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toBe((expected as ParseError).message);
    expect((error as ParseError).message).toMatch(/line \d+/);
    expect((error as ParseError).line).toBe((expected as ParseError).line);
    expect(state(t.db)).toEqual(before);
  });

  it('invalid bytes are the same encoding error naming the byte', () => {
    const t = fileTm();
    const bytes = Buffer.concat([Buffer.from(fixture(20).slice(0, 800)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('</seg></tuv></tu></body></tmx>')]);
    expect(() => t.tm.importBytes(bytes, 'bytes.tmx', { workerFile: WORKER })).toThrow(/bad bytes after byte \d+/);
    expect(t.db.prepare('SELECT COUNT(*) FROM tm_units').pluck().get()).toBe(0);
  });
});
