import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Rules of method step 31 of shared/fidelity/README.md (reporting on courts, crime,
// investigations and accidents), each with its own sentences, with the app's matcher: the
// construction the rule leaves alone (or flags) and a near case on the other side of the rule.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const numbers = of('number');
const names = of('name');
const hedges = of('hedge');
const negations = of('negation');
const omissions = of('omission');
const additions = of('addition');

describe('agencies named by what they do', () => {
  it('Госавтоинспекция is the Verkehrspolizei', () => {
    expect(names('Der Lieferwagen sei in der Nacht gegen einen Baum geprallt, teilte die Verkehrspolizei mit.', 'Ночью фургон врезался в дерево, сообщили в Госавтоинспекции.')).toEqual([]);
  });
  it('СК is the Ermittlungskomitee, and Ermittler may speak for it', () => {
    expect(names('Gegen den Bürgermeister wird wegen Betrugs ermittelt, teilte das Ermittlungskomitee mit.', 'В отношении мэра возбуждено дело о мошенничестве, сообщили в СК.')).toEqual([]);
    expect(names('Laut Ermittlern war die Leiter nicht gesichert.', 'Лестница не была закреплена, сообщили в СК.')).toEqual([]);
  });
  it('a Рос…надзор is an Aufsicht whatever its field', () => {
    expect(names('Am Mittwoch hat die Gesundheitsaufsicht den Verkauf des Sirups gestoppt.', 'В среду Росздравнадзор остановил продажу сиропа.')).toEqual([]);
    expect(names('Im Mai hat die Transportaufsicht dem Busunternehmen die Lizenz entzogen.', 'В мае Ространснадзор отозвал лицензию у автобусной компании.')).toEqual([]);
  });
  it('another agency is still a name: Staatsanwaltschaft against МЧС', () => {
    expect(names('Die Staatsanwaltschaft habe die Schule evakuiert.', 'Школу эвакуировали сотрудники МЧС.').length).toBeGreaterThan(0);
  });
  it('one agency named for another is a name that differs: Polizei / СК', () => {
    expectFlag(names('Die Polizei hat den Kassierer festgenommen.', 'Следственный комитет задержал кассира.'), 'name-differs', 'Polizei', 'Следственный');
  });
  it('the same agency on both sides is no flag', () => {
    expect(names('Die Polizei hat den Kassierer festgenommen.', 'Полиция задержала кассира.')).toEqual([]);
  });
});

describe('times, ranges and terms said the other way', () => {
  it('a clock time: gegen 7.15 Uhr / около 07:15, um 9 Uhr / в 09:00', () => {
    expect(numbers('Der Zug entgleiste gegen 7.15 Uhr.', 'Поезд сошёл с рельсов около 07:15.')).toEqual([]);
    expect(numbers('Das Geschäft öffnet um 9 Uhr.', 'Магазин открывается в 09:00.')).toEqual([]);
  });
  it('another clock time is still a number that differs', () => {
    expect(numbers('Der Zug entgleiste gegen 7.45 Uhr.', 'Поезд сошёл с рельсов около 07:15.').length).toBeGreaterThan(0);
  });
  it('a range whose scale word stands once: от 20 до 40 тыс. / 20.000 bis 40.000', () => {
    expect(numbers('Die Geräte kosteten 20.000 bis 40.000 Rubel.', 'Приборы стоили от 20 до 40 тыс. рублей.')).toEqual([]);
  });
  it('a lower bound that does not scale is still a number that differs', () => {
    expect(numbers('Die Geräte kosteten 25.000 bis 40.000 Rubel.', 'Приборы стоили от 20 до 40 тыс. рублей.').length).toBeGreaterThan(0);
  });
  it('half a year said in months: drei Jahre und sechs Monate / три с половиной года', () => {
    const flags = appDefects('Der Kassierer erhielt drei Jahre und sechs Monate Haft.', 'Кассир получил три с половиной года лишения свободы.');
    expect(flags.filter((f) => f.kind === 'number' || f.kind === 'addition' || f.kind === 'omission')).toEqual([]);
  });
  it('another whole number is still a number that differs', () => {
    expect(numbers('Der Kassierer erhielt vier Jahre und sechs Monate Haft.', 'Кассир получил три с половиной года лишения свободы.').length).toBeGreaterThan(0);
  });
});

describe('allegations and sentences', () => {
  it('soll under an attribution that renders the Russian one: laut Polizei … soll / по данным полиции', () => {
    expect(hedges('Laut Polizei soll der Mann drei Autos gestohlen haben.', 'По данным полиции, мужчина угнал три автомобиля.')).toEqual([]);
  });
  it('soll without an attribution on either side is still a hedge added', () => {
    expectFlag(hedges('Der Mann soll drei Autos gestohlen haben.', 'Мужчина угнал три автомобиля.'), 'hedge-added', 'soll', null);
  });
  it('mutmaßlich and soll against предположительно: no hedge changed', () => {
    expect(hedges('Der Brand wurde mutmaßlich durch eine Zigarette ausgelöst.', 'Пожар предположительно возник из-за сигареты.')).toEqual([]);
    expect(hedges('Der Wachmann soll die Tür offen gelassen haben.', 'Охранник, предположительно, оставил дверь открытой.')).toEqual([]);
  });
  it('vermutlich against предположительно stays answered, and against nothing it is added', () => {
    expectFlag(hedges('Der Brand wurde vermutlich durch eine Zigarette ausgelöst.', 'Пожар возник из-за сигареты.'), 'hedge-added', 'vermutlich', null);
  });
  it('muss … zahlen renders a court fine: суд оштрафовал', () => {
    expect(hedges('Der Händler muss 50.000 Rubel Strafe zahlen, entschied das Gericht.', 'Суд оштрафовал торговца на 50 тыс. рублей.')).toEqual([]);
  });
  it('darf … nicht renders a sentence with a ban: с лишением права', () => {
    expect(hedges('Der Arzt darf fünf Jahre lang nicht praktizieren.', 'Врача приговорили к штрафу с лишением права заниматься медицинской деятельностью на пять лет.')).toEqual([]);
  });
  it('muss without a court decision is still a hedge added', () => {
    expectFlag(hedges('Der Händler muss 50.000 Rubel zahlen.', 'Торговец заплатит 50 тыс. рублей.'), 'hedge-added', 'muss', null);
  });
});

describe('words of negative sense and time', () => {
  it('vermisst renders не найден', () => {
    expect(negations('Zwei Fischer werden nach dem Sturm noch vermisst.', 'Двое рыбаков после шторма до сих пор не найдены.')).toEqual([]);
  });
  it('gefunden against не найден is still a negation lost', () => {
    expectFlag(negations('Zwei Fischer wurden nach dem Sturm gefunden.', 'Двое рыбаков после шторма не найдены.'), 'negation-lost', null, 'не');
  });
  it('geschlossen halten renders не открывать', () => {
    expect(negations('Die Behörde rät, die Türen geschlossen zu halten.', 'Ведомство рекомендует не открывать двери.')).toEqual([]);
  });
  it('seit Jahren renders за многие годы', () => {
    expect(omissions('Es war das schwerste Unglück seit Jahren, sagte der Bürgermeister.', '«Это самая тяжёлая авария за многие годы», — сказал мэр.')).toEqual([]);
  });
});

describe('court and accident vocabulary', () => {
  it('Haft renders лишение свободы as one term', () => {
    expect(omissions('Der Buchhalter wurde zu zwei Jahren Haft verurteilt.', 'Бухгалтера приговорили к двум годам лишения свободы.')).toEqual([]);
  });
  it('Veruntreuung, Strafverfahren eingeleitet, Verhandlung: no word added or left out', () => {
    expect(appDefects('Gegen die Kassiererin wurde ein Strafverfahren wegen Veruntreuung eingeleitet.', 'В отношении кассирши возбудили уголовное дело о растрате.')).toEqual([]);
    expect(additions('Die Verhandlung wurde auf Mai vertagt.', 'Заседание перенесли на май.')).toEqual([]);
  });
});

describe('recall: decisions turned around and parts left out', () => {
  it('bestätigt against отменил is a reversed decision', () => {
    expectFlag(negations('Das Berufungsgericht hat den Freispruch für den Fahrer bestätigt.', 'Апелляционный суд отменил оправдательный приговор водителю.'), 'polarity-reversed', 'bestätigt', 'отменил');
  });
  it('freigesprochen against осудил is a reversed decision', () => {
    expectFlag(negations('Das Gericht hat den Förster freigesprochen.', 'Суд осудил лесника.'), 'polarity-reversed', 'freigesprochen', 'осудил');
  });
  it('the same decision on both sides is no flag', () => {
    expect(negations('Das Gericht hat das Urteil gegen den Förster aufgehoben.', 'Суд отменил приговор леснику.')).toEqual([]);
  });
  it('a negated conjunct left out is an omission, not a negation lost', () => {
    const flags = appDefects('Der Fahrer habe die Ampel missachtet, teilte die Polizei mit.', 'Водитель проехал на красный свет и не имел водительских прав, сообщили в полиции.');
    expect(flags.filter((f) => f.kind === 'negation')).toEqual([]);
    expectFlag(flags.filter((f) => f.kind === 'omission'), 'omission-clause', null, 'прав');
  });
  it('a negated conjunct the German renders otherwise stays a negation', () => {
    expectFlag(negations('Der Minister lobt den Plan und will zustimmen.', 'Министр хвалит план и не собирается его поддерживать.'), 'negation-lost', null, 'не');
  });
  it('an item left out of an enumeration', () => {
    expectFlag(omissions('Die Diebe nahmen Laptops, Telefone und zwei Fahrräder mit.', 'Воры вынесли ноутбуки, телефоны, инструменты и два велосипеда.'), 'omission-words', null, 'инструменты');
  });
  it('the whole enumeration rendered is no omission', () => {
    expect(omissions('Die Diebe nahmen Laptops, Telefone, Werkzeuge und zwei Fahrräder mit.', 'Воры вынесли ноутбуки, телефоны, инструменты и два велосипеда.')).toEqual([]);
  });
  it('большая часть left out is an omission; die meisten renders it', () => {
    expectFlag(omissions('Die Anwohner sind in ihre Häuser zurückgekehrt.', 'Большая часть жителей вернулась в свои дома.'), 'omission-words', null, 'часть');
    expect(omissions('Die meisten Anwohner sind in ihre Häuser zurückgekehrt.', 'Большая часть жителей вернулась в свои дома.')).toEqual([]);
  });
  it('an added conjunct: und seine Frau', () => {
    expectFlag(additions('Verletzt wurden der Fahrer und seine Frau.', 'Пострадал водитель.'), 'addition-words', 'Frau', null);
  });
  it('an added cause: wegen des Nebels', () => {
    expectFlag(additions('Wegen des Nebels prallte der Bus gegen einen Baum.', 'Автобус врезался в дерево.'), 'addition-words', 'Nebels', null);
  });
  it('an added cause with an adjective: wegen eines technischen Defekts', () => {
    expectFlag(additions('Wegen eines technischen Defekts stürzte der Hubschrauber ab.', 'Вертолёт потерпел крушение.'), 'addition-words', 'Defekts', null);
  });
  it('a cause on both sides is no addition: wegen des Nebels / из-за тумана', () => {
    expect(additions('Wegen des Nebels prallte der Bus gegen einen Baum.', 'Из-за тумана автобус врезался в дерево.')).toEqual([]);
  });
  it('an intensifier added: außergewöhnlich', () => {
    expectFlag(additions('Die Polizei spricht von einem außergewöhnlich brutalen Angriff.', 'Полиция говорит о жестоком нападении.'), 'addition-intensifier', 'außergewöhnlich', null);
  });
});
