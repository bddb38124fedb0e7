/**
 * Linguistic word lists for sentence segmentation, written from knowledge of the languages
 * (not harvested from any corpus). Keys are matched without the final period; dotted
 * abbreviations (z.B., т.е., U.S.) are matched with their inner dots removed and spaces
 * ignored, lowercase.
 */

/** Abbreviations that practically never end a sentence: titles before names, "e.g." etc. */
export const NEVER_FINAL: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([
    'dr', 'prof', 'hr', 'hrn', 'fr', 'frl', 'st', 'dipl', 'ing', 'med', 'phil', 'jur', 'rer', 'nat', 'dent',
    'vgl', 'ca', 'sog', 'ggf', 'evtl', 'inkl', 'einschl', 'exkl', 'zzgl', 'abzgl', 'bzgl', 'gem', 'lt', 'zb', 'dh',
    'geb', 'gest', 'verh', 'tel', 'nr', 'bd', 'bde', 'abs', 'kap', 'abb', 'tab', 'anm', 'ziff', 'hg', 'hrsg',
    'mr', 'mrs', 'ms',
    'bzw', 'evang', 'kath', 'allg', 'ehem', 'urspr', 'spez', 'insb', 'bspw', 'präs',
    'abg', 'dt', 'tsch', 'tschech', 'österr', 'amerik', 'brit', 'europ', 'engl', 'franz', 'frz', 'ital', 'lat', 'russ', 'griech', 'span', 'poln', 'gr', 'südl', 'nördl',
    'östl', 'westl', 'ps', 'pps', 'mind', 'rd', 'uu', 'zt', 'od', 'vs', 'ges', 'str', 'pkt',
  ]),
  ru: new Set([
    'г', 'им', 'ул', 'ст', 'д', 'проф', 'акад', 'доц', 'св', 'с', 'пос', 'дер', 'обл', 'т', 'те', 'тк',
    'тн', 'напр', 'ср', 'рис', 'табл', 'стр', 'гр', 'тов', 'г-н', 'г-жа', 'ген', 'зам', 'ок', 'англ',
    'франц', 'фр', 'лат', 'греч', 'гос', 'кв', 'корп', 'пл', 'пер', 'наб', 'бул', 'просп', 'ш', 'пгт', 'род',
    'ред', 'вып', 'гл', 'нпр', 'вкл', 'искл', 'рус', 'укр', 'иностр', 'кн',
    'мл', 'дж', 'ps', 'pps', 'сев', 'юж', 'зап', 'вост', 'ген-л',
  ]),
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'adm',
    'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'vs', 'eg', 'ie', 'cf', 'approx', 'ca', 'messrs', 'mme', 'mlle',
    'fig', 'figs',
    'gov', 'ps', 'pps', 'supt', 'insp', 'cmdr', 'brig', 'atty',
  ]),
};

/**
 * Abbreviations that often end a sentence (usw., etc., т. д., млн.): a boundary is taken only
 * when the next word is a typical sentence opener (de/en, where nouns and names are
 * capitalised anyway) or, in Russian, any capitalised word.
 */
export const MAY_END: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([
    'usw', 'etc', 'jh', 'jhd', 'jhdt', 'chr', 'co', 'inc', 'ltd', 'corp', 'ff', 'mio', 'mrd',
    'tsd', 'std', 'sek', 'ev', 'jr', 'sr', 'sen', 'hl', 'ggü', 'ebd',
    'dgl',
    'min', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  ]),
  ru: new Set([
    'тд', 'тп', 'др', 'пр', 'гг', 'вв', 'в', 'млн', 'млрд', 'трлн', 'тыс', 'руб', 'коп', 'долл', 'чел', 'экз', 'шт',
    'км', 'кг', 'га', 'мин', 'сек', 'ч', 'нэ', 'днэ', 'см', 'мм', 'л', 'г', 'р', 'п',
  ]),
  en: new Set([
    'etc', 'no', 'nos', 'vol', 'pp', 'inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'sr', 'ave',
    'blvd', 'rd', 'st', 'plc', 'llc', 'al', 'esq', 'calif', 'ariz', 'conn', 'fla',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ]),
};

/**
 * Abbreviations that end a list ("usw.", "etc."): before any capitalised word they are
 * taken as the end of the sentence, since a continuation would start lowercase.
 */
export const LIST_END: ReadonlySet<string> = new Set(['usw', 'usf', 'etc', 'uvm', 'etcetera', 'тд', 'тп']);

/** Months (and their abbreviations) after which a German "3." is an ordinal date. */
export const MONTHS_DE = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
]);

/** Nouns typically counted with an ordinal: "im 19. Jahrhundert", "zum 3. Mal". */
export const ORDINAL_NOUNS_DE = new Set([
  'jahrhundert', 'jahrhunderts', 'jahrhunderten', 'jahrtausend', 'jahrtausends', 'mal', 'male', 'platz', 'platzes',
  'stelle', 'rang', 'runde', 'spieltag', 'spieltags', 'liga', 'klasse', 'stock', 'stockwerk', 'etage', 'geburtstag',
  'geburtstags', 'jahrestag', 'jahrestages', 'todestag', 'todestages', 'jubiläum', 'auflage', 'kapitel', 'absatz',
  'artikel', 'sitzung', 'tag', 'tages', 'woche', 'monat', 'quartal', 'quartals', 'halbjahr', 'satz', 'minute',
  'spielminute', 'wahlperiode', 'legislaturperiode', 'amtszeit', 'parteitag', 'parteitags', 'kongress', 'bundesliga',
  'weltkrieg', 'weltkriegs', 'weltkrieges', 'armee', 'division', 'symphonie', 'sinfonie', 'kreuzzug', 'etappe',
  'klasse', 'lauf', 'durchgang', 'wahlgang', 'lesung', 'instanz', 'generation', 'semester', 'person', 'grad',
]);

/** Compound nouns counted with an ordinal: "60. Jubiläumsjahr", "3. Bundesliga-Spieltag". */
export const ORDINAL_NOUN_TAIL_DE = /(?:jahr|jahrestag|geburtstag|jubiläum|todestag|spieltag|jahrhundert|platz|runde|liga|klasse|etappe|sitzung|auflage|tag|woche|periode)$/u;

/** Words after which a German "3." is an ordinal ("am 3.", "der 2.", "seinem 80."). */
export const ORDINAL_CONTEXT_DE = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'bis', 'ab',
  'seit', 'zu', 'von', 'vor', 'nach', 'an', 'in', 'um', 'für', 'gegen', 'ein', 'eine', 'einer', 'einem', 'einen',
  'eines', 'sein', 'seine', 'seiner', 'seinem', 'seinen', 'seines', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres',
  'unser', 'unsere', 'unserer', 'unserem', 'unseren', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder',
  'jede', 'jedes', 'jedem', 'jeden', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'dein', 'deine', 'euer', 'eure',
  'und', 'oder', 'bzw', 'sowie', 'zwischen', 'als', 'erst', 'bereits', 'schon',
]);

/**
 * Words that typically open a sentence: after an ambiguous abbreviation (usw., Mio.) a
 * capitalised noun or name usually continues the sentence, these usually start a new one.
 */
export const SENTENCE_OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'er', 'sie', 'es',
    'ich', 'wir', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'das', 'auch', 'aber', 'doch',
    'und', 'oder', 'dann', 'so', 'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'in', 'im', 'am', 'an', 'auf', 'aus',
    'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom', 'vor', 'zu', 'zum', 'zur', 'für', 'über', 'unter', 'um',
    'wie', 'was', 'wer', 'wo', 'wann', 'warum', 'weshalb', 'als', 'wenn', 'ob', 'obwohl', 'weil', 'da', 'nicht',
    'noch', 'nur', 'damit', 'dabei', 'dazu', 'daher', 'deshalb', 'deswegen', 'trotzdem', 'dennoch', 'allerdings',
    'laut', 'bereits', 'zudem', 'außerdem', 'ebenso', 'ebenfalls', 'insgesamt', 'schließlich', 'zuletzt', 'zunächst',
    'anschließend', 'danach', 'davor', 'darüber', 'hier', 'dort', 'mehr', 'viele', 'alle', 'jeder', 'jede', 'kein',
    'keine', 'sein', 'seine', 'ihre', 'unser', 'unsere', 'mein', 'meine', 'es', 'ja', 'nein', 'denn', 'sondern',
    'gegen', 'durch', 'ohne', 'bis', 'ab', 'während', 'wegen', 'trotz', 'statt', 'neben', 'zwischen', 'hinter',
    'inzwischen', 'mittlerweile', 'derzeit', 'damals', 'bisher', 'immer', 'nie', 'oft', 'wieder', 'zwar', 'vielleicht',
    'wohl', 'bitte', 'genau', 'schon', 'erst', 'einige', 'beide', 'jedoch', 'stattdessen', 'vielmehr', 'trotz', 'selbst', 'gleichzeitig', 'später', 'zuvor', 'seither', 'hingegen', 'dagegen', 'demnach', 'somit', 'also', 'welche', 'welcher', 'welches', 'solche', 'andere', 'anders', 'manche',
  ]),
  en: new Set([
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here',
    'but', 'and', 'or', 'so', 'yet', 'then', 'now', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'after', 'before',
    'since', 'as', 'if', 'when', 'while', 'although', 'though', 'because', 'what', 'who', 'where', 'why', 'how',
    'not', 'no', 'yes', 'his', 'her', 'their', 'our', 'its', 'my', 'some', 'many', 'most', 'all', 'also', 'however',
    'meanwhile', 'still', 'today', 'yesterday', 'last', 'next', 'according', 'one', 'two', 'both', 'each', 'such',
  ]),
};
