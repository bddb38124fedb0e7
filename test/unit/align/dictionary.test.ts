import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLexicon, parseLexicon, type LexiconPair } from '../../../shared/align/dictionary/format';
import { BilingualLexicon, splitCompound } from '../../../shared/align/dictionary/lexicon';
import { learnAssociations } from '../../../shared/align/dictionary/learn';
import { contentStemsDe, contentStemsRu, wordsOf } from '../../../shared/align/dictionary/words';
import { conceptOf } from '../../../shared/align/match/concepts';
import { verbForms } from '../../../shared/align/match/links';
import { stemDe, stemRu } from '../../../shared/align/stem';
import { baseLexicon, baseLexiconFile } from '../../../electron/services/lexicon';

describe('stems', () => {
  it.each([
    ['Sanktionen', 'sanktion'],
    ['europäischen', 'europa'],
    ['Verhandlungen', 'verhandl'],
  ])('German %s -> %s', (w, s) => expect(stemDe(w.toLowerCase())).toBe(s));
  it.each([
    ['санкционного', 'санкцион'],
    ['ультиматумов', 'ультиматум'],
    ['переговоров', 'переговор'],
    ['её', stemRu('ее')],
  ])('Russian %s -> %s', (w, s) => expect(stemRu(w)).toBe(s));

  it('drops function words and stress marks from phrases', () => {
    expect(contentStemsDe('in der Sprache von Ultimaten')).toEqual([stemDe('sprache'), stemDe('ultimaten')]);
    expect(contentStemsRu('на языке ультиматумов')).toEqual([stemRu('языке'), stemRu('ультиматумов')]);
    expect(wordsOf('про́сто')).toEqual(['просто']);
  });
});

describe('lexicon file format', () => {
  const pairs: LexiconPair[] = Object.freeze([
    { de: 'sanktion', ru: 'санкц', weight: 1, origin: 'd' },
    { de: 'sanktion', ru: 'кар', weight: 0.5, origin: 'p' },
    { de: 'wahnsinn', ru: 'безум', weight: 0.94, origin: 'c' },
  ]) as LexiconPair[];

  it('round-trips pairs (weights in tenths), sorted, with comment lines', () => {
    const text = formatLexicon(pairs, ['test header']);
    expect(text.split('\n')[0]).toBe('# test header');
    expect(text).toContain('sanktion\tсанкц/10d\tкар/5p\n');
    const back: LexiconPair[] = [];
    parseLexicon(text, (de, ru, weight, origin) => back.push({ de, ru, weight, origin }));
    expect(back).toEqual([
      { de: 'sanktion', ru: 'санкц', weight: 1, origin: 'd' },
      { de: 'sanktion', ru: 'кар', weight: 0.5, origin: 'p' },
      { de: 'wahnsinn', ru: 'безум', weight: 0.9, origin: 'c' },
    ]);
  });

  it('skips malformed cells instead of failing', () => {
    const seen: string[] = [];
    parseLexicon('x\tnoslash\t/5d\tгод/0d\tгод/7d\n', (de, ru) => seen.push(`${de}-${ru}`));
    expect(seen).toEqual(['x-год']);
  });
});

describe('BilingualLexicon', () => {
  const lex = BilingualLexicon.fromPairs([
    ['Sanktion', 'санкция'],
    ['Wahnsinn', 'безумие'],
    ['Frieden', 'мир'],
    ['Gipfel', 'саммит'],
    ['Eis', 'лёд'],
    ['Hockey', 'хоккей'],
  ]);

  it('looks up by German stem, strongest first', () => {
    expect(lex.lookup(stemDe('sanktionen')).map((l) => l.ru)).toEqual([stemRu('санкция')]);
    expect(lex.lookup('unbekannt')).toEqual([]);
    lex.addStems(stemDe('sanktion'), 'кар', 0.4, 'u');
    expect(lex.lookup(stemDe('sanktion')).map((l) => l.ru)).toEqual([stemRu('санкция'), 'кар']);
  });

  it('splits compounds into known parts with linking -s/-ns', () => {
    const known = (s: string): boolean => lex.has(s);
    expect(splitCompound('sanktionswahnsinn', known)).toEqual([stemDe('sanktion'), stemDe('wahnsinn')]);
    expect(splitCompound('friedensgipfel', known)).toEqual([stemDe('frieden'), stemDe('gipfel')]);
    expect(splitCompound('eishockey', known)).toEqual([stemDe('eis'), stemDe('hockey')]);
    expect(splitCompound('sanktion', known)).toBeNull();
    expect(splitCompound('kartoffelsalat', known)).toBeNull();
  });

  it('allows a three-letter part only between two long ones', () => {
    const words = BilingualLexicon.fromPairs([
      ['Rauch', 'дым'],
      ['Gas', 'газ'],
      ['Vergiftung', 'отравление'],
      ['Tor', 'ворота'],
      ['Mann', 'мужчина'],
    ]);
    const known = (s: string): boolean => words.has(s);
    expect(splitCompound('rauchgasvergiftung', known)).toEqual([stemDe('rauch'), stemDe('gas'), stemDe('vergiftung')]);
    // Two short parts stay chance.
    expect(splitCompound('gastormann', known)).toBeNull();
  });

  it('learns associations from sentence pairs', () => {
    const pairs: [string, string][] = [];
    for (let k = 0; k < 6; k++) {
      pairs.push([`Правительство обсуждает бюджет ${k}.`, `Die Regierung diskutiert den Haushalt ${k}.`]);
      pairs.push([`Парламент принял закон ${k}.`, `Das Parlament verabschiedete das Gesetz ${k}.`]);
    }
    pairs.push(['Погода хорошая.', 'Das Wetter ist gut.'], ['Сегодня дождь.', 'Heute regnet es.']);
    const learned = learnAssociations(pairs, 3);
    const has = (de: string, ru: string): boolean => learned.some((p) => p.de === stemDe(de) && p.ru === stemRu(ru));
    expect(has('parlament', 'парламент')).toBe(true);
    expect(learned.every((p) => p.origin === 'c' && p.weight > 0 && p.weight <= 0.9)).toBe(true);
  });
});

describe('concept words and verb forms', () => {
  it.each([
    ['zwei', '#2'],
    ['двух', '#2'],
    ['märz', '#m3'],
    ['марта', '#m3'],
    ['milliarden', '#e9'],
    ['млрд', '#e9'],
    ['nicht', '#neg'],
    ['не', '#neg'],
    ['haus', null],
  ])('%s -> %s', (w, k) => expect(conceptOf(w)).toBe(k));

  it('guesses the infinitive of inflected verbs and participles', () => {
    expect(verbForms('diskutiert')).toContain('diskutieren');
    expect(verbForms('ausgelastet')).toContain('auslasten');
    expect(verbForms('gekämpft')).toContain('kämpfen');
  });
});

describe('the shipped base lexicon', () => {
  it('is present with its NOTICE, loads once, and knows common news words', () => {
    const file = baseLexiconFile();
    expect(readFileSync(path.join(path.dirname(file), 'NOTICE'), 'utf8')).toContain('CC BY-SA');
    const lex = baseLexicon();
    expect(lex).not.toBeNull();
    expect(baseLexicon()).toBe(lex);
    expect(lex!.size).toBeGreaterThan(30_000);
    const ru = (de: string): string[] => lex!.lookup(stemDe(de)).map((l) => l.ru);
    expect(ru('sanktion')).toContain(stemRu('санкция'));
    expect(ru('zusammenarbeit')).toContain(stemRu('сотрудничество'));
    expect(ru('sackgasse')).toContain(stemRu('тупик'));
  });
});
