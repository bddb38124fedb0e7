import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { SverkaError } from '../../../shared/errors';
import { SKIP_REASON_TEXT } from '../../../shared/formats/read-kit';
import { parseCsv } from '../../../shared/formats/csv/read';
import type { TranslationUnit } from '../../../shared/formats/model';
import { parseTmx } from '../../../shared/formats/tmx/read14';
import { parseXliff12 } from '../../../shared/formats/xliff/read12';
import { parseXliff21 } from '../../../shared/formats/xliff/read21';
import { dist, nodeBin, repoRoot } from '../../support/paths';
import { fileTm, snapshot, tmx } from './helpers';
import type { TmService } from '../../../electron/services/tm';

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

  it('merges a file\'s own repeated units the same into an empty memory as into one that holds units', () => {
    const repeated = tmx([
      ['Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“', '<note>erste</note>'],
      ['Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“', '<prop type="x-origin">human</prop><note>zweite</note>'],
      ['Он сказал: «Мы готовы».', 'Er meinte: „Wir sind bereit.“'],
      ['ОН СКАЗАЛ: «МЫ ГОТОВЫ».', 'Er sagte: „Wir sind bereit.“'],
      ['Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“', '<prop type="x-origin">machine</prop>'],
    ]);
    const units = (tm: TmService) =>
      [...tm.exportUnits()]
        .map((u) => ({ source: u.source, target: u.target, props: u.props, notes: u.notes }))
        .filter((u) => JSON.stringify(u.source) !== JSON.stringify(['Нажмите кнопку.']));
    const empty = fileTm().tm;
    const held = fileTm().tm;
    held.importBytes(enc(tmx([['Нажмите кнопку.', 'Drücken Sie die Taste.']])), 'other.tmx');
    const a = empty.importBytes(enc(repeated), 'repeated.tmx');
    const b = held.importBytes(enc(repeated), 'repeated.tmx');
    expect(a).toMatchObject({ read: 5, added: 2, merged: 3 });
    expect(b).toMatchObject({ read: 5, added: 2, merged: 3 });
    expect(units(empty)).toEqual(units(held));
    expect(units(empty)).toHaveLength(2);
  });

  it('gives the connection its settings back after an import, whether it succeeds or fails', () => {
    const { tm, db } = fileTm();
    const settings = () => ({
      foreignKeys: db.pragma('foreign_keys', { simple: true }),
      cacheSize: db.pragma('cache_size', { simple: true }),
      walAutocheckpoint: db.pragma('wal_autocheckpoint', { simple: true }),
      automerge: ['tm_source_fts', 'tm_target_fts'].map((t) => db.prepare(`SELECT v FROM ${t}_config WHERE k = 'automerge'`).pluck().get() ?? 4),
    });
    const before = settings();
    expect(before).toEqual({ foreignKeys: 1, cacheSize: before.cacheSize, walAutocheckpoint: 1000, automerge: [4, 4] });
    tm.importBytes(enc(GOOD), 'client.tmx');
    expect(settings()).toEqual(before);
    expect(() => tm.importBytes(enc(tmx([])), 'none.tmx')).toThrow(SverkaError);
    expect(settings()).toEqual(before);
    // The units a bulk import stored without binding their defaulted columns hold the defaults.
    const row = db.prepare("SELECT reviewed, status, project_id, props, notes, source_notes, target_notes, source_inline FROM tm_units WHERE source = 'Нажмите кнопку.'").get();
    expect(row).toEqual({ reviewed: 0, status: null, project_id: null, props: '{}', notes: '[]', source_notes: '[]', target_notes: '[]', source_inline: null });
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
  ['text that is not XML', 'a.tmx', 'source,target\nДа,Ja\n', /line \d/],
  ['binary bytes', 'a.tmx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]), /./],
  ['CSV with an unterminated quote over embedded newlines', 'a.csv', 'source_lang,target_lang,source,target\nru,de,"Да\nи нет,Ja\n', /line/],
  ['CSV without header and without languages', 'a.csv', 'foo,bar\n1,2\n', /no unit that could be read.*2 without a language \(lines 1, 2\)/],
  ['XLIFF with an unknown version', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="9.9" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" target-language="de" datatype="plaintext" original="x"><body/></file></xliff>', /version/i],
  ['XLIFF 1.2 broken XML', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru"', /line|end/i],
  ['XLIFF 2 without srcLang', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"><unit id="u"><segment><source>a</source><target>b</target></segment></unit></file></xliff>', /without a language/i],
  ['a TMX without any tu', 'a.tmx', tmx([]), /holds no translation units/],
  ['XLIFF whose only unit is untranslated', 'a.xlf', '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" target-language="de" datatype="plaintext" original="x"><body>\n<trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>', /0 read, 1 skipped: 1 without a target \(line 3\)/],
  ['a CSV of one column', 'a.csv', 'Слово\nещё\n', /two columns/],
  ['XLIFF in an unknown namespace', 'a.xlf', '<xliff xmlns="urn:example:other" version="1.2"/>', /namespace/],
  ['nesting deeper than any TM needs', 'a.tmx', manyThen(3, '<tu><tuv xml:lang="ru"><seg>' + '<hi>'.repeat(100) + 'x' + '</hi>'.repeat(100) + '</seg></tuv></tu>'), /deeper/],
  ['unknown file type', 'a.docx', 'PK', /format/i],
];

// The reading thread of an import on two threads is started from the build.
beforeAll(() => {
  execFileSync(nodeBin, ['scripts/build.mjs', '--only', 'electron', '--quiet'], { cwd: repoRoot });
});

describe.each([
  ['on one thread', false as const],
  ['on two threads', dist('electron', 'tm-import-worker.cjs')],
])('malformed inputs leave the memory unchanged (import %s)', (_how, workerFile) => {
  it.each(MALFORMED)('%s', (_what, name, content, where) => {
    const { tm, db } = fileTm();
    tm.importBytes(enc(GOOD), 'good.tmx', { workerFile });
    const before = snapshot(db);
    let error: unknown;
    try {
      tm.importBytes(typeof content === 'string' ? enc(content) : content, name, { workerFile });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SverkaError);
    expect((error as SverkaError).message).toMatch(where);
    expect(snapshot(db)).toEqual(before);
    expect(db.inTransaction).toBe(false);
    // The connection still works for the next import.
    expect(tm.importBytes(enc(tmx([['Снова', 'Wieder']])), 'next.tmx', { workerFile }).added).toBe(1);
  });

  it('has at least twenty cases', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
  });
});

describe('damaged units are skipped, counted and named; the rest is imported', () => {
  it.each([
    ['a tu without a tuv in the source language after 500 good ones', 'a.tmx', manyThen(500, '\n<tu tuid="bad"><tuv xml:lang="de"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>'), 500, 'no-source', 506],
    ['a CSV with a ragged row', 'a.csv', 'source_lang,target_lang,source,target\nru,de,Да,Ja\nru,de,Нет\n', 1, 'ragged', 3],
    ['an XLIFF unit with an element XLIFF does not allow in a source', 'a.xlf', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" target-language="de" datatype="plaintext" original="x"><body>\n<trans-unit id="1"><source>a</source><target>b</target></trans-unit>\n<trans-unit id="2"><source><b>c</b></source><target>d</target></trans-unit></body></file></xliff>', 1, 'markup', 3],
    ['a unit with no text on one side', 'a.tmx', tmx([['a', 'b'], ['c', '']]), 1, 'empty', 6],
  ] as const)('%s', (_what, name, content, read, reason, line) => {
    const { tm } = fileTm();
    const res = tm.importBytes(enc(content), name);
    expect(res).toMatchObject({ read, skipped: 1, reasons: { [reason]: 1 } });
    expect(res.skippedUnits[0]).toMatchObject({ reason, line });
    expect(res.summary).toBe(`${read} read, 1 skipped: 1 ${SKIP_REASON_TEXT[reason]} (line ${line})`);
    // The import record keeps the same account.
    expect(tm.repo.importRecord(res.importId)).toMatchObject({ read, skipped: 1, skips: { [reason]: { count: 1, lines: [line] } } });
  });

  it.each([
    ['a header without srclang (first tuv is the source)', tmx([['a', 'b']]).replace(' srclang="ru"', ''), 1],
    ['duplicate tuids (both are translations)', tmx([['a', 'b'], ['c', 'd']]).replace('tuid="t2"', 'tuid="t1"'), 2],
    ['an impossible date (dropped)', tmx([['a', 'b']]).replace('<tu tuid="t1">', '<tu tuid="t1" creationdate="20261345T990000Z">'), 1],
  ])('reads %s', (_what, content, read) => {
    const { tm } = fileTm();
    expect(tm.importBytes(enc(content), 'a.tmx')).toMatchObject({ read, skipped: 0 });
  });

  it('takes the languages of a file that names none from the project (fallback, never a filter)', () => {
    const { tm } = fileTm();
    const xlf = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ru" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Да</source><target>Ja</target></trans-unit></body></file></xliff>';
    expect(() => tm.importBytes(enc(xlf), 'a.xlf')).toThrow(/without a language/);
    expect(tm.importBytes(enc(xlf), 'a.xlf', { fallback: { sourceLang: 'ru', targetLang: 'de' } })).toMatchObject({ read: 1 });
    // A TMX in other languages is read as it is: the fallback does not filter.
    expect(tm.importBytes(enc(tmx([['Hello', 'Bonjour']], 'en', 'fr')), 'b.tmx', { fallback: { sourceLang: 'ru', targetLang: 'de' } })).toMatchObject({ read: 1 });
  });
});

describe('the encoding a file declares', () => {
  // Some tools write encoding="ISO-8859-1" (or windows-1252) above UTF-8 bytes; read as declared,
  // every Cyrillic letter and umlaut became two or three Latin ones in the memory.
  const units: [string, string][] = [
    ['Цена — 5 €.', 'Der Preis beträgt 5 €.'],
    ['Переговоры зашли в тупик.', 'Die Verhandlungen sind gescheitert.'],
  ];
  it.each(['ISO-8859-1', 'windows-1252', 'windows-1251'])('reads UTF-8 bytes under a wrong %s declaration as UTF-8', (label) => {
    const { tm } = fileTm();
    const wrong = tmx(units).replace('encoding="UTF-8"', `encoding="${label}"`);
    expect(tm.importBytes(enc(wrong), 'wrong.tmx')).toMatchObject({ read: 2, added: 2 });
    expect(tm.lookup('Цена — 5 €.')[0]).toMatchObject({ target: 'Der Preis beträgt 5 €.', score: 100 });
    // The same after a first 64 KiB of plain ASCII (the first chunk decides nothing).
    const late = fileTm().tm;
    const padded = wrong.replace('<body>', `<body>\n<!-- ${'x'.repeat(70_000)} -->`);
    expect(late.importBytes(enc(padded), 'late.tmx')).toMatchObject({ read: 2 });
    expect(late.lookup('Переговоры зашли в тупик.')[0]).toMatchObject({ target: 'Die Verhandlungen sind gescheitert.', score: 100 });
  });

  // Excel saves "CSV" and "Text (tab-delimited)" in the system's ANSI code page.
  it.each([
    ['windows-1251', 'ru.csv', 'source_lang,target_lang,source,target\nru,de,"Переговоры, как всегда, затянулись.",Die Gespräche zogen sich hin.\nru,de,Съёмка завершена.,Die Aufnahme ist fertig.\n', ['Переговоры, как всегда, затянулись.', 'Съёмка завершена.']],
    ['windows-1252', 'de.tsv', 'source_lang\ttarget_lang\tsource\ttarget\nde\tru\tGrößere Übermaß-Äpfel.\tbig apples\nde\tru\tSüße Grüße.\tsweet\n', ['Größere Übermaß-Äpfel.', 'Süße Grüße.']],
  ])('reads a CSV/TSV saved in %s by a spreadsheet', (encoding, name, text, sources) => {
    const { tm } = fileTm();
    expect(tm.importBytes(iconv.encode(text, encoding), name)).toMatchObject({ read: 2, added: 2 });
    expect([...tm.exportUnits()].map((u) => u.source.join('')).sort()).toEqual([...sources].sort());
  });

  it('still reads a file in the single-byte encoding it declares', () => {
    const { tm } = fileTm();
    const latin1 = Buffer.from(tmx([['Hello', 'Größe und Übermaß']], 'en', 'de').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
    expect(tm.importBytes(latin1, 'latin1.tmx')).toMatchObject({ read: 1 });
    expect(tm.lookup('Hello', { sourceLang: 'en', targetLang: 'de' })[0]).toMatchObject({ target: 'Größe und Übermaß' });
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

describe('the memory keeps what a TMX round trip must not change', () => {
  // One tu, two targets: notes on the tu, the source tuv and each target tuv; a bpt whose x is
  // not its i; a placeholder with assoc and a sub flow; an isolated code without x.
  const KIT = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="block" o-tmf="t" adminlang="en" srclang="ru" datatype="html"/><body>',
    '<tu tuid="k1"><note>über die Einheit</note>',
    '<tuv xml:lang="ru"><note>к оригиналу</note><seg><it pos="begin">&lt;i></it><bpt x="2" i="1">&lt;b></bpt>Нажмите <ph x="3" assoc="b">&lt;img alt="<sub>Начало</sub>"></ph><ept i="1">&lt;/b></ept></seg></tuv>',
    '<tuv xml:lang="de"><note>zur Übersetzung</note><seg><it pos="begin">&lt;i></it><bpt x="2" i="1">&lt;b></bpt>Klicken <ph x="3" assoc="b">&lt;img alt="<sub>Start</sub>"></ph><ept i="1">&lt;/b></ept></seg></tuv>',
    '<tuv xml:lang="en"><seg>Click <ph x="3" assoc="b">&lt;img alt="<sub>Start</sub>"></ph></seg></tuv>',
    '</tu></body></tmx>',
  ].join('\n');

  it('exports notes on the element they came from and codes with their numbering', () => {
    const { tm, dir } = fileTm();
    expect(tm.importBytes(enc(KIT), 'kit.tmx')).toMatchObject({ read: 2 });
    const file = path.join(dir, 'out.tmx');
    tm.exportToFile(file, 'tmx');
    const xml = fs.readFileSync(file, 'utf8');
    expect(xml.match(/<tu /g)).toHaveLength(1);
    expect(xml.match(/<note>über die Einheit<\/note>/g)).toHaveLength(1);
    expect(xml.match(/<note>к оригиналу<\/note>/g)).toHaveLength(1);
    expect(xml).toMatch(/<tuv xml:lang="de"[^>]*>\s*<note>zur Übersetzung<\/note>/);
    expect(xml).toMatch(/<bpt i="1" x="2">/);
    expect(xml).toContain('<sub>Начало</sub>');
    expect(xml).toContain('assoc="b"');
    expect(xml).not.toMatch(/x="a\d"/);
    const kept = (u: TranslationUnit) => [u.id, u.source, u.target, u.notes, u.sourceNotes, u.targetNotes];
    expect(parseTmx(xml).units.map(kept)).toEqual(parseTmx(KIT).units.map(kept));
  });

  it('refuses an empty export in every format alike', () => {
    const { tm, dir } = fileTm();
    for (const format of ['tmx', 'xliff12', 'xliff21', 'csv'] as const) {
      expect(() => tm.exportToFile(path.join(dir, `e.${format}`), format)).toThrow(/no units.*nothing to export/);
    }
    tm.importBytes(enc(GOOD), 'good.tmx');
    expect(() => tm.exportToFile(path.join(dir, 'e.xlf'), 'xliff21', { targetLang: 'fr' })).toThrow(/no units for \* -> fr/);
  });

  it('guards spreadsheet formulas in CSV unless allowed', () => {
    const { tm, dir } = fileTm();
    tm.importBytes(enc(tmx([["=cmd|' /C calc'!A0", '=HYPERLINK("http://x")'], ['+SUM(1)', '@SUM(1)']])), 'evil.tmx');
    const guarded = path.join(dir, 'g.csv');
    tm.exportToFile(guarded, 'csv');
    const text = fs.readFileSync(guarded, 'utf8');
    for (const cell of ["'=cmd|' /C calc'!A0", `"'=HYPERLINK(""http://x"")"`, "'+SUM(1)", "'@SUM(1)"]) expect(text).toContain(cell);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    const raw = path.join(dir, 'r.csv');
    tm.exportToFile(raw, 'csv', {}, { allowFormulas: true });
    expect(fs.readFileSync(raw, 'utf8')).toMatch(/,=cmd\|' \/C calc'!A0,/);
    // Both read back to the same texts.
    expect(parseCsv(text.replace(/^\uFEFF/, '')).units.map((u) => u.source)).toEqual(parseCsv(fs.readFileSync(raw, 'utf8').replace(/^\uFEFF/, '')).units.map((u) => u.source));
  });
});
