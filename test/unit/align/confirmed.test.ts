import { describe, expect, it } from 'vitest';
import { LearnedCounts, learnedLexicon, taughtPairs } from '../../../shared/align/dictionary/confirmed';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { stemDe, stemRu } from '../../../shared/align/stem';

// A small lexicon of our own, so that the test says which words are known.
const lex = BilingualLexicon.fromPairs([
  ['Regierung', 'правительство'],
  ['aufhören', 'прекратиться'],
  ['Hafen', 'порт'],
]);

describe('taughtPairs: what a confirmed link teaches', () => {
  it('pairs the words its evidence links and the one word left on each side', () => {
    const pairs = taughtPairs(Object.freeze('Die Flunkerei der Regierung muss aufhören') as string, 'Враньё правительства должно прекратиться', { lexicons: [lex] });
    const keys = pairs.map((p) => `${p.de}>${p.ru}@${p.credit}`).sort();
    expect(keys).toEqual(
      [`${stemDe('aufhören')}>${stemRu('прекратиться')}@1`, `${stemDe('flunkerei')}>${stemRu('враньё')}@1`, `${stemDe('regierung')}>${stemRu('правительства')}@1`].sort(),
    );
  });

  it('pairs unlinked words only inside the gap between two linked neighbours, never every word with every word', () => {
    const de = 'Die Regierung nennt den Hafen einen Schandfleck und einen Albtraum für alle Bürger';
    const ru = 'Правительство называет порт позором';
    const pairs = taughtPairs(de, ru, { lexicons: [lex] });
    const deWords = new Set(pairs.map((p) => p.de));
    // Words after the last anchor (Hafen) pair with nothing there: no Russian word follows порт's gap.
    expect(deWords.has(stemDe('bürger'))).toBe(false);
    expect(deWords.has(stemDe('albtraum'))).toBe(false);
    // "nennt" sits between Regierung and Hafen, as называет sits between their partners.
    expect(pairs.some((p) => p.de === stemDe('nennt') || p.de === 'nenn')).toBe(true);
    expect(pairs.length).toBeLessThan(6);
  });

  it('teaches nothing from an empty side', () => {
    expect(taughtPairs('  ', 'Текст', { lexicons: [lex] })).toEqual([]);
    expect(taughtPairs('Text', '', { lexicons: [lex] })).toEqual([]);
  });
});

describe('LearnedCounts and learnedLexicon', () => {
  it('weighs a pair by its confirmations, uses it from one, and forgets it when taken back', () => {
    const c = new LearnedCounts();
    const p = [{ de: 'flunkerei', ru: 'вран', credit: 1 }];
    c.add(p);
    expect(c.lexicon().lookup('flunkerei')).toEqual([{ ru: 'вран', weight: expect.closeTo(0.5, 3), origin: 'l' }]);
    c.add(p);
    expect(c.lexicon().lookup('flunkerei')[0]?.weight).toBeCloseTo(2 / 3, 3);
    c.add(p, -1);
    c.add(p, -1);
    expect(c.rows()).toEqual([]);
    // A shared gap's quarter credit alone is not enough.
    expect(learnedLexicon([{ de: 'unt', ru: 'опущен', count: 0.25 }]).size).toBe(0);
  });
});
