import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { appDefects, appFidelityMatcher } from '../../support/fidelity-rules';

// Rules of method step 18 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();
const reasons = (german: string, russian: string) => appDefects(german, russian).map((f) => f.reason);
/** The Russian words a German word is linked to, and the Russian words left unmatched. */
const linkedTo = (german: string, russian: string, word: string) =>
  checkQuote({ german, russian }, { matcher: appFidelityMatcher }).links.filter((l) => l.german.text === word).flatMap((l) => l.russian.map((r) => r.text));
const unmatchedRussian = (german: string, russian: string) => checkQuote({ german, russian }, { matcher: appFidelityMatcher }).unmatched.russian.map((w) => w.text);

describe('a compound takes further Russian words only from its own phrase', () => {
  it('a second purpose phrase after a word the compound took is dropped: omission', () => {
    expect(kinds('Die Stadt bekommt Geld für den Wiederaufbau nach den Waldbränden.', 'Город получит деньги на восстановление после лесных пожаров и на покупку новой пожарной машины.')).toContain('omission');
  });
  it('a genitive rendered by another German word may stand between: no omission', () => {
    expect(kinds('Die Heizkosten der Schule haben sich verdoppelt.', 'Расходы школы на отопление выросли вдвое.')).not.toContain('omission');
  });
});

describe('a cause appended after a comma that the other side does not state', () => {
  it.each([
    ['weil-clause added', 'Das Spiel wurde verschoben, weil der Rasen überflutet war.', 'Матч перенесли на воскресенье.', 'addition'],
    ['weil-clause added beside a speech tag', 'Das Konzert im Stadtpark wurde abgesagt, weil der Sänger erkrankt ist, teilte die Stadtverwaltung mit.', 'В мэрии сообщили, что концерт в городском парке отменён.', 'addition'],
    ['поскольку-clause dropped', 'Der Flughafen wurde am Morgen geschlossen.', 'Аэропорт утром закрыли, поскольку над городом стоял густой туман.', 'omission'],
  ] as const)('%s: flagged', (_name, german, russian, kind) => {
    expect(kinds(german, russian)).toContain(kind);
  });
  it.each([
    ['weil / из-за', 'Der Flughafen wurde geschlossen, weil dichter Nebel herrschte.', 'Аэропорт закрыли из-за густого тумана.'],
    ['weil / поскольку', 'Das Spiel wurde verschoben, weil der Rasen überflutet war.', 'Матч перенесли, поскольку поле было затоплено.'],
    ['da / поскольку', 'Der Flughafen wurde geschlossen, da dichter Nebel herrschte.', 'Аэропорт закрыли, поскольку стоял густой туман.'],
  ] as const)('%s: the cause phrase is not flagged', (_name, german, russian) => {
    const named = appDefects(german, russian).flatMap((f) => [...f.german, ...f.russian].map((w) => w.text));
    for (const marker of ['weil', 'da', 'поскольку', 'Nebel', 'туман']) expect(named).not.toContain(marker);
  });
});

describe('open and closed are an antonym pair', () => {
  it.each([
    ['geöffnet / закрыт', 'Der Park bleibt im Winter geöffnet.', 'Парк зимой будет закрыт.'],
    ['gesperrt / откроется', 'Die Brücke ist ab Montag gesperrt.', 'Мост с понедельника откроется.'],
  ] as const)('%s: reversed polarity', (_name, german, russian) => {
    expect(reasons(german, russian)).toContain('polarity-reversed');
  });
  it.each([
    ['geschlossen / закрыт', 'Der Park bleibt im Winter geschlossen.', 'Парк зимой будет закрыт.'],
    ['both sides say both', 'Das Bad war geschlossen und ist jetzt wieder geöffnet.', 'Бассейн был закрыт, а теперь снова открыт.'],
  ] as const)('%s: no negation flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('negation');
  });
});

describe('times of day are time words', () => {
  it('a night added: addition', () => {
    expect(kinds('Die Feuerwehr löschte den Brand in der Nacht.', 'Пожарные потушили пожар.')).toContain('addition');
  });
  it('an evening inside a weekday compound renders вечером: no omission', () => {
    expect(kinds('Der Zug kam am Montagabend in Tula an.', 'Поезд прибыл в Тулу в понедельник вечером.')).not.toContain('omission');
  });
});

describe('ниже / выше before zero or a number are prepositions', () => {
  it('unter null / ниже нуля: ниже is no word left over, no omission', () => {
    const [de, ru] = ['Nachts sinkt die Temperatur in Jakutsk unter null.', 'Ночью температура в Якутске опускается ниже нуля.'];
    expect(unmatchedRussian(de, ru)).not.toContain('ниже');
    expect(kinds(de, ru)).not.toContain('omission');
  });
  it('a comparative ниже is still a word of its own: omission when dropped', () => {
    expect(kinds('Die Preise für Gemüse sind gestiegen.', 'Цены на овощи выросли, но остались ниже, чем в прошлом году.')).toContain('omission');
  });
});

describe('one unit of time said by its noun alone (на сутки, через неделю)', () => {
  it('um 48 Stunden / на сутки: number', () => {
    expect(kinds('Der Start wurde um 48 Stunden verschoben.', 'Запуск перенесли на сутки.')).toContain('number');
  });
  it.each([
    ['um 24 Stunden / на сутки', 'Der Start wurde um 24 Stunden verschoben.', 'Запуск перенесли на сутки.'],
    ['um sieben Tage / на неделю', 'Die Wahl wurde um sieben Tage verschoben.', 'Выборы перенесли на неделю.'],
  ] as const)('%s: no number flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('number');
  });
});

describe('Viertel is a town quarter after an article or adjective, a fraction after a numeral', () => {
  it('ein Viertel / половина: number', () => {
    expect(kinds('Ein Viertel der Wohnungen steht leer.', 'Половина квартир пустует.')).toContain('number');
  });
  it('im alten Viertel / в старом квартале: no number flag', () => {
    expect(kinds('Im alten Viertel stehen viele Holzhäuser.', 'В старом квартале много деревянных домов.')).not.toContain('number');
  });
});

describe('an approximate count by two numerals (два-три дня / zwei, drei Tage)', () => {
  it('fünf, sechs Tage / два-три дня: number', () => {
    expect(kinds('Die Reparatur dauert fünf, sechs Tage.', 'Ремонт займёт два-три дня.')).toContain('number');
  });
  it.each([
    ['zwei, drei Tage / два-три дня', 'Die Reparatur dauert zwei, drei Tage.', 'Ремонт займёт два-три дня.'],
    ['vier, fünf Wochen / четыре-пять недель', 'Auf einen Termin wartet man vier, fünf Wochen.', 'Записи ждут четыре-пять недель.'],
  ] as const)('%s: no number flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('number');
  });
});

describe('a comparison by a multiple: doppelt so viele … wie / вдвое больше, чем', () => {
  it('a comparison dropped: omission', () => {
    expect(kinds('Der Zoo hatte im Sommer viele Besucher.', 'Летом зоопарк посетило больше людей, чем в прошлом году.')).toContain('omission');
  });
  it.each([
    ['doppelt so viele … wie', 'Der Zoo hatte im Sommer doppelt so viele Besucher wie im letzten Jahr.', 'Летом зоопарк посетило вдвое больше людей, чем в прошлом году.'],
    ['doppelt so viele … wie im Vorjahr', 'Der Zoo hatte im Sommer doppelt so viele Besucher wie im Vorjahr.', 'Летом зоопарк посетило вдвое больше людей, чем годом ранее.'],
  ] as const)('%s: no omission, and viele is no added attribute', (_name, german, russian) => {
    expect(kinds(german, russian)).toEqual([]);
  });
});

describe('a compound rendered by its head noun takes a topic phrase (о / по) after it', () => {
  it('a plain noun does not: omission when the phrase is dropped', () => {
    expect(kinds('Das Abkommen wurde gestern in Minsk unterzeichnet.', 'Соглашение о свободной торговле было подписано вчера в Минске.')).toContain('omission');
  });
  it('Freihandelsabkommen / соглашение о свободной торговле: no omission', () => {
    expect(kinds('Das Freihandelsabkommen wurde gestern in Minsk unterzeichnet.', 'Соглашение о свободной торговле было подписано вчера в Минске.')).not.toContain('omission');
  });
});

describe('a finite verb with its particle at the clause end is looked up as the whole verb', () => {
  it('sieht … vor / предусматривает with a dropped item: omission', () => {
    expect(kinds('Der Plan der Stadt sieht neue Radwege vor.', 'План города предусматривает новые велодорожки и подземные парковки.')).toContain('omission');
  });
  it.each([
    ['sieht … vor / предусматривает', 'Der Plan der Stadt sieht neue Radwege vor.', 'План города предусматривает новые велодорожки.'],
    ['hat … vor / собирается', 'Die Firma hat vor, ein zweites Werk zu bauen.', 'Компания собирается построить второй завод.'],
    ['hat nicht vor / не собирается', 'Der Bürgermeister hat nicht vor, zurückzutreten.', 'Мэр не собирается уходить в отставку.'],
    ['sieht … vor beside a speech tag', 'Der Haushalt sieht für die Schulen 3 Mrd. Rubel vor, erklärte Vizegouverneur Petrow.', 'Вице-губернатор Петров заявил, что бюджет предусматривает на школы 3 млрд рублей.'],
  ] as const)('%s: no omission or addition', (_name, german, russian) => {
    const k = kinds(german, russian);
    expect(k).not.toContain('omission');
    expect(k).not.toContain('addition');
  });
});

describe('a Russian hyphenated common noun is rendered by its head', () => {
  it('вице-губернатор / Vizegouverneur: linked, no omission', () => {
    const [de, ru] = ['Der Vizegouverneur eröffnete am Montag die neue Schule.', 'Вице-губернатор в понедельник открыл новую школу.'];
    expect(linkedTo(de, ru, 'Vizegouverneur')).toEqual(['Вице-губернатор']);
    expect(kinds(de, ru)).not.toContain('omission');
  });
  it('a hyphenated name with a capitalised head stays a name: name flag', () => {
    expect(kinds('Als erstes berichtete das Portal Wolga-Info über den Brand.', 'Первым о пожаре сообщил портал «Урал-Инфо».')).toContain('name');
  });
});

describe('the verb of a trailing speech tag is no attribute of the speaker\'s title', () => {
  it('an added adjective before a noun is still an addition', () => {
    expect(kinds('Die Schule bekommt 20 teure Computer, teilte Bildungsminister Oleg Petrow mit.', 'Министр образования Олег Петров сообщил, что школа получит 20 компьютеров.')).toContain('addition');
  });
  it('teilte before a title without article: no addition', () => {
    expect(kinds('Die Schule bekommt neue Computer, teilte Bildungsminister Oleg Petrow mit.', 'Министр образования Олег Петров сообщил, что школа получит новые компьютеры.')).not.toContain('addition');
  });
});

describe('a German noun in a full vowel with its plural -s (Büros, Autos) is a common noun', () => {
  it('places dropped after Büros: omission', () => {
    expect(kinds('Die Polizei durchsuchte die Büros der Baufirma.', 'Полиция провела обыски в офисах строительной фирмы в Казани и Самаре.')).toContain('omission');
  });
  it('places dropped after Büros beside a speech tag: an omission, Büros no other name', () => {
    expect(kinds('Die Polizei durchsuchte die Büros der Baufirma, teilte das Ministerium mit.', 'Полиция провела обыски в офисах строительной фирмы в Казани и Самаре, сообщили в министерстве.')).toEqual(['omission']);
  });
  it('Büros / офисах: no name flag', () => {
    expect(kinds('Die Polizei durchsuchte die Büros der Baufirma in Kasan.', 'Полиция провела обыски в офисах строительной фирмы в Казани.')).not.toContain('name');
  });
});

describe('bereits, inzwischen, mittlerweile are function words like schon and уже', () => {
  it('a relative clause dropped: omission', () => {
    expect(kinds('Die Polizei hat den Fahrer inzwischen gefunden.', 'Полиция уже нашла водителя, который скрылся с места аварии.')).toContain('omission');
  });
  it('inzwischen / уже: no flag', () => {
    expect(kinds('Die Polizei hat den Fahrer inzwischen gefunden.', 'Полиция уже нашла водителя.')).toEqual([]);
  });
});

describe('the zu-infinitive of a separable verb is looked up as its infinitive (anzuheben)', () => {
  it('anzuheben / повысить with a dropped group: omission', () => {
    expect(kinds('Die Stadt plant, die Preise anzuheben.', 'Город планирует повысить цены для пенсионеров и студентов.')).toContain('omission');
  });
  it('anzuheben / повысить: linked, no flag', () => {
    expect(linkedTo('Die Stadt plant, die Preise anzuheben.', 'Город планирует повысить цены.', 'anzuheben')).toEqual(['повысить']);
    expect(kinds('Die Stadt plant, die Preise anzuheben.', 'Город планирует повысить цены.')).toEqual([]);
  });
});

describe('darunter is a function word (a focus marker, no attribute)', () => {
  it('a focus-marked specification added: addition', () => {
    expect(kinds('Das Museum zeigt 300 Gemälde, darunter alte Ikonen.', 'Музей показывает 300 картин.')).toContain('addition');
  });
  it('darunter / в том числе: no addition', () => {
    expect(kinds('Das Museum zeigt 300 Gemälde, darunter alte Ikonen.', 'Музей показывает 300 картин, в том числе старые иконы.')).not.toContain('addition');
  });
});

describe('the word list: Zivilschutz is an exonym of МЧС', () => {
  it('the ministry said as Zivilschutz: no name flag', () => {
    expect(kinds('Nach Angaben des Zivilschutzes wurden 40 Menschen evakuiert.', 'По данным МЧС, эвакуированы 40 человек.')).not.toContain('name');
  });
  it('the ministry dropped: name flag', () => {
    expect(kinds('Nach Angaben der Behörden wurden 40 Menschen evakuiert.', 'По данным МЧС, эвакуированы 40 человек.')).toContain('name');
  });
});
