import { describe, expect, it } from 'vitest';
import { findQuotes, type Quote } from '../../../shared/text/quotes';
import { segment } from '../../../shared/text/segment';

function check(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.open.end).toBe(q.start);
    if (q.close) expect(q.close.start).toBe(q.end);
  }
  const starts = quotes.map((q) => q.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

function texts(text: string, lang: string): string[] {
  const { quotes } = findQuotes(text, lang);
  check(text, quotes);
  return quotes.map((q) => q.text);
}

const cases: Array<[string, string, string, string[]]> = [
  ['German „…“', 'de', 'Er sagte: „Wir kommen morgen.“ Dann ging er.', ['Wir kommen morgen.']],
  ['German „…“ with period after', 'de', 'Sie nannte es „einen großen Tag“.', ['einen großen Tag']],
  ['German »…«', 'de', 'Er rief: »Halt!« und lief.', ['Halt!']],
  ['German ‚…‘ nested in „…“', 'de', '„Er sagte ‚nein‘ zu mir“, erzählte sie.', ['Er sagte ‚nein‘ zu mir', 'nein']],
  ['German ›…‹ nested in »…«', 'de', '»Er nannte es ›absurd‹«, sagte sie.', ['Er nannte es ›absurd‹', 'absurd']],
  ['German mixed „…"', 'de', 'Er sagte „ja" und ging.', ['ja']],
  ['German English-style “…”', 'de', 'Er sagte “ja” und ging.', ['ja']],
  ['German straight quotes', 'de', 'Er sagte: "Wir kommen." Sie fragte: "Wann?"', ['Wir kommen.', 'Wann?']],
  ['straight quotes with comma', 'de', '"Das ist gut", sagte er, "und richtig."', ['Das ist gut', 'und richtig.']],
  ['Russian «…»', 'ru', 'Он сказал: «Мы придем завтра». Потом ушел.', ['Мы придем завтра']],
  ['Russian nested «…„…“…»', 'ru', '«Он назвал это „ошибкой“», — заявил министр.', ['Он назвал это „ошибкой“', 'ошибкой']],
  ['Russian straight quotes', 'ru', 'Компания "Газпром" сообщила о "росте".', ['Газпром', 'росте']],
  ['English “…” with ‘…’', 'en', 'She said, “He told me ‘never’ twice.”', ['He told me ‘never’ twice.', 'never']],
  ['apostrophes are not quotes', 'de', 'Wie geht’s? Das ist Karl’s Auto. Er sagte „gut“.', ['gut']],
  ['English apostrophes', 'en', 'The dogs’ bowls and don’t. She said ‘yes’.', ['yes']],
  ['German genitive apostrophe inside ‚…‘', 'de', 'Sie sagte: „‚Das ist Jens’ Fahrrad‘, meinte er“, und lachte.', ['‚Das ist Jens’ Fahrrad‘, meinte er', 'Das ist Jens’ Fahrrad']],
  ['German ’ closing ‚ when no ‘ follows', 'de', 'Er nannte es ‚Quatsch’ und ging.', ['Quatsch']],
  ['inch marks after numbers are no quotes', 'de', 'Das 12" Display und die 3,5" Diskette sind alt. Er sagte „gut“.', ['gut']],
  ['an inch mark alone', 'de', 'Ein Zoll ist 1" lang.', []],
  ['inch marks before a hyphen', 'de', 'Das 1,5"-Rohr und das 12"-Display kosten wenig.', []],
  ['straight quoted titles ending in a number', 'de', 'Ein "20/20"-Special und die "Formel 1" starten. Das 12" Display bleibt.', ['20/20', 'Formel 1']],
  ['an opening straight quote after a number', 'de', 'Es gab 169.000"ungerechtfertigte" Fälle.', ['ungerechtfertigte']],
  ['a straight quotation ending in a number', 'de', 'Er sagte: "Es waren 12", und ging. Sie meinte: "Nur 3".', ['Es waren 12', 'Nur 3']],
  ['doubled straight quotes inside „…“', 'de', 'Er sagte: „Die ""Möwe"" ist ausgelaufen.“', ['Die ""Möwe"" ist ausgelaufen.', 'Möwe']],
  ['doubled straight quotes inside «…»', 'ru', '«Судно ""Чайка"" вышло в море», — сообщил капитан.', ['Судно ""Чайка"" вышло в море', 'Чайка']],
  ['doubled straight quotes on their own', 'de', 'Man nannte ihn ""den Alten"" und sie ""die Junge"".', ['den Alten', 'die Junge']],
  ['doubled quotes beside single straight quotes: mark by mark', 'de', '"Er nannte es ""Unsinn"" und ging."', ['Er nannte es ', 'Unsinn', ' und ging.']],
  ['Russian straight quotes nested and closed together', 'ru', 'Назвали "Операция "Белый медведь"" и "Операция "Буря"".', ['Операция "Белый медведь"', 'Белый медведь', 'Операция "Буря"', 'Буря']],
  ['Russian «…«…»» closed together', 'ru', 'Он назвал её «операцией «Гроза»».', ['операцией «Гроза»', 'Гроза']],
  ['German »…›…‹…«', 'de', 'Sie sagte: »Wir lasen ›Die Räuber‹ gestern«, und ging.', ['Wir lasen ›Die Räuber‹ gestern', 'Die Räuber']],
];

describe('findQuotes', () => {
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('reads a doubled pair as one mark of a nested quotation', () => {
    const text = '„Die ""Möwe"" lag im Hafen“, sagte sie.';
    const { quotes, problems } = findQuotes(Object.freeze(text), 'de');
    check(text, quotes);
    expect(problems).toEqual([]);
    expect(quotes.map((q) => [q.text, q.depth, q.parent, text.slice(q.open.start, q.open.end), q.close && text.slice(q.close.start, q.close.end)])).toEqual([
      ['Die ""Möwe"" lag im Hafen', 0, null, '„', '“'],
      ['Möwe', 1, 0, '""', '""'],
    ]);
  });

  it('records depth and parent for nested quotations', () => {
    const text = '„Sie sagte ‚komm‘ und ‚geh‘“, berichtete er.';
    const { quotes } = findQuotes(text, 'de');
    expect(quotes.map((q) => [q.text, q.depth, q.parent])).toEqual([
      ['Sie sagte ‚komm‘ und ‚geh‘', 0, null],
      ['komm', 1, 0],
      ['geh', 1, 0],
    ]);
  });

  it('joins a quotation running over paragraphs with the opening mark repeated', () => {
    const text = '„Erster Absatz der Rede.\n\n„Zweiter Absatz der Rede.\n\n„Dritter Absatz“, sagte sie.\n\nDanach „Applaus“.';
    const seg = segment(text, 'de');
    const { quotes, problems } = findQuotes(text, 'de', seg);
    check(text, quotes);
    expect(problems).toEqual([]);
    expect(quotes).toHaveLength(2);
    const first = quotes[0] as Quote;
    expect(first.start).toBe(1);
    expect(first.end).toBe(text.indexOf('“'));
    expect(first.paragraphs).toEqual([0, 1, 2]);
    expect(first.segments).toEqual([0, 1, 2]);
    expect(quotes[1]?.text).toBe('Applaus');
  });

  it('joins a multi-paragraph Russian quotation', () => {
    const text = '«Первый абзац.\n\n«Второй абзац», — сказал он.';
    const { quotes, problems } = findQuotes(text, 'ru');
    expect(problems).toEqual([]);
    expect(quotes.map((q) => q.text)).toEqual(['Первый абзац.\n\n«Второй абзац']);
  });

  it('lists the sentences a quotation overlaps', () => {
    const text = 'Er sagte: „Das ist gut. Wir bleiben.“ Dann ging er. Sie sagte „nein“.';
    const seg = segment(text, 'de');
    const { quotes } = findQuotes(text, 'de', seg);
    expect(seg.segments.map((s) => s.text)).toEqual(['Er sagte: „Das ist gut.', 'Wir bleiben.“', 'Dann ging er.', 'Sie sagte „nein“.']);
    expect(quotes.map((q) => q.segments)).toEqual([[0, 1], [3]]);
  });

  const unbalanced: Array<[string, string, string]> = [
    ['closing without opening', 'de', 'Er sagte nein“ und ging.'],
    ['opening without closing', 'de', 'Er sagte „nein und ging.\n\nNeuer Absatz.'],
    ['stray guillemet', 'ru', 'Текст » без пары.'],
    ['crossed marks', 'de', '„Er sagte »ja“ und ging«.'],
    ['only marks', 'de', '„“”«»‚‘’‹›"'],
    // (Not an inch mark: `1" lang` is one, and no problem.)
    ['straight quote alone', 'de', 'Das Zeichen " steht allein.'],
  ];
  it.each(unbalanced)('reports unbalanced marks without throwing: %s', (_name, lang, text) => {
    const r = findQuotes(text, lang);
    check(text, r.quotes);
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(text[p.offset]).toBe(p.mark);
      expect(p.message).not.toBe('');
    }
  });

  it('keeps an unclosed quotation to the end of its paragraph with close = null', () => {
    const text = 'Er sagte „nein und ging.\n\nNeuer Absatz.';
    const { quotes, problems } = findQuotes(text, 'de');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.close).toBeNull();
    expect(quotes[0]?.text).toBe('nein und ging.');
    expect(problems).toEqual([{ offset: 9, mark: '„', message: expect.stringContaining('not closed') }]);
  });

  it('ignores empty quotation marks', () => {
    expect(findQuotes('Er sagte „“ nichts.', 'de').quotes).toEqual([]);
  });

  const kinds: Array<[string, string, string, string]> = [
    ['newspaper name after cue', 'de', 'Er schrieb für die Zeitung „Die Welt“ einen Beitrag.', 'title'],
    ['foreign-script name', 'de', 'Ein Gastbeitrag für die „Rossiyskaya Gazeta“ erschien.', 'title'],
    ['Russian company name', 'ru', 'Компания «Газпром» сообщила о прибыли.', 'title'],
    ['Russian party name', 'ru', 'Депутаты от «Единой России» голосовали за.', 'title'],
    ['sogenannte', 'de', 'Die sogenannte „Reform“ scheiterte.', 'term'],
    ['так называемый', 'ru', 'Так называемая «реформа» провалилась.', 'term'],
    ['spoken words', 'de', 'Er sagte: „Wir bleiben hier.“', 'quotation'],
    ['lowercase fragment', 'de', 'Er nannte die Gespräche „sehr inhaltsreich“.', 'quotation'],
    ['Russian speech', 'ru', '«Мы останемся здесь», — сказал он.', 'quotation'],
    ['German -in noun, not a surname', 'de', 'Sie nannte die Ministerin ihre „Kollegin“.', 'quotation'],
    ['German -in word, not a surname', 'de', 'Der Trainer lobte die „Disziplin“ der Mannschaft.', 'quotation'],
    ['transliterated two-word name', 'de', 'Er las die „Nowaja Gaseta Iwanowa“ jeden Tag.', 'title'],
  ];
  it.each(kinds)('classifies: %s', (_name, lang, text, kind) => {
    const { quotes } = findQuotes(text, lang);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.kind).toBe(kind);
  });
});
