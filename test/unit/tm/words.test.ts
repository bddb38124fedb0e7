import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../shared/tm/normalize';
import { planWordTerms, wordColumns, WordSample, wordText, wordToken, wordTokens } from '../../../shared/tm/words';

describe('team memory word index', () => {
  it.each([
    ['Президент подписал указ «О мерах».', ' президент подписал указ мерах '],
    ['Er sagte: „Wir sind bereit“ – 2024, 42 % ja.', ' sagte wir sind bereit 2024 42 '],
    ['Да', ' '],
  ])('indexes the words of three letters or more of %j', (text, words) => {
    expect(wordText(matchKey(text))).toBe(words);
  });

  it.each([
    ['указ', 'указ'],
    ['мерами', 'мерами'],
    ['поддержки', 'поддер'],
    ['unterzeichnete', 'unterz'],
    ['ёлочками', 'ёлочка'],
  ])('searches %s by the token %s', (word, token) => {
    expect(wordToken(word)).toBe(token);
  });

  it('gives a key its distinct tokens once each; inflections of a long word share one', () => {
    expect(wordTokens(matchKey('Президента поддержали, президентом избрали, президент 2024.'))).toBe('презид поддер избрал 2024');
    expect(wordTokens(matchKey('Да и нет.'))).toBe('нет');
    expect(wordTokens(matchKey('Да.'))).toBe('');
    for (const text of ['Президента поддержали, президентом избрали.', 'Да.', 'Er sagte 42 % ja.']) {
      expect(wordColumns(matchKey(text))).toEqual({ words: wordText(matchKey(text)), tokens: wordTokens(matchKey(text)) });
    }
  });

  it('estimates how many units hold a token from a sample, scaled to the memory', () => {
    const keys = Object.freeze(['мэр открыл мост', 'мэр закрыл мост', 'министр открыл школу', 'губернатор посетил поддержку']);
    const s = new WordSample(keys, 4000);
    expect(s.sampled).toBe(4);
    expect(s.estimate('мэр')).toBe(2000);
    expect(s.estimate('открыл')).toBe(2000);
    expect(s.estimate('губерн')).toBe(1000);
    expect(s.estimate('никогд')).toBe(500);
  });

  it('asks for the rarest words first, within the row budget, and pairs common words', () => {
    const keys = [
      ...Array.from({ length: 60 }, (_, i) => `мэр сказал что мост номер ${i} закрыт`),
      ...Array.from({ length: 10 }, () => 'губернатор приехал'),
      ...Array.from({ length: 10 }, () => 'завод приехал'),
      ...Array.from({ length: 20 }, () => 'школа вокзал театр'),
    ];
    const sample = new WordSample(keys, 100_000);
    const tuning = { rowBudget: 30_000, maxTerms: 6, pairWords: 3 };
    const key = matchKey('Мэр сказал, что губернатор приехал на мост.');
    expect(planWordTerms(key, sample, tuning)).toEqual([['губерн'], ['приеха']]);
    expect(planWordTerms(key, sample, { ...tuning, maxTerms: 1 })).toEqual([['губерн']]);
    // No word rare enough alone: pairs of the rarest ones (each pair is rarer than its words).
    expect(planWordTerms(matchKey('Школа, вокзал и театр.'), sample, { ...tuning, rowBudget: 15_000 })).toEqual([
      ['школа', 'вокзал'],
      ['школа', 'театр'],
      ['вокзал', 'театр'],
    ]);
    // Words in over a quarter of the units tell nothing, even in pairs: the exact match only.
    expect(planWordTerms(matchKey('Мэр сказал, что мост закрыт.'), sample, tuning)).toEqual([]);
    // A small memory gets the larger budget: a word in 20 of 100 units is asked for there,
    // while at scale the same share of the units is far over the budget.
    const tight = { rowBudget: 15, smallMemoryBudget: 40, smallMemory: 1_000, maxTerms: 5, pairWords: 3 };
    const small = new WordSample(keys, 100);
    expect(planWordTerms(matchKey('Школа приехала.'), small, tight)).toEqual([['школа'], ['приеха']]);
    expect(planWordTerms(matchKey('Школа приехала.'), small, { ...tight, smallMemory: 50 })).toEqual([['школа', 'приеха']]);
    // Without a sample yet: the longest words.
    expect(planWordTerms(matchKey('Губернатор неожиданно приехал на мост.'), null)).toEqual([['губерн'], ['неожид'], ['приеха']]);
  });
});
