import { describe, expect, it } from 'vitest';
import { keyTokens, type KeyToken } from '../../../shared/tm/normalize';
import { bitDistance, bitPattern, levenshtein, penalised, prepareQuery, similarity, tokenDistance } from '../../../shared/tm/score';

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['привет', 'привед', 1],
    ['flaw', 'lawn', 2],
  ])('%s / %s = %i', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
    expect(levenshtein(b, a)).toBe(d);
  });
});

describe('tokenDistance', () => {
  it('charges punctuation less than a word and near-words less than new words', () => {
    const t = (s: string) => keyTokens(s);
    expect(tokenDistance(t('a b c'), t('a b c'))).toBe(0);
    expect(tokenDistance(t('a b c'), t('a b c.'))).toBeCloseTo(0.3);
    expect(tokenDistance(t('der hund bellt'), t('der hund schläft'))).toBeGreaterThan(tokenDistance(t('der hund bellt'), t('der hund bellte')));
  });
});

describe('tokenDistance agrees with the plain dynamic programme', () => {
  // The definition written out: insertions and deletions cost a token's weight; substitutions
  // the longer weight, or for words sharing their first three letters their relative distance.
  const reference = (a: readonly KeyToken[], b: readonly KeyToken[]): number => {
    const d: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++) d[i]![0] = d[i - 1]![0]! + a[i - 1]!.weight;
    for (let j = 1; j <= b.length; j++) d[0]![j] = d[0]![j - 1]! + b[j - 1]!.weight;
    for (let j = 1; j <= b.length; j++) {
      for (let i = 1; i <= a.length; i++) {
        const x = a[i - 1]!;
        const y = b[j - 1]!;
        const w = Math.max(x.weight, y.weight);
        const near = x.text.length >= 3 && y.text.length >= 3 && x.text.slice(0, 3) === y.text.slice(0, 3);
        const sub = x.text === y.text ? 0 : near ? (w * levenshtein(x.text, y.text)) / Math.max(x.text.length, y.text.length) : w;
        d[i]![j] = Math.min(d[i - 1]![j]! + x.weight, d[i]![j - 1]! + y.weight, d[i - 1]![j - 1]! + sub);
      }
    }
    return d[a.length]![b.length]!;
  };
  it('on generated sentences of every length up to 70 tokens, reusing its rows across calls', () => {
    let s = 11;
    const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const words = ['der', 'dem', 'den', 'hund', 'hunde', 'bellt', 'bellte', 'и', 'в', 'президент', 'президента', ',', '.', '—'];
    const sentence = (n: number) => keyTokens(Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(' '));
    for (let k = 0; k < 300; k++) {
      const a = sentence(Math.floor(rand() * 70));
      const b = sentence(Math.floor(rand() * 70));
      expect(tokenDistance(a, b)).toBe(reference(a, b));
    }
  });
});

describe('similarity', () => {
  const base = 'Президент подписал указ о новых мерах поддержки.';
  it.each([
    ['identical text', base, 100],
    ['differs only in case', base.toUpperCase(), 99],
    ['differs only in spacing (NBSP)', base.replace(' ', '\u00A0'), 99],
    ['ё/е only', 'Ёлка стоит.', 99, 'Елка стоит.'],
    ['ß/ss only', 'Die Straße ist breit.', 99, 'Die Strasse ist breit.'],
    ['German quotes vs straight quotes', '„Ja“, sagte er.', 99, '"Ja", sagte er.'],
  ])('%s -> %i', (_what, text, expected, query = base) => {
    expect(similarity(prepareQuery(query), text)).toBe(expected);
  });

  it('never gives 99 or 100 to a different sentence, and orders by closeness', () => {
    const q = prepareQuery(base);
    const one = similarity(q, 'Президент подписал указ о новых мерах помощи.');
    const two = similarity(q, 'Президент подписал закон о мерах.');
    const far = similarity(q, 'Погода сегодня хорошая.');
    expect(one).toBeLessThanOrEqual(98);
    expect(one).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(far);
    expect(one).toBeGreaterThanOrEqual(80);
    expect(far).toBeLessThan(40);
  });

  it('a trailing full stop costs little', () => {
    expect(similarity(prepareQuery('Ёлка стоит на площади'), 'Ёлка стоит на площади.')).toBeGreaterThanOrEqual(90);
  });

  it('returns 0 below the floor without computing', () => {
    expect(similarity(prepareQuery('a'), 'a much longer sentence than the query', undefined, 50)).toBe(0);
  });

  it('does not mutate its query', () => {
    const q = Object.freeze(prepareQuery('Der Hund bellt.'));
    expect(() => similarity(q, 'Der Hund bellte.')).not.toThrow();
  });
});

describe('penalised', () => {
  it.each([
    [100, 'human', true, 100],
    [100, 'human', false, 95],
    [100, 'machine', false, 85],
    [100, 'machine', true, 90],
    [100, 'import', true, 100],
    [3, 'machine', false, 0],
  ] as const)('%i %s reviewed=%s -> %i', (score, origin, reviewed, expected) => {
    expect(penalised(score, origin, reviewed)).toBe(expected);
  });
});

describe('bitDistance (Myers/Hyyrö) agrees with the plain dynamic programme', () => {
  const rand = (() => {
    let a = 7;
    return () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  })();
  const alphabet = 'abcабвß .';
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
  it.each([0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 150])('pattern of %i characters', (len) => {
    for (let k = 0; k < 40; k++) {
      const p = word(len);
      const t = k % 3 === 0 ? p.slice(0, Math.floor(rand() * p.length)) + word(3) : word(Math.floor(rand() * 160));
      expect(bitDistance(bitPattern(p), t)).toBe(levenshtein(p, t));
    }
  });
});
