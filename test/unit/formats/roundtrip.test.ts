import { describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS, exportChunks, formatFromFileName, parseUnits, serializeUnits, sniffXliffVersion, createUnitReader, type UnitFormat } from '../../../shared/formats';
import { generateUnits } from '../../fixtures/formats/generate';

const UNITS = Object.freeze(generateUnits(400, 7));

describe('generated units survive every format', () => {
  it.each(['tmx', 'xliff12', 'xliff21', 'csv', 'tsv'] as UnitFormat[])('%s', (format) => {
    const text = serializeUnits(format, UNITS);
    expect(parseUnits(format, text)).toEqual(UNITS);
  });

  it('chains TMX -> XLIFF 1.2 -> XLIFF 2.1 -> CSV -> TSV -> TMX without change', () => {
    let units = [...UNITS];
    for (const f of ['tmx', 'xliff12', 'xliff21', 'csv', 'tsv', 'tmx'] as UnitFormat[]) units = parseUnits(f, serializeUnits(f, units));
    expect(units).toEqual(UNITS);
  });
});

describe('dispatch', () => {
  it.each([
    ['memory.tmx', 'tmx'],
    ['Job.DE.XLF', 'xliff'],
    ['a.b.xliff', 'xliff'],
    ['export.csv', 'csv'],
    ['export.tsv', 'tsv'],
    ['notes.docx', undefined],
    ['noext', undefined],
  ])('%s -> %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it('sniffs the XLIFF version and reads either through one reader', () => {
    const units = UNITS.slice(0, 20);
    for (const f of ['xliff12', 'xliff21'] as const) {
      const text = serializeUnits(f, units);
      expect(sniffXliffVersion(text)).toBe(f);
      const r = createUnitReader('xliff');
      const got = [];
      for (let i = 0; i < text.length; i += 100) got.push(...r.write(text.slice(i, i + 100)));
      got.push(...r.end());
      expect(got).toEqual(units);
    }
  });

  it('writes the bilingual documents through the same dispatcher as the exchange formats', () => {
    const units = UNITS.slice(0, 5);
    const docx = [...exportChunks('docx', units, { document: { title: 'Bericht' } })];
    expect(docx).toHaveLength(1);
    const bytes = docx[0] as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const html = [...exportChunks('html', units, { document: { title: 'Bericht <1>' } })].join('');
    expect(html).toContain('Bericht &lt;1&gt;');
    // Text formats come as chunks that join to what serializeUnits gives.
    expect([...exportChunks('tmx', units)].join('')).toBe(serializeUnits('tmx', units));
    expect(EXPORT_EXTENSIONS).toEqual({ tmx: 'tmx', xliff12: 'xlf', xliff21: 'xlf', csv: 'csv', tsv: 'tsv', docx: 'docx', html: 'html', 'factcheck-html': 'fact-check.html', 'factcheck-docx': 'fact-check.docx' });
  });
});
