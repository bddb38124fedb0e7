import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { appDefects, appFidelityMatcher, expectFlag } from '../../support/fidelity-rules';

// Rules of method step 28 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must leave alone (or flag) and the other side of the rule.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const hedges = of('hedge');
const names = of('name');
const numbers = of('number');

describe('hedges answered by a construction of the other side', () => {
  it('dürfen nicht mehr / больше не смогут: a ban said both ways, no hedge', () => {
    expect(hedges('Kioske dürfen nachts keinen Alkohol mehr verkaufen.', 'Киоски больше не смогут продавать алкоголь ночью.')).toEqual([]);
  });
  it('dürfen against a plain Russian present is still an added hedge', () => {
    expectFlag(hedges('Kioske dürfen nachts keinen Alkohol mehr verkaufen.', 'Киоски больше не продают алкоголь ночью.'), 'hedge-added', 'dürfen', null);
  });
  it('gehört ins Museum / должна находиться в музее: where it ought to be, no hedge lost', () => {
    expect(hedges('Das Gemälde gehört ins Stadtmuseum.', 'Картина должна находиться в городском музее.')).toEqual([]);
  });
  it('hängt im Museum / должна висеть: the obligation is still lost', () => {
    expectFlag(hedges('Das Gemälde hängt im Stadtmuseum.', 'Картина должна висеть в городском музее.'), 'hedge-lost', null, 'должна');
  });
  it('müsse zahlen / обязав выплатить: a verb of obliging answers müssen', () => {
    expect(hedges('Der Richter gab dem Mieter recht: Die Firma müsse ihm 50.000 Rubel zahlen.', 'Судья встал на сторону жильца, обязав компанию выплатить ему 50 тысяч рублей.')).toEqual([]);
  });
  it('müsse zahlen / и компания выплатит: an added obligation', () => {
    expectFlag(hedges('Der Richter gab dem Mieter recht: Die Firma müsse ihm 50.000 Rubel zahlen.', 'Судья встал на сторону жильца, и компания выплатит ему 50 тысяч рублей.'), 'hedge-added', 'müsse', null);
  });
  it('nötig / потребуется: the future of "be required" is an obligation', () => {
    expect(hedges('Für den Umbau ist eine Genehmigung nötig.', 'Для перестройки потребуется разрешение.')).toEqual([]);
  });
  it('nötig / получено: still an added obligation', () => {
    expectFlag(hedges('Für den Umbau ist eine Genehmigung nötig.', 'Для перестройки получено разрешение.'), 'hedge-added', 'nötig', null);
  });
  it('…, schätzt der Verband / по оценке союза: a present speech tag answers the attribution', () => {
    expect(hedges('Die Ernte werde um ein Zehntel kleiner ausfallen, schätzt der Bauernverband.', 'По оценке союза фермеров, урожай окажется на 10% меньше.')).toEqual([]);
  });
  it('no speech tag: по оценке is still lost', () => {
    expectFlag(hedges('Die Ernte wird um ein Zehntel kleiner ausfallen.', 'По оценке союза фермеров, урожай окажется на 10% меньше.'), 'hedge-lost', null, 'По оценке');
  });
  it('reported sollen / будут добираться: the announced future, no added hedge', () => {
    expect(hedges('Die Reederei teilte mit, die Fähre sei beschädigt; die Passagiere sollten mit Bussen weiterreisen.', 'Судоходная компания сообщила, что паром повреждён, пассажиры будут добираться на автобусах.')).toEqual([]);
  });
  it('reported sollen against a Russian present stays an added hedge', () => {
    expectFlag(hedges('Die Reederei teilte mit, die Fähre sei beschädigt; die Passagiere sollten mit Bussen weiterreisen.', 'Судоходная компания сообщила, что паром повреждён, пассажиры добираются на автобусах.'), 'hedge-added', 'sollten', null);
  });
  it('ohne Vorbedingungen / без предварительных условий: the Vor- compound renders it, no provisional hedge', () => {
    expect(hedges('Der Verband stimmt einem Treffen ohne Vorbedingungen zu.', 'Союз согласен на встречу без предварительных условий.')).toEqual([]);
  });
  it('по предварительным данным with nothing provisional in the German stays a hedge lost', () => {
    expectFlag(hedges('Der Schaden beträgt zwei Millionen Rubel.', 'По предварительным данным, ущерб составляет два миллиона рублей.'), 'hedge-lost', null, 'предварительн');
  });
});

describe('duties said with other verbs', () => {
  it('hat … zu zahlen / должна выплатить: haben + zu + infinitive is a duty', () => {
    expect(hedges('Die Firma hat die Strafe zu zahlen.', 'Компания должна выплатить штраф.')).toEqual([]);
  });
  it('ist verpflichtet / должна: a duty', () => {
    expect(hedges('Die Firma ist verpflichtet, die Strafe zu zahlen.', 'Компания должна выплатить штраф.')).toEqual([]);
  });
  it('zahlt / должна: the duty is still lost', () => {
    expectFlag(hedges('Die Firma zahlt die Strafe.', 'Компания должна выплатить штраф.'), 'hedge-lost', null, 'должна');
  });
});

describe('conviction with the verb elsewhere in its clause', () => {
  it('…, ist der Minister überzeugt / министр уверен: certainty on both sides', () => {
    expect(hedges('Die Preise würden steigen, ist der Minister überzeugt.', 'Министр уверен, что цены вырастут.')).toEqual([]);
  });
  it('zeigte sich überzeugt / убеждён: no hedge and no word added', () => {
    expect(appDefects('Die Preise würden steigen, zeigte sich der Minister überzeugt.', 'Министр убеждён, что цены вырастут.')).toEqual([]);
  });
  it('…, ist der Minister überzeugt / министр сказал: the conviction is added', () => {
    expectFlag(hedges('Die Preise würden steigen, ist der Minister überzeugt.', 'Министр сказал, что цены вырастут.'), 'hedge-added', 'überzeugt', null);
  });
  it('hat die Kollegen überzeugt (won over) is no hedge', () => {
    expect(hedges('Der Minister hat die Kollegen überzeugt.', 'Министр убедил коллег.')).toEqual([]);
  });
});

describe('words that go with the flag beside them', () => {
  it('the source of a dropped attribution goes with the hedge lost, no name flag', () => {
    const flags = appDefects('Die Inflation liegt bei acht Prozent.', 'По данным Росстата, инфляция составляет восемь процентов.');
    expect(flags.filter((f) => f.kind === 'name')).toEqual([]);
    expectFlag(flags, 'hedge-lost', null, 'Росстата');
  });
  it('the attribution of an added remark goes with the addition, no hedge flag', () => {
    const flags = appDefects('Der Stadtrat billigte den Haushalt – ein Kompromiss, wie die Abgeordneten betonten.', 'Горсовет утвердил бюджет.');
    expect(flags.filter((f) => f.kind === 'hedge')).toEqual([]);
    expectFlag(flags, 'addition-words', 'Kompromiss', null);
  });
  it('a name inside an omitted clause goes with the omission', () => {
    const flags = appDefects('Rentner dürfen kostenlos fahren, sagte der Minister.', 'Пенсионеры смогут ездить бесплатно, если прожили в Москве не менее десяти лет, заявил министр.');
    expect(flags.filter((f) => f.kind === 'name')).toEqual([]);
    expectFlag(flags, 'omission-clause', null, 'Москве');
  });
  it('a number before the dash of a dropped gapped part goes with its omission', () => {
    const flags = appDefects('Der Verein hat zwölf Lesesäle in Schulen eröffnet.', 'Общество открыло 12 читальных залов в школах и пять — в сельских библиотеках.');
    expect(flags.filter((f) => f.kind === 'number')).toEqual([]);
    expectFlag(flags, 'omission-clause', null, 'пять');
  });
  it('the gapped part rendered: no flag at all', () => {
    expect(appDefects('Der Verein hat zwölf Lesesäle in Schulen und fünf in Dorfbibliotheken eröffnet.', 'Общество открыло 12 читальных залов в школах и пять — в сельских библиотеках.')).toEqual([]);
  });
});

describe('institutions, acronyms and places named two ways', () => {
  it('Notenbank / Банк России: the home country is part of the name', () => {
    expect(names('Die Notenbank senkte den Leitzins.', 'Банк России снизил ключевую ставку.')).toEqual([]);
  });
  it('die Regierung / правительство РФ: the home country is part of the name', () => {
    expect(names('Die Regierung billigte den Plan.', 'Правительство РФ одобрило план.')).toEqual([]);
  });
  it('Notenbank / Банк Казахстана: another country is still a name missing', () => {
    expectFlag(names('Die Notenbank senkte den Leitzins.', 'Банк Казахстана снизил ключевую ставку.'), 'name-missing', null, 'Казахстана');
  });
  it('Verkehrsministerium / Минфин: one name that differs, no word added', () => {
    const flags = appDefects('Das Verkehrsministerium will die Gebühr erhöhen.', 'Минфин хочет повысить сбор.');
    expect(flags.filter((f) => f.kind === 'addition')).toEqual([]);
    expectFlag(flags, 'name-differs', 'Verkehrsministerium', 'Минфин');
  });
  it('СПГ is a common noun (liquefied gas), no name', () => {
    expect(appDefects('Russland liefert mehr Flüssiggas nach China.', 'Россия поставляет больше СПГ в Китай.')).toEqual([]);
  });
  it('Ostseehäfen / портами Балтики: the Baltic is the Ostsee', () => {
    expect(appDefects('Die Fähre verkehrt zwischen den Ostseehäfen.', 'Паром курсирует между портами Балтики.')).toEqual([]);
  });
  it('a quoted title with one word another is a name that differs', () => {
    expectFlag(names('Das berichtet die Zeitung „Uralski Kurjer“.', 'Об этом пишет газета «Уральский рабочий».'), 'name-differs', 'Kurjer', 'рабочий');
  });
  it('the same title transliterated is no flag', () => {
    expect(names('Das berichtet die Zeitung „Uralski Rabotschi“.', 'Об этом пишет газета «Уральский рабочий».')).toEqual([]);
  });
});

describe('verbs of saying and nouns of kind', () => {
  it('berichtete / пишет газета: any verb of saying renders any, no addition', () => {
    expect(appDefects('Das berichtete Kommersant.', 'Об этом пишет газета «Коммерсант».')).toEqual([]);
  });
  it('sagte der Nachrichtenagentur Tass / сообщила ТАСС: the noun of kind before a name is no addition', () => {
    expect(appDefects('Die Ministerin sagte der Nachrichtenagentur Tass, die Schulen blieben geöffnet.', 'Школы продолжат работу, сообщила министр ТАСС.')).toEqual([]);
  });
  it('der Fußballklub Zenit / «Зенит»: no addition', () => {
    expect(appDefects('Der Fußballklub Zenit gewann das Spiel.', '«Зенит» выиграл матч.')).toEqual([]);
  });
  it('der Staatskonzern Nordstal / «Нордсталь»: a compound that says more is still an addition', () => {
    expectFlag(appDefects('Der Staatskonzern Nordstal hat den Vertrag gekündigt.', '«Нордсталь» расторг договор.'), 'addition-words', 'Staatskonzern', null);
  });
  it('die Republik Tatarstan / Татарстан: a noun of kind of a place is no addition', () => {
    expect(appDefects('Die Republik Tatarstan meldet eine Rekordernte.', 'Татарстан сообщает о рекордном урожае.')).toEqual([]);
  });
  it('Gebiet Leningrad / Ленобласть: a clipped compound names the region', () => {
    expect(names('Das Gebiet Leningrad baut eine Schule.', 'Ленобласть строит школу.')).toEqual([]);
  });
  it('die Russische Eisenbahn / РЖД: the acronym says "Russian" itself', () => {
    expect(appDefects('Die Russische Eisenbahn erhöht die Preise.', 'РЖД повышает цены.')).toEqual([]);
  });
  it('der ehemalige Bürgermeister / экс-мэр: "former" as a prefix, no addition', () => {
    expect(appDefects('Der Prozess gegen den ehemaligen Bürgermeister begann am Montag.', 'В понедельник начался суд над экс-мэром.')).toEqual([]);
  });
  it('der Ex-Bürgermeister / бывший мэр: no omission', () => {
    expect(appDefects('Der Prozess gegen den Ex-Bürgermeister begann am Montag.', 'В понедельник начался суд над бывшим мэром.')).toEqual([]);
  });
  it('der ehemalige Bürgermeister / мэр: "former" is still added', () => {
    expectFlag(appDefects('Der Prozess gegen den ehemaligen Bürgermeister begann am Montag.', 'В понедельник начался суд над мэром.'), 'addition-words', 'ehemaligen', null);
  });
  it('an added remark with its own verb of saying is still an addition', () => {
    expectFlag(appDefects('Der Stadtrat billigte den Haushalt, der Bürgermeister sprach von einem historischen Kompromiss.', 'Горсовет утвердил бюджет.'), 'addition-words', 'Kompromiss', null);
  });
});

describe('connectives and adverbs said in one word', () => {
  it('из-за чего / weshalb: a relative connective, no omission', () => {
    expect(appDefects('Das Werk wurde geschlossen, weshalb 300 Menschen ihre Arbeit verloren.', 'Завод закрыли, из-за чего 300 человек потеряли работу.')).toEqual([]);
  });
  it('the clause after из-за чего dropped is still an omission', () => {
    expectFlag(appDefects('Das Werk wurde geschlossen.', 'Завод закрыли, из-за чего 300 человек потеряли работу.'), 'omission-clause', null, 'потеряли');
  });
  it('и впредь / auch künftig: no omission', () => {
    expect(appDefects('Die Stadt werde auch künftig die Schulen unterstützen.', 'Город и впредь будет поддерживать школы.')).toEqual([]);
  });
  it('и впредь left out is still an omission', () => {
    expectFlag(appDefects('Die Stadt wird die Schulen unterstützen.', 'Город и впредь будет поддерживать школы.'), 'omission-words', null, 'впредь');
  });
});

describe('the court formula of dismissal', () => {
  it('wies die Beschwerde ab / отказал в удовлетворении жалобы: no omission', () => {
    expect(appDefects('Das Gericht wies die Beschwerde der Anwohner ab.', 'Суд отказал в удовлетворении жалобы жителей.')).toEqual([]);
  });
  it('a dropped complainant after the formula is still an omission', () => {
    expectFlag(appDefects('Das Gericht wies die Beschwerde ab.', 'Суд отказал в удовлетворении жалобы жителей соседнего посёлка.'), 'omission-words', null, 'посёлка');
  });
});

describe('numbers, verbs and quantifiers', () => {
  it('um 50 Prozent / в полтора раза: a rise in per cent is a multiple', () => {
    expect(numbers('Die Preise stiegen um 50 Prozent.', 'Цены выросли в полтора раза.')).toEqual([]);
  });
  it('um 40 Prozent / в полтора раза is another rise', () => {
    expectFlag(numbers('Die Preise stiegen um 40 Prozent.', 'Цены выросли в полтора раза.'), 'number-differs', '40 Prozent', null);
  });
  it('sehe … vor / предусматривает: the Konjunktiv I of a separable verb is linked as vorsehen', () => {
    const r = checkQuote({ german: 'Der Plan sehe neue Ausgaben für Schulen vor, sagte die Ministerin.', russian: 'План предусматривает новые расходы на школы, заявила министр.' }, { matcher: appFidelityMatcher });
    expect(r.links.find((l) => l.german.text === 'sehe')?.russian.map((w) => w.text)).toEqual(['предусматривает']);
    expect(r.flags).toEqual([]);
  });
  it('um die Hälfte gestiegen / выросла в полтора раза: the same rise', () => {
    expect(numbers('Die Mieten sind um die Hälfte gestiegen.', 'Арендная плата выросла в полтора раза.')).toEqual([]);
  });
  it('um ein Drittel / в полтора раза is another rise', () => {
    expectFlag(numbers('Die Mieten sind um ein Drittel gestiegen.', 'Арендная плата выросла в полтора раза.'), 'number-differs', 'Drittel', null);
  });
  it('zum Jahreswechsel / с 1 января: the turn of the year', () => {
    expect(appDefects('Die Preise für Fahrkarten steigen zum Jahreswechsel um zehn Prozent.', 'С 1 января цены на билеты вырастут на 10%.')).toEqual([]);
  });
  it('ab dem 1. Januar / с нового года: the turn of the year the other way round', () => {
    expect(appDefects('Die Preise für Fahrkarten steigen ab dem 1. Januar um zehn Prozent.', 'С нового года цены на билеты вырастут на 10%.')).toEqual([]);
  });
  it('zum Jahreswechsel / с 1 марта is still a date missing', () => {
    expectFlag(numbers('Die Preise für Fahrkarten steigen zum Jahreswechsel um zehn Prozent.', 'С 1 марта цены на билеты вырастут на 10%.'), 'number-missing', null, '1 марта');
  });
  it('erhöht / сократят: the future plural of a verb of fall reverses the statement', () => {
    expectFlag(appDefects('Die Zahl der Busse wird erhöht.', 'Количество автобусов сократят.'), 'polarity-reversed', 'erhöht', 'сократят');
  });
  it('verringert / сократят: the same direction, no flag', () => {
    expect(appDefects('Die Zahl der Busse wird verringert.', 'Количество автобусов сократят.')).toEqual([]);
  });
  it('большинство школ / die Schulen: the part said of the whole is an omission', () => {
    expectFlag(appDefects('Die Schulen der Stadt haben die Ferien verlängert.', 'Большинство школ города продлили каникулы.'), 'omission-words', null, 'Большинство');
  });
  it('большинство школ / die meisten Schulen: no flag', () => {
    expect(appDefects('Die meisten Schulen der Stadt haben die Ferien verlängert.', 'Большинство школ города продлили каникулы.')).toEqual([]);
  });
});
