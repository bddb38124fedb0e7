// Written by scripts/fidelity-stems.mjs from lexicon-nouns.ts and lexicon-words.ts: do not edit.
/** The lists these stems were made from (LexiconIndex.builtin uses the stems only while the lists are these). */
export const BUILTIN_LISTS = `
Regierung Kabinett = правительство кабмин кабинет
Staat = государство
Land Länder = страна страны
Volk = народ
Bevölkerung Einwohner = население жители житель
Bürger Bürgerin = гражданин граждане гражданка
Gesellschaft = общество компания
Macht Behörden Obrigkeit = власть власти
Behörde Amt Verwaltung = ведомство орган учреждение управление
Abgeordnete Abgeordneter Abgeordneten = депутат депутаты
Wahl Wahlen = выборы
Stimme Stimmen = голос голоса
Gesetz Gesetze = закон законы законопроект
Verfassung = конституция
Gericht Gerichte = суд
Prozess Prozesse Gerichtsprozess Strafprozess = суд процесс
Richter Richterin = судья
Urteil = приговор решение
Anklage Vorwurf Vorwürfe = обвинение обвинения претензии
Staatsanwalt Staatsanwaltschaft = прокурор прокуратура
Ermittlung Ermittlungen Untersuchung = расследование следствие
Ermittler Ermittlerin = следователь следователи следовательница
Wetterdienst Wetteramt = гидрометцентр метеослужба синоптики
Arbeitsamt Arbeitsagentur = служба занятости биржа труда
Ermittlungskomitee = следственный комитет
Berufsverkehr Hauptverkehrszeit Stoßzeit Rushhour = час пик часы пик
Heimatmuseum Heimatkunde Regionalgeschichte Landeskunde = краеведческий краеведение краеведы
Verhandlung Verhandlungen Gespräche = переговоры
Abkommen Vertrag Vereinbarung = соглашение договор договорённость договоренность
Krieg = война
Frieden = мир
Waffenstillstand Waffenruhe = перемирие прекращение огня
Armee Streitkräfte Militär = армия войска вооружённые вооруженные
Soldat Soldaten = солдат солдаты военнослужащие
Angriff Angriffe Anschlag = нападение атака удар удары теракт
Waffe Waffen = оружие вооружение
Grenze Grenzen = граница
Sicherheit = безопасность
Gefahr = опасность
Bedrohung Drohung = угроза
Lage Situation = ситуация положение обстановка
Entscheidung Beschluss = решение постановление
Frage Fragen = вопрос вопросы
Problem Probleme Schwierigkeiten = проблема проблемы трудности
Antwort = ответ
Meinung Ansicht = мнение взгляд
Erklärung Äußerung = заявление высказывание
Rede Auftritt = речь выступление
Treffen Begegnung = встреча
Gipfel = саммит
Besuch = визит посещение
Botschafter = посол
Botschaft = посольство послание
Außenminister = министр иностранных дел глава МИД
Außenministerium = министерство иностранных дел МИД
Verteidigung = оборона
Verteidigungsminister = министр обороны
Wirtschaft = экономика хозяйство
Markt Märkte = рынок рынки
Preis Preise = цена цены
Tarif Tarife = тариф тарифы
Kosten Ausgaben = расходы затраты стоимость
Einnahmen = доходы поступления
Haushalt Budget = бюджет
Steuer Steuern = налог налоги
Geld = деньги средства
Bank Banken = банк банки
Zentralbank Notenbank = центробанк центральный банк
Zins Zinsen Leitzins = ставка ставки процентная
Inflation Teuerung = инфляция
Wachstum Anstieg Zuwachs = рост прирост
Rückgang = снижение спад падение сокращение
Ausfuhr Export = экспорт вывоз
Einfuhr Import = импорт ввоз
Handel = торговля
Unternehmen Firma Betrieb = компания предприятие фирма
Konzern = концерн корпорация холдинг
Industrie Branche = промышленность отрасль
Produktion Herstellung = производство выпуск
Energie = энергия энергетика
Gas Erdgas = газ
Öl Erdöl = нефть
Strom = электроэнергия электричество
Kohle = уголь
Getreide = зерно
Weizen = пшеница
Ernte = урожай
Arbeit = работа труд
Arbeitsplatz Arbeitsplätze Stelle Stellen = рабочие места место
Arbeitslosigkeit = безработица
Lohn Löhne Gehalt Gehälter = зарплата зарплаты заработная плата
Rente Renten = пенсия пенсии
Schule Schulen = школа школы
Universität Hochschule = университет вуз
Student Studenten = студент студенты
Kind Kinder = ребёнок ребенок дети
Familie Familien = семья семьи
Frau Frauen = женщина женщины жена
Mann Männer = мужчина мужчины муж
Mensch Menschen Leute Personen = человек люди
Stadt Städte = город города
Dorf Dörfer = деревня село посёлок поселок
Region Regionen = регион регионы
Gebiet Gebiete = область территория район
Hauptstadt = столица
Welt = мир
Ausland = заграница рубеж границу границей
Viertel Stadtviertel Wohnviertel = квартал микрорайон
Abschnitt Abschnitte Teilstück = участок участки отрезок
Notstand Ausnahmezustand Notlage = чрезвычайный чрезвычайное чрезвычайной чрезвычайная
Westen = запад
Osten = восток
Norden = север
Süden = юг
Nachbar Nachbarn = сосед соседи
Partner = партнёр партнер партнёры партнеры
Verbündete Verbündeten = союзник союзники
Zusammenarbeit Kooperation = сотрудничество
Beziehung Beziehungen Verhältnis = отношение отношения
Interesse Interessen = интерес интересы
Ziel Ziele = цель цели
Plan Pläne = план планы
Reform Reformen = реформа реформы
Änderung Veränderung Wandel = изменение перемены
Entwicklung = развитие
Zukunft = будущее
Vergangenheit = прошлое
Geschichte = история
Zeit = время пора
Ende Schluss = конец окончание
Anfang Beginn = начало
Ergebnis Resultat Bilanz = результат итог итоги
Erfolg Erfolge = успех успехи
Fehler = ошибка
Schuld = вина долг
Verantwortung = ответственность
Recht Rechte = право права
Freiheit = свобода
Wahrheit = правда истина
Lüge Lügen = ложь
Nachricht Nachrichten Meldung = новость новости сообщение
Zeitung Blatt Magazin = газета издание журнал
Journalist Journalisten Reporter = журналист журналисты корреспондент
Medien = СМИ медиа
Fernsehen Sender = телевидение телеканал канал
Bericht = доклад отчёт отчет
Daten Angaben = данные
Zahl Zahlen = число цифра цифры количество
Anteil = доля
Bruttoinlandsprodukt BIP Wirtschaftsleistung = ВВП
Mehrwertsteuer = НДС
Mehrheit = большинство
Minderheit = меньшинство
Teil Teile = часть
Krankenhaus Klinik = больница клиника
Arzt Ärzte = врач врачи
Gesundheit Gesundheitswesen = здоровье здравоохранение
Studium Studien Ausbildung = обучение учёба учеба
Gebühr Gebühren = плата сбор пошлина стоимость
Krankheit = болезнь заболевание
Opfer = жертва жертвы пострадавшие
Tote Toten = погибшие убитые
Verletzte Verletzten = раненые пострадавшие
Flüchtling Flüchtlinge = беженец беженцы
Hilfe = помощь
Unterstützung = поддержка
Schutz = защита охрана
Kampf = борьба бой
Sieg = победа
Niederlage = поражение
Spiel Spiele = игра матч
Mannschaft Team = команда сборная
Trainer = тренер
Spieler = игрок игроки
Saison = сезон
Meisterschaft = чемпионат первенство
Buch Bücher = книга книги
Roman = роман
Autor Autorin Schriftsteller = автор писатель писательница
Preisträger = лауреат
Auszeichnung = награда премия
Kultur = культура
Kunst = искусство
Theater = театр
Film = фильм
Musik = музыка
Wissenschaft Forschung = наука исследование исследования
Wissenschaftler Forscher = учёный ученый учёные ученые исследователь
Klima = климат
Umwelt Natur = природа окружающая среда
Wasser = вода
Boden = почва земля
Erde = земля
Eis = лёд лед
Wald Wälder = лес леса
Meer See = море
Fluss = река
Hafen = порт
Schiff Schiffe = судно корабль суда
Containerschiff Containerschiffe = контейнеровоз контейнеровозы
Flugzeug = самолёт самолет
Zug = поезд
Straße Straßen Weg = дорога улица путь
Brücke = мост
Haus Häuser Gebäude = дом дома здание
Wohnung Wohnungen = квартира квартиры жильё жилье
Gefängnis Haft = тюрьма заключение
Polizist Polizisten = полицейский полицейские
Beamte Beamten = чиновник чиновники
Sprecher Sprecherin = представитель пресс-секретарь
Chef Leiter Vorsitzende Vorsitzender = глава руководитель председатель
Direktor = директор
Bürgermeister = мэр глава
Gouverneur = губернатор
Kommission = комиссия
Ausschuss Komitee = комитет
Rat = совет
Sitzung = заседание
Abstimmung = голосование
Mitglied Mitglieder = член члены
Gruppe = группа
Organisation = организация
Verband = союз ассоциация
Gewerkschaft = профсоюз
Opposition = оппозиция
Protest Proteste = протест протесты акция
Demonstration Kundgebung = демонстрация митинг
Streik = забастовка
Kritik = критика
Kritiker = критики
Vertrauen = доверие
Angst Sorge Sorgen = страх опасения тревога беспокойство
Hoffnung = надежда
Wille = воля
Möglichkeit Chance = возможность шанс
Risiko Risiken = риск риски
Schaden Schäden = ущерб вред
Verlust Verluste = потери убытки
Gewinn Gewinne = прибыль
Schulden = долги задолженность
Investition Investitionen = инвестиции вложения
Vermögen = активы
Kredit = кредит
Lieferung Lieferungen = поставки поставка
Versorgung = снабжение обеспечение
Pipeline Leitung = трубопровод газопровод
Vorrat Vorräte Reserven = запасы резервы
Bedarf Nachfrage = спрос потребность
Angebot = предложение
Ware Waren Güter = товары товар
Lebensmittel = продовольствие продукты
Landwirtschaft = сельское хозяйство
Bauer Bauern Landwirte = фермер фермеры крестьяне
Straf Strafe = наказание штраф
Verbrechen Straftat = преступление
Korruption = коррупция
Ende = конец
Jahr Jahre Jahren = год года лет году
Monat Monate = месяц месяца месяцев
Woche Wochen = неделя недели недель
Tag Tage Tagen = день дня дней
Stunde Stunden = час часа часов
Minute Minuten = минута минуты минут
Jahrhundert = век столетие
Morgen = утро
Abend = вечер
Nacht = ночь
Hälfte = половина
Sanktionen = санкции
Maßnahme Maßnahmen = мера меры
Schritt Schritte = шаг шаги
Weg = путь
Ort = место
Platz = место площадь
Raum = пространство
Ordnung = порядок
Regel Regeln = правило правила
Wort Worte = слово слова
Sprache = язык
Stück = штука
Erfahrung = опыт
Wissen = знания
Leben = жизнь
Tod = смерть гибель
Gesicht = лицо
Hand Hände = рука руки
Herz = сердце
Kopf = голова
Geist = дух
Gott = бог
Kirche Kirchen = церковь храм
Rückgabe Rückgaben = возврат возвращение передача
Einschulung = школа
Feier = праздник
Jubiläum = юбилей годовщина
Gedenken = память
Erinnerung = воспоминание память
Frühling Frühjahr = весна
Sommer = лето
Herbst = осень
Winter = зима
Feuer Brand Brände = пожар огонь пожары
Ursache Grund Gründe = причина основание
Unfall Unglück = авария происшествие катастрофа
Explosion = взрыв
Heizgerät Heizgeräte Heizlüfter Heizstrahler = обогреватель обогреватели
Heizung Heizen = отопление обогрев
Kurzschluss = замыкание
Sturm Unwetter = шторм буря ураган непогода
Hochwasser Überschwemmung Flut = наводнение паводок
Dürre Trockenheit = засуха
Hitze = жара зной
Kälte Frost = холод мороз
Schnee = снег
Regen = дождь
Wetter = погода
Flug Flüge = рейс рейсы полёт полет
Flughafen = аэропорт
Bahnhof = вокзал
Auto Wagen Fahrzeug = машина автомобиль
Kraftwerk = электростанция
Kernkraftwerk Atomkraftwerk AKW = АЭС
Wasserkraftwerk = ГЭС
Heizkraftwerk = ТЭЦ
Rathaus Stadtverwaltung Verwaltung = администрация мэрия
Verein Klub = клуб
Wettbewerb = конкурс соревнование
Tor Tore = гол голы
Fan Fans Anhänger = болельщики фанаты сторонники
Jugend = молодёжь молодежь
Jugendliche = подростки
Junge Jungen = мальчик
Mädchen = девочка
Eltern = родители
Mutter = мать
Vater = отец
Sohn = сын
Tochter = дочь
Bruder = брат
Schwester = сестра
Freund Freunde = друг друзья
Feind Feinde = враг враги
Gast Gäste = гость гости
Mitarbeiter = сотрудник сотрудники работник работники
Kollege Kollegen = коллега коллеги
Verdächtige Verdächtigen Verdächtiger = подозреваемый подозреваемые
Täter = преступник преступники
Zeuge Zeugen = свидетель свидетели
Anwalt Anwältin = адвокат
Klage = иск жалоба
Beweis Beweise = доказательство доказательства улики
Brief = письмо
Vorschlag Vorschläge = предложение предложения
Forderung Forderungen = требование требования
Bedingung Bedingungen Umstand Umstände = условие условия обстоятельство обстоятельства
Folge Folgen = последствие последствия
Bedeutung = значение
Rolle = роль
Stand Niveau = уровень
Menge Umfang = количество объём объем
Wert = стоимость ценность
Qualität = качество
Stahl = сталь
Dünger = удобрения удобрение
Medikament Medikamente Arznei = лекарство лекарства препарат
Impfstoff = вакцина
Spur Spuren = след следы
Zentrum Mitte = центр середина
Küste Ufer = побережье берег
See = озеро
Insel = остров
Berg = гора
Feld = поле
Garten = сад
Schenkung Schenkungen Geschenk Geschenke = дар подарок пожертвование
Hüfte Hüften Hüftgelenk = бедро тазобедренный сустав
Operation Operationen Eingriff = операция операции вмешательство
Öffnungszeit Öffnungszeiten Sprechzeiten = часы работы приёма приема
Weiteres = особого распоряжения
Angeklagte Angeklagten Angeklagter Beschuldigte Beschuldigten Beschuldigter Mandant Mandantin = обвиняемый обвиняемая обвиняемые подсудимый подсудимая подсудимые подзащитный подзащитная подзащитного
Mieter Bewohner Anwohner = жилец жильцы жильцов жильцам
Termin Sprechstunde = приём прием запись
Arzttermin = приём прием запись врачу врач
Software = программный обеспечение ПО
Kreis Landkreis = район районный
Tourist Touristen Urlauber = турист туристы туристов
Ausfall Störung Panne = сбой перебой неполадка авария
Frost Nachtfrost = заморозки мороз
Tauwetter = оттепель
Schwimmhalle Hallenbad Schwimmbad = бассейн
Vorortzug Vorortzüge Vorortzügen Regionalzug = электричка электрички пригородный пригородных
Bürgerportal Behördenportal Serviceportal = госуслуги госуслуг портал
Meteorologe Meteorologen = синоптик синоптики метеоролог метеорологи
Wahlbeteiligung = явка
Befragte Befragten = опрошенные опрошенных респонденты респондентов
Leiter Leiterin = начальник руководитель руководительница директор
Strecke = участок трасса маршрут линия
Reederei = судоходная пароходство
Rentner Rentnerin Rentnerinnen = пенсионер пенсионерка пенсионеры пенсионеров
Schließung = закрытие
Haftstrafe Freiheitsstrafe Gefängnisstrafe Freiheitsentzug Haft = лишение лишения лишением свободы
Gerichtsverhandlung Verhandlung Anhörung = заседание заседания слушание слушания
Veruntreuung Unterschlagung = растрата растраты растрату хищение присвоение
Betrug Betrüger Betrügerin = мошенничество мошенник мошенники мошенница
Rauchgasvergiftung Rauchvergiftung Kohlenmonoxidvergiftung = отравление отравлением угарным газом
Kohlenmonoxid = угарный газ
Strafverfahren Ermittlungsverfahren Strafsache = уголовное дело
Untersuchungshaft U-Haft = стражу СИЗО арест
Straßengraben Graben = кювет
Geldstrafe Bußgeld = штраф штрафа
Befugnis Befugnisse Vollmacht Vollmachten = полномочия полномочий полномочиями
Bewährung Bewährungsstrafe = условно условный условного условным испытательным
Hauptzeuge Hauptzeugin Kronzeuge Kronzeugin = главный ключевой свидетель свидетельница
Amtsmissbrauch Amtsmissbrauchs Machtmissbrauch Machtmissbrauchs = злоупотребление злоупотребления злоупотреблением должностными должностных полномочиями полномочий
Überfall Überfalls Raubüberfall = нападение нападении нападения разбойное
Geldtransporter = инкассаторский инкассаторская инкассаторскую машина машину
Stadtrand Ortsrand = окраина окраине окраины
Mülldeponie Deponie Müllhalde = полигон полигоне свалка свалке твёрдых твердых коммунальных бытовых отходов мусора
Notlandung = вынужденная вынужденную посадка посадку
Nachtclub Nachtclubs = ночной ночного клуб клуба
Sicherheitsgurt Gurt = ремень ремнём безопасности
Geschwindigkeit Tempo = скорость скорости
Fang Fischfang = вылов улов
Sediment Sedimente Sedimenten Ablagerungen = отложения отложений отложениях
Krebstiere Krebsart Krebsarten = ракообразные ракообразных
Gegenverkehr Gegenfahrbahn = встречная встречную полоса полосу


sagen sagte sagten gesagt = сказать говорить сказал говорит заявил
erklären erklärte erklärten erklärt = заявить заявлять объяснить пояснить
betonen betonte betont unterstreichen unterstrich = подчеркнуть подчёркивать подчеркивать
meinen meinte glauben glaubte = считать полагать думать верить
denken dachte gedacht = думать
wissen weiß wusste gewusst = знать известно
kennen kannte gekannt = знать знаком
sehen sah gesehen = видеть увидеть
zeigen zeigte gezeigt = показать показывать продемонстрировать
geben gab gegeben = дать давать
nehmen nahm genommen = взять брать принять взял взяла взяли
machen machte gemacht tun tat getan = делать сделать
kommen kam gekommen = прийти приехать прибыть прибыл пришёл пришел пришла пришли
gehen ging gegangen = идти пойти шёл шел шла шли пошёл пошел
bleiben blieb geblieben = оставаться остаться останется останутся остался осталась осталось остались
bringen brachte gebracht = принести привести
führen führte geführt = вести привести руководить
halten hielt gehalten = держать удерживать проводить
stehen stand gestanden = стоять
liegen lag gelegen = лежать находиться
finden fand gefunden = найти находить нашёл нашел нашла нашли
suchen suchte gesucht = искать
helfen half geholfen = помогать помочь
fordern forderte gefordert verlangen verlangte verlangt = требовать потребовать призвать призывать
bitten bat gebeten = просить попросить
versprechen versprach versprochen = обещать пообещать
planen plante geplant = планировать
beginnen begann begonnen = начать начинать
beenden beendete beendet = закончить завершить прекратить
fortsetzen setzte fortgesetzt = продолжить продолжать
verlieren verlor verloren = потерять проиграть терять
gewinnen gewann gewonnen siegen = выиграть победить
kaufen kaufte gekauft = купить покупать
verkaufen verkaufte verkauft = продать продавать
zahlen zahlte bezahlen bezahlte = платить заплатить оплатить
kosten kostete = стоить
bauen baute gebaut errichten erbauen erbaute erbaut = строить построить возвести построенный построен
schaffen schuf geschaffen gründen = создать создавать основать
schützen schützte geschützt = защищать защитить
kämpfen kämpfte gekämpft = бороться воевать сражаться
töten tötete getötet = убить убивать
sterben starb gestorben = умереть погибнуть погибли скончаться погиб погибла умер умерла умерли
leben lebte gelebt wohnen = жить
verletzen verletzte verletzt = ранить ранены
zerstören zerstörte zerstört = разрушить уничтожить разрушен
defekt defekte defekten defektes defekter kaputt kaputte kaputten = неисправный неисправен неисправная неисправное неисправные сломанный
öffnen öffnete geöffnet eröffnen = открыть открывать
schließen schloss geschlossen = закрыть закрывать заключить
erreichen erreichte erreicht = достичь достигнуть добиться
verbessern verbesserte verbessert = улучшить улучшать
erhöhen erhöhte erhöht anheben angehoben = повысить повышать увеличить поднять
senken senkte gesenkt = снизить понизить
kürzen kürzte gekürzt verringern verringerte = сократить уменьшить урезать
ändern änderte geändert verändern = изменить менять
brauchen brauchte gebraucht benötigen = нуждаться нужен нужна нужны понадобится
künftig zukünftig fortan weiterhin = впредь
wollen will wollte wollten = хотеть хочет хотим хотят хотел намерен намерены
sprechen sprach gesprochen reden redete = говорить выступать заговорить
schreiben schrieb geschrieben = писать написать
lesen las gelesen = читать прочитать
fragen fragte gefragt = спросить спрашивать
antworten antwortete beantworten = ответить отвечать
erwarten erwartete erwartet = ожидать ждать
warten wartete = ждать подождать
hoffen hoffte gehofft = надеяться
fürchten fürchtete befürchten befürchtete = бояться опасаться
vorschlagen schlug vorgeschlagen = предложить предлагать
anbieten bot angeboten = предложить
unterzeichnen unterzeichnete unterzeichnet unterschreiben unterschrieb unterschrieben = подписать подписывать
beschließen beschloss beschlossen entscheiden entschied entschieden = решить постановить решать
verhandeln verhandelte = вести переговоры
treffen traf getroffen = встретиться встречаться встретить
reisen reiste = поехать ехать съездить
zurückkehren kehrte zurückgekehrt = вернуться возвращаться
arbeiten arbeitete gearbeitet = работать трудиться
lernen lernte gelernt = учиться изучать
spielen spielte gespielt = играть сыграть
steigen stieg gestiegen wachsen wuchs gewachsen zunehmen = расти вырасти возрасти увеличиться рос росли вырос выросла выросли выросло
sinken sank gesunken fallen fiel gefallen = падать упасть снижаться снизиться упал упала упали упало падал опускаться опуститься опускается опустится опустилась
bleiben = остаться
gelten galt gegolten = считаться действовать
bedeuten bedeutete = означать значить
erhalten erhielt bekommen bekam = получить получать
schicken schickte senden = отправить направить послать
liefern lieferte geliefert = поставлять поставить
produzieren produzierte herstellen = производить выпускать произвести
investieren investierte = инвестировать вложить
verdienen verdiente = зарабатывать заработать
sparen sparte = экономить
drohen drohte gedroht = угрожать грозить
warnen warnte gewarnt = предупредить предупреждать
verurteilen verurteilte verurteilt = осудить приговорить
festnehmen nahm festgenommen verhaften verhaftete = задержать арестовать
ermitteln ermittelte = расследовать
beweisen bewies bewiesen = доказать
prüfen prüfte geprüft überprüfen = проверить проверять
kontrollieren kontrollierte = контролировать
regieren regierte = править управлять
wählen wählte gewählt = выбрать избрать голосовать
gründen gründete gegründet = основать
feiern feierte gefeiert = праздновать отметить
erinnern erinnerte = напомнить вспомнить помнить
vergessen vergaß = забыть
verstehen verstand verstanden = понимать понять
lösen löste gelöst = решить разрешить
stoppen stoppte aufhalten = остановить
verlassen verließ = покинуть оставить
ziehen zog = тянуть вывести
kritisieren kritisierte kritisiert = критиковать раскритиковать
loben lobte = хвалить похвалить
danken dankte = благодарить поблагодарить
bedauern bedauere bedaure bedauerte = сожалеть
entschuldigen entschuldigte entschuldigt = извиниться извиняться
einigen einigte geeinigt vereinbaren vereinbarte vereinbart = договориться согласовать договорились
überleben überlebte überlebt = выжить пережить
erzählen erzählte erzählt = рассказывать рассказать
berichten berichtete berichtet mitteilen = сообщить сообщать
ankündigen kündigte angekündigt bekanntgeben = объявить объявлять анонсировать
ausrufen ausgerufen verhängen verhängt = объявить объявлять объявил объявила объявили ввести ввели
gestehen gestand gestanden eingestehen zugeben zugegeben = признать признавать признал признала признали
vorsehen vorgesehen = предусматривать предусмотреть предусматривает предусмотрено
vorhaben beabsichtigen beabsichtigt = собираться собирается собираются намереваться намерен намерена
stehlen stahl gestohlen = украсть похитить похищен похищена похищены украден
durchsuchen durchsuchte durchsucht = обыскать обыскивать обыск обыски обыска
restlich restliche restlichen übrige übrigen verbleibende verbleibenden = оставшийся оставшиеся оставшихся остальной остальные
behaupten behauptete behauptet = утверждать
rechnen rechnete gerechnet = рассчитывать
handeln handelte gehandelt = действовать
verschieben verschob verschoben = отложить перенести откладывать
retten rettete gerettet = спасти спасать
löschen löschte gelöscht = тушить потушить
brennen brannte gebrannt = гореть
fliegen flog geflogen = лететь летать
fahren fuhr gefahren = ехать ездить
ankommen eintreffen = прибыть приехать
renovieren reparieren sanieren renoviert repariert saniert = ремонтировать отремонтировать отремонтированный
beklagen beklagte beklagt = жаловаться пожаловаться жалуются жалуется жаловались сетовать сетуют
schaffen bewältigen = справиться справляться
gelingen gelang gelungen = удаться удалось
scheitern scheiterte gescheitert = провалиться сорваться провал
gehören gehörte = принадлежать
fehlen fehlte = не хватать отсутствовать
reichen reichte = хватать хватить
leiden litt gelitten = страдать
fliehen floh geflohen = бежать бежали
aufnehmen wiederaufnehmen = возобновить возобновлять
warm = тёплый теплый горячий
kalt = холодный
heiß = горячий жаркий
dünn = тонкий
dick = толстый
sauber rein = чистый чище
schmutzig = грязный
bekannt berühmt = известный знаменитый
unbekannt = неизвестный
bewusst = сознательный осознанный
zufällig Zufall = случайный случайность случайно
besondere besonderen = особый
gewöhnlich üblich normalerweise = обычный обычно
fertig = готов готовый
verantwortlich zuständig = ответственный
schuldig = виновный виноват
vorher = заранее
danach anschließend = после потом затем
zurück = назад обратно
weiter = дальше далее
überall = везде повсюду
manchmal = иногда
genau = точно ровно
gratulieren = поздравить
groß große großen großer größte größten = большой крупный крупнейший великий
klein kleine kleinen = маленький небольшой малый
neu neue neuen neuer = новый новая новые новых
alt alte alten = старый прежний
gut gute guten besser beste = хороший хорошо лучше лучший
schlecht schlechte schlechter = плохой плохо хуже
wichtig wichtige wichtigen wichtigste = важный важно важнейший
schwer schwierig = трудный тяжёлый тяжелый сложный трудно сложно
einfach leicht = простой легко просто лёгкий
stark starke starken = сильный сильно мощный
schwach schwache = слабый
hoch hohe hohen höher = высокий высоко выше
niedrig niedrige tief = низкий низко
schnell rasch = быстро быстрый скорый
langsam = медленно медленный
lang lange langen länger = долгий длинный долго
länger = дольше больше
kurz kurze = короткий краткий
richtig korrekt = правильный верный правильно
klar deutlich = ясный ясно понятный чёткий четкий
offen offene = открытый открыто
frei freie = свободный свободно
gefährlich = опасный опасно
ernst ernste ernsthaft schwerwiegend = серьёзный серьезный серьёзно серьезно
bereit = готов готовы готовый
zufrieden = доволен довольны
froh = рад рады
eigen eigene eigenen = собственный свой
gemeinsam gemeinsame = общий совместный совместно
einzig einzige = единственный
letzte letzten letzter = последний прошлый
nächste nächsten = следующий ближайший
weitere weiteren = дальнейший ещё
andere anderen = другой другие иной
verschieden = разный различный
politisch politische politischen = политический
militärisch militärische = военный
öffentlich öffentliche = общественный публичный
privat private = частный
national nationale = национальный
international internationale = международный
ausländisch ausländische = иностранный зарубежный
russisch russische russischen = российский русский
deutsch deutsche deutschen = немецкий германский
europäisch europäische = европейский
amerikanisch amerikanische = американский
wirtschaftlich wirtschaftliche = экономический хозяйственный
sozial soziale = социальный
staatlich staatliche staatlichen = государственный
regional regionale = региональный
lokal örtlich = местный
ganz gesamt gesamte = весь целый вся
voll volle = полный
leer = пустой
teuer = дорогой дорого
billig günstig = дешёвый дешевый
reich = богатый
arm = бедный
jung junge jungen = молодой
viel viele vielen = много многие многих
wenig wenige = мало немного немногие
mehr = больше более
weniger = меньше менее
jeder jede jedes jeden = каждый
heute = сегодня
gestern = вчера
morgen = завтра
jetzt derzeit gegenwärtig = сейчас теперь ныне
bald = скоро вскоре
künftig zukünftig weiterhin = впредь впоследствии будущем
früher = раньше прежде
inoffiziell inoffizielle inoffiziellen inoffizieller = неофициальный неофициальные неофициальным неофициальных неофициально
ehemalig ehemalige ehemaligen ehemaliger ehemaliges einstig einstige einstigen frühere früheren früherer = бывший бывшая бывшего бывшему бывшим прежний
später = позже позднее
immer stets = всегда
oft häufig = часто
selten = редко
wieder erneut = снова опять вновь
erneut erneute erneuten erneuter erneutes = повторный новый
bereits = уже
zuerst = сначала впервые
endlich schließlich = наконец
sofort = немедленно сразу
insgesamt = всего итого
fast beinahe = почти
etwa rund ungefähr = около примерно приблизительно
nur lediglich = только лишь
auch = также тоже
zusammen = вместе
allein = один одна сам
gerade eben = именно как раз только что
besonders = особенно
wirklich tatsächlich = действительно реально
richtig = верно
ebenfalls = также
wahr = правда верно
falsch = неверно ложный
verschwinden verschwand verschwunden verschwundene verschwundenen verschwundener vermisst vermisste vermissten = исчезнуть исчез исчезла исчезли исчезнувший пропасть пропал пропала пропали пропавший пропавшие пропавших
Angst ängstlich fürchten = страшно страшный страх боязно бояться
anfechten anfechtet ficht focht angefochten = обжаловать обжалует обжаловал обжалован оспорить оспаривать
innerhalb binnen = течение пределах
übergewichtig übergewichtige übergewichtigen Übergewicht = лишний лишнего избыточный избыточного вес веса ожирение ожирением
zurückzahlen zurückgezahlt erstatten erstattete erstattet = вернуть возвращать возместить компенсировать
anmelden angemeldet = записаться записываться зарегистрироваться
wechseln wechselte gewechselt = перейти переходить переехать переезжать
abbuchen abgebucht = списать списывать списанный списанных
erstmals = впервые
entlassen = уволить уволен уволены уволили
gesperrt sperren sperrte = закрыт закрыта закрыто перекрыт перекрыта перекрыли закрыли
lahmgelegt lahmlegen = парализован парализована парализовало парализовал
einleiten eingeleitet = возбудить возбудил возбудила возбудили возбуждено
sicherstellen sichergestellt beschlagnahmen beschlagnahmte beschlagnahmt = изъять изъял изъяли изъято
ertrinken ertrank ertrunken = утонуть утонул утонула утонули
überhöht überhöhte überhöhten überschreiten überschritt überschritten = превышение превышением превысил превысили превышающей превышающим
aussetzen ausgesetzt = приостановить приостановил приостановила приостановлен приостановлена
brutal brutale brutalen brutaler grausam grausame grausamen = жестокий жестоком жестокое жестокая жестоко жестокого
zusammenstoßen zusammenstieß zusammenstießen zusammengestoßen kollidieren kollidierte kollidiert = столкнуться столкнулся столкнулась столкнулись
raten rät riet empfehlen empfiehlt empfahl empfohlen = рекомендовать рекомендует рекомендуют рекомендовал советовать советует
notgelandet notgelandeten notgelandete notlanden = вынужденная вынужденную посадка посадку
angeschnallt anschnallen = пристегнуть пристёгнут пристегнут пристегнулся
ersetzen ersetzt ersetzte erstatten erstattet ausgleichen = возместить возмещать возместил возмещение компенсировать
abstürzen abgestürzt abgestürzte abgestürzten Absturz = крушение крушения разбиться разбился разбилась рухнул рухнула
rechtswidrig rechtswidrige rechtswidrigen widerrechtlich = незаконный незаконная незаконное незаконные незаконными незаконно
nennen nannte nannten genannt bezeichnen bezeichnete bezeichnet = назвать назвал назвала назвали называть называет
`;
/** The lists' index over Snowball stems, packed (see LexiconIndex.pack in lexicon-index.ts). */
export const BUILTIN_INDEX = `{"d":{
"regier":["правительств",1,"кабмин",1,"кабинет",1],
"kabinett":["правительств",1,"кабмин",1,"кабинет",1],
"staat":["государств",1],
"land":["стран",1],
"volk":["народ",1],
"bevolker":["населен",1,"жител",1],
"einwohn":["населен",1,"жител",1],
"burg":["гражданин",1,"граждан",1,"гражданк",1],
"burgerin":["гражданин",1,"граждан",1,"гражданк",1],
"gesellschaft":["обществ",1,"компан",1],
"macht":["власт",1,"дела",1,"сдела",1],
"behord":["власт",1,"ведомств",0.85,"орга",0.85,"учрежден",0.85,"управлен",0.85],
"obrig":["власт",1],
"amt":["ведомств",0.85,"орга",0.85,"учрежден",0.85,"управлен",0.85],
"verwalt":["ведомств",0.85,"орга",0.85,"учрежден",0.85,"управлен",0.85,"администрац",1,"мэр",1],
"abgeordnet":["депутат",1],
"wahl":["выбор",1,"выбра",1,"избра",1,"голосова",1],
"stimm":["голос",1],
"gesetz":["закон",1,"законопроект",1],
"verfass":["конституц",1],
"gericht":["суд",1],
"prozess":["суд",1,"процесс",1],
"gerichtsprozess":["суд",1,"процесс",1],
"strafprozess":["суд",1,"процесс",1],
"richt":["суд",1],
"richterin":["суд",1],
"urteil":["приговор",1,"решен",1],
"anklag":["обвинен",1,"претенз",1],
"vorwurf":["обвинен",1,"претенз",1],
"staatsanwalt":["прокурор",1,"прокуратур",1],
"staatsanwaltschaft":["прокурор",1,"прокуратур",1],
"ermittl":["расследован",1,"следств",1,"следовател",1,"следовательниц",1],
"untersuch":["расследован",1,"следств",1],
"ermittlerin":["следовател",1,"следовательниц",1],
"wetterdien":["гидрометцентр",1,"метеослужб",1,"синоптик",1],
"wetteramt":["гидрометцентр",1,"метеослужб",1,"синоптик",1],
"arbeitsamt":["служб",0.85,"занят",0.85,"бирж",0.85,"труд",0.85],
"arbeitsagentur":["служб",0.85,"занят",0.85,"бирж",0.85,"труд",0.85],
"ermittlungskomite":["следствен",1,"комитет",1],
"berufsverkehr":["час",0.85,"пик",0.85],
"hauptverkehrszeit":["час",0.85,"пик",0.85],
"stosszeit":["час",0.85,"пик",0.85],
"rushhour":["час",0.85,"пик",0.85],
"heimatmuseum":["краеведческ",1,"краеведен",1,"краевед",1],
"heimatkund":["краеведческ",1,"краеведен",1,"краевед",1],
"regionalgeschicht":["краеведческ",1,"краеведен",1,"краевед",1],
"landeskund":["краеведческ",1,"краеведен",1,"краевед",1],
"verhandl":["переговор",1,"заседан",0.85,"слушан",0.85],
"gesprach":["переговор",1],
"abkomm":["соглашен",0.85,"договор",0.85,"договорен",0.85],
"vertrag":["соглашен",0.85,"договор",0.85,"договорен",0.85],
"vereinbar":["соглашен",0.85,"договор",1,"договорен",0.85,"согласова",1],
"krieg":["войн",1],
"fried":["мир",1],
"waffenstillstand":["перемир",1,"прекращен",1,"огн",1],
"waffenruh":["перемир",1,"прекращен",1,"огн",1],
"arme":["арм",0.85,"войск",0.85,"вооружен",0.85],
"streitkraft":["арм",0.85,"войск",0.85,"вооружен",0.85],
"militar":["арм",0.85,"войск",0.85,"вооружен",0.85,"воен",1],
"soldat":["солдат",1,"военнослужа",1],
"angriff":["нападен",0.85,"атак",0.85,"удар",0.85,"теракт",0.85],
"anschlag":["нападен",0.85,"атак",0.85,"удар",0.85,"теракт",0.85],
"waff":["оруж",1,"вооружен",1],
"grenz":["границ",1],
"sich":["безопасн",1],
"gefahr":["опасн",1,"еха",1,"езд",1],
"bedroh":["угроз",1],
"drohung":["угроз",1],
"lag":["ситуац",1,"положен",1,"обстановк",1,"лежа",1,"наход",1],
"situation":["ситуац",1,"положен",1,"обстановк",1],
"entscheid":["решен",1,"постановлен",1,"реш",1,"постанов",1,"реша",1],
"beschluss":["решен",1,"постановлен",1],
"frag":["вопрос",1,"спрос",1,"спрашива",1],
"probl":["проблем",1,"трудност",1],
"problem":["проблем",1,"трудност",1],
"schwierig":["проблем",1,"трудност",1,"трудн",0.85,"тяжел",0.85,"сложн",0.85],
"antwort":["ответ",1,"отвеча",1],
"meinung":["мнен",1,"взгляд",1],
"ansicht":["мнен",1,"взгляд",1],
"erklar":["заявлен",1,"высказыван",1,"заяв",0.85,"заявля",0.85,"объясн",0.85,"поясн",0.85],
"ausser":["заявлен",1,"высказыван",1],
"red":["реч",1,"выступлен",1,"говор",1,"выступа",1,"заговор",1],
"auftritt":["реч",1,"выступлен",1],
"treff":["встреч",1,"встрет",1,"встреча",1],
"begegn":["встреч",1],
"gipfel":["самм",1],
"besuch":["виз",1,"посещен",1],
"botschaft":["посол",1,"посольств",1,"послан",1],
"aussenminist":["министр",0.85,"иностра",0.85,"дел",0.85,"глав",0.85,"мид",0.85],
"aussenministerium":["министерств",0.85,"иностра",0.85,"дел",0.85,"мид",0.85],
"verteid":["оборон",1],
"verteidigungsminist":["министр",1,"оборон",1],
"wirtschaft":["экономик",1,"хозяйств",1,"экономическ",1,"хозяйствен",1],
"markt":["рынок",1,"рынк",1],
"preis":["цен",1],
"tarif":["тариф",1],
"kost":["расход",1,"затрат",1,"стоимост",1,"сто",1],
"ausgab":["расход",1,"затрат",1,"стоимост",1],
"einnahm":["доход",1,"поступлен",1],
"haushalt":["бюджет",1],
"budget":["бюджет",1],
"steu":["налог",1],
"geld":["деньг",1,"средств",1],
"bank":["банк",1],
"zentralbank":["центробанк",1,"центральн",1,"банк",1],
"notenbank":["центробанк",1,"центральн",1,"банк",1],
"zin":["ставк",1,"процентн",1],
"zins":["ставк",1,"процентн",1],
"leitzin":["ставк",1,"процентн",1],
"inflation":["инфляц",1],
"teuer":["инфляц",1],
"wachstum":["рост",1,"прирост",1],
"anstieg":["рост",1,"прирост",1],
"zuwach":["рост",1,"прирост",1],
"ruckgang":["снижен",0.85,"спад",0.85,"паден",0.85,"сокращен",0.85],
"ausfuhr":["экспорт",1,"вывоз",1],
"export":["экспорт",1,"вывоз",1],
"einfuhr":["импорт",1,"ввоз",1],
"import":["импорт",1,"ввоз",1],
"handel":["торговл",1],
"unternehm":["компан",1,"предприят",1,"фирм",1],
"firma":["компан",1,"предприят",1,"фирм",1],
"betrieb":["компан",1,"предприят",1,"фирм",1],
"konz":["концерн",1,"корпорац",1,"холдинг",1],
"industri":["промышлен",1,"отрасл",1],
"branch":["промышлен",1,"отрасл",1],
"produktion":["производств",1,"выпуск",1],
"herstell":["производств",1,"выпуск",1,"производ",1,"выпуска",1,"произвест",1],
"energi":["энерг",1,"энергетик",1],
"gas":["газ",1],
"erdgas":["газ",1],
"ol":["нефт",1],
"erdol":["нефт",1],
"strom":["электроэнерг",1,"электричеств",1],
"kohl":["угол",1],
"getreid":["зерн",1],
"weiz":["пшениц",1],
"ernt":["урожа",1],
"arbeit":["работ",1,"труд",1,"работа",1],
"arbeitsplatz":["рабоч",1,"мест",1],
"stell":["рабоч",1,"мест",1],
"arbeitslos":["безработиц",1],
"lohn":["зарплат",0.85,"заработн",0.85,"плат",0.85],
"gehalt":["зарплат",0.85,"заработн",0.85,"плат",0.85,"держа",1,"удержива",1,"провод",1],
"rent":["пенс",1],
"schul":["школ",1],
"universitat":["университет",1,"вуз",1],
"hochschul":["университет",1,"вуз",1],
"student":["студент",1],
"kind":["ребенок",1,"дет",1],
"famili":["сем",1],
"frau":["женщин",1,"жен",1],
"mann":["мужчин",1,"муж",1],
"mensch":["человек",1,"люд",1],
"leut":["человек",1,"люд",1],
"person":["человек",1,"люд",1],
"stadt":["город",1],
"dorf":["деревн",0.85,"сел",0.85,"поселок",0.85],
"region":["регион",1],
"gebiet":["област",1,"территор",1,"район",1],
"hauptstadt":["столиц",1],
"welt":["мир",1],
"ausland":["заграниц",0.85,"рубеж",0.85,"границ",0.85,"иностра",1,"зарубежн",1],
"viertel":["кварта",1,"микрорайон",1],
"stadtviertel":["кварта",1,"микрорайон",1],
"wohnviertel":["кварта",1,"микрорайон",1],
"abschnitt":["участок",1,"участк",1,"отрезок",1],
"teilstuck":["участок",1,"участк",1,"отрезок",1],
"notstand":["чрезвычайн",0.85],
"ausnahmezustand":["чрезвычайн",0.85],
"notlag":["чрезвычайн",0.85],
"west":["запад",1],
"ost":["восток",1],
"nord":["север",1],
"sud":["юг",1],
"nachbar":["сосед",1],
"nachbarn":["сосед",1],
"partn":["партнер",0.85],
"verbundet":["союзник",1],
"zusammenarbeit":["сотрудничеств",1],
"kooperation":["сотрудничеств",1],
"bezieh":["отношен",1],
"verhaltnis":["отношен",1],
"interess":["интерес",1],
"ziel":["цел",1],
"plan":["план",1,"планирова",1],
"reform":["реформ",1],
"ander":["изменен",1,"перем",1],
"verander":["изменен",1,"перем",1],
"wandel":["изменен",1,"перем",1],
"entwickl":["развит",1],
"zukunft":["будущ",1,"впред",1,"впоследств",1],
"vergang":["прошл",1],
"geschicht":["истор",1],
"zeit":["врем",1,"пор",1],
"end":["конец",1,"окончан",1],
"schluss":["конец",1,"окончан",1],
"anfang":["нача",1],
"beginn":["нача",1,"начина",1],
"ergebnis":["результат",1,"итог",1],
"resultat":["результат",1,"итог",1],
"bilanz":["результат",1,"итог",1],
"erfolg":["успех",1],
"fehl":["ошибк",1,"не",1,"хвата",1,"отсутствова",1],
"schuld":["вин",1,"долг",1,"задолжен",1],
"verantwort":["ответствен",1],
"recht":["прав",1],
"freiheit":["свобод",1],
"wahrheit":["правд",1,"истин",1],
"lug":["лож",1],
"nachricht":["новост",1,"сообщен",1],
"meldung":["новост",1,"сообщен",1],
"zeitung":["газет",1,"издан",1,"журна",1],
"blatt":["газет",1,"издан",1,"журна",1],
"magazin":["газет",1,"издан",1,"журна",1],
"journalist":["журналист",1,"корреспондент",1],
"report":["журналист",1,"корреспондент",1],
"medi":["сми",1,"мед",1],
"fernseh":["телевиден",1,"телекана",1,"кана",1],
"send":["телевиден",1,"телекана",1,"кана",1,"отправ",1,"направ",1,"посла",1],
"bericht":["доклад",1,"отчет",1,"сообщ",1,"сообща",1],
"dat":["дан",1],
"angab":["дан",1],
"zahl":["числ",0.85,"цифр",0.85,"количеств",0.85,"плат",1,"заплат",1,"оплат",1],
"anteil":["дол",1],
"bruttoinlandsprodukt":["ввп",1],
"bip":["ввп",1],
"wirtschaftsleist":["ввп",1],
"mehrwertsteu":["ндс",1],
"mehrheit":["большинств",1],
"mind":["меньшинств",1],
"teil":["част",1],
"krankenhaus":["больниц",1,"клиник",1],
"klinik":["больниц",1,"клиник",1],
"arzt":["врач",1],
"gesund":["здоров",1,"здравоохранен",1],
"gesundheitswes":["здоров",1,"здравоохранен",1],
"studium":["обучен",1,"учеб",1],
"studi":["обучен",1,"учеб",1],
"ausbild":["обучен",1,"учеб",1],
"gebuhr":["плат",0.85,"сбор",0.85,"пошлин",0.85,"стоимост",0.85],
"krankheit":["болезн",1,"заболеван",1],
"opf":["жертв",1,"пострада",1],
"tot":["погибш",1,"убит",1,"уб",1,"убива",1],
"verletzt":["ранен",1,"пострада",1,"ран",1],
"fluchtling":["беженец",1,"беженц",1],
"hilf":["помощ",1],
"unterstutz":["поддержк",1],
"schutz":["защит",1,"охра",1,"защища",1],
"kampf":["борьб",1,"бо",1,"борот",1,"воева",1,"сража",1],
"sieg":["побед",1,"выигра",1],
"niederlag":["поражен",1],
"spiel":["игр",1,"матч",1,"игрок",1,"игра",1,"сыгра",1],
"mannschaft":["команд",1,"сборн",1],
"team":["команд",1,"сборн",1],
"train":["тренер",1],
"saison":["сезон",1],
"meisterschaft":["чемпионат",1,"первенств",1],
"buch":["книг",1],
"roman":["рома",1],
"autor":["автор",1,"писател",1,"писательниц",1],
"autorin":["автор",1,"писател",1,"писательниц",1],
"schriftstell":["автор",1,"писател",1,"писательниц",1],
"preistrag":["лауреат",1],
"auszeichn":["наград",1,"прем",1],
"kultur":["культур",1],
"kunst":["искусств",1],
"theat":["театр",1],
"film":["фильм",1],
"musik":["музык",1],
"wissenschaft":["наук",1,"исследован",1],
"forschung":["наук",1,"исследован",1],
"wissenschaftl":["учен",0.85,"исследовател",0.85],
"forsch":["учен",0.85,"исследовател",0.85],
"klima":["климат",1],
"umwelt":["природ",1,"окружа",1,"сред",1],
"natur":["природ",1,"окружа",1,"сред",1],
"wass":["вод",1],
"bod":["почв",1,"земл",1],
"erd":["земл",1],
"eis":["лед",1],
"wald":["лес",1],
"meer":["мор",1],
"see":["мор",1,"озер",1],
"fluss":["рек",1],
"haf":["порт",1],
"schiff":["судн",1,"корабл",1,"суд",1],
"containerschiff":["контейнеровоз",1],
"flugzeug":["самолет",1],
"zug":["поезд",1],
"strass":["дорог",1,"улиц",1,"пут",1],
"weg":["дорог",1,"улиц",1,"пут",1],
"bruck":["мост",1],
"haus":["дом",1,"здан",1],
"gebaud":["дом",1,"здан",1],
"wohnung":["квартир",0.85,"жил",0.85],
"gefangnis":["тюрьм",1,"заключен",1],
"haft":["тюрьм",1,"заключен",1,"лишен",0.85,"свобод",0.85],
"polizist":["полицейск",1],
"beamt":["чиновник",1],
"sprech":["представител",1,"пресс-секретар",1,"говор",1,"выступа",1,"заговор",1],
"sprecherin":["представител",1,"пресс-секретар",1],
"chef":["глав",1,"руководител",1,"председател",1],
"leit":["глав",1,"руководител",1,"председател",1,"начальник",0.85,"руководительниц",0.85,"директор",0.85],
"vorsitz":["глав",1,"руководител",1,"председател",1],
"direktor":["директор",1],
"burgermeist":["мэр",1,"глав",1],
"gouverneur":["губернатор",1],
"kommission":["комисс",1],
"ausschuss":["комитет",1],
"komite":["комитет",1],
"rat":["совет",1,"рекомендова",0.85,"рекоменд",0.85,"советова",0.85],
"sitzung":["заседан",1],
"abstimm":["голосован",1],
"mitglied":["член",1],
"grupp":["групп",1],
"organisation":["организац",1],
"verband":["союз",1,"ассоциац",1],
"gewerkschaft":["профсоюз",1],
"opposition":["оппозиц",1],
"prot":["протест",1,"акц",1],
"demonstration":["демонстрац",1,"митинг",1],
"kundgeb":["демонстрац",1,"митинг",1],
"streik":["забастовк",1],
"kritik":["критик",1],
"vertrau":["довер",1],
"angst":["страх",0.85,"опасен",0.85,"тревог",0.85,"беспокойств",0.85,"страшн",0.85,"боязн",0.85,"боя",0.85],
"sorg":["страх",0.85,"опасен",0.85,"тревог",0.85,"беспокойств",0.85],
"hoffnung":["надежд",1],
"will":["вол",1,"хотет",0.85,"хочет",0.85,"хот",0.85,"хотел",0.85,"намер",0.85],
"moglich":["возможн",1,"шанс",1],
"chanc":["возможн",1,"шанс",1],
"risiko":["риск",1],
"risik":["риск",1],
"schad":["ущерб",1,"вред",1],
"verlust":["потер",1,"убытк",1],
"gewinn":["прибыл",1,"выигра",1,"побед",1],
"investition":["инвестиц",1,"вложен",1],
"vermog":["актив",1],
"kredit":["кред",1],
"liefer":["поставк",1],
"versorg":["снабжен",1,"обеспечен",1],
"pipelin":["трубопровод",1,"газопровод",1],
"leitung":["трубопровод",1,"газопровод",1],
"vorrat":["запас",1,"резерв",1],
"reserv":["запас",1,"резерв",1],
"bedarf":["спрос",1,"потребн",1],
"nachfrag":["спрос",1,"потребн",1],
"angebot":["предложен",1,"предлож",1],
"war":["товар",1],
"gut":["товар",1,"хорош",0.85,"лучш",0.85],
"lebensmittel":["продовольств",1,"продукт",1],
"landwirtschaft":["сельск",1,"хозяйств",1],
"bau":["фермер",1,"крестьян",1,"стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"landwirt":["фермер",1,"крестьян",1],
"straf":["наказан",1,"штраф",1],
"verbrech":["преступлен",1],
"straftat":["преступлен",1],
"korruption":["коррупц",1],
"jahr":["год",0.85,"лет",0.85],
"monat":["месяц",1],
"woch":["недел",1],
"tag":["ден",1,"дня",1,"дне",1],
"stund":["час",1],
"minut":["минут",1],
"jahrhundert":["век",1,"столет",1],
"morg":["утр",1,"завтр",1],
"abend":["вечер",1],
"nacht":["ноч",1],
"halft":["половин",1],
"sanktion":["санкц",1],
"massnahm":["мер",1],
"schritt":["шаг",1],
"ort":["мест",1],
"platz":["мест",1,"площад",1],
"raum":["пространств",1],
"ordnung":["порядок",1],
"regel":["прав",1],
"regeln":["прав",1],
"wort":["слов",1],
"sprach":["язык",1,"говор",1,"выступа",1,"заговор",1],
"stuck":["штук",1],
"erfahr":["оп",1],
"wiss":["знан",1,"знат",1,"известн",1],
"leb":["жизн",1,"жит",1],
"tod":["смерт",1,"гибел",1],
"gesicht":["лиц",1],
"hand":["рук",1],
"herz":["сердц",1],
"kopf":["голов",1],
"geist":["дух",1],
"gott":["бог",1],
"kirch":["церков",1,"храм",1],
"ruckgab":["возврат",1,"возвращен",1,"передач",1],
"einschul":["школ",1],
"feier":["праздник",1],
"jubilaum":["юбил",1,"годовщин",1],
"gedenk":["памя",1],
"erinner":["воспоминан",1,"памя",1],
"fruhling":["весн",1],
"fruhjahr":["весн",1],
"somm":["лет",1],
"herb":["осен",1],
"wint":["зим",1],
"feu":["пожар",1,"огон",1],
"brand":["пожар",1,"огон",1],
"ursach":["причин",1,"основан",1],
"grund":["причин",1,"основан",1,"созда",1,"создава",1,"основа",1],
"unfall":["авар",1,"происшеств",1,"катастроф",1],
"ungluck":["авар",1,"происшеств",1,"катастроф",1],
"explosion":["взрыв",1],
"heizgerat":["обогревател",1],
"heizluft":["обогревател",1],
"heizstrahl":["обогревател",1],
"heizung":["отоплен",1,"обогр",1],
"heiz":["отоплен",1,"обогр",1],
"kurzschluss":["замыкан",1],
"sturm":["шторм",0.85,"бур",0.85,"урага",0.85,"непогод",0.85],
"unwett":["шторм",0.85,"бур",0.85,"урага",0.85,"непогод",0.85],
"hochwass":["наводнен",1,"паводок",1],
"uberschwemm":["наводнен",1,"паводок",1],
"flut":["наводнен",1,"паводок",1],
"durr":["засух",1],
"trock":["засух",1],
"hitz":["жар",1,"зно",1],
"kalt":["холод",1,"мороз",1,"холодн",1],
"frost":["холод",1,"мороз",1,"заморозк",1],
"schnee":["снег",1],
"reg":["дожд",1],
"wett":["погод",1],
"flug":["рейс",0.85,"полет",0.85],
"flughaf":["аэропорт",1],
"bahnhof":["вокза",1],
"auto":["машин",1,"автомобил",1],
"wag":["машин",1,"автомобил",1],
"fahrzeug":["машин",1,"автомобил",1],
"kraftwerk":["электростанц",1],
"kernkraftwerk":["аэс",1],
"atomkraftwerk":["аэс",1],
"akw":["аэс",1],
"wasserkraftwerk":["гэс",1],
"heizkraftwerk":["тэц",1],
"rathaus":["администрац",1,"мэр",1],
"stadtverwalt":["администрац",1,"мэр",1],
"verein":["клуб",1],
"klub":["клуб",1],
"wettbewerb":["конкурс",1,"соревнован",1],
"tor":["гол",1],
"fan":["болельщик",1,"фанат",1,"сторонник",1],
"anhang":["болельщик",1,"фанат",1,"сторонник",1],
"jugend":["молодеж",1,"подростк",1],
"jung":["мальчик",1,"молод",1],
"madch":["девочк",1],
"elt":["родител",1],
"mutt":["мат",1],
"vat":["отец",1],
"sohn":["сын",1],
"tocht":["доч",1],
"brud":["брат",1],
"schwest":["сестр",1],
"freund":["друг",1,"друз",1],
"feind":["враг",1],
"gast":["гост",1],
"mitarbeit":["сотрудник",0.85,"работник",0.85],
"kolleg":["коллег",1],
"verdacht":["подозрева",1],
"tat":["преступник",1,"дела",1,"сдела",1],
"zeug":["свидетел",1],
"anwalt":["адвокат",1],
"anwaltin":["адвокат",1],
"klag":["иск",1,"жалоб",1],
"beweis":["доказательств",1,"улик",1,"доказа",1],
"brief":["письм",1],
"vorschlag":["предложен",1,"предлож",1,"предлага",1],
"forder":["требован",1],
"beding":["услов",0.85,"обстоятельств",0.85],
"umstand":["услов",0.85,"обстоятельств",0.85],
"folg":["последств",1],
"bedeut":["значен",1,"означа",1,"знач",1],
"roll":["рол",1],
"stand":["уровен",1,"стоя",1],
"niveau":["уровен",1],
"meng":["количеств",1,"объ",1],
"umfang":["количеств",1,"объ",1],
"wert":["стоимост",1,"ценност",1],
"qualitat":["качеств",1],
"stahl":["стал",1,"украст",0.85,"похит",0.85,"похищ",0.85,"украд",0.85],
"dung":["удобрен",1],
"medikament":["лекарств",1,"препарат",1],
"arznei":["лекарств",1,"препарат",1],
"impfstoff":["вакцин",1],
"spur":["след",1],
"zentrum":["центр",1,"середин",1],
"mitt":["центр",1,"середин",1],
"kust":["побереж",1,"берег",1],
"ufer":["побереж",1,"берег",1],
"insel":["остр",1],
"berg":["гор",1],
"feld":["пол",1],
"gart":["сад",1],
"schenkung":["дар",1,"подарок",1,"пожертвован",1],
"geschenk":["дар",1,"подарок",1,"пожертвован",1],
"huft":["бедр",1,"тазобедрен",1,"суста",1],
"huftgelenk":["бедр",1,"тазобедрен",1,"суста",1],
"operation":["операц",1,"вмешательств",1],
"eingriff":["операц",1,"вмешательств",1],
"offnungszeit":["час",0.85,"работ",0.85,"прием",0.85],
"sprechzeit":["час",0.85,"работ",0.85,"прием",0.85],
"weit":["особ",1,"распоряжен",1,"дальш",1,"дал",1,"дальн",1,"ещ",1],
"angeklagt":["обвиня",0.85,"подсудим",0.85,"подзащитн",0.85],
"beschuldigt":["обвиня",0.85,"подсудим",0.85,"подзащитн",0.85],
"mandant":["обвиня",0.85,"подсудим",0.85,"подзащитн",0.85],
"mandantin":["обвиня",0.85,"подсудим",0.85,"подзащитн",0.85],
"miet":["жилец",0.85,"жильц",0.85],
"bewohn":["жилец",0.85,"жильц",0.85],
"anwohn":["жилец",0.85,"жильц",0.85],
"termin":["при",1,"зап",1],
"sprechstund":["при",1,"зап",1],
"arzttermin":["при",0.85,"зап",0.85,"врач",0.85],
"softwar":["программн",1,"обеспечен",1,"по",1],
"kreis":["район",1],
"landkreis":["район",1],
"tourist":["турист",1],
"urlaub":["турист",1],
"ausfall":["сбо",0.85,"переб",0.85,"неполадк",0.85,"авар",0.85],
"storung":["сбо",0.85,"переб",0.85,"неполадк",0.85,"авар",0.85],
"pann":["сбо",0.85,"переб",0.85,"неполадк",0.85,"авар",0.85],
"nachtfrost":["заморозк",1,"мороз",1],
"tauwett":["оттепел",1],
"schwimmhall":["бассейн",1],
"hallenbad":["бассейн",1],
"schwimmbad":["бассейн",1],
"vorortzug":["электричк",0.85,"пригородн",0.85],
"regionalzug":["электричк",0.85,"пригородн",0.85],
"burgerportal":["госуслуг",1,"порта",1],
"behordenportal":["госуслуг",1,"порта",1],
"serviceportal":["госуслуг",1,"порта",1],
"meteorolog":["синоптик",0.85,"метеоролог",0.85],
"wahlbeteil":["явк",1],
"befragt":["опрошен",0.85,"респондент",0.85],
"leiterin":["начальник",0.85,"руководител",0.85,"руководительниц",0.85,"директор",0.85],
"streck":["участок",0.85,"трасс",0.85,"маршрут",0.85,"лин",0.85],
"reederei":["судоходн",1,"пароходств",1],
"rentn":["пенсионер",0.85,"пенсионерк",0.85],
"rentnerin":["пенсионер",0.85,"пенсионерк",0.85],
"rentnerinn":["пенсионер",0.85,"пенсионерк",0.85],
"schliessung":["закрыт",1],
"haftstraf":["лишен",0.85,"свобод",0.85],
"freiheitsstraf":["лишен",0.85,"свобод",0.85],
"gefangnisstraf":["лишен",0.85,"свобод",0.85],
"freiheitsentzug":["лишен",0.85,"свобод",0.85],
"gerichtsverhandl":["заседан",0.85,"слушан",0.85],
"anhor":["заседан",0.85,"слушан",0.85],
"veruntreu":["растрат",0.85,"хищен",0.85,"присвоен",0.85],
"unterschlag":["растрат",0.85,"хищен",0.85,"присвоен",0.85],
"betrug":["мошенничеств",0.85,"мошенник",0.85,"мошенниц",0.85],
"betrugerin":["мошенничеств",0.85,"мошенник",0.85,"мошенниц",0.85],
"rauchgasvergift":["отравлен",0.85,"угарн",0.85,"газ",0.85],
"rauchvergift":["отравлен",0.85,"угарн",0.85,"газ",0.85],
"kohlenmonoxidvergift":["отравлен",0.85,"угарн",0.85,"газ",0.85],
"kohlenmonoxid":["угарн",1,"газ",1],
"strafverfahr":["уголовн",1,"дел",1],
"ermittlungsverfahr":["уголовн",1,"дел",1],
"strafsach":["уголовн",1,"дел",1],
"untersuchungshaft":["страж",1,"сиз",1,"арест",1],
"u-haft":["страж",1,"сиз",1,"арест",1],
"strassengrab":["кювет",1],
"grab":["кювет",1],
"geldstraf":["штраф",1],
"bussgeld":["штраф",1],
"befugnis":["полномоч",1],
"vollmacht":["полномоч",1],
"bewahr":["условн",0.85,"испытательн",0.85],
"bewahrungsstraf":["условн",0.85,"испытательн",0.85],
"hauptzeug":["главн",0.85,"ключев",0.85,"свидетел",0.85,"свидетельниц",0.85],
"hauptzeugin":["главн",0.85,"ключев",0.85,"свидетел",0.85,"свидетельниц",0.85],
"kronzeug":["главн",0.85,"ключев",0.85,"свидетел",0.85,"свидетельниц",0.85],
"kronzeugin":["главн",0.85,"ключев",0.85,"свидетел",0.85,"свидетельниц",0.85],
"amtsmissbrauch":["злоупотреблен",0.85,"должностн",0.85,"полномоч",0.85],
"machtmissbrauch":["злоупотреблен",0.85,"должностн",0.85,"полномоч",0.85],
"uberfall":["нападен",0.85,"разбойн",0.85],
"raububerfall":["нападен",0.85,"разбойн",0.85],
"geldtransport":["инкассаторск",0.85,"машин",0.85],
"stadtrand":["окраин",1],
"ortsrand":["окраин",1],
"mulldeponi":["полигон",0.85,"свалк",0.85,"тверд",0.85,"коммунальн",0.85,"бытов",0.85,"отход",0.85,"мусор",0.85],
"deponi":["полигон",0.85,"свалк",0.85,"тверд",0.85,"коммунальн",0.85,"бытов",0.85,"отход",0.85,"мусор",0.85],
"mullhald":["полигон",0.85,"свалк",0.85,"тверд",0.85,"коммунальн",0.85,"бытов",0.85,"отход",0.85,"мусор",0.85],
"notland":["вынужден",0.85,"посадк",0.85],
"nachtclub":["ночн",0.85,"клуб",0.85],
"sicherheitsgurt":["ремен",1,"ремн",1,"безопасн",1],
"gurt":["ремен",1,"ремн",1,"безопасн",1],
"geschwind":["скорост",1],
"tempo":["скорост",1],
"fang":["выл",1,"ул",1],
"fischfang":["выл",1,"ул",1],
"sediment":["отложен",1],
"ablager":["отложен",1],
"krebsti":["ракообразн",1],
"krebsart":["ракообразн",1],
"gegenverkehr":["встречн",0.85,"полос",0.85],
"gegenfahrbahn":["встречн",0.85,"полос",0.85],
"sag":["сказа",0.85,"говор",0.85,"заяв",0.85],
"sagt":["сказа",0.85,"говор",0.85,"заяв",0.85],
"gesagt":["сказа",0.85,"говор",0.85,"заяв",0.85],
"erklart":["заяв",0.85,"заявля",0.85,"объясн",0.85,"поясн",0.85],
"beton":["подчеркнут",1,"подчеркива",1],
"betont":["подчеркнут",1,"подчеркива",1],
"unterstreich":["подчеркнут",1,"подчеркива",1],
"unterstrich":["подчеркнут",1,"подчеркива",1],
"mein":["счита",0.85,"полага",0.85,"дума",0.85,"вер",0.85],
"meint":["счита",0.85,"полага",0.85,"дума",0.85,"вер",0.85],
"glaub":["счита",0.85,"полага",0.85,"дума",0.85,"вер",0.85],
"glaubt":["счита",0.85,"полага",0.85,"дума",0.85,"вер",0.85],
"denk":["дума",1],
"dacht":["дума",1],
"gedacht":["дума",1],
"weiss":["знат",1,"известн",1],
"wusst":["знат",1,"известн",1],
"gewusst":["знат",1,"известн",1],
"kenn":["знат",1,"знак",1],
"kannt":["знат",1,"знак",1],
"gekannt":["знат",1,"знак",1],
"seh":["видет",1,"увидет",1],
"sah":["видет",1,"увидет",1],
"geseh":["видет",1,"увидет",1],
"zeig":["показа",1,"показыва",1,"продемонстрирова",1],
"zeigt":["показа",1,"показыва",1,"продемонстрирова",1],
"gezeigt":["показа",1,"показыва",1,"продемонстрирова",1],
"geb":["дат",1,"дава",1],
"gab":["дат",1,"дава",1],
"gegeb":["дат",1,"дава",1],
"nehm":["взят",0.85,"брат",0.85,"приня",0.85,"взял",0.85],
"nahm":["взят",0.85,"брат",0.85,"приня",0.85,"взял",0.85,"задержа",1,"арестова",1],
"genomm":["взят",0.85,"брат",0.85,"приня",0.85,"взял",0.85],
"mach":["дела",1,"сдела",1],
"gemacht":["дела",1,"сдела",1],
"tun":["дела",1,"сдела",1],
"getan":["дела",1,"сдела",1],
"komm":["прийт",0.85,"приеха",0.85,"приб",0.85,"пришел",0.85,"пришл",0.85],
"kam":["прийт",0.85,"приеха",0.85,"приб",0.85,"пришел",0.85,"пришл",0.85],
"gekomm":["прийт",0.85,"приеха",0.85,"приб",0.85,"пришел",0.85,"пришл",0.85],
"geh":["идт",0.85,"пойт",0.85,"шел",0.85,"шла",0.85,"шли",0.85,"пошел",0.85],
"ging":["идт",0.85,"пойт",0.85,"шел",0.85,"шла",0.85,"шли",0.85,"пошел",0.85],
"gegang":["идт",0.85,"пойт",0.85,"шел",0.85,"шла",0.85,"шли",0.85,"пошел",0.85],
"bleib":["остава",0.85,"оста",1,"останет",0.85,"останут",0.85],
"blieb":["остава",0.85,"оста",0.85,"останет",0.85,"останут",0.85],
"geblieb":["остава",0.85,"оста",0.85,"останет",0.85,"останут",0.85],
"bring":["принест",1,"привест",1],
"bracht":["принест",1,"привест",1],
"gebracht":["принест",1,"привест",1],
"fuhr":["вест",1,"привест",1,"руковод",1,"еха",1,"езд",1],
"fuhrt":["вест",1,"привест",1,"руковод",1],
"gefuhrt":["вест",1,"привест",1,"руковод",1],
"halt":["держа",1,"удержива",1,"провод",1],
"hielt":["держа",1,"удержива",1,"провод",1],
"steh":["стоя",1],
"gestand":["стоя",1,"призна",0.85,"признава",0.85],
"lieg":["лежа",1,"наход",1],
"geleg":["лежа",1,"наход",1],
"find":["найт",0.85,"наход",0.85,"нашел",0.85,"нашл",0.85],
"fand":["найт",0.85,"наход",0.85,"нашел",0.85,"нашл",0.85],
"gefund":["найт",0.85,"наход",0.85,"нашел",0.85,"нашл",0.85],
"such":["иска",1],
"sucht":["иска",1],
"gesucht":["иска",1],
"helf":["помога",1,"помоч",1],
"half":["помога",1,"помоч",1],
"geholf":["помога",1,"помоч",1],
"ford":["требова",0.85,"потребова",0.85,"призва",0.85,"призыва",0.85],
"fordert":["требова",0.85,"потребова",0.85,"призва",0.85,"призыва",0.85],
"gefordert":["требова",0.85,"потребова",0.85,"призва",0.85,"призыва",0.85],
"verlang":["требова",0.85,"потребова",0.85,"призва",0.85,"призыва",0.85],
"verlangt":["требова",0.85,"потребова",0.85,"призва",0.85,"призыва",0.85],
"bitt":["прос",1,"попрос",1],
"bat":["прос",1,"попрос",1],
"gebet":["прос",1,"попрос",1],
"versprech":["обеща",1,"пообеща",1],
"versprach":["обеща",1,"пообеща",1],
"versproch":["обеща",1,"пообеща",1],
"plant":["планирова",1],
"geplant":["планирова",1],
"begann":["нача",1,"начина",1],
"begonn":["нача",1,"начина",1],
"beend":["законч",1,"заверш",1,"прекрат",1],
"beendet":["законч",1,"заверш",1,"прекрат",1],
"fortsetz":["продолж",1,"продолжа",1],
"setzt":["продолж",1,"продолжа",1],
"fortgesetzt":["продолж",1,"продолжа",1],
"verli":["потеря",1,"проигра",1,"теря",1],
"verlor":["потеря",1,"проигра",1,"теря",1],
"gewann":["выигра",1,"побед",1],
"gewonn":["выигра",1,"побед",1],
"kauf":["куп",1,"покупа",1],
"kauft":["куп",1,"покупа",1],
"gekauft":["куп",1,"покупа",1],
"verkauf":["прода",1,"продава",1],
"verkauft":["прода",1,"продава",1],
"zahlt":["плат",1,"заплат",1,"оплат",1],
"bezahl":["плат",1,"заплат",1,"оплат",1],
"bezahlt":["плат",1,"заплат",1,"оплат",1],
"kostet":["сто",1],
"baut":["стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"gebaut":["стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"erricht":["стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"erbau":["стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"erbaut":["стро",0.85,"постро",0.85,"возвест",0.85,"построен",0.85],
"schaff":["созда",1,"создава",1,"основа",1,"справ",1,"справля",1],
"schuf":["созда",1,"создава",1,"основа",1],
"geschaff":["созда",1,"создава",1,"основа",1],
"schutzt":["защища",1,"защит",1],
"geschutzt":["защища",1,"защит",1],
"kampft":["борот",1,"воева",1,"сража",1],
"gekampft":["борот",1,"воева",1,"сража",1],
"totet":["уб",1,"убива",1],
"getotet":["уб",1,"убива",1],
"sterb":["умерет",0.85,"погибнут",0.85,"погибл",0.85,"сконча",0.85,"погиб",0.85,"умер",0.85,"умерл",0.85],
"starb":["умерет",0.85,"погибнут",0.85,"погибл",0.85,"сконча",0.85,"погиб",0.85,"умер",0.85,"умерл",0.85],
"gestorb":["умерет",0.85,"погибнут",0.85,"погибл",0.85,"сконча",0.85,"погиб",0.85,"умер",0.85,"умерл",0.85],
"lebt":["жит",1],
"gelebt":["жит",1],
"wohn":["жит",1],
"verletz":["ран",1],
"zerstor":["разруш",1,"уничтож",1],
"zerstort":["разруш",1,"уничтож",1],
"defekt":["неисправн",0.85,"неисправ",0.85,"слома",0.85],
"kaputt":["неисправн",0.85,"неисправ",0.85,"слома",0.85],
"offn":["откр",1,"открыва",1],
"offnet":["откр",1,"открыва",1],
"geoffnet":["откр",1,"открыва",1],
"eroffn":["откр",1,"открыва",1],
"schliess":["закр",1,"закрыва",1,"заключ",1],
"schloss":["закр",1,"закрыва",1,"заключ",1],
"geschloss":["закр",1,"закрыва",1,"заключ",1],
"erreich":["достич",1,"достигнут",1,"доб",1],
"erreicht":["достич",1,"достигнут",1,"доб",1],
"verbess":["улучш",1,"улучша",1],
"verbessert":["улучш",1,"улучша",1],
"erhoh":["повыс",0.85,"повыша",0.85,"увелич",0.85,"подня",0.85],
"erhoht":["повыс",0.85,"повыша",0.85,"увелич",0.85,"подня",0.85],
"anheb":["повыс",0.85,"повыша",0.85,"увелич",0.85,"подня",0.85],
"angehob":["повыс",0.85,"повыша",0.85,"увелич",0.85,"подня",0.85],
"senk":["сниз",1,"пониз",1],
"senkt":["сниз",1,"пониз",1],
"gesenkt":["сниз",1,"пониз",1],
"kurz":["сократ",1,"уменьш",1,"уреза",1,"коротк",1,"кратк",1],
"kurzt":["сократ",1,"уменьш",1,"уреза",1],
"gekurzt":["сократ",1,"уменьш",1,"уреза",1],
"verring":["сократ",1,"уменьш",1,"уреза",1],
"verringert":["сократ",1,"уменьш",1,"уреза",1],
"and":["измен",1,"меня",1,"друг",1,"ин",1],
"andert":["измен",1,"меня",1],
"geandert":["измен",1,"меня",1],
"verand":["измен",1,"меня",1],
"brauch":["нужда",0.85,"нуж",0.85,"нужн",0.85,"понадоб",0.85],
"braucht":["нужда",0.85,"нуж",0.85,"нужн",0.85,"понадоб",0.85],
"gebraucht":["нужда",0.85,"нуж",0.85,"нужн",0.85,"понадоб",0.85],
"benot":["нужда",0.85,"нуж",0.85,"нужн",0.85,"понадоб",0.85],
"kunftig":["впред",1,"впоследств",1,"будущ",1],
"fortan":["впред",1],
"weiterhin":["впред",1,"впоследств",1,"будущ",1],
"woll":["хотет",0.85,"хочет",0.85,"хот",0.85,"хотел",0.85,"намер",0.85],
"wollt":["хотет",0.85,"хочет",0.85,"хот",0.85,"хотел",0.85,"намер",0.85],
"gesproch":["говор",1,"выступа",1,"заговор",1],
"redet":["говор",1,"выступа",1,"заговор",1],
"schreib":["писа",1,"написа",1],
"schrieb":["писа",1,"написа",1],
"geschrieb":["писа",1,"написа",1],
"les":["чита",1,"прочита",1],
"las":["чита",1,"прочита",1],
"geles":["чита",1,"прочита",1],
"fragt":["спрос",1,"спрашива",1],
"gefragt":["спрос",1,"спрашива",1],
"antwortet":["ответ",1,"отвеча",1],
"beantwort":["ответ",1,"отвеча",1],
"erwart":["ожида",1,"ждат",1],
"erwartet":["ожида",1,"ждат",1],
"wart":["ждат",1,"подожда",1],
"wartet":["ждат",1,"подожда",1],
"hoff":["надея",1],
"hofft":["надея",1],
"gehofft":["надея",1],
"furcht":["боя",1,"опаса",1,"страшн",0.85,"страх",0.85,"боязн",0.85],
"furchtet":["боя",1,"опаса",1],
"befurcht":["боя",1,"опаса",1],
"befurchtet":["боя",1,"опаса",1],
"schlug":["предлож",1,"предлага",1],
"vorgeschlag":["предлож",1,"предлага",1],
"anbiet":["предлож",1],
"bot":["предлож",1],
"unterzeichn":["подписа",1,"подписыва",1],
"unterzeichnet":["подписа",1,"подписыва",1],
"unterschreib":["подписа",1,"подписыва",1],
"unterschrieb":["подписа",1,"подписыва",1],
"beschliess":["реш",1,"постанов",1,"реша",1],
"beschloss":["реш",1,"постанов",1,"реша",1],
"entschied":["реш",1,"постанов",1,"реша",1],
"verhandeln":["вест",1,"переговор",1],
"verhandelt":["вест",1,"переговор",1],
"traf":["встрет",1,"встреча",1],
"getroff":["встрет",1,"встреча",1],
"reis":["поеха",1,"еха",1,"съезд",1],
"reist":["поеха",1,"еха",1,"съезд",1],
"zuruckkehr":["вернут",1,"возвраща",1],
"kehrt":["вернут",1,"возвраща",1],
"zuruckgekehrt":["вернут",1,"возвраща",1],
"arbeitet":["работа",1,"труд",1],
"gearbeitet":["работа",1,"труд",1],
"lern":["уч",1,"изуча",1],
"lernt":["уч",1,"изуча",1],
"gelernt":["уч",1,"изуча",1],
"spielt":["игра",1,"сыгра",1],
"gespielt":["игра",1,"сыгра",1],
"steig":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"stieg":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"gestieg":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"wachs":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"wuch":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"gewachs":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"zunehm":["раст",0.85,"выраст",0.85,"возраст",0.85,"увелич",0.85,"рос",0.85,"росл",0.85,"вырос",0.85,"выросл",0.85],
"sink":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"sank":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"gesunk":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"fall":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"fiel":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"gefall":["пада",0.85,"упаст",0.85,"снижа",0.85,"сниз",0.85,"упа",0.85,"опуска",0.85,"опуст",0.85],
"gelt":["счита",1,"действова",1],
"galt":["счита",1,"действова",1],
"gegolt":["счита",1,"действова",1],
"bedeutet":["означа",1,"знач",1],
"erhalt":["получ",1,"получа",1],
"erhielt":["получ",1,"получа",1],
"bekomm":["получ",1,"получа",1],
"bekam":["получ",1,"получа",1],
"schick":["отправ",1,"направ",1,"посла",1],
"schickt":["отправ",1,"направ",1,"посла",1],
"lief":["поставля",1,"постав",1],
"liefert":["поставля",1,"постав",1],
"geliefert":["поставля",1,"постав",1],
"produzi":["производ",1,"выпуска",1,"произвест",1],
"produziert":["производ",1,"выпуска",1,"произвест",1],
"investi":["инвестирова",1,"влож",1],
"investiert":["инвестирова",1,"влож",1],
"verdi":["зарабатыва",1,"заработа",1],
"verdient":["зарабатыва",1,"заработа",1],
"spar":["эконом",1],
"spart":["эконом",1],
"droh":["угрожа",1,"гроз",1],
"droht":["угрожа",1,"гроз",1],
"gedroht":["угрожа",1,"гроз",1],
"warn":["предупред",1,"предупрежда",1],
"warnt":["предупред",1,"предупрежда",1],
"gewarnt":["предупред",1,"предупрежда",1],
"verurteil":["осуд",1,"приговор",1],
"verurteilt":["осуд",1,"приговор",1],
"festnehm":["задержа",1,"арестова",1],
"festgenomm":["задержа",1,"арестова",1],
"verhaft":["задержа",1,"арестова",1],
"verhaftet":["задержа",1,"арестова",1],
"ermitteln":["расследова",1],
"ermittelt":["расследова",1],
"bewi":["доказа",1],
"bewies":["доказа",1],
"pruf":["провер",1,"проверя",1],
"pruft":["провер",1,"проверя",1],
"gepruft":["провер",1,"проверя",1],
"uberpruf":["провер",1,"проверя",1],
"kontrolli":["контролирова",1],
"kontrolliert":["контролирова",1],
"regi":["прав",1,"управля",1],
"regiert":["прав",1,"управля",1],
"wahlt":["выбра",1,"избра",1,"голосова",1],
"gewahlt":["выбра",1,"избра",1,"голосова",1],
"grundet":["основа",1],
"gegrundet":["основа",1],
"feiern":["празднова",1,"отмет",1],
"feiert":["празднова",1,"отмет",1],
"gefeiert":["празднова",1,"отмет",1],
"erinn":["напомн",1,"вспомн",1,"помн",1],
"erinnert":["напомн",1,"вспомн",1,"помн",1],
"vergess":["заб",1],
"vergass":["заб",1],
"versteh":["понима",1,"поня",1],
"verstand":["понима",1,"поня",1],
"los":["реш",1,"разреш",1],
"lost":["реш",1,"разреш",1],
"gelost":["реш",1,"разреш",1],
"stopp":["останов",1],
"stoppt":["останов",1],
"aufhalt":["останов",1],
"verlass":["покинут",1,"остав",1],
"verliess":["покинут",1,"остав",1],
"zieh":["тянут",1,"вывест",1],
"zog":["тянут",1,"вывест",1],
"kritisi":["критикова",1,"раскритикова",1],
"kritisiert":["критикова",1,"раскритикова",1],
"lob":["хвал",1,"похвал",1],
"lobt":["хвал",1,"похвал",1],
"dank":["благодар",1,"поблагодар",1],
"dankt":["благодар",1,"поблагодар",1],
"bedau":["сожалет",1],
"bedaur":["сожалет",1],
"bedauert":["сожалет",1],
"entschuld":["извин",1,"извиня",1],
"entschuldigt":["извин",1,"извиня",1],
"einig":["договор",1,"согласова",1],
"einigt":["договор",1,"согласова",1],
"geeinigt":["договор",1,"согласова",1],
"vereinbart":["договор",1,"согласова",1],
"uberleb":["выж",1,"переж",1],
"uberlebt":["выж",1,"переж",1],
"erzahl":["рассказыва",1,"рассказа",1],
"erzahlt":["рассказыва",1,"рассказа",1],
"berichtet":["сообщ",1,"сообща",1],
"mitteil":["сообщ",1,"сообща",1],
"ankund":["объяв",1,"объявля",1,"анонсирова",1],
"kundigt":["объяв",1,"объявля",1,"анонсирова",1],
"angekundigt":["объяв",1,"объявля",1,"анонсирова",1],
"bekanntgeb":["объяв",1,"объявля",1,"анонсирова",1],
"ausruf":["объяв",0.85,"объявля",0.85,"ввест",0.85,"ввел",0.85],
"ausgeruf":["объяв",0.85,"объявля",0.85,"ввест",0.85,"ввел",0.85],
"verhang":["объяв",0.85,"объявля",0.85,"ввест",0.85,"ввел",0.85],
"verhangt":["объяв",0.85,"объявля",0.85,"ввест",0.85,"ввел",0.85],
"gesteh":["призна",0.85,"признава",0.85],
"eingesteh":["призна",0.85,"признава",0.85],
"zugeb":["призна",0.85,"признава",0.85],
"zugegeb":["призна",0.85,"признава",0.85],
"vorseh":["предусматрива",0.85,"предусмотрет",0.85,"предусмотр",0.85],
"vorgeseh":["предусматрива",0.85,"предусмотрет",0.85,"предусмотр",0.85],
"vorhab":["собира",0.85,"намерева",0.85,"намер",0.85],
"beabsicht":["собира",0.85,"намерева",0.85,"намер",0.85],
"beabsichtigt":["собира",0.85,"намерева",0.85,"намер",0.85],
"stehl":["украст",0.85,"похит",0.85,"похищ",0.85,"украд",0.85],
"gestohl":["украст",0.85,"похит",0.85,"похищ",0.85,"украд",0.85],
"durchsuch":["обыска",0.85,"обыскива",0.85,"обыск",0.85],
"durchsucht":["обыска",0.85,"обыскива",0.85,"обыск",0.85],
"restlich":["оста",0.85,"остальн",0.85],
"ubrig":["оста",0.85,"остальн",0.85],
"verbleib":["оста",0.85,"остальн",0.85],
"behaupt":["утвержда",1],
"behauptet":["утвержда",1],
"rechn":["рассчитыва",1],
"rechnet":["рассчитыва",1],
"gerechnet":["рассчитыва",1],
"handeln":["действова",1],
"handelt":["действова",1],
"gehandelt":["действова",1],
"verschieb":["отлож",1,"перенест",1,"откладыва",1],
"verschob":["отлож",1,"перенест",1,"откладыва",1],
"rett":["спаст",1,"спаса",1],
"rettet":["спаст",1,"спаса",1],
"gerettet":["спаст",1,"спаса",1],
"losch":["туш",1,"потуш",1],
"loscht":["туш",1,"потуш",1],
"geloscht":["туш",1,"потуш",1],
"brenn":["горет",1],
"brannt":["горет",1],
"gebrannt":["горет",1],
"flieg":["летет",1,"лета",1],
"flog":["летет",1,"лета",1],
"geflog":["летет",1,"лета",1],
"fahr":["еха",1,"езд",1],
"ankomm":["приб",1,"приеха",1],
"eintreff":["приб",1,"приеха",1],
"renovi":["ремонтирова",1,"отремонтирова",1],
"repari":["ремонтирова",1,"отремонтирова",1],
"sani":["ремонтирова",1,"отремонтирова",1],
"renoviert":["ремонтирова",1,"отремонтирова",1],
"repariert":["ремонтирова",1,"отремонтирова",1],
"saniert":["ремонтирова",1,"отремонтирова",1],
"beklag":["жалова",0.85,"пожалова",0.85,"жал",0.85,"сетова",0.85,"сет",0.85],
"beklagt":["жалова",0.85,"пожалова",0.85,"жал",0.85,"сетова",0.85,"сет",0.85],
"bewalt":["справ",1,"справля",1],
"geling":["уда",1],
"gelang":["уда",1],
"gelung":["уда",1],
"scheit":["провал",1,"сорва",1,"прова",1],
"scheitert":["провал",1,"сорва",1,"прова",1],
"gescheitert":["провал",1,"сорва",1,"прова",1],
"gehor":["принадлежа",1],
"gehort":["принадлежа",1],
"fehlt":["не",1,"хвата",1,"отсутствова",1],
"reich":["хвата",1,"хват",1,"богат",1],
"reicht":["хвата",1,"хват",1],
"leid":["страда",1],
"litt":["страда",1],
"gelitt":["страда",1],
"flieh":["бежа",1],
"floh":["бежа",1],
"gefloh":["бежа",1],
"aufnehm":["возобнов",1,"возобновля",1],
"wiederaufnehm":["возобнов",1,"возобновля",1],
"warm":["тепл",1,"горяч",1],
"heiss":["горяч",1,"жарк",1],
"dunn":["тонк",1],
"dick":["толст",1],
"saub":["чист",1,"чищ",1],
"rein":["чист",1,"чищ",1],
"schmutzig":["грязн",1],
"bekannt":["известн",1,"знаменит",1],
"beruhmt":["известн",1,"знаменит",1],
"unbekannt":["неизвестн",1],
"bewusst":["сознательн",1,"осозна",1],
"zufall":["случайн",1],
"besond":["особ",1,"особен",1],
"gewohn":["обычн",1],
"ublich":["обычн",1],
"normalerweis":["обычн",1],
"fertig":["гот",1,"готов",1],
"zustand":["ответствен",1],
"schuldig":["виновн",1,"виноват",1],
"vorh":["заран",1],
"danach":["посл",1,"пот",1,"зат",1],
"anschliess":["посл",1,"пот",1,"зат",1],
"zuruck":["назад",1,"обратн",1],
"uberall":["везд",1,"повсюд",1],
"manchmal":["иногд",1],
"genau":["точн",1,"ровн",1],
"gratuli":["поздрав",1],
"gross":["больш",0.85,"крупн",0.85,"велик",0.85],
"grosst":["больш",0.85,"крупн",0.85,"велик",0.85],
"klein":["маленьк",1,"небольш",1,"мал",1],
"neu":["нов",0.85],
"alt":["стар",1,"прежн",1],
"bess":["хорош",0.85,"лучш",0.85],
"best":["хорош",0.85,"лучш",0.85],
"schlecht":["плох",1,"хуж",1],
"wichtig":["важн",1],
"schwer":["трудн",0.85,"тяжел",0.85,"сложн",0.85],
"einfach":["прост",0.85,"легк",0.85],
"leicht":["прост",0.85,"легк",0.85],
"stark":["сильн",1,"мощн",1],
"schwach":["слаб",1],
"hoch":["высок",1,"выш",1],
"hoh":["высок",1,"выш",1],
"niedrig":["низк",1],
"tief":["низк",1],
"schnell":["быстр",1,"скор",1],
"rasch":["быстр",1,"скор",1],
"langsam":["медлен",1],
"lang":["долг",1,"длин",1,"дольш",1,"больш",1],
"richtig":["правильн",1,"верн",1],
"korrekt":["правильн",1,"верн",1],
"klar":["ясн",0.85,"понятн",0.85,"четк",0.85],
"deutlich":["ясн",0.85,"понятн",0.85,"четк",0.85],
"off":["открыт",1],
"frei":["свободн",1],
"freie":["свободн",1],
"ernst":["серьезн",0.85],
"ernsthaft":["серьезн",0.85],
"schwerwieg":["серьезн",0.85],
"bereit":["гот",1,"готов",1,"уж",1],
"zufried":["довол",1,"довольн",1],
"froh":["рад",1],
"eig":["собствен",1,"сво",1],
"gemeinsam":["общ",1,"совместн",1],
"einzig":["единствен",1],
"letzt":["последн",1,"прошл",1],
"nach":["след",1,"ближайш",1],
"verschied":["разн",1,"различн",1],
"polit":["политическ",1],
"offent":["обществен",1,"публичн",1],
"privat":["частн",1],
"national":["национальн",1],
"international":["международн",1],
"russisch":["российск",1,"русск",1],
"deutsch":["немецк",1,"германск",1],
"europa":["европейск",1],
"amerikan":["американск",1],
"sozial":["социальн",1],
"staatlich":["государствен",1],
"regional":["региональн",1],
"lokal":["местн",1],
"ortlich":["местн",1],
"ganz":["ве",1,"цел",1,"вся",1],
"gesamt":["ве",1,"цел",1,"вся",1],
"voll":["полн",1],
"leer":["пуст",1],
"teu":["дорог",1,"дор",1],
"billig":["дешев",1],
"gunstig":["дешев",1],
"arm":["бедн",1],
"viel":["мног",1],
"wenig":["мал",1,"немн",1,"немног",1,"меньш",1,"мен",1],
"mehr":["больш",1,"бол",1],
"jed":["кажд",1],
"heut":["сегодн",1],
"gest":["вчер",1],
"jetzt":["сейчас",1,"тепер",1,"нын",1],
"derzeit":["сейчас",1,"тепер",1,"нын",1],
"gegenwart":["сейчас",1,"тепер",1,"нын",1],
"bald":["скор",1,"вскор",1],
"fruh":["раньш",1,"прежд",1,"бывш",0.85,"прежн",0.85],
"inoffiziell":["неофициальн",0.85],
"ehemal":["бывш",0.85,"прежн",0.85],
"einstig":["бывш",0.85,"прежн",0.85],
"spat":["позж",1,"поздн",1],
"imm":["всегд",1],
"stet":["всегд",1],
"oft":["част",1],
"haufig":["част",1],
"selt":["редк",1],
"wied":["снов",1,"опя",1,"внов",1],
"erneut":["снов",1,"опя",1,"внов",1,"повторн",1,"нов",1],
"zuerst":["снача",1,"вперв",1],
"endlich":["наконец",1],
"schliesslich":["наконец",1],
"sofort":["немедлен",1,"сраз",1],
"insgesamt":["всег",1,"ит",1],
"fast":["почт",1],
"beinah":["почт",1],
"etwa":["окол",1,"примерн",1,"приблизительн",1],
"rund":["окол",1,"примерн",1,"приблизительн",1],
"ungefahr":["окол",1,"примерн",1,"приблизительн",1],
"nur":["тольк",1,"лиш",1],
"ledig":["тольк",1,"лиш",1],
"auch":["такж",1,"тож",1],
"zusamm":["вмест",1],
"allein":["один",1,"одн",1,"сам",1],
"gerad":["имен",0.85,"как",0.85,"раз",0.85,"тольк",0.85,"что",0.85],
"eben":["имен",0.85,"как",0.85,"раз",0.85,"тольк",0.85,"что",0.85],
"wirklich":["действительн",1,"реальн",1],
"tatsach":["действительн",1,"реальн",1],
"ebenfall":["такж",1],
"wahr":["правд",1,"верн",1],
"falsch":["неверн",1,"ложн",1],
"verschwind":["исчезнут",0.85,"исчез",0.85,"исчезл",0.85,"исчезнувш",0.85,"пропаст",0.85,"пропа",0.85],
"verschwand":["исчезнут",0.85,"исчез",0.85,"исчезл",0.85,"исчезнувш",0.85,"пропаст",0.85,"пропа",0.85],
"verschwund":["исчезнут",0.85,"исчез",0.85,"исчезл",0.85,"исчезнувш",0.85,"пропаст",0.85,"пропа",0.85],
"vermisst":["исчезнут",0.85,"исчез",0.85,"исчезл",0.85,"исчезнувш",0.85,"пропаст",0.85,"пропа",0.85],
"angstlich":["страшн",0.85,"страх",0.85,"боязн",0.85,"боя",0.85],
"anfecht":["обжалова",0.85,"обжал",0.85,"оспор",0.85,"оспарива",0.85],
"anfechtet":["обжалова",0.85,"обжал",0.85,"оспор",0.85,"оспарива",0.85],
"ficht":["обжалова",0.85,"обжал",0.85,"оспор",0.85,"оспарива",0.85],
"focht":["обжалова",0.85,"обжал",0.85,"оспор",0.85,"оспарива",0.85],
"angefocht":["обжалова",0.85,"обжал",0.85,"оспор",0.85,"оспарива",0.85],
"innerhalb":["течен",1,"предел",1],
"binn":["течен",1,"предел",1],
"ubergewicht":["лишн",0.85,"избыточн",0.85,"вес",0.85,"ожирен",0.85],
"zuruckzahl":["вернут",0.85,"возвраща",0.85,"возмест",0.85,"компенсирова",0.85],
"zuruckgezahlt":["вернут",0.85,"возвраща",0.85,"возмест",0.85,"компенсирова",0.85],
"erstatt":["вернут",0.85,"возвраща",0.85,"возмест",0.85,"компенсирова",0.85,"возмеща",0.85,"возмещен",0.85],
"erstattet":["вернут",0.85,"возвраща",0.85,"возмест",0.85,"компенсирова",0.85,"возмеща",0.85,"возмещен",0.85],
"anmeld":["записа",1,"записыва",1,"зарегистрирова",1],
"angemeldet":["записа",1,"записыва",1,"зарегистрирова",1],
"wechseln":["перейт",0.85,"переход",0.85,"перееха",0.85,"переезжа",0.85],
"wechselt":["перейт",0.85,"переход",0.85,"перееха",0.85,"переезжа",0.85],
"gewechselt":["перейт",0.85,"переход",0.85,"перееха",0.85,"переезжа",0.85],
"abbuch":["списа",0.85,"списыва",0.85],
"abgebucht":["списа",0.85,"списыва",0.85],
"erstmal":["вперв",1],
"entlass":["увол",0.85],
"gesperrt":["закр",0.85,"закрыт",0.85,"перекр",0.85,"перекрыт",0.85],
"sperr":["закр",0.85,"закрыт",0.85,"перекр",0.85,"перекрыт",0.85],
"sperrt":["закр",0.85,"закрыт",0.85,"перекр",0.85,"перекрыт",0.85],
"lahmgelegt":["парализова",0.85],
"lahmleg":["парализова",0.85],
"einleit":["возбуд",0.85,"возбужд",0.85],
"eingeleitet":["возбуд",0.85,"возбужд",0.85],
"sicherstell":["изъя",0.85,"изъят",0.85],
"sichergestellt":["изъя",0.85,"изъят",0.85],
"beschlagnahm":["изъя",0.85,"изъят",0.85],
"beschlagnahmt":["изъя",0.85,"изъят",0.85],
"ertrink":["утонут",0.85,"утонул",0.85],
"ertrank":["утонут",0.85,"утонул",0.85],
"ertrunk":["утонут",0.85,"утонул",0.85],
"uberhoht":["превышен",0.85,"превыс",0.85,"превыша",0.85],
"uberschreit":["превышен",0.85,"превыс",0.85,"превыша",0.85],
"uberschritt":["превышен",0.85,"превыс",0.85,"превыша",0.85],
"aussetz":["приостанов",0.85,"приостановл",0.85],
"ausgesetzt":["приостанов",0.85,"приостановл",0.85],
"brutal":["жесток",0.85],
"grausam":["жесток",0.85],
"zusammenstoss":["столкнут",0.85,"столкнул",0.85],
"zusammenstiess":["столкнут",0.85,"столкнул",0.85],
"zusammengestoss":["столкнут",0.85,"столкнул",0.85],
"kollidi":["столкнут",0.85,"столкнул",0.85],
"kollidiert":["столкнут",0.85,"столкнул",0.85],
"riet":["рекомендова",0.85,"рекоменд",0.85,"советова",0.85,"совет",0.85],
"empfehl":["рекомендова",0.85,"рекоменд",0.85,"советова",0.85,"совет",0.85],
"empfiehlt":["рекомендова",0.85,"рекоменд",0.85,"советова",0.85,"совет",0.85],
"empfahl":["рекомендова",0.85,"рекоменд",0.85,"советова",0.85,"совет",0.85],
"empfohl":["рекомендова",0.85,"рекоменд",0.85,"советова",0.85,"совет",0.85],
"notgelandet":["вынужден",0.85,"посадк",0.85],
"angeschnallt":["пристегнут",0.85,"пристегнул",0.85],
"anschnall":["пристегнут",0.85,"пристегнул",0.85],
"ersetz":["возмест",0.85,"возмеща",0.85,"возмещен",0.85,"компенсирова",0.85],
"ersetzt":["возмест",0.85,"возмеща",0.85,"возмещен",0.85,"компенсирова",0.85],
"ausgleich":["возмест",0.85,"возмеща",0.85,"возмещен",0.85,"компенсирова",0.85],
"absturz":["крушен",0.85,"разб",0.85,"рухнул",0.85],
"abgesturzt":["крушен",0.85,"разб",0.85,"рухнул",0.85],
"rechtswidr":["незакон",0.85],
"widerrecht":["незакон",0.85],
"nenn":["назва",0.85,"называ",0.85],
"nannt":["назва",0.85,"называ",0.85],
"genannt":["назва",0.85,"называ",0.85],
"bezeichn":["назва",0.85,"называ",0.85],
"bezeichnet":["назва",0.85,"называ",0.85]
},"r":[
"правительств","кабмин","кабинет","государств","стран","народ","населен","жител","гражданин","граждан","гражданк","обществ",
"компан","власт","ведомств","орга","учрежден","управлен","депутат","выбор","голос","закон","законопроект","конституц",
"суд","процесс","приговор","решен","обвинен","претенз","прокурор","прокуратур","расследован","следств","следовател","следовательниц",
"гидрометцентр","метеослужб","синоптик","служб","занят","бирж","труд","следствен","комитет","час","пик","краеведческ",
"краеведен","краевед","переговор","соглашен","договор","договорен","войн","мир","перемир","прекращен","огн","арм",
"войск","вооружен","солдат","военнослужа","нападен","атак","удар","теракт","оруж","границ","безопасн","опасн",
"угроз","ситуац","положен","обстановк","постановлен","вопрос","проблем","трудност","ответ","мнен","взгляд","заявлен",
"высказыван","реч","выступлен","встреч","самм","виз","посещен","посол","посольств","послан","министр","иностра",
"дел","глав","мид","министерств","оборон","экономик","хозяйств","рынок","рынк","цен","тариф","расход",
"затрат","стоимост","доход","поступлен","бюджет","налог","деньг","средств","банк","центробанк","центральн","ставк",
"процентн","инфляц","рост","прирост","снижен","спад","паден","сокращен","экспорт","вывоз","импорт","ввоз",
"торговл","предприят","фирм","концерн","корпорац","холдинг","промышлен","отрасл","производств","выпуск","энерг","энергетик",
"газ","нефт","электроэнерг","электричеств","угол","зерн","пшениц","урожа","работ","рабоч","мест","безработиц",
"зарплат","заработн","плат","пенс","школ","университет","вуз","студент","ребенок","дет","сем","женщин",
"жен","мужчин","муж","человек","люд","город","деревн","сел","поселок","регион","област","территор",
"район","столиц","заграниц","рубеж","кварта","микрорайон","участок","участк","отрезок","чрезвычайн","запад","восток",
"север","юг","сосед","партнер","союзник","сотрудничеств","отношен","интерес","цел","план","реформ","изменен",
"перем","развит","будущ","прошл","истор","врем","пор","конец","окончан","нача","результат","итог",
"успех","ошибк","вин","долг","ответствен","прав","свобод","правд","истин","лож","новост","сообщен",
"газет","издан","журна","журналист","корреспондент","сми","мед","телевиден","телекана","кана","доклад","отчет",
"дан","числ","цифр","количеств","дол","ввп","ндс","большинств","меньшинств","част","больниц","клиник",
"врач","здоров","здравоохранен","обучен","учеб","сбор","пошлин","болезн","заболеван","жертв","пострада","погибш",
"убит","ранен","беженец","беженц","помощ","поддержк","защит","охра","борьб","бо","побед","поражен",
"игр","матч","команд","сборн","тренер","игрок","сезон","чемпионат","первенств","книг","рома","автор",
"писател","писательниц","лауреат","наград","прем","культур","искусств","театр","фильм","музык","наук","исследован",
"учен","исследовател","климат","природ","окружа","сред","вод","почв","земл","лед","лес","мор",
"рек","порт","судн","корабл","контейнеровоз","самолет","поезд","дорог","улиц","пут","мост","дом",
"здан","квартир","жил","тюрьм","заключен","полицейск","чиновник","представител","пресс-секретар","руководител","председател","директор",
"мэр","губернатор","комисс","совет","заседан","голосован","член","групп","организац","союз","ассоциац","профсоюз",
"оппозиц","протест","акц","демонстрац","митинг","забастовк","критик","довер","страх","опасен","тревог","беспокойств",
"надежд","вол","возможн","шанс","риск","ущерб","вред","потер","убытк","прибыл","задолжен","инвестиц",
"вложен","актив","кред","поставк","снабжен","обеспечен","трубопровод","газопровод","запас","резерв","спрос","потребн",
"предложен","товар","продовольств","продукт","сельск","фермер","крестьян","наказан","штраф","преступлен","коррупц","год",
"лет","месяц","недел","ден","дня","дне","минут","век","столет","утр","вечер","ноч",
"половин","санкц","мер","шаг","площад","пространств","порядок","слов","язык","штук","оп","знан",
"жизн","смерт","гибел","лиц","рук","сердц","голов","дух","бог","церков","храм","возврат",
"возвращен","передач","праздник","юбил","годовщин","памя","воспоминан","весн","осен","зим","пожар","огон",
"причин","основан","авар","происшеств","катастроф","взрыв","обогревател","отоплен","обогр","замыкан","шторм","бур",
"урага","непогод","наводнен","паводок","засух","жар","зно","холод","мороз","снег","дожд","погод",
"рейс","полет","аэропорт","вокза","машин","автомобил","электростанц","аэс","гэс","тэц","администрац","клуб",
"конкурс","соревнован","гол","болельщик","фанат","сторонник","молодеж","подростк","мальчик","девочк","родител","мат",
"отец","сын","доч","брат","сестр","друг","друз","враг","гост","сотрудник","работник","коллег",
"подозрева","преступник","свидетел","адвокат","иск","жалоб","доказательств","улик","письм","требован","услов","обстоятельств",
"последств","значен","рол","уровен","объ","ценност","качеств","стал","удобрен","лекарств","препарат","вакцин",
"след","центр","середин","побереж","берег","озер","остр","гор","пол","сад","дар","подарок",
"пожертвован","бедр","тазобедрен","суста","операц","вмешательств","прием","особ","распоряжен","обвиня","подсудим","подзащитн",
"жилец","жильц","при","зап","программн","по","турист","сбо","переб","неполадк","заморозк","оттепел",
"бассейн","электричк","пригородн","госуслуг","порта","метеоролог","явк","опрошен","респондент","начальник","руководительниц","трасс",
"маршрут","лин","судоходн","пароходств","пенсионер","пенсионерк","закрыт","лишен","слушан","растрат","хищен","присвоен",
"мошенничеств","мошенник","мошенниц","отравлен","угарн","уголовн","страж","сиз","арест","кювет","полномоч","условн",
"испытательн","главн","ключев","свидетельниц","злоупотреблен","должностн","разбойн","инкассаторск","окраин","полигон","свалк","тверд",
"коммунальн","бытов","отход","мусор","вынужден","посадк","ночн","ремен","ремн","скорост","выл","ул",
"отложен","ракообразн","встречн","полос","сказа","говор","заяв","заявля","объясн","поясн","подчеркнут","подчеркива",
"счита","полага","дума","вер","знат","известн","знак","видет","увидет","показа","показыва","продемонстрирова",
"дат","дава","взят","приня","взял","дела","сдела","прийт","приеха","приб","пришел","пришл",
"идт","пойт","шел","шла","шли","пошел","остава","оста","останет","останут","принест","привест",
"вест","руковод","держа","удержива","провод","стоя","лежа","наход","найт","нашел","нашл","иска",
"помога","помоч","требова","потребова","призва","призыва","прос","попрос","обеща","пообеща","планирова","начина",
"законч","заверш","прекрат","продолж","продолжа","потеря","проигра","теря","выигра","куп","покупа","прода",
"продава","заплат","оплат","сто","стро","постро","возвест","построен","созда","создава","основа","защища",
"борот","воева","сража","уб","убива","умерет","погибнут","погибл","сконча","погиб","умер","умерл",
"жит","ран","разруш","уничтож","неисправн","неисправ","слома","откр","открыва","закр","закрыва","заключ",
"достич","достигнут","доб","улучш","улучша","повыс","повыша","увелич","подня","сниз","пониз","сократ",
"уменьш","уреза","измен","меня","нужда","нуж","нужн","понадоб","впред","хотет","хочет","хот",
"хотел","намер","выступа","заговор","писа","написа","чита","прочита","спрашива","отвеча","ожида","ждат",
"подожда","надея","боя","опаса","предлож","предлага","подписа","подписыва","реш","постанов","реша","встрет",
"встреча","поеха","еха","съезд","вернут","возвраща","работа","уч","изуча","игра","сыгра","раст",
"выраст","возраст","рос","росл","вырос","выросл","пада","упаст","снижа","упа","опуска","опуст",
"действова","означа","знач","получ","получа","отправ","направ","посла","поставля","постав","производ","выпуска",
"произвест","инвестирова","влож","зарабатыва","заработа","эконом","угрожа","гроз","предупред","предупрежда","осуд","задержа",
"арестова","расследова","доказа","провер","проверя","контролирова","управля","выбра","избра","голосова","празднова","отмет",
"напомн","вспомн","помн","заб","понима","поня","разреш","останов","покинут","остав","тянут","вывест",
"критикова","раскритикова","хвал","похвал","благодар","поблагодар","сожалет","извин","извиня","согласова","выж","переж",
"рассказыва","рассказа","сообщ","сообща","объяв","объявля","анонсирова","ввест","ввел","призна","признава","предусматрива",
"предусмотрет","предусмотр","собира","намерева","украст","похит","похищ","украд","обыска","обыскива","обыск","остальн",
"утвержда","рассчитыва","отлож","перенест","откладыва","спаст","спаса","туш","потуш","горет","летет","лета",
"езд","ремонтирова","отремонтирова","жалова","пожалова","жал","сетова","сет","справ","справля","уда","провал",
"сорва","прова","принадлежа","не","хвата","отсутствова","хват","страда","бежа","возобнов","возобновля","тепл",
"горяч","холодн","жарк","тонк","толст","чист","чищ","грязн","знаменит","неизвестн","сознательн","осозна",
"случайн","обычн","гот","готов","виновн","виноват","заран","посл","пот","зат","назад","обратн",
"дальш","дал","везд","повсюд","иногд","точн","ровн","поздрав","больш","крупн","велик","маленьк",
"небольш","мал","нов","стар","прежн","хорош","лучш","плох","хуж","важн","трудн","тяжел",
"сложн","прост","легк","сильн","мощн","слаб","высок","выш","низк","быстр","скор","медлен",
"длин","дольш","коротк","кратк","правильн","верн","ясн","понятн","четк","открыт","свободн","серьезн",
"довол","довольн","рад","собствен","сво","общ","совместн","единствен","последн","ближайш","дальн","ещ",
"ин","разн","различн","политическ","воен","обществен","публичн","частн","национальн","международн","зарубежн","российск",
"русск","немецк","германск","европейск","американск","экономическ","хозяйствен","социальн","государствен","региональн","местн","ве",
"вся","полн","пуст","дор","дешев","богат","бедн","молод","мног","немн","немног","бол",
"меньш","мен","кажд","сегодн","вчер","завтр","сейчас","тепер","нын","вскор","впоследств","раньш",
"прежд","неофициальн","бывш","позж","поздн","всегд","редк","снов","опя","внов","повторн","уж",
"снача","вперв","наконец","немедлен","сраз","всег","ит","почт","окол","примерн","приблизительн","тольк",
"лиш","такж","тож","вмест","один","одн","сам","имен","как","раз","что","особен",
"действительн","реальн","неверн","ложн","исчезнут","исчез","исчезл","исчезнувш","пропаст","пропа","страшн","боязн",
"обжалова","обжал","оспор","оспарива","течен","предел","лишн","избыточн","вес","ожирен","возмест","компенсирова",
"записа","записыва","зарегистрирова","перейт","переход","перееха","переезжа","списа","списыва","увол","перекр","перекрыт",
"парализова","возбуд","возбужд","изъя","изъят","утонут","утонул","превышен","превыс","превыша","приостанов","приостановл",
"жесток","столкнут","столкнул","рекомендова","рекоменд","советова","пристегнут","пристегнул","возмеща","возмещен","крушен","разб",
"рухнул","незакон","назва","называ"
]}`;
