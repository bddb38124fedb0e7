import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 23 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();

describe('a dozen multiplies; a span adjective of one and a half years', () => {
  it('zwei Dutzend / 24: no flag', () => {
    expect(kinds('Im Verein trainieren inzwischen zwei Dutzend Jugendliche.', 'В клубе уже тренируются 24 подростка.')).toEqual([]);
  });
  it('drei Dutzend / 24: a number differs', () => {
    expect(kinds('Im Verein trainieren inzwischen drei Dutzend Jugendliche.', 'В клубе уже тренируются 24 подростка.')).toEqual(['number']);
  });
  it('anderthalb Jahren / полуторагодовой: no flag', () => {
    expect(kinds('Das Theater öffnet nach anderthalb Jahren Umbau wieder.', 'Театр вновь откроется после полуторагодовой реконструкции.')).toEqual([]);
  });
  it('zwei Jahren / полуторагодовой: a number differs', () => {
    expect(kinds('Das Theater öffnet nach zwei Jahren Umbau wieder.', 'Театр вновь откроется после полуторагодовой реконструкции.')).toEqual(['number']);
  });
});

describe('derselbe and eigen are function words, as тот же and свой are', () => {
  it('am selben Tag / в тот же день: no addition', () => {
    expect(kinds('Der Zug kam noch am selben Tag in Kasan an.', 'Поезд прибыл в Казань в тот же день.')).toEqual([]);
  });
  it('im eigenen Garten / в своём саду: no addition', () => {
    expect(kinds('Viele Familien wollen im eigenen Garten Gemüse anbauen.', 'Многие семьи хотят выращивать овощи в своём саду.')).toEqual([]);
  });
});

describe('attributions: по сообщению; an impersonal говорится answers a German speech tag', () => {
  it('laut … soll / по сообщению … якобы: no hedge', () => {
    expect(kinds('Laut der Zeitung Kurjer soll der Direktor entlassen werden.', 'По сообщению газеты «Курьер», директора якобы уволят.')).not.toContain('hedge');
  });
  it('„…“, hieß es auf der Website / — говорится на сайте: no hedge', () => {
    expect(kinds('„Die Bibliothek bleibt bis Mai geschlossen“, hieß es auf der Website.', '«Библиотека будет закрыта до мая», — говорится на сайте.')).toEqual([]);
  });
  it('a говорится with no German speech tag is still a hedge lost', () => {
    expect(kinds('Die Bibliothek bleibt bis Mai geschlossen.', 'Библиотека, как говорится в сообщении, будет закрыта до мая.')).toEqual(['hedge']);
  });
});

describe('a circumstance added after während, trotz or nach langem', () => {
  it('während des Konzerts with no Russian time phrase: an addition', () => {
    expect(kinds('Der Strom fiel am Montagabend während des Konzerts aus.', 'В понедельник вечером электричество отключилось.')).toEqual(['addition']);
  });
  it('trotz der Proteste / несмотря на протесты: no flag', () => {
    expect(kinds('Die Brücke wurde trotz der Proteste abgerissen.', 'Мост снесли, несмотря на протесты.')).toEqual([]);
  });
  it('trotz der Proteste with no Russian concession: an addition', () => {
    expect(kinds('Die Brücke wurde trotz der Proteste abgerissen.', 'Мост снесли.')).toEqual(['addition']);
  });
  it('während des Konzerts / во время концерта: no flag', () => {
    expect(kinds('Der Strom fiel während des Konzerts aus.', 'Во время концерта отключилось электричество.')).toEqual([]);
  });
});

describe('without before a phrase the other side does not render', () => {
  it('betroffen / без тепла остались: no negation (the phrase is said by sense)', () => {
    expect(kinds('Von dem Sturm betroffen waren etwa 300 Häuser.', 'Из-за бури без тепла остались около 300 домов.')).not.toContain('negation');
  });
  it('haben Heizung / остались без отопления: the negation is still lost', () => {
    expect(kinds('Etwa 300 Häuser haben wieder Heizung.', 'Около 300 домов остались без отопления.')).toEqual(['negation']);
  });
  it('ohne Haftbefehl with nothing left on the Russian side: an addition, its negation goes with it', () => {
    expect(kinds('Die Polizei nahm den Mann ohne Haftbefehl fest.', 'Полиция задержала мужчину.')).toEqual(['addition']);
  });
  it('не … без боя is a double negation and stays one', () => {
    expect(kinds('Wir werden die Festung kampflos aufgeben.', 'Мы не сдадим крепость без боя.')).toEqual(['negation']);
  });
});

describe('a historic low is a record; не стоит + infinitive is advice', () => {
  it('so niedrig wie nie zuvor / исторический минимум: no flag', () => {
    expect(kinds('Die Inflation liegt bei 2 Prozent und damit so niedrig wie nie zuvor.', 'Инфляция составляет 2% — это исторический минимум.')).toEqual([]);
  });
  it('so niedrig wie nie zuvor with no record on the Russian side: still an addition', () => {
    expect(kinds('Die Inflation liegt bei 2 Prozent und damit so niedrig wie nie zuvor.', 'Инфляция составляет 2%.')).toEqual(['addition']);
  });
  it('müssten keine Angst haben / не стоит бояться: no hedge added', () => {
    expect(kinds('Anwohner müssten keine Angst vor dem Hochwasser haben, versicherte der Bürgermeister.', 'Мэр заверил, что жителям не стоит бояться паводка.')).toEqual([]);
  });
  it('müssten … verlassen with no Russian obligation: still a hedge added', () => {
    expect(kinds('Anwohner müssten das Haus verlassen, sagte der Bürgermeister.', 'Мэр сказал, что жители покинут дом.')).toEqual(['hedge']);
  });
});

describe('a dropped conjunct', () => {
  it('Kartoffeln / Картофель и морковь before their predicate: an omission', () => {
    expect(kinds('Der Preis für Kartoffeln ist im Herbst gestiegen.', 'Картофель и морковь осенью подорожали.')).toEqual(['omission']);
  });
  it('Kartoffeln und Möhren / Картофель и морковь: no flag', () => {
    expect(kinds('Kartoffeln und Möhren sind im Herbst teurer geworden.', 'Картофель и морковь осенью подорожали.')).toEqual([]);
  });
  it('a name cut off by the predicate is the name rules’ (В Твери и Клину … / In Twer …)', () => {
    expect(kinds('In Twer gibt es seit zwei Tagen kein Wasser.', 'В Твери и Клину уже два дня нет воды.')).toEqual(['name']);
  });
});

describe('almost completely is almost', () => {
  it('fast geschlossen / почти полностью закрыты: no intensifier dropped', () => {
    expect(kinds('Die Schulen in der Stadt seien fast geschlossen.', 'Школы в городе почти полностью закрыты.')).toEqual([]);
  });
  it('geschlossen / полностью закрыты: the intensifier is still dropped', () => {
    expect(kinds('Die Schulen in der Stadt seien geschlossen.', 'Школы в городе полностью закрыты.')).toEqual(['omission']);
  });
  it('fast vollständig / no approximator on the Russian side: still flagged', () => {
    expect(kinds('Die Schulen in der Stadt seien fast vollständig geschlossen.', 'Школы в городе закрыты.')).toEqual(['addition']);
  });
});

describe('French names by their sound', () => {
  it('Giselle / Жизели: the same name', () => {
    expect(kinds('Die Primaballerina tanzt am Samstag die Giselle.', 'В субботу прима-балерина танцует Жизель.')).not.toContain('name');
  });
  it('Giselle / Одетту: another role', () => {
    expect(kinds('Die Primaballerina tanzt am Samstag die Giselle.', 'В субботу прима-балерина танцует Одетту.')).toContain('name');
  });
  it('Jacques Martin / Жак Мартен: the same person', () => {
    expect(kinds('Der Regisseur Jacques Martin kommt nach Kasan.', 'Режиссёр Жак Мартен приедет в Казань.')).toEqual([]);
  });
});

describe('free and taken are an antonym pair', () => {
  it('ausgebucht / не было свободных мест: no negation lost', () => {
    expect(kinds('Die Pension war im ganzen August ausgebucht.', 'Весь август в пансионате не было свободных мест.')).toEqual([]);
  });
  it('freie Zimmer / не было свободных мест: the negation is lost', () => {
    expect(kinds('Die Pension hatte im ganzen August freie Zimmer.', 'Весь август в пансионате не было свободных номеров.')).toContain('negation');
  });
  it('keine freien Plätze / все места заняты: no negation added', () => {
    expect(kinds('Im Zug gab es keine freien Plätze.', 'В поезде все места были заняты.')).toEqual([]);
  });
});
