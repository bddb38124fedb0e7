import { describe, expect, it } from 'vitest';
import { checkQuote } from '../../../shared/fidelity';
import { appDefects, appFidelityMatcher } from '../../support/fidelity-rules';

// Rules of method step 16 of shared/fidelity/README.md, each with its own sentences, with the
// app's matcher.
const defects = appDefects;
const kinds = (german: string, russian: string) => [...new Set(defects(german, russian).map((f) => f.kind))].sort();

describe('litotes with a negative word: the two negations cancel', () => {
  it.each([
    ['nicht + un-adjective', 'Die Reform ist nicht unumstritten, sagte der Minister.', 'Министр сказал, что реформа вызывает определённые споры.'],
    ['kein + un-adjective', 'Der Sänger ist kein unbekannter Künstler.', 'Певец — известный артист.'],
    ['не + не-adjective', 'Die Aufgabe ist durchaus lösbar.', 'Задача вполне не невыполнимая.'],
  ] as const)('%s: no negation flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('negation');
  });
  it('a plain negation beside a positive rendering is still lost', () => {
    expect(kinds('Die Reform ist nicht umstritten.', 'Реформа спорная.')).toContain('negation');
  });
  it('a litotes against a plain negation is a changed polarity', () => {
    expect(kinds('Der Sänger ist kein unbekannter Künstler.', 'Певец не известный артист.')).toContain('negation');
  });
});

describe('"X statt Y" between two quantities is a change, no negation', () => {
  it.each([
    ['statt between fares', 'Das Ticket kostet künftig 60 statt 50 Rubel.', 'Билет подорожает с 50 до 60 рублей.'],
    ['anstatt between counts', 'Die Schule bekommt 12 anstatt 8 neue Lehrer.', 'Школа получит 12 новых учителей вместо 8.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('statt before a noun still renders a reversal', () => {
    expect(kinds('Der Rat stimmte für den Plan.', 'Совет отклонил план.')).toEqual(['negation']);
  });
});

describe('obligation, advice and permission said with Russian content verbs', () => {
  it.each([
    ['предстоит + infinitive answers müssen', 'Die Mannschaft muss noch zwei Spiele gewinnen.', 'Команде ещё предстоит выиграть два матча.'],
    ['не имеет права answers darf nicht', 'Der Beamte darf keine Geschenke annehmen.', 'Чиновник не имеет права принимать подарки.'],
    ['советует answers sollte', 'Autofahrer sollten im Winter langsamer fahren, rät die Polizei.', 'Полиция советует водителям зимой ездить медленнее.'],
    ['рекомендуют answers sollten', 'Touristen sollten im Sommer Trinkwasser mitnehmen.', 'Туристам летом рекомендуют брать с собой питьевую воду.'],
    ['dürfen answers смогут', 'Studenten dürfen die Bibliothek auch sonntags nutzen.', 'Студенты смогут пользоваться библиотекой и по воскресеньям.'],
    ['rät answers следует', 'Der Arzt rät Patienten, mehr Wasser zu trinken.', 'Пациентам следует пить больше воды, считает врач.'],
  ] as const)('%s: no hedge flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('hedge');
  });
  it('a hedge of possibility against permission is still a change', () => {
    expect(kinds('Studenten dürfen die Bibliothek auch sonntags nutzen.', 'Студенты, возможно, будут пользоваться библиотекой и по воскресеньям.')).toContain('hedge');
  });
  it('an obligation added where the Russian states a fact is still flagged', () => {
    expect(kinds('Die Mannschaft muss noch zwei Spiele gewinnen.', 'Команда выиграла ещё два матча.')).toContain('hedge');
  });
});

describe('decades said by their tens', () => {
  it.each([
    ['neunziger Jahre / девяностые годы', 'Die Fabrik wurde in den achtziger Jahren gebaut.', 'Завод построили в восьмидесятые годы.'],
    ['die Siebziger / в семидесятых', 'In den Siebzigern lebten hier noch Fischer.', 'В семидесятых здесь ещё жили рыбаки.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('another decade is a changed number', () => {
    expect(kinds('Die Fabrik wurde in den sechziger Jahren gebaut.', 'Завод построили в восьмидесятые годы.')).toEqual(['number']);
  });
});

describe('an acronym joined to a lower-case noun is a common noun', () => {
  it.each([
    ['SIM-карты', 'Der Betreiber hat neue Karten für Touristen eingeführt.', 'Оператор ввёл новые SIM-карты для туристов.'],
    ['ИТ-компании', 'Viele Softwarefirmen ziehen in die Hauptstadt.', 'Многие ИТ-компании переезжают в столицу.'],
  ] as const)('%s: no name flag', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('name');
  });
  it('a plain acronym left over is still a name', () => {
    expect(kinds('Der Betreiber hat neue Tarife eingeführt.', 'Оператор МТС ввёл новые тарифы.')).toContain('name');
  });
});

describe('the number of a unit after its name, in Roman numerals', () => {
  it('Roman numeral against digits: no flag', () => {
    expect(defects('Der zweite Block des Kernkraftwerks Smolensk II wurde abgeschaltet.', 'Второй энергоблок Смоленской АЭС-2 остановили.')).toEqual([]);
  });
  it('another number is a changed number', () => {
    expect(kinds('Der zweite Block des Kernkraftwerks Smolensk III wurde abgeschaltet.', 'Второй энергоблок Смоленской АЭС-2 остановили.')).toEqual(['number']);
  });
  it('a common-noun acronym beside a name is its head noun, no other name', () => {
    expect(defects('Das Kernkraftwerk Kursk liefert Strom.', 'Курская АЭС даёт электроэнергию.')).toEqual([]);
  });
  it('another place beside the acronym is still another name', () => {
    expect(kinds('Das Kernkraftwerk Kursk liefert Strom.', 'Смоленская АЭС даёт электроэнергию.')).toContain('name');
  });
});

describe('a compound rendered by its head noun renders the long derived adjective before it', () => {
  it.each([
    ['a participle adjective', 'Das Erdölunternehmen will seine Förderung steigern.', 'Нефтедобывающая компания намерена увеличить добычу.'],
    ['a -тельн- adjective', 'Die Feuerwehr hat Löschflugzeuge angefordert.', 'Пожарные запросили противопожарные самолёты.'],
  ] as const)('%s: no omission', (_name, german, russian) => {
    expect(kinds(german, russian)).not.toContain('omission');
  });
  it('the compound takes the derived adjective next to its head, never a short qualitative one before it', () => {
    const links = checkQuote({ german: 'Das Erdölunternehmen will seine Förderung steigern.', russian: 'Крупная нефтедобывающая компания намерена увеличить добычу.' }, { matcher: appFidelityMatcher }).links;
    const rendered = links.find((l) => l.german.text === 'Erdölunternehmen')?.russian.map((w) => w.text) ?? [];
    expect(rendered).toContain('нефтедобывающая');
    expect(rendered).not.toContain('Крупная');
  });
});

describe('a modal whose own predicate the other side does not render goes with that predicate', () => {
  it('an added predicate with a modal is an addition, no hedge', () => {
    const f = defects('Die Mieten steigen, weil Bauland knapp ist und die Gemeinden neue Schulen bauen müssen.', 'Аренда растёт из-за нехватки земли.');
    expect([...new Set(f.map((x) => x.kind))]).toEqual(['addition']);
    expect(f.flatMap((x) => x.german.map((w) => w.text))).toContain('müssen');
  });
  it('an omitted predicate with a modal is an omission, no hedge', () => {
    const f = defects('Die Werft baut zwei Fähren.', 'Верфь строит два парома, а заказчик, возможно, закажет ещё три буксира.');
    expect(f.map((x) => x.kind)).not.toContain('hedge');
    expect(f.map((x) => x.kind)).toContain('omission');
  });
  it('a modal added to a rendered predicate is still a hedge', () => {
    expect(kinds('Die Mieten steigen, und die Gemeinden müssen neue Schulen bauen.', 'Аренда растёт, и муниципалитеты строят новые школы.')).toContain('hedge');
  });
});

describe('a restriction appended after a comma that the other side does not render', () => {
  it('a dropped Russian restriction is an omission', () => {
    expect(kinds('Das Museum öffnet im Mai wieder.', 'Музей снова откроется в мае, но лишь для групповых экскурсий.')).toEqual(['omission']);
  });
  it('an added German restriction is an addition', () => {
    expect(kinds('Die Fähre fährt wieder, aber nur bei ruhigem Wetter.', 'Паром снова ходит.')).toEqual(['addition']);
  });
  it('a restriction the other side says in its own words: no flag', () => {
    expect(defects('Das Museum öffnet im Mai wieder, allerdings nur für Gruppen.', 'Музей снова откроется в мае, но только для групп.')).toEqual([]);
  });
});

describe('a geographic name of capitalised adjectives after a direction goes with one German compound', () => {
  it.each([
    ['Северный Ледовитый океан', 'Der Eisbrecher kreuzt im Nordpolarmeer.', 'Ледокол курсирует в Северном Ледовитом океане.'],
    ['Южно-Китайское море', 'Der Tanker sank im Südchinesischen Meer.', 'Танкер затонул в Южно-Китайском море.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
  it('another sea named by a surname is still a name flag', () => {
    expect(kinds('Der Eisbrecher kreuzt im Nordpolarmeer.', 'Ледокол курсирует в Баренцевом море.')).toEqual(['name']);
  });
});

describe('an institution renamed by the first part of a German compound', () => {
  it.each([
    ['Verfassungsgericht / Верховный суд', 'Die Kläger gingen vor das Verfassungsgericht.', 'Истцы обратились в Верховный суд.'],
    ['Verfassungsgericht / Арбитражный суд', 'Das Verfassungsgericht prüft den Fall.', 'Дело рассматривает Арбитражный суд.'],
  ] as const)('%s: a name flag', (_name, german, russian) => {
    expect(kinds(german, russian)).toEqual(['name']);
  });
  it.each([
    ['the same court by the compound', 'Das Verfassungsgericht prüft den Fall.', 'Дело рассматривает Конституционный суд.'],
    ['the same court in two words', 'Das Oberste Gericht prüft den Fall.', 'Дело рассматривает Верховный суд.'],
  ] as const)('%s: no flag', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
});

describe('a name said as another name of capitalised common words', () => {
  it('the added capitalised words and the missing Russian name are one name that differs', () => {
    const f = defects('Die Torhüterin wechselt von Spartak zu Energie Woronesch.', 'Вратарь переходит из «Спартака» в «Зенит».');
    expect(f.map((x) => x.kind)).toEqual(['name']);
    expect(f[0]!.reason).toBe('name-differs');
  });
  it('an added lower-case phrase beside a missing name stays an addition', () => {
    expect(kinds('Die Torhüterin wechselt nach langen Gesprächen von Spartak.', 'Вратарь переходит из «Спартака» в «Зенит».')).toContain('addition');
  });
});
