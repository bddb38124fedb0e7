import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { romanValue } from '../../../shared/fidelity/numbers';
import { appDefects, appFidelityMatcher } from '../../support/fidelity-rules';

// Rules of method step 14 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher.
const defects = appDefects;
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('Roman numerals', () => {
  it.each([
    ['XI', 11], ['IV', 4], ['XIX', 19], ['XXI', 21], ['XX.', 20], ['IX', 9],
  ] as const)('%s is %d', (text, value) => {
    expect(romanValue(text)).toBe(value);
  });
  it.each(['Ivan', 'XL', 'MIX', '', 'x'])('%s is no Roman numeral here', (text) => {
    expect(romanValue(text)).toBeNull();
  });
});

describe('centuries and eras', () => {
  it.each([
    ['a Roman century against a German ordinal', 'Die Kirche wurde im 14. Jahrhundert gebaut.', 'Церковь построили в XIV веке.'],
    ['a Roman century in the dative', 'Die Urkunde gehört zum 12. Jahrhundert.', 'Грамота относится к XII веку.'],
    ['before the common era on both sides', 'Die Siedlung entstand im 3. Jahrhundert v. Chr.', 'Поселение возникло в III веке до н. э.'],
    ['a Roman millennium', 'Die Scherben stammen aus dem 2. Jahrtausend vor Christus.', 'Черепки датируются II тысячелетием до нашей эры.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it.each([
    ['another Roman century', 'Die Kirche wurde im 14. Jahrhundert gebaut.', 'Церковь построили в XV веке.'],
    ['the era on one side only', 'Die Siedlung entstand im 3. Jahrhundert.', 'Поселение возникло в III веке до н. э.'],
  ] as const)('%s: a number flag', (_name, german, russian) => {
    expect(kinds(german, russian)).toEqual(['number']);
  });
  it('a Roman numeral not before a unit stays a word (Пётр I)', () => {
    expect(kinds('Die Statue zeigt Peter den Ersten.', 'Статуя изображает Петра I.')).not.toContain('number');
  });
});

describe('a number inside an added or omitted phrase goes with the phrase', () => {
  it('a dropped counted phrase: one omission flag, the number among its words', () => {
    const flags = defects('Die Stadt baut drei neue Schulen, das Geld kommt vom Land.', 'Город построит три новые школы и четыре спортивных зала, деньги выделит область.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toContain('четыре');
  });
  it('an added phrase with a century: one addition flag', () => {
    const flags = defects('Die Bibliothek bekommt 500 Bücher aus einem Nachlass, darunter einige Drucke aus dem 17. Jahrhundert.', 'Библиотека получает 500 книг из частного наследства.');
    expect([...new Set(flags.map((f) => f.kind))]).toEqual(['addition']);
  });
  it('a number changed beside matched words is still a number flag', () => {
    expect(kinds('Die Stadt baut drei neue Schulen.', 'Город построит четыре новые школы.')).toEqual(['number']);
  });
});

describe('a modal adjective negated by a Russian не-adjective', () => {
  it('möglich against невозможным is a lost negation, not an added hedge', () => {
    const flags = defects('Der Minister hält eine Einigung für möglich.', 'Министр считает соглашение невозможным.');
    expect(flags.map((f) => `${f.kind}/${f.reason}`)).toEqual(['negation/negation-lost']);
  });
  it('möglich against возможным: no flag', () => {
    expect(defects('Der Minister hält eine Einigung für möglich.', 'Министр считает соглашение возможным.')).toEqual([]);
  });
});

describe('plans, expectations and suspicions said with a content verb', () => {
  it.each([
    ['soll as a plan against планируют', 'Die neue Brücke soll im Herbst freigegeben werden.', 'Новый мост планируют открыть осенью.'],
    ['soll as a plan against намерены', 'Die Stadtwerke sollen die Leitungen bis Juni erneuern.', 'Городские службы намерены обновить трубы до июня.'],
    ['soll as an allegation against подозревают', 'Festgenommen wurde ein Mann, der Kabel gestohlen haben soll.', 'Задержан мужчина, которого подозревают в краже кабеля.'],
    ['a German passive of expectation against ожидается', 'Für Sonntag wird starker Schneefall erwartet.', 'В воскресенье ожидается сильный снегопад.'],
    ['a German passive of plan against планируется', 'Der Umbau des Bahnhofs ist für 2027 geplant.', 'Реконструкция вокзала планируется на 2027 год.'],
  ] as const)('%s: no hedge flag', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'hedge')).toEqual([]);
  });
  it.each([
    ['angeblich against a plan verb with its subject', 'Angeblich will die Firma ein Werk bauen.', 'Компания планирует построить завод.'],
    ['ожидается lost without a German passive', 'Am Sonntag schneit es stark.', 'В воскресенье ожидается сильный снегопад.'],
  ] as const)('%s: a hedge flag', (_name, german, russian) => {
    expect(kinds(german, russian)).toContain('hedge');
  });
});

describe('litotes of chance and records said with never', () => {
  it.each([
    ['kein Zufall against не случайно', 'Dass der Trainer gehen musste, ist kein Zufall.', 'Тренер ушёл не случайно.'],
    ['nicht zufällig against не случайно', 'Der Termin wurde nicht zufällig gewählt.', 'Дату выбрали не случайно.'],
    ['kein Zufall against не случайность', 'Der Erfolg der Mannschaft ist kein Zufall.', 'Успех команды — не случайность.'],
    ['wie nie zuvor against a record', 'Der Fluss führt so viel Wasser wie nie zuvor.', 'Уровень воды в реке достиг рекорда.'],
    ['wie noch nie against как никогда', 'Die Nachfrage ist so hoch wie noch nie.', 'Спрос высок как никогда.'],
  ] as const)('%s: no negation flag', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'negation')).toEqual([]);
  });
  it.each([
    ['nie on one side only', 'Die Fähre fährt nie im Winter.', 'Паром ходит зимой.'],
  ] as const)('%s: a negation flag', (_name, german, russian) => {
    expect(kinds(german, russian)).toContain('negation');
  });
});

describe('multiplicatives on a word numeral', () => {
  it.each([
    ['anderthalbmal against полтора раза', 'Die Miete ist anderthalbmal so hoch wie im Vorjahr.', 'Аренда в полтора раза выше, чем в прошлом году.'],
    ['eineinhalbmal against полтора раза', 'Der neue Zug fährt eineinhalbmal so schnell.', 'Новый поезд едет в полтора раза быстрее.'],
  ] as const)('%s: no number flag', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'number')).toEqual([]);
  });
  it('anderthalbmal against два раза is a changed number', () => {
    expect(kinds('Die Miete ist anderthalbmal so hoch wie im Vorjahr.', 'Аренда в два раза выше, чем в прошлом году.')).toEqual(['number']);
  });
});

describe('a negation inside an announced gap', () => {
  it('is announced even where a German word outside the gap was paired with it', () => {
    const flags = checkQuote({ german: 'Wir zahlen die Strafe (...) und akzeptieren das Urteil.', russian: 'Мы заплатим штраф, хотя и не согласны с приговором, и принимаем его.' }, { matcher: appFidelityMatcher }).flags;
    expect(flags.filter((f) => f.kind === 'negation' && f.status === 'defect')).toEqual([]);
    expect(flags.filter((f) => f.kind === 'negation' && f.status === 'announced')).toHaveLength(1);
  });
  it('a negation lost outside the gap is still a defect', () => {
    expect(kinds('Wir zahlen die Strafe (...) und akzeptieren das Urteil.', 'Мы не заплатим штраф, хотя и не согласны с приговором, но принимаем его.')).toContain('negation');
  });
});

describe('the target of a change: auf + quantity against a Russian verb of reaching', () => {
  it.each([
    ['und достигла', 'Die Inflation ist im Frühjahr um 2 Prozent auf 9 Prozent gestiegen.', 'Инфляция весной выросла на 2 процента и достигла 9 процентов.'],
    ['составив', 'Die Zahl der Passagiere sank auf 40.000.', 'Число пассажиров снизилось, составив 40 тысяч.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('another target value is still a number flag', () => {
    expect(kinds('Die Inflation ist im Frühjahr um 2 Prozent auf 8 Prozent gestiegen.', 'Инфляция весной выросла на 2 процента и достигла 9 процентов.')).toEqual(['number']);
  });
});

describe('a record comment on one side only', () => {
  it.each([
    ['mehr als je zuvor added', 'Der Zoo zählte im Juli 9000 Besucher, mehr als je zuvor.', 'Зоопарк в июле посетили 9000 человек.', 'addition'],
    ['как никогда dropped', 'Die Lage an der Grenze ist angespannt.', 'Ситуация на границе напряжена как никогда.', 'omission'],
  ] as const)('%s', (_name, german, russian, kind) => {
    expect(kinds(german, russian)).toEqual([kind]);
  });
  it.each([
    ['wie nie zuvor against рекордно', 'Im Winter kamen so viele Gäste wie nie zuvor.', 'Зимой приехало рекордно много гостей.'],
    ['wie noch nie against как никогда', 'Die Lage an der Grenze ist so angespannt wie noch nie.', 'Ситуация на границе напряжена как никогда.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'addition' || f.kind === 'omission' || f.kind === 'negation')).toEqual([]);
  });
});

describe('universal quantifiers and comparatives of duration', () => {
  it.each([
    ['sämtliche against всех', 'Die Schule hat sämtliche Fenster erneuert.', 'Школа заменила все окна.'],
    ['sämtlichen against всем', 'Die Stadt schickt sämtlichen Mietern einen Brief.', 'Город направит письмо всем жильцам.'],
    ['länger against больше', 'Die Reparatur dauert drei Tage, vielleicht auch länger.', 'Ремонт займёт три дня, а возможно, и больше.'],
  ] as const)('%s: no addition or omission flag', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'addition' || f.kind === 'omission')).toEqual([]);
  });
});

describe('a specification appended with a focus marker', () => {
  it('an added „vor allem …“ is an addition', () => {
    expect(kinds('Der Hafen hat im Mai 300 Schiffe abgefertigt, vor allem Tanker.', 'Порт в мае обработал 300 судов.')).toEqual(['addition']);
  });
  it('a dropped „в том числе …“ is an omission', () => {
    expect(kinds('Bei dem Brand wurden neun Menschen verletzt.', 'При пожаре пострадали девять человек, в том числе пожарные.')).toEqual(['omission']);
  });
  it('a rendered specification raises no flag', () => {
    expect(defects('Der Hafen hat im Mai 300 Schiffe abgefertigt, vor allem Tanker.', 'Порт в мае обработал 300 судов, прежде всего танкеров.')).toEqual([]);
  });
});

describe('the second word of a two-word name said differently', () => {
  it('a known word beside the matched first word is another name', () => {
    expect(kinds('Das Museum in Stary Oskol öffnet im Mai.', 'Музей в Старом Крыму откроется в мае.')).toEqual(['name']);
  });
  it('the same two-word name raises no name flag', () => {
    expect(defects('Das Museum in Stary Oskol öffnet im Mai.', 'Музей в Старом Осколе откроется в мае.')).toEqual([]);
  });
});
