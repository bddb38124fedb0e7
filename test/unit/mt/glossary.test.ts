import { describe, expect, it } from 'vitest';
import { dictionaryFor, prepareGlossary, type GlossaryTerm } from '../../../electron/services/mt/glossary';

const t = (sourceTerm: string, targetTerm: string, sourceLang = 'ru', targetLang = 'de'): GlossaryTerm => ({ sourceLang, sourceTerm, targetLang, targetTerm });

describe('prepareGlossary', () => {
  it('builds both directions from pairs entered either way', () => {
    const g = prepareGlossary(Object.freeze([t('мост', 'Brücke'), t('Fluss', 'река', 'de', 'ru')]));
    expect(dictionaryFor(g, 'ru', 'de')!.entries).toEqual([['мост', 'Brücke'], ['река', 'Fluss']]);
    expect(dictionaryFor(g, 'de', 'ru')!.entries).toEqual([['Brücke', 'мост'], ['Fluss', 'река']]);
    expect(g.version).toMatch(/^[0-9a-f]{32}$/);
  });

  it('has a version that depends on content only, not on order', () => {
    const a = prepareGlossary([t('мост', 'Brücke'), t('река', 'Fluss')]);
    const b = prepareGlossary([t('река', 'Fluss'), t('мост', 'Brücke')]);
    const c = prepareGlossary([t('мост', 'Brücke'), t('река', 'Strom')]);
    expect(a.version).toBe(b.version);
    expect(a.version).not.toBe(c.version);
  });

  it('skips empty terms, control characters, other languages and duplicate source terms (first wins)', () => {
    const g = prepareGlossary([
      t('мост', 'Brücke'),
      t('мост', 'Steg'),
      t('  ', 'leer'),
      t('таб\tуляция', 'Tab'),
      t('bridge', 'pont', 'en', 'fr'),
      t(' река ', ' Fluss '),
    ]);
    expect(dictionaryFor(g, 'ru', 'de')!.entries).toEqual([['мост', 'Brücke'], ['река', 'Fluss']]);
    expect(dictionaryFor(g, 'de', 'ru')!.entries).toEqual([['Brücke', 'мост'], ['Fluss', 'река'], ['Steg', 'мост']]);
    expect(g.skipped).toBe(4);
  });

  it('treats regional codes as their language and yields no glossary for no terms', () => {
    expect(dictionaryFor(prepareGlossary([t('мост', 'Brücke', 'RU', 'de-AT')]), 'ru', 'de')!.entries).toHaveLength(1);
    expect(prepareGlossary([])).toEqual({ version: '', dictionaries: [], skipped: 0 });
  });
});
