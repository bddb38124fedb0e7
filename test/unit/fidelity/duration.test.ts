import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';

// Lengths of time said in two units (method step 13 of shared/fidelity/README.md); the engine's own matcher.
const numberFlags = (german: string, russian: string) => checkQuote({ german, russian }).flags.filter((f) => f.status === 'defect' && f.kind === 'number');

describe('fidelity numbers: the same length of time in another unit', () => {
  it.each([
    ['weeks for days', 'Die Reparatur dauert drei Wochen.', 'Ремонт продлится 21 день.'],
    ['hours for minutes', 'Die Fahrt dauert anderthalb Stunden.', 'Поездка длится 90 минут.'],
    ['half a year for months', 'Der Umbau dauert ein halbes Jahr.', 'Реконструкция займёт шесть месяцев.'],
    ['years for months', 'Die Garantie gilt zwei Jahre.', 'Гарантия действует 24 месяца.'],
    ['days for hours', 'Der Strom fiel für zwei Tage aus.', 'Электричества не было 48 часов.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(numberFlags(german, russian)).toEqual([]);
  });

  it.each([
    ['other weeks for days', 'Die Reparatur dauert zwei Wochen.', 'Ремонт продлится 21 день.'],
    ['other hours for minutes', 'Die Fahrt dauert zwei Stunden.', 'Поездка длится 90 минут.'],
    ['other years for months', 'Die Garantie gilt drei Jahre.', 'Гарантия действует 24 месяца.'],
  ] as const)('still flags %s', (_name, german, russian) => {
    expect(numberFlags(german, russian).map((f) => f.reason)).toContain('number-differs');
  });

  it('prefers a quantity with the same unit to an ordinal without one', () => {
    const r = checkQuote({ german: 'Die zweite Runde beginnt in zwei Wochen.', russian: 'Второй тур начнётся через две недели.' });
    expect(r.flags.filter((f) => f.kind === 'number' && f.status === 'defect')).toEqual([]);
  });
});
