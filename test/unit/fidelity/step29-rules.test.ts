import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Rules of method step 29 of shared/fidelity/README.md (reporting on op-eds and interviews),
// each with its own sentences, with the app's matcher: the construction the rule leaves alone
// (or flags) and a near case on the other side of the rule.
const of = (kind: string) => (german: string, russian: string) => appDefects(german, russian).filter((f) => f.kind === kind);
const hedges = of('hedge');
const numbers = of('number');
const omissions = of('omission');

describe('hedges of reported questions, abilities and demands', () => {
  it('a rhetorical question made indirect: wer das bezahlen solle / кто за это заплатит?', () => {
    expect(hedges('Der Direktor fragte, wer die neue Heizung bezahlen solle.', '«Кто заплатит за новое отопление?» — спросил директор.')).toEqual([]);
  });
  it('solle in a plain statement against a plain Russian statement is still an added hedge', () => {
    expectFlag(hedges('Der Direktor sagte, die Stadt solle die neue Heizung bezahlen.', '«Город заплатит за новое отопление», — сказал директор.'), 'hedge-added', 'solle', null);
  });
  it('können renders уметь: kaum noch rechnen können / почти не умеют считать', () => {
    expect(hedges('Viele Lehrlinge könnten kaum noch im Kopf rechnen, klagt der Meister.', '«Многие ученики почти не умеют считать в уме», — жалуется мастер.')).toEqual([]);
  });
  it('können against a plain Russian verb is still an added hedge', () => {
    expectFlag(hedges('Viele Lehrlinge könnten kaum noch im Kopf rechnen, klagt der Meister.', '«Многие ученики почти не считают в уме», — жалуется мастер.'), 'hedge-added', 'könnten', null);
  });
  it('как следует is "properly", no obligation lost', () => {
    expect(hedges('Die Brücke sei nie richtig gewartet worden, sagte der Ingenieur.', '«Мост никогда как следует не обслуживали», — сказал инженер.')).toEqual([]);
  });
  it('следует on its own is an obligation the German drops', () => {
    expectFlag(hedges('Die Brücke werde gewartet, sagte der Ingenieur.', '«Мост следует обслуживать», — сказал инженер.'), 'hedge-lost', null, 'следует');
  });
  it('a verb of advocacy carries надо: plädiert dafür, … zu schließen', () => {
    expect(hedges('Die Ärztin plädiert dafür, die Kantine am Wochenende zu schließen.', '«Столовую надо закрывать по выходным», — считает врач.')).toEqual([]);
  });
  it('without a verb of advocacy надо is still lost', () => {
    expectFlag(hedges('Die Ärztin sagt, die Kantine werde am Wochenende geschlossen.', '«Столовую надо закрывать по выходным», — считает врач.'), 'hedge-lost', null, 'надо');
  });
});

describe('numbers that are no numbers', () => {
  it('a decade said as a word: seit den Siebzigerjahren / с 1970-х годов', () => {
    expect(numbers('Der See sei seit den Siebzigerjahren um die Hälfte kleiner geworden.', '«С 1970-х годов озеро уменьшилось вдвое».')).toEqual([]);
  });
  it('another decade is still a changed or missing number', () => {
    expect(numbers('Der See sei seit den Achtzigerjahren um die Hälfte kleiner geworden.', '«С 1970-х годов озеро уменьшилось вдвое».').length).toBeGreaterThan(0);
  });
  it('a date word inside a quoted title is part of the name', () => {
    expect(numbers('Das sagte der Forscher dem Magazin „Mir segodnja“.', 'Об этом исследователь рассказал журналу «Мир сегодня».')).toEqual([]);
  });
  it('a date word outside the title is still compared', () => {
    expect(numbers('Das sagte der Forscher am Montag dem Magazin „Mir segodnja“.', 'Об этом исследователь рассказал журналу «Мир сегодня» во вторник.').length).toBeGreaterThan(0);
  });
});

describe('an unnamed source or an estimate dropped is a hedge lost', () => {
  it('по словам источников dropped: hedge lost', () => {
    expectFlag(hedges('Der Bürgermeister habe die Baukosten der Brücke verschwiegen, schreibt der Reporter in seinem Blog.', '«По словам источников в правительстве, мэр скрыл стоимость моста», — пишет репортёр в своём блоге.'), 'hedge-lost', null, 'источников');
  });
  it('rendered with laut Quellen it is answered', () => {
    expect(hedges('Laut Quellen in der Regierung habe der Bürgermeister die Baukosten der Brücke verschwiegen, schreibt der Reporter.', '«По словам источников в правительстве, мэр скрыл стоимость моста», — пишет репортёр.')).toEqual([]);
  });
  it('a named speaker (по словам врача) is answered by the German speech verb', () => {
    expect(hedges('Der Arzt sagte, die Patientin sei außer Gefahr.', 'По словам врача, пациентка вне опасности.')).toEqual([]);
  });
  it('по грубым оценкам dropped: a hedge lost, not an omission', () => {
    const german = 'Die Region verliere jedes Jahr etwa 40 Milliarden Rubel, sagt der Ökonom.';
    const russian = '«Регион теряет ежегодно, по грубым оценкам, около 40 млрд рублей», — говорит экономист.';
    expectFlag(hedges(german, russian), 'hedge-lost', null, 'оценкам');
    expect(omissions(german, russian)).toEqual([]);
  });
});

describe('clipped compounds', () => {
  it('Севморпуть is the Northern Sea Route (der Nördliche Seeweg)', () => {
    expect(of('name')('Auf dem Nördlichen Seeweg fuhren im Sommer mehr Tanker, sagte der Kapitän.', '«Летом по Севморпути прошло больше танкеров», — сказал капитан.')).toEqual([]);
  });
});

describe('the genre of the piece and a unit before its numeral', () => {
  it('im Interview is the genre, no added name', () => {
    expect(of('name')('Die Lehrerin warnt im Interview, die Dorfschulen würden „still sterben“.', '«Сельские школы умирают тихо», — предупреждает учительница.')).toEqual([]);
  });
  it('an added place is still an added name', () => {
    expectFlag(of('name')('Die Lehrerin warnt in Kostroma, die Dorfschulen würden „still sterben“.', '«Сельские школы умирают тихо», — предупреждает учительница.'), 'name-added', 'Kostroma', null);
  });
  it('месяцев пять-шесть (about five or six months) — fünf, sechs Monate: no omission', () => {
    expect(omissions('Die Reparatur dauere „fünf, sechs Monate“, sagte der Ingenieur.', '«Ремонт займёт месяцев пять-шесть», — сказал инженер.')).toEqual([]);
  });
});

describe('a stance reversed by opposite words, without a negation', () => {
  const negations = of('negation');
  it('leichter / труднее: the change is reversed', () => {
    expectFlag(negations('Für Rentner sei es „viel leichter geworden, einen Arzttermin zu bekommen“, sagte die Ärztin.', '«Пенсионерам стало гораздо труднее попасть к врачу», — сказала врач.'), 'polarity-reversed', 'leichter', 'труднее');
  });
  it('schwerer / труднее: no flag', () => {
    expect(negations('Für Rentner sei es „viel schwerer geworden, einen Arzttermin zu bekommen“, sagte die Ärztin.', '«Пенсионерам стало гораздо труднее попасть к врачу», — сказала врач.')).toEqual([]);
  });
  it('abgelehnt / принял: the decision is reversed', () => {
    expectFlag(negations('Der Trainer hat das Angebot des Vereins nach eigenen Worten abgelehnt.', '«Я принял предложение клуба», — сказал тренер.'), 'polarity-reversed', 'abgelehnt', 'принял');
  });
  it('stellte sich hinter / выступил против: the stance is reversed', () => {
    expectFlag(negations('Der Bischof stellte sich hinter das Verbot von Feuerwerk.', 'Епископ выступил против запрета фейерверков.'), 'polarity-reversed', 'hinter', 'против');
  });
  it('gegen / против: no flag', () => {
    expect(negations('Der Bischof sprach sich gegen das Verbot von Feuerwerk aus.', 'Епископ выступил против запрета фейерверков.')).toEqual([]);
  });
});

describe('the correction "not X but Y" said alike', () => {
  const negations = of('negation');
  it('kein X, sondern Y / не X, а Y beside a word of negative sense: no reversal', () => {
    expect(negations('Das Badeverbot am See sei „keine Willkür, sondern Vorsicht“, sagte der Bürgermeister.', '«Запрет на купание в озере — это не произвол, а осторожность», — сказал мэр.')).toEqual([]);
  });
  it('the negation dropped from the correction is still flagged', () => {
    expect(negations('Das Badeverbot am See sei „Willkür und Vorsicht“, sagte der Bürgermeister.', '«Запрет на купание в озере — это не произвол, а осторожность», — сказал мэр.').length).toBeGreaterThan(0);
  });
});
