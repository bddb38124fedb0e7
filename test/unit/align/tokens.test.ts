import { describe, expect, it } from 'vitest';
import { cognateScore, normaliseNumber, scanTokens, stemOf, tokenize } from '../../../shared/align/tokens';

describe('tokenize', () => {
  it('gives offsets into the text', () => {
    const text = '„Wir sehen 4.500 Menschen“, sagte er?';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.kind)).toEqual(['punct', 'word', 'word', 'number', 'word', 'punct', 'word', 'word', 'punct']);
  });

  it('marks capitals and word positions', () => {
    const toks = tokenize('Der große Putin');
    expect(toks.map((t) => [t.cap, t.wordIndex])).toEqual([[true, 0], [false, 1], [true, 2]]);
    expect(toks[2]!.key).toBe(tokenize('Путин')[0]!.key);
  });

  it.each([
    'Около 4 500 человек, «Спартак» 3:1?',
    'Café, naïve Ærø! Їжак і ґанок (2,5 %) 𝔘𝔫𝔦 😀 «ё» й',
    'ab12cd 1.000.000,5 x×y ÷ ‚a‘ "b" \'c\' ¿',
  ])('scanTokens agrees with tokenize on %s', (text) => {
    const seen: string[] = [];
    scanTokens(text, (w) => seen.push('w' + w), (n) => seen.push('n' + n), (p) => seen.push('p' + p));
    expect(seen).toEqual(tokenize(text).map((t) => (t.kind === 'word' ? 'w' + t.text : t.kind === 'number' ? 'n' + t.key : 'p' + t.key)));
  });
});

describe('normaliseNumber', () => {
  it.each([
    ['4 500', '4500'],
    ['4.500', '4500'],
    ['4\u00a0500', '4500'],
    ['12,5', '12,5'],
    ['12.5', '12,5'],
    ['2023', '2023'],
    ['007', '7'],
    ['1.000.000', '1000000'],
  ])('%s -> %s', (a, b) => {
    expect(normaliseNumber(a)).toBe(b);
  });
});

describe('cognateScore and stemOf', () => {
  it('scores shared prefixes', () => {
    expect(cognateScore('putina', 'putins')).toBeGreaterThan(0.8);
    expect(cognateScore('moskva', 'moskau')).toBeGreaterThan(0.6);
    expect(cognateScore('haus', 'dom')).toBe(0);
    expect(cognateScore('', 'abc')).toBe(0);
    expect(cognateScore('eu', 'eu')).toBeGreaterThan(0);
  });

  it('stems are the first five letters', () => {
    expect(stemOf('правительство')).toBe('прави');
    expect(stemOf('und')).toBe('und');
  });
});
