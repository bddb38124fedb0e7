import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 15 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher.
const defects = appDefects;
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('ages and spans in one Russian adjective with a teen or compound numeral', () => {
  it.each([
    ['a teen numeral', 'Die 17-jährige Schülerin gewann den Wettbewerb.', 'Семнадцатилетняя школьница выиграла конкурс.'],
    ['tens and units', 'Der 25-jährige Vertrag läuft aus.', 'Двадцатипятилетний договор истекает.'],
    ['a round ten', 'Die 60-jährige Ärztin ging in Rente.', 'Шестидесятилетняя врач вышла на пенсию.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('another age is a changed number', () => {
    expect(kinds('Die 18-jährige Schülerin gewann den Wettbewerb.', 'Семнадцатилетняя школьница выиграла конкурс.')).toEqual(['number']);
  });
});

describe('centimetres and millimetres are units of their own', () => {
  it('the same length: no flag', () => {
    expect(defects('Der Schnee lag 40 Zentimeter hoch.', 'Снег лежал высотой 40 сантиметров.')).toEqual([]);
  });
  it.each([
    ['centimetres against metres', 'Der Schnee lag 40 Zentimeter hoch.', 'Снег лежал высотой 40 метров.'],
    ['millimetres against centimetres', 'Es fielen 12 Millimeter Regen.', 'Выпало 12 сантиметров осадков.'],
  ] as const)('%s: a number flag', (_name, german, russian) => {
    expect(kinds(german, russian)).toEqual(['number']);
  });
});

describe('contradict is a polarity-reversing verb on both sides', () => {
  it('widersprechen / противоречить: no flag', () => {
    expect(defects('Der Bericht widerspricht den Angaben des Ministeriums.', 'Доклад противоречит данным министерства.')).toEqual([]);
  });
  it('contradict against agree is a reversal', () => {
    expect(kinds('Der Bericht widerspricht den Angaben des Ministeriums.', 'Доклад подтверждает данные министерства.')).toEqual(['negation']);
  });
});

describe('a time bound: nicht vor / nicht früher als answer не раньше / не ранее', () => {
  it.each([
    ['before a year', 'Die Brücke wird nicht vor 2031 fertig.', 'Мост будет готов не раньше 2031 года.'],
    ['before a month', 'Die Messe öffnet nicht vor Ende Mai.', 'Выставка откроется не ранее конца мая.'],
    ['früher als', 'Die Brücke wird nicht früher als 2031 fertig.', 'Мост будет готов не раньше 2031 года.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('nicht vor a place stays a negation', () => {
    expect(kinds('Der Fall kommt nicht vor Gericht.', 'Дело попадёт в суд.')).toEqual(['negation']);
  });
});

describe('a negated modal of possibility answers a Russian predicative of impossibility', () => {
  it.each([
    ['kann nicht / невозможно', 'Die Brücke kann im Winter nicht saniert werden.', 'Отремонтировать мост зимой невозможно.'],
    ['lässt sich nicht / невозможно', 'Die genaue Zahl der Opfer lässt sich nicht feststellen.', 'Установить точное число жертв невозможно.'],
    ['lässt sich nicht / нельзя', 'Der Vertrag lässt sich nicht mehr ändern.', 'Договор уже нельзя изменить.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('a negated modal against a plain possibility is a lost negation', () => {
    expect(kinds('Die Brücke kann im Winter nicht saniert werden.', 'Мост можно отремонтировать зимой.')).toContain('negation');
  });
});

describe('a number inside a quoted name belongs to that name', () => {
  it('another quoted channel name: a name flag that holds the number, no number flag', () => {
    const flags = defects('Der Moderator des Senders „Kanal 5“ sprach mit dem Minister.', 'Ведущий телеканала «Рен ТВ» поговорил с министром.');
    expect(flags.map((f) => f.kind)).toEqual(['name']);
    expect(flags[0]!.german.map((w) => w.text)).toEqual(['5']);
  });
  it('the same name with another number is still a changed number', () => {
    expect(kinds('Der Moderator des Senders „Kanal 5“ sprach mit dem Minister.', 'Ведущий телеканала «Канал 7» поговорил с министром.')).toEqual(['number']);
  });
  it('a number outside the quotation marks keeps its own flag', () => {
    expect(kinds('Der Sender „Dožd“ zeigte 5 Filme.', 'Телеканал «Дождь» показал фильмы.')).toEqual(['number']);
  });
});
