import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { appMatcher, checkQuote, lexiconMatcher, snowballStemmers } from '../../../shared/fidelity';
import { repoRoot } from '../../support/paths';
import { expectFlag } from '../../support/fidelity-rules';

// The rules the app meets with its own matcher (built-in list + shipped base lexicon).
const matcher = appMatcher(BilingualLexicon.fromText(readFileSync(path.join(repoRoot, 'electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8')));
const frozen = <T extends object>(x: T): T => Object.freeze(x);
const defects = (german: string, russian: string) => checkQuote(frozen({ german, russian }), { matcher }).flags.filter((f) => f.status === 'defect');

describe('fidelity rules: faithful renderings stay unflagged', () => {
  it.each([
    ['a fraction in the genitive plural', 'Mehr als drei Viertel der Betriebe arbeiten wieder.', 'Более трёх четвертей предприятий снова работают.'],
    ['an ordinal as denominator', 'Zwei Fünftel der Stimmen gingen an die Opposition.', 'Две пятых голосов получила оппозиция.'],
    ['halving as a two-fold change', 'Die Zahl der Unfälle hat sich halbiert.', 'Число аварий сократилось вдвое.'],
    ['um die Hälfte = вдвое', 'Die Zahl der Unfälle ist um die Hälfte gesunken.', 'Число аварий сократилось вдвое.'],
    ['a verb of fear before an infinitive said as a negated wish', 'Wir wollen die Käufer nicht abschrecken.', 'Мы боимся отпугнуть покупателей.'],
    ['an attribution with an adjective on both sides', 'Nach inoffiziellen Angaben wurden drei Menschen festgenommen.', 'По неофициальным данным, задержаны три человека.'],
    ['an attribution with a possessive', 'Nach seinen Worten ist die Brücke sicher.', 'По его словам, мост безопасен.'],
    ['a Russian verb of need for a German obligation', 'Die Brücke muss dringend repariert werden.', 'Мост срочно нуждается в ремонте.'],
    ['a German adverb of degree for a Russian intensifier', 'Der Frost hat die Ernte schwer getroffen.', 'Мороз сильно ударил по урожаю.'],
    ['a verb that means not for не + verb', 'Wir haben einen Streik verhindert.', 'Мы не допустили забастовки.'],
    ['a compound for a noun and its genitive', 'Die Kämpfe am Stadtrand dauern an.', 'Бои на окраине города продолжаются.'],
    ['coordinated nouns on both sides', 'Die Stadt renoviert Schulen und Kliniken.', 'Город ремонтирует школы и поликлиники.'],
    ['a Russian verb in -овать in the present (требуют / fordern)', 'Die Mieter fordern eine Sanierung des Hauses.', 'Жильцы требуют ремонта дома.'],
    ['a lexical negative on both sides', 'Die Ursache ist unbekannt.', 'Причина неизвестна.'],
    ['a temperature in °C against Grad', 'Am Mittag wurden 31 Grad gemessen.', 'В полдень намерили 31 °C.'],
    ['a temperature in °F on both sides', 'Im Labor wurden 90 °F gemessen.', 'В лаборатории намерили 90 °F.'],
    ['a reflexive split zurückziehen (retreat)', 'Die Rebellen zogen sich in den Wald zurück.', 'Повстанцы отступили в лес.'],
    ['a reflexive participle zurückgezogen (withdrew oneself)', 'Die Schauspielerin hat sich vom Theater zurückgezogen.', 'Актриса ушла из театра.'],
    ['ganz before an adjective for полностью', 'Die Straße ist ganz trocken.', 'Дорога полностью сухая.'],
    ['ganz before an adjective for совершенно', 'Die Kinder waren ganz ruhig.', 'Дети были совершенно спокойны.'],
    ['ganz before a participle for совершенно', 'Das Dorf war ganz verlassen.', 'Деревня была совершенно заброшена.'],
    ['an unknown compound beside a name inside an announced gap', 'Die Taucher haben […] eine seltene Muschelart entdeckt.', 'Водолазы во время экспедиции на Байкал обнаружили редкий вид моллюсков.'],
    ['a compound with the verb stem heiz- for расходы на отопление', 'Die Heizkosten der Klinik haben sich verdoppelt.', 'Расходы клиники на отопление выросли вдвое.'],
    ['a leading speech frame for по словам', 'Der Kapitän sagte, das Schiff sei sicher.', 'По словам капитана, судно в безопасности.'],
    ['a leading speech frame with a participle for как рассказала', 'Die Lehrerin hat erzählt, die Schule bleibe offen.', 'Как рассказала учительница, школа останется открытой.'],
    ['a negation with the positive word against a Russian lexical negative', 'Die Lage ist nicht sicher.', 'Ситуация небезопасна.'],
    ['a fraction for a percentage', 'Die Universität hat ihre Gebühren um ein Zehntel erhöht.', 'Университет повысил плату на десять процентов.'],
    ['an evaluative adjective on both sides', 'Der Sturm hat verheerende Schäden angerichtet.', 'Буря нанесла разрушительный ущерб.'],
    ['an evaluative word the lexicon may not pair, answered by one on the Russian side', 'Der Verein trennt sich von dem umstrittenen Trainer.', 'Клуб расстаётся со скандальным тренером.'],
    ['a German word left over that the Russian words outside a phrase render', 'Die Brücke ist seit Jahrzehnten baufällig.', 'Мост уже несколько десятилетий находится в аварийном состоянии.'],
    ['a German compound where the Russian has a prepositional phrase', 'Der Haushalt sieht 30 Milliarden Rubel für den Straßenbau vor.', 'Бюджет предусматривает 30 млрд рублей на строительство дорог.'],
    ['a one-word phrase the German folds into its noun', 'Die Rektorin hat die Gebühren verteidigt.', 'Ректор защитила плату за обучение.'],
    ['a collective numeral', 'Zwei Männer wurden festgenommen.', 'Задержаны двое мужчин.'],
    ['a repetition count', 'Das Theater hat die Premiere zweimal verschoben.', 'Театр дважды перенёс премьеру.'],
    ['a bound said with не (не позднее = spätestens)', 'Die Mine wird spätestens 2030 geschlossen.', 'Шахту закроют не позднее 2030 года.'],
    ['пришлось for a German obligation', 'Das Theater musste die Premiere verschieben.', 'Театру пришлось перенести премьеру.'],
    ['нельзя for darf nicht', 'Das Wasser darf nicht getrunken werden.', 'Воду пить нельзя.'],
    ['a name after a title-like noun (Airline)', 'Die Airline Sibavia fliegt nach Antalya.', 'Авиакомпания «Сибавиа» летает в Анталью.'],
    ['a noun after a verb of need (its object)', 'Zwei Drittel der Schulen im Gebiet müssen renoviert werden.', 'Две трети школ области нуждаются в ремонте.'],
    ['a relative pronoun (deren / чьи)', 'Die Stadt hilft den Bauern, deren Felder überflutet wurden.', 'Город помогает фермерам, чьи поля были затоплены.'],
    ['a negated split reversing verb (schließt … nicht aus / не исключает)', 'Die Polizei schließt einen Brandanschlag nicht aus.', 'Полиция не исключает поджога.'],
    ['a reversing verb on both sides (ausgeschlossen / исключён)', 'Ein Brandanschlag ist ausgeschlossen.', 'Поджог исключён.'],
    ['the letter of a road number in the other script', 'Die Fernstraße R-255 ist wieder frei.', 'Трасса Р-255 снова открыта.'],
    ['the same place the lexicon lists as a name', 'Der Bürgermeister von Krasnojarsk hat den Plan verteidigt.', 'Мэр Красноярска защитил план.'],
    ['not yet inside a clause (noch nicht / пока не)', 'Der Vertrag ist noch nicht unterschrieben.', 'Договор пока не подписан.'],
    ['until (пока не opening its clause) is no negation', 'Das Museum bleibt geschlossen, bis die Reparatur beendet ist.', 'Музей будет закрыт, пока не закончится ремонт.'],
    ['the не of an indirect question (ob / не … ли)', 'Die Polizei prüft, ob es Brandstiftung war.', 'Полиция проверяет, не было ли это поджогом.'],
    ['an attribution clause on both sides (wie … mitteilte / как сообщили)', 'Wie das Verkehrsministerium mitteilte, ist die Straße wieder offen.', 'Как сообщили в министерстве транспорта, дорога снова открыта.'],
    ['a comparison kept (als / чем)', 'Die Mieten steigen schneller als die Renten.', 'Аренда растёт быстрее, чем пенсии.'],
    ['kaum for почти не', 'Die Mieten haben sich im Winter kaum verändert.', 'Арендная плата зимой почти не изменилась.'],
    ['a one-and-a-half-fold change', 'Die Kosten sind um das Eineinhalbfache gestiegen.', 'Расходы выросли в полтора раза.'],
    ['an institution as an acronym (МВД / Innenministerium)', 'Das Innenministerium hat die Angaben bestätigt.', 'МВД подтвердило эти данные.'],
    ['a cause on both sides', 'Wegen des Nebels wurden alle Flüge gestrichen.', 'Из-за тумана все рейсы были отменены.'],
    ['a participle clause rendered by a relative clause', 'Die Familien, die am Fluss wohnen, bekommen Hilfe.', 'Семьи, живущие у реки, получат помощь.'],
    ['a place after a preposition on both sides', 'Die Polizei in Kasan hat drei Männer festgenommen.', 'Полиция Казани задержала трёх мужчин.'],
    ['keinesfalls for ни в коем случае не', 'Die Stadt wird die Schule keinesfalls schließen.', 'Город ни в коем случае не закроет школу.'],
    ['nicht zuletzt for не в последнюю очередь', 'Das lag nicht zuletzt am Wetter.', 'Это было связано не в последнюю очередь с погодой.'],
    ['a litotes не без for mit', 'Der Sieg gelang mit Unterstützung der Fans.', 'Победа удалась не без поддержки болельщиков.'],
    ['чуть ли не for fast', 'Die Preise steigen fast jede Woche.', 'Цены растут чуть ли не каждую неделю.'],
    ['an exclamative чего только не', 'Im Wahlkampf wurde alles Mögliche versprochen.', 'Чего только не обещали в ходе кампании.'],
    ['a concessive ни after a wh-word', 'Wer auch immer gewinnt, die Steuern steigen.', 'Кто бы ни победил, налоги вырастут.'],
    ['a German verb of lack for не хватает', 'Den Schulen fehlen Lehrer.', 'Школам не хватает учителей.'],
    ['отсутствует for kein', 'Im Ort gibt es keinen Strom.', 'В посёлке отсутствует электричество.'],
    ['никто, кроме … не for nur', 'Nur der Fahrer wurde verletzt.', 'Никто, кроме водителя, не пострадал.'],
    ['не мог не for a German obligation', 'Der Minister musste den Fehler einräumen.', 'Министр не мог не признать ошибку.'],
    ['an until-clause with its subject before не', 'Die Arbeiten ruhen, bis das Gericht entscheidet.', 'Работы стоят, пока суд не примет решение.'],
    ['an institution acronym the German describes', 'Die Verkehrspolizei warnt vor Glatteis.', 'ГИБДД предупреждает о гололёде.'],
    ['a duration adverb for an instrumental of time', 'Jahrelang wurde über das Projekt gestritten.', 'Годами спорили о проекте.'],
    ['a time compound for a time phrase', 'Die Zahl der Unfälle ist zu Jahresbeginn gesunken.', 'В начале года число аварий снизилось.'],
    ['days on both sides', 'Wir arbeiten seit Tagen ohne Pause.', 'Мы уже несколько дней работаем без перерыва.'],
    ['a negated objection noun for a negated reversing verb', 'Die Stadt hat keine Einwände gegen den Plan.', 'Город не возражает против плана.'],
    ['an elliptical auch nicht', 'Der Bund zahlt nicht, und das Land auch nicht.', 'Федерация не платит, и земля тоже.'],
    ['auch nicht in a clause with its own verb is a negation of its own', 'Wir drohen niemandem, aber erpressen lassen wir uns auch nicht.', 'Мы никому не угрожаем, но и шантажировать себя не позволим.'],
    ['solange … nicht for пока не', 'Die Brücke bleibt gesperrt, solange sie nicht geprüft ist.', 'Мост закрыт, пока его не проверят.'],
    ['alles andere als for далеко не', 'Die Reform ist alles andere als einfach.', 'Реформа далеко не простая.'],
    ['запрещено for dürfen nicht', 'Die Kinder dürfen das Eis nicht betreten.', 'Детям запрещено выходить на лёд.'],
    ['a German place adjective in -er for a Russian one in -ский', 'Die Tomsker Polizei ermittelt.', 'Томская полиция ведёт расследование.'],
    ['a place for its Russian adjective with a mutated consonant', 'Im Gebiet Wolga wurde gebaut.', 'В Волжской области строили.'],
    ['a forecast as an attribution (по прогнозам / laut)', 'Laut Prognosen steigt der Fluss bis Montag.', 'По прогнозам, река будет подниматься до понедельника.'],
    ['findings as an attribution (nach ersten Erkenntnissen / по предварительным данным)', 'Nach ersten Erkenntnissen war der Fahrer betrunken.', 'По предварительным данным, водитель был пьян.'],
    ['suspicion said with sollen (подозреваемый)', 'Die Polizei sucht einen Mann, der das Auto gestohlen haben soll.', 'Полиция ищет мужчину, подозреваемого в краже машины.'],
    ['a trailing speech tag for по словам', 'Die Klinik wird im Mai eröffnet, sagte der Gouverneur.', 'По словам губернатора, клиника откроется в мае.'],
    ['a trailing speech tag with a particle for как сообщила', 'Der Zug fährt wieder, teilte die Bahn mit.', 'Как сообщила железная дорога, поезд снова ходит.'],
    ['„so“ and the speaker for по версии', 'Der Brand sei absichtlich gelegt worden, so die Ermittler.', 'По версии следователей, пожар был устроен намеренно.'],
    ['смогли for konnten', 'Die Feuerwehr konnte den Brand löschen.', 'Пожарные смогли потушить пожар.'],
    ['half a percentage point (0,5 п. п.)', 'Die Arbeitslosigkeit ist um einen halben Prozentpunkt gesunken.', 'Безработица снизилась на 0,5 п. п.'],
    ['a Russian ordinal in a soft form (третьем, третьей)', 'Im dritten Jahr wurde die dritte Schule gebaut.', 'На третьем году была построена третья школа.'],
    ['the same bound said two ways (etwa / около)', 'Etwa 40 Familien wurden evakuiert.', 'Эвакуированы около 40 семей.'],
    ['a river spelled like a function word (der Ob / Обь)', 'Am Montag ist der Ob bei Tomsk gestiegen.', 'В понедельник Обь у Томска поднялась.'],
    ['kein einziger for ни один', 'Kein einziger Bus fuhr am Morgen.', 'Утром не ходил ни один автобус.'],
    ['a reversing verb and a negation in two conjuncts', 'Die Firma bestreitet den Unfall und zahlt keine Entschädigung.', 'Фирма отрицает аварию и не выплачивает компенсацию.'],
    ['too early to say (рано + infinitive) for a negation', 'Über die Folgen kann man noch nichts sagen.', 'Говорить о последствиях пока рано.'],
    ['a compound for a noun and its genitive phrase', 'Der Landwirtschaftsminister besucht das Dorf.', 'Министр сельского хозяйства посещает деревню.'],
    ['a noun phrase for a Russian verb made from the noun', 'Die Polizei hat den Fahrer mit einer Geldstrafe belegt.', 'Полиция оштрафовала водителя.'],
    ['kaum for практически не', 'Die Stadt hat kaum Schulden.', 'У города практически нет долгов.'],
    ['a length of time as an adjective (fünfjährig / пятилетний)', 'Die Stadt hat einen fünfjährigen Vertrag unterschrieben.', 'Город подписал пятилетний контракт.'],
    ['half a measure in one Russian word (полчаса)', 'Der Zug hatte eine halbe Stunde Verspätung.', 'Поезд опоздал на полчаса.'],
    ['decades counted in years', 'Das Werk arbeitet seit drei Jahrzehnten.', 'Завод работает уже 30 лет.'],
    ['a compound for a hyphenated relational adjective and its noun', 'Das Forschungszentrum bekommt Geld.', 'Научно-исследовательский центр получит деньги.'],
    ['a broken heater (kaputt / сломанный, Heizlüfter / обогреватель)', 'Ein kaputter Heizlüfter hat das Feuer ausgelöst.', 'Причиной пожара стал сломанный обогреватель.'],
    ['an anniversary with its noun (столетие со дня основания / hundertjähriges Bestehen)', 'Der Chor feiert sein hundertjähriges Bestehen.', 'Хор празднует столетие со дня основания.'],
    ['a birthday anniversary (250-летие со дня рождения / 250. Geburtstag)', 'Die Stadt ehrt den Komponisten zu seinem 250. Geburtstag.', 'Город чествует композитора в связи с 250-летием со дня рождения.'],
    ['Jubiläum folded into -летие', 'Die Bibliothek feiert ihr 75-jähriges Jubiläum.', 'Библиотека празднует 75-летие.'],
    ['every n-th for a fraction (jeder vierte / четверть)', 'Jeder vierte Autofahrer fährt zu schnell.', 'Четверть водителей ездит слишком быстро.'],
    ['an ordinal with часть for a fraction', 'Ein Zehntel der Ernte ist verdorben.', 'Десятая часть урожая испорчена.'],
    ['каждый + ordinal for a fraction', 'Ein Drittel der Häuser hat keine Heizung.', 'В каждом третьем доме нет отопления.'],
    ['ein as an article before a number', 'Ein zwanzig Meter langer Zaun wurde gebaut.', 'Построили забор длиной 20 метров.'],
    ['a prohibition as an attribute on both sides', 'Der Händler hat verbotene Feuerwerkskörper verkauft.', 'Торговец продавал запрещённые петарды.'],
    ['so before an adjective for очень', 'Das Wasser war so kalt, dass niemand baden wollte.', 'Вода была очень холодной, и никто не хотел купаться.'],
    ['zu before an adjective for слишком', 'Der Zug fährt zu langsam.', 'Поезд едет слишком медленно.'],
    ['a present-tense attribution (как сообщает / laut)', 'Laut der Agentur ist der Flughafen wieder offen.', 'Как сообщает агентство, аэропорт снова открыт.'],
    ['почти невозможно for kaum (a degree, no hedge)', 'Im Winter ist das Dorf kaum erreichbar.', 'Зимой до деревни почти невозможно добраться.'],
    ['ausfallen after a comparative as a copula', 'Die Ernte dürfte geringer ausfallen.', 'Урожай, вероятно, будет меньше.'],
    ['a speech tag on both sides with the speaker in other words', '„Der Park wird im Juni eröffnet“, sagte der Umweltdezernent bei der Sitzung.', '«Парк откроют в июне», — сказал глава департамента природопользования на заседании.'],
    ['Nummer with its number (номер / Nummer, Nr.)', 'Der Bus Nr. 12 fährt ab Montag bis zum Bahnhof.', 'Автобус номер 12 с понедельника ходит до вокзала.'],
    ['a modal inside a comparison (как можно скорее / so bald wie möglich)', 'Die Stadt will die Brücke so bald wie möglich öffnen.', 'Город хочет открыть мост как можно скорее.'],
    ['чем может / als … kann', 'Die Stadt gibt mehr aus, als sie verdienen kann.', 'Город тратит больше, чем может заработать.'],
    ['an announced gap beside a compound for a phrase', 'Die Stadtverwaltung hat (...) die Gebühren erhöht.', 'Администрация города, несмотря на недовольство жителей, повысила сборы.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(defects(german, russian)).toEqual([]);
  });
});

describe('fidelity rules: departures are flagged with the right kind', () => {
  it.each([
    ['a changed fraction', 'Zwei Fünftel der Stimmen gingen an die Opposition.', 'Три пятых голосов получила оппозиция.', 'number-differs', 'Fünftel', 'пятых'],
    ['a negation with a verb of fear but no infinitive', 'Ich fürchte, die Preise steigen nicht.', 'Боюсь, цены вырастут.', 'negation-added', 'nicht', null],
    ['an attribution with an adjective lost', 'Drei Menschen wurden festgenommen.', 'По неофициальным данным, задержаны три человека.', 'hedge-lost', null, 'данным'],
    ['another place after a preposition', 'Die Delegation kam aus Tadschikistan.', 'Делегация прибыла из Киргизии.', 'name-differs', 'Tadschikistan', 'Киргизии'],
    ['an added clause joined by und', 'Der Konzern schließt das Werk in Tula und entlässt alle Arbeiter.', 'Концерн закрывает завод в Туле.', 'addition-words', 'entlässt', null],
    ['a dropped conjunct', 'Die Stadt renoviert die Schulen.', 'Город ремонтирует школы и поликлиники.', 'omission-words', null, 'поликлиники'],
    ['a dropped prepositional phrase', 'Die Stadt hat 40 neue Schulen gebaut.', 'Город построил 40 новых школ для сельских районов.', 'omission-words', null, 'районов'],
    ['a Russian lexical negative rendered by the positive word', 'Die Ursache ist bekannt.', 'Причина неизвестна.', 'negation-lost', 'bekannt', 'неизвестна'],
    ['a German lexical negative for the positive word', 'Die Ursache ist unbekannt.', 'Причина известна.', 'negation-added', 'unbekannt', 'известна'],
    ['a hyphenated name the lexicon does not know after an attribution', 'Laut dem Wetterdienst Meteo-Sibir wird es morgen schneien.', 'По данным синоптиков, завтра пойдёт снег.', 'name-added', 'Meteo-Sibir', null],
    ['a dropped phrase after the object when the German verb renders the Russian verb', 'Die Firma muss eine Strafe zahlen.', 'Компания обязана выплатить штраф за загрязнение реки.', 'omission-words', null, 'загрязнение'],
    ['an added stance adverb', 'Die Mieter fordern seit Jahren vergeblich eine Sanierung.', 'Жильцы много лет требуют ремонта.', 'addition-words', 'vergeblich', null],
    ['a lost obligation said with пришлось', 'Das Theater hat die Premiere verschoben.', 'Театру пришлось перенести премьеру.', 'hedge-lost', null, 'пришлось'],
    ['a name added after a title-like noun', 'Die Airline Sibavia fliegt ab März nach Antalya.', 'Авиакомпания с марта летает в Анталью.', 'name-added', 'Sibavia', null],
    ['another repetition count', 'Das Theater hat die Premiere dreimal verschoben.', 'Театр дважды перенёс премьеру.', 'number-differs', 'dreimal', 'дважды'],
    ['a fraction for another percentage', 'Die Universität hat ihre Gebühren um ein Fünftel erhöht.', 'Университет повысил плату на десять процентов.', 'number-differs', 'Fünftel', 'процентов'],
    ['an added evaluative adjective beside a noun the lexicon also misses', 'Der Verein hat den Vertrag mit dem umstrittenen Stürmer verlängert.', 'Клуб продлил контракт с нападающим.', 'addition-words', 'umstrittenen', null],
    ['an added evaluative adjective before a linked noun after ohne', 'Ohne schmerzhafte Reformen wird das Rentensystem zusammenbrechen.', 'Без реформ пенсионная система рухнет.', 'addition-words', 'schmerzhafte', null],
    ['a dropped evaluative adjective', 'Die Regierung hat die Reform gestoppt.', 'Правительство остановило скандальную реформу.', 'omission-words', null, 'скандальную'],
    ['a dropped phrase after a preposition written with a hyphen', 'Die Firma hat ihre Prognose gesenkt.', 'Компания понизила прогноз из-за падения спроса в Европе.', 'omission-words', null, 'спроса'],
    ['a dropped phrase while a lexicon gap leaves a word on both sides before it', 'Das Eis im See wird dünner.', 'Лёд в озере становится тоньше из-за тёплых зим.', 'omission-words', null, 'зим'],
    ['a dropped predicate joined by и', 'Die Brücke ist baufällig.', 'Мост находится в аварийном состоянии и требует срочного ремонта.', 'omission-words', null, 'требует'],
    ['a split reversing verb against a negated one', 'Die Polizei schließt einen Brandanschlag aus.', 'Полиция не исключает поджога.', 'polarity-reversed', 'schließt', null],
    ['a dropped phrase after the object of a separable verb (its particle is no word left)', 'Der Bürgermeister wies die Kritik zurück.', 'Мэр отверг критику в адрес администрации.', 'omission-words', null, 'администрации'],
    ['another place beside a temperature in °C', 'In Sotschi waren es 35 Grad.', 'В Анапе было 35 °C.', 'name-differs', 'Sotschi', 'Анапе'],
    ['a withdrawn request against a filed one (no reflexive)', 'Der Verein zog den Antrag zurück.', 'Клуб подал заявку.', 'polarity-reversed', 'zog', null],
    ['an intensifier dropped with no degree word', 'Das Dorf war verlassen.', 'Деревня была совершенно заброшена.', 'omission-intensifier', null, 'совершенно'],
    ['a compound added beside one the lexicon splits', 'Die Heizkosten und die Wasserpreise steigen.', 'Расходы на отопление растут.', 'addition-words', 'Wasserpreise', null],
    ['another letter of a road number', 'Die Fernstraße A-255 ist wieder frei.', 'Трасса Р-255 снова открыта.', 'name-differs', 'A', 'Р'],
    ['an added place the lexicon lists as a name', 'Der Bürgermeister von Krasnojarsk hat den Plan verteidigt.', 'Мэр защитил план.', 'name-added', 'Krasnojarsk', null],
    ['a lost not-yet', 'Der Vertrag ist unterschrieben.', 'Договор пока не подписан.', 'negation-lost', null, 'не'],
    ['a dropped comparison', 'Die Mieten steigen.', 'Аренда растёт быстрее, чем пенсии.', 'omission-words', null, 'пенсии'],
    ['a lost attribution with no speech frame on the German side', 'Das Schiff ist sicher.', 'По словам капитана, судно в безопасности.', 'hedge-lost', null, 'словам'],
    ['a lost attribution clause (как сообщили)', 'Die Straße ist wieder offen.', 'Как сообщили в министерстве транспорта, дорога снова открыта.', 'hedge-lost', null, 'сообщили'],
    ['an added attribution clause (wie … mitteilte)', 'Die Straße ist wieder offen, wie das Ministerium mitteilte.', 'Дорога снова открыта.', 'hedge-added', 'mitteilte', null],
    ['a dropped cause at the start of a clause', 'Alle Flüge wurden gestrichen.', 'Из-за тумана все рейсы были отменены.', 'omission-words', null, 'тумана'],
    ['a dropped participle clause', 'Die Familien bekommen Hilfe.', 'Семьи, живущие у реки, получат помощь.', 'omission-clause', null, 'живущие'],
    ['another multiplier for one and a half', 'Die Kosten haben sich verdreifacht.', 'Расходы выросли в полтора раза.', 'number-differs', 'verdreifacht', 'полтора'],
    ['an added place after a bare preposition the lexicon lists by its transliteration', 'Die Polizei in Kasan hat drei Männer festgenommen.', 'Полиция задержала трёх мужчин.', 'name-added', 'Kasan', null],
    ['a negation added beside чуть ли не', 'Die Preise steigen nicht jede Woche.', 'Цены растут чуть ли не каждую неделю.', 'negation-added', 'nicht', null],
    ['a negation added beside a concessive ни', 'Wer auch immer gewinnt, die Steuern steigen nicht.', 'Кто бы ни победил, налоги вырастут.', 'negation-added', 'nicht', null],
    ['a lack lost', 'Die Schulen haben genug Lehrer.', 'Школам не хватает учителей.', 'negation-lost', null, 'не'],
    ['a so-far negation that opens its sentence', 'Man hat über Verletzte berichtet.', 'Пока о пострадавших не сообщалось.', 'negation-lost', null, 'не'],
    ['another institution for an acronym', 'Die Feuerwehr warnt vor Glatteis.', 'ГИБДД предупреждает о гололёде.', 'name-missing', null, 'ГИБДД'],
    ['an added duration', 'Die Ermittlungen dauern noch Wochen an.', 'Расследование продолжается.', 'addition-words', 'Wochen', null],
    ['an added duration adverb', 'Der Zug stand stundenlang im Tunnel.', 'Поезд стоял в тоннеле.', 'addition-words', 'stundenlang', null],
    ['a dropped period with its attribute', 'Der Umsatz ist gestiegen.', 'Оборот в первом полугодии вырос.', 'omission-words', null, 'первом полугодии'],
    ['another region behind a Russian place adjective', 'Im Gebiet Tula wurde ein Werk eröffnet.', 'В Калужской области открылся завод.', 'name-differs', 'Tula', 'Калужской'],
    ['suspicion made fact', 'Die Polizei sucht einen Mann, der das Auto gestohlen hat.', 'Полиция ищет мужчину, подозреваемого в краже машины.', 'hedge-lost', null, 'подозреваемого'],
    ['suspicion added (Tatverdächtige)', 'Die Polizei hat zwei Tatverdächtige festgenommen.', 'Полиция задержала двоих мужчин.', 'hedge-added', 'Tatverdächtige', null],
    ['a probability lost beside a forecast attribution', 'Laut Prognosen steigt der Fluss bis Montag.', 'По прогнозам, река, вероятно, будет подниматься до понедельника.', 'hedge-lost', null, 'вероятно'],
    ['a speech tag does not answer якобы', 'Der Direktor habe das Geld genommen, sagte der Zeuge.', 'Директор якобы взял деньги, сказал свидетель.', 'hedge-lost', null, 'якобы'],
    ['another half measure', 'Die Arbeitslosigkeit ist um einen halben Prozentpunkt gesunken.', 'Безработица снизилась на 1,5 п. п.', 'number-differs', 'halben', '1,5'],
    ['about turned into more than', 'Mehr als 40 Familien wurden evakuiert.', 'Эвакуированы около 40 семей.', 'number-differs', 'Mehr', 'около'],
    ['more than turned into about', 'Etwa 40 Familien wurden evakuiert.', 'Эвакуированы более 40 семей.', 'number-differs', 'Etwa', 'более'],
    ['another river for one spelled like a function word', 'Am Montag ist der Ob bei Tomsk gestiegen.', 'В понедельник Иртыш у Томска поднялся.', 'name-differs', 'Ob', 'Иртыш'],
    ['the negation of a second conjunct lost beside a reversing verb', 'Die Firma bestreitet den Unfall und zahlt eine Entschädigung.', 'Фирма отрицает аварию и не выплачивает компенсацию.', 'negation-lost', null, 'не'],
    ['a negation added where the Russian says nothing of too early', 'Über die Folgen kann man nichts sagen.', 'О последствиях говорят все.', 'negation-added', 'nichts', null],
    ['a genitive phrase dropped after the head noun', 'Der Minister besucht das Dorf.', 'Министр сельского хозяйства посещает деревню.', 'omission-words', null, 'хозяйства'],
    ['an attribute added to the noun a Russian verb is made from', 'Die Polizei hat den Fahrer mit einer hohen Geldstrafe belegt.', 'Полиция оштрафовала водителя.', 'addition-words', 'hohen', null],
    ['kaum for a plain не (a weakened negation)', 'Der Fluss ist kaum gestiegen.', 'Река не поднялась.', 'negation-lost', 'kaum', 'не'],
    ['a clause dropped with its number (one omission, no number flag)', 'Bei dem Brand wurden sechs Bewohner verletzt.', 'При пожаре пострадали шесть жильцов, двое из них в тяжёлом состоянии.', 'omission-clause', null, 'двое'],
    ['the number of a rendered clause dropped', 'Bei dem Brand wurden sechs Bewohner verletzt, einige von ihnen schwer.', 'При пожаре пострадали шесть жильцов, двое из них в тяжёлом состоянии.', 'number-missing', null, 'двое'],
    ['another length of time as an adjective', 'Die Stadt hat einen dreijährigen Vertrag unterschrieben.', 'Город подписал пятилетний контракт.', 'number-differs', 'dreijährigen', 'пятилетний'],
    ['one hour for half an hour (a weak ein with a unit)', 'Der Zug hatte eine Stunde Verspätung.', 'Поезд опоздал на полчаса.', 'number-differs', 'Stunde', 'полчаса'],
    ['an attribute added before a length-of-time adjective', 'Die Stadt hat einen lange verhandelten fünfjährigen Vertrag unterschrieben.', 'Город подписал пятилетний контракт.', 'addition-words', 'verhandelten', null],
    ['a second attribute added after a comma', 'Ein kaputter, uralter Heizlüfter hat das Feuer ausgelöst.', 'Причиной пожара стал сломанный обогреватель.', 'addition-words', 'uralter', null],
    ['очень dropped while zu only opens an infinitive', 'Es war kalt, zu baden war unmöglich.', 'Было очень холодно, купаться было невозможно.', 'omission-intensifier', null, 'очень'],
    ['a present-tense attribution lost', 'Der Flughafen ist wieder offen.', 'Как сообщают в агентстве, аэропорт снова открыт.', 'hedge-lost', null, 'сообщают'],
    ['a probability lost beside the copula ausfallen', 'Die Ernte wird geringer ausfallen.', 'Урожай, вероятно, будет меньше.', 'hedge-lost', null, 'вероятно'],
    ['a phrase dropped inside a quotation with a speech tag on both sides', '„Wir öffnen den Park“, sagte der Umweltdezernent.', '«Мы откроем парк после капитальной реконструкции», — сказал глава департамента природопользования.', 'omission-words', null, 'реконструкции'],
    ['another place beside a hospital number (Nummer is no name)', 'Die Verletzten kamen ins Krankenhaus Nummer 2 in Tomsk.', 'Пострадавших доставили в больницу №2 Новосибирска.', 'name-differs', 'Tomsk', 'Новосибирска'],
    ['a modal of comparison inside a dropped comparison is no lost hedge', 'Die Stadt gibt viel aus.', 'Город тратит больше, чем может заработать.', 'omission-clause', null, 'заработать'],
    ['another anniversary beside Jubiläum', 'Die Bibliothek feiert ihr 80-jähriges Jubiläum.', 'Библиотека празднует 75-летие.', 'number-differs', '80-jähriges', '75-летие'],
    ['another share said as every n-th', 'Jeder dritte Autofahrer fährt zu schnell.', 'Четверть водителей ездит слишком быстро.', 'number-differs', 'dritte', 'Четверть'],
    ['another share said with часть', 'Ein Fünftel der Ernte ist verdorben.', 'Десятая часть урожая испорчена.', 'number-differs', 'Fünftel', 'Десятая'],
    ['another length after an article ein', 'Ein zwanzig Meter langer Zaun wurde gebaut.', 'Построили забор длиной 30 метров.', 'number-differs', 'zwanzig', '30'],
    ['an allowed thing for a forbidden one', 'Der Händler hat erlaubte Feuerwerkskörper verkauft.', 'Торговец продавал запрещённые петарды.', 'polarity-reversed', 'erlaubte', 'запрещённые'],
  ] as const)('%s', (_name, german, russian, reason, deWord, ruWord) => {
    expectFlag(defects(german, russian), reason, deWord, ruWord);
  });

  it('reports a lost negation before a modal without also calling the modal an added hedge', () => {
    const flags = defects('Die Stadt kann die Schulden zahlen.', 'Город не может выплатить долги.');
    expect(flags.map((f) => f.reason)).toEqual(['negation-lost']);
  });

  it('reports another place as one name flag, not a missing name and an added word', () => {
    const flags = defects('Die Delegation kam aus Tadschikistan.', 'Делегация прибыла из Киргизии.');
    expect(flags.map((f) => f.kind)).toEqual(['name']);
  });
});

describe('fidelity rules: one defect, one flag', () => {
  it('reports a dropped comparison with its modal as the omission only (чем может is no hedge)', () => {
    expect(defects('Die Stadt gibt viel aus.', 'Город тратит больше, чем может заработать.').map((f) => f.kind)).toEqual(['omission']);
  });

  it.each([
    ['konnte nicht / смог', 'Der Fahrer konnte den Wagen nicht rechtzeitig bremsen.', 'Водитель смог вовремя затормозить.'],
    ['konnten nicht / смогли', 'Die Taucher konnten das Wrack nicht finden.', 'Водолазы смогли найти обломки судна.'],
  ] as const)('reports an added negation before a modal without also calling the Russian modal a lost hedge (%s)', (_name, german, russian) => {
    expect(defects(german, russian).map((f) => f.reason)).toEqual(['negation-added']);
  });

  it('still reports a Russian probability lost beside a negated German modal', () => {
    expect(defects('Die Taucher konnten das Wrack nicht finden.', 'Водолазы, вероятно, не нашли обломки судна.').map((f) => f.reason)).toEqual(['hedge-lost']);
  });

  it.each([
    ['a dropped phrase led by запретил', 'Die Behörde hat das Werk geschlossen.', 'Ведомство закрыло завод и запретило его владельцу открывать новые цеха.', 'omission'],
    ['an added phrase led by verboten', 'Die Behörde hat das Werk geschlossen und dem Besitzer neue Hallen verboten.', 'Ведомство закрыло завод.', 'addition'],
  ] as const)('reports a reversing verb inside its dropped or added phrase as that phrase only (%s)', (_name, german, russian, kind) => {
    expect(defects(german, russian).map((f) => f.kind)).toEqual([kind]);
  });

  it('still reports a reversing verb against its opposite', () => {
    expect(defects('Die Behörde hat den Betrieb verboten.', 'Ведомство разрешило работу.').map((f) => f.reason)).toEqual(['polarity-reversed']);
  });

  it('still flags a German place after a preposition beside an announced gap with a Russian place', () => {
    expect(defects('Die Taucher haben […] in Sibirien eine seltene Muschel entdeckt.', 'Водолазы во время экспедиции обнаружили на Урале редкого моллюска.').map((f) => f.kind)).toContain('name');
  });

  it('reports a number inside an added phrase as the addition only, the number among its words', () => {
    const flags = defects('Der Hagel hat die Ernte vernichtet und fünf Gewächshäuser beschädigt.', 'Град уничтожил урожай.');
    expect(flags.map((f) => f.kind)).toEqual(['addition']);
    expect(flags[0]!.german.map((w) => w.text)).toContain('fünf');
  });

  it('still reports a number added to a noun the Russian renders', () => {
    expect(defects('Der Hagel hat fünf Gewächshäuser beschädigt.', 'Град повредил теплицы.').map((f) => f.reason)).toEqual(['number-added']);
  });

  it('reports a negation inside an added phrase as the addition only', () => {
    expect(defects('Die Firma wurde ohne Vorwarnung und ohne Entschädigung geschlossen.', 'Компания была закрыта.').map((f) => f.kind)).toEqual(['addition']);
  });

  it('reports a clause dropped with its number as the omission only', () => {
    expect(defects('Bei dem Brand wurden sechs Bewohner verletzt.', 'При пожаре пострадали шесть жильцов, двое из них в тяжёлом состоянии.').map((f) => f.kind)).toEqual(['omission']);
  });

  it('reports an attribution clause added as a hedge, not its source as added words', () => {
    expect(defects('Die Straße ist wieder offen, wie das Ministerium mitteilte.', 'Дорога снова открыта.').map((f) => f.kind)).toEqual(['hedge']);
  });

  it('links a compound to its head noun and the genitive after it', () => {
    const r = checkQuote({ german: 'Der Verkehrsminister hat den Plan vorgestellt.', russian: 'Министр транспорта представил план.' }, { matcher });
    const l = r.links.find((x) => x.german.text === 'Verkehrsminister');
    expect(l?.russian.map((w) => w.text)).toEqual(['Министр', 'транспорта']);
  });
});

describe('fidelity rules: a common noun is no name', () => {
  it('leaves a capitalised common noun after a bare preposition as a word (von Jahr zu Jahr)', () => {
    const flags = defects('Die Reparatur wurde von Jahr zu Jahr verschoben.', 'Ремонт откладывали у Кременки.');
    const names = flags.filter((f) => f.kind === 'name');
    expect(names.map((f) => f.reason)).toEqual(['name-missing']);
    expect(names[0]!.german).toEqual([]);
    expect(names[0]!.russian.map((w) => w.text)).toEqual(['Кременки']);
  });

  it('still takes a place name the lexicon lists after a preposition for another name', () => {
    const flags = defects('Der Außenminister ist zu Gesprächen nach Tokio gereist.', 'Министр иностранных дел отправился на переговоры в Пекин.');
    expect(flags.map((f) => [f.reason, f.german.map((w) => w.text).join(' '), f.russian.map((w) => w.text).join(' ')])).toEqual([['name-differs', 'Tokio', 'Пекин']]);
  });

  it('tells names the lexicon lists by their transliteration through the matcher', () => {
    expect(matcher.knowsAsName?.('kasan')).toBe(true);
    expect(matcher.knowsAsName?.('jahr')).toBe(false);
    // a compound the lexicon knows only by its parts has no entry of its own
    expect(matcher.knowsAsName?.('betrugsvorwürfen')).toBe(false);
  });

  it('tells common words from names through the matcher', () => {
    expect(matcher.knowsAsCommonWord?.('jahr')).toBe(true);
    expect(matcher.knowsAsCommonWord?.('tokio')).toBe(false);
    expect(matcher.knowsAsCommonWord?.('peking')).toBe(false);
    expect(matcher.knowsAsCommonWord?.('xyzqwort')).toBe(false);
  });
});

describe('fidelity rules: a feminine person noun the lexicon lists only in the masculine', () => {
  const { de, ru } = snowballStemmers;
  const only = (deWord: string, ruWord: string) =>
    lexiconMatcher({ stemmers: snowballStemmers, translations: (stem) => (stem === de(deWord) ? new Map([[ru(ruWord), 1]]) : undefined) });

  it('takes the masculine entry for the -in and -innen forms of an agent noun', () => {
    const m = only('kommandeur', 'командир');
    expect(m.match('kommandeurin', 'командир')?.score).toBe(1);
    expect(m.match('kommandeurinnen', 'командиры')).not.toBeNull();
    expect(m.knowsGerman?.('kommandeurin')).toBe(true);
  });

  it('leaves words that merely end in -in alone', () => {
    expect(only('term', 'термин').match('termin', 'термин')).toBeNull();
    expect(only('benz', 'бензин').match('benzin', 'бензин')).toBeNull();
  });

  it('lets a quotation with the feminine form of a title pass', () => {
    const m = only('kommandeur', 'командир');
    const r = checkQuote({ german: 'Die Kommandeurin', russian: 'Командир' }, { matcher: m });
    expect(r.links.map((l) => [l.german.text, l.russian.map((w) => w.text).join(' ')])).toEqual([['Kommandeurin', 'Командир']]);
  });
});

describe('fidelity rules: inflected German forms are looked up under their lemma', () => {
  it.each([
    ['a present form the stemmer keeps with its -t', 'bleibt', 'остаётся'],
    ['a participle after a separable prefix', 'angeordnet', 'распорядились'],
    ['a participle of an inseparable verb', 'erhöht', 'повышены'],
    ['a noun in the genitive the lexicon lists without its -s', 'schnees', 'снега'],
  ] as const)('%s', (_name, de, ru) => {
    expect(matcher.match(de, ru)?.score ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps unrelated words apart', () => {
    expect(matcher.match('bleibt', 'снега')).toBeNull();
  });
});
