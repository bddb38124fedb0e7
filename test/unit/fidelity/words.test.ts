import { describe, expect, it } from 'vitest';
import {
  builtinMatcher,
  checkQuote,
  composeMatchers,
  lexiconMatcher,
  snowballStemmers,
  stemDe,
  stemRu,
  type StemLexicon,
  type WordMatcher,
} from '../../../shared/fidelity';
import { nameSimilarity } from '../../../shared/fidelity/names';

describe('nameSimilarity', () => {
  it.each(Object.freeze([
    ['putins', 'путина', 1],
    ['petrow', 'петров', 1],
    ['iwanowa', 'иванова', 1],
    ['schmidt', 'шмидт', 1],
    ['fjodorow', 'фёдоров', 1],
    ['washington', 'вашингтон', 1],
    ['johnson', 'джонсон', 1],
    ['moskau', 'москве', 1],
    ['außenministerium', 'мид', 1],
    ['petrenko', 'петров', 0],
    ['petrowski', 'петров', 0],
    ['usbekistan', 'казахстана', 0],
    ['kolesnikowa', 'лапина', 0],
  ] as const))('%s ~ %s = %d', (de, ru, v) => {
    expect(nameSimilarity(de, ru) > 0.5 ? 1 : 0).toBe(v);
  });
});

describe('the Snowball stemmers', () => {
  it.each([
    ['правительство', 'правительства'],
    ['переговоры', 'переговоров'],
    ['государственный', 'государственного'],
    ['заявил', 'заявить'],
  ] as const)('ru %s and %s share a stem', (a, b) => expect(stemRu(a)).toBe(stemRu(b)));

  it.each([
    ['regierung', 'regierungen'],
    ['länder', 'land'],
    ['wahlen', 'wahl'],
    ['neuen', 'neue'],
  ] as const)('de %s and %s share a stem', (a, b) => expect(stemDe(a)).toBe(stemDe(b)));
});

describe('the WordMatcher seam', () => {
  // A one-entry lexicon in the stem space of the Snowball stemmers, as a lexicon module plugs in.
  const tiny: StemLexicon = {
    stemmers: snowballStemmers,
    translations: (deStem) => (deStem === stemDe('verpflichtungen') ? new Map([[stemRu('обязательства'), 1]]) : undefined),
    hasRussian: (ruStem) => ruStem === stemRu('обязательства'),
  };
  const german = 'Wir werden alle Verpflichtungen erfüllen.';
  const russian = 'Мы выполним все обязательства.';

  it('an injected lexicon adds links the built-in list lacks', () => {
    const before = checkQuote({ german, russian });
    expect(before.links.some((l) => l.german.text === 'Verpflichtungen')).toBe(false);
    const after = checkQuote({ german, russian }, { matcher: composeMatchers(builtinMatcher(), lexiconMatcher(tiny)) });
    const l = after.links.find((x) => x.german.text === 'Verpflichtungen');
    expect(l?.kind).toBe('lexicon');
    expect(l?.russian.map((w) => w.text)).toEqual(['обязательства']);
  });

  it('composes matchers by their best score and knows what any of them knows', () => {
    const a: WordMatcher = { match: (de, ru) => (de === 'x' && ru === 'y' ? { score: 0.6, kind: 'lexicon' } : null), knowsGerman: (de) => de === 'x' };
    const b: WordMatcher = { match: (de, ru) => (de === 'x' && ru === 'y' ? { score: 0.9, kind: 'compound' } : null) };
    const m = composeMatchers(a, b);
    expect(m.match('x', 'y')).toEqual({ score: 0.9, kind: 'compound' });
    expect(m.match('x', 'z')).toBeNull();
    expect(m.knowsGerman!('x')).toBe(true);
    expect(m.knowsGerman!('q')).toBe(false);
  });

  it('splits German compounds against the lexicon (Staatshaushalt -> Haushalt)', () => {
    const m = builtinMatcher();
    expect(m.match('staatshaushalt', 'бюджет')).not.toBeNull();
    expect(m.match('staatshaushalt', 'налог')).toBeNull();
  });
});
