import { describe, expect, it } from 'vitest';
import { FOLD_IGNORED, foldForMatch, foldWithMap, tokenize } from '../../../shared/text/normalize';

describe('foldForMatch', () => {
  const cases: Array<[string, string, string]> = [
    ['NBSP and narrow spaces', 'a\u00A0b\u202Fc\u2009d', 'a b c d'],
    ['CRLF and tabs', 'a\r\nb\tc', 'a  b c'],
    ['soft hyphen and zero-width', 'Zu\u00ADsam\u200Bmen', `zu${FOLD_IGNORED}sam${FOLD_IGNORED}men`],
    ['Russian stress accent', 'приве\u0301т', `приве${FOLD_IGNORED}т`],
    ['ё/Ё', 'Ёлка ещё', 'елка еще'],
    ['typographic quotes', '„a“ «b» ‚c‘ ’d’', '"a" "b" \'c\' \'d\''],
    ['dashes and minus', 'a–b—c−d‑e', 'a-b-c-d-e'],
    ['ellipsis', 'so…', 'so.'],
    ['lowercase incl. ß kept', 'STRAẞE Straße ÄÖÜ', 'straße straße äöü'],
    ['surrogate pairs untouched', 'A😀B', 'a😀b'],
    ['one-to-one for İ', 'İstanbul', 'istanbul'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const out = foldForMatch(input);
    expect(out).toHaveLength(input.length);
    expect(out).toBe(expected);
  });

  it('lets an index in the folded text address the original', () => {
    const text = 'Er sagte: „Das ist\u00A0ÄRGERLICH“.';
    const i = foldForMatch(text).indexOf('das ist ärgerlich');
    expect(text.slice(i, i + 'das ist ärgerlich'.length)).toBe('Das ist\u00A0ÄRGERLICH');
  });
});

describe('foldWithMap', () => {
  it('drops ignorables, collapses spaces, expands ß and maps back', () => {
    const text = 'Die  Stra\u00ADße\u00A0\u00A0ist ё';
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('die strasse ist е');
    expect(map).toHaveLength(folded.length + 1);
    expect(map[folded.length]).toBe(text.length);
    const a = folded.indexOf('strasse');
    const b = a + 'strasse'.length;
    expect(text.slice(map[a], (map[b - 1] as number) + 1)).toBe('Stra\u00ADße');
  });
});

describe('tokenize', () => {
  it('returns words and numbers with offsets and matching forms', () => {
    const text = 'Der US-Präsident zahlte 1 000 Euro (3,5 %) für die Straße; geht’s?';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(toks.map((t) => t.norm)).toEqual(['der', 'us', 'präsident', 'zahlte', '1000', 'euro', '3,5', 'für', 'die', 'strasse', "geht's"]);
    expect(toks.find((t) => t.norm === '1000')?.kind).toBe('number');
    const s = toks.find((t) => t.norm === 'strasse');
    expect(s && text.slice(s.start, s.end)).toBe('Straße');
  });

  it('keeps soft hyphens and stress marks inside one token', () => {
    const text = 'Zu\u00ADsammen приве\u0301т Ёж';
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ['zusammen', 'Zu\u00ADsammen'],
      ['привет', 'приве\u0301т'],
      ['еж', 'Ёж'],
    ]);
  });

  it('does not mutate its input and handles empty text', () => {
    const input = Object.freeze({ text: 'Ein Test.' });
    expect(tokenize(input.text)).toHaveLength(2);
    expect(tokenize('')).toEqual([]);
    expect(foldForMatch('')).toBe('');
  });
});
