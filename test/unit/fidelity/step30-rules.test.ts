import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Rules of method step 30 of shared/fidelity/README.md (everyday regional news), each with its
// own sentences, with the app's matcher: the construction the rule leaves alone (or flags) and a
// near case on the other side of the rule.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const hedges = of('hedge');
const negations = of('negation');
const numbers = of('number');
const omissions = of('omission');
const additions = of('addition');
const names = of('name');

describe('bans, forecasts and trailing verbs of expectation', () => {
  it('a negated dürfen renders a Russian ban: darf … nicht mehr / запретил', () => {
    expect(hedges('Der Markt darf nach einem Beschluss der Behörde sonntags nicht mehr öffnen.', 'Ведомство запретило рынку работать по воскресеньям.')).toEqual([]);
  });
  it('a negated dürfen against a plain Russian statement is still an added hedge', () => {
    expectFlag(hedges('Der Markt darf nach einem Beschluss der Behörde sonntags nicht mehr öffnen.', 'Ведомство закрыло рынок по воскресеньям.'), 'hedge-added', 'darf', null);
  });
  it('the ban carries the negation: dürfen ohne Rezept keine … mehr / запрещено … без рецепта', () => {
    expect(negations('Apotheken dürfen ab Mai ohne Rezept keine Schmerzmittel mehr verkaufen.', 'С мая аптекам запрещено продавать обезболивающие без рецепта.')).toEqual([]);
  });
  it('dürfen keine against a Russian permission is still a negation added', () => {
    expect(negations('Kioske dürfen ab Juni keine Energydrinks mehr an Schüler verkaufen.', 'С июня киоскам разрешено продавать школьникам энергетики.').length).toBeGreaterThan(0);
  });
  it('drohen renders a forecast of a hazard: drohe Hochwasser / ожидается паводок', () => {
    expect(hedges('Am Wochenende drohe an der Wolga Hochwasser, warnten die Behörden.', 'В выходные на Волге ожидается паводок, предупредили власти.')).toEqual([]);
  });
  it('without drohen the forecast is still a hedge lost', () => {
    expectFlag(hedges('Am Wochenende gibt es an der Wolga Hochwasser, warnten die Behörden.', 'В выходные на Волге ожидается паводок, предупредили власти.'), 'hedge-lost', null, 'ожидается');
  });
  it('a trailing verb of expectation answers по прогнозу: …, erwartet die Behörde', () => {
    expect(hedges('Der Weizenertrag wird um ein Drittel sinken, erwartet die Agrarbehörde.', 'По прогнозу аграрного ведомства, урожай пшеницы сократится на треть.')).toEqual([]);
  });
  it('по прогнозу with no German attribution is still a hedge lost', () => {
    expect(hedges('Der Weizenertrag wird um ein Drittel sinken.', 'По прогнозу аграрного ведомства, урожай пшеницы сократится на треть.').length).toBeGreaterThan(0);
  });
  it('verdächtig of a thing renders подозрительный: verdächtige Pakete', () => {
    expect(hedges('Die Post habe verdächtige Pakete nicht ausgeliefert, sagte der Sprecher.', '«Почта не доставила подозрительные посылки», — сказал представитель.')).toEqual([]);
  });
  it('a verdächtig with no подозрительный is still a hedge added', () => {
    expectFlag(hedges('Die Post habe verdächtige Pakete nicht ausgeliefert, sagte der Sprecher.', '«Почта не доставила посылки», — сказал представитель.'), 'hedge-added', 'verdächtige', null);
  });
});

describe('paraphrases of everyday reporting', () => {
  it('"remain without" is a negated verb: bleiben … ohne Ernte / не дадут урожая', () => {
    expect(additions('„Nach dem langen Regen im Juni bleiben viele Felder in diesem Jahr fast ohne Ernte“, sagte der Landwirt Pjotr Sacharow.', '«После долгих июньских дождей многие поля в этом году почти не дадут урожая», — рассказал фермер Пётр Захаров.')).toEqual([]);
  });
  it('bleiben with no ohne is still an added word', () => {
    expectFlag(additions('„Nach dem langen Regen im Juni bleiben viele Felder in diesem Jahr klein“, sagte der Landwirt Pjotr Sacharow.', '«После долгих июньских дождей многие поля в этом году почти не дадут урожая», — рассказал фермер Пётр Захаров.'), 'addition-words', 'bleiben', null);
  });
  it('zu viel + participle is the Russian prefix of excess: zu viel berechnete Stromkosten / переплату', () => {
    expect(additions('Der Versorger müsse den Kunden die zu viel berechneten Stromkosten erstatten, entschied das Gericht.', 'Суд обязал поставщика вернуть клиентам переплату за электричество.')).toEqual([]);
  });
  it('a participle with no Russian prefix of excess is still added', () => {
    expectFlag(additions('Der Versorger müsse den Kunden die zu viel berechneten Stromkosten erstatten, entschied das Gericht.', 'Суд обязал поставщика вернуть клиентам деньги за электричество.'), 'addition-words', 'berechneten', null);
  });
  it('a half hour said in one word: im Halbstundentakt / каждые 30 минут', () => {
    expect(numbers('Die Fähre verkehrt ab Mai im Halbstundentakt.', 'С мая паром будет ходить каждые 30 минут.')).toEqual([]);
  });
  it('a quarter hour is not a half hour: viertelstündlich / каждые 30 минут', () => {
    expect(numbers('Die Fähre verkehrt ab Mai viertelstündlich.', 'С мая паром будет ходить каждые 30 минут.').length).toBeGreaterThan(0);
  });
  it('an agent noun in -ist is no name: den bei Touristen beliebten Uferweg → an addition', () => {
    const flags = appDefects('Die Stadt hat den bei Touristen beliebten Uferweg wieder freigegeben.', 'Город снова открыл набережную.');
    expect(names('Die Stadt hat den bei Touristen beliebten Uferweg wieder freigegeben.', 'Город снова открыл набережную.')).toEqual([]);
    expect(flags.some((f) => f.kind === 'addition' && f.german.some((w) => w.text === 'Touristen'))).toBe(true);
  });
  it('frequent words of local news are known: Softwarefehler / ошибка программного обеспечения', () => {
    expect(omissions('Der Stillstand der Ampeln gehe auf einen Softwarefehler zurück, erklärte die Stadt.', '«Отключение светофоров вызвано ошибкой программного обеспечения», — пояснили в мэрии.')).toEqual([]);
  });
});

describe('restrictions one side alone says (recall)', () => {
  it('an exception dropped: für alle / для всех, кроме пенсионеров', () => {
    expectFlag(omissions('Die Parkgebühr gilt ab Juli für alle Autofahrer.', 'С июля плата за парковку действует для всех водителей, кроме пенсионеров.'), 'omission-words', null, 'кроме');
  });
  it('an exception rendered by außer is no omission', () => {
    expect(omissions('Die Parkgebühr gilt ab Juli für alle Autofahrer außer Rentnern.', 'С июля плата за парковку действует для всех водителей, кроме пенсионеров.')).toEqual([]);
  });
  it('кроме in the sense "besides", rendered by neben, is no omission', () => {
    expect(omissions('Neben dem Gehalt bekommen die Lehrer ab Herbst eine Prämie.', 'Кроме зарплаты, учителя с осени будут получать премию.')).toEqual([]);
  });
  it('кроме того is "moreover", no exception', () => {
    expect(omissions('Außerdem wird die Parkgebühr ab Juli erhöht.', 'Кроме того, с июля плата за парковку вырастет.')).toEqual([]);
  });
  it('an "almost" dropped: die Schulen / почти все школы', () => {
    expectFlag(omissions('Die Schulen der Stadt haben wieder geöffnet.', 'Почти все школы города снова открылись.'), 'omission-words', null, 'Почти');
  });
  it('fast renders почти: fast alle Schulen', () => {
    expect(omissions('Fast alle Schulen der Stadt haben wieder geöffnet.', 'Почти все школы города снова открылись.')).toEqual([]);
  });
  it('a scope of totality added: in der ganzen Stadt / no весь', () => {
    expectFlag(additions('Der Stromversorger hat in der ganzen Stadt die Tarife erhöht.', 'Энергосбытовая компания повысила тарифы.'), 'addition-words', 'ganzen', null);
  });
  it('a scope both sides say is no addition: im ganzen Gebiet / по всей области', () => {
    expect(additions('Die Stadt hat im ganzen Gebiet die Tarife erhöht.', 'Город повысил тарифы по всей области.')).toEqual([]);
  });
  it('по всему городу is the Russian scope: in der ganzen Stadt', () => {
    expect(additions('Der Stromversorger hat in der ganzen Stadt die Tarife erhöht.', 'Энергосбытовая компания повысила тарифы по всему городу.')).toEqual([]);
  });
  it('kräftig is an intensifier: kräftig gestiegen / подорожал', () => {
    expectFlag(additions('Der Preis für Butter ist im Winter kräftig gestiegen.', 'Масло зимой подорожало.'), 'addition-intensifier', 'kräftig', null);
  });
  it('kräftig against резко is rendered', () => {
    expect(additions('Der Preis für Butter ist im Winter kräftig gestiegen.', 'Масло зимой резко подорожало.')).toEqual([]);
  });
  it('a time limit dropped whole is an omission: gesperrt / закрыта до конца апреля', () => {
    const german = 'Der Uferweg ist für Radfahrer gesperrt.';
    const russian = 'Набережная закрыта для велосипедистов до конца апреля.';
    expectFlag(omissions(german, russian), 'omission-words', null, 'апреля');
    expect(numbers(german, russian)).toEqual([]);
  });
  it('another month in the limit is still a number that differs', () => {
    expectFlag(numbers('Der Uferweg ist bis Ende März für Radfahrer gesperrt.', 'Набережная закрыта для велосипедистов до конца апреля.'), 'number-differs', 'März', 'апреля');
  });
});
