import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 27 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must leave alone and one it must (still) flag.
const kindFlags = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const negation = kindFlags('negation');
const hedge = kindFlags('hedge');
const omission = kindFlags('omission');
const addition = kindFlags('addition');
const name = kindFlags('name');

describe('a record said by comparison negates nothing', () => {
  it('so warm wie seit 40 Jahren nicht mehr / рекордная температура: no negation', () => {
    expect(negation('Im März war es so warm wie seit 40 Jahren nicht mehr, sagte die Meteorologin.', 'В марте было рекордно тепло за 40 лет, сказала метеоролог.')).toEqual([]);
  });
  it('so gut wie lange nicht / лучший за много лет: no negation', () => {
    expect(negation('Die Ernte war so gut wie lange nicht, sagte der Bauer.', 'Урожай был лучшим за много лет, сказал фермер.')).toEqual([]);
  });
  it('a plain added nicht is still flagged', () => {
    expect(negation('Im März war es seit 40 Jahren nicht warm.', 'В марте было тепло за 40 лет.')).not.toEqual([]);
  });
});

describe('"nicht mehr" renders a Russian verb of ceasing', () => {
  it('fährt nicht mehr / прекращает движение: no negation', () => {
    expect(negation('Ab Montag fährt die Straßenbahn in die Altstadt nicht mehr.', 'С понедельника трамвай в старый город прекращает движение.')).toEqual([]);
  });
  it('nicht mehr without a verb of ceasing is still an added negation', () => {
    expect(negation('Ab Montag fährt die Straßenbahn in die Altstadt nicht mehr.', 'С понедельника трамвай ходит в старый город.')).not.toEqual([]);
  });
});

describe('"soll" with an active infinitive renders a Russian plain future', () => {
  it('soll … bringen / будет доставлять: no hedge', () => {
    expect(hedge('Die neue Fähre soll stündlich 300 Autos über den Fluss bringen, sagte der Hafenchef.', 'Новый паром будет ежечасно перевозить через реку 300 машин, сказал начальник порта.')).toEqual([]);
  });
  it('solle … öffnen / начнёт работать: no hedge', () => {
    expect(hedge('Die Bibliothek solle im Herbst wieder öffnen, teilte die Stadt mit.', 'Осенью библиотека снова начнёт работать, сообщили в мэрии.')).toEqual([]);
  });
  it('soll … gestohlen haben (a past deed) is still an allegation', () => {
    expect(hedge('Der Fahrer soll das Geld gestohlen haben.', 'Водитель будет отвечать за кражу денег.')).not.toEqual([]);
  });
  it('soll with a Russian past is still an added hedge', () => {
    expect(hedge('Der Minister soll den Vertrag unterschreiben.', 'Министр подписал договор.')).not.toEqual([]);
  });
});

describe('adverbs of the present answer each other', () => {
  it('inzwischen / сегодня: no omission', () => {
    expect(omission('Der Stausee ist inzwischen doppelt so groß wie vor zehn Jahren.', 'Водохранилище сегодня вдвое больше, чем десять лет назад.')).toEqual([]);
  });
});

describe('a determiner of totality says the whole as an adverb of completeness does', () => {
  it('lehnt jede Verantwortung ab / полностью отрицает ответственность: no omission', () => {
    expect(omission('Die Firma weist jede Verantwortung für den Unfall zurück.', 'Компания полностью отрицает свою ответственность за аварию.')).toEqual([]);
  });
  it('without a determiner the dropped полностью is still flagged', () => {
    expect(omission('Die Firma weist die Verantwortung für den Unfall zurück.', 'Компания полностью отрицает свою ответственность за аварию.')).not.toEqual([]);
  });
});

describe('first findings are provisional', () => {
  it('nach ersten Erkenntnissen added: a hedge', () => {
    expect(hedge('Nach ersten Erkenntnissen ist der Brand in der Küche ausgebrochen, sagte die Feuerwehr.', 'Пожар начался на кухне, сообщили пожарные.')).not.toEqual([]);
  });
  it('nach ersten Erkenntnissen / по предварительным данным: no hedge', () => {
    expect(hedge('Nach ersten Erkenntnissen ist der Brand in der Küche ausgebrochen.', 'По предварительным данным, пожар начался на кухне.')).toEqual([]);
  });
});

describe('a new record, the usual amount', () => {
  it('ein neuer Landesrekord / рекорд страны: no addition', () => {
    expect(addition('Die Springerin stellte mit 2,05 Metern einen neuen Landesrekord auf.', 'Прыгунья установила рекорд страны — 2,05 метра.')).toEqual([]);
  });
  it('der normalen Monatsmenge / месячной нормы: "normal" is no addition', () => {
    expect(addition('In Kasan fiel binnen zwei Tagen ein Viertel der normalen Monatsmenge an Schnee.', 'За двое суток в Казани выпала четверть месячной нормы снега.').filter((f) => f.german.some((w) => w.text === 'normalen'))).toEqual([]);
  });
  it('an added "usual" without норма is still an addition', () => {
    expect(addition('In Tomsk ist an einem Tag die Hälfte der üblichen Wochenmenge an Regen gefallen.', 'За день в Томске выпала половина недельного дождя.')).not.toEqual([]);
  });
});

describe('regions named by a direction and residence said by a preposition', () => {
  it('im Hohen Norden / проживающих на Крайнем Севере: no name, no omission', () => {
    const de = 'Die Stromtarife für Familien im Hohen Norden werden gesenkt.';
    const ru = 'Тарифы на электричество для семей, проживающих на Крайнем Севере, снизят.';
    expect(name(de, ru)).toEqual([]);
    expect(omission(de, ru)).toEqual([]);
  });
  it('a region dropped to its bare direction is still a name missing', () => {
    expect(name('Die Stromtarife für Familien im Norden werden gesenkt.', 'Тарифы на электричество для семей, проживающих на Крайнем Севере, снизят.')).not.toEqual([]);
  });
});

describe('a specification both sides append', () => {
  it('…, darunter vier Welpen / …, в том числе четыре щенка: no omission, no addition', () => {
    const de = 'Im Tierheim leben derzeit 40 Hunde, darunter vier Welpen.';
    const ru = 'В приюте сейчас живут 40 собак, в том числе четыре щенка.';
    expect(omission(de, ru)).toEqual([]);
    expect(addition(de, ru)).toEqual([]);
  });
  it('a specification on one side only is still flagged', () => {
    expect(addition('Im Tierheim leben derzeit 40 Hunde, darunter vier Welpen.', 'В приюте сейчас живут 40 собак.')).not.toEqual([]);
  });
});

describe('künftig = впредь', () => {
  it('auch künftig / и впредь: no omission', () => {
    expect(omission('Der Eintritt ins Museum bleibt auch künftig frei.', 'Вход в музей и впредь останется свободным.')).toEqual([]);
  });
});

describe('an added focus on the extreme case', () => {
  it('Selbst der Trainer … / Тренер …: an addition', () => {
    expect(addition('„Selbst der Trainer hat mit diesem Sieg nicht gerechnet“, sagte die Kapitänin.', '«Тренер не рассчитывал на эту победу», — сказала капитан.')).not.toEqual([]);
  });
  it('Sogar die Post … / Даже почта …: no addition', () => {
    expect(addition('Sogar die Post blieb wegen des Sturms geschlossen.', 'Даже почта была закрыта из-за урагана.')).toEqual([]);
  });
  it('manchmal sogar länger / а порой и дольше: no addition', () => {
    expect(addition('Die Reparatur dauert zwei Wochen, manchmal sogar länger.', 'Ремонт занимает две недели, а порой и дольше.')).toEqual([]);
  });
  it('kam selbst (in person) is no focus', () => {
    expect(addition('Die Ministerin kam selbst zur Eröffnung.', 'Министр лично приехала на открытие.')).toEqual([]);
  });
});
