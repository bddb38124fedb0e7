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

/** The shared key of a lower-case number, month or unit word, or null. */
export function conceptOf(lower: string): string | null {
  return TABLE[lower] ?? null;
}
