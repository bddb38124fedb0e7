import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 21 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const defects = (german: string, russian: string) => appDefects(german, russian);
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('speech tags: more verbs of saying, and the speaker said in other words', () => {
  it('— заверил директор / versicherte der Leiter: who spoke is no omission', () => {
    expect(kinds('„Die Heizung läuft ab Montag wieder“, versicherte der Leiter der Stadtwerke.', '«Отопление снова заработает с понедельника», — заверил начальник теплосети.')).toEqual([]);
  });
  it('— объяснил / erklärte: the same', () => {
    expect(kinds('„Der Zug fährt heute nicht“, erklärte die Sprecherin der Bahn.', '«Поезд сегодня не пойдёт», — объяснила представитель железной дороги.')).toEqual([]);
  });
  it('— пожаловался (a reflexive verb of saying) / klagte: the same', () => {
    expect(kinds('„Im Dorf gibt es keinen Arzt mehr“, klagte die Rentnerin.', '«В деревне больше нет врача», — пожаловалась пенсионерка.')).toEqual([]);
  });
  it('without a German speech tag the Russian speaker is still an omission', () => {
    expect(kinds('Die Heizung läuft ab Montag wieder.', '«Отопление снова заработает с понедельника», — заверил начальник городской теплосети.')).toContain('omission');
  });
  it('an attribute of the speaker in the German tag (sagte die diensthabende Ärztin) is no addition', () => {
    expect(kinds('„Das Kind hat nur eine leichte Erkältung“, sagte die diensthabende Kinderärztin.', '«У ребёнка лишь лёгкая простуда», — сказала дежурный педиатр.')).toEqual([]);
  });
  it('an attribute added inside the quotation is still an addition', () => {
    expect(kinds('„Das Kind hat nur eine leichte, harmlose Erkältung“, sagte die Kinderärztin.', '«У ребёнка лишь лёгкая простуда», — сказала педиатр.')).toEqual(['addition']);
  });
});

describe('attributions: a possessive and an adjective between, estimates and counts', () => {
  it('по его собственным словам / nach eigenen Worten: the hedge is kept', () => {
    expect(kinds('Der Fischer hat nach eigenen Worten noch nie so wenig gefangen.', 'По его собственным словам, рыбак никогда ещё не ловил так мало.')).toEqual([]);
  });
  it('по его собственным словам dropped in the German is a hedge lost', () => {
    const flags = defects('Der Fischer hat noch nie so wenig gefangen.', 'По его собственным словам, рыбак никогда ещё не ловил так мало.');
    expect(flags.map((f) => `${f.kind}/${f.reason}`)).toEqual(['hedge/hedge-lost']);
    expect(flags[0]!.russian.map((w) => w.text).join(' ')).toContain('словам');
  });
  it('по оценке / nach Schätzung: the hedge is kept', () => {
    expect(kinds('Nach Schätzung der Behörde haben die Fluten 900 Häuser beschädigt.', 'По оценке ведомства, паводок повредил 900 домов.')).toEqual([]);
  });
  it('nach Schätzung added in the German is a hedge added', () => {
    expect(kinds('Nach Schätzung der Behörde haben die Fluten 900 Häuser beschädigt.', 'Паводок повредил 900 домов.')).toEqual(['hedge']);
  });
  it('по подсчётам … / …, errechnete das Institut (a verb of counting opens a tag): kept', () => {
    expect(kinds('Die Mieten sind in einem Jahr um 9 Prozent gestiegen, errechnete das Institut „Kwadrat“.', 'По подсчётам института «Квадрат», арендная плата за год выросла на 9%.')).toEqual([]);
  });
  it('по подсчётам with no German source at all is a hedge lost', () => {
    expect(kinds('Die Mieten sind in einem Jahr um 9 Prozent gestiegen.', 'По подсчётам института «Квадрат», арендная плата за год выросла на 9%.')).toContain('hedge');
  });
});

describe('как утверждается distances the claim and names no source', () => {
  it('a German speech tag does not answer it: a hedge lost', () => {
    expect(kinds('Der Bauer verkauft sein Getreide ohne Papiere, erzählte ein Nachbar.', 'Фермер, как утверждается, продаёт зерно без документов, рассказал сосед.')).toEqual(['hedge']);
  });
  it('по словам соседа is answered by the German tag', () => {
    expect(kinds('Der Bauer verkauft sein Getreide ohne Papiere, erzählte ein Nachbar.', 'По словам соседа, фермер продаёт зерно без документов.')).not.toContain('hedge');
  });
});

describe('polarity: ausschließlich is no form of ausschließen; обжаловать renders anfechten', () => {
  it('ausschließlich / исключительно: no reversed polarity', () => {
    expect(kinds('Das Café verkauft ausschließlich Kuchen aus eigener Backstube.', 'Кафе продаёт исключительно выпечку собственного производства.')).not.toContain('negation');
  });
  it('schließt … aus / допускает is still a reversed polarity', () => {
    expect(kinds('Der Bürgermeister schließt neue Steuern aus.', 'Мэр допускает новые налоги.')).toContain('negation');
  });
  it('anfechten / обжаловать and Berufung einlegen / обжаловать: no negation', () => {
    expect(kinds('Die Reederei will die Strafe anfechten.', 'Судоходная компания намерена обжаловать штраф.')).toEqual([]);
    expect(kinds('Die Reederei hat gegen die Strafe Berufung eingelegt.', 'Судоходная компания обжаловала штраф.')).not.toContain('negation');
  });
  it('anfechten / согласилась: still a reversed polarity', () => {
    expect(kinds('Die Reederei will die Strafe anfechten.', 'Судоходная компания согласилась со штрафом.')).toEqual(['negation']);
  });
});

describe('numbers: "until now" is no day', () => {
  it('bis heute / до сих пор: no number', () => {
    expect(kinds('Die Brücke ist bis heute nicht repariert.', 'Мост до сих пор не отремонтирован.')).toEqual([]);
  });
  it('до сегодняшнего дня / bis jetzt: no number', () => {
    expect(kinds('Die Ursache des Feuers ist bis jetzt unklar.', 'Причина пожара до сегодняшнего дня неясна.')).not.toContain('number');
  });
  it('heute / вчера is still another day', () => {
    expect(kinds('Die Brücke wurde heute gesperrt.', 'Мост закрыли вчера.')).toEqual(['number']);
  });
});

describe('names: a short feminine place in an oblique case', () => {
  it('in Oka / на Оке, in Ufa / в Уфе: the same place', () => {
    expect(kinds('Die Fähre auf der Oka fährt wieder.', 'Паром на Оке снова ходит.')).toEqual([]);
    expect(kinds('In Ufa hat es die ganze Nacht geschneit.', 'В Уфе всю ночь шёл снег.')).toEqual([]);
  });
  it('in Ufa / в Уфе against в Оле: another place', () => {
    expect(kinds('In Ufa hat es die ganze Nacht geschneit.', 'В Оле всю ночь шёл снег.')).toEqual(['name']);
  });
});

describe('a cause the German adds', () => {
  it('wegen des Sturms / no cause in the Russian: an addition naming the phrase', () => {
    const flags = defects('Der Flughafen wurde wegen des Sturms geschlossen.', 'Аэропорт закрыли.');
    expect(flags.map((f) => `${f.kind}/${f.reason}`)).toEqual(['addition/addition-words']);
    expect(flags[0]!.german.map((w) => w.text)).toEqual(['wegen', 'Sturms']);
  });
  it('wegen des Sturms / из-за шторма: faithful', () => {
    expect(kinds('Der Flughafen wurde wegen des Sturms geschlossen.', 'Аэропорт закрыли из-за шторма.')).toEqual([]);
  });
  it('a cause said another way by a word the matcher leaves unrendered (на ремонт) is no addition', () => {
    expect(kinds('Die Schwimmhalle bleibt wegen Bauarbeiten bis Mai zu.', 'Бассейн закрыт на реконструкцию до мая.')).not.toContain('addition');
  });
});

describe('word list: compounds and idioms of step 21', () => {
  it('Hüftoperation / операция на тазобедренном суставе', () => {
    expect(kinds('Die Hüftoperation der Sängerin ist gut verlaufen.', 'Операция на тазобедренном суставе у певицы прошла успешно.')).toEqual([]);
  });
  it('Öffnungszeiten / часы работы', () => {
    expect(kinds('Das Museum ändert im Winter seine Öffnungszeiten.', 'Зимой музей меняет часы работы.')).toEqual([]);
  });
  it('bis auf Weiteres / до особого распоряжения', () => {
    expect(kinds('Der Badestrand bleibt bis auf Weiteres geschlossen.', 'Пляж закрыт до особого распоряжения.')).toEqual([]);
  });
  it('Angst haben / страшно, and nie / не раз is then the only flag', () => {
    expect(kinds('„Im Sturm hatte ich Angst“, sagte der Kapitän.', '«Во время шторма мне было страшно», — сказал капитан.')).toEqual([]);
    expect(kinds('„Im Sturm hatte ich nie Angst“, sagte der Kapitän.', '«Во время шторма мне не раз было страшно», — сказал капитан.')).toEqual(['negation']);
  });
});
