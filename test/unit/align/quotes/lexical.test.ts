import { describe, expect, it } from 'vitest';
import { cognateSimilarity, compoundSimilarity, foldWord, numberKey, tokenize } from '../../../../shared/align/quotes/lexical';

describe('foldWord / cognateSimilarity', () => {
  it.each([
    ['Путин', 'Putin'],
    ['Путина', 'Putin'],
    ['проект', 'Projekt'],
    ['факультете', 'Fakultät'],
    ['стратегического', 'strategischen'],
    ['Лиссабонский', 'Lissabon'],
    ['Райхл', 'Rajchl'],
    ['Томпсона', 'Thompson'],
    ['информации', 'Information'],
    ['Европы', 'Europa'],
  ])('%s ~ %s', (ru, de) => {
    expect(cognateSimilarity(foldWord(de), foldWord(ru), /^\p{Lu}/u.test(ru))).toBeGreaterThan(0);
  });

  it.each([
    ['собака', 'Hund'],
    ['правительство', 'Regierung'],
    ['это', 'die'],
    ['нефть', 'Nacht'],
    ['компании', 'Kommission'],
  ])('%s is not a cognate of %s', (ru, de) => {
    expect(cognateSimilarity(foldWord(de), foldWord(ru))).toBe(0);
  });

  it('finds the later part of a German compound', () => {
    expect(compoundSimilarity(foldWord('Steuerinformationen'), foldWord('информацией'))).toBeGreaterThan(0);
    expect(compoundSimilarity(foldWord('Haus'), foldWord('информацией'))).toBe(0);
  });
});

describe('numbers', () => {
  it.each([
    ['1.000', '1000'],
    ['1 000', '1000'],
    ['12,5', '12.5'],
    ['2012', '2012'],
    ['3,000', '3000'],
  ])('numberKey(%s) = %s', (raw, key) => {
    expect(numberKey(raw)).toBe(key);
  });

  it('reads number words of both languages as digits', () => {
    const de = tokenize('Er hat zwei Kinder und tausend Sorgen.').filter((t) => t.isNumber).map((t) => t.key);
    const ru = tokenize('У него двое детей, две собаки и тысяча забот.').filter((t) => t.isNumber).map((t) => t.key);
    expect(de).toEqual(['2', '1000']);
    expect(ru).toEqual(['2', '1000']);
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the text and marks likely names', () => {
    const text = 'Вчера Путин и 😀 Медведев приехали в Москву.';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.raw);
    const names = toks.filter((t) => t.capitalised).map((t) => t.raw);
    expect(names).toEqual(['Путин', 'Медведев', 'Москву']);
  });

  it('tokenizes a range only', () => {
    const text = 'eins zwei drei';
    expect(tokenize(text, 5, 9).map((t) => t.raw)).toEqual(['zwei']);
  });
});
