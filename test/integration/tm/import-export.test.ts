import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SverkaError } from '../../../shared/errors';
import { parseCsv } from '../../../shared/formats/csv/read';
import type { TranslationUnit } from '../../../shared/formats/model';
import { parseTmx } from '../../../shared/formats/tmx/read14';
import { parseXliff12 } from '../../../shared/formats/xliff/read12';
import { parseXliff21 } from '../../../shared/formats/xliff/read21';
import { fileTm, snapshot, tmx } from './helpers';

const enc = (s: string) => Buffer.from(s, 'utf8');

const GOOD = tmx([
  ['Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“'],
  ['Цена\u00A0— 100\u00A0рублей.', 'Der Preis:\t100\u00A0Rubel.', '<prop type="x-origin">human</prop><prop type="x-status">reviewed</prop><prop type="x-reviewer">anna</prop><note>geprüft</note>'],
  ['Нажмите кнопку.', 'Drücken Sie die Taste.', '<prop type="x-origin">machine</prop>'],
]);

describe('TM import', () => {
  it('imports TMX with provenance from props and merges a repeated import', () => {
    const { tm } = fileTm();
    const first = tm.importBytes(enc(GOOD), 'client.tmx');
    expect(first).toMatchObject({ fileName: 'client.tmx', format: 'tmx', read: 3, added: 3, merged: 0, skipped: 0 });
    const [reviewed] = tm.lookup('Цена — 100 рублей.');
    expect(reviewed).toMatchObject({ origin: 'human', reviewed: true, status: 'reviewed', similarity: 99 });
    expect(reviewed!.provenance).toMatchObject({ reviewer: 'anna', notes: ['geprüft'], tuid: 't2', importId: first.importId });
    const [machine] = tm.lookup('Нажмите кнопку.');
    expect(machine).toMatchObject({ origin: 'machine', reviewed: false, score: 85 });
    const [plain] = tm.lookup('Он сказал: «Мы готовы».');
    expect(plain).toMatchObject({ origin: 'import', reviewed: true, score: 100 });
    const again = tm.importBytes(enc(GOOD), 'client.tmx');
    expect(again).toMatchObject({ read: 3, added: 0, merged: 3 });
    expect(tm.stats()).toMatchObject({ units: 3, imports: 2, byOrigin: { human: 1, machine: 1, import: 1 } });
  });

  it('imports XLIFF 1.2, XLIFF 2.1 and CSV/TSV by extension, and UTF-16 TMX', () => {
    const { tm, dir } = fileTm();
    const units: TranslationUnit[] = parseTmx(GOOD).units;
    // Write each format with a memory that holds the units, then import into a fresh one.
    const src = fileTm().tm;
    src.importBytes(enc(GOOD), 'a.tmx');
    for (const [format, name] of [
      ['xliff12', 'x12.xlf'],
      ['xliff21', 'x21.xliff'],
      ['csv', 'c.csv'],
    ] as const) {
      const file = path.join(dir, name);
      src.exportToFile(file, format);
      const res = tm.importFile(file);
      expect(res, name).toMatchObject({ read: units.length });
    }
    const tsv = 'source_lang\ttarget_lang\tsource\ttarget\nru\tde\tПривет\tHallo\n';
    expect(tm.importBytes(enc(tsv), 't.tsv')).toMatchObject({ read: 1, added: 1 });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tmx([['Утро', 'Morgen']]), 'utf16le')]);
    expect(tm.importBytes(utf16, 'u16.tmx')).toMatchObject({ read: 1, added: 1 });
    expect(tm.lookup('Утро')[0]).toMatchObject({ target: 'Morgen', score: 100 });
    expect(tm.stats().units).toBe(units.length + 2);
  });
});

/** Body of a TMX with `n` good units and then `tail` (to show that a late error undoes them all). */
const manyThen = (n: number, tail: string) =>
  tmx(Array.from({ length: n }, (_, i) => [`Предложение ${i}.`, `Satz ${i}.`] as const)).replace('</body>', `${tail}</body>`);

const MALFORMED: readonly (readonly [string, string, string | Buffer, RegExp])[] = [
  ['broken XML', 'a.tmx', '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>x</tuv></tu></body></tmx>', /line 2/],
  ['wrong root element', 'a.tmx', '<?xml version="1.0"?>\n<html><body/></html>', /line/],
  ['missing srclang', 'a.tmx', tmx([['a', 'b']]).replace(' srclang="ru"', ''), /srclang/i],
  ['duplicate tuids', 'a.tmx', tmx([['a', 'b'], ['c', 'd']]).replace('tuid="t2"', 'tuid="t1"'), /t1/],
  ['bad date', 'a.tmx', tmx([['a', 'b', '']]).replace('<tu tuid="t1">', '<tu tuid="t1" creationdate="20261345T990000Z">'), /date/i],
  [
    'billion laughs',
    'a.tmx',
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&c;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>',
    /entit/i,
  ],
  [
    'external entity',
    'a.tmx',
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&xxe;</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>',
    /entit/i,
  ],
  ['empty file', 'a.tmx', '', /empty/i],
  ['whitespace only', 'a.tmx', '  \n\n  ', /empty|whitespace/i],
  ['invalid UTF-8 bytes', 'a.tmx', Buffer.concat([enc(tmx([['a', 'b']]).slice(0, 200)), Buffer.from([0xc3, 0x28]), enc('...')]), /UTF-8.*byte/],
  ['truncated after 500 good units', 'a.tmx', manyThen(500, '<tu tuid="x"><tuv xml:lang="ru"><seg>обрыв'), /line|end/i],
  ['a bad unit after 500 good ones', 'a.tmx', manyThen(500, '<tu tuid="bad" creationdate="yesterday"><tuv xml:lang="ru"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu>'), /line 50\d/],
  ['text that is not XML', 'a.tmx', 'source,target\nДа,Ja\n', /line \d/],
  ['binary bytes', 'a.tmx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]), /./],
  ['CSV with a ragged row', 'a.csv', 'source_lang,target_lang,source,target\nru,de,Да,Ja\nru,de,Нет\n', /line 3/],
  ['CSV with an unterminated quote over embedded newlines', 'a.csv', 'source_lang,target_lang,source,target\nru,de,"Да\nи нет,Ja\n', /line/],
  ['CSV without source/target columns', 'a.csv', 'foo,bar\n1,2\n', /source|column/i],
  ['XLIFF with an unknown version', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="9.9" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" target-language="de" datatype="plaintext" original="x"><body/></file></xliff>', /version/i],
  ['XLIFF 1.2 broken XML', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru"', /line|end/i],
  ['XLIFF 2 without srcLang', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"><unit id="u"><segment><source>a</source><target>b</target></segment></unit></file></xliff>', /srcLang/i],
  ['unknown file type', 'a.docx', 'PK', /format/i],
];

describe('malformed inputs leave the memory unchanged', () => {
  it.each(MALFORMED)('%s', (_what, name, content, where) => {
    const { tm, db } = fileTm();
    tm.importBytes(enc(GOOD), 'good.tmx');
    const before = snapshot(db);
    let error: unknown;
    try {
      tm.importBytes(typeof content === 'string' ? enc(content) : content, name);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SverkaError);
    expect((error as SverkaError).message).toMatch(where);
    expect(snapshot(db)).toEqual(before);
    expect(db.inTransaction).toBe(false);
    // The connection still works for the next import.
    expect(tm.importBytes(enc(tmx([['Снова', 'Wieder']])), 'next.tmx').added).toBe(1);
  });

  it('has at least twenty cases', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
  });
});

describe('export round trips through the memory', () => {
  const TRICKY = tmx([
    ['Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“'],
    ['Цена\u00A0— 100\u00A0рублей.', 'Der Preis:\t100\u00A0Rubel.'],
    ['Ёж & ёлка < 3', 'Igel & Tanne < 3'],
  ]).replace(
    '<tu tuid="t3">',
    '<tu tuid="t4"><tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>здесь<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="de"><seg>Klicken Sie <bpt i="1">&lt;b&gt;</bpt>hier<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>\n<tu tuid="t3">',
  );

  const comparable = (u: TranslationUnit) => ({ sourceLang: u.sourceLang, targetLang: u.targetLang, source: u.source, target: u.target, notes: u.notes });

  it.each([
    ['tmx', (t: string) => parseTmx(t).units],
    ['xliff12', (t: string) => parseXliff12(t).units],
    ['xliff21', (t: string) => parseXliff21(t).units],
    ['csv', (t: string) => parseCsv(t.replace(/^\uFEFF/, '')).units],
  ] as const)('%s keeps texts, Cyrillic, quotes, NBSP, tabs and inline tags', (format, parse) => {
    const { tm, dir } = fileTm();
    const original = parseTmx(TRICKY).units;
    tm.importBytes(enc(TRICKY), 'tricky.tmx');
    const file = path.join(dir, `out.${format === 'csv' ? 'csv' : format === 'tmx' ? 'tmx' : 'xlf'}`);
    const res = tm.exportToFile(file, format);
    expect(res.units).toBe(original.length);
    const back = parse(fs.readFileSync(file, 'utf8'));
    expect(back.map(comparable)).toEqual(original.map(comparable));
    expect(back.every((u) => u.props['origin'] === 'import')).toBe(true);
    // And the memory reads its own export back without adding anything.
    expect(tm.importFile(file)).toMatchObject({ added: 0, merged: original.length });
  });

  it('exports over IPC as bytes with a suggested name', () => {
    const { tm } = fileTm(() => '2026-11-27T05:30:00.000Z');
    tm.importBytes(enc(GOOD), 'good.tmx');
    const out = tm.exportToBytes('tmx');
    expect(out.fileName).toBe('sverka-memory-2026-11-27.tmx');
    expect(parseTmx(out.bytes.toString('utf8')).units).toHaveLength(3);
  });

  it('refuses XLIFF 2 for a memory with several language pairs unless one is chosen', () => {
    const { tm, dir } = fileTm();
    tm.importBytes(enc(GOOD), 'good.tmx');
    tm.importBytes(enc(tmx([['Да', 'Yes']], 'ru', 'en')), 'en.tmx');
    expect(() => tm.exportToFile(path.join(dir, 'x.xlf'), 'xliff21')).toThrow(/one language pair/);
    expect(fs.existsSync(path.join(dir, 'x.xlf'))).toBe(false);
    expect(tm.exportToFile(path.join(dir, 'x.xlf'), 'xliff21', { targetLang: 'en' }).units).toBe(1);
  });
});
