/**
 * Words that name numbers, months and units in German and Russian, mapped onto shared keys
 * so that they match like digits do ("zwei" = "два" = #2, "März" = "марта" = #m3,
 * "Milliarden" = "млрд" = #e9, "Prozent" = "%" = "процентов" = #%). A key starts with '#',
 * as number tokens do.
 */
const TABLE: Record<string, string> = {};

function add(key: string, forms: string): void {
  for (const f of forms.split(' ')) if (f) TABLE[f] = key;
}

// Cardinals 2-12 (one is left out: ein/один are articles and pronouns too).
add('#2', 'zwei два две двух двум двумя');
add('#3', 'drei три трех трёх трем трём тремя');
add('#4', 'vier четыре четырех четырёх четырем четырём четырьмя');
add('#5', 'fünf пять пяти пятью');
add('#6', 'sechs шесть шести шестью');
add('#7', 'sieben семь семи семью');
add('#8', 'acht восемь восьми восемью');
add('#9', 'neun девять девяти девятью');
add('#10', 'zehn десять десяти десятью');
add('#11', 'elf одиннадцать одиннадцати');
add('#12', 'zwölf двенадцать двенадцати');
add('#100', 'hundert сто ста');
add('#e3', 'tausend tausende тысяча тысячи тысяч тысячу тысячей тысячам тыс');
add('#e6', 'million millionen mio миллион миллиона миллионов миллионам миллионами млн');
add('#e9', 'milliarde milliarden mrd миллиард миллиарда миллиардов миллиардам миллиардами млрд');
add('#e12', 'billion billionen триллион триллиона триллионов трлн');
add('#%', 'prozent процент процента процентов процентам процентами');
add('#13', 'dreizehn тринадцать тринадцати');
add('#14', 'vierzehn четырнадцать четырнадцати');
add('#15', 'fünfzehn пятнадцать пятнадцати');
add('#16', 'sechzehn шестнадцать шестнадцати');
add('#17', 'siebzehn семнадцать семнадцати');
add('#18', 'achtzehn восемнадцать восемнадцати');
add('#19', 'neunzehn девятнадцать девятнадцати');
// Tens, which reports write out as often as digits.
add('#20', 'zwanzig двадцать двадцати двадцатью');
add('#30', 'dreißig dreissig тридцать тридцати тридцатью');
add('#40', 'vierzig сорок сорока');
add('#50', 'fünfzig пятьдесят пятидесяти пятьюдесятью');
add('#60', 'sechzig шестьдесят шестидесяти шестьюдесятью');
add('#70', 'siebzig семьдесят семидесяти семьюдесятью');
add('#80', 'achtzig восемьдесят восьмидесяти восемьюдесятью');
add('#90', 'neunzig девяносто девяноста');
// Units and currencies that go with figures, full and abbreviated (no one-letter forms: т. and
// t are also "то есть" and a letter).
add('#t', 'tonne tonnen тонна тонны тонн тонну тонной тоннам тоннами тоннах');
add('#km', 'kilometer kilometern km километр километра километров километрам километрами километрах км');
add('#kg', 'kilogramm kilogramms kg килограмм килограмма килограммов килограммами кг');
add('#ha', 'hektar hektaren гектар гектара гектаров гектарах га');
add('#usd', 'dollar dollars usd доллар доллара долларов долларам долларами долларах долл');
add('#eur', 'euro евро');
add('#rub', 'rubel rubeln рубль рубля рублей рублям рублями рублях руб');
add('#half', 'halb halbe halben hälfte половина половину половины');
// Negation: whether a statement is denied is part of what it says.
add('#neg', 'nicht nichts kein keine keinen keinem keiner keines nie niemals niemand niemanden niemandem weder не ни нет никто никого никому никем ничто ничего ничем никогда никакой никакая никакое никакие никакого никаких нельзя');
// Months (German forms and Russian case forms).
const MONTHS: [string, string][] = [
  ['januar jänner', 'январь января январе январю'],
  ['februar feber', 'февраль февраля феврале'],
  ['märz', 'март марта марте'],
  ['april', 'апрель апреля апреле'],
  ['mai', 'май мая мае'],
  ['juni', 'июнь июня июне'],
  ['juli', 'июль июля июле'],
  ['august', 'август августа августе'],
  ['september', 'сентябрь сентября сентябре'],
  ['oktober', 'октябрь октября октябре'],
  ['november', 'ноябрь ноября ноябре'],
  ['dezember', 'декабрь декабря декабре'],
];
MONTHS.forEach(([de, ru], i) => add(`#m${i + 1}`, `${de} ${ru}`));

const ONES: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const TENS: Record<string, number> = { zwanzig: 2, dreißig: 3, dreissig: 3, vierzig: 4, fünfzig: 5, sechzig: 6, siebzig: 7, achtzig: 8, neunzig: 9 };
const GERMAN_COMPOUND_NUMERAL = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/;

/**
 * The shared key of a lower-case number, month or unit word, or null. A German compound numeral
 * (sechsundsechzig) gets the key of its digits (#66), as the number 66 does.
 */
export function conceptOf(lower: string): string | null {
  const known = TABLE[lower];
  if (known) return known;
  const m = GERMAN_COMPOUND_NUMERAL.exec(lower);
  return m ? `#${(TENS[m[2] as string] as number) * 10 + (ONES[m[1] as string] as number)}` : null;
}

/**
 * The keys a Russian text may write a two-digit number with (66: шестьдесят шесть, #60 and #6),
 * or null when the number is not such: tens from 20 and a unit.
 */
export function numberParts(key: string): [string, string] | null {
  const m = /^#([2-9])([1-9])$/.exec(key);
  return m ? [`#${m[1] as string}0`, `#${m[2] as string}`] : null;
}
