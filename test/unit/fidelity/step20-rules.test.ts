import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 20 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const defects = (german: string, russian: string) => appDefects(german, russian);
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('a Russian speech tag after a comma goes with the German speech tag', () => {
  it('сообщили в службе / teilte die Behörde mit: who reported it is no omission', () => {
    expect(kinds('Der Pass ist für Busse wieder frei, teilte die Bergwacht mit.', 'Перевал снова свободен для автобусов, сообщили в горноспасательной службе.')).toEqual([]);
  });
  it('показал опрос центра / ergab eine Umfrage des Instituts: no omission', () => {
    expect(
      kinds('Die Hälfte der Eltern hält das Schulessen für zu teuer, ergab eine Umfrage des Verbraucherinstituts „Kompass“.', 'Половина родителей считает школьное питание слишком дорогим, показал опрос потребительского центра «Компас».'),
    ).not.toContain('omission');
  });
  it('the speaker’s name the German tag leaves out is still a name missing', () => {
    const flags = defects('Der Fluss werde im Mai über die Ufer treten, sagte ein Fachmann für Hydrologie.', 'Река в мае выйдет из берегов, сказал специалист по гидрологии Пётр Ветров.');
    expect(flags.map((f) => f.kind)).toEqual(['name']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['Пётр', 'Ветров']);
  });
  it('a verb of saying that reports a clause of its own (…, сообщили, что …) is no tag', () => {
    expect(kinds('Die Brücke bleibt gesperrt, teilte die Polizei mit.', 'Мост останется закрытым, сообщили в полиции, что ремонт затянется до осени.')).toContain('omission');
  });
  it('without a German speech tag the dropped source is still an omission', () => {
    expect(kinds('Die Schule bleibt bis Montag geschlossen.', 'Школа останется закрытой до понедельника из-за аварии на теплотрассе, сообщили в городском управлении образования.')).toContain('omission');
  });
});

describe('an announced gap inside a German clause covers the end of the Russian clause', () => {
  it('werde […] abends geöffnet / будет открываться по вечерам до конца ремонта: announced', () => {
    const flags = defects('Das Schwimmbad werde […] abends geöffnet, sagte die Leiterin.', 'Заведующая сказала, что бассейн будет открываться по вечерам до завершения ремонта раздевалок.');
    expect(flags.filter((f) => f.kind === 'omission')).toEqual([]);
  });
  it('without the gap the same words are an omission', () => {
    expect(kinds('Das Schwimmbad werde abends geöffnet, sagte die Leiterin.', 'Заведующая сказала, что бассейн будет открываться по вечерам до завершения ремонта раздевалок.')).toContain('omission');
  });
});

describe('„kaum“ against a Russian clause that negates nothing is an added negation', () => {
  it('kaum beschädigt / сильно повредил: one negation flag, no omitted intensifier', () => {
    const flags = defects('Der Sturm hat die Ernte kaum beschädigt.', 'Буря сильно повредила урожай.');
    expect(flags.map((f) => `${f.kind}/${f.reason}`)).toEqual(['negation/negation-added']);
    expect(flags[0]!.german.map((w) => w.text)).toEqual(['kaum']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['сильно']);
  });
  it('kaum verändert / изменились: an added negation', () => {
    expect(kinds('Die Mieten haben sich im Herbst kaum verändert.', 'Арендная плата осенью изменилась.')).toEqual(['negation']);
  });
  it('kaum / почти не: faithful', () => {
    expect(kinds('Der Sturm hat die Ernte kaum beschädigt.', 'Буря почти не повредила урожай.')).toEqual([]);
  });
  it('„Kaum“ opening a sentence says "no sooner"', () => {
    expect(kinds('Kaum war der Regen vorbei, kamen die Touristen zurück.', 'Как только дождь закончился, туристы вернулись.')).not.toContain('negation');
  });
  it('kaum zu glauben / трудно поверить: no negation', () => {
    expect(kinds('Das Ergebnis ist kaum zu glauben.', 'В результат трудно поверить.')).not.toContain('negation');
  });
  it('kaum before a number is no negation', () => {
    expect(kinds('Zum Konzert kamen kaum 200 Zuschauer.', 'На концерт пришли около 200 зрителей.')).not.toContain('negation');
  });
});

describe('words of the same state or change render each other', () => {
  it('gesperrt / закроют where the lexicon pairs neither: faithful', () => {
    expect(kinds('Die Uferstraße wird im August für Radfahrer gesperrt.', 'Набережную в августе закроют для велосипедистов.')).toEqual([]);
  });
  it('„… geöffnet“ / «… снова откроют …» beside an announced gap: no omission', () => {
    expect(kinds('Das Freibad werde „… im Juli wieder für Besucher geöffnet“, sagte die Leiterin.', 'Заведующая сказала, что бассейн «после замены труб в июле снова откроют для посетителей».')).toEqual([]);
  });
  it('gesperrt / откроют is still a reversed polarity', () => {
    expect(kinds('Die Uferstraße wird im August für Radfahrer gesperrt.', 'Набережную в августе откроют для велосипедистов.')).toContain('negation');
  });
});

describe('a passable road is open', () => {
  it('befahrbar / закрыта: a reversed polarity', () => {
    expect(kinds('Die Passstraße ist für Wohnmobile wieder befahrbar.', 'Перевальная дорога по-прежнему закрыта для автодомов.')).toContain('negation');
  });
  it('befahrbar / открыта: faithful', () => {
    expect(kinds('Die Passstraße ist für Wohnmobile wieder befahrbar.', 'Перевальная дорога снова открыта для автодомов.')).not.toContain('negation');
  });
});

describe('a contrast appended after a comma', () => {
  it('…, но отрицает, что … dropped: an omission, no reversed polarity', () => {
    const flags = defects('„Der Fahrer hat den Zusammenstoß zugegeben“, sagte seine Anwältin.', '«Водитель признал столкновение, но отрицает, что превысил скорость», — сказала его адвокат.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toContain('отрицает');
  });
  it('…, однако … dropped: an omission', () => {
    expect(kinds('Die Preise für Äpfel sind im Herbst gesunken.', 'Осенью яблоки подешевели, однако груши подорожали.')).toContain('omission');
  });
  it('…, aber … added: an addition', () => {
    expect(kinds('Die Preise für Äpfel sind im Herbst gesunken, aber Birnen wurden teurer.', 'Осенью яблоки подешевели.')).toContain('addition');
  });
  it('rendered on both sides: faithful', () => {
    expect(kinds('Die Preise für Äpfel sind im Herbst gesunken, aber Birnen wurden teurer.', 'Осенью яблоки подешевели, однако груши подорожали.')).toEqual([]);
  });
});

describe('weekdays in every case', () => {
  it('к пятнице / bis Freitag: no number flag', () => {
    expect(kinds('Bis Freitag haben sich mehr als 300 Freiwillige gemeldet.', 'К пятнице записались более 300 добровольцев.')).not.toContain('number');
  });
  it('по субботам / samstags: no number flag', () => {
    expect(kinds('Der Markt ist ab April auch samstags geöffnet.', 'Рынок с апреля открыт и по субботам.')).not.toContain('number');
  });
  it('по субботам / freitags: a changed day', () => {
    expect(kinds('Der Markt ist ab April auch freitags geöffnet.', 'Рынок с апреля открыт и по субботам.')).toContain('number');
  });
  it('среда as "environment" is no weekday', () => {
    expect(kinds('Die Fabrik belastet die Umwelt.', 'Фабрика загрязняет окружающую среду.')).not.toContain('number');
  });
});

describe('an ordinal before a fraction noun counts periods', () => {
  it('im zweiten Drittel / во втором периоде: no number flag', () => {
    expect(kinds('Die Gäste schossen im zweiten Drittel zwei Tore.', 'Гости забросили две шайбы во втором периоде.')).not.toContain('number');
  });
  it('im ersten Drittel / во втором периоде: a changed period', () => {
    expect(kinds('Die Gäste schossen im ersten Drittel zwei Tore.', 'Гости забросили две шайбы в третьем периоде.')).toContain('number');
  });
  it('zwei Drittel stays a share', () => {
    expect(kinds('Zwei Drittel der Mieter sind gegen den Umbau.', 'Две трети жильцов против реконструкции.')).not.toContain('number');
    expect(kinds('Zwei Drittel der Mieter sind gegen den Umbau.', 'Треть жильцов против реконструкции.')).toContain('number');
  });
});

describe('a provisional finding', () => {
  it('по предварительным данным against a German speech tag alone: a hedge lost', () => {
    expect(kinds('Bei dem Sturm wurden fünf Dächer abgedeckt, teilte die Feuerwehr mit.', 'По предварительным данным, во время урагана сорвало крыши с пяти домов, сообщили в пожарной охране.')).toContain('hedge');
  });
  it('nach vorläufigen Angaben / по предварительным данным: faithful', () => {
    expect(kinds('Nach vorläufigen Angaben wurden bei dem Sturm fünf Dächer abgedeckt.', 'По предварительным данным, во время урагана сорвало крыши с пяти домов.')).not.toContain('hedge');
  });
  it('vorläufig festgenommen / задержан: no hedge', () => {
    expect(kinds('Die Polizei hat zwei Männer vorläufig festgenommen.', 'Полиция задержала двух мужчин.')).not.toContain('hedge');
  });
  it('nach vorläufigen Angaben against a plain по данным: a hedge added', () => {
    expect(kinds('Nach vorläufigen Angaben der Feuerwehr wurden fünf Dächer abgedeckt.', 'По данным пожарных, во время урагана сорвало крыши с пяти домов.')).toContain('hedge');
  });
});

describe('a Russian predicative of permission or duty is the German modal verb', () => {
  it('не вправе + infinitive / darf … nicht: no omission', () => {
    expect(kinds('„Ohne Genehmigung darf der Verein keine Zelte im Park aufstellen“, betonte die Sprecherin.', '«Клуб не вправе ставить палатки в парке без разрешения», — подчеркнула представитель.')).toEqual([]);
  });
  it('обязан / muss: no omission', () => {
    expect(kinds('Der Vermieter muss die Heizung bis Oktober reparieren.', 'Арендодатель обязан отремонтировать отопление до октября.')).toEqual([]);
  });
  it('a phrase dropped beside it is still an omission', () => {
    expect(kinds('Der Vermieter muss die Heizung reparieren.', 'Арендодатель обязан отремонтировать отопление и заменить старые окна в подъезде.')).toContain('omission');
  });
});

describe('the parts of a town are place words', () => {
  it('in der Altstadt added beside lexicon gaps on both sides: an addition', () => {
    expect(kinds('Die Stadt hat im Mai in der Altstadt 30 schief geparkte Roller eingesammelt.', 'В мае город собрал 30 неправильно оставленных самокатов.')).toContain('addition');
  });
  it('на окраине Твери dropped: one omission with its name', () => {
    const flags = defects('Die Feuerwehr hat am Sonntag zwei Katzen gerettet.', 'В воскресенье пожарные спасли двух кошек на окраине Твери.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['на', 'окраине', 'Твери']);
  });
  it('in die Vororte / в пригороды: faithful', () => {
    expect(kinds('Die Busse fahren jetzt auch in die Vororte.', 'Автобусы теперь ходят и в пригороды.')).toEqual([]);
  });
  it('in der Altstadt / в старом городе: faithful', () => {
    expect(kinds('Die Feuerwehr hat am Sonntag in der Altstadt zwei Katzen gerettet.', 'В воскресенье пожарные спасли двух кошек в старом городе.')).toEqual([]);
  });
});

describe('word list of step 20', () => {
  it('als Schenkung / в дар: no addition', () => {
    expect(kinds('Die Bibliothek erhält die Briefe des Dichters als Schenkung.', 'Библиотека получит в дар письма поэта.')).not.toContain('addition');
  });
  it('die vermissten Wanderer / пропавшие туристы: no addition', () => {
    expect(kinds('Die Retter suchen seit Montag nach den vermissten Wanderern.', 'Спасатели с понедельника ищут пропавших туристов.')).not.toContain('addition');
  });
});
