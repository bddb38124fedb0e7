import { describe, expect, it } from 'vitest';
import { de } from '../../renderer/i18n/de';
import { en } from '../../renderer/i18n/en';
import { placeholders } from '../../renderer/i18n/format';
import { preferredUiLang, translator } from '../../renderer/i18n';
import { ru } from '../../renderer/i18n/ru';

/** Placeholders that count something: each must go through a plural. */
const COUNTS = new Set(['n', 'total', 'items', 'added', 'merged', 'skipped', 'chars']);

describe('interface strings', () => {
  it.each([
    ['de', de],
    ['ru', ru],
  ] as const)('%s has every English key, none empty, with the same placeholders', (_lang, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const translated = catalog[key as keyof typeof en];
      expect(placeholders(translated).names, key).toEqual(placeholders(text).names);
      expect(translated.trim().length, key).toBeGreaterThan(0);
    }
  });

  it.each([
    ['en', en],
    ['de', de],
    ['ru', ru],
  ] as const)('%s puts every count through Intl.PluralRules with all the language\'s categories', (lang, catalog) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, text] of Object.entries(catalog)) {
      const { names, plurals } = placeholders(text);
      const plural = new Set(plurals.map((p) => p.name));
      for (const name of names) if (COUNTS.has(name)) expect(plural.has(name), `${lang} ${key}: {${name}} is a count`).toBe(true);
      for (const p of plurals) {
        // `other` alone is fine where the words do not change with the number.
        if (p.branches.size === 1 && p.branches.has('other')) continue;
        for (const c of categories) expect(p.branches.has(c), `${lang} ${key}: {${p.name}} lacks "${c}"`).toBe(true);
      }
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translator('en')('count.rows', { n: 10000 })).toBe('10,000 rows');
    expect(translator('de')('count.rows', { n: 10000 })).toBe('10.000 Zeilen');
    expect(translator('ru')('grid.shown', { shown: 3, n: 12 })).toBe('3 из 12 строк');
  });

  it.each([
    ['en', 'projects.docs', 0, 'No documents'],
    ['en', 'projects.docs', 1, '1 document'],
    ['en', 'projects.docs', 2, '2 documents'],
    ['de', 'projects.docs', 1, '1 Dokument'],
    ['ru', 'projects.docs', 1, '1 документ'],
    ['ru', 'projects.docs', 3, '3 документа'],
    ['ru', 'projects.docs', 5, '5 документов'],
    ['ru', 'projects.docs', 21, '21 документ'],
    ['ru', 'count.rows', 22, '22 строки'],
    ['ru', 'count.rows', 11, '11 строк'],
    ['en', 'export.count', 1, '1 pair will be exported'],
    ['ru', 'export.count', 2, 'Будут экспортированы 2 пары'],
  ] as const)('%s %s with %i', (lang, key, n, expected) => {
    expect(translator(lang)(key, { n })).toBe(expected);
  });

  it('formats several counts in one message, each with its own plural', () => {
    expect(translator('en')('mtBatch.confirm', { n: 1, items: 3 })).toBe('Send 1 character (3 rows) to DeepL?');
    expect(translator('ru')('mtBatch.confirm', { n: 5, items: 1 })).toBe('Отправить в DeepL 5 символов (1 строка)?');
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
