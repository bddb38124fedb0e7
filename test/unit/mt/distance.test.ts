import { describe, expect, it } from 'vitest';
import { codePointLength, editDistance, normalizedEditDistance } from '../../../electron/services/mt/distance';

/** Textbook full-matrix Levenshtein over code points, the reference for the optimised one. */
function reference(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
  }
  return d[x.length]![y.length]!;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['Die Brücke ist offen.', 'Die Brücke ist offen.', 0],
    ['Die Brücke ist offen.', 'Die Brücke ist geöffnet.', 5],
    ['Мост открыт.', 'Мост закрыт.', 2],
    ['a😀b', 'a😁b', 1],
    ['😀', '', 1],
  ])('%j -> %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('agrees with the textbook algorithm on generated pairs', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'b', 'ä', 'ж', ' ', '😀'];
    const gen = () => Array.from({ length: Math.floor(rnd() * 12) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let n = 0; n < 400; n++) {
      const a = gen();
      const b = gen();
      expect(editDistance(a, b), `${a} | ${b}`).toBe(reference(a, b));
    }
  });

  it('normalises by the longer text, 0 for two empty texts', () => {
    expect(normalizedEditDistance('', '')).toBe(0);
    expect(normalizedEditDistance('abcd', 'abxd')).toBe(0.25);
    expect(normalizedEditDistance('ab', 'xyzw')).toBe(1);
  });

  it('counts code points, not UTF-16 units, as DeepL bills', () => {
    expect(codePointLength('Мост')).toBe(4);
    expect(codePointLength('a😀')).toBe(2);
    expect(codePointLength('\ud800x')).toBe(2);
  });
});
