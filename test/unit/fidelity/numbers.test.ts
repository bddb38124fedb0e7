import { describe, expect, it } from 'vitest';
import { compareQuantities, quantities } from '../../../shared/fidelity/numbers';
import { parseGermanNumeral } from '../../../shared/fidelity/numwords';
import { parseDigits, tokenizeSide } from '../../../shared/fidelity/tokens';

const compare = (de: string, ru: string) => compareQuantities(quantities(tokenizeSide(de), 'de'), quantities(tokenizeSide(ru), 'ru'), de, ru);

describe('quantities: the same amount in both languages', () => {
  it.each(Object.freeze([
    ['30 Milliarden Dollar', '30 млрд долларов'],
    ['30 Mrd. Dollar', 'тридцать миллиардов долларов'],
    ['am 11. November', '11-го ноября'],
    ['am elften November', 'одиннадцатого ноября'],
    ['fünfundzwanzig Prozent', 'двадцать пять процентов'],
    ['25 %', '25 процентов'],
    ['anderthalb Millionen Menschen', 'полтора миллиона человек'],
    ['2,5 Mio. Euro', '2,5 млн евро'],
    ['2.500 Soldaten', '2 500 солдат'],
    ['zweitausenddreihundert', 'две тысячи триста'],
    ['zwei Drittel', 'две трети'],
    ['die Hälfte', 'половина'],
    ['verdoppelt', 'в два раза'],
    ['verdoppelt', 'вдвое'],
    ['Tausende Menschen', 'тысячи людей'],
    ['Hunderte', 'сотни'],
    ['rund 5000 Stellen', 'около 5 тысяч мест'],
    ['gestern', 'вчера'],
    ['am Freitag', 'в пятницу'],
    ['im Jahr 2019', 'в 2019 году'],
    ['die neunzehnte', 'девятнадцатая'],
    ['$30', '30 долларов'],
    ['eine Million', 'миллион'],
  ] as const))('%s = %s', (de, ru) => {
    const r = compare(de, ru);
    expect(r.flags.filter((f) => f.confidence >= 0.5)).toEqual([]);
    expect(r.links.length).toBeGreaterThan(0);
  });
});

describe('quantities: a different amount', () => {
  it.each(Object.freeze([
    ['3 Milliarden Dollar', '30 млрд долларов', 'number-differs'],
    ['30 Millionen Dollar', '30 млрд долларов', 'number-differs'],
    ['30 Milliarden Euro', '30 млрд долларов', 'number-differs'],
    ['am 10. November', '11 ноября', 'number-differs'],
    ['zweieinhalb Millionen', 'полтора миллиона', 'number-differs'],
    ['25 Prozent', '2,5%', 'number-differs'],
    ['mehr als 40 Prozent', 'почти 40%', 'number-differs'],
    ['am Donnerstag', 'в пятницу', 'number-differs'],
    ['verdreifacht', 'вдвое', 'number-differs'],
    ['Tausende', 'сотни', 'number-differs'],
    ['gestern', 'сегодня', 'number-differs'],
    ['Wir kommen', 'Мы приедем через 3 дня', 'number-missing'],
    ['in 14 Tagen', 'скоро', 'number-added'],
  ] as const))('%s != %s', (de, ru, reason) => {
    const r = compare(de, ru);
    expect(r.flags.map((f) => f.reason)).toContain(reason);
  });

  it('a weak "ein" or "один" alone is never a finding', () => {
    expect(compare('vor einem Monat', 'месяц назад').flags).toEqual([]);
    expect(compare('ein Problem', 'проблема').flags).toEqual([]);
    expect(compare('zum ersten Mal', 'впервые').flags).toEqual([]);
  });

  it('"более 30" rendered as "30" is only a weak hint', () => {
    const r = compare('30 Menschen', 'более 30 человек');
    expect(r.flags.every((f) => f.confidence < 0.5)).toBe(true);
  });
});

describe('number parsing', () => {
  it.each([
    ['1.500', 1500],
    ['1 500', 1500],
    ['1\u00a0500', 1500],
    ['2,5', 2.5],
    ['1.5', 1.5],
    ['1.000.000', 1e6],
  ] as const)('digits %s -> %d', (raw, v) => expect(parseDigits(raw)).toBe(v));

  it.each([
    ['einundzwanzig', 21],
    ['neunzehn', 19],
    ['hundertzwei', 102],
    ['dreitausendvierhundertfünfzig', 3450],
    ['zweieinhalb', 2.5],
    ['tausend', 1000],
    ['einhundert', 100],
    ['hund', null],
    ['und', null],
  ] as const)('German %s -> %s', (w, v) => expect(parseGermanNumeral(w)).toBe(v));
});
