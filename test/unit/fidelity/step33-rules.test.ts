import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Rules of method step 33 of shared/fidelity/README.md (officials and business leaders
// paraphrased on economy, sanctions, energy, transport, farming), each with sentences of its own,
// with the app's matcher: the construction a rule decides and a near case on the other side.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const numbers = of('number');
const names = of('name');
const hedges = of('hedge');
const negations = of('negation');
const omissions = of('omission');
const additions = of('addition');

describe('hedges said by a construction', () => {
  it('a verb of exclusion renders невозможно, even with the frame outside the marks', () => {
    expect(hedges('Eine Senkung der Gebühren schloss die Bürgermeisterin „für dieses Jahr“ aus.', '«В этом году снижение сборов невозможно», — сказала мэр.')).toEqual([]);
  });
  it('without a verb of exclusion невозможно is still a hedge lost', () => {
    expectFlag(hedges('Eine Senkung der Gebühren kündigte die Bürgermeisterin „für dieses Jahr“ an.', '«В этом году снижение сборов невозможно», — сказала мэр.'), 'hedge-lost', null, 'невозможно');
  });
  it('sollen under an attribution renders the obligation of a plan (должно быть построено)', () => {
    expect(hedges('Nach dem Programm des Gebiets sollen bis 2029 zwölf neue Schulen gebaut werden.', 'Согласно программе области, к 2029 году должно быть построено двенадцать новых школ.')).toEqual([]);
  });
  it('the plan said in the indicative loses the obligation', () => {
    const lost = hedges('Nach dem Programm des Gebiets werden bis 2029 zwölf neue Schulen gebaut.', 'Согласно программе области, к 2029 году должно быть построено двенадцать новых школ.');
    expect(lost.some((f) => f.reason === 'hedge-lost' && f.russian.some((w) => w.text === 'должно')), JSON.stringify(lost)).toBe(true);
  });
});

describe('need on both sides, and a negated need', () => {
  it('für „nötig“ halten / «нужен» is no hedge added', () => {
    expect(hedges('Der Bauernverband hält eine neue Brücke über den Fluss für „nötig“.', 'В союзе фермеров считают, что новый мост через реку «нужен».')).toEqual([]);
  });
  it('„nötig“ against «не нужна» is a negation lost, not a hedge', () => {
    const german = 'Die Ärztekammer hält eine Impfpflicht für Lehrer für „nötig“.';
    const russian = 'В медицинской палате считают, что обязательная прививка для учителей «не нужна».';
    expectFlag(negations(german, russian), 'negation-lost', null, 'не');
    expect(hedges(german, russian)).toEqual([]);
  });
  it('„unnötig“ renders «не нужна»', () => {
    expect(negations('Die Ärztekammer hält eine Impfpflicht für Lehrer für „unnötig“.', 'В медицинской палате считают, что обязательная прививка для учителей «не нужна».')).toEqual([]);
  });
});

describe('names and institutions', () => {
  it('a hyphenated Russian name written in two German words', () => {
    expect(names('Der Zug nach Nischni Nowgorod fährt ab Juni über Sankt Petersburg.', 'Поезд в Нижний Новгород с июня будет ходить через Санкт-Петербург.')).toEqual([]);
  });
  it('an association named by its field in one compound', () => {
    const german = 'Die Exporte seien stark gesunken, sagte der Präsident des Getreideverbands, Pawel Lomow.';
    const russian = 'Президент Зернового союза Павел Ломов сказал, что экспорт сильно упал.';
    expect(names(german, russian)).toEqual([]);
    expect(omissions(german, russian)).toEqual([]);
  });
});

describe('a verb of change said by a comparative', () => {
  it('forderten niedrigere Mieten / призвали снизить арендную плату', () => {
    expect(additions('Die Händler forderten niedrigere Mieten.', 'Торговцы призвали снизить арендную плату.')).toEqual([]);
  });
  it('verlangt höhere Löhne / требует повысить зарплаты', () => {
    expect(additions('Die Gewerkschaft verlangt höhere Löhne für Lehrer.', 'Профсоюз требует повысить зарплаты учителям.')).toEqual([]);
  });
});

describe('a stance turned around', () => {
  it('unterstützte / выступил против', () => {
    expectFlag(negations('Der Gouverneur unterstützte den Bau der neuen Straße.', 'Губернатор выступил против строительства новой дороги.'), 'polarity-reversed', 'unterstützte', 'против');
  });
  it('kritisierten / поддержали', () => {
    expectFlag(negations('Die Abgeordneten kritisierten den Haushaltsplan.', 'Депутаты поддержали проект бюджета.'), 'polarity-reversed', 'kritisierten', 'поддержали');
  });
  it('the same stance on both sides is no flag', () => {
    expect(negations('Der Gouverneur sprach sich gegen den Bau der neuen Straße aus.', 'Губернатор выступил против строительства новой дороги.')).toEqual([]);
  });
});

describe('distance and source', () => {
  it('якобы is not answered by an attribution (nach Angaben)', () => {
    expectFlag(hedges('Nach Angaben des Verbands hat die Firma Getreide ohne Lizenz exportiert.', 'Представитель союза заявил, что фирма якобы вывозила зерно без лицензии.'), 'hedge-lost', null, 'якобы');
  });
  it('soll answers якобы beside an attribution', () => {
    expect(hedges('Die Firma soll nach Angaben des Verbands Getreide ohne Lizenz exportiert haben.', 'Представитель союза заявил, что фирма якобы вывозила зерно без лицензии.')).toEqual([]);
  });
  it('по предварительным данным dropped is a hedge lost', () => {
    expectFlag(hedges('Die Molkerei werde im Herbst verkauft, schreibt das Portal „Agrarnik“.', 'Портал «Аграрник» пишет, что молокозавод, по предварительным данным, продадут осенью.'), 'hedge-lost', null, 'предварительным');
  });
  it('nach vorläufigen Angaben renders it', () => {
    expect(hedges('Die Molkerei werde nach vorläufigen Angaben im Herbst verkauft, schreibt das Portal „Agrarnik“.', 'Портал «Аграрник» пишет, что молокозавод, по предварительным данным, продадут осенью.')).toEqual([]);
  });
});

describe('numbers of rates and multiples', () => {
  it('the unit of a rate changed: am Tag / в неделю', () => {
    expectFlag(numbers('Die Bäckerei backt 500 Brote am Tag.', 'Пекарня выпекает 500 буханок в неделю.'), 'number-differs', 'Tag', 'неделю');
  });
  it('the same unit said two ways: im Monat / ежемесячно, am Tag / в день', () => {
    expect(numbers('Die Bäckerei backt 500 Brote am Tag.', 'Пекарня выпекает 500 буханок в день.')).toEqual([]);
    expect(numbers('Der Hafen fertigt 40 Schiffe im Monat ab.', 'Порт обслуживает 40 судов ежемесячно.')).toEqual([]);
  });
  it('a multiplicative verb of any numeral: verzehnfachen / в десять раз', () => {
    expect(numbers('Die Stadt will die Zahl der Busse „verzehnfachen“.', 'Город хочет увеличить число автобусов «в десять раз».')).toEqual([]);
    expectFlag(numbers('Die Stadt will die Zahl der Busse verachtfachen.', 'Город хочет увеличить число автобусов в десять раз.'), 'number-differs', 'verachtfachen', 'десять');
  });
});

describe('scope and exceptions', () => {
  it('überall added', () => {
    expectFlag(additions('„Überall fehlen Tierärzte“, sagte der Landwirt.', '«Не хватает ветеринаров», — сказал фермер.'), 'addition-words', 'Überall', null);
  });
  it('überall for везде is no addition', () => {
    expect(additions('„Überall fehlen Tierärzte“, sagte der Landwirt.', '«Везде не хватает ветеринаров», — сказал фермер.')).toEqual([]);
  });
  it('за некоторыми исключениями dropped is an omission; mit wenigen Ausnahmen renders it', () => {
    expect(omissions('Die Renten würden „pünktlich“ gezahlt, sagte die Sozialministerin.', '«Пенсии выплачиваются вовремя, за некоторыми исключениями», — сказала министр социальной защиты.').length).toBeGreaterThan(0);
    expect(omissions('Die Renten würden mit wenigen Ausnahmen „pünktlich“ gezahlt, sagte die Sozialministerin.', '«Пенсии выплачиваются вовремя, за некоторыми исключениями», — сказала министр социальной защиты.')).toEqual([]);
  });
});

describe('a compound for a phrase with a loan word as its head', () => {
  it('Finanzkollaps / финансовый коллапс is neither a name nor an omission', () => {
    const german = 'Der Minister warnte vor einem „Finanzkollaps“ der Regionen.';
    const russian = 'Министр предупредил о «финансовом коллапсе» регионов.';
    expect(names(german, russian)).toEqual([]);
    expect(omissions(german, russian)).toEqual([]);
  });
  it('a place the Russian does not name is still a name added', () => {
    expectFlag(names('Der Gouverneur traf sich mit Kollegen aus Kaliningrad.', 'Губернатор встретился с коллегами.'), 'name-added', 'Kaliningrad', null);
  });
});

describe('a predicate added as a conjunct in a partial quote', () => {
  it('„teuer und sinnlos“ / «дорогими» adds sinnlos', () => {
    expectFlag(additions('Die Ministerin nannte die Zölle „teuer und sinnlos“.', 'Министр назвала пошлины «дорогими».'), 'addition-words', 'sinnlos', null);
  });
  it('both predicates rendered is no addition', () => {
    expect(additions('Die Ministerin nannte die Zölle „teuer und sinnlos“.', 'Министр назвала пошлины «дорогими и бессмысленными».')).toEqual([]);
  });
});
