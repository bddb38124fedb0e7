import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices } from '../../../electron/services';
import { parseTmx } from '../../../shared/formats/tmx/read14';
import { tmpDir, tmx } from './helpers';

const SAMPLE = tmx([
  ['Президент подписал указ о новых мерах поддержки.', 'Der Präsident unterzeichnete einen Erlass über neue Hilfsmaßnahmen.'],
  ['Ёлка стоит на площади.', 'Der Tannenbaum steht auf dem Platz.', '<prop type="x-origin">machine</prop>'],
]);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('tm IPC channels', () => {
  it('validate requests and serve lookup, add, import, export, stats and the glossary', async () => {
    const dir = tmpDir();
    const s = createServices({ dbFile: path.join(dir, 'ipc.db'), shell: 'web', backup: 'off' });
    try {
      const call = createDispatch(s);
      const imported = await call('tm.importFile', { fileName: 's.tmx', dataBase64: Buffer.from(SAMPLE).toString('base64') });
      expect(imported).toMatchObject({ ok: true, value: { added: 2 } });
      const added = await call('tm.add', {
        units: [{ sourceLang: 'ru', targetLang: 'de', source: 'Да', target: 'Ja', reviewed: true, sourceSpan: { start: 0, end: 2 } }],
      });
      expect(added).toEqual({ ok: true, value: { added: 1, merged: 0, skipped: 0 } });
      const lookup = await call('tm.lookup', { text: 'Президент подписал указ о мерах поддержки.', sourceLang: 'ru', targetLang: 'de' });
      expect(lookup.ok && (lookup.value as { matches: { score: number }[] }).matches[0]!.score).toBeGreaterThan(80);
      const conc = await call('tm.concordance', { text: 'ёлка' });
      expect(conc.ok && (conc.value as { hits: unknown[] }).hits).toHaveLength(1);
      const stats = await call('tm.stats', {});
      expect(stats).toMatchObject({ ok: true, value: { units: 3, byOrigin: { human: 1, machine: 1, import: 1 } } });
      const exported = await call('tm.export', { format: 'tmx' });
      expect(exported.ok).toBe(true);
      const bytes = Buffer.from((exported as { value: { dataBase64: string } }).value.dataBase64, 'base64');
      expect(parseTmx(bytes.toString('utf8')).units).toHaveLength(3);

      const term = await call('glossary.add', { sourceLang: 'ru', targetLang: 'de', sourceTerm: ' указ ', targetTerm: 'Erlass', note: 'juristisch' });
      expect(term).toMatchObject({ ok: true, value: { sourceTerm: 'указ', targetTerm: 'Erlass', projectId: null, isNew: true } });
      expect(await call('glossary.add', { sourceLang: 'ru', targetLang: 'de', sourceTerm: 'Указ', targetTerm: 'Erlass' })).toMatchObject({
        ok: true,
        value: { isNew: false },
      });
      const list = await call('glossary.list', { search: 'УКАЗ' });
      expect(list.ok && (list.value as { terms: unknown[] }).terms).toHaveLength(1);
      const id = (term as { value: { id: number } }).value.id;
      expect(await call('glossary.remove', { id })).toEqual({ ok: true, value: { deleted: true } });
      expect(await call('glossary.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await call('glossary.add', { projectId: 999, sourceLang: 'ru', targetLang: 'de', sourceTerm: 'a', targetTerm: 'b' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    } finally {
      s.close();
    }
  });

  it.each([
    ['tm.lookup', { text: '' }],
    ['tm.lookup', { text: 'x', minScore: 101 }],
    ['tm.lookup', { text: 'x', sourceLang: 'not a language' }],
    ['tm.concordance', { text: 'x', side: 'middle' }],
    ['tm.add', { units: [] }],
    ['tm.add', { units: [{ sourceLang: 'ru', targetLang: 'de', source: 'a', target: 'b', origin: 'robot' }] }],
    ['tm.add', { units: [{ sourceLang: 'ru', targetLang: 'de', source: 'a', target: 'b', sourceSpan: { start: 5, end: 2 } }] }],
    ['tm.export', { format: 'docx' }],
    ['tm.importFile', { fileName: '', dataBase64: '' }],
    ['glossary.remove', { id: -1 }],
    ['glossary.add', { sourceLang: 'ru', targetLang: 'de', sourceTerm: '  ', targetTerm: 'x' }],
  ])('%s refuses %j', async (channel, payload) => {
    const dir = tmpDir();
    const s = createServices({ dbFile: path.join(dir, 'bad.db'), shell: 'web', backup: 'off' });
    try {
      expect(await createDispatch(s)(channel, payload)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(s.tm.stats().units).toBe(0);
    } finally {
      s.close();
    }
  });

  it('a malformed import over IPC is a typed failure naming the line', async () => {
    const dir = tmpDir();
    const s = createServices({ dbFile: path.join(dir, 'bad.db'), shell: 'web', backup: 'off' });
    try {
      const res = await createDispatch(s)('tm.importFile', {
        fileName: 'broken.tmx',
        dataBase64: Buffer.from(SAMPLE.replace('</tu>', '')).toString('base64'),
      });
      expect(res).toMatchObject({ ok: false, error: { code: 'PARSE_ERROR', message: expect.stringMatching(/line \d+/) } });
      expect(s.tm.stats().units).toBe(0);
    } finally {
      s.close();
    }
  });
});

describe('tm CLI commands', () => {
  it('import, lookup --json, concordance --json, stats --json and export', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'cli.db');
    const file = path.join(dir, 'in.tmx');
    fs.writeFileSync(file, SAMPLE);
    const imp = await cli(['tm', 'import', file, '--db', db]);
    expect(imp).toMatchObject({ code: 0, out: expect.stringMatching(/2 added/) });

    const look = await cli(['tm', 'lookup', 'Президент подписал указ о мерах поддержки.', '--source-lang', 'ru', '--target-lang', 'de', '--json', '--db', db]);
    expect(look.code).toBe(0);
    const parsed = JSON.parse(look.out) as { matches: { score: number; source: string; target: string; origin: string; provenance: Record<string, unknown> }[] };
    expect(parsed.matches).toHaveLength(1);
    expect(parsed.matches[0]).toMatchObject({
      source: 'Президент подписал указ о новых мерах поддержки.',
      target: 'Der Präsident unterzeichnete einen Erlass über neue Hilfsmaßnahmen.',
      origin: 'import',
      provenance: { tuid: 't1', importId: 1 },
    });
    expect(parsed.matches[0]!.score).toBeGreaterThan(80);
    expect(parsed.matches[0]!.score).toBeLessThan(100);

    const exact = JSON.parse((await cli(['tm', 'lookup', 'Елка стоит на площади.', '--json', '--db', db])).out) as { matches: { score: number }[] };
    expect(exact.matches.map((m) => m.score)).toEqual([99 - 15]);

    const conc = JSON.parse((await cli(['tm', 'concordance', 'Platz', '--json', '--db', db])).out) as { hits: { foundIn: string }[] };
    expect(conc.hits).toEqual([expect.objectContaining({ foundIn: 'target', target: 'Der Tannenbaum steht auf dem Platz.' })]);

    const stats = JSON.parse((await cli(['tm', 'stats', '--json', '--db', db])).out) as { units: number };
    expect(stats.units).toBe(2);

    for (const format of ['tmx', 'xliff12', 'xliff21', 'csv']) {
      const out = path.join(dir, `out-${format}`);
      const res = await cli(['tm', 'export', '--format', format, '--out', out, '--db', db]);
      expect(res, format).toMatchObject({ code: 0 });
      expect(fs.statSync(out).size).toBeGreaterThan(100);
    }
  });

  it.each([
    [['tm', 'import', '--db', 'x.db'], 2, /Give the file/],
    [['tm', 'export', '--format', 'docx', '--out', 'x'], 2, /--format must be one of/],
    [['tm', 'export', '--format', 'tmx'], 2, /--out/],
    [['tm', 'lookup'], 2, /Give the text/],
    [['tm', 'lookup', 'x', '--min-score', 'high'], 2, /--min-score/],
    [['tm', 'concordance', 'x', '--side', 'up'], 2, /--side/],
  ])('%j exits %i with a clear message', async (args, code, message) => {
    const dir = tmpDir();
    const withDb = args.includes('--db') ? args.map((a) => (a === 'x.db' ? path.join(dir, 'x.db') : a)) : [...args, '--db', path.join(dir, 'x.db')];
    const res = await cli(withDb);
    expect(res.code).toBe(code);
    expect(res.err).toMatch(message);
  });

  it('a missing or malformed file fails with the reason and leaves the memory as it was', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'cli.db');
    const missing = await cli(['tm', 'import', path.join(dir, 'nope.tmx'), '--db', db]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/NOT_FOUND.*nope\.tmx/) });
    const bad = path.join(dir, 'bad.tmx');
    fs.writeFileSync(bad, SAMPLE.replace('<body>', '<body><tu>'));
    const res = await cli(['tm', 'import', bad, '--db', db]);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/PARSE_ERROR.*line \d+/) });
    expect(JSON.parse((await cli(['tm', 'stats', '--json', '--db', db])).out)).toMatchObject({ units: 0, imports: 0 });
  });
});

describe('what an import read and skipped, on every path', () => {
  // translate-toolkit's po2xliff writes no target-language; one unit is untranslated.
  const PO2XLIFF = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
    '<file original="a.po" source-language="ru" datatype="po"><body>',
    '<trans-unit id="1"><source>Да</source><target>Ja</target></trans-unit>',
    '<trans-unit id="2"><source>Нет</source></trans-unit>',
    '</body></file></xliff>',
  ].join('\n');

  it('the command line prints "N read, M skipped: reasons" with the lines, and takes --target-lang as the missing language', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'cli.db');
    const file = path.join(dir, 'po2xliff.xlf');
    fs.writeFileSync(file, PO2XLIFF);
    const without = await cli(['tm', 'import', file, '--db', db]);
    expect(without).toMatchObject({ code: 1, err: expect.stringMatching(/EMPTY_INPUT.*0 read, 2 skipped: 1 without a target \(line 5\), 1 without a language \(line 4\)/) });
    const res = await cli(['tm', 'import', file, '--target-lang', 'de', '--db', db]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('1 read, 1 skipped: 1 without a target (line 5)');
    expect(res.out).toContain('skipped line 5: trans-unit "2" has no <target>');
    const json = await cli(['tm', 'import', file, '--target-lang', 'de', '--db', db, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ found: 2, read: 1, skipped: 1, reasons: { 'no-target': 1 }, skippedUnits: [{ line: 5, reason: 'no-target' }] });
  });

  it('over IPC the open project supplies missing languages and the result carries the account', async () => {
    const dir = tmpDir();
    const s = createServices({ dbFile: path.join(dir, 'ipc.db'), shell: 'web', backup: 'off' });
    try {
      const call = createDispatch(s);
      const project = s.projects.create('Interview', 'ru', 'de');
      const dataBase64 = Buffer.from(PO2XLIFF).toString('base64');
      expect(await call('tm.importFile', { fileName: 'a.xlf', dataBase64 })).toMatchObject({ ok: false, error: { code: 'EMPTY_INPUT' } });
      const res = await call('tm.importFile', { fileName: 'a.xlf', dataBase64, projectId: project.id });
      expect(res).toMatchObject({ ok: true, value: { read: 1, skipped: 1, reasons: { 'no-target': 1 }, summary: '1 read, 1 skipped: 1 without a target (line 5)' } });
    } finally {
      s.close();
    }
  });

  it('tm export guards formulas unless --allow-formulas, and an empty memory is a typed error in every format', async () => {
    const dir = tmpDir();
    const db = path.join(dir, 'cli.db');
    for (const format of ['tmx', 'xliff12', 'xliff21', 'csv']) {
      const res = await cli(['tm', 'export', '--format', format, '--out', path.join(dir, `e.${format}`), '--db', db]);
      expect(res, format).toMatchObject({ code: 1, err: expect.stringMatching(/EMPTY_INPUT.*nothing to export/) });
    }
    const evil = path.join(dir, 'evil.tmx');
    fs.writeFileSync(evil, tmx([['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0"]]));
    expect((await cli(['tm', 'import', evil, '--db', db])).code).toBe(0);
    const out = path.join(dir, 'out.csv');
    expect((await cli(['tm', 'export', '--format', 'csv', '--out', out, '--db', db])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(`"'=HYPERLINK(""http://x"")",'=cmd|' /C calc'!A0`);
    expect((await cli(['tm', 'export', '--format', 'csv', '--out', out, '--allow-formulas', '--db', db])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(`"=HYPERLINK(""http://x"")",=cmd|' /C calc'!A0`);
  });
});
