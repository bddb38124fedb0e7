import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/connection';
import { importLexicon } from '../../../electron/services/lexicon/import';

let dir: string;
let dbFile: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-lex-'));
  dbFile = path.join(dir, 'sverka.db');
  db = openDatabase(dbFile);
});
afterEach(() => {
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string | Buffer): string => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};
const entries = () => db.prepare('SELECT de, ru FROM user_lexicon_entries ORDER BY rowid').raw().all();
const lexicons = () => db.prepare('SELECT name, format, state, entries, project_id FROM user_lexicons ORDER BY id').all();

// Our own dictionary lines.
const TSV = ['# eigene Testdaten', 'de\tru', 'Getreide\tзерно', 'морской путь\tSeeweg', '', 'Leitzins\tключевая ставка\tsubst.'].join('\n');
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1">
  <langSet xml:lang="de"><tig><term>Manöver</term></tig><tig><term>Militärübung</term></tig></langSet>
  <langSet xml:lang="ru"><tig><term>учения</term></tig></langSet>
</termEntry>
<termEntry id="t2"><langSet xml:lang="de"><tig><term>nur Deutsch</term></tig></langSet></termEntry>
</body></text></martif>`;
const TEI = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Test</title></titleStmt></fileDesc></teiHeader>
<text><body>
<entry><form><orth>Hafen</orth></form><sense><cit type="trans" xml:lang="ru"><quote>порт</quote></cit><cit type="trans" xml:lang="ru"><quote>гавань</quote></cit></sense></entry>
<entry><form><orth>Zoll</orth></form><gramGrp><pos>n</pos></gramGrp><sense><cit type="trans"><quote>пошлина</quote></cit></sense></entry>
</body></text></TEI>`;

describe('importLexicon: TSV, TBX and FreeDict TEI into SQLite', () => {
  it('reads a TSV in either column order, skipping comments, blank lines, a header and extra columns', async () => {
    const progress: number[] = [];
    const r = await importLexicon(db, write('eigen.tsv', TSV), { onProgress: (p) => progress.push(p.entries) });
    expect(r).toMatchObject({ format: 'tsv', entries: 3, projectId: null, name: 'eigen.tsv' });
    expect(entries()).toEqual([
      ['Getreide', 'зерно'],
      ['Seeweg', 'морской путь'],
      ['Leitzins', 'ключевая ставка'],
    ]);
    expect(lexicons()).toEqual([{ name: 'eigen.tsv', format: 'tsv', state: 'ready', entries: 3, project_id: null }]);
    expect(progress.at(-1)).toBe(3);
  });

  it('reads TBX concepts (synonyms paired) and FreeDict TEI entries, skipping entries without both languages', async () => {
    const tbx = await importLexicon(db, write('glossar.tbx', TBX));
    expect(tbx).toMatchObject({ format: 'tbx', entries: 2, skipped: 1 });
    const tei = await importLexicon(dbFile, { name: 'deu-rus.tei', bytes: Buffer.from(TEI) });
    expect(tei).toMatchObject({ format: 'tei', entries: 3, skipped: 0 });
    expect(entries()).toEqual([
      ['Manöver', 'учения'],
      ['Militärübung', 'учения'],
      ['Hafen', 'порт'],
      ['Hafen', 'гавань'],
      ['Zoll', 'пошлина'],
    ]);
  });

  it.each([
    ['a line without a tab', 'Getreide\tзерно\nSeeweg морской путь\n', /tab \(line 2\)/],
    ['two German columns', 'Getreide\tзерно\n\nHafen\tPort\n', /line 3/],
    ['an empty side', 'Getreide\t\n', /line 1/],
  ])('refuses a TSV with %s, naming the line, and keeps nothing', async (_what, text, message) => {
    await importLexicon(db, write('ok.tsv', 'Zoll\tпошлина\n'));
    const before = { lex: lexicons(), entries: entries() };
    const err = await importLexicon(db, write('bad.tsv', text)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PARSE_ERROR', message: expect.stringMatching(message) });
    expect({ lex: lexicons(), entries: entries() }).toEqual(before);
  });

  it('refuses a dictionary in Windows-1251 naming the first line that is not UTF-8, and UTF-16 at line 1', async () => {
    const cp1251 = Buffer.concat([Buffer.from('Getreide\t'), Buffer.from('зерно\n', 'utf8'), Buffer.from('Hafen\t'), Buffer.from([0xef, 0xee, 0xf0, 0xf2]), Buffer.from('\n')]);
    await expect(importLexicon(db, write('win.tsv', cp1251))).rejects.toMatchObject({ code: 'DECODE_FAILED', details: { line: 2 } });
    await expect(importLexicon(db, write('utf16.tsv', Buffer.from('\ufeffGetreide\tзерно\n', 'utf16le')))).rejects.toMatchObject({ code: 'DECODE_FAILED', details: { line: 1 } });
    expect(lexicons()).toEqual([]);
  });

  it('refuses broken XML with its line and an empty file', async () => {
    const broken = TBX.replace('</termEntry>\n<termEntry id="t2">', '\n<termEntry id="t2">');
    await expect(importLexicon(db, write('kaputt.tbx', broken))).rejects.toMatchObject({ code: 'PARSE_ERROR', line: expect.any(Number) });
    await expect(importLexicon(db, write('leer.tsv', ''))).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(importLexicon(db, write('kommentar.tsv', '# nichts\n'))).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    expect(lexicons()).toEqual([]);
    expect(entries()).toEqual([]);
  });

  it('a large import reports progress, stops when cancelled and leaves the database as it was', async () => {
    await importLexicon(db, write('klein.tsv', 'Zoll\tпошлина\n'));
    const before = { lex: lexicons(), entries: entries() };
    // About 8 MB: several chunks, so the cancel lands mid-file.
    const line = 'Getreidekorridorverhandlungen\tпереговоры о зерновом коридоре\n';
    const big = write('gross.tsv', line.repeat(Math.ceil((8 << 20) / Buffer.byteLength(line))));
    const controller = new AbortController();
    const seen: { bytes: number; totalBytes: number; entries: number }[] = [];
    const err = await importLexicon(db, big, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 3) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CANCELLED' });
    expect(seen.length).toBe(3);
    expect(seen[2]!.bytes).toBeLessThan(seen[2]!.totalBytes);
    expect(seen[2]!.entries).toBeGreaterThan(seen[0]!.entries);
    expect({ lex: lexicons(), entries: entries() }).toEqual(before);
  });
});
