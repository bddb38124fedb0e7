// Own German/Russian sentences (written for these tests; not taken from any corpus).

export const RU_ORIGINAL = [
  'Министр финансов Алексей Кудрин заявил в понедельник, что бюджет на 2012 год будет сбалансирован.',
  '«Мы не допустим дефицита больше одного процента», — сказал Кудрин журналистам в Москве.',
  'По его словам, цены на нефть остаются главным риском для экономики.',
  'Эксперты Центрального банка согласны с этой оценкой.',
  'Инфляция в октябре составила 7,2 процента, сообщил Росстат.',
  '«Ситуация стабильная, но расслабляться нельзя», — добавил министр.',
  'Правительство планирует приватизировать часть компании «Аэрофлот» в следующем году.',
  'Депутаты Государственной думы обсудят проект бюджета 15 ноября.',
].join('\n\n') + '\n';

/** A German article quoting the original out of order, plus one quotation from elsewhere. */
export const DE_ARTICLE = [
  'Der russische Finanzminister zeigte sich am Montag zuversichtlich.',
  '„Die Situation ist stabil, aber man darf sich nicht entspannen“, fügte der Minister hinzu.',
  'Kudrin sagte vor Journalisten in Moskau: „Wir werden kein Defizit von mehr als einem Prozent zulassen.“',
  'Die Inflation lag im Oktober nach Angaben von Rosstat bei 7,2 Prozent.',
  'Die Regierung will im kommenden Jahr einen Teil der Fluggesellschaft „Aeroflot“ privatisieren.',
  'Ein Bankier in Frankfurt meinte dagegen: „Der Rubel wird bis Weihnachten deutlich schwächer.“',
].join('\n\n') + '\n';
