import { describe, expect, it } from 'vitest';
import { canonicalLang, keyHash, keyTokens, matchKey, primaryLang } from '../../../shared/tm/normalize';

describe('matchKey', () => {
  it.each([
    ['case', 'Der PRÄSIDENT', 'der präsident'],
    ['ё folds to е', 'Ёлка и ёж', 'елка и еж'],
    ['ß and ẞ fold to ss', 'Straße, GROẞ', 'strasse, gross'],
    ['NBSP, narrow NBSP and tabs are spaces', 'a\u00A0b\u202Fc\td', 'a b c d'],
    ['runs of spaces collapse, ends trimmed', '  Es   war  einmal \n', 'es war einmal'],
    ['German and Russian quotes unify', '„Zitat“ «цитата» ‚x‘ “y”', '"zitat" "цитата" \'x\' "y"'],
    ['dashes and minus unify', 'a – b — c − d', 'a - b - c - d'],
    ['ellipsis is three dots', 'Und dann…', 'und dann...'],
    ['soft hyphen and zero-width space vanish', 'Zei\u00ADtung\u200B', 'zeitung'],
    ['Russian stress marks vanish', 'приве́т', 'привет'],
    ['decomposed ё (е + U+0308) folds like ё', 'е\u0308лка', 'елка'],
    ['backtick is an apostrophe', "geht`s", "geht's"],
    ['plain ASCII stays as it is, lowercased', 'Hello, World!', 'hello, world!'],
    ['empty and blank', '  \u00A0 ', ''],
  ])('%s', (_what, input, key) => {
    expect(matchKey(input)).toBe(key);
  });

  it('is idempotent', () => {
    for (const s of ['„Ёлка“ – Straße…', 'A\u00A0B', 'привет']) expect(matchKey(matchKey(s))).toBe(matchKey(s));
  });
});

describe('keyTokens', () => {
  it('splits words and punctuation; punctuation weighs less', () => {
    const t = keyTokens(matchKey('Er sagt: „Geht’s?“ – nein.'));
    expect(t.map((x) => x.text)).toEqual(['er', 'sagt', ':', '"', "geht's", '?', '"', '-', 'nein', '.']);
    expect(t.find((x) => x.text === ':')!.weight).toBeLessThan(1);
    expect(t.find((x) => x.text === 'sagt')!.weight).toBe(1);
  });
});

describe('keyHash', () => {
  it('is stable, integral and safe', () => {
    const h = keyHash('привет мир');
    expect(h).toBe(keyHash('привет мир'));
    expect(Number.isSafeInteger(h)).toBe(true);
    expect(h).not.toBe(keyHash('привет мир!'));
  });
});

describe('languages', () => {
  it.each([
    ['de-de', 'de-DE', 'de'],
    ['RU', 'ru', 'ru'],
    ['sr_latn_rs', 'sr-Latn-RS', 'sr'],
  ])('%s', (tag, canonical, primary) => {
    expect(canonicalLang(tag)).toBe(canonical);
    expect(primaryLang(tag)).toBe(primary);
  });
});
