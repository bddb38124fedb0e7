import { describe, expect, it } from 'vitest';
import { parseTmx, parseUnits, parseXliff12, serializeCsv, parseCsv, serializeTmx, serializeXliff12, serializeXliff21, parseXliff21, sniffXliffVersion } from '../../../shared/formats';

// A tu in the style of the LISA compliance kit, written for this test: an isolated code without
// x, a bpt whose x differs from its i, a placeholder with assoc and a sub-flow, a highlight, and
// notes on the tu, the source tuv and each of two target tuvs.
const TU = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="t" creationtoolversion="1" segtype="block" o-tmf="t" adminlang="en" srclang="ru" datatype="html"/>
<body>
<tu tuid="k1" srclang="ru">
<note>Заметка к единице</note>
<prop type="x-client">Verlag</prop>
<tuv xml:lang="ru"><note>Заметка к оригиналу</note><seg><it pos="begin" type="italic">&lt;i></it><bpt x="2" i="1" type="bold">&lt;b></bpt>Нажмите <ph x="3" type="image" assoc="b">&lt;img alt="<sub type="alt">Начало</sub>"></ph> чтобы <hi type="verb" x="4">начать</hi>.<ept i="1">&lt;/b></ept></seg></tuv>
<tuv xml:lang="de"><note>Anmerkung zur Übersetzung</note><seg><it pos="begin" type="italic">&lt;i></it><bpt x="2" i="1" type="bold">&lt;b></bpt>Klicken Sie <ph x="3" type="image" assoc="b">&lt;img alt="<sub type="alt">Start</sub>"></ph>, um zu <hi type="verb" x="4">beginnen</hi>.<ept i="1">&lt;/b></ept></seg></tuv>
<tuv xml:lang="en"><seg>Click <ph x="3" type="image" assoc="b">&lt;img alt="<sub type="alt">Start</sub>"></ph>.</seg></tuv>
</tu>
</body>
</tmx>
`;

/** The seg contents and note placement of a TMX document, for comparing two of them. */
function shape(xml: string): { segs: string[]; tuNotes: string[]; tuvNotes: Record<string, string[]> } {
  // `>` may be written as `&gt;`: the same character.
  const segs = [...xml.matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => m[1]!.replace(/&gt;/g, '>'));
  const tuHead = /<tu [^>]*>([\s\S]*?)<tuv/.exec(xml)?.[1] ?? '';
  const tuNotes = [...tuHead.matchAll(/<note>([^<]*)<\/note>/g)].map((m) => m[1]!);
  const tuvNotes: Record<string, string[]> = {};
  for (const m of xml.matchAll(/<tuv xml:lang="([^"]+)"[^>]*>([\s\S]*?)<\/tuv>/g)) {
    tuvNotes[m[1]!] = [...m[2]!.matchAll(/<note>([^<]*)<\/note>/g)].map((n) => n[1]!);
  }
  return { segs, tuNotes, tuvNotes };
}

// Attribute order is the writer's; compare each code element's attributes as a set.
function normaliseAttrs(seg: string): string {
  return seg.replace(/<(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g, (_m, name: string, attrs: string, slash: string) => {
    const list = [...attrs.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => `${a[1]}="${a[2]}"`).sort();
    return `<${name}${list.map((a) => ` ${a}`).join('')}${slash}>`;
  });
}

describe('a TMX round trip keeps inline codes and notes where they were', () => {
  const first = parseTmx(TU);
  const again = serializeTmx(first.units, { srcLang: 'ru' });

  it('keeps x and i apart, sub flows, assoc, and writes no invented x', () => {
    const before = shape(TU).segs.map(normaliseAttrs);
    const after = shape(again).segs.map(normaliseAttrs);
    // The source seg is written once for the tu; every seg comes back as it was.
    expect(after).toEqual(before);
    expect(again).toContain('<bpt');
    expect(again).not.toMatch(/x="a\d+"/);
  });

  it('puts tu notes on the tu and tuv notes on their own tuv, each once', () => {
    expect(shape(again).tuNotes).toEqual(['Заметка к единице']);
    expect(shape(again).tuvNotes).toEqual({ ru: ['Заметка к оригиналу'], de: ['Anmerkung zur Übersetzung'], en: [] });
  });

  it('reads the same units back', () => {
    expect(parseTmx(again).units).toEqual(first.units);
  });

  it('gives the model what it needs', () => {
    const [de] = first.units;
    expect(de?.notes).toEqual(['Заметка к единице']);
    expect(de?.sourceNotes).toEqual(['Заметка к оригиналу']);
    expect(de?.targetNotes).toEqual(['Anmerkung zur Übersetzung']);
    expect(de?.source.filter((r) => typeof r !== 'string')).toEqual([
      { kind: 'open', id: 'a1', type: 'italic', data: '<i>' },
      { kind: 'open', id: '1', x: '2', type: 'bold', data: '<b>' },
      { kind: 'standalone', id: '3', type: 'image', assoc: 'b', data: '<img alt="Начало">', subs: [{ start: 10, end: 16, type: 'alt' }] },
      { kind: 'open', id: '4', role: 'mark', type: 'verb' },
      { kind: 'close', id: '4', role: 'mark' },
      { kind: 'close', id: '1', data: '</b>' },
    ]);
  });
});

describe('the other formats carry the same model', () => {
  const { units } = parseTmx(TU);

  it('XLIFF 1.2 keeps sub flows, assoc and note placement', () => {
    const xml = serializeXliff12(units);
    expect(xml).toContain('<note annotates="source">Заметка к оригиналу</note>');
    expect(xml).toContain('<sub ctype="alt">Начало</sub>');
    const back = parseXliff12(xml).units;
    expect(back.map((u) => [u.notes, u.sourceNotes, u.targetNotes])).toEqual(units.map((u) => [u.notes, u.sourceNotes, u.targetNotes]));
    const ph = (u: (typeof units)[number]) => u.source.find((r) => typeof r !== 'string' && r.kind === 'standalone');
    expect(ph(back[0]!)).toEqual(ph(units[0]!));
  });

  it('XLIFF 2.1 keeps note placement', () => {
    const de = units.filter((u) => u.targetLang === 'de');
    const back = parseXliff21(serializeXliff21(de)).units;
    expect(back.map((u) => [u.notes, u.sourceNotes, u.targetNotes])).toEqual(de.map((u) => [u.notes, u.sourceNotes, u.targetNotes]));
  });

  it('CSV keeps every tag field and note placement', () => {
    expect(parseCsv(serializeCsv(units)).units).toEqual(units);
  });
});

describe('XLIFF version sniffing looks at the root element only', () => {
  it.each([
    ['Okapi: its:version="2.0" before version="1.2"', '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="1.2">', 'xliff12'],
    ['a comment and a DOCTYPE first', '<?xml version="1.0"?>\n<!-- version="2.0" -->\n<!DOCTYPE xliff [ <!-- x --> ]>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">', 'xliff12'],
    ['a prefixed root in the 2.0 namespace', '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ru">', 'xliff21'],
    ['2.0 namespace, no version', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru">', 'xliff21'],
    ['no namespace, version 2.0', '<xliff version="2.0" srcLang="ru">', 'xliff21'],
    ['no namespace, version 1.0, BOM', '\uFEFF<?xml version="1.0"?><xliff version="1.0">', 'xliff12'],
  ])('%s', (_name, head, want) => {
    expect(sniffXliffVersion(head)).toBe(want);
  });

  it('reads an Okapi-style XLIFF 1.2 through the generic reader', () => {
    const head = '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="1.2">';
    const body = '<file original="a" source-language="de-DE" target-language="en-GB" datatype="x-undefined"><body><trans-unit id="1"><source>Entwurf</source><target>Draft</target></trans-unit></body></file></xliff>';
    expect(parseUnits('xliff', head + body).map((u) => u.target)).toEqual([['Draft']]);
  });
});
