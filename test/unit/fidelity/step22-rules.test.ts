import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../../shared/fidelity/names';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 22 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const defects = (german: string, russian: string) => appDefects(german, russian);
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('soll with a passive infinitive is a plan', () => {
  it('soll … saniert werden / отремонтируют: no hedge added', () => {
    expect(kinds('Die alte Schwimmhalle soll im Sommer saniert werden.', 'Старый бассейн отремонтируют летом.')).toEqual([]);
  });
  it('sollen … geschlossen werden / закроют: the same in the plural', () => {
    expect(kinds('Zwei Filialen der Bank sollen bis Dezember geschlossen werden.', 'До декабря закроют два отделения банка.')).toEqual([]);
  });
  it('soll … bestochen worden sein (a past deed) is still an allegation: a hedge added', () => {
    expect(kinds('Der Prüfer soll bestochen worden sein.', 'Инспектора подкупили.')).toEqual(['hedge']);
  });
  it('soll with an active infinitive is still an allegation: a hedge added', () => {
    expect(kinds('Der Bürgermeister soll Geld aus der Stadtkasse genommen haben.', 'Мэр взял деньги из городской казны.')).toEqual(['hedge']);
  });
  it('soll … gebaut werden against якобы: the two are still paired, no flag', () => {
    expect(kinds('Die Fabrik soll in Kasan gebaut werden.', 'Завод якобы построят в Казани.')).not.toContain('hedge');
  });
});

describe('отрицательный (a negative result) is no form of отрицать', () => {
  it('negativ / отрицательным: no reversed polarity', () => {
    expect(kinds('Der Corona-Test der Sängerin war negativ.', 'Тест певицы на коронавирус оказался отрицательным.')).toEqual([]);
  });
  it('bestätigt / отрицает is still a reversed polarity', () => {
    expect(kinds('Der Minister bestätigt den Rücktritt.', 'Министр отрицает отставку.')).toEqual(['negation']);
  });
});

describe('acquittal and conviction are an antonym pair', () => {
  it('freigesprochen / признал виновной: a reversed polarity', () => {
    expect(kinds('Das Stadtgericht hat die Buchhalterin freigesprochen.', 'Городской суд признал бухгалтера виновной.')).toEqual(['negation']);
  });
  it('verurteilt / оправдал: the same the other way round', () => {
    expect(kinds('Das Gericht hat den Förster verurteilt.', 'Суд оправдал лесника.')).toEqual(['negation']);
  });
  it('freigesprochen / оправдал and verurteilt / осудил: no flag', () => {
    expect(kinds('Das Gericht hat den Förster freigesprochen.', 'Суд оправдал лесника.')).toEqual([]);
    expect(kinds('Das Gericht hat den Förster verurteilt.', 'Суд осудил лесника.')).toEqual([]);
  });
  it('nicht schuldig / оправдал: the negated conviction is no reversal', () => {
    expect(kinds('Das Gericht hat den Förster für nicht schuldig erklärt.', 'Суд оправдал лесника.')).not.toContain('negation');
  });
});

describe('speech tags: verkündete, kritisierte; раскритиковал', () => {
  it('„…“, verkündete Agrarminister N. / — объявил министр N.: the verb of the tag is no addition', () => {
    expect(kinds('„Die Ernte ist eingebracht“, verkündete Agrarminister Boris Tulin.', '«Урожай собран», — объявил министр сельского хозяйства Борис Тулин.')).toEqual([]);
  });
  it('„…“, kritisierte der Abgeordnete / — раскритиковал депутат: no flag', () => {
    expect(kinds('„Der Haushalt ist nicht durchdacht“, kritisierte der Abgeordnete.', '«Бюджет не продуман», — раскритиковал депутат.')).toEqual([]);
  });
  it('a verb of announcing inside the quotation is still an addition', () => {
    expect(kinds('„Der Unterricht beginnt am Montag wieder, und wir verkünden das gern“, sagte die Schulleiterin.', '«Занятия возобновятся в понедельник», — сказала директор школы.')).toContain('addition');
  });
});

describe('zweier, dreier: the genitive of zwei and drei', () => {
  it('die Fusion zweier Molkereien / двух: no number flag', () => {
    expect(kinds('Die Fusion zweier Molkereien ist abgeschlossen.', 'Слияние двух молочных заводов завершено.')).toEqual([]);
  });
  it('zweier / трёх is a number changed', () => {
    expect(kinds('Die Fusion zweier Molkereien ist abgeschlossen.', 'Слияние трёх молочных заводов завершено.')).toEqual(['number']);
  });
});

describe('a purpose clause the German adds (um … zu) is an addition', () => {
  const german = 'Die Gemeinde setzt an der Umgehungsstraße 3.000 Sträucher, um den Staub zu binden.';
  it('…, um … zu binden / no purpose: an addition naming the whole clause', () => {
    const flags = defects(german, 'Община посадит у объездной дороги 3 тыс. кустов.');
    expect(flags.map((f) => f.kind)).toEqual(['addition']);
    expect(flags[0]!.german.map((w) => w.text).join(' ')).toBe('um den Staub zu binden');
  });
  it('zu inside a separable verb (aufzufangen) is the same infinitive', () => {
    expect(kinds('Die Gemeinde setzt an der Umgehungsstraße 3.000 Sträucher, um den Staub aufzufangen.', 'Община посадит у объездной дороги 3 тыс. кустов.')).toEqual(['addition']);
  });
  it('…, um … zu / чтобы: the purpose is rendered, no flag', () => {
    expect(kinds(german, 'Община посадит у объездной дороги 3 тыс. кустов, чтобы задерживать пыль.')).toEqual([]);
  });
});

describe('negations: пока with a ни-word, не … раньше with words between, a state by its negated antonym', () => {
  it('Solange niemand … / Пока никто не …: the не is real, both sides negate', () => {
    expect(kinds('Solange niemand klagt, wird die Behörde nichts unternehmen.', 'Пока никто не жалуется, ведомство ничего предпринимать не будет.')).toEqual([]);
  });
  it('… a German side without the second negation still loses one', () => {
    expect(kinds('Solange niemand klagt, wird die Behörde etwas unternehmen.', 'Пока никто не жалуется, ведомство ничего предпринимать не будет.')).toEqual(['negation']);
  });
  it('пока … не without a ни-word is still "until" (bis), no negation', () => {
    expect(kinds('Die Fähre wartet, bis der Sturm nachlässt.', 'Паром ждёт, пока шторм не утихнет.')).not.toContain('negation');
  });
  it('nicht vor dem Sommer / не сможем … раньше лета: a time bound each side, no negation', () => {
    expect(kinds('Die Schule werde nicht vor dem Sommer renoviert sein, sagte der Direktor.', '«Мы не успеем отремонтировать школу раньше лета», — сказал директор.')).toEqual([]);
  });
  it('vor Ende 2026 nicht / не … раньше конца 2026 года: both negate, no flag', () => {
    expect(kinds('Die Brücke wird vor Ende 2026 nicht fertig.', 'Мост не будет готов раньше конца 2026 года.')).toEqual([]);
  });
  it('vor Ende 2026 fertig / не … раньше конца 2026 года: the bound is said on one side only, a negation', () => {
    expect(kinds('Die Brücke wird vor Ende 2026 fertig.', 'Мост не будет готов раньше конца 2026 года.')).toEqual(['negation']);
  });
  it('vor Ende 2026 nicht fertig / готов до конца 2026 года: still a negation added', () => {
    expect(kinds('Die Brücke wird vor Ende 2026 nicht fertig.', 'Мост будет готов до конца 2026 года.')).toEqual(['negation']);
  });
  it('не … раньше with no time after it is still a negation', () => {
    expect(kinds('Der Zug kam pünktlich an.', 'Поезд не пришёл раньше, чем обычно.')).toContain('negation');
  });
  it('bleibt gesperrt / не откроется: the closed state renders the negated opening', () => {
    expect(kinds('Die Eisbahn im Park bleibt in diesem Winter gesperrt.', 'Каток в парке этой зимой не откроется.')).toEqual([]);
  });
  it('bleibt geöffnet / не откроется is still a defect', () => {
    expect(kinds('Die Eisbahn im Park bleibt in diesem Winter geöffnet.', 'Каток в парке этой зимой не откроется.')).toContain('negation');
  });
  it('nicht geöffnet / закрыт: the same the other way round', () => {
    expect(kinds('Das Freibad ist wegen des Wetters nicht geöffnet.', 'Открытый бассейн из-за погоды закрыт.')).not.toContain('negation');
  });
});

describe('names: the adjective of a two-word place, a lake named by a compound', () => {
  it('Staraja / Старой, Nowaja / Новой: the adjective in an oblique case meets its nominative', () => {
    expect(nameSimilarity('staraja', 'старой')).toBe(1);
    expect(nameSimilarity('nowaja', 'новой')).toBe(1);
    expect(nameSimilarity('staraja', 'новой')).toBe(0);
  });
  it('Kubenasee / Кубенском: the lake behind -see meets the place adjective', () => {
    expect(nameSimilarity('kubenasee', 'кубенском')).toBe(1);
    expect(nameSimilarity('kubenasee', 'чудском')).toBe(0);
  });
});

describe('a relative day on one side only, with no day on the other, is a time added or dropped', () => {
  it('heute / no day: an addition, no number', () => {
    expect(kinds('Der Bürgermeister hat heute den neuen Spielplatz im Hof eröffnet.', 'Мэр открыл новую детскую площадку во дворе.')).toEqual(['addition']);
  });
  it('вчера / no day: an omission, no number', () => {
    expect(kinds('Der Bürgermeister hat den neuen Spielplatz im Hof eröffnet.', 'Вчера мэр открыл новую детскую площадку во дворе.')).toEqual(['omission']);
  });
  it('heute / 5 мая: another day is still a number', () => {
    expect(kinds('Der Bürgermeister hat heute den neuen Spielplatz im Hof eröffnet.', 'Мэр 5 мая открыл новую детскую площадку во дворе.')).toEqual(['number']);
  });
  it('a day in a short quoted title («Город сегодня») is no time of the claim', () => {
    expect(kinds('Der Spielplatz sei eröffnet, meldet das Portal „Gorod Sewodnja“.', 'Детская площадка открыта, сообщает портал «Город сегодня».')).not.toContain('omission');
  });
});

describe('a second predicate the German drops (… и заменили …) is an omission', () => {
  it('«… покрасили забор и посадили цветы» / „… den Zaun gestrichen“: an omission naming the predicate', () => {
    const flags = defects('„Wir haben den Zaun des Kindergartens gestrichen“, sagte die Erzieherin.', '«Мы покрасили забор детского сада и посадили цветы», — сказала воспитательница.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text).join(' ')).toContain('посадили');
  });
  it('… und die Blumen gepflanzt: both predicates rendered, no flag', () => {
    expect(kinds('„Wir haben den Zaun des Kindergartens gestrichen und Blumen gepflanzt“, sagte die Erzieherin.', '«Мы покрасили забор детского сада и посадили цветы», — сказала воспитательница.')).toEqual([]);
  });
});

describe('a dropped list item before a phrase of the whole list (… и сливы без сертификатов)', () => {
  it('Äpfel und Birnen ohne Zertifikate / яблоки, груши и сливы без сертификатов: an omission', () => {
    const flags = defects('An der Grenze haben Zöllner Äpfel und Birnen ohne Zertifikate beschlagnahmt.', 'На границе таможенники изъяли яблоки, груши и сливы без сертификатов.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toContain('сливы');
  });
  it('all three items rendered: no flag', () => {
    expect(kinds('An der Grenze haben Zöllner Äpfel, Birnen und Pflaumen ohne Zertifikate beschlagnahmt.', 'На границе таможенники изъяли яблоки, груши и сливы без сертификатов.')).toEqual([]);
  });
});

describe('an announced omission over an insertion whose last word a German compound meets', () => {
  const russian = '«Пожарная техника, а это почти сорок машин, постоянно стоит наготове», — сказал начальник пожарной части.';
  it('Löschfahrzeuge […] / техника, а это почти сорок машин,: the insertion is announced, its number too', () => {
    expect(kinds('„Die Löschfahrzeuge […] stehen ständig bereit“, sagte der Feuerwehrchef.', russian)).toEqual([]);
  });
  it('without the mark the number is still missing', () => {
    expect(kinds('„Die Löschfahrzeuge stehen ständig bereit“, sagte der Feuerwehrchef.', russian)).toEqual(['number']);
  });
});
