import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/text/segment';

/** Runs segment() and returns the segment texts, checking the offset invariants on the way. */
function sentences(text: string, lang: string, mode?: 'auto' | 'lines'): string[] {
  const r = segment(text, lang, mode ? { mode } : undefined);
  for (const s of r.segments) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (const p of r.paragraphs) expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
  return r.segments.map((s) => s.text);
}

const german: Array<[string, string, string[]]> = [
  ['abbreviation z. B.', 'Wir brauchen z. B. mehr Zeit. Danach geht es weiter.', ['Wir brauchen z. B. mehr Zeit.', 'Danach geht es weiter.']],
  ['abbreviation z.B. without space', 'Das gilt z.B. für Kinder. Erwachsene zahlen.', ['Das gilt z.B. für Kinder.', 'Erwachsene zahlen.']],
  ['title Dr. and Prof.', 'Gestern sprach Dr. Müller mit Prof. Schmidt. Beide schwiegen danach.', ['Gestern sprach Dr. Müller mit Prof. Schmidt.', 'Beide schwiegen danach.']],
  ['Nr. before a number', 'Das Haus Nr. 5 brannte ab. Niemand wurde verletzt.', ['Das Haus Nr. 5 brannte ab.', 'Niemand wurde verletzt.']],
  ['Art. before a number (legal citations)', 'Laut Art. 5 Abs. 2 GG ist das erlaubt. Das Gericht folgte Art. 20a. Es war eine neue Art. Dann kam das Urteil.', ['Laut Art. 5 Abs. 2 GG ist das erlaubt.', 'Das Gericht folgte Art. 20a.', 'Es war eine neue Art.', 'Dann kam das Urteil.']],
  ['vgl. and ca.', 'Es kamen ca. 300 Gäste (vgl. Tabelle 2). Das war ein Rekord.', ['Es kamen ca. 300 Gäste (vgl. Tabelle 2).', 'Das war ein Rekord.']],
  ['usw. at the end', 'Sie kauften Brot, Milch usw. Dann fuhren sie heim.', ['Sie kauften Brot, Milch usw.', 'Dann fuhren sie heim.']],
  ['date with month', 'Der Besuch beginnt am 11. November in Moskau. Er dauert drei Tage.', ['Der Besuch beginnt am 11. November in Moskau.', 'Er dauert drei Tage.']],
  ['ordinal date 3. Oktober', 'Am 3. Oktober feiert man die Einheit. Die Läden sind zu.', ['Am 3. Oktober feiert man die Einheit.', 'Die Läden sind zu.']],
  ['numeric date 1. 1. 2025', 'Das Gesetz gilt ab dem 1. 1. 2025 für alle. Ausnahmen gibt es keine.', ['Das Gesetz gilt ab dem 1. 1. 2025 für alle.', 'Ausnahmen gibt es keine.']],
  ['ordinal with noun', 'Im 19. Jahrhundert wuchs die Stadt schnell. Heute ist sie groß.', ['Im 19. Jahrhundert wuchs die Stadt schnell.', 'Heute ist sie groß.']],
  ['ordinal after article', 'Er belegte den 2. Platz beim Rennen. Der Sieger kam aus Italien.', ['Er belegte den 2. Platz beim Rennen.', 'Der Sieger kam aus Italien.']],
  ['number at sentence end', 'Die Zahl der Opfer stieg auf 300. Die Polizei ermittelt.', ['Die Zahl der Opfer stieg auf 300.', 'Die Polizei ermittelt.']],
  ['year at sentence end', 'Er lebt dort seit 1990. Seine Kinder auch.', ['Er lebt dort seit 1990.', 'Seine Kinder auch.']],
  ['initials', 'Der Präsident W. W. Putin reiste ab. Die Gespräche endeten.', ['Der Präsident W. W. Putin reiste ab.', 'Die Gespräche endeten.']],
  ['numbers with separators', 'Der Etat beträgt 1.250.000,50 Euro. Das sind 3,5 Prozent mehr.', ['Der Etat beträgt 1.250.000,50 Euro.', 'Das sind 3,5 Prozent mehr.']],
  ['sentence end inside quotation', 'Er sagte: „Wir kommen morgen.“ Dann ging er.', ['Er sagte: „Wir kommen morgen.“', 'Dann ging er.']],
  ['period after closing quote', 'Sie nannte es „einen großen Tag“. Alle jubelten.', ['Sie nannte es „einen großen Tag“.', 'Alle jubelten.']],
  ['question in quotation continues', '„Wohin gehst du?“ fragte sie leise. Er schwieg.', ['„Wohin gehst du?“ fragte sie leise.', 'Er schwieg.']],
  ['guillemets', 'Sie rief: »Halt!« Niemand hörte sie.', ['Sie rief: »Halt!«', 'Niemand hörte sie.']],
  ['ellipsis then capital', 'Wir warteten … Dann kam der Bus.', ['Wir warteten …', 'Dann kam der Bus.']],
  ['ellipsis then lowercase', 'Wir warteten ... und warteten.', ['Wir warteten ... und warteten.']],
  ['straight quotes', 'Er sagte: "Das ist gut." Sie nickte.', ['Er sagte: "Das ist gut."', 'Sie nickte.']],
  ['exclamation and question', 'Kommst du? Ja! Gut.', ['Kommst du?', 'Ja!', 'Gut.']],
  ['footnote marker', 'Das wurde 1990 gezeigt.[3] Danach folgte mehr.', ['Das wurde 1990 gezeigt.[3]', 'Danach folgte mehr.']],
  ['parenthetical abbreviation', 'Das Spiel (Anstoß 20 Uhr u. a. im TV) war gut. Es endete 2:1.', ['Das Spiel (Anstoß 20 Uhr u. a. im TV) war gut.', 'Es endete 2:1.']],
];

const russian: Array<[string, string, string[]]> = [
  ['т. е. and т. д.', 'Они купили хлеб, молоко и т. д. Потом поехали домой.', ['Они купили хлеб, молоко и т. д.', 'Потом поехали домой.']],
  ['т. е. in the middle', 'Это важно, т. е. очень нужно. Все согласились.', ['Это важно, т. е. очень нужно.', 'Все согласились.']],
  ['г. for a city', 'Он родился в г. Москве в семье врача. Отец работал в больнице.', ['Он родился в г. Москве в семье врача.', 'Отец работал в больнице.']],
  ['г. for a year at the end', 'Завод закрыли в 2012 г. Рабочие остались без денег.', ['Завод закрыли в 2012 г.', 'Рабочие остались без денег.']],
  ['г. for a year in the middle', 'В 2012 г. завод закрыли. Рабочие ушли.', ['В 2012 г. завод закрыли.', 'Рабочие ушли.']],
  ['гг.', 'Это было в 1941–1945 гг. во время войны. Многие погибли.', ['Это было в 1941–1945 гг. во время войны.', 'Многие погибли.']],
  ['ул. and д.', 'Офис находится на ул. Ленина, д. 5. Вход со двора.', ['Офис находится на ул. Ленина, д. 5.', 'Вход со двора.']],
  ['им. and проф.', 'Доклад в МГУ им. Ломоносова сделал проф. Иванов. Зал был полон.', ['Доклад в МГУ им. Ломоносова сделал проф. Иванов.', 'Зал был полон.']],
  ['initials', 'Встречу открыл В. В. Путин. Затем выступил С. В. Лавров.', ['Встречу открыл В. В. Путин.', 'Затем выступил С. В. Лавров.']],
  ['initials after the name', 'Доклад сделал Путин В. В. в понедельник. Все слушали.', ['Доклад сделал Путин В. В. в понедельник.', 'Все слушали.']],
  ['ordinal with suffix', 'Визит начнется 11-го ноября. Он продлится два дня.', ['Визит начнется 11-го ноября.', 'Он продлится два дня.']],
  ['sentence end inside guillemets', 'Он сказал: «Мы придем завтра». Потом ушел.', ['Он сказал: «Мы придем завтра».', 'Потом ушел.']],
  ['quotation then dash', '«Куда ты идешь?» — спросила она. Он промолчал.', ['«Куда ты идешь?» — спросила она.', 'Он промолчал.']],
  ['млн. руб.', 'Ущерб составил 5 млн. руб. по оценке экспертов. Виновных ищут.', ['Ущерб составил 5 млн. руб. по оценке экспертов.', 'Виновных ищут.']],
  ['и др. at the end', 'Приехали Иванов, Петров и др. Встреча началась.', ['Приехали Иванов, Петров и др.', 'Встреча началась.']],
  ['до н. э. as a lead', 'В 8 веке до н. э. Греция начала расти. Это известно.', ['В 8 веке до н. э. Греция начала расти.', 'Это известно.']],
  ['numbers with separators', 'Бюджет составил 1 250 000,50 рублей. Это на 3,5% больше.', ['Бюджет составил 1 250 000,50 рублей.', 'Это на 3,5% больше.']],
];

const english: Array<[string, string, string[]]> = [
  ['Mr. and Dr.', 'Mr. Smith met Dr. Jones yesterday. They talked.', ['Mr. Smith met Dr. Jones yesterday.', 'They talked.']],
  ['e.g. and U.S.', 'Some states, e.g. Texas, sued the U.S. government. The case is open.', ['Some states, e.g. Texas, sued the U.S. government.', 'The case is open.']],
  ['etc. at the end', 'They sold apples, pears etc. The market closed at noon.', ['They sold apples, pears etc.', 'The market closed at noon.']],
  ['initials', 'The novel by J. R. R. Tolkien sold well. Critics agreed.', ['The novel by J. R. R. Tolkien sold well.', 'Critics agreed.']],
  ['quote', 'He said, “We will win.” Nobody believed him.', ['He said, “We will win.”', 'Nobody believed him.']],
];

describe('segment: German', () => {
  it.each(german)('%s', (_name, text, expected) => {
    expect(sentences(text, 'de')).toEqual(expected);
  });
});

describe('segment: Russian', () => {
  it.each(russian)('%s', (_name, text, expected) => {
    expect(sentences(text, 'ru')).toEqual(expected);
  });
});

describe('segment: English', () => {
  it.each(english)('%s', (_name, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('segment: structure', () => {
  it('keeps paragraphs and treats a heading without punctuation as its own segment', () => {
    const text = 'Neue Brücke eröffnet\n\nDie Brücke ist fertig. Sie kostete viel.\n\nFoto dpa';
    const r = segment(text, 'de');
    expect(r.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Neue Brücke eröffnet',
      'Die Brücke ist fertig. Sie kostete viel.',
      'Foto dpa',
    ]);
    expect(r.segments.map((s) => s.text)).toEqual(['Neue Brücke eröffnet', 'Die Brücke ist fertig.', 'Sie kostete viel.', 'Foto dpa']);
  });

  it('segments across CRLF and keeps offsets into the CRLF text', () => {
    const text = 'Erster Satz. Zweiter Satz.\r\n\r\nDritter Satz.\r\nVierter Satz.';
    const segs = sentences(text, 'de');
    expect(segs).toEqual(['Erster Satz.', 'Zweiter Satz.', 'Dritter Satz.', 'Vierter Satz.']);
    expect(segment(text, 'de').paragraphs).toHaveLength(2);
  });

  it('splits a short unpunctuated line from the next line but joins hard-wrapped prose', () => {
    const heading = 'Kurzer Titel\nDer Text beginnt hier.';
    expect(sentences(heading, 'de')).toEqual(['Kurzer Titel', 'Der Text beginnt hier.']);
    const wrapped = 'Dies ist ein ziemlich langer Satz, der hart umbrochen wurde und\ndeshalb auf der nächsten Zeile weitergeht.';
    expect(sentences(wrapped, 'de')).toEqual(['Dies ist ein ziemlich langer Satz, der hart umbrochen wurde und\ndeshalb auf der nächsten Zeile weitergeht.']);
  });

  it('reads a text without blank lines and with long lines as one paragraph per line', () => {
    const long = 'Dies ist ein sehr langer Absatz, wie ihn Textverarbeitungen beim Export als einzelne Zeile schreiben, ohne Leerzeile.';
    const text = `Überschrift\n${long} Noch ein Satz.\n${long}\n`;
    const r = segment(text, 'de');
    expect(r.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Überschrift', `${long} Noch ein Satz.`, long]);
    expect(r.segments.map((s) => s.text)).toEqual(['Überschrift', long, 'Noch ein Satz.', long]);
    // short hard-wrapped lines stay one paragraph
    const wrapped = 'Ein Satz, der umbrochen\nwurde. Und noch einer.';
    expect(segment(wrapped, 'de').paragraphs).toHaveLength(1);
  });

  it('lines mode: every non-empty line is a segment, whitespace excluded', () => {
    const text = '  Erste Zeile. Noch ein Satz.  \n\nZweite Zeile\r\n\tDritte Zeile \n';
    expect(sentences(text, 'de', 'lines')).toEqual(['Erste Zeile. Noch ein Satz.', 'Zweite Zeile', 'Dritte Zeile']);
    expect(segment(text, 'de', { mode: 'lines' }).paragraphs).toHaveLength(2);
  });

  it('handles empty and whitespace-only text', () => {
    expect(segment('', 'de')).toEqual({ segments: [], paragraphs: [] });
    expect(segment(' \n\u00A0\n\t', 'ru')).toEqual({ segments: [], paragraphs: [] });
  });

  it('treats NBSP as a space and excludes a leading BOM', () => {
    const text = '\uFEFFDas ist gut.\u00A0Dann kam er.';
    expect(sentences(text, 'de')).toEqual(['Das ist gut.', 'Dann kam er.']);
  });

  it('falls back to Intl.Segmenter for other languages', () => {
    expect(sentences('Bonjour tout le monde. Comment allez-vous ?', 'fr')).toEqual(['Bonjour tout le monde.', 'Comment allez-vous ?']);
    expect(sentences('Hola. ¿Qué tal?', 'xx-invalid-tag-!!')).toEqual(['Hola.', '¿Qué tal?']);
  });

  it('does not mutate its options', () => {
    const opts = Object.freeze({ mode: 'auto' as const });
    expect(() => segment('Ein Satz. Noch einer.', 'de', opts)).not.toThrow();
  });

  it('handles surrogate pairs and odd punctuation without breaking offsets', () => {
    const text = 'Emoji 😀 hier. „Zitat?!“ Ende... (Klammer.) [x] ?! .';
    sentences(text, 'de');
  });
});
