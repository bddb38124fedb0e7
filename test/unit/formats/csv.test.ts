import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../shared/errors';
import { cellToInline, createCsvReader, inlineToCell, makeUnit, parseCsv, serializeCsv, type TranslationUnit } from '../../../shared/formats';
import { ROUND_TRIP_UNITS } from '../../fixtures/formats/units';

const FIX = path.resolve(__dirname, '../../fixtures/formats');

function parseError(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError');
}

describe('CSV round trip', () => {
  it.each([
    { name: 'CSV', delimiter: ',' as const, bom: false },
    { name: 'CSV with BOM', delimiter: ',' as const, bom: true },
    { name: 'TSV', delimiter: '\t' as const, bom: false },
    { name: 'semicolon CSV', delimiter: ';' as const, bom: true },
  ])('$name reads back exactly what it wrote', ({ delimiter, bom }) => {
    const text = serializeCsv(ROUND_TRIP_UNITS, { delimiter, bom });
    expect(text.startsWith('\uFEFF')).toBe(bom);
    expect(parseCsv(text, { delimiter }).units).toEqual(ROUND_TRIP_UNITS);
  });

  it('writes the golden file byte for byte', () => {
    const golden = readFileSync(path.join(FIX, 'golden.csv'), 'utf8');
    expect(serializeCsv(ROUND_TRIP_UNITS, { bom: true })).toBe(golden);
    expect(parseCsv(golden).units).toEqual(ROUND_TRIP_UNITS);
  });

  it('uses CRLF between records and quotes only where needed', () => {
    const text = serializeCsv([makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'да, нет', target: 'sagte "ja"\nzwei', props: { status: 'draft' } })], { propKeys: [], noteColumns: 1 });
    expect(text).toBe(
      'source_lang,target_lang,source,target,status,note,id,created,changed,creator,changer,source_tags,target_tags\r\n' +
        'ru,de,"да, нет","sagte ""ja""\nzwei",draft,,,,,,,,\r\n',
    );
  });

  it('guards formula-like cells by default and still reads them back unchanged', () => {
    const u = makeUnit({ sourceLang: 'ru', targetLang: 'de', source: '=HYPERLINK("http://x")', target: '-5 Grad', notes: ['@user'], props: { a: '+SUM(1)', b: "'=already" } });
    const guarded = serializeCsv([u], { noteColumns: 1 });
    expect(guarded.split('\r\n')[1]).toBe(`ru,de,"'=HYPERLINK(""http://x"")",'-5 Grad,,'@user,,,,,,,,'+SUM(1),''=already`);
    expect(parseCsv(guarded).units).toEqual([u]);
    const raw = serializeCsv([u], { noteColumns: 1, allowFormulas: true });
    expect(raw.split('\r\n')[1]).toBe(`ru,de,"=HYPERLINK(""http://x"")",-5 Grad,,@user,,,,,,,,+SUM(1),'=already`);
  });

  it('gives the same units however the input is split', () => {
    const text = serializeCsv(ROUND_TRIP_UNITS, { bom: true });
    for (const size of [1, 2, 3, 17, 1000]) {
      const r = createCsvReader();
      const got: TranslationUnit[] = [];
      for (let i = 0; i < text.length; i += size) got.push(...r.write(text.slice(i, i + size)));
      got.push(...r.end());
      expect(got).toEqual(ROUND_TRIP_UNITS);
    }
  });

  it('encodes tags as numbered tokens with a JSON tags cell and doubles literal braces', () => {
    const inline = Object.freeze(['{x} ', { kind: 'open' as const, id: '1', data: '<b>' }, 'a', { kind: 'close' as const, id: '1', data: '</b>' }, { kind: 'standalone' as const, id: '2' }]);
    const cell = inlineToCell(inline);
    expect(cell.text).toBe('{{x} {1}a{/2}{3/}');
    expect(cellToInline(cell.text, cell.tags, { line: 1, column: 'source' })).toEqual(inline);
    expect(inlineToCell(['{plain}'])).toEqual({ text: '{plain}', tags: '' });
  });
});

describe('CSV reading of spreadsheet files', () => {
  it('reads a hand-made file: extra columns become props, blank lines skipped, LF endings, BOM', () => {
    const text = '\uFEFFSource,Target,Kommentar\n"Привет, мир","Hallo, Welt",geprüft\n\nДа,Ja,\n';
    const { units, columns } = parseCsv(text, { sourceLang: 'ru', targetLang: 'de' });
    expect(columns).toEqual(['Source', 'Target', 'Kommentar']);
    expect(units).toEqual([
      makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'Привет, мир', target: 'Hallo, Welt', props: { Kommentar: 'geprüft' } }),
      makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'Да', target: 'Ja' }),
    ]);
  });

  it('keeps CRLF, CR and LF inside quoted fields and accepts a last record without newline', () => {
    const text = 'source_lang,target_lang,source,target\r\nru,de,"a\r\nb","c\rd\ne"';
    expect(parseCsv(text).units.map((u) => [u.source, u.target])).toEqual([[['a\r\nb'], ['c\rd\ne']]]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(parseCsv('source_lang,target_lang,source,target\nru,de,5" Rohr,x\n').units[0]?.source).toEqual(['5" Rohr']);
  });
});

const H = 'source_lang,target_lang,source,target,status\r\n';
const MALFORMED: ReadonlyArray<{ name: string; input: string; reason: string; line: number; opts?: Record<string, unknown> }> = [
  { name: 'unterminated quoted field', input: H + 'ru,de,"а,a,draft\r\nru,de,б,b,draft\r\n', reason: 'csv-quote', line: 2 },
  { name: 'text after a closing quote', input: H + 'ru,de,"а"x,a,draft\r\n', reason: 'csv-quote', line: 2 },
  { name: 'header without target', input: 'source_lang,target_lang,source\r\nru,de,а\r\n', reason: 'csv-header', line: 1 },
  { name: 'one column without header', input: 'nur eine Spalte\r\nund noch eine\r\n', reason: 'csv-header', line: 1 },
  { name: 'empty file', input: '', reason: 'empty', line: 1 },
  { name: 'only a BOM and blank lines', input: '\uFEFF\r\n\r\n', reason: 'empty', line: 1 },
  { name: 'UTF-16 decoded as Latin-1', input: Buffer.from('\uFEFF' + H, 'utf16le').toString('latin1'), reason: 'utf16', line: 1 },
  { name: 'field over the limit', input: H + `ru,de,${'я'.repeat(100)},a,draft\r\n`, reason: 'limit', line: 2, opts: { maxFieldChars: 50 } },
];

describe('CSV malformed input', () => {
  it.each(MALFORMED)('$name -> ParseError($reason) at line $line', ({ input, reason, line, opts }) => {
    const err = parseError(() => parseCsv(input, opts));
    expect(err.details?.reason).toBe(reason);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(/\(line \d+/);
  });
});

const SKIPPED: ReadonlyArray<{ name: string; input: string; reason: string; line: number; opts?: Record<string, unknown> }> = [
  { name: 'ragged row (too few fields)', input: H + 'ru,de,а,a,draft\r\nru,de,б\r\n', reason: 'ragged', line: 3 },
  { name: 'ragged row after embedded newlines', input: H + 'ru,de,"а\r\nб\r\nв",a,draft\r\nru,de,г,d,draft,extra\r\n', reason: 'ragged', line: 5 },
  { name: 'ragged TSV row', input: H.replace(/,/g, '\t') + 'ru\tde\tа\ta\tdraft\r\nru\tde\tа\r\n', reason: 'ragged', line: 3, opts: { delimiter: '\t' } },
  { name: 'header without languages', input: 'source,target\r\nа,a\r\n', reason: 'no-language', line: 2 },
  { name: 'empty source_lang cell', input: H + ',de,а,a,draft\r\n', reason: 'no-language', line: 2 },
  { name: 'tags cell that is not JSON', input: 'source_lang,target_lang,source,target,source_tags\r\nru,de,{1}а,a,[oops\r\n', reason: 'tags', line: 2 },
  { name: 'tag token without entry', input: 'source_lang,target_lang,source,target,source_tags\r\nru,de,{2}а,a,"[{""kind"":""open"",""id"":""1""}]"\r\n', reason: 'tags', line: 2 },
];

describe('CSV records that cannot be read are skipped, counted and named', () => {
  it.each(SKIPPED)('$name -> skipped ($reason) at line $line', ({ input, reason, line, opts }) => {
    const { units, stats } = parseCsv(input, opts);
    expect(stats.read).toBe(units.length);
    expect(stats.skipped).toBe(1);
    expect(stats.details[0]).toMatchObject({ line, reason });
  });
});

describe('CSV read as leniently as translate-toolkit', () => {
  it('reads a file without header row as source, target and note, in the languages given', () => {
    const text = '"Mehrwertsteuer","налог на добавленную стоимость"\nKlausel,оговорка,"im Vertrag"\n';
    const { units, columns, stats } = parseCsv(text, { sourceLang: 'de', targetLang: 'ru' });
    expect(columns).toEqual([]);
    expect(units).toEqual([
      makeUnit({ sourceLang: 'de', targetLang: 'ru', source: 'Mehrwertsteuer', target: 'налог на добавленную стоимость' }),
      makeUnit({ sourceLang: 'de', targetLang: 'ru', source: 'Klausel', target: 'оговорка', notes: ['im Vertrag'] }),
    ]);
    expect(stats).toMatchObject({ found: 2, read: 2, skipped: 0 });
  });

  it.each([
    ['language codes', 'ru\tde\nПривет\tHallo\n', '\t', { sourceLang: 'ru', targetLang: 'de' }, 'ru', 'de'],
    ['regional tags, no languages given', 'ru-RU,de-DE\nПривет,Hallo\n', ',', {}, 'ru-RU', 'de-DE'],
    ['language names', 'Russisch,Deutsch\r\nПривет,Hallo\r\n', ',', {}, 'ru', 'de'],
    ['the target language first', 'de,ru\nHallo,Привет\n', ',', { sourceLang: 'ru', targetLang: 'de' }, 'ru', 'de'],
  ] as const)('takes a first row of %s as the header naming the columns, not as a unit', (_what, text, delimiter, opts, sourceLang, targetLang) => {
    const { units, stats } = parseCsv(text, { delimiter, ...opts });
    expect(units).toEqual([makeUnit({ sourceLang, targetLang, source: 'Привет', target: 'Hallo' })]);
    expect(stats).toMatchObject({ found: 1, read: 1, skipped: 0 });
  });

  // Excel in German and Russian locales saves "CSV" with semicolons.
  it('reads a semicolon-separated file (a spreadsheet in a German or Russian locale), however it is split', () => {
    const text = 'source_lang;target_lang;source;target\r\nru;de;"Да, конечно";"Ja, sicher"\r\nru;de;Нет;Nein\r\n';
    for (const size of [1, 7, text.length]) {
      const r = createCsvReader();
      const units: TranslationUnit[] = [];
      for (let i = 0; i < text.length; i += size) units.push(...r.write(text.slice(i, i + size)));
      units.push(...r.end());
      expect(units.map((u) => [u.source, u.target])).toEqual([
        [['Да, конечно'], ['Ja, sicher']],
        [['Нет'], ['Nein']],
      ]);
    }
    expect(parseCsv('Привет;Hallo\nМир;Welt', { sourceLang: 'ru', targetLang: 'de' }).units).toHaveLength(2);
    // A comma file whose text holds semicolons stays a comma file.
    expect(parseCsv('source_lang,target_lang,source,target\nru,de,"А; Б",A\n').units[0]?.source).toEqual(['А; Б']);
  });

  it('keeps a first row of short words that only look like language tags as data', () => {
    const { units } = parseCsv('die,the\nund,and\n', { sourceLang: 'de', targetLang: 'en' });
    expect(units.map((u) => [u.source, u.target])).toEqual([[['die'], ['the']], [['und'], ['and']]]);
  });

  it('drops an impossible date and keeps the unit', () => {
    const { units } = parseCsv('source_lang,target_lang,source,target,created\r\nru,de,а,a,31.02.2026\r\n');
    expect(units).toEqual([makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'а', target: 'a' })]);
  });
});
