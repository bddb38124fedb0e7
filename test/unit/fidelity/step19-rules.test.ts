import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { appDefects } from '../../support/fidelity-rules';

// Rules of method step 19 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher: a case the rule must flag (or keep flagging) and one it must leave alone.
const kinds = (german: string, russian: string) => [...new Set(appDefects(german, russian).map((f) => f.kind))].sort();
/** The Russian words a German word is linked to by the engine's own built-in list (no base lexicon). */
const builtinLinks = (german: string, russian: string, word: string) =>
  checkQuote({ german, russian }).links.filter((l) => l.german.text === word).flatMap((l) => l.russian.map((r) => r.text));

describe('a Russian month adjective names the month', () => {
  it('июньский for im Juni: no number flag', () => {
    expect(kinds('Die Überschwemmungen im Juni haben drei Brücken zerstört.', 'Июньское наводнение разрушило три моста.')).not.toContain('number');
  });
  it('another month said by the German noun is still flagged', () => {
    expect(kinds('Die Überschwemmungen im August haben drei Brücken zerstört.', 'Июньское наводнение разрушило три моста.')).toContain('number');
  });
  it('a month adjective German folds into a compound is not flagged alone', () => {
    expect(kinds('Über die Maifeiertage bleiben die Museen geöffnet.', 'В майские праздники музеи будут открыты.')).not.toContain('number');
  });
});

describe('a first name with a fleeting vowel meets its nominative', () => {
  it('Льва / Lew: no name flag', () => {
    expect(kinds('Das Gericht hat den Trainer Lew Sorokin freigesprochen.', 'Суд оправдал тренера Льва Сорокина.')).not.toContain('name');
  });
  it('Павла / Pawel: no name flag', () => {
    expect(kinds('Die Wähler haben Pawel Gromow zum Bürgermeister gewählt.', 'Избиратели выбрали мэром Павла Громова.')).not.toContain('name');
  });
  it('another first name is still flagged', () => {
    expect(kinds('Das Gericht hat den Trainer Oleg Sorokin freigesprochen.', 'Суд оправдал тренера Льва Сорокина.')).toContain('name');
  });
});

describe('word list of step 19', () => {
  it.each([
    ['Ermittlungskomitee / Следственный комитет', 'Der Bürgermeister sei festgenommen worden, teilte das Ermittlungskomitee mit.', 'Мэр задержан, сообщили в Следственном комитете.'],
    ['renoviert / отремонтированный', 'Die Schüler kehren im Herbst in das renovierte Gebäude zurück.', 'Осенью школьники вернутся в отремонтированное здание.'],
    ['Gesundheitsbehörde / управление здравоохранения', 'Das Wasser im Stausee sei sauber, teilte die Gesundheitsbehörde mit.', 'Вода в водохранилище чистая, сообщили в управлении здравоохранения.'],
    ['Studiengebühren / стоимость обучения', 'Die Studiengebühren steigen im Herbst um zehn Prozent.', 'Стоимость обучения осенью вырастет на десять процентов.'],
    ['Fährgesellschaft / паромная компания', 'Die Fähre nach Solowki fährt ab Juni wieder, teilte die örtliche Fährgesellschaft mit.', 'Паром до Соловков с июня снова будет ходить, сообщили в местной паромной компании.'],
    ['Containerschiffe / контейнеровозы', 'Der Hafen kann jetzt die größten Containerschiffe der Welt aufnehmen.', 'Порт теперь может принимать крупнейшие в мире контейнеровозы.'],
    ['Berufsverkehr / в часы пик', 'Im Berufsverkehr fahren die Busse alle fünf Minuten.', 'В часы пик автобусы ходят каждые пять минут.'],
  ] as const)('%s: no omission', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('omission');
  });
  it('a dropped phrase beside them is still an omission', () => {
    expect(kinds('Die Schüler kehren im Herbst in das renovierte Gebäude zurück.', 'Осенью школьники вернутся в отремонтированное здание, где установили новые окна и систему отопления.')).toContain('omission');
  });
});

describe('„halb so“ + adjective is the two-fold comparative downwards', () => {
  it('halb so teuer / вдвое дешевле: no number flag', () => {
    expect(kinds('Die Fahrkarten sind jetzt halb so teuer wie im Vorjahr.', 'Билеты теперь вдвое дешевле, чем в прошлом году.')).not.toContain('number');
  });
  it('halb so viele / вполовину меньше: no number flag', () => {
    expect(kinds('In diesem Jahr kamen halb so viele Touristen in die Stadt.', 'В этом году туристов в город приехало вполовину меньше.')).not.toContain('number');
  });
  it('halb so teuer / втрое дешевле: a changed figure', () => {
    expect(kinds('Die Fahrkarten sind jetzt halb so teuer wie im Vorjahr.', 'Билеты теперь втрое дешевле, чем в прошлом году.')).toContain('number');
  });
});

describe('a hedge of one force is paired before a word of two forces', () => {
  it('sollen …, heißt es im Entwurf / согласно проекту … должны: no hedge flag', () => {
    expect(kinds('Die Schulen sollen ab Herbst nur noch digitale Zeugnisse ausstellen, heißt es im Entwurf des Ministeriums.', 'Согласно проекту министерства, с осени школы должны будут выдавать только электронные аттестаты.')).not.toContain('hedge');
  });
  it('the obligation dropped beside the attribution is still flagged', () => {
    expect(kinds('Die Schulen sollen ab Herbst nur noch digitale Zeugnisse ausstellen, heißt es im Entwurf des Ministeriums.', 'Согласно проекту министерства, с осени школы будут выдавать только электронные аттестаты.')).toContain('hedge');
  });
});

describe('beklagen = жаловаться', () => {
  it('beklagen / жалуются: no addition', () => {
    expect(kinds('Die Preise für Brot seien stark gestiegen, beklagen die Bewohner des Dorfes.', 'Жители деревни жалуются, что хлеб сильно подорожал.')).not.toContain('addition');
  });
  it('an added cause beside the pair is still an addition', () => {
    expect(kinds('Die Preise für Brot seien stark gestiegen, weil die einzige Mühle der Gegend geschlossen wurde, beklagen die Bewohner des Dorfes.', 'Жители деревни жалуются, что хлеб сильно подорожал.')).toContain('addition');
  });
});

describe('built-in word list pairs of step 19', () => {
  it.each([
    ['Containerschiffe', 'Der Hafen kann jetzt die größten Containerschiffe der Welt aufnehmen.', 'Порт теперь может принимать крупнейшие в мире контейнеровозы.', 'контейнеровозы'],
    ['Fährgesellschaft', 'Die Fähre fährt ab Juni wieder, teilte die Fährgesellschaft mit.', 'Паром с июня снова будет ходить, сообщили в компании.', 'компании'],
    ['Gesundheitsbehörde', 'Das Wasser sei sauber, teilte die Gesundheitsbehörde mit.', 'Вода чистая, сообщили в управлении здравоохранения.', 'здравоохранения'],
    ['beklagen', 'Die Preise seien gestiegen, beklagen die Bewohner.', 'Жители жалуются, что цены выросли.', 'жалуются'],
  ] as const)('%s is linked to its Russian word', (word, german, russian, ru) => {
    expect(builtinLinks(german, russian, word)).toContain(ru);
  });
  it('a word of another sense is not linked', () => {
    expect(builtinLinks('Der Hafen kann jetzt die größten Containerschiffe der Welt aufnehmen.', 'Порт теперь может принимать крупнейшие в мире танкеры.', 'Containerschiffe')).not.toContain('танкеры');
  });
});

describe('an ordinal after a negative determiner says "no further"', () => {
  it('keine zweite Chance / больше шанса не будет: no number flag', () => {
    expect(kinds('„Wer zu spät kommt, bekommt keine zweite Chance“, sagte der Trainer.', '«Кто опоздает, больше шанса не получит», — сказал тренер.')).not.toContain('number');
  });
  it('eine zweite Chance with no Russian counterpart is still an added figure', () => {
    expect(kinds('„Wer zu spät kommt, bekommt eine zweite Chance“, sagte der Trainer.', '«Кто опоздает, получит шанс», — сказал тренер.')).toContain('number');
  });
});
