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

describe('cognateKey fast path', () => {
  // cognateKey computes most keys on character codes; the string functions define them.
  const byStrings = (w: string): string => latinKey(hasCyrillic(w) ? transliterate(w.toLowerCase()) : w);
  const tricky = [
    'Tschechow', 'Dschungel', 'Stadt', 'Schpion', 'Nation', 'Station', 'Europa', 'Evangelium', 'Quelle', 'Philipp',
    'Theater', 'Platz', 'Stadtteil', 'Niere', 'Jahr', 'Yacht', 'Wasser', 'Zeitung', 'Maxx', 'Brüssel', 'Café', 'Dvořák',
    'Хрущёв', 'щит', 'юг', 'Джобс', 'джинсы', 'евро', 'Брюссель', 'Чайковский', 'стратегического', 'Москва', 'Василий',
    'ОАО', 'объявление', 'подъезд', 'Ёлка', 'Їжак', 'єдність', 'ўсё', 'Лiнiя', 'moskva', 'ii', 'x', 'sch', 'tsch', 'dsch',
  ];
  it.each(tricky)('%s', (w) => {
    expect(cognateKey(w)).toBe(byStrings(w));
  });

  it('agrees with the string functions on random letter strings', () => {
    // Plain Latin and plain Cyrillic words take the fast path, the mixed ones the string path.
    const alphabets = ['abcdehijklnopqrstuvwxyzABCDEHJSTZ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЕЁЩЮЯіїєў', 'abcsthäöüßéšžčřłабвгжщя'];
    let x = 2463534242;
    const next = (k: number): number => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % k;
    };
    for (let q = 0; q < 5000; q++) {
      const alphabet = alphabets[q % 3]!;
      let w = '';
      for (let k = 1 + next(10); k > 0; k--) w += alphabet[next(alphabet.length)];
      expect(cognateKey(w), w).toBe(byStrings(w));
    }
  });
});
