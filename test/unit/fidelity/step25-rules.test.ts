import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 25 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();
const reasons = (german: string, russian: string) => appDefects(german, russian).map((f) => f.reason);

describe('a name in English-style transliteration renders the Russian name', () => {
  it('Mikhail Tsarev / Михаил Царев: no name flag', () => {
    expect(kinds('Der Trainer Mikhail Tsarev lobte die Mannschaft.', 'Тренер Михаил Царев похвалил команду.')).toEqual([]);
  });
  it('Ilja Kuznetsov / Илья Кузнецов: no name flag', () => {
    expect(kinds('Der Maler Ilja Kuznetsov stellt in Tula aus.', 'Художник Илья Кузнецов выставляется в Туле.')).toEqual([]);
  });
  it('Yulia Zhukova / Юлия Жукова: no name flag', () => {
    expect(kinds('Die Sängerin Yulia Zhukova trat in Tula auf.', 'Певица Юлия Жукова выступила в Туле.')).toEqual([]);
  });
  it('another surname in the same spelling is still another name', () => {
    expect(kinds('Die Sängerin Yulia Zhukova trat in Tula auf.', 'Певица Юлия Жаркова выступила в Туле.')).toEqual(['name']);
  });
});

describe('agencies and acronyms that German spells out', () => {
  it('Gesundheitsaufsicht / Роспотребнадзор: no name missing', () => {
    expect(kinds('Die Gesundheitsaufsicht hat das Café geschlossen.', 'Роспотребнадзор закрыл кафе.')).toEqual([]);
  });
  it('Einheitliche Staatsprüfung / ЕГЭ: no name flag', () => {
    expect(kinds('Die Einheitliche Staatsprüfung in Mathematik findet im Juni statt.', 'ЕГЭ по математике пройдёт в июне.')).toEqual([]);
  });
  it('Beatmungsgeräte / аппараты ИВЛ: ИВЛ is a common noun, no name', () => {
    expect(kinds('Das Krankenhaus erhielt zehn Beatmungsgeräte.', 'Больница получила десять аппаратов ИВЛ.')).toEqual([]);
  });
});

describe('a hyphenated compound with a common head is no name', () => {
  it('Möbel-Händler / мебельный магазин: no name added', () => {
    expect(kinds('Ein Möbel-Händler eröffnet in Perm ein Lager.', 'Мебельный магазин открывает в Перми склад.')).not.toContain('name');
  });
  it('a hyphenated name with an unknown head is still a name', () => {
    expect(kinds('Die Firma Nord-Stal eröffnet in Perm ein Lager.', 'Компания открывает в Перми склад.')).toContain('name');
  });
});

describe('a service that does not run', () => {
  it('fällt aus / не будет ходить: no negation', () => {
    expect(kinds('Der Zug nach Kasan fällt bis Montag aus.', 'Поезд в Казань не будет ходить до понедельника.')).toEqual([]);
  });
  it('a German that says it runs against не будет ходить: a negation lost', () => {
    expect(kinds('Der Zug nach Kasan fährt bis Montag.', 'Поезд в Казань не будет ходить до понедельника.')).toEqual(['negation']);
  });
});

describe('воздерживаться is what verzichten says', () => {
  it('auf Reisen verzichten / воздержаться от поездок: no negation', () => {
    expect(kinds('Die Behörden empfehlen, auf Reisen in die Berge zu verzichten.', 'Власти рекомендуют воздержаться от поездок в горы.')).toEqual([]);
  });
  it('verzichten against a Russian that says to travel: still reversed', () => {
    expect(kinds('Die Behörden empfehlen, auf Reisen in die Berge zu verzichten.', 'Власти рекомендуют совершать поездки в горы.')).toContain('negation');
  });
});

describe('conviction is a certainty hedge', () => {
  it('sei überzeugt / не сомневаюсь: no hedge', () => {
    expect(kinds('Er sei überzeugt, dass die Brücke rechtzeitig fertig werde, sagte der Ingenieur.', '«Не сомневаюсь, что мост будет готов вовремя», — сказал инженер.')).toEqual([]);
  });
  it('bin überzeugt / уверен: no hedge', () => {
    expect(kinds('Ich bin überzeugt, dass die Brücke rechtzeitig fertig wird.', 'Я уверен, что мост будет готов вовремя.')).toEqual([]);
  });
  it('a plain statement against не сомневаюсь: a hedge lost', () => {
    expect(kinds('Die Brücke werde rechtzeitig fertig, sagte der Ingenieur.', '«Не сомневаюсь, что мост будет готов вовремя», — сказал инженер.')).toEqual(['hedge']);
  });
});

describe('a plan said with a participle answers soll', () => {
  it('soll … stattfinden / запланирован: no hedge', () => {
    expect(kinds('Das Konzert soll am 5. Mai stattfinden.', 'Концерт запланирован на 5 мая.')).toEqual([]);
  });
  it('soll against a plain future: still a hedge added', () => {
    expect(kinds('Das Konzert soll am 5. Mai stattfinden.', 'Концерт состоится 5 мая.')).toEqual(['hedge']);
  });
});

describe('scale groups written in digits add up', () => {
  it('3,2 Mio. / 3 млн 200 тыс.: the same amount', () => {
    expect(kinds('Die Stadt gibt 3,2 Mio. Euro für Parks aus.', 'Город потратит на парки 3 млн 200 тыс. евро.')).toEqual([]);
  });
  it('1,2 Mrd. / 1 млрд 200 млн: the same amount', () => {
    expect(kinds('Das Werk kostet 1,2 Mrd. Rubel.', 'Завод стоит 1 млрд 200 млн рублей.')).toEqual([]);
  });
  it('3,5 Mio. / 3 млн 200 тыс.: another amount', () => {
    expect(kinds('Die Stadt gibt 3,5 Mio. Euro für Parks aus.', 'Город потратит на парки 3 млн 200 тыс. евро.')).toEqual(['number']);
  });
});

describe('a degree adverb beside a verb of change', () => {
  it('deutlich gestiegen / выросли: intensity added', () => {
    expect(reasons('Die Preise für Gemüse sind deutlich gestiegen.', 'Цены на овощи выросли.')).toContain('addition-intensifier');
  });
  it('deutlich gestiegen / заметно выросли: no flag', () => {
    expect(kinds('Die Preise für Gemüse sind deutlich gestiegen.', 'Цены на овощи заметно выросли.')).toEqual([]);
  });
  it('massive, inflected, is an intensifier', () => {
    expect(reasons('Das Hochwasser verursachte massive Schäden an den Straßen.', 'Наводнение причинило ущерб дорогам.')).toContain('addition-intensifier');
  });
});

describe('"for the first time" is a claim of its own', () => {
  it('erstmals with no впервые: an addition', () => {
    expect(kinds('Erstmals gewann eine Schülerin aus Tomsk den Wettbewerb.', 'Конкурс выиграла школьница из Томска.')).toEqual(['addition']);
  });
  it('erstmals / впервые: no flag', () => {
    expect(kinds('Erstmals gewann eine Schülerin aus Tomsk den Wettbewerb.', 'Впервые конкурс выиграла школьница из Томска.')).toEqual([]);
  });
  it('впервые with no German first: an omission', () => {
    expect(kinds('Eine Schülerin aus Tomsk gewann den Wettbewerb.', 'Впервые конкурс выиграла школьница из Томска.')).toEqual(['omission']);
  });
});

describe('erneut renders новый', () => {
  it('eine erneute Prüfung / новую проверку: no addition', () => {
    expect(kinds('Das Gericht ordnete eine erneute Prüfung an.', 'Суд назначил новую проверку.')).toEqual([]);
  });
});
