import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../../electron/db/connection';
import { TmRepository, type TmUnitRow } from '../../../electron/db/repositories/tm';
import { fromFileUnit, isStorable, toRow } from '../../../electron/services/tm/convert';
import { decodeChunks } from '../../../electron/services/tm/decode';
import { createUnitReader } from '../../../electron/services/tm/formats';
import { fileTm, tmpDir } from './helpers';

/**
 * A bulk import stores its rows through `insertBulkRow` (some columns written as SQL
 * literals, the rest bound); every other write binds every value (`insertRow`). Both must
 * store the same values with the same SQLite types: compared through `quote()` of every
 * column, which tells the integer 1 from the real 1.0 and the text '1'.
 */
function unitsDigest(db: Db): { count: number; digest: string } {
  const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('tm_units') as string[]).map((c) => `quote(${c})`).join(` || '|' || `);
  const h = createHash('sha256');
  let count = 0;
  for (const line of db.prepare(`SELECT ${cols} FROM tm_units ORDER BY id`).pluck().iterate() as Iterable<string>) {
    h.update(line).update('\n');
    count++;
  }
  return { count, digest: h.digest('hex') };
}

/** The source-side trigram index as lookups read it: every term with the units holding it. */
function sourceIndexDigest(db: Db): string {
  const h = createHash('sha256');
  for (const r of db.prepare('SELECT term, doc FROM tm_source_vocab ORDER BY term').raw().iterate() as Iterable<[string, number]>) h.update(`${r[0]}\t${r[1]}\n`);
  return h.digest('hex');
}

const RU = ['Правительство', 'Комиссия', 'Министр финансов', 'Суд', 'Парламент', 'Мэрия'];
const RU_VERBS = ['объявило', 'отклонило', 'обсуждает', 'одобрило', 'перенесло'];
const RU_OBJECTS = ['новый закон о налогах', 'план реформы пенсий', 'бюджет на следующий год', 'доклад о ценах на энергию', 'решение по делу «Север»'];
const DE = ['Die Regierung', 'Die Kommission', 'Der Finanzminister', 'Das Gericht', 'Das Parlament', 'Das Rathaus'];
const DE_VERBS = ['hat angekündigt', 'hat abgelehnt', 'bespricht', 'hat gebilligt', 'hat verschoben'];
const DE_OBJECTS = ['ein neues Steuergesetz', 'einen Plan zur Rentenreform', 'den Haushalt für das nächste Jahr', 'einen Bericht über die Energiepreise', 'eine Entscheidung im Fall „Nord“'];

/**
 * A memory file written for this test, with what makes a bulk insert choose another
 * statement: the same creation date for most units and one of its own for a long run of
 * them (more dates than the literal statements kept), a change date here and there, units
 * without dates, machine origin, review statuses, a second language pair, a language tag
 * with a quote-free but non-ASCII creator, notes, props, inline codes, and repeated units
 * (merged).
 */
function fixture(n: number): string {
  const tus: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 19 === 18 ? i - 11 : i;
    const num = Math.floor(k / 30);
    const ru = `${RU[k % RU.length]} ${RU_VERBS[Math.floor(k / 6) % RU_VERBS.length]} ${RU_OBJECTS[Math.floor(k / 30) % RU_OBJECTS.length]} (№ ${num}).`;
    const de = `${DE[k % DE.length]} ${DE_VERBS[Math.floor(k / 6) % DE_VERBS.length]}: ${DE_OBJECTS[Math.floor(k / 30) % DE_OBJECTS.length]} (Nr. ${num}).`;
    let attrs = '';
    if (i < n / 3) attrs += ' creationdate="20250101T120000Z"';
    else if (i < (2 * n) / 3) attrs += ` creationdate="2025${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}0000Z"`;
    if (i % 5 === 1) attrs += ' changedate="20260202T101010Z"';
    if (i % 8 === 3) attrs += ' creationid="Jörg Müller"';
    let extra = '';
    if (k % 9 === 4) extra += '<prop type="x-origin">machine</prop>';
    if (k % 10 === 5) extra += '<prop type="x-status">draft</prop><prop type="x-Kunde">Redaktion</prop>';
    if (k % 12 === 7) extra += '<prop type="x-status">approved</prop>';
    if (k % 7 === 2) extra += `<note>Проверено по стенограмме ${num}</note>`;
    const [sl, tl] = i % 23 === 0 ? ['ru-RU', 'de-AT'] : ['ru', 'de'];
    const seg = (text: string) => (k % 11 === 3 ? text.replace(' ', ' <ph x="1">&lt;br/&gt;</ph>') : text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    tus.push(`<tu tuid="u${i}"${attrs}>${extra}<tuv xml:lang="${sl}"><seg>${seg(ru)}</seg></tuv><tuv xml:lang="${tl}"><seg>${seg(de)}</seg></tuv></tu>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>\n<body>\n${tus.join('\n')}\n</body>\n</tmx>\n`;
}

/** The rows an import of `text` stores, as `importUnits` builds them. */
function rowsOf(text: string, fileName: string, now: string, importId: number): TmUnitRow[] {
  const reader = createUnitReader('tmx', {});
  const units = [...reader.write([...decodeChunks([Buffer.from(text)], fileName)].join('')), ...reader.end()];
  return units.map((u) => toRow(fromFileUnit(u), now, importId)).filter(isStorable);
}

describe('rows stored by a bulk import', () => {
  const NOW = '2026-12-04T10:00:00.000Z';

  it('are the rows every other write stores, value for value and type for type, and the source index holds the same terms', () => {
    const text = fixture(1500);
    const file = path.join(tmpDir(), 'fixture.tmx');
    fs.writeFileSync(file, text);

    // The import as it runs on one thread (the bulk path).
    const bulk = fileTm(() => NOW);
    const result = bulk.tm.importFile(file, { workerFile: false });
    expect(result.merged).toBeGreaterThan(0);

    // The same rows through the insert that binds every value, with the same import record.
    const plain = createDb();
    const repo = new TmRepository(plain);
    plain.pragma('foreign_keys = OFF');
    const importId = repo.startImport('fixture.tmx', 'tmx', NOW);
    expect(importId).toBe(result.importId);
    plain.transaction(() => repo.addOrMergeMany(rowsOf(text, 'fixture.tmx', NOW, importId)))();

    const a = unitsDigest(bulk.db);
    expect(a.count).toBe(result.added);
    expect(a).toEqual(unitsDigest(plain));
    // Spot checks of the types the digest compares.
    expect(bulk.db.prepare("SELECT DISTINCT typeof(reviewed) || typeof(import_id) || typeof(source_hash) || typeof(created_at) FROM tm_units").pluck().all()).toEqual([
      'integerintegerintegertext',
    ]);
    expect(bulk.db.prepare('SELECT COUNT(DISTINCT created_at) FROM tm_units').pluck().get()).toBeGreaterThan(100);
    expect(sourceIndexDigest(bulk.db)).toBe(sourceIndexDigest(plain));
    plain.close();
  });

  it('store values that cannot be SQL literals by binding them, and each row as given', () => {
    const base: TmUnitRow = {
      source_lang: 'ru',
      target_lang: 'de',
      source: 'Суд отклонил иск.',
      target: 'Das Gericht hat die Klage abgewiesen.',
      source_inline: null,
      target_inline: null,
      source_key: 'суд отклонил иск.',
      target_key: 'das gericht hat die klage abgewiesen.',
      source_hash: 2 ** 52 + 12345,
      origin: 'import',
      reviewed: 1,
      status: null,
      project_id: null,
      document_id: null,
      link_id: null,
      source_start: null,
      source_end: null,
      target_start: null,
      target_end: null,
      import_id: 5,
      tuid: 'a',
      creator: null,
      changer: null,
      reviewer: null,
      created_at: '2025-01-01T12:00:00Z',
      changed_at: '2025-01-01T12:00:00Z',
      props: '{}',
      notes: '[]',
      source_notes: '[]',
      target_notes: '[]',
    };
    const variants: Partial<TmUnitRow>[] = [
      {},
      {},
      { created_at: "2025-01-01T12:00:00Z'; DROP TABLE tm_units; --" },
      { changed_at: '2025-01-01T12:00:00Zé' },
      { source_lang: 'sr-Latn-RS', target_lang: 'de-CH' },
      { reviewed: 0, origin: 'machine' },
      { import_id: null },
      { import_id: 6, tuid: null },
      { created_at: `2025-${'0'.repeat(80)}` },
      { status: 'draft', creator: 'Анна', props: '{"x":"y"}' },
      {},
      ...Array.from({ length: 40 }, (_, i) => ({ created_at: `2024-03-${String(i).padStart(2, '0')}T00:00:00Z` })),
      {},
    ];
    const rows = variants.map((v, i) => ({ ...base, ...v, source: `${base.source} ${i}`, source_key: `${base.source_key} ${i}`, source_hash: base.source_hash + i }));
    const stored = (deferIndex: boolean) => {
      const db = createDb();
      db.pragma('foreign_keys = OFF');
      const repo = new TmRepository(db);
      expect(db.transaction(() => repo.addOrMergeMany(rows, { deferIndex }))()).toEqual({ added: rows.length, merged: 0 });
      const out = unitsDigest(db);
      const back = repo.byIds(rows.map((_, i) => i + 1));
      db.close();
      return { out, back };
    };
    const bulk = stored(true);
    expect(bulk.back).toEqual(rows.map((r, i) => ({ id: i + 1, ...r })));
    expect(bulk.out).toEqual(stored(false).out);
  });
});
