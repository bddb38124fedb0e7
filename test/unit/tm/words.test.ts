import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../shared/tm/normalize';
import { wordColumns, wordText, wordToken, wordTokens } from '../../../shared/tm/words';

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
});
