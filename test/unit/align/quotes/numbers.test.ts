import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../../electron/services/lexicon';
import { conceptOf, numberParts } from '../../../../shared/align/match/concepts';
import { Linker } from '../../../../shared/align/match/links';
import { RuDoc } from '../../../../shared/align/match/ru-doc';
import { matchTokens } from '../../../../shared/align/match/tokens';
import { planAlignment } from '../../../../shared/align/plan';
import type { QuoteAlignment } from '../../../../shared/align/quotes/index';
import { lineSegments } from '../../../../shared/text/lines';

// A report and its Russian original, written for these tests (invented minister and figures).
const RU = [
  'Министр сельского хозяйства Аркадий Ветров сообщил в среду, что урожай пшеницы в этом году составит 84–86 млн тонн. «Экспорт мы не ограничиваем», — подчеркнул он.',
  '',
  'По его словам, на модернизацию элеваторов выделят тридцать пять миллиардов рублей, а новые склады построят в двадцати двух регионах. Протяжённость новых подъездных путей составит 140 км.',
].join('\n');
const DE = [
  'Russland erwartet eine Rekordernte',
  '',
  'Das russische Landwirtschaftsministerium rechnet mit einer der größten Weizenernten der vergangenen Jahre. Minister Arkadi Wetrow nannte am Mittwoch eine Spanne von „84 bis 86 Millionen Tonnen“. Händler in Hamburg reagierten gelassen auf die Prognose.',
  '',
  'Für die Modernisierung der Getreidespeicher sollen „35 Milliarden Rubel“ bereitstehen. Neue Lager entstehen nach Angaben des Ministers in „zweiundzwanzig Regionen“, die Zufahrtswege sollen „140 Kilometer“ lang werden.',
  '',
  'Beobachter in Brüssel bezweifeln die Zahlen. Ein Exportverbot schloss Wetrow aus: Die Ausfuhr werde „nicht begrenzt“.',
].join('\n');

describe('numbers with their units in a report', () => {
  it('gives units and currencies, full or abbreviated, one key in both languages', () => {
    for (const [a, b] of [
      ['tonnen', 'тонн'],
      ['kilometer', 'км'],
      ['km', 'километров'],
      ['rubel', 'руб'],
      ['dollar', 'долларов'],
      ['euro', 'евро'],
      ['vierzig', 'сорока'],
      ['siebzehn', 'семнадцать'],
    ] as const)
      expect(conceptOf(a), `${a} / ${b}`).toBe(conceptOf(b) ?? 'none');
    expect(conceptOf('т')).toBeNull();
  });

  it('reads a German compound numeral as its digits, which a Russian text may write in two words', () => {
    expect(conceptOf('sechsundsechzig')).toBe('#66');
    expect(conceptOf('einundzwanzig')).toBe('#21');
    expect(conceptOf('sechsundsechziger')).toBeNull();
    expect(numberParts('#66')).toEqual(['#60', '#6']);
    expect(numberParts('#60')).toBeNull();
    expect(numberParts('#2012')).toBeNull();
  });

  it('links a two-digit number to its digits and to its two Russian words', () => {
    const ru = 'Уволены шестьдесят шесть координаторов, ещё 66 человек переведены.';
    const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
    const linker = new Linker(doc, { lexicons: [] });
    for (const de of ['Sechsundsechzig', '66']) {
      const [t] = matchTokens(de, 'de');
      const units = linker.units(t!);
      expect(units.map((u) => u.share)).toEqual([0.5, 0.5]);
      const words = units.map((u) => u.hits.map((h) => doc.tokens[h.ru]!.raw).sort());
      expect(words).toEqual([
        ['66', 'шестьдесят'],
        ['66', 'шесть'],
      ]);
    }
  });

  it('finds each figure at its own Russian words', () => {
    const quotes = planAlignment({ sourceText: RU, sourceSegments: lineSegments(RU), targetText: DE, targetSegments: lineSegments(DE), lexicons: [baseLexicon()!] }).quotes;
    const source = (text: string): string | undefined => quotes.find((q: QuoteAlignment) => q.target.text === text)?.source?.text;
    expect(source('84 bis 86 Millionen Tonnen')).toBe('84–86 млн тонн');
    expect(source('35 Milliarden Rubel')).toBe('тридцать пять миллиардов рублей');
    expect(source('zweiundzwanzig Regionen')).toBe('двадцати двух регионах');
    expect(source('140 Kilometer')).toBe('140 км');
  });
});
