import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Polarity constructions (method step 13 of shared/fidelity/README.md), with the app's matcher.
const defects = appDefects;
const negationFlags = (german: string, russian: string) => defects(german, russian).filter((f) => f.kind === 'negation');

describe('fidelity polarity: faithful renderings raise no negation flag', () => {
  it.each([
    ['the noun das Nichts (vor dem Nichts stehen)', 'Nach dem Hochwasser standen die Händler vor dem Nichts.', 'После наводнения торговцы потеряли всё.'],
    ['the noun das Nichts after ins', 'Die Spenden verschwanden ins Nichts.', 'Пожертвования исчезли бесследно.'],
    ['a double negation with ohne rendered positively', 'In der Stadt bleibt keine Schule ohne Heizung.', 'Все школы города будут с отоплением.'],
    ['nie … ohne rendered positively', 'Der Bürgermeister fährt nie ohne Fahrer.', 'Мэр всегда ездит с водителем.'],
    ['an existential нет above a reversing infinitive', 'Es gibt keinen Anlass, die Messe nicht zu eröffnen.', 'Причин запрещать открытие ярмарки нет.'],
    ['отказ with a genitive noun is a failure', 'Ein Defekt der Bremsen hat den Unfall verursacht.', 'Причиной аварии стал отказ тормозов.'],
    ['an un-participle for не + verb', 'Der Fahrplan bleibt unverändert.', 'Расписание не изменится.'],
    ['the same direction of change on both sides', 'Die Mieten in der Stadt sind gesunken.', 'Арендная плата в городе снизилась.'],
    ['a rise on both sides', 'Der Umsatz des Hafens ist gestiegen.', 'Оборот порта вырос.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(negationFlags(german, russian)).toEqual([]);
  });
});

describe('fidelity polarity: defects still found', () => {
  it.each([
    ['a fall for a rise', 'Die Brotpreise sind gesunken.', 'Цены на хлеб выросли.', 'polarity-reversed', 'gesunken', 'выросли'],
    ['a rise for a fall', 'Die Zahl der Besucher ist gestiegen.', 'Число посетителей сократилось.', 'polarity-reversed', 'gestiegen', 'сократилось'],
    ['a refusal said with отказ from', 'Die Firma hat dem Vertrag zugestimmt.', 'Компания заявила об отказе от контракта.', 'polarity-reversed', null, 'отказе'],
    ['a refusal said with отказ and an infinitive', 'Der Minister hat das Gesetz unterschrieben.', 'Министр объявил об отказе подписать закон.', 'polarity-reversed', null, 'отказе'],
    ['ohne alone against a Russian double negation', 'Viele Dörfer bleiben ohne Strom.', 'Ни одна деревня не останется без электричества.', null, null, null],
    ['a plain не beside an un-word that renders another word', 'Der Fahrplan bleibt unverändert, die Züge fahren.', 'Расписание не изменится, поезда не ходят.', 'negation-lost', null, 'не'],
  ] as const)('%s', (_name, german, russian, reason, deWord, ruWord) => {
    const flags = negationFlags(german, russian);
    expect(flags.length, JSON.stringify(defects(german, russian))).toBeGreaterThan(0);
    if (!reason) return;
    expectFlag(flags, reason, deWord, ruWord);
  });

  it('still reports a lost не beside a participle that merely starts with un- (unterschrieben)', () => {
    expect(negationFlags('Der Mietvertrag ist unterschrieben.', 'Договор аренды пока не подписан.').map((f) => f.reason)).toContain('negation-lost');
  });

  it('does not read a rise negated on one side as a reversed direction', () => {
    expect(negationFlags('Die Mieten sind nicht gestiegen.', 'Арендная плата снизилась.').map((f) => f.reason)).not.toContain('polarity-reversed');
  });
});
