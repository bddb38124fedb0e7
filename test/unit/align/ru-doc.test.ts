import { describe, expect, it } from 'vitest';
import { RuDoc } from '../../../shared/align/match/ru-doc';
import { findQuotes } from '../../../shared/text/quotes';

describe('RuDoc quotations', () => {
  it.each([
    ['«…«…»…»', 'Министр сказал: «Проект «Северный путь» закрыт навсегда». Потом ушёл.'],
    ['«…„…“…»', 'Министр сказал: «Проект „Северный путь“ закрыт навсегда». Потом ушёл.'],
    ['"…"…"…"', 'Министр сказал: "Проект "Северный путь" закрыт навсегда". Потом ушёл.'],
  ])('gives each token its innermost quotation (%s)', (_name, text) => {
    const { quotes } = findQuotes(Object.freeze(text), 'ru');
    const doc = new RuDoc(text, quotes, [{ start: 0, end: text.length }]);
    const of = (word: string): number => doc.quoteOf[doc.tokens.findIndex((t) => t.lower === word)] ?? -2;
    const outer = quotes.findIndex((q) => q.depth === 0);
    const inner = quotes.findIndex((q) => q.depth === 1);
    expect([of('министр'), of('проект'), of('северный'), of('путь'), of('закрыт'), of('потом')]).toEqual([-1, outer, inner, inner, outer, -1]);
  });
});
