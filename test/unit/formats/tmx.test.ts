import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, SverkaError } from '../../../shared/errors';
import { createTmxReader, fromTmxDate, makeUnit, parseTmx, readTmx, serializeTmx, serializeTmxChunks, serializeXliff12, sniffXmlEncoding, toTmxDate, type TranslationUnit } from '../../../shared/formats';
import { ROUND_TRIP_UNITS } from '../../fixtures/formats/units';

const FIX = path.resolve(__dirname, '../../fixtures/formats');
const fixture = (name: string) => readFileSync(path.join(FIX, name), 'utf8');

function parseError(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('expected a ParseError');
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>\n<body>\n';
const TAIL = '</body>\n</tmx>\n';
const tu = (id: string, ru: string, de: string, attrs = '') =>
  `<tu tuid="${id}"${attrs}><tuv xml:lang="ru"><seg>${ru}</seg></tuv><tuv xml:lang="de"><seg>${de}</seg></tuv></tu>\n`;

describe('TMX round trip', () => {
  it('reads back exactly the units it wrote', () => {
    const xml = serializeTmx(ROUND_TRIP_UNITS, { srcLang: 'ru' });
    expect(parseTmx(xml).units).toEqual(ROUND_TRIP_UNITS);
  });

  it('writes the golden file byte for byte', () => {
    expect(serializeTmx(ROUND_TRIP_UNITS, { srcLang: 'ru' })).toBe(fixture('golden.tmx'));
    expect(parseTmx(fixture('golden.tmx')).units).toEqual(ROUND_TRIP_UNITS);
  });

  it('does not mutate its input', () => {
    const units = ROUND_TRIP_UNITS.map((u) => Object.freeze({ ...u, props: Object.freeze({ ...u.props }), notes: Object.freeze([...u.notes]) }) as TranslationUnit);
    expect(() => serializeTmx(Object.freeze(units))).not.toThrow();
  });

  it('merges adjacent units of one tu and reads each back with its own metadata', () => {
    const units = [
      makeUnit({ id: 't1', sourceLang: 'ru', targetLang: 'de', source: 'Да', target: 'Ja', created: '2026-01-01T00:00:00Z', props: { origin: 'human' }, notes: ['de'] }),
      makeUnit({ id: 't1', sourceLang: 'ru', targetLang: 'en', source: 'Да', target: 'Yes', props: { origin: 'machine' } }),
    ];
    const xml = serializeTmx(units, { srcLang: 'ru' });
    expect(xml.match(/<tu /g)).toHaveLength(1);
    // Notes that only one unit of the tu carries can live on its target tuv only.
    expect(parseTmx(xml).units).toEqual([{ ...units[0], notes: [], targetNotes: ['de'] }, units[1]]);
  });

  it('rejects non-adjacent duplicate ids on write', () => {
    const a = makeUnit({ id: 'x', sourceLang: 'ru', targetLang: 'de', source: 'a', target: 'b' });
    const b = makeUnit({ id: 'y', sourceLang: 'ru', targetLang: 'de', source: 'c', target: 'd' });
    expect(() => serializeTmx([a, b, a])).toThrow(SverkaError);
  });

  it('yields chunks that concatenate to the whole document', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeUnit({ id: String(i), sourceLang: 'ru', targetLang: 'de', source: `Предложение ${i}`, target: `Satz ${i}` }));
    const chunks = [...serializeTmxChunks(many, {}, { chunkChars: 4096 })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(serializeTmx(many));
  });

  it.each([
    ['TMX', (us: TranslationUnit[]) => serializeTmx(us)],
    ['XLIFF 1.2', (us: TranslationUnit[]) => serializeXliff12(us)],
  ] as const)('names the unit whose character %s cannot carry, and the formats that keep it', (_format, write) => {
    const units = Array.from({ length: 40 }, (_, i) => makeUnit({ sourceLang: 'ru', targetLang: 'de', source: `Строка ${i}`, target: `Zeile ${i}` }));
    units[36] = makeUnit({ id: 'w37', sourceLang: 'ru', targetLang: 'de', source: 'Строка\u000Bиз Word', target: 'Zeile\u000Baus Word' });
    let error: unknown;
    try {
      write(units);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SverkaError);
    const message = (error as SverkaError).message;
    expect(message).toContain('U+000B');
    expect(message).toContain('Unit 37');
    expect(message).toContain('"w37"');
    expect(message).toContain('Строка из Word');
    expect(message).toMatch(/XLIFF 2\.1 or CSV/);
  });

  it('refuses characters XML 1.0 cannot carry unless asked to replace them', () => {
    const u = makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'a\u000Bb', target: 'x' });
    expect(() => serializeTmx([u])).toThrow(/U\+000B/);
    expect(parseTmx(serializeTmx([u], {}, { invalidChars: 'replace' })).units[0]?.source).toEqual(['a\uFFFDb']);
  });
});

describe('TMX streaming', () => {
  it('gives the same units however the input is split', () => {
    const xml = fixture('golden.tmx');
    for (const size of [1, 7, 64, 1000]) {
      const r = createTmxReader();
      const got: TranslationUnit[] = [];
      for (let i = 0; i < xml.length; i += size) got.push(...r.write(xml.slice(i, i + size)));
      got.push(...r.end());
      expect(got).toEqual(ROUND_TRIP_UNITS);
      expect(r.stats).toMatchObject({ found: ROUND_TRIP_UNITS.length, read: ROUND_TRIP_UNITS.length, skipped: 0 });
    }
  });

  it('emits units as soon as their tu closes', () => {
    const r = createTmxReader();
    expect(r.write(HEAD + tu('1', 'а', 'a'))).toHaveLength(1);
    expect(r.header?.srcLang).toBe('ru');
    expect(r.write(tu('2', 'б', 'b'))).toHaveLength(1);
    expect(r.write(TAIL)).toHaveLength(0);
    expect(r.end()).toHaveLength(0);
  });

  it('reads from an async iterable of chunks', async () => {
    async function* chunks() {
      yield HEAD;
      yield tu('1', 'а', 'a');
      yield TAIL;
    }
    const got: TranslationUnit[] = [];
    for await (const batch of readTmx(chunks())) got.push(...batch);
    expect(got.map((u) => u.target)).toEqual([['a']]);
  });
});

describe('TMX reading of foreign files', () => {
  it('reads an OmegaT-style file: tuv-level dates, props, xml:lang variants', () => {
    const { header, units } = parseTmx(fixture('omegat-style.tmx'));
    expect(header?.srcLang).toBe('RU-RU');
    expect(header?.version).toBe('1.4');
    expect(units).toEqual([
      makeUnit({ sourceLang: 'RU-RU', targetLang: 'DE-DE', source: 'Привет, мир!', target: 'Hallo, Welt!', created: '2025-03-01T12:00:00Z', changed: '2025-03-02T08:30:00Z', creator: 'ANNA', changer: 'BORIS', props: { file: 'doc1.txt' } }),
      makeUnit({ sourceLang: 'RU-RU', targetLang: 'DE-DE', source: 'Второе предложение.', target: 'Zweiter Satz.' }),
    ]);
  });

  it('reads a Trados-style file: bpt/ept, ph, ut, hi, it, sub, repeated props, multiple targets', () => {
    const { units } = parseTmx(fixture('trados-style.tmx'));
    expect(units).toHaveLength(3);
    const [a, b, c] = units;
    expect(a?.id).toBe('42');
    expect(a?.props).toEqual({ 'Txt::Client': 'Acme', 'Txt::Client#2': 'Beta', origin: 'import' });
    expect(a?.source).toEqual([
      { kind: 'open', id: '1', type: 'bold', data: '<b>' },
      'Жирный',
      { kind: 'close', id: '1', data: '</b>' },
      ' ',
      { kind: 'standalone', id: '2', data: '<br/>' },
      { kind: 'open', id: '5', role: 'mark', type: 'term' },
      'термин',
      { kind: 'close', id: '5', role: 'mark' },
      { kind: 'open', id: '3', data: '<a href="#">' },
      { kind: 'standalone', id: 'a1', data: '{field}' },
      { kind: 'standalone', id: 'a2', data: '<img alt="Альт-текст">', subs: [{ start: 10, end: 20 }] },
    ]);
    expect(a?.target).toEqual(['Fett ', { kind: 'close', id: '4', data: '</a>' }]);
    expect([b?.targetLang, c?.targetLang]).toEqual(['en-GB', 'de-CH']);
    expect([b?.notes, b?.targetNotes]).toEqual([['tu note'], ['en note']]);
    expect([c?.notes, c?.targetNotes]).toEqual([['tu note'], undefined]);
  });

  it('reads header attributes, props and notes, and writes them back', () => {
    const { header } = parseTmx(fixture('trados-style.tmx'));
    expect(header).toEqual({
      version: '1.4',
      srcLang: 'ru-RU',
      creationTool: 'SDL Language Platform',
      creationToolVersion: '8.0',
      segType: 'sentence',
      oTmf: 'SDL TM8 Format',
      adminLang: 'en-US',
      dataType: 'xml',
      created: '2024-01-01T00:00:00Z',
      creator: 'SYS',
      props: { Recognizers: 'RecognizeAll' },
      notes: ['header note'],
    });
    const again = parseTmx(serializeTmx([], { srcLang: 'ru', created: '2026-11-27T04:11:47Z', creator: 'anna', props: { project: 'P' }, notes: ['N'] })).header;
    expect(again).toMatchObject({ srcLang: 'ru', created: '2026-11-27T04:11:47Z', creator: 'anna', props: { project: 'P' }, notes: ['N'], creationTool: 'Sverka' });
  });

  it('filters and reverses by language', () => {
    const xml = fixture('trados-style.tmx');
    expect(parseTmx(xml, { targetLang: 'de' }).units.map((u) => u.targetLang)).toEqual(['de-DE', 'de-CH']);
    const rev = parseTmx(xml, { sourceLang: 'en', targetLang: 'ru' }).units;
    expect(rev.map((u) => [u.sourceLang, u.targetLang])).toEqual([['en-GB', 'ru-RU']]);
  });

  it('takes the first tuv as source for srclang *all*', () => {
    const xml = HEAD.replace('srclang="ru"', 'srclang="*all*"') + tu('1', 'а', 'a') + `<tu><tuv xml:lang="de"><seg>x</seg></tuv><tuv xml:lang="ru"><seg>х</seg></tuv></tu>` + TAIL;
    expect(parseTmx(xml).units.map((u) => u.sourceLang)).toEqual(['ru', 'de']);
  });

  it('honours a tu-level srclang and skips single-tuv tus', () => {
    const xml = HEAD + `<tu srclang="de"><tuv xml:lang="ru"><seg>х</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu><tu><tuv xml:lang="ru"><seg>одна</seg></tuv></tu>` + TAIL;
    const r = createTmxReader();
    const units = [...r.write(xml), ...r.end()];
    expect(units.map((u) => [u.sourceLang, u.targetLang])).toEqual([['de', 'ru']]);
    expect(r.stats).toMatchObject({ found: 2, read: 1, skipped: 1, reasons: { 'single-language': 1 } });
  });

  it('converts TMX dates and rejects impossible ones', () => {
    expect(fromTmxDate('20261127T041147Z')).toBe('2026-11-27T04:11:47Z');
    expect(fromTmxDate('20261127T041147')).toBe('2026-11-27T04:11:47Z');
    for (const bad of ['20260230T000000Z', '2026-11-27T04:11:47Z', '20261127', '20261127T251147Z', '']) expect(fromTmxDate(bad)).toBeUndefined();
    expect(toTmxDate('2026-11-27T05:11:47.123+01:00')).toBe('20261127T041147Z');
    expect(() => toTmxDate('yesterday')).toThrow(SverkaError);
  });

  it('keeps a key named __proto__ as data', () => {
    const xml = HEAD + tu('1', 'а', 'a').replace('<tuv', '<prop type="__proto__">p</prop><tuv') + TAIL;
    const u = parseTmx(xml).units[0] as TranslationUnit;
    expect(Object.getPrototypeOf(u.props)).toBe(Object.prototype);
    expect(Object.keys(u.props)).toEqual(['__proto__']);
  });
});

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&lol2;</seg></tuv></tu></body></tmx>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>&xxe;</seg></tuv></tu></body></tmx>`;

const utf16le = (s: string) => Buffer.from('\uFEFF' + s, 'utf16le');

const MALFORMED: ReadonlyArray<{ name: string; input: string; reason: string; line?: number; limits?: Record<string, number> }> = [
  { name: 'mismatched end tag', input: HEAD + '<tu><tuv xml:lang="ru"><seg>а</tuv></tu>' + TAIL, reason: 'xml', line: 5 },
  { name: 'truncated file', input: HEAD + '<tu><tuv xml:lang="ru"><seg>а</seg>', reason: 'xml' },
  { name: 'unclosed attribute quote', input: HEAD.replace('srclang="ru"', 'srclang="ru'), reason: 'xml' },
  { name: 'TMX 2.0 version', input: HEAD.replace('version="1.4"', 'version="2.0"'), reason: 'version', line: 2 },
  { name: 'wrong root', input: '<?xml version="1.0"?>\n<xliff version="1.2"/>', reason: 'root', line: 2 },
  { name: 'billion laughs', input: LAUGHS, reason: 'doctype-entity', line: 6 },
  { name: 'external entity', input: XXE, reason: 'external-entity', line: 2 },
  { name: 'external parameter entity', input: '<!DOCTYPE tmx [ <!ENTITY % p PUBLIC "x" "http://example.invalid/x.dtd"> %p; ]><tmx/>', reason: 'external-entity', line: 1 },
  { name: 'undefined entity reference', input: HEAD + tu('1', '&nbsp;', 'a') + TAIL, reason: 'xml', line: 5 },
  { name: 'UTF-16LE read as Latin-1', input: utf16le(HEAD + TAIL).toString('latin1'), reason: 'utf16', line: 1 },
  { name: 'UTF-16LE read as UTF-8', input: utf16le(HEAD + TAIL).toString('utf8'), reason: 'utf16', line: 1 },
  { name: 'UTF-16BE read as UTF-8', input: Buffer.from(utf16le(HEAD + TAIL)).swap16().toString('utf8'), reason: 'utf16', line: 1 },
  { name: 'empty file', input: '', reason: 'empty', line: 1 },
  { name: 'whitespace only', input: ' \n\t\n', reason: 'empty' },
  { name: 'BOM only', input: '\uFEFF', reason: 'empty', line: 1 },
  { name: 'nesting deeper than the limit', input: HEAD + tu('1', '<hi>'.repeat(80) + 'x' + '</hi>'.repeat(80), 'a') + TAIL, reason: 'limit', line: 5 },
  { name: 'attribute over the limit', input: HEAD + tu('1', 'а', 'a', ` creationid="${'x'.repeat(200)}"`) + TAIL, reason: 'limit', line: 5, limits: { maxAttributeLength: 100 } },
];

// Damage inside one tu: the tu is skipped, counted and its line named; the next tu is read.
const OK_TU = tu('ok', 'хорошо', 'gut');
const SKIPPED: ReadonlyArray<{ name: string; input: string; reason: string; line: number; limits?: Record<string, number> }> = [
  { name: 'tuv without xml:lang', input: HEAD + '<tu><tuv><seg>а</seg></tuv></tu>\n' + OK_TU + TAIL, reason: 'no-language', line: 5 },
  { name: 'tuv without seg', input: HEAD + '<tu><tuv xml:lang="ru"></tuv><tuv xml:lang="de"><seg>a</seg></tuv></tu>\n' + OK_TU + TAIL, reason: 'markup', line: 5 },
  { name: 'no tuv in srclang', input: HEAD + '\n<tu tuid="q"><tuv xml:lang="de"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>\n' + OK_TU + TAIL, reason: 'no-source', line: 6 },
  { name: 'text outside seg', input: HEAD + '<tu>stray<tuv xml:lang="ru"><seg>а</seg></tuv><tuv xml:lang="de"><seg>a</seg></tuv></tu>\n' + OK_TU + TAIL, reason: 'markup', line: 5 },
  { name: 'unknown element in seg', input: HEAD + tu('1', '<b>а</b>', 'a') + OK_TU + TAIL, reason: 'markup', line: 5 },
  { name: 'single tuv', input: HEAD + '<tu><tuv xml:lang="ru"><seg>одна</seg></tuv></tu>\n' + OK_TU + TAIL, reason: 'single-language', line: 5 },
  { name: 'tu outside body', input: '<tmx version="1.4"><header srclang="ru"/>\n<tu><tuv xml:lang="ru"><seg>а</seg></tuv></tu><body>' + OK_TU + TAIL, reason: 'markup', line: 2 },
  { name: 'tu text over the limit', input: HEAD + tu('1', 'а'.repeat(300), 'a') + OK_TU + TAIL, reason: 'limit', line: 5, limits: { maxUnitChars: 256 } },
  { name: 'too many elements in a tu', input: HEAD + tu('1', '<ph/>'.repeat(50), 'a') + OK_TU + TAIL, reason: 'limit', line: 5, limits: { maxUnitElements: 20 } },
];

describe('TMX units that cannot be read are skipped, counted and named', () => {
  it.each(SKIPPED)('$name -> skipped ($reason) at line $line', ({ input, reason, line, limits }) => {
    const { units, stats } = parseTmx(input, limits ? { limits } : {});
    expect(units.map((u) => u.id)).toEqual(['ok']);
    expect(stats).toMatchObject({ found: 2, read: 1, skipped: 1, reasons: { [reason]: 1 } });
    expect(stats.details[0]).toMatchObject({ line, reason });
  });
});

describe('TMX read as leniently as other readers', () => {
  it.each([
    ['a header without srclang', HEAD.replace(' srclang="ru"', ''), 'ru'],
    ['an empty srclang', HEAD.replace('srclang="ru"', 'srclang=" "'), 'ru'],
  ])('takes the first tuv as source for %s', (_name, head, lang) => {
    const { units } = parseTmx(head + tu('1', 'а', 'a') + TAIL);
    expect(units.map((u) => [u.sourceLang, u.targetLang])).toEqual([[lang, 'de']]);
  });

  it('reads an <it> without pos as a placeholder and XLIFF-style open/close as begin/end', () => {
    const [u] = parseTmx(HEAD + tu('1', '<it x="1">&lt;x/></it><it pos="open">&lt;b></it>а', 'a') + TAIL).units;
    expect(u?.source).toEqual([{ kind: 'standalone', id: '1', data: '<x/>' }, { kind: 'open', id: 'a1', data: '<b>' }, 'а']);
  });

  it('reads a body without header', () => {
    expect(parseTmx('<tmx version="1.4"><body>' + tu('1', 'а', 'a') + '</body></tmx>').units).toHaveLength(1);
  });

  it('reads a repeated tuid (both units are translations), or skips it when asked to check', () => {
    const xml = HEAD + tu('7', 'а', 'a') + tu('8', 'б', 'b') + tu('7', 'в', 'c') + TAIL;
    expect(parseTmx(xml).units.map((u) => u.id)).toEqual(['7', '8', '7']);
    expect(parseTmx(xml, { checkDuplicateIds: true }).stats).toMatchObject({ read: 2, skipped: 1 });
  });

  it.each([
    ['an impossible creationdate', ' creationdate="20260230T120000Z"'],
    ['an ISO changedate', ' changedate="2026-02-03T12:00:00Z"'],
  ])('drops %s and keeps the unit', (_name, attrs) => {
    const [u] = parseTmx(HEAD + tu('1', 'а', 'a', attrs) + TAIL).units;
    expect(u).toEqual(makeUnit({ id: '1', sourceLang: 'ru', targetLang: 'de', source: 'а', target: 'a' }));
  });
});

describe('TMX malformed input', () => {
  it.each(MALFORMED)('$name -> ParseError($reason)', ({ input, reason, line, limits }) => {
    const err = parseError(() => parseTmx(input, limits ? { limits } : {}));
    expect(err.code).toBe('PARSE_ERROR');
    expect(err.details?.reason).toBe(reason);
    expect(err.line).toBeTypeOf('number');
    expect(err.column).toBeTypeOf('number');
    if (line !== undefined) expect(err.line).toBe(line);
    expect(err.message).toMatch(/\(line \d+, column \d+\)$/);
  });

  it('keeps failing after the first error', () => {
    const r = createTmxReader();
    expect(() => r.write('<oops/>')).toThrow(ParseError);
    expect(() => r.write(HEAD)).toThrow(/Root element/);
    expect(() => r.end()).toThrow(/Root element/);
  });

  it('never expands entities: the laughs fail before any text is produced', () => {
    const r = createTmxReader();
    expect(() => r.write(LAUGHS)).toThrow(/entit/);
  });
});

describe('sniffXmlEncoding', () => {
  it.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<tmx/>')]), { encoding: 'utf-8', bomLength: 3 }],
    ['UTF-16LE BOM', Buffer.from('\uFEFF<tmx/>', 'utf16le'), { encoding: 'utf-16le', bomLength: 2 }],
    ['UTF-16BE BOM', Buffer.from('\uFEFF<tmx/>', 'utf16le').swap16(), { encoding: 'utf-16be', bomLength: 2 }],
    ['UTF-16LE without BOM', Buffer.from('<?xml version="1.0"?><tmx/>', 'utf16le'), { encoding: 'utf-16le', bomLength: 0 }],
    ['declared Latin-1', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><tmx/>'), { encoding: 'iso-8859-1', bomLength: 0 }],
    ['declared UTF-16 but 8-bit bytes', Buffer.from('<?xml version="1.0" encoding="UTF-16"?><tmx/>'), { encoding: 'utf-8', bomLength: 0 }],
    ['no declaration', Buffer.from('<tmx/>'), { encoding: 'utf-8', bomLength: 0 }],
  ])('%s', (_name, bytes, expected) => {
    expect(sniffXmlEncoding(new Uint8Array(bytes))).toEqual(expected);
  });

  it('lets a UTF-16 TMX be read once decoded with the sniffed encoding', () => {
    const xml = serializeTmx(ROUND_TRIP_UNITS, { srcLang: 'ru' });
    const bytes = Buffer.from('\uFEFF' + xml, 'utf16le');
    const { encoding, bomLength } = sniffXmlEncoding(new Uint8Array(bytes));
    const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
    expect(parseTmx(text).units).toEqual(ROUND_TRIP_UNITS);
  });
});
