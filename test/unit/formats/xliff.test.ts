import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, SverkaError } from '../../../shared/errors';
import {
  createXliff12Reader,
  createXliff21Reader,
  groupByLangPair,
  makeUnit,
  parseXliff12,
  parseXliff21,
  serializeXliff12,
  serializeXliff21,
  type InlineText,
  type TranslationUnit,
} from '../../../shared/formats';
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

/**
 * XLIFF 1.2 cannot give a mrk directly inside <target> its id (the schema reserves mid there
 * for seg-source segments); such marks read back numbered m1, m2, ...
 */
function renumberTargetMarks(u: TranslationUnit): TranslationUnit {
  let n = 0;
  const ids = new Map<string, string>();
  const target: InlineText = u.target.map((r) => {
    if (typeof r === 'string' || r.role !== 'mark') return r;
    if (r.kind === 'open') ids.set(r.id, `m${++n}`);
    return { ...r, id: ids.get(r.id) ?? r.id };
  });
  return { ...u, target };
}

describe('XLIFF 1.2', () => {
  it('round-trips every unit (target mark ids renumbered, see renumberTargetMarks)', () => {
    expect(parseXliff12(serializeXliff12(ROUND_TRIP_UNITS)).units).toEqual(ROUND_TRIP_UNITS.map(renumberTargetMarks));
  });

  it('writes the golden file byte for byte', () => {
    expect(serializeXliff12(ROUND_TRIP_UNITS)).toBe(fixture('golden.xlf'));
  });

  it('starts a new <file> for each run of a language pair and keeps unit order', () => {
    const xml = serializeXliff12(ROUND_TRIP_UNITS);
    expect(xml.match(/<file /g)).toHaveLength(3);
    expect(parseXliff12(xml).units.map((u) => u.id)).toEqual(ROUND_TRIP_UNITS.map((u) => u.id));
  });

  it('writes a valid empty document', () => {
    const xml = serializeXliff12([]);
    expect(xml).toContain('<body/>');
    expect(parseXliff12(xml).units).toEqual([]);
  });

  it('chooses g/x for code-less tags, bx/ex when pairs overlap, mrk for nested marks', () => {
    const u = makeUnit({
      sourceLang: 'ru',
      targetLang: 'de',
      source: [{ kind: 'open', id: '1', type: 'bold' }, 'a', { kind: 'standalone', id: '2', type: 'lb' }, { kind: 'close', id: '1' }],
      target: [{ kind: 'open', id: '1' }, 'b', { kind: 'open', id: '2' }, 'c', { kind: 'close', id: '1' }, { kind: 'close', id: '2' }],
    });
    const xml = serializeXliff12([u]);
    expect(xml).toContain('<source><g id="1" ctype="bold">a<x id="2" ctype="lb"/></g></source>');
    expect(xml).toContain('<bx id="1"/>b<bx id="2"/>c<ex id="1"/><ex id="2"/>');
    expect(parseXliff12(xml).units).toEqual([u]);
  });

  it('maps statuses onto state/approved', () => {
    const xml = serializeXliff12(
      (['draft', 'translated', 'reviewed', 'approved', 'rejected', 'custom'] as const).map((status, i) =>
        makeUnit({ id: String(i), sourceLang: 'ru', targetLang: 'de', source: 'а', target: 'a', props: { status } }),
      ),
    );
    const states = [...xml.matchAll(/<target(?: state="([^"]+)")?>/g)].map((m) => m[1]);
    expect(states).toEqual(['needs-review-translation', 'translated', 'signed-off', 'final', 'needs-translation', undefined]);
    expect(xml.match(/approved="yes"/g)).toHaveLength(1);
  });

  it('reads an Okapi/Trados-style file: groups, seg markers, alt-trans, extensions, bx/ex rid', () => {
    const { units } = parseXliff12(fixture('okapi-style-1.2.xlf'));
    expect(units).toEqual([
      makeUnit({
        id: 'tu1',
        sourceLang: 'ru-RU',
        targetLang: 'de-DE',
        source: ['Это ', { kind: 'open', id: '1', type: 'bold' }, 'важно', { kind: 'close', id: '1' }, '.', { kind: 'standalone', id: '2', type: 'lb' }],
        target: ['Das ist ', { kind: 'open', id: '1', type: 'bold' }, 'wichtig', { kind: 'close', id: '1' }, '.', { kind: 'standalone', id: '2', type: 'lb' }],
        props: { status: 'approved' },
        notes: ['Check term'],
      }),
      makeUnit({
        id: 'tu2',
        sourceLang: 'ru-RU',
        targetLang: 'de-DE',
        source: ['Ссылка ', { kind: 'open', id: '3', type: 'link', disp: '[a]' }, 'тут', { kind: 'close', id: '3' }, ' и ', { kind: 'standalone', id: '5', type: 'var', data: '%s' }],
        target: ['Link ', { kind: 'open', id: '3', type: 'link', disp: '[a]' }, 'hier', { kind: 'close', id: '3' }, ' und ', { kind: 'standalone', id: '5', type: 'var', data: '%s' }],
        props: { status: 'draft' },
      }),
      makeUnit({
        id: 'tu4',
        sourceLang: 'ru-RU',
        targetLang: 'de-DE',
        source: ['Код ', { kind: 'open', id: '6', type: 'italic', data: '<i>' }, 'x', { kind: 'close', id: '6', data: '</i>' }, ' ', { kind: 'close', id: '7', data: '</span>' }, { kind: 'open', id: 'm1', role: 'mark', type: 'term' }, 'термин', { kind: 'close', id: 'm1', role: 'mark' }],
        target: ['Code ', { kind: 'open', id: '6', type: 'italic', data: '<i>' }, 'x', { kind: 'close', id: '6', data: '</i>' }, ' ', { kind: 'close', id: '7', data: '</span>' }, { kind: 'open', id: 'm1', role: 'mark', type: 'term' }, 'Term', { kind: 'close', id: 'm1', role: 'mark' }],
      }),
    ]);
  });

  it('counts trans-units without target as skipped', () => {
    const r = createXliff12Reader();
    r.write(fixture('okapi-style-1.2.xlf'));
    r.end();
    expect(r.stats).toMatchObject({ found: 4, read: 3, skipped: 1, reasons: { 'no-target': 1 } });
  });

  it('gives the same units however the input is split', () => {
    const xml = fixture('golden.xlf');
    for (const size of [1, 13, 500]) {
      const r = createXliff12Reader();
      const got: TranslationUnit[] = [];
      for (let i = 0; i < xml.length; i += size) got.push(...r.write(xml.slice(i, i + size)));
      got.push(...r.end());
      expect(got).toEqual(ROUND_TRIP_UNITS.map(renumberTargetMarks));
    }
  });

  it('rejects a language tag the schema would refuse', () => {
    expect(() => serializeXliff12([makeUnit({ sourceLang: 'ru_RU', targetLang: 'de', source: 'a', target: 'b' })])).toThrow(SverkaError);
  });
});

describe('XLIFF 2.1', () => {
  const ruDe = ROUND_TRIP_UNITS.filter((u) => u.sourceLang === 'ru' && u.targetLang === 'de');

  it('round-trips every unit of a language pair', () => {
    for (const g of groupByLangPair(ROUND_TRIP_UNITS)) expect(parseXliff21(serializeXliff21(g.units)).units).toEqual(g.units);
  });

  it('writes the golden file byte for byte', () => {
    expect(serializeXliff21(ruDe)).toBe(fixture('golden-ru-de.xliff21.xlf'));
    expect(parseXliff21(fixture('golden-ru-de.xliff21.xlf')).units).toEqual(ruDe);
  });

  it('declares version 2.1 in the 2.0 namespace and puts metadata in the mda module', () => {
    const xml = serializeXliff21(ruDe);
    expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="ru" trgLang="de">/);
    expect(xml).toContain('<mda:meta type="prop:reviewer">boris</mda:meta>');
  });

  it('writes characters XML cannot carry as <cp> and reads them back', () => {
    const u = makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'a\u000Bb\u0001', target: [{ kind: 'standalone', id: '1', data: '\u000C' }] });
    const xml = serializeXliff21([u]);
    expect(xml).toContain('a<cp hex="000B"/>b<cp hex="0001"/>');
    expect(xml).toContain('<data id="d1"><cp hex="000C"/></data>');
    expect(parseXliff21(xml).units).toEqual([u]);
  });

  it('uses sc/ec and sm/em when pairs overlap', () => {
    const u = makeUnit({
      sourceLang: 'ru',
      targetLang: 'de',
      source: [{ kind: 'open', id: '1', type: 'bold' }, 'a', { kind: 'open', id: '2', role: 'mark', type: 'comment' }, 'b', { kind: 'close', id: '1' }, 'c', { kind: 'close', id: '2', role: 'mark' }],
      target: 'x',
    });
    const xml = serializeXliff21([u]);
    expect(xml).toContain('<sc id="1" type="fmt" subType="xlf:b"/>a<sm id="2" type="comment"/>b<ec startRef="1"/>c<em startRef="2"/>');
    expect(parseXliff21(xml).units).toEqual([u]);
  });

  it('refuses mixed language pairs and empty documents', () => {
    expect(() => serializeXliff21(ROUND_TRIP_UNITS)).toThrow(/one language pair/);
    expect(() => serializeXliff21([])).toThrow(SverkaError);
  });

  it('reads a foreign file: modules skipped, segments and ignorables joined, cp, pc, sc/ec, sm/em', () => {
    const r = createXliff21Reader();
    const units = [...r.write(fixture('foreign-2.1.xlf')), ...r.end()];
    expect(r.stats).toMatchObject({ found: 3, read: 2, skipped: 1, reasons: { 'no-target': 1 } });
    expect(units).toEqual([
      makeUnit({
        id: '1',
        sourceLang: 'ru',
        targetLang: 'de-AT',
        source: ['Привет, ', { kind: 'open', id: '1', type: 'bold', data: '<b>' }, 'мир', { kind: 'close', id: '1', data: '</b>' }, '! Вторая', { kind: 'standalone', id: '2', data: '<br/>', disp: '↵' }, ' часть\u000B'],
        target: ['Servus, ', { kind: 'open', id: '1', type: 'bold', data: '<b>' }, 'Welt', { kind: 'close', id: '1', data: '</b>' }, '! Zweiter', { kind: 'standalone', id: '2', data: '<br/>', disp: '↵' }, ' Teil\u000B'],
        props: { status: 'reviewed' },
        notes: ['Gruß prüfen'],
      }),
      makeUnit({
        id: '2',
        sourceLang: 'ru',
        targetLang: 'de-AT',
        source: [{ kind: 'open', id: '1', type: 'link' }, 'Ссылка ', { kind: 'open', id: 'm1', role: 'mark', type: 'term' }, 'текст', { kind: 'close', id: '1' }, { kind: 'close', id: 'm1', role: 'mark' }],
        target: [{ kind: 'open', id: '1', type: 'link' }, 'Link ', { kind: 'open', id: 'm1', role: 'mark', type: 'term' }, 'Text', { kind: 'close', id: '1' }, { kind: 'close', id: 'm1', role: 'mark' }],
        props: { status: 'draft' },
      }),
    ]);
  });
});

describe('cross-format', () => {
  it('TMX -> XLIFF 1.2 -> XLIFF 2.1 -> TMX keeps tags, text and provenance', async () => {
    const { parseTmx, serializeTmx } = await import('../../../shared/formats');
    const units = ROUND_TRIP_UNITS.filter((u) => u.sourceLang === 'ru' && u.targetLang === 'de').map(renumberTargetMarks);
    const viaTmx = parseTmx(serializeTmx(units)).units;
    const via12 = parseXliff12(serializeXliff12(viaTmx)).units;
    const via21 = parseXliff21(serializeXliff21(via12)).units;
    expect(parseTmx(serializeTmx(via21)).units).toEqual(units);
  });
});

const X12 = (body: string, file = 'source-language="ru" target-language="de"') =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="x" datatype="plaintext" ${file}>\n<body>\n${body}\n</body>\n</file>\n</xliff>`;
const X2 = (body: string, root = 'version="2.1" srcLang="ru" trgLang="de"') =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${root}>\n<file id="f">\n${body}\n</file>\n</xliff>`;
const TU = (id: string, src = 'а', tgt = 'a') => `<trans-unit id="${id}"><source>${src}</source><target>${tgt}</target></trans-unit>`;
const UNIT = (id: string, src = 'а', tgt = 'a') => `<unit id="${id}"><segment><source>${src}</source><target>${tgt}</target></segment></unit>`;

const MALFORMED: ReadonlyArray<{ name: string; v: '12' | '21'; input: string; reason: string; line?: number }> = [
  { name: '1.2: XLIFF 2 handed to the 1.2 reader', v: '12', input: X2(UNIT('1')), reason: 'version', line: 2 },
  { name: '1.2: wrong root', v: '12', input: '<tmx version="1.4"/>', reason: 'root', line: 1 },
  { name: '1.2: unsupported version', v: '12', input: X12(TU('1')).replace('version="1.2"', 'version="3.0"'), reason: 'version', line: 2 },
  { name: '1.2: broken XML', v: '12', input: X12(TU('1', 'а</g>')), reason: 'xml', line: 5 },
  { name: '1.2: external entity', v: '12', input: `<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n` + X12(TU('1', '&e;')), reason: 'external-entity', line: 1 },
  { name: '1.2: billion laughs', v: '12', input: `<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n` + X12(TU('1', '&b;')), reason: 'doctype-entity', line: 1 },
  { name: '1.2: empty', v: '12', input: '', reason: 'empty', line: 1 },
  { name: '1.2: UTF-16 read as 8-bit', v: '12', input: Buffer.from(X12(TU('1')), 'utf16le').toString('latin1'), reason: 'utf16', line: 1 },
  { name: '2.1: XLIFF 1.2 handed to the 2.x reader', v: '21', input: X12(TU('1')), reason: 'version', line: 2 },
  { name: '2.1: version 3.0', v: '21', input: X2(UNIT('1'), 'version="3.0" srcLang="ru"'), reason: 'version', line: 2 },
  { name: '1.2: not XML at all', v: '12', input: 'source,target\nа,a', reason: 'xml' },
  { name: '2.1: truncated', v: '21', input: X2(UNIT('1')).slice(0, -20), reason: 'xml' },
];

describe('XLIFF malformed input', () => {
  it.each(MALFORMED)('$name -> ParseError($reason)', ({ v, input, reason, line }) => {
    const opts = { limits: { maxUnitChars: 1000 } };
    const err = parseError(() => (v === '12' ? parseXliff12(input, opts) : parseXliff21(input, opts)));
    expect(err.details?.reason).toBe(reason);
    expect(err.line).toBeTypeOf('number');
    if (line !== undefined) expect(err.line).toBe(line);
  });
});

const read = (v: '12' | '21', input: string, opts: Record<string, unknown> = {}) => (v === '12' ? parseXliff12(input, opts) : parseXliff21(input, opts));

// Damage inside one unit: the unit is skipped, counted and its line named; the next is read.
const SKIPPED: ReadonlyArray<{ name: string; v: '12' | '21'; input: string; reason: string; line: number }> = [
  { name: '1.2: file without source-language', v: '12', input: X12(TU('1'), 'target-language="de"'), reason: 'no-language', line: 5 },
  { name: '1.2: no target language anywhere', v: '12', input: X12(TU('1'), 'source-language="ru"'), reason: 'no-language', line: 5 },
  { name: '1.2: unknown inline element', v: '12', input: X12(`${TU('1', '<b>а</b>')}\n${TU('2')}`), reason: 'markup', line: 5 },
  { name: '1.2: no source', v: '12', input: X12(`<trans-unit id="1"><target>a</target></trans-unit>\n${TU('2')}`), reason: 'no-source', line: 5 },
  { name: '1.2: no target', v: '12', input: X12(`<trans-unit id="1"><source>а</source></trans-unit>\n${TU('2')}`), reason: 'no-target', line: 5 },
  { name: '1.2: unit text over the limit', v: '12', input: X12(`${TU('1', 'я'.repeat(2000))}\n${TU('2')}`), reason: 'limit', line: 5 },
  { name: '2.1: missing srcLang', v: '21', input: X2(UNIT('1'), 'version="2.1" trgLang="de"'), reason: 'no-language', line: 4 },
  { name: '2.1: no target language', v: '21', input: X2(UNIT('1'), 'version="2.1" srcLang="ru"'), reason: 'no-language', line: 4 },
  { name: '2.1: dataRef without data', v: '21', input: X2(`${UNIT('1', '<ph id="1" dataRef="d9"/>')}\n${UNIT('2')}`), reason: 'markup', line: 4 },
  { name: '2.1: bad cp', v: '21', input: X2(`${UNIT('1', '<cp hex="zz"/>')}\n${UNIT('2')}`), reason: 'markup', line: 4 },
  { name: '2.1: unknown element in source', v: '21', input: X2(`${UNIT('1', '<g id="1">а</g>')}\n${UNIT('2')}`), reason: 'markup', line: 4 },
  { name: '2.1: unit text over the limit', v: '21', input: X2(`${UNIT('1', 'я'.repeat(2000))}\n${UNIT('2')}`), reason: 'limit', line: 4 },
];

describe('XLIFF units that cannot be read are skipped, counted and named', () => {
  it.each(SKIPPED)('$name -> skipped ($reason) at line $line', ({ v, input, reason, line }) => {
    const { units, stats } = read(v, input, { limits: { maxUnitChars: 1000 } });
    expect(stats.skipped).toBe(1);
    expect(stats.read).toBe(units.length);
    expect(stats.found).toBe(units.length + 1);
    expect(stats.details[0]).toMatchObject({ line, reason });
  });
});

describe('XLIFF read as leniently as translate-toolkit', () => {
  it.each([
    ['1.2', '12', X12(TU('1'), 'source-language="ru"')],
    ['2.1', '21', X2(UNIT('1'), 'version="2.1" srcLang="ru"')],
  ] as const)('%s: takes a missing target language from the options (the project or --target-lang)', (_n, v, input) => {
    const { units } = read(v, input, { targetLang: 'de' });
    expect(units.map((u) => [u.sourceLang, u.targetLang])).toEqual([['ru', 'de']]);
  });

  it.each([
    ['1.2', '12', X12(TU('1'), 'target-language="de"')],
    ['2.1', '21', X2(UNIT('1'), 'version="2.1" trgLang="de"')],
  ] as const)('%s: takes a missing source language from the options', (_n, v, input) => {
    expect(read(v, input, { sourceLang: 'ru' }).units.map((u) => u.sourceLang)).toEqual(['ru']);
  });

  it('reads <it> without pos (OmegaT writes it) as a placeholder, and TMX-style begin/end as open/close', () => {
    const { units } = parseXliff12(X12(TU('1', 'а', '<it id="1">b</it>x<it id="2" pos="begin">c</it><it id="3" pos="end">d</it>')));
    expect(units[0]?.target).toEqual([{ kind: 'standalone', id: '1', data: 'b' }, 'x', { kind: 'open', id: '2', data: 'c' }, { kind: 'close', id: '3', data: 'd' }]);
  });

  it('gives a trans-unit without id its position as id', () => {
    const { units } = parseXliff12(X12(`<trans-unit><source>а</source><target>a</target></trans-unit>\n<trans-unit><source>б</source><target>b</target></trans-unit>`));
    expect(units.map((u) => u.id)).toEqual(['tu1', 'tu2']);
  });

  it('gives a unit without id its position as id', () => {
    expect(parseXliff21(X2('<unit><segment><source>а</source><target>a</target></segment></unit>')).units.map((u) => u.id)).toEqual(['u1']);
  });

  it.each([
    ['1.2', '12', X12(`${TU('a')}\n${TU('b')}\n${TU('a')}`)],
    ['2.1', '21', X2(`${UNIT('u')}\n${UNIT('u')}`)],
  ] as const)('%s: reads a repeated id', (_n, v, input) => {
    expect(read(v, input).stats).toMatchObject({ read: v === '12' ? 3 : 2, skipped: 0 });
  });

  it.each([
    ['1.2', '12', X12(`<trans-unit id="1"><source>а</source><target>a</target><note from="sverka:created">vorgestern</note></trans-unit>`)],
    ['2.1', '21', X2(`<unit id="1"><mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"><mda:metaGroup category="sverka"><mda:meta type="changed">2026-02-30T00:00:00Z</mda:meta></mda:metaGroup></mda:metadata><segment><source>а</source><target>a</target></segment></unit>`)],
  ] as const)('%s: drops an impossible date and keeps the unit', (_n, v, input) => {
    const { units } = read(v, input);
    expect(units).toHaveLength(1);
    expect(units[0]?.created ?? units[0]?.changed).toBeUndefined();
  });

  it.each([
    ['version 1.0 without namespace', '<xliff version="1.0">'],
    ['version 1.1 in its namespace', '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">'],
    ['version 1.2 without namespace', '<xliff version="1.2">'],
    ['no version, no namespace', '<xliff>'],
  ])('reads XLIFF %s (BOM and all)', (_n, root) => {
    const input = '\uFEFF<?xml version="1.0"?>\n' + root + '\n<file original="x" source-language="en-US" target-language="fr-CA" datatype="plaintext"><body>\n' + TU('1', 'Text', 'Texte') + '\n' + TU('2', 'More', 'Plus') + '\n</body></file></xliff>';
    const { units, stats } = parseXliff12(input);
    expect(units.map((u) => [u.sourceLang, u.targetLang, u.target])).toEqual([
      ['en-US', 'fr-CA', ['Texte']],
      ['en-US', 'fr-CA', ['Plus']],
    ]);
    expect(stats).toMatchObject({ found: 2, read: 2, skipped: 0 });
  });
});
