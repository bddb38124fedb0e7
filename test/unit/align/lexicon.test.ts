import { describe, expect, it } from 'vitest';
import { Lexicon, learnLexicon, logLikelihood } from '../../../shared/align/lexicon';

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
