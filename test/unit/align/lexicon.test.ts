import { describe, expect, it } from 'vitest';
import { Lexicon, learnLexicon, learnLexiconIds, logLikelihood, nameRanks } from '../../../shared/align/lexicon';

describe('Lexicon', () => {
  it('maps user pairs by stem in both directions', () => {
    const lex = Lexicon.fromPairs([['правительство', 'Regierung'], ['дом', 'Haus']]);
    expect(lex.size).toBe(2);
    expect(lex.weight('прави', 'regie')).toBe(1);
    expect(lex.forTarget('haus').map((e) => e.source)).toEqual(['дом']);
    expect(lex.weight('дом', 'regie')).toBe(0);
  });

  it('reads TSV, skipping comments, a language header and short lines', () => {
    const lex = Lexicon.fromTsv('ru\tde\n# comment\nвыборы\tWahlen\nbroken line\n\nгород\tStadt\textra\n');
    expect(lex.entries().map((e) => [e.source, e.target])).toEqual([['выбор', 'wahle'], ['город', 'stadt']]);
  });

  it('spreads phrase pairs over their content words', () => {
    const lex = Lexicon.fromPairs([['Государственная дума', 'Staatsduma']]);
    expect(lex.size).toBe(2);
    for (const e of lex.entries()) expect(e.weight).toBeCloseTo(1 / Math.sqrt(2));
  });

  it('merges two lexicons keeping the larger weight', () => {
    const a = new Lexicon();
    a.addStems('дом', 'haus', 0.4, 'learned');
    const b = Lexicon.fromPairs([['дом', 'Haus'], ['кот', 'Katze']]);
    const m = a.merge(b);
    expect(m.size).toBe(2);
    expect(m.weight('дом', 'haus')).toBe(1);
    expect(a.size).toBe(1);
  });
});

describe('learnLexicon', () => {
  it('links words that co-occur in aligned pairs and not elsewhere', () => {
    const pairs: Array<[string, string]> = [];
    const filler = ['альфа', 'бета', 'гамма', 'дельта', 'эпсилон', 'зета', 'эта', 'тета'];
    const fillerDe = ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht'];
    for (let k = 0; k < 8; k++) {
      const withPair = k % 2 === 0;
      pairs.push([`${filler[k]} ${withPair ? 'правительство' : ''}`, `${fillerDe[k]} ${withPair ? 'Regierung' : ''}`]);
    }
    const lex = learnLexicon(Object.freeze(pairs));
    expect(lex.weight('прави', 'regie')).toBeGreaterThan(0.9);
    expect(lex.forSource('прави')).toHaveLength(1);
  });

  it('learns nothing from too little evidence', () => {
    expect(learnLexicon([['дом', 'Haus']]).size).toBe(0);
    expect(learnLexicon([]).size).toBe(0);
  });

  it('G² is zero for independence and grows with association', () => {
    expect(logLikelihood(5, 5, 5, 5)).toBeCloseTo(0);
    expect(logLikelihood(10, 0, 0, 10)).toBeGreaterThan(logLikelihood(6, 4, 4, 6));
  });
});

/** A deterministic pseudo-random corpus of stem pairs: few stems, so that many G² values tie. */
function corpus(seed: number, pairs: number): Array<[string[], string[]]> {
  let x = seed;
  const next = (k: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % k;
  };
  const ru = ['дом', 'кот', 'пра', 'вы', 'ми', 'я', 'сто', 'рек', 'нов', 'лес', 'гор', 'мор'];
  const de = ['haus', 'katze', 'regie', 'wahl', 'welt', 'ich', 'stadt', 'fluss', 'neu', 'wald', 'berg', 'meer'];
  const out: Array<[string[], string[]]> = [];
  for (let p = 0; p < pairs; p++) {
    const s: string[] = [];
    const t: string[] = [];
    for (let k = 1 + next(5); k > 0; k--) {
      const w = next(ru.length);
      s.push(ru[w]!);
      // Mostly the word's partner, sometimes another one.
      t.push(next(4) === 0 ? de[next(de.length)]! : de[w]!);
    }
    out.push([s, t]);
  }
  return out;
}

describe('learnLexiconIds', () => {
  it('learns what learnLexicon learns from the same stems given as ids into one shared name list', () => {
    for (const seed of [1, 2, 3, 4]) {
      const pairs = corpus(seed, 40);
      // One list for both sides, names in an order unrelated to string order.
      const names = [...new Set(pairs.flatMap(([s, t]) => [...t, ...s]))];
      const id = new Map(names.map((n, k) => [n, k]));
      const idPairs = pairs.map(([s, t]) => [Int32Array.from(s, (w) => id.get(w)!), Int32Array.from(t, (w) => id.get(w)!)] as const);
      const byIds = learnLexiconIds(idPairs, names, names).entries();
      const byStrings = learnLexicon(pairs).entries();
      expect(byStrings.length).toBeGreaterThan(3);
      expect(byIds).toEqual(byStrings);
    }
  });

  it('breaks ties of G² by the stems in string order, whatever their ids', () => {
    // "aa" occurs with "zz" and "yy" alike: the link goes to "yy", the first in string order.
    const pairs: Array<[string[], string[]]> = [
      [['aa'], ['zz', 'yy']],
      [['aa'], ['zz', 'yy']],
      [['bb'], ['cc']],
      [['bb'], ['cc']],
      [['dd'], ['ee']],
      [['dd'], ['ee']],
    ];
    const names = ['zz', 'yy', 'aa', 'bb', 'cc', 'dd', 'ee'];
    const id = (w: string): number => names.indexOf(w);
    const lex = learnLexiconIds(
      pairs.map(([s, t]) => [s.map(id), t.map(id)] as const),
      names,
      names,
    );
    expect(lex.forSource('aa').map((e) => e.target)).toEqual(['yy']);
    expect(learnLexicon(pairs).forSource('aa').map((e) => e.target)).toEqual(['yy']);
  });
});

describe('nameRanks', () => {
  it('ranks the given ids by their names in string order, each distinct id once', () => {
    const names = ['b', 'я', 'a', 'B', 'c'];
    const r = nameRanks([0, 2, 1, 0, 3], names);
    // Code-unit order: 'B' < 'a' < 'b' < 'я'.
    expect([r[3], r[2], r[0], r[1]]).toEqual([0, 1, 2, 3]);
  });
});
