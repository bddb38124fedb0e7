import { describe, expect, it } from 'vitest';
import { canonicalLang, keyHash, keyTokens, keyTokensByRegExp, matchKey, primaryLang } from '../../../shared/tm/normalize';
import { rng } from '../../fixtures/formats/generate';

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

  it('gives what its regular expression gives, for every character and for generated keys', () => {
    // Every UTF-16 code unit alone, and between word characters and separators.
    const differ: string[] = [];
    const same = (s: string) => JSON.stringify(keyTokens(s)) === JSON.stringify(keyTokensByRegExp(s));
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `a'${ch}`, `${ch}-b`, `${ch}${ch}'${ch}`]) if (!same(s)) differ.push(s);
    }
    expect(differ.slice(0, 10)).toEqual([]);
    let a = 1414;
    const rand = () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    // Letters of several scripts, digits, combining marks alone and after letters, apostrophes,
    // hyphens, punctuation, kinds of space, astral letters and symbols, a lone surrogate.
    const parts = ['a', 'Z', 'ж', 'ё', 'ß', 'ا', '中', '7', '٣', '\u0301', 'e\u0301', "'", '-', '--', "''", '.', ',', '„', '…', ' ', '\u00A0', '\t', '\u2009', '𝐀', '😀', '\uD800', '_', '$'];
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: Math.floor(rand() * 14) }, () => parts[Math.floor(rand() * parts.length)]).join('');
      if (!same(s)) differ.push(s);
    }
    expect(differ.slice(0, 10)).toEqual([]);
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

describe('matchKey against its definition', () => {
  // The definition, step by step: NFC, lowercase, map each character, collapse runs of spaces, trim.
  const MAP: Record<string, string> = {};
  for (const c of '\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000') MAP[c] = ' ';
  for (const c of '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u0300\u0301\u180E') MAP[c] = '';
  for (const c of '„“”‟«»″〃＂') MAP[c] = '"';
  for (const c of '‚‘’‛‹›′`´ʼ＇') MAP[c] = "'";
  for (const c of '‐‑‒–—―−⁃﹘﹣－') MAP[c] = '-';
  Object.assign(MAP, { '…': '...', ё: 'е', ß: 'ss' });
  const definition = (text: string): string =>
    [...text.normalize('NFC').toLowerCase()]
      .map((c) => MAP[c] ?? c)
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim();

  it('agrees on 5,000 random strings of letters, spaces, marks and invisible characters', () => {
    const rand = rng(20261202);
    const alphabet = [...'aZäÄßẞёЁжЖ ', '  ', '\u00AD', '\u200B', '\u0301', 'е\u0308', '«»„“', '–—−', '…', '\t\n', '\u00A0\u202F', 'İ', '\uFEFF', 'x y', '😀'];
    for (let k = 0; k < 5000; k++) {
      const len = Math.floor(rand() * 12);
      let text = '';
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)]!;
      expect([text, matchKey(text)]).toEqual([text, definition(text)]);
    }
  });
});
