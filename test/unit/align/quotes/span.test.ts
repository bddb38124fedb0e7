import { describe, expect, it } from 'vitest';
import { alignQuotes } from '../../../../shared/align/quotes';
import { lineSegments } from '../../../../shared/text/lines';

// Each row: a one-paragraph Russian original, its German rendering, the German quotation
// (inner text) and the Russian span expected for it.
const ROWS: [string, string, string, string, string][] = [
  [
    'the single Russian quotation',
    'Президент Путин заявил в Москве 12 марта: «Мы выполним все обязательства перед партнёрами».',
    'Präsident Putin erklärte am 12. März in Moskau: „Wir werden alle Verpflichtungen gegenüber den Partnern erfüllen.“',
    'Wir werden alle Verpflichtungen gegenüber den Partnern erfüllen.',
    'Мы выполним все обязательства перед партнёрами',
  ],
  [
    'the first of two quotations, by position',
    '«Бюджет сбалансирован», — сказал Кудрин в Москве 15 ноября, добавив: «Дефицита в 2013 году не будет».',
    '„Der Haushalt ist ausgeglichen“, sagte Kudrin am 15. November in Moskau und fügte hinzu: „Ein Defizit wird es 2013 nicht geben.“',
    'Der Haushalt ist ausgeglichen',
    'Бюджет сбалансирован',
  ],
  [
    'the second of two quotations, by position',
    '«Бюджет сбалансирован», — сказал Кудрин в Москве 15 ноября, добавив: «Дефицита в 2013 году не будет».',
    '„Der Haushalt ist ausgeglichen“, sagte Kudrin am 15. November in Moskau und fügte hinzu: „Ein Defizit wird es 2013 nicht geben.“',
    'Ein Defizit wird es 2013 nicht geben.',
    'Дефицита в 2013 году не будет',
  ],
  [
    'a title kept in Latin script',
    'В 2011 году компания IBM представила в Берлине платформу Smarter Commerce для торговли.',
    'Im Jahr 2011 stellte IBM in Berlin die Plattform „Smarter Commerce“ für den Handel vor.',
    'Smarter Commerce',
    'Smarter Commerce',
  ],
  [
    'the whole sentence when the quotation is the whole German sentence',
    'Министр Лавров посетил Вашингтон и Нью-Йорк в январе 2012 года.',
    '„Minister Lawrow besuchte im Januar 2012 Washington und New York.“',
    'Minister Lawrow besuchte im Januar 2012 Washington und New York.',
    'Министр Лавров посетил Вашингтон и Нью-Йорк в январе 2012 года.',
  ],
  [
    'the linked words of a short quotation',
    'Эксперты из Берлина говорят о Европейской Федерации как о цели на 2020 год.',
    'Experten aus Berlin sprechen von einer „Europäischen Föderation“ als Ziel für 2020.',
    'Europäischen Föderation',
    'Европейской Федерации',
  ],
];

describe('the Russian span chosen inside the matched sentence', () => {
  it.each(ROWS)('%s', (_name, ru, de, quote, expected) => {
    const sourceText = `${ru}\n`;
    const targetText = `${de}\n`;
    const res = alignQuotes({ sourceText, sourceSegments: lineSegments(sourceText), targetText, targetSegments: lineSegments(targetText) });
    const q = res.find((r) => r.target.text === quote);
    expect(q?.source?.text).toBe(expected);
    if (q?.source) expect(sourceText.slice(q.source.start, q.source.end)).toBe(expected);
  });
});
