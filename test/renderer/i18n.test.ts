import { describe, expect, it } from 'vitest';
import { de } from '../../renderer/i18n/de';
import { en } from '../../renderer/i18n/en';
import { preferredUiLang, translator } from '../../renderer/i18n';
import { ru } from '../../renderer/i18n/ru';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it.each([
    ['de', de],
    ['ru', ru],
  ] as const)('%s has every English key, none empty, with the same placeholders', (_lang, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const translated = catalog[key as keyof typeof en];
      expect(placeholders(translated), key).toEqual(placeholders(text));
      expect(translated.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translator('en')('count.rows', { n: 10000 })).toBe('10,000 rows');
    expect(translator('de')('count.rows', { n: 10000 })).toBe('10.000 Zeilen');
    expect(translator('ru')('grid.shown', { shown: 3, total: 12 })).toBe('Строк: 3 из 12');
  });

  it.each([
    [['de-AT', 'en'], 'de'],
    [['fr-FR', 'ru-RU'], 'ru'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('picks the interface language from %j', (langs, expected) => {
    expect(preferredUiLang(langs)).toBe(expected);
  });
});
