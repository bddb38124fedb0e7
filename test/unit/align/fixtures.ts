/** Hand-written Russian/German sentence pairs (not from any corpus) for the aligner tests. */
export const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Президент Путин прилетел в Москву во вторник вечером.', 'Präsident Putin ist am Dienstagabend in Moskau gelandet.'],
  ['По данным министерства, в 2023 году экспорт вырос на 12,5 процента.', 'Nach Angaben des Ministeriums stieg der Export im Jahr 2023 um 12,5 Prozent.'],
  ['Переговоры о стратегическом партнёрстве продолжатся в Берлине.', 'Die Verhandlungen über die strategische Partnerschaft werden in Berlin fortgesetzt.'],
  ['«Мы не видим никакой альтернативы диалогу», — заявил министр.', '„Wir sehen keine Alternative zum Dialog“, erklärte der Minister.'],
  ['Компания Siemens планирует открыть новый завод в Казани.', 'Der Konzern Siemens plant ein neues Werk in Kasan.'],
  ['Почему парламент так долго откладывал голосование?', 'Warum hat das Parlament die Abstimmung so lange verschoben?'],
  ['Около 4 500 человек вышли на демонстрацию в центре города.', 'Rund 4.500 Menschen gingen im Stadtzentrum zu einer Demonstration.'],
  ['Эксперты ожидают, что инфляция в ближайшие месяцы снизится.', 'Experten erwarten, dass die Inflation in den kommenden Monaten sinkt.'],
  ['Футбольный клуб «Спартак» выиграл матч со счётом 3:1.', 'Der Fußballklub Spartak gewann das Spiel mit 3:1.'],
  ['Выставка в Эрмитаже открыта до 15 марта.', 'Die Ausstellung in der Eremitage ist bis zum 15. März geöffnet.'],
  ['Директор театра Михаил Петров подал в отставку.', 'Der Theaterdirektor Michail Petrow ist zurückgetreten.'],
  ['В Санкт-Петербурге прошёл международный экономический форум.', 'In Sankt Petersburg fand das Internationale Wirtschaftsforum statt.'],
];

export const RU = PAIRS.map((p) => p[0]);
export const DE = PAIRS.map((p) => p[1]);
