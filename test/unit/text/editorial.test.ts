import { describe, expect, it } from 'vitest';
import { stripEditorialMarks } from '../../../shared/text/editorial';

describe('stripEditorialMarks', () => {
  it.each([
    ['an omission inside a sentence', 'Мы будем [...] работать вместе.', 'Мы будем работать вместе.'],
    ['the ellipsis character in brackets', 'Мы будем […] работать вместе.', 'Мы будем работать вместе.'],
    ['round brackets', 'Wir werden (...) zusammenarbeiten.', 'Wir werden zusammenarbeiten.'],
    ['Russian angle brackets', 'Это <…> главное.', 'Это главное.'],
    ['slashes', 'Это /.../ главное.', 'Это главное.'],
    ['a mark at the start', '[…] und das ist gut.', 'und das ist gut.'],
    ['a mark at the end', 'Das ist gut […]', 'Das ist gut'],
    ['a mark before punctuation', 'Das ist gut […].', 'Das ist gut.'],
    ['a mark inside quotation marks', '„[…] wir sind bereit“', '„wir sind bereit“'],
    ['two marks', 'A […] B (...) C', 'A B C'],
    ['spaces inside the brackets', 'A [ … ] B', 'A B'],
  ])('removes %s', (_label, input, expected) => {
    expect(stripEditorialMarks(input)).toBe(expected);
  });

  it.each([
    ['plain text', 'Обычное предложение без пометок.'],
    ['an ellipsis without brackets', 'Und dann… nichts.'],
    ['brackets with words', 'Er [der Minister] sagte nein.'],
    ['a citation', 'Siehe (2024) und [3].'],
  ])('leaves %s as it is', (_label, input) => {
    expect(stripEditorialMarks(input)).toBe(input);
  });
});
