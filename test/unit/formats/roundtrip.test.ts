import { describe, expect, it } from 'vitest';
import { formatFromFileName, parseUnits, serializeUnits, sniffXliffVersion, createUnitReader, type UnitFormat } from '../../../shared/formats';
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
});
