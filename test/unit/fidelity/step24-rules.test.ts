import { describe, expect, it } from 'vitest';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 24 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();

describe('a Russian speech tag answers a German attribution that names its source', () => {
  it('laut der Feuerwehr / …, сообщили в пожарной службе: no hedge', () => {
    expect(kinds('Laut der Feuerwehr wurden drei Häuser geräumt.', 'Три дома были эвакуированы, сообщили в пожарной службе.')).toEqual([]);
  });
  it('nach Angaben des Zolls / …, сообщает таможня: no hedge', () => {
    expect(kinds('Nach Angaben des Zolls wurden 40 Tonnen Fisch beschlagnahmt.', 'Изъято 40 тонн рыбы, сообщает таможня.')).toEqual([]);
  });
  it('laut der Feuerwehr with no Russian attribution: still a hedge added', () => {
    expect(kinds('Laut der Feuerwehr wurden drei Häuser geräumt.', 'Три дома были эвакуированы.')).toEqual(['hedge']);
  });
  it('an allegation (soll) is not answered by a Russian speech tag', () => {
    expect(kinds('Der Bürgermeister soll im Herbst zurücktreten.', 'Мэр уйдёт в отставку осенью, сообщает газета.')).toContain('hedge');
  });
});

describe('смочь in every person is a modal of possibility', () => {
  it('könnten / сможем: no hedge', () => {
    expect(kinds('Wir könnten die Brücke im Mai öffnen.', 'Мы сможем открыть мост в мае.')).toEqual([]);
  });
  it('a plain German present against сможем: a hedge lost', () => {
    expect(kinds('Wir öffnen die Brücke im Mai.', 'Мы сможем открыть мост в мае.')).toEqual(['hedge']);
  });
});

describe('an impersonal Russian speech tag names its speaker after the document', () => {
  it('erklärte die Reederei / говорится в заявлении судоходной компании: no omission', () => {
    expect(kinds('„Die Fahrpläne ändern sich im Mai“, erklärte die Reederei.', '«Расписание изменится в мае», — говорится в заявлении судоходной компании.')).toEqual([]);
  });
});

describe('a place not in operation is closed; impassable is closed', () => {
  it('geschlossen / не будет работать: no negation', () => {
    expect(kinds('Das Museum bleibt bis Montag geschlossen.', 'Музей не будет работать до понедельника.')).toEqual([]);
  });
  it('geöffnet / не будет работать: a negation lost', () => {
    expect(kinds('Das Museum ist bis Montag geöffnet.', 'Музей не будет работать до понедельника.')).toEqual(['negation']);
  });
  it('gesperrt / непроезжий: no flag', () => {
    expect(kinds('Der Pass ist nach dem Sturm gesperrt.', 'После бури перевал непроезжий.')).toEqual([]);
  });
  it('befahrbar / непроезжий: a reversed polarity', () => {
    expect(kinds('Der Pass ist nach dem Sturm wieder befahrbar.', 'После бури перевал непроезжий.')).toEqual(['negation']);
  });
});

describe('без-/бес- and -los make lexical negatives, as не- and un- do', () => {
  it('erfolgreich / безуспешными: a negation lost', () => {
    expect(kinds('Die Suche nach den Vermissten war erfolgreich.', 'Поиски пропавших оказались безуспешными.')).toEqual(['negation']);
  });
  it('erfolglos / безуспешными: no flag', () => {
    expect(kinds('Die Suche nach den Vermissten war erfolglos.', 'Поиски пропавших оказались безуспешными.')).toEqual([]);
  });
  it('nutzlos / полезны: a negation added', () => {
    expect(kinds('Die neuen Regeln seien nutzlos.', 'Новые правила полезны.')).toEqual(['negation']);
  });
  it('nutzlos / бесполезны: no flag', () => {
    expect(kinds('Die neuen Regeln seien nutzlos.', 'Новые правила бесполезны.')).toEqual([]);
  });
});

describe('better and worse: the negation of one answers the other', () => {
  it('nicht besser geworden / ухудшилось: no negation', () => {
    expect(kinds('Die Luftqualität ist nicht besser geworden.', 'Качество воздуха ухудшилось.')).toEqual([]);
  });
  it('nicht besser geworden / улучшилось: a negation added', () => {
    expect(kinds('Die Luftqualität ist nicht besser geworden.', 'Качество воздуха улучшилось.')).toEqual(['negation']);
  });
});

describe('a time of day said with время', () => {
  it('в дневное время dropped inside the clause: an omission', () => {
    const flags = appDefects('Die Fähre verkehrt ab Juni.', 'Паром в дневное время ходит с июня.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['в', 'дневное', 'время']);
  });
  it('в ночное время dropped at the end: one omission, found once', () => {
    const flags = appDefects('Die Brücke ist für Radfahrer gesperrt.', 'Мост закрыт для велосипедистов в ночное время.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
  });
  it('nachts / в ночное время: no flag', () => {
    expect(kinds('Die Brücke ist nachts für Radfahrer gesperrt.', 'Мост закрыт для велосипедистов в ночное время.')).toEqual([]);
  });
  it('в настоящее время is "now", no time of day: derzeit renders it', () => {
    expect(kinds('Derzeit ist die Brücke gesperrt.', 'В настоящее время мост закрыт.')).toEqual([]);
  });
});

describe('a gapped а-clause takes its number with it', () => {
  it('…, а для пенсионеров — 150 dropped: one omission, no number flag', () => {
    const flags = appDefects('Für Erwachsene kostet der Eintritt 300 Rubel.', 'Вход для взрослых стоит 300 рублей, а для пенсионеров — 150.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['а', 'для', 'пенсионеров', '150']);
  });
  it('the gapped clause rendered: no flag', () => {
    expect(kinds('Für Erwachsene kostet der Eintritt 300 Rubel, für Rentner 150.', 'Вход для взрослых стоит 300 рублей, а для пенсионеров — 150.')).toEqual([]);
  });
});

describe('sequence adverbs are function words, as затем and потом are', () => {
  it('anschließend / затем: no addition', () => {
    expect(kinds('Der Präsident reiste anschließend nach Tomsk.', 'Затем президент отправился в Томск.')).toEqual([]);
  });
  it('anschließend with no Russian sequence word: no addition either', () => {
    expect(kinds('Der Präsident reiste anschließend nach Tomsk.', 'Президент отправился в Томск.')).toEqual([]);
  });
});

describe('a prepositional phrase dropped inside a rendered clause', () => {
  it('… аварий на трассах с плохим покрытием выросло …: an omission', () => {
    const flags = appDefects('Die Zahl der Verkehrsunfälle ist im ersten Halbjahr um ein Fünftel gestiegen.', 'В первом полугодии число аварий на трассах с плохим покрытием выросло на пятую часть.');
    expect(flags.map((f) => f.kind)).toEqual(['omission']);
    expect(flags[0]!.russian.map((w) => w.text)).toEqual(['на', 'трассах', 'плохим', 'покрытием']);
  });
  it('no phrase dropped: no flag', () => {
    expect(kinds('Die Zahl der Verkehrsunfälle ist im ersten Halbjahr um ein Fünftel gestiegen.', 'В первом полугодии число аварий выросло на пятую часть.')).toEqual([]);
  });
  it('a German word left unrendered elsewhere may render it: no flag', () => {
    expect(kinds('Auf dem Land fehlen dem Bezirk Tierärzte.', 'Ветеринаров в сельских районах округа не хватает.')).not.toContain('omission');
  });
});

describe('um … zu after a verb of taking time is its complement, no purpose', () => {
  it('braucht ein Jahrhundert, um sich zu erholen / восстанавливается столетие: no addition', () => {
    expect(kinds('Was in einem Sommer abbrennt, braucht ein Jahrhundert, um sich zu erholen.', 'То, что сгорает за одно лето, восстанавливается столетие.')).toEqual([]);
  });
  it('a purpose after a verb of building is still added', () => {
    expect(kinds('Die Stadt baut eine neue Brücke, um die Innenstadt zu entlasten.', 'Город строит новый мост.')).toEqual(['addition']);
  });
});

describe('misuse: не по назначению is what a German verb of misuse says', () => {
  it('zweckentfremdet / использовал не по назначению: no negation', () => {
    expect(kinds('Der Verein hat Spendengelder zweckentfremdet.', 'Клуб использовал пожертвования не по назначению.')).toEqual([]);
  });
  it('ordnungsgemäß verwendet / не по назначению: a negation lost', () => {
    expect(kinds('Der Verein hat Spendengelder ordnungsgemäß verwendet.', 'Клуб использовал пожертвования не по назначению.')).toEqual(['negation']);
  });
});
