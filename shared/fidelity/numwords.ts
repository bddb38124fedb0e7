/**
 * Number words, scale words, units, months and comparators of German and Russian, and the
 * parser of German compound numerals (fünfundzwanzig, zweitausenddreihundert).
 */

/** What a word contributes to a quantity. */
export type NumWord =
  | { type: 'value'; value: number; weak?: boolean } // cardinal or ordinal (weak: ein/один, erste/первый, beide/оба)
  | { type: 'scale'; factor: number; plural?: boolean } // тысяча/Million; plural forms alone are indefinite
  | { type: 'indefinite'; magnitude: number } // сотни, Tausende, Dutzende
  | { type: 'fraction'; factor: number } // половина, Drittel
  | { type: 'times'; value: number } // вдвое, verdoppelt, dreifach
  | { type: 'month'; month: number; weak?: boolean } // weak: a Russian month adjective (июльский)
  | { type: 'weekday'; day: number }
  | { type: 'relday'; offset: number } // вчера/gestern, сегодня/heute
  | { type: 'half' } // "с половиной", halb-
  | { type: 'span'; value: number; unit: string }; // dreimonatig / трёхмесячный: a length of time as an adjective

const RU = new Map<string, NumWord>();
const DE = new Map<string, NumWord>();

function put(map: Map<string, NumWord>, forms: string, w: NumWord): void {
  for (const f of forms.trim().split(/\s+/)) map.set(f, w);
}

// Russian cardinals with their case forms.
put(RU, 'один одна одно одного одной одному одним одну одном', { type: 'value', value: 1, weak: true });
put(RU, 'два две двух двум двумя', { type: 'value', value: 2 });
put(RU, 'три трёх трех трём трем тремя', { type: 'value', value: 3 });
put(RU, 'четыре четырёх четырех четырём четырем четырьмя', { type: 'value', value: 4 });
put(RU, 'оба обе обоих обеих обоим обеим', { type: 'value', value: 2, weak: true });
put(RU, 'полтора полторы полутора', { type: 'value', value: 1.5 });
const ruRegular: Array<[number, string]> = [
  [5, 'пять пяти пятью'], [6, 'шесть шести шестью'], [7, 'семь семи'], [8, 'восемь восьми восемью восьмью'],
  [9, 'девять девяти девятью'], [10, 'десять десяти десятью'], [11, 'одиннадцать одиннадцати'],
  [12, 'двенадцать двенадцати'], [13, 'тринадцать тринадцати'], [14, 'четырнадцать четырнадцати'],
  [15, 'пятнадцать пятнадцати'], [16, 'шестнадцать шестнадцати'], [17, 'семнадцать семнадцати'],
  [18, 'восемнадцать восемнадцати'], [19, 'девятнадцать девятнадцати'], [20, 'двадцать двадцати двадцатью'],
  [30, 'тридцать тридцати тридцатью'], [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти пятьюдесятью'],
  [60, 'шестьдесят шестидесяти'], [70, 'семьдесят семидесяти'], [80, 'восемьдесят восьмидесяти'],
  [90, 'девяносто девяноста'], [100, 'сто ста'], [200, 'двести двухсот двумстам двумястами двухстах'],
  [300, 'триста трёхсот трехсот тремстам'], [400, 'четыреста четырёхсот четырехсот'], [500, 'пятьсот пятисот'],
  [600, 'шестьсот шестисот'], [700, 'семьсот семисот'], [800, 'восемьсот восьмисот'], [900, 'девятьсот девятисот'],
];
for (const [v, forms] of ruRegular) put(RU, forms, { type: 'value', value: v });

// Russian ordinals: stem + adjective endings.
const RU_ADJ_END = ['ый', 'ий', 'ой', 'ая', 'ья', 'ое', 'ье', 'ые', 'ьи', 'ого', 'ьего', 'его', 'ому', 'ьему', 'ым', 'ьим', 'ом', 'ую', 'ью', 'ых', 'ьих', 'ыми', 'ьими', 'ей', 'ьей', 'ьем'];
const ruOrdinals: Array<[number, string]> = [
  [1, 'перв'], [2, 'втор'], [3, 'трет'], [4, 'четвёрт'], [4, 'четверт'], [5, 'пят'], [6, 'шест'], [7, 'седьм'],
  [8, 'восьм'], [9, 'девят'], [10, 'десят'], [11, 'одиннадцат'], [12, 'двенадцат'], [13, 'тринадцат'],
  [14, 'четырнадцат'], [15, 'пятнадцат'], [16, 'шестнадцат'], [17, 'семнадцат'], [18, 'восемнадцат'],
  [19, 'девятнадцат'], [20, 'двадцат'], [30, 'тридцат'], [40, 'сороков'], [50, 'пятидесят'], [60, 'шестидесят'],
  [70, 'семидесят'], [80, 'восьмидесят'], [90, 'девяност'], [100, 'сот'], [1000, 'тысячн'],
];
for (const [v, stem] of ruOrdinals)
  for (const e of RU_ADJ_END) {
    const form = stem + e;
    if (!RU.has(form)) RU.set(form, { type: 'value', value: v, weak: v === 1 });
  }

put(RU, 'тысяча тысячу тысячей тысяче', { type: 'scale', factor: 1e3 });
put(RU, 'тысячи тысяч тысячам тысячами тысячах тыс тыс.', { type: 'scale', factor: 1e3, plural: true });
put(RU, 'миллион миллиона миллиону миллионом миллионе', { type: 'scale', factor: 1e6 });
put(RU, 'миллионы миллионов миллионам миллионами миллионах млн млн.', { type: 'scale', factor: 1e6, plural: true });
put(RU, 'миллиард миллиарда миллиарду миллиардом миллиарде', { type: 'scale', factor: 1e9 });
put(RU, 'миллиарды миллиардов миллиардам миллиардами миллиардах млрд млрд.', { type: 'scale', factor: 1e9, plural: true });
put(RU, 'триллион триллиона триллиону триллионом', { type: 'scale', factor: 1e12 });
put(RU, 'триллионы триллионов трлн трлн.', { type: 'scale', factor: 1e12, plural: true });
put(RU, 'полмиллиона', { type: 'value', value: 5e5 });
// Half a century: полвека = fünfzig Jahre.
put(RU, 'полвека полувека', { type: 'value', value: 50 });
put(RU, 'полмиллиарда', { type: 'value', value: 5e8 });
// A hundredth anniversary in one word: столетие (со дня основания) = hundertjähriges Bestehen.
// (Its locative столетии is the century, в прошлом столетии = im letzten Jahrhundert.)
put(RU, 'столетие столетию столетием', { type: 'span', value: 100, unit: 'year' });
// Half a measure in one word: полметра = ein halber Meter, полчаса = eine halbe Stunde.
for (const [forms, unit] of [['полметра', 'm'], ['полкилометра', 'km'], ['полтонны', 't'], ['полчаса', 'hour'], ['полгода', 'year'], ['полмесяца', 'month'], ['поллитра', 'l']] as const)
  put(RU, forms, { type: 'span', value: 0.5, unit });
put(RU, 'десятки десятков десятками десяткам', { type: 'indefinite', magnitude: 10 });
put(RU, 'сотни сотен сотнями сотням', { type: 'indefinite', magnitude: 100 });
put(RU, 'десяток десятка', { type: 'value', value: 10 });
// A dozen multiplies the number before it as a scale word does (zwei Dutzend = 24, две дюжины); alone it is 12.
put(RU, 'дюжина дюжину дюжиной дюжины дюжин', { type: 'scale', factor: 12 });
put(RU, 'половина половину половины половиной половине наполовину', { type: 'fraction', factor: 0.5 });
put(RU, 'половинный половинная половинное половинном половинной половинного половинную', { type: 'fraction', factor: 0.5 });
// Plural forms (двух третей, трёх четвертей) override the ordinal-looking forms made above.
put(RU, 'треть трети третью третей третям третями третях', { type: 'fraction', factor: 1 / 3 });
put(RU, 'четверть четверти четвертью четвертей четвертям четвертями четвертях', { type: 'fraction', factor: 0.25 });
put(RU, 'вдвое удвоить удвоил удвоила удвоили удвоился удвоилась удвоилось удвоились удвоение удвоения', { type: 'times', value: 2 });
put(RU, 'втрое утроить утроил утроила утроили утроился утроилась утроилось утроились', { type: 'times', value: 3 });
put(RU, 'вчетверо', { type: 'times', value: 4 });
// Multiplicative adjectives: двукратный чемпион = zweifacher Meister, трёхкратный рост = eine Verdreifachung.
for (const [v, stem] of [[2, 'двукратн'], [3, 'трёхкратн'], [3, 'трехкратн'], [4, 'четырёхкратн'], [4, 'четырехкратн'], [5, 'пятикратн'], [10, 'десятикратн']] as const)
  for (const e of RU_ADJ_END) if (!e.includes('ь') && !RU.has(stem + e)) RU.set(stem + e, { type: 'times', value: v });
// вполовину меньше (half as much): the two-fold comparative downwards, as вдвое меньше.
put(RU, 'вполовину', { type: 'times', value: 2 });
// How many times something happened: дважды = zweimal.
put(RU, 'дважды', { type: 'times', value: 2 });
put(RU, 'трижды', { type: 'times', value: 3 });
put(RU, 'четырежды', { type: 'times', value: 4 });
// Collective numerals: двое мужчин = zwei Männer.
for (const [v, forms] of [[2, 'двое двоих двоим двоими'], [3, 'трое троих троим троими'], [4, 'четверо четверых четверым'], [5, 'пятеро пятерых пятерым'], [6, 'шестеро шестерых'], [7, 'семеро семерых'], [10, 'десятеро десятерых']] as const)
  put(RU, forms, { type: 'value', value: v });
put(RU, 'впятеро', { type: 'times', value: 5 });
put(RU, 'вдесятеро', { type: 'times', value: 10 });

const RU_MONTHS = [
  'январь января январе январю январём', 'февраль февраля феврале февралю', 'март марта марте марту',
  'апрель апреля апреле апрелю', 'май мая мае маю', 'июнь июня июне июню', 'июль июля июле июлю',
  'август августа августе августу', 'сентябрь сентября сентябре сентябрю', 'октябрь октября октябре октябрю',
  'ноябрь ноября ноябре ноябрю', 'декабрь декабря декабре декабрю',
];
RU_MONTHS.forEach((forms, k) => put(RU, forms, { type: 'month', month: k + 1 }));
// The relational adjective of a month (июльская засуха, в майские праздники) names the month as
// German says it with the noun (die Dürre im Juli); a weak quantity, since German often folds it
// into a compound (Maifeiertage) that is no number: it meets the month, alone it is never flagged.
const RU_MONTH_ADJ = ['январск', 'февральск', 'мартовск', 'апрельск', 'майск', 'июньск', 'июльск', 'августовск', 'сентябрьск', 'октябрьск', 'ноябрьск', 'декабрьск'];
const RU_ADJ_ENDINGS = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];
RU_MONTH_ADJ.forEach((stem, k) => put(RU, RU_ADJ_ENDINGS.map((e) => stem + e).join(' '), { type: 'month', month: k + 1, weak: true }));
// Every case, singular and plural: к воскресенью (by Sunday), по воскресеньям (sonntags).
const RU_DAY_STEMS: Array<[string, 'm' | 'f' | 'n']> = [['понедельник', 'm'], ['вторник', 'm'], ['сред', 'f'], ['четверг', 'm'], ['пятниц', 'f'], ['суббот', 'f'], ['воскресень', 'n']];
const RU_DAY_ENDINGS: Readonly<Record<'m' | 'f' | 'n', readonly string[]>> = {
  m: ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'],
  f: ['а', 'у', 'ы', 'е', 'ой', 'ам', 'ами', 'ах', ''],
  n: ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'],
};
// среда is also "environment": its instrumental and genitive plural (средой, сред) are left out.
const RU_DAY_SKIP = new Set(['средой', 'сред']);
RU_DAY_STEMS.forEach(([stem, g], k) =>
  put(RU, RU_DAY_ENDINGS[g].map((e) => stem + e).filter((w) => !RU_DAY_SKIP.has(w)).join(' '), { type: 'weekday', day: k + 1 }),
);
put(RU, 'позавчера', { type: 'relday', offset: -2 });
put(RU, 'вчера вчерашний вчерашнего вчерашней', { type: 'relday', offset: -1 });
put(RU, 'сегодня сегодняшний сегодняшнего сегодняшней', { type: 'relday', offset: 0 });
put(RU, 'завтра завтрашний завтрашнего завтрашней', { type: 'relday', offset: 1 });
put(RU, 'послезавтра', { type: 'relday', offset: 2 });

// German: simple words; compounds go through parseGermanNumeral.
put(DE, 'ein eine einen einem einer eines eins', { type: 'value', value: 1, weak: true });
put(DE, 'beide beiden beider', { type: 'value', value: 2, weak: true });
put(DE, 'anderthalb eineinhalb', { type: 'value', value: 1.5 });
// The genitive and dative of zwei and drei before a noun (der Zusammenstoß zweier Busse = двух автобусов).
put(DE, 'zweier', { type: 'value', value: 2 });
put(DE, 'dreier', { type: 'value', value: 3 });
const DE_ORD: Array<[number, string]> = [
  [1, 'erst'], [2, 'zweit'], [3, 'dritt'], [4, 'viert'], [5, 'fünft'], [6, 'sechst'], [7, 'siebt'], [8, 'acht'],
  [9, 'neunt'], [10, 'zehnt'], [11, 'elft'], [12, 'zwölft'], [20, 'zwanzigst'], [100, 'hundertst'],
];
for (const [v, stem] of DE_ORD)
  for (const e of ['e', 'en', 'er', 'es', 'em']) DE.set(stem + e, { type: 'value', value: v, weak: v === 1 });
put(DE, 'tausend', { type: 'scale', factor: 1e3 });
put(DE, 'tsd tsd.', { type: 'scale', factor: 1e3, plural: true });
put(DE, 'million', { type: 'scale', factor: 1e6 });
put(DE, 'millionen mio mio.', { type: 'scale', factor: 1e6, plural: true });
put(DE, 'milliarde', { type: 'scale', factor: 1e9 });
put(DE, 'milliarden mrd mrd.', { type: 'scale', factor: 1e9, plural: true });
put(DE, 'billion', { type: 'scale', factor: 1e12 });
put(DE, 'billionen bio bio.', { type: 'scale', factor: 1e12, plural: true });
put(DE, 'dutzende dutzenden', { type: 'indefinite', magnitude: 10 });
put(DE, 'dutzend', { type: 'scale', factor: 12 });
put(DE, 'hunderte hunderten', { type: 'indefinite', magnitude: 100 });
put(DE, 'tausende tausenden', { type: 'indefinite', magnitude: 1e3 });
put(DE, 'zehntausende zehntausenden', { type: 'indefinite', magnitude: 1e4 });
put(DE, 'hunderttausende hunderttausenden', { type: 'indefinite', magnitude: 1e5 });
put(DE, 'hälfte', { type: 'fraction', factor: 0.5 });
put(DE, 'drittel', { type: 'fraction', factor: 1 / 3 });
// A quarter of a million in one word: eine Viertelmillion = 250 тыс.
put(DE, 'viertelmillion viertelmillionen', { type: 'value', value: 2.5e5 });
put(DE, 'viertelmilliarde viertelmilliarden', { type: 'value', value: 2.5e8 });
put(DE, 'viertel', { type: 'fraction', factor: 0.25 });
for (const [v, w] of [[5, 'fünftel'], [6, 'sechstel'], [7, 'siebtel'], [8, 'achtel'], [9, 'neuntel'], [10, 'zehntel'], [100, 'hundertstel'], [1000, 'tausendstel']] as const)
  DE.set(w, { type: 'fraction', factor: 1 / v });
put(DE, 'halb halbe halben halber halbes', { type: 'half' });
put(DE, 'doppelt doppelte doppelten doppelter verdoppelt verdoppelte verdoppelten verdoppeln verdopplung verdoppelung zweifach', { type: 'times', value: 2 });
// Halving is the two-fold change downwards; Russian says both with вдвое (сократить вдвое).
put(DE, 'halbieren halbiert halbierte halbierten halbierung', { type: 'times', value: 2 });
put(DE, 'anderthalbfach anderthalbfache anderthalbfachen eineinhalbfach eineinhalbfache eineinhalbfachen', { type: 'times', value: 1.5 });
put(DE, 'dreifach verdreifacht verdreifachte verdreifachen', { type: 'times', value: 3 });
put(DE, 'vierfach vervierfacht', { type: 'times', value: 4 });
put(DE, 'fünffach', { type: 'times', value: 5 });
put(DE, 'zehnfach', { type: 'times', value: 10 });
put(DE, 'zweimal', { type: 'times', value: 2 });
put(DE, 'dreimal', { type: 'times', value: 3 });
'januar februar märz april mai juni juli august september oktober november dezember'
  .split(' ')
  .forEach((m, k) => DE.set(m, { type: 'month', month: k + 1 }));
put(DE, 'jänner', { type: 'month', month: 1 });
'montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' ').forEach((d, k) => {
  DE.set(d, { type: 'weekday', day: k + 1 });
  DE.set(d + 's', { type: 'weekday', day: k + 1 });
  // Sonntagabend, Montagmorgen: the weekday with a time of day (в воскресенье вечером).
  for (const part of ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht']) DE.set(d + part, { type: 'weekday', day: k + 1 });
});
put(DE, 'sonnabend', { type: 'weekday', day: 6 });
put(DE, 'vorgestern', { type: 'relday', offset: -2 });
put(DE, 'gestern gestrigen gestrige', { type: 'relday', offset: -1 });
put(DE, 'heute heutigen heutige', { type: 'relday', offset: 0 });
put(DE, 'morgen', { type: 'relday', offset: 1 });
put(DE, 'übermorgen', { type: 'relday', offset: 2 });

const DE_UNITS: Record<string, number> = {
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const DE_SMALL: Record<string, number> = {
  ...DE_UNITS, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

function below100(s: string): number | null {
  if (s === '') return 0;
  if (s in DE_SMALL && s !== 'ein') return DE_SMALL[s]!;
  if (s in DE_TENS) return DE_TENS[s]!;
  const u = s.indexOf('und');
  if (u > 0) {
    const unit = DE_UNITS[s.slice(0, u)];
    const ten = DE_TENS[s.slice(u + 3)];
    if (unit !== undefined && ten !== undefined) return unit + ten;
  }
  return null;
}

function below1000(s: string): number | null {
  const h = s.indexOf('hundert');
  if (h < 0) return below100(s);
  const lead = s.slice(0, h);
  const k = lead === '' || lead === 'ein' ? 1 : DE_UNITS[lead];
  if (k === undefined) return null;
  const rest = below100(s.slice(h + 7).replace(/^und/, ''));
  return rest === null ? null : k * 100 + rest;
}

/** Value of a German cardinal written as one word (einundzwanzig, dreitausend), or null. */
export function parseGermanNumeral(lower: string): number | null {
  const s = lower;
  const einhalb = /^(.+)einhalb$/.exec(s);
  if (einhalb) {
    const v = parseGermanNumeral(einhalb[1]!);
    return v === null ? null : v + 0.5;
  }
  const t = s.indexOf('tausend');
  if (t < 0) {
    const v = below1000(s);
    return v === null || v === 0 ? null : v;
  }
  const lead = s.slice(0, t);
  const k = lead === '' || lead === 'ein' ? 1 : below1000(lead);
  const rest = below1000(s.slice(t + 7));
  if (k === null || rest === null) return null;
  return k * 1000 + rest;
}

/** Russian numeral stems in compounds (двухнедельный, пятилетний) and their values. */
const RU_SPAN_NUMERAL: Readonly<Record<string, number>> = {
  одно: 1, двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  одиннадцати: 11, двенадцати: 12, тринадцати: 13, четырнадцати: 14, пятнадцати: 15, шестнадцати: 16, семнадцати: 17,
  восемнадцати: 18, девятнадцати: 19, двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, шестидесяти: 60, семидесяти: 70,
  восьмидесяти: 80, девяноста: 90, полутора: 1.5, сто: 100, ста: 100, двухсот: 200, трёхсот: 300, трехсот: 300, пятисот: 500, тысяче: 1000,
};
/** A compound numeral stem: tens then units (двадцатипяти = 25, сорокатрёх = 43), or undefined. */
function ruSpanNumeral(stem: string): number | undefined {
  const whole = RU_SPAN_NUMERAL[stem];
  if (whole !== undefined) return whole;
  for (const [tens, tv] of Object.entries(RU_SPAN_NUMERAL)) {
    if (tv < 20 || tv % 10 !== 0 || tv >= 100 || !stem.startsWith(tens)) continue;
    const unit = RU_SPAN_NUMERAL[stem.slice(tens.length)];
    if (unit !== undefined && unit < 10) return tv + unit;
  }
  return undefined;
}
const RU_SPAN_UNIT: Readonly<Record<string, string>> = { месячн: 'month', летн: 'year', годов: 'year', годичн: 'year', дневн: 'day', суточн: 'day', недельн: 'week', часов: 'hour', минутн: 'minute' };
const RU_SPAN = /^([а-яё]+?)(месячн|летн|годов|годичн|дневн|суточн|недельн|часов|минутн)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)$/;
const DE_SPAN_UNIT: Readonly<Record<string, string>> = { monatig: 'month', jährig: 'year', tägig: 'day', wöchig: 'week', stündig: 'hour', minütig: 'minute' };
const DE_SPAN = /^(.+?)(monatig|jährig|tägig|wöchig|stündig|minütig)(?:e|en|er|es|em)?$/;
const RU_SPAN_STEMS = Object.keys(RU_SPAN_UNIT);
const DE_SPAN_STEMS = Object.keys(DE_SPAN_UNIT);

/** Whether the word contains one of the unit stems (what RU_SPAN / DE_SPAN need to match). */
function hasUnitStem(lower: string, stems: readonly string[]): boolean {
  for (let k = 0; k < stems.length; k++) if (lower.includes(stems[k]!)) return true;
  return false;
}

/** A length of time said as one adjective (dreimonatigen, трёхмесячную), or undefined. */
function spanWord(lower: string, lang: 'de' | 'ru'): NumWord | undefined {
  // Most long words name no unit: the expression runs (and is compiled) only for those that do.
  if (!hasUnitStem(lower, lang === 'ru' ? RU_SPAN_STEMS : DE_SPAN_STEMS)) return undefined;
  const m = (lang === 'ru' ? RU_SPAN : DE_SPAN).exec(lower);
  if (!m) return undefined;
  const value = lang === 'ru' ? ruSpanNumeral(m[1]!) : (parseGermanNumeral(m[1]!) ?? undefined);
  const unit = (lang === 'ru' ? RU_SPAN_UNIT : DE_SPAN_UNIT)[m[2]!];
  return value !== undefined && unit !== undefined ? { type: 'span', value, unit } : undefined;
}

const deReadings = new Map<string, NumWord | null>();

/** What a lower-case word means as a number, or undefined. */
export function numWord(lower: string, lang: 'de' | 'ru'): NumWord | undefined {
  if (lang === 'ru') {
    const hit = RU.get(lower);
    return hit ?? (lower.length >= 8 ? spanWord(lower, 'ru') : undefined);
  }
  const hit = DE.get(lower);
  if (hit) return hit;
  // The German readings below are memoised (each token is asked more than once, most of it before the JIT has warmed up).
  const known = deReadings.get(lower);
  if (known !== undefined) return known ?? undefined;
  const r = germanReading(lower);
  if (deReadings.size > 20_000) deReadings.clear();
  deReadings.set(lower, r ?? null);
  return r;
}

/** A German word's reading as a number beyond the table: spans, decades, one-word numerals, ordinals, multiplicatives. */
function germanReading(lower: string): NumWord | undefined {
  if (lower.length > 8) {
    const span = spanWord(lower, 'de');
    if (span) return span;
  }
  // A decade by its tens (in den neunziger Jahren, die Achtziger) is read as its tens, as the
  // Russian ordinal is (девяностые годы, в восьмидесятых).
  const decade = /^(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)ern?$/.exec(lower);
  if (decade) return { type: 'value', value: parseGermanNumeral(decade[1]!)! };
  const ord = /^(.+?)(?:s?te|s?ten|s?ter|s?tes|s?tem)$/.exec(lower);
  const v = parseGermanNumeral(lower);
  if (v !== null) return { type: 'value', value: v };
  if (ord) {
    const o = parseGermanNumeral(ord[1]!);
    if (o !== null && o > 12) return { type: 'value', value: o };
  }
  // Multiplicatives on any numeral: dreizehnmal, anderthalbmal, eineinhalbmal.
  const mal = /^(.+)mal$/.exec(lower);
  if (mal) {
    const base = DE.get(mal[1]!);
    const m = base?.type === 'value' && !base.weak ? base.value : parseGermanNumeral(mal[1]!);
    if (m !== null) return { type: 'times', value: m };
  }
  const fach = /^(.+)fach(e|en|er|es)?$/.exec(lower);
  // The verb of any multiplicative (verzehnfachen, verachtfacht, die Verzwanzigfachung): German
  // says "increase N-fold" in one word, Russian в N раз.
  const verb = /^ver(.+)fach(?:t|te|ten|en|ung)$/.exec(lower);
  if (verb) {
    const m = parseGermanNumeral(verb[1]!);
    if (m !== null && m > 1) return { type: 'times', value: m };
  }
  if (fach) {
    const m = parseGermanNumeral(fach[1]!);
    if (m !== null) return { type: 'times', value: m };
  }
  return undefined;
}

/** How a quantity is bounded: exact, about, more than, less than (at least / at most fold in). */
export type Bound = 'exact' | 'about' | 'more' | 'less';

export const RU_BOUNDS: ReadonlyArray<[string[], Bound]> = [
  [['не', 'менее'], 'more'], [['не', 'меньше'], 'more'], [['не', 'более'], 'less'], [['не', 'больше'], 'less'],
  [['более', 'чем'], 'more'], [['больше', 'чем'], 'more'], [['менее', 'чем'], 'less'], [['меньше', 'чем'], 'less'],
  [['около'], 'about'], [['примерно'], 'about'], [['приблизительно'], 'about'], [['порядка'], 'about'],
  [['почти'], 'less'], [['более'], 'more'], [['свыше'], 'more'], [['больше'], 'more'], [['менее'], 'less'],
  [['меньше'], 'less'], [['до'], 'less'], [['минимум'], 'more'], [['максимум'], 'less'], [['как', 'минимум'], 'more'],
  [['как', 'максимум'], 'less'], [['почти'], 'less'], [['едва'], 'less'], [['чуть', 'более'], 'more'],
  [['чуть', 'меньше'], 'less'], [['без', 'малого'], 'less'], [['с', 'лишним'], 'more'], [['ровно'], 'exact'],
];
export const DE_BOUNDS: ReadonlyArray<[string[], Bound]> = [
  [['nicht', 'mehr', 'als'], 'less'], [['nicht', 'weniger', 'als'], 'more'], [['mehr', 'als'], 'more'],
  [['weniger', 'als'], 'less'], [['bis', 'zu'], 'less'], [['bis'], 'less'], [['gut'], 'more'], [['rund'], 'about'], [['etwa'], 'about'],
  [['ungefähr'], 'about'], [['circa'], 'about'], [['ca.'], 'about'], [['zirka'], 'about'], [['annähernd'], 'about'],
  [['knapp'], 'less'], [['fast'], 'less'], [['beinahe'], 'less'], [['über'], 'more'], [['unter'], 'less'],
  [['mindestens'], 'more'], [['höchstens'], 'less'], [['wenigstens'], 'more'], [['genau'], 'exact'],
];
