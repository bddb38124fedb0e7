import { describe, expect, it } from 'vitest';
import { cognateKey, hasCyrillic, latinKey, transliterate } from '../../../shared/align/translit';

describe('transliterate', () => {
  it.each([
    ['Путин', 'Putin'],
    ['Шостакович', 'Schostakowitsch'],
    ['Жуков', 'Schukow'],
    ['Хрущёв', 'Chruschtschjow'],
    ['Цой', 'Zoi'],
    ['Чайковский', 'Tschaikowski'],
    ['Москва 2012!', 'Moskwa 2012!'],
    ['Berlin', 'Berlin'],
  ])('%s -> %s', (ru, de) => {
    expect(transliterate(ru)).toBe(de);
  });
});

describe('cognateKey', () => {
  it.each([
    ['Путин', 'Putin', 5],
    ['Москва', 'Moskau', 4],
    ['стратегического', 'strategischen', 7],
    ['Шостакович', 'Schostakowitsch', 10],
    ['президент', 'Präsident', 9],
    ['центр', 'Zentrum', 4],
    ['Штутгарт', 'Stuttgart', 8],
    ['Филипп', 'Philipp', 5],
    ['Европы', 'Europa', 5],
    ['Джобс', 'Jobs', 4],
    ['Брюссель', 'Brüssel', 5],
    ['Гашек', 'Gaschek', 5],
    ['Александр', 'Alexander', 6],
    ['национальный', 'national', 8],
  ])('%s and %s share at least %i key letters', (ru, de, n) => {
    const a = cognateKey(ru);
    const b = cognateKey(de);
    expect(a.slice(0, n)).toBe(b.slice(0, n));
  });

  it('folds German spelling variants', () => {
    expect(latinKey('Thomas')).toBe(latinKey('Tomas'));
    expect(latinKey('Schiffahrt')).toBe(latinKey('Schifffahrt'));
    expect(latinKey('Müller')).toBe('muler');
  });

  it('reads háček letters as Russian spells them', () => {
    expect(latinKey('Hašek')).toBe(latinKey('Haschek'));
    expect(latinKey('Dvořák')).toBe(latinKey('Dworschak'));
  });

  it('detects Cyrillic', () => {
    expect(hasCyrillic('abc')).toBe(false);
    expect(hasCyrillic('abcж')).toBe(true);
  });
});
