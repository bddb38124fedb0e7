import { describe, expect, it } from 'vitest';
import { checkLanguageFit, scriptOfLanguage, scriptProfile } from '../../../shared/text/script';

const GERMAN = 'Der Minister sagte am Dienstag in Berlin, man werde die Gespräche über das Abkommen fortsetzen.';
const RUSSIAN = 'Министр заявил во вторник в Москве, что переговоры о соглашении будут продолжены.';
const UKRAINIAN = 'Міністр заявив у вівторок у Києві, що переговори про угоду будуть продовжені.';

describe('scriptOfLanguage (Intl.Locale likely subtags)', () => {
  it.each([
    ['ru', 'Cyrl'],
    ['de', 'Latn'],
    ['uk', 'Cyrl'],
    ['en-GB', 'Latn'],
    ['el', 'Grek'],
    ['ja', 'Jpan'],
    ['sr-Latn', 'Latn'],
  ])('%s is written in %s', (lang, script) => {
    expect(scriptOfLanguage(lang)).toBe(script);
  });

  it('says nothing for a tag it cannot parse', () => {
    expect(scriptOfLanguage('not a tag')).toBeNull();
  });
});

describe('checkLanguageFit', () => {
  it.each([
    ['German in the Russian slot', GERMAN, 'ru', false, 'Latn'],
    ['Russian in the German slot', RUSSIAN, 'de', false, 'Cyrl'],
    ['Russian in the Russian slot', RUSSIAN, 'ru', true, 'Cyrl'],
    ['German in the German slot', GERMAN, 'de', true, 'Latn'],
    ['Ukrainian in the Russian slot (same script)', UKRAINIAN, 'ru', true, 'Cyrl'],
    ['Russian with Latin names', `${RUSSIAN} Reuters, Bloomberg и Deutsche Welle сообщили об этом.`, 'ru', true, 'Cyrl'],
    ['Greek in the German slot', 'Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν.', 'de', false, 'Grek'],
    ['Japanese in the Japanese slot', 'カタカナとひらがなと漢字で書かれた日本語の文章はここにあります。これは試験です。', 'ja', true, 'Kana'],
  ])('%s', (_label, text, lang, fits, found) => {
    const r = checkLanguageFit(text, lang);
    expect(r.fits).toBe(fits);
    expect(r.found).toBe(found);
  });

  it('gives short texts the benefit of the doubt', () => {
    expect(checkLanguageFit('Berlin, 3. Mai', 'ru').fits).toBe(true);
  });

  it('counts letters only', () => {
    expect(scriptProfile('12, 13 — «Да»!')).toMatchObject({ letters: 2, dominant: 'Cyrl' });
  });
});
