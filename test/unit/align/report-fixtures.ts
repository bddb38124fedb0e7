// A constructed Russian news report and a German article quoting it out of order, with
// quotations the Russian text lacks (written for these tests; people and papers invented).

export const RU_REPORT = [
  'Министр Орлов: переговоры о поставках газа продолжатся',
  '',
  'МОСКВА, 3 апреля. Министр энергетики Павел Орлов заявил в интервью газете «Северный курьер», что переговоры о поставках газа будут продолжены летом.',
  '',
  '«Мы не откажемся от наших партнёров. Цена должна быть справедливой для обеих сторон», — сказал министр.',
  '',
  'По его словам, в прошлом году экспорт вырос на 12 процентов и составил 48 миллиардов кубометров.',
  '',
  'Орлов добавил, что строительство нового трубопровода начнётся в 2027 году.',
  '',
].join('\n');

export const DE_ARTICLE = [
  'Moskau will Gasgespräche fortsetzen',
  '',
  'Der russische Energieminister Pawel Orlow hat angekündigt, dass der Bau einer „neuen Pipeline“ im Jahr 2027 beginnen soll.',
  '',
  'Dem Blatt „Sewerny Kurjer“ sagte Orlow: „Wir werden unsere Partner nicht aufgeben.“ Der Preis müsse „für beide Seiten gerecht“ sein.',
  '',
  'Die Exporte seien im vergangenen Jahr „um 12 Prozent“ gestiegen.',
  '',
  'Die Bundesregierung reagierte zurückhaltend. „Wir prüfen das Angebot sorgfältig“, sagte ein Sprecher des Wirtschaftsministeriums in Berlin.',
  '',
  'Eine Expertin sprach von einer „Rückkehr zum Gasgeschäft“.',
  '',
].join('\n');
