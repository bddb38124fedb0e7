import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { appFidelityMatcher, expectFlag } from '../../support/fidelity-rules';

// Hedge and modality constructions (method step 13 of shared/fidelity/README.md), with the app's matcher.
const hedgeFlags = (german: string, russian: string) => checkQuote({ german, russian }, { matcher: appFidelityMatcher }).flags.filter((f) => f.status === 'defect' && f.kind === 'hedge');

describe('fidelity hedges: faithful renderings raise no hedge flag', () => {
  it.each([
    ['sollen deliberating in a wh-question', 'Was soll aus dem alten Bahnhof werden?', 'Что будет со старым вокзалом?'],
    ['sollen deliberating in a question inside quotation marks', '„Wer soll die neue Brücke bezahlen?“, fragte der Kämmerer.', '«Кто заплатит за новый мост?» — спросил казначей.'],
    ['a trailing evidence tag (ergab) for согласно', 'Viele Studenten arbeiten neben dem Studium, ergab eine Befragung.', 'Согласно опросу, многие студенты работают во время учёбы.'],
    ['a trailing evidence tag (zeigt) for по данным', 'Die Luft in der Stadt ist sauberer geworden, zeigt eine Messung.', 'По данным замеров, воздух в городе стал чище.'],
    ['можно with an infinitive said as es gibt', 'Tickets gibt es ab Montag an allen Kassen.', 'Билеты можно купить с понедельника во всех кассах.'],
    ['можно with an infinitive answering man kann', 'Man kann die Tickets ab Montag an allen Kassen kaufen.', 'Билеты можно купить с понедельника во всех кассах.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(hedgeFlags(german, russian)).toEqual([]);
  });
});

describe('fidelity hedges: defects still found', () => {
  it.each([
    ['soll in a statement is still a report', 'Der Direktor soll das Geld genommen haben.', 'Директор взял деньги.', 'hedge-added', 'soll', null],
    ['a hedge added inside a question', 'Wird die Brücke vielleicht gesperrt?', 'Мост закроют?', 'hedge-added', 'vielleicht', null],
    ['возможно lost beside можно', 'Tickets gibt es ab Montag.', 'Билеты, возможно, можно будет купить с понедельника.', 'hedge-lost', null, 'возможно'],
    ['согласно lost with no tag', 'Viele Studenten arbeiten neben dem Studium.', 'Согласно опросу, многие студенты работают во время учёбы.', 'hedge-lost', null, 'Согласно'],
    ['an evidence verb is no attribution outside a trailing tag', 'Die Umfrage ergab, dass viele Studenten arbeiten.', 'Многие студенты, вероятно, работают.', 'hedge-lost', null, 'вероятно'],
  ] as const)('%s', (_name, german, russian, reason, deWord, ruWord) => {
    const flags = hedgeFlags(german, russian);
    expectFlag(flags, reason, deWord, ruWord);
  });
});
