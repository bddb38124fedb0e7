/**
 * Quantities of one side (digits or number words, scale words, fractions, units, bounds,
 * dates, weekdays) and their comparison across the languages: "30 млрд долларов" equals
 * "30 Milliarden Dollar" but not "3 Milliarden"; "11-го ноября" equals "11. November".
 */
import { DE_BOUNDS, numWord, RU_BOUNDS, type Bound, type NumWord } from './numwords';
import { refSpan, sequenceAt, type FToken, type Lang } from './tokens';
import type { FidelityFlag, WordLink } from './types';
import { lettersThenEnding } from './letters';

export type QuantityKind = 'amount' | 'date' | 'month' | 'weekday' | 'relday';

export interface Quantity {
  kind: QuantityKind;
  /** The value (dates: month * 100 + day); null when indefinite ("сотни", "Tausende"). */
  value: number | null;
  /** Order of magnitude of an indefinite amount. */
  magnitude: number;
  unit: string | null;
  bound: Bound;
  /** ein/один, erste/первый, beide/оба: never flagged alone, may match a 1 or 2. */
  weak: boolean;
  /** First and last token (inclusive) of the quantity, bound words included. */
  from: FToken;
  to: FToken;
  /** Token indices the quantity covers. */
  covers: number[];
  /** The unit word, if any (it stays an ordinary word for matching: Tonnen / тонн). */
  unitAt?: number;
}

// Units by lower-case prefix, checked longest first. Single letters only right after a number.
const UNIT_PREFIXES: ReadonlyArray<[string, string]> = [
  ['процентн', 'pp?'], ['процент', 'pct'], ['проц', 'pct'], ['prozentpunkt', 'pp'], ['prozent', 'pct'],
  ['доллар', 'usd'], ['долл', 'usd'], ['us-dollar', 'usd'], ['dollar', 'usd'], ['usd', 'usd'],
  ['евро', 'eur'], ['euro', 'eur'], ['рубл', 'rub'], ['руб', 'rub'], ['rubel', 'rub'], ['юан', 'cny'], ['yuan', 'cny'],
  ['фунт', 'gbp'], ['pfund', 'gbp'], ['гривн', 'uah'], ['гривен', 'uah'], ['hrywn', 'uah'], ['griwn', 'uah'],
  ['тенге', 'kzt'], ['tenge', 'kzt'], ['франк', 'chf'], ['franken', 'chf'], ['иен', 'jpy'], ['yen', 'jpy'],
  ['километр', 'km'], ['kilometer', 'km'], ['квадратн', 'sq'], ['quadratkilometer', 'km2'], ['кубометр', 'm3'],
  ['kubikmeter', 'm3'], ['сантиметр', 'cm'], ['zentimeter', 'cm'], ['миллиметр', 'mm'], ['millimeter', 'mm'], ['метр', 'm'], ['meter', 'm'], ['тонн', 't'], ['tonne', 't'], ['килограмм', 'kg'],
  ['kilogramm', 'kg'], ['литр', 'l'], ['liter', 'l'], ['баррел', 'bbl'], ['barrel', 'bbl'], ['гектар', 'ha'],
  ['hektar', 'ha'], ['градус', 'deg'], ['grad', 'deg'], ['мегаватт', 'mw'], ['megawatt', 'mw'], ['гигаватт', 'gw'],
  ['gigawatt', 'gw'], ['десятилет', 'decade'], ['jahrzehnt', 'decade'], ['столет', 'century'], ['jahrhundert', 'century'], ['тысячелет', 'millennium'], ['jahrtausend', 'millennium'],
  ['месяц', 'month'], ['monat', 'month'], ['недел', 'week'], ['woche', 'week'], ['минут', 'minute'], ['minute', 'minute'],
  ['секунд', 'second'], ['sekunde', 'second'], ['stunde', 'hour'], ['сутк', 'day'], ['суток', 'day'],
];
/** Units a German "halb" may measure (einen halben Prozentpunkt = 0,5 п. п.). */
const HALF_MEASURES = new Set(['pp', 'pct', 'km', 'm', 'cm', 'mm', 't', 'kg', 'l', 'ha', 'deg', 'm3', 'km2', 'bbl', 'mw', 'gw', 'year', 'month', 'week', 'day', 'hour', 'century', 'decade']);
/** Units counted in years: полвека = fünfzig Jahre = ein halbes Jahrhundert. */
const YEARS_IN: Readonly<Record<string, number>> = { millennium: 1000, century: 100, decade: 10 };
const UNIT_WORDS: Readonly<Record<string, string>> = {
  '%': 'pct', '‰': 'permille', $: 'usd', '€': 'eur', '₽': 'rub', '£': 'gbp', '¥': 'cny', '°': 'deg',
  км: 'km', km: 'km', кг: 'kg', kg: 'kg', т: 't', t: 't', м: 'm', m: 'm', га: 'ha', ha: 'ha', мвт: 'mw', mw: 'mw',
  год: 'year', года: 'year', году: 'year', годом: 'year', годы: 'year', годов: 'year', годам: 'year', лет: 'year',
  'г.': 'year', 'гг.': 'year', jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year', jahrs: 'year',
  день: 'day', дня: 'day', дней: 'day', дню: 'day', tag: 'day', tage: 'day', tagen: 'day', tages: 'day',
  час: 'hour', часа: 'hour', часов: 'hour', век: 'century', века: 'century', веков: 'century', веку: 'century', веке: 'century', веком: 'century',
  человек: 'person', людей: 'person', человека: 'person', menschen: 'person', personen: 'person', leute: 'person',
  раз: 'times', раза: 'times', mal: 'times', штук: 'piece', stück: 'piece',
};

function unitOf(t: FToken | undefined, afterDigits: boolean): string | null {
  if (!t || (t.kind !== 'word' && t.kind !== 'symbol')) return null;
  const w = t.lower;
  const direct = UNIT_WORDS[w] ?? UNIT_WORDS[w.replace(/\.$/, '')];
  if (direct !== undefined && (w.length > 1 || afterDigits || t.kind === 'symbol')) return direct;
  for (let k = 0; k < UNIT_PREFIXES.length; k++) if (w.startsWith(UNIT_PREFIXES[k]![0])) return UNIT_PREFIXES[k]![1];
  return null;
}

/** Meaning of letters glued to digits: 11-го, 90er, 3-mal, 10-летний, 5-prozentig. */
function suffixUnit(suffix: string | undefined): { unit?: string; factor?: number } {
  if (!suffix) return {};
  if (/^(mal|fach|кратн)/.test(suffix)) return { unit: 'times' };
  if (/^(летн|лети[еяюий]|jährig)/.test(suffix)) return { unit: 'year' };
  if (/^(процентн|prozentig)/.test(suffix)) return { unit: 'pct' };
  if (/^тысячн/.test(suffix)) return { factor: 1e3 };
  if (/^миллионн/.test(suffix)) return { factor: 1e6 };
  return {};
}

/** Bound expressions by first word, longest first. */
function byFirstWord<T>(table: ReadonlyArray<[string[], T]>): Map<string, Array<[string[], T]>> {
  const m = new Map<string, Array<[string[], T]>>();
  for (const e of [...table].sort((a, b) => b[0].length - a[0].length)) {
    const list = m.get(e[0][0]!) ?? m.set(e[0][0]!, []).get(e[0][0]!)!;
    list.push(e);
  }
  return m;
}
const BOUNDS = { ru: byFirstWord(RU_BOUNDS), de: byFirstWord(DE_BOUNDS) };

function boundAt(toks: readonly FToken[], i: number, lang: Lang): [Bound, number] | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const entries = BOUNDS[lang].get(t.lower);
  if (entries !== undefined)
    for (let k = 0; k < entries.length; k++) if (sequenceAt(toks, i, entries[k]![0])) return [entries[k]![1], entries[k]![0].length];
  return null;
}

function nw(t: FToken | undefined, lang: Lang): NumWord | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const w = numWord(t.lower, lang);
  // "Morgen" (the morning) is a noun; only lower-case "morgen" is tomorrow.
  if (w?.type === 'relday' && lang === 'de' && t.lower === 'morgen' && t.cap && !t.sentenceStart) return undefined;
  return w;
}

/** Whether "heute" / "сегодняшн-" at i says "until now" (bis heute; до сегодняшнего дня, по сегодняшний день). */
function untilToday(toks: readonly FToken[], i: number, lang: Lang): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (lang === 'de') return prev.lower === 'bis' && toks[i]!.lower === 'heute';
  const next = toks[i + 1];
  return (prev.lower === 'до' || prev.lower === 'по') && next?.kind === 'word' && (next.lower === 'дня' || next.lower === 'день');
}

/** Ordinal forms that name a denominator after a cardinal (две пятых, одна десятая). */
const RU_DENOMINATOR = lettersThenEnding(3, ['ых', 'их', 'ая', 'ую']);

/** A number after "ein" that makes the "ein" an article (ein sieben Kilometer langer Weg). */
function ARTICLE_BEFORE_NUMBER(t: FToken | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'number') return true;
  const w = t.kind === 'word' ? numWord(t.lower, 'de') : undefined;
  return (w?.type === 'value' && !w.weak) || w?.type === 'span';
}
/** "every" before an ordinal: jeder dritte = ein Drittel, каждый пятый = пятая часть. */
const EVERY = new Set('jeder jede jedes jeden jedem каждый каждая каждое каждого каждой каждому каждую каждым каждом'.split(' '));
/** Ordinal (not cardinal) forms: dritte, fünften; третий, пятую (cardinals никогда end so). */
const ORDINAL_FORM: Readonly<Record<Lang, RegExp>> = { de: /(?:te|ten|ter|tes|tem)$/, ru: /(?:ый|ий|ой|ая|ья|ое|ье|ую|ью|ей|ого|его|ому|ему|ом|ем|ым|им|ых|их)$/ };
const rest0 = (q: { value: number | null }) => q.value !== null && q.value > 0 && q.value < 1;
/** Words and signs for "number" before a numeral: Nummer 3, Nr. 3, номер 3, № 3. */
const NUMBER_SIGN = new Set('nummer nr nr. номер номера номеру номером № no. n°'.split(' '));
/** "часть" after an ordinal: пятая часть = ein Fünftel. */
const PART = new Set('часть части частью частей'.split(' '));

/**
 * An anniversary is one quantity with its noun: "850-летие" says in one word what "850-jähriges
 * Jubiläum" says in two, "200-летие со дня рождения" what "200. Geburtstag" says. The noun after a
 * German number (Jubiläum, Geburtstag, Bestehen, Jahrestag) and a Russian "юбилей"/"годовщина" or
 * "со дня рождения/основания" after a number of years are covered by the quantity.
 */
const DE_ANNIVERSARY = /^(?:jubiläums?|geburtstags?|bestehens?|jahrestags?|gründungsjubiläums?)$/;
const RU_ANNIVERSARY = /^(?:юбиле(?:й|я|ю|ем|е)|годовщин(?:а|у|ы|е|ой))$/;
const RU_SINCE_DAY = /^(?:рождения|основания|создания|открытия|образования|начала)$/;
function anniversaryEnd(toks: readonly FToken[], j: number, lang: Lang, unit: string | null): number {
  if (lang === 'de') return toks[j] && DE_ANNIVERSARY.test(toks[j]!.lower) ? j + 1 : j;
  let years = unit === 'year';
  if (toks[j] && RU_ANNIVERSARY.test(toks[j]!.lower)) {
    j++;
    years = true;
  }
  if (years && (toks[j]?.lower === 'со' || toks[j]?.lower === 'с') && /^(?:дня|момента)$/.test(toks[j + 1]?.lower ?? '') && RU_SINCE_DAY.test(toks[j + 2]?.lower ?? '')) j += 3;
  return j;
}

/** Value of a Roman numeral (XI, IV, XXI; "XI." with a German ordinal dot), or null. */
export function romanValue(text: string): number | null {
  const m = /^(X{0,3})(IX|IV|V?I{0,3})\.?$/.exec(text);
  if (!m || text.replace('.', '') === '') return null;
  const ones: Readonly<Record<string, number>> = { '': 0, I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9 };
  return m[1]!.length * 10 + ones[m[2]!]!;
}
/** Units a Roman numeral counts in ordinals: centuries and millennia (XI век, XX. Jahrhundert). */
const ROMAN_UNITS = new Set(['century', 'millennium']);
function romanBeforeUnit(toks: readonly FToken[], j: number): number | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  const v = romanValue(t.text);
  if (v === null || v === 0) return null;
  return ROMAN_UNITS.has(unitOf(toks[j + 1], true) ?? '') ? v : null;
}

/**
 * An era after a date or a century: до нашей эры, до н. э., vor Christus, v. Chr., vor unserer
 * Zeitrechnung (before the common era: the quantity counts back) and н. э., nach Christus, n. Chr.
 * (the common era, the default). Returns the tokens it covers and whether it counts back.
 */
const ERAS: ReadonlyArray<[string[], boolean]> = [
  [['до', 'нашей', 'эры'], true], [['до', 'н.', 'э.'], true], [['до', 'н.э.'], true], [['нашей', 'эры'], false], [['н.', 'э.'], false],
  [['vor', 'christus'], true], [['v.', 'chr.'], true], [['vor', 'christi', 'geburt'], true], [['vor', 'unserer', 'zeitrechnung'], true],
  [['nach', 'christus'], false], [['n.', 'chr.'], false], [['unserer', 'zeitrechnung'], false],
];
function eraAt(toks: readonly FToken[], j: number): [number, boolean] | null {
  for (let k = 0; k < ERAS.length; k++) if (sequenceAt(toks, j, ERAS[k]![0])) return [ERAS[k]![0].length, ERAS[k]![1]];
  return null;
}

/** Whether a number word is a scale word smaller than `factor` (тыс. after млн). */
function smallerScale(sc: NumWord | undefined, factor: number): boolean {
  return sc?.type === 'scale' && sc.factor < factor;
}

/** Reads one quantity starting at token i (after any bound words), or null. */
function readQuantity(toks: readonly FToken[], i: number, lang: Lang): (Omit<Quantity, 'bound' | 'from' | 'covers'> & { next: number }) | null {
  const t = toks[i];
  if (!t) return null;
  let value: number | null = null;
  let magnitude = 0;
  let weak = false;
  let unit: string | null = null;
  const kind: QuantityKind = 'amount';
  let j = i;
  const first = nw(t, lang);
  if (t.kind === 'symbol' && UNIT_WORDS[t.text] && toks[i + 1]?.kind === 'number') {
    // $30, € 5
    unit = UNIT_WORDS[t.text]!;
    j++;
  }
  const lead = toks[j]!;
  const roman = romanBeforeUnit(toks, j);
  if (roman !== null) {
    // XI века, XX. Jahrhundert, III тысячелетия: a Roman numeral before its unit is an ordinal.
    value = roman;
    j++;
  } else if (lead.kind === 'number') {
    value = lead.value!;
    const s = suffixUnit(lead.suffix);
    if (s.unit) unit = s.unit;
    if (s.factor) value *= s.factor;
    j++;
  } else if (first && lead === t) {
    switch (first.type) {
      case 'value': {
        // "ein sieben Kilometer langer Radweg": an article before a number is no number of its own.
        if (lang === 'de' && first.weak && first.value === 1 && ARTICLE_BEFORE_NUMBER(toks[j + 1])) return null;
        value = first.value;
        weak = first.weak === true;
        // "keine zweite Chance", "kein zweites Mal": after a negative determiner the ordinal says
        // "no further" (nie wieder, больше не), no count of its own; it still meets a второй.
        if (lang === 'de' && /^zweit(?:e|en|er|es|em)$/.test(t.lower) && /^kein(?:e|en|er|es|em)?$/.test(toks[i - 1]?.lower ?? '')) weak = true;
        j++;
        // "jeder dritte Einwohner" / "каждый третий житель": every n-th is a share of 1/n.
        if (value > 1 && EVERY.has(toks[i - 1]?.lower ?? '') && ORDINAL_FORM[lang].test(t.lower)) {
          value = 1 / value;
          break;
        }
        // "пятая часть" (a fifth part) is a fraction: ein Fünftel.
        if (lang === 'ru' && value > 1 && PART.has(toks[j]?.lower ?? '') && ORDINAL_FORM.ru.test(t.lower)) {
          value = 1 / value;
          j++;
          break;
        }
        // Russian compound numerals: двести двадцать пять, два с половиной.
        if (lang === 'ru')
          for (;;) {
            const nx = nw(toks[j], 'ru');
            if (nx?.type === 'value' && !nx.weak && nx.value < value) {
              value += nx.value;
              j++;
            } else if (toks[j]?.lower === 'с' && toks[j + 1]?.lower === 'половиной') {
              value += 0.5;
              j += 2;
            } else break;
          }
        break;
      }
      case 'scale':
        if (first.plural) magnitude = first.factor;
        else value = first.factor;
        j++;
        break;
      case 'indefinite':
        magnitude = first.magnitude;
        j++;
        break;
      case 'fraction':
        value = first.factor;
        j++;
        break;
      case 'half': {
        // eine halbe Million; einen halben Prozentpunkt, ein halber Meter, ein halbes Jahrhundert
        // (полметра, полвека: the Russian says it in one word).
        const nx = nw(toks[j + 1], lang);
        if (nx?.type !== 'scale' && !HALF_MEASURES.has(unitOf(toks[j + 1], false) ?? '')) return null;
        value = 0.5;
        j++;
        break;
      }
      case 'times':
        return { kind: 'amount', value: first.value, magnitude: 0, unit: 'times', weak: false, to: t, next: i + 1 };
      case 'span':
        return { kind: 'amount', value: first.value, magnitude: 0, unit: first.unit, weak: false, to: t, next: i + 1 };
      case 'month':
        return { kind: 'month', value: first.month, magnitude: 0, unit: null, weak: first.weak === true, to: t, next: i + 1 };
      case 'weekday':
        // среда after an adjective that is no word of time (окружающую среду, в городской среде)
        // is the environment.
        if (lang === 'ru' && t.lower.startsWith('сред') && RU_ADJECTIVE_BEFORE.test(toks[i - 1]?.lower ?? '') && !RU_TIME_DETERMINER.test(toks[i - 1]!.lower)) return null;
        return { kind: 'weekday', value: first.day, magnitude: 0, unit: null, weak: false, to: t, next: i + 1 };
      case 'relday':
        // "until now" (bis heute, до сегодняшнего дня, по сегодняшний день = до сих пор) is a
        // duration up to the present, no day: German and Russian say it as often without one.
        if (first.offset === 0 && untilToday(toks, i, lang)) return null;
        return { kind: 'relday', value: first.offset, magnitude: 0, unit: null, weak: false, to: t, next: i + 1 };
    }
  } else return null;
  // Scale words multiply (30 млрд, zwei Millionen, десятки тысяч); smaller groups after a
  // scale word add (две тысячи триста).
  let total = 0;
  let lastFactor = Infinity;
  for (;;) {
    const sc = nw(toks[j], lang);
    if (sc?.type === 'scale' && sc.factor < lastFactor) {
      if (value !== null) {
        total += value * sc.factor;
        value = 0;
      } else magnitude *= sc.factor;
      lastFactor = sc.factor;
      weak = false;
      j++;
    } else if (sc?.type === 'value' && !sc.weak && value === 0 && total > 0 && sc.value < lastFactor) {
      value = sc.value;
      j++;
      for (let nx = nw(toks[j], lang); nx?.type === 'value' && !nx.weak && nx.value < value; nx = nw(toks[j], lang)) {
        value += nx.value;
        j++;
      }
    } else if (value === 0 && total > 0 && toks[j]?.kind === 'number' && toks[j]!.value! < 1000 && !toks[j]!.suffix && smallerScale(nw(toks[j + 1], lang), lastFactor)) {
      // A sum of scale groups in digits (2 млн 400 тыс., 1 Mrd. 200 Mio.): the figure before a
      // smaller scale word adds, as a number word does (2,4 Mio.).
      value = toks[j]!.value!;
      j++;
    } else if (sc?.type === 'fraction' && value !== null && j > i && lead === t && ORDINAL_FORM[lang].test(t.lower) && !t.lower.startsWith('одн')) {
      // An ordinal before a fraction noun counts periods (im dritten Drittel, in der zweiten
      // Hälfte, во второй четверти = im zweiten Viertel): the ordinal with its period, no share.
      j++;
      break;
    } else if (sc?.type === 'fraction' && value !== null && j > i) {
      value *= sc.factor; // две трети, zwei Drittel; ein Fünftel is a number, not an article
      weak = false;
      j++;
    } else if (lang === 'ru' && sc?.type === 'value' && !sc.weak && value !== null && j > i && total === 0 && RU_DENOMINATOR.test(toks[j]!.lower)) {
      value /= sc.value; // две пятых, три десятых: the ordinal is the denominator
      j++;
    } else break;
  }
  if (value !== null) value += total;
  // A day number before a month is a date (11-го ноября, 11. November).
  const mon = nw(toks[j], lang);
  if (mon?.type === 'month' && value !== null && Number.isInteger(value) && value >= 1 && value <= 31 && j > i) {
    return { kind: 'date', value: mon.month * 100 + value, magnitude: 0, unit: null, weak: false, to: toks[j]!, next: j + 1 };
  }
  let unitAt: number | undefined;
  if (unit === null && lang === 'ru' && toks[j]?.lower === 'п.' && toks[j + 1]?.lower === 'п.') {
    // 0,5 п. п. (п.п.): процентного пункта abbreviated
    unit = 'pp';
    j += 2;
  }
  if (unit === null) {
    unit = unitOf(toks[j], lead.kind === 'number');
    if (unit !== null) {
      if (toks[j]!.kind === 'word') unitAt = j;
      j++;
    } else if (toks[j]?.kind === 'word' && !toks[j]!.cap && ['usd', 'eur', 'rub', 'km', 't', 'pct'].includes(unitOf(toks[j + 1], false) ?? '')) {
      // 30 млрд американских долларов
      unit = unitOf(toks[j + 1], false);
      unitAt = j + 1;
      j += 2;
    }
  }
  if (unit === 'pp?') {
    unit = toks[j]?.lower.startsWith('пункт') ? 'pp' : 'pct';
    if (unit === 'pp') j++;
  }
  if (value === null && magnitude === 0) return null;
  return { kind, value, magnitude, unit, weak, to: toks[j - 1]!, next: j, ...(unitAt !== undefined ? { unitAt } : {}) };
}

const RU_ADJECTIVE_BEFORE = /(?:ая|яя|ую|юю|ой|ей|ые|ие|ых|их|ыми|ими|ом|ем)$/;
const RU_TIME_DETERMINER = /^(?:эт|прошл|следующ|ближайш|кажд|друг|люб|одн|предыдущ|последн|будущ|нынешн|т[уао]$|той$)/;

/** Every quantity of one side, in order. */
/**
 * German "Viertel" is also the noun "quarter of a town" (im alten Viertel, ins Viertel): after a
 * definite article, a preposition fused with one or an adjective that is no numeral, and with no
 * genitive after it (das Viertel der Stimmen stays a share), it is no fraction.
 */
const DISTRICT_BEFORE = new Set('das dem im ins vom zum am ans unser unserem diesem dieses'.split(' '));
const GENITIVE_AFTER = new Set('der des aller eines einer seiner ihrer unserer'.split(' '));
function districtViertel(toks: readonly FToken[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.lower !== 'viertel' || !prev || prev.kind !== 'word' || prev.clause !== t.clause) return false;
  if (next && next.kind === 'word' && GENITIVE_AFTER.has(next.lower)) return false;
  return DISTRICT_BEFORE.has(prev.lower) || (!prev.cap && DE_ADJECTIVE_ENDING.test(prev.lower) && nw(prev, 'de') === undefined);
}
const DE_ADJECTIVE_ENDING = lettersThenEnding(3, ['e', 'en', 'er', 'em', 'es']);

/**
 * One unit of time said by the unit noun alone after a preposition of duration or distance in
 * time (на сутки, через неделю, за час, спустя месяц): a weak quantity of 1, so that it meets the
 * same length in another unit (um 24 Stunden / на сутки) and is never flagged alone.
 */
const RU_DURATION_PREPOSITION = new Set(['на', 'через', 'за', 'спустя']);
const RU_ONE_UNIT: Readonly<Record<string, string>> = { сутки: 'day', неделю: 'week', месяц: 'month', год: 'year', час: 'hour', минуту: 'minute', день: 'day' };

/**
 * An approximate count said with two neighbouring numerals joined by a hyphen (два-три, три-четыре,
 * пять-шесть: "two or three"), as German says it with a comma (zwei, drei Tage): the two values.
 */
function approximateRange(t: FToken): [number, number] | null {
  if (t.kind !== 'word' || !t.lower.includes('-')) return null;
  const parts = t.lower.split('-');
  if (parts.length !== 2) return null;
  const a = numWord(parts[0]!, 'ru');
  const b = numWord(parts[1]!, 'ru');
  if (a?.type !== 'value' || b?.type !== 'value' || a.weak || b.weak || !(a.value < b.value)) return null;
  return [a.value, b.value];
}

export function quantities(toks: readonly FToken[], lang: Lang): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const b = boundAt(toks, i, lang);
    const start = b ? i + b[1] : i;
    const q = readQuantity(toks, start, lang);
    if (q && lang === 'de' && q.to.i === start && districtViertel(toks, start)) {
      i++;
      continue;
    }
    const pair = !q && !b && lang === 'ru' ? approximateRange(toks[i]!) : null;
    if (pair) {
      // три-четыре недели: both values, each with the unit after them (drei, vier Wochen).
      const t = toks[i]!;
      const u = unitOf(toks[i + 1], false);
      const to = u !== null ? toks[i + 1]! : t;
      const covers = u !== null ? [i, i + 1] : [i];
      for (const value of pair) out.push({ kind: 'amount', value, magnitude: 0, unit: u, bound: 'about', weak: false, from: t, to, covers, ...(u !== null ? { unitAt: i + 1 } : {}) });
      i = to.i + 1;
      continue;
    }
    const oneUnit = !q && !b && lang === 'ru' && toks[i]!.kind === 'word' ? RU_ONE_UNIT[toks[i]!.lower] : undefined;
    if (oneUnit !== undefined && RU_DURATION_PREPOSITION.has(toks[i - 1]?.lower ?? '')) {
      const t = toks[i]!;
      out.push({ kind: 'amount', value: 1, magnitude: 0, unit: oneUnit, bound: 'exact', weak: true, from: t, to: t, covers: [i], unitAt: i });
      i++;
      continue;
    }
    // „halb so“ + adjective (halb so voll, halb so viele … wie): the equative of a half, what
    // Russian says as a two-fold comparative (вдвое меньше, в два раза ниже); the two-fold
    // change downwards, as halbieren / сократить вдвое.
    if (!q && !b && lang === 'de' && toks[i]!.lower === 'halb' && toks[i + 1]?.lower === 'so' && toks[i + 2]?.kind === 'word') {
      const t = toks[i]!;
      out.push({ kind: 'amount', value: 2, magnitude: 0, unit: 'times', bound: 'exact', weak: false, from: t, to: toks[i + 1]!, covers: [i, i + 1] });
      i += 2;
      continue;
    }
    if (!q) {
      // The number of a unit after its name (Kursk II, Курская АЭС-2, Apollo XI): a Roman numeral
      // of two letters or more right after a capitalised word is its number.
      const t = toks[i]!;
      const roman = !b && t.kind === 'word' && t.text.length >= 2 && toks[i - 1]?.kind === 'word' && toks[i - 1]!.cap ? romanValue(t.text) : null;
      if (roman !== null && roman > 1) out.push({ kind: 'amount', value: roman, magnitude: 0, unit: null, bound: 'exact', weak: false, from: t, to: t, covers: [i] });
      i++;
      continue;
    }
    let end = q.kind === 'amount' ? anniversaryEnd(toks, q.next, lang, q.unit) : q.next;
    // A century or year counted before the common era is another point in time (IV век до н. э.).
    const era = q.kind === 'amount' && (q.unit === 'century' || q.unit === 'millennium' || q.unit === 'year') ? eraAt(toks, end) : null;
    if (era) {
      if (era[1] && q.value !== null) q.value = -q.value;
      end += era[0];
    }
    if (end > q.next) {
      q.to = toks[end - 1]!;
      q.next = end;
    }
    // jeder dritte / каждый третий: the "every" belongs to the share.
    const every = !b && rest0(q) && start > 0 && EVERY.has(toks[start - 1]!.lower) ? toks[start - 1]! : null;
    // "Klinik Nummer 3" / "больница №3": the number sign goes with its number (no word, no name).
    const sign = !b && !every && start > 0 && NUMBER_SIGN.has(toks[start - 1]!.lower) && q.kind === 'amount' ? toks[start - 1]! : null;
    const from = every ?? sign ?? (b && start > i ? toks[i]! : toks[start]!);
    const covers: number[] = [];
    for (let k = from.i; k <= q.to.i; k++) covers.push(k);
    const { next, ...rest } = q;
    const years = rest.unit !== null ? YEARS_IN[rest.unit] : undefined;
    if (years !== undefined && rest.value !== null) {
      rest.value *= years;
      rest.unit = 'year';
    }
    out.push({ ...rest, bound: b ? b[0] : 'exact', from, covers });
    i = next;
  }
  clockDurations(out, toks);
  return out.filter((q) => !(CALENDAR_KINDS.has(q.kind) && inShortTitle(toks, q.from.i, q.to.i)));
}

const CALENDAR_KINDS: ReadonlySet<QuantityKind> = new Set(['weekday', 'month']);

/**
 * Whether tokens from..to lie inside a short quoted title that opens with a capital right after
 * the word it names (газета «Деловой вторник», завод «Красный Октябрь»): a day or month there is
 * part of the name, no date. Quoted speech opens a sentence or follows a colon, and is longer.
 */
function inShortTitle(toks: readonly FToken[], from: number, to: number): boolean {
  let a = from - 1;
  while (a >= 0 && toks[a]!.kind === 'word') a--;
  let z = to + 1;
  while (z < toks.length && toks[z]!.kind === 'word') z++;
  if (a < 0 || z >= toks.length || toks[a]!.kind !== 'quote' || toks[z]!.kind !== 'quote') return false;
  return z - a - 1 <= 4 && toks[a + 1]!.cap && a > 0 && toks[a - 1]!.kind === 'word';
}

/** The units below each unit of a clock-style duration (h:mm:ss, min:ss). */
const CLOCK_LADDER: Readonly<Record<string, readonly string[]>> = { hour: ['hour', 'minute', 'second'], minute: ['minute', 'second'] };

/**
 * A duration written as a clock reading with its largest unit after it (2:11:05 Stunden,
 * 3:45 Minuten) counts hours, minutes and seconds, as the spelled-out form does (2 часа
 * 11 минут 5 секунд): each part takes its unit.
 */
function clockDurations(out: Quantity[], toks: readonly FToken[]): void {
  for (let k = 1; k < out.length; k++) {
    const last = out[k]!;
    const ladder = last.kind === 'amount' && last.unit !== null ? CLOCK_LADDER[last.unit] : undefined;
    if (!ladder) continue;
    let j = k;
    while (j > 0 && k - j + 1 < ladder.length) {
      const prev = out[j - 1]!;
      const cur = out[j]!;
      const colon = toks[prev.to.i + 1];
      if (prev.kind !== 'amount' || prev.unit !== null || prev.value === null || colon?.text !== ':' || cur.from.i !== prev.to.i + 2) break;
      j--;
    }
    const parts = out.slice(j, k + 1);
    if (parts.length < 2 || parts.slice(1).some((p) => p.value === null || p.value >= 60)) continue;
    // The unit after the last part names the first: "2:11:05 Stunden" is 2 hours, 11 minutes, 5 seconds.
    parts.forEach((p, n) => (p.unit = ladder[n]!));
  }
}

/** Whether two quantities state the same value (units and bounds aside). */
function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  // Halving is a two-fold change: сократилось вдвое = um die Hälfte zurückgegangen.
  const half = (x: Quantity, y: Quantity) => x.unit === 'times' && x.value === 2 && y.unit === null && y.value === 0.5;
  if (half(a, b) || half(b, a)) return true;
  // A rise by a fraction is a multiple: подорожала в полтора раза = um die Hälfte teurer (um 50 Prozent).
  const rise = (x: Quantity, y: Quantity) =>
    x.unit === 'times' && x.value !== null && x.value > 1 && x.value <= 2 && y.value !== null && y.value > 0 &&
    ((y.unit === null && y.value < 1 && Math.abs(x.value - 1 - y.value) < 1e-6) || (y.unit === 'pct' && Math.abs(x.value - 1 - y.value / 100) < 1e-6));
  if (rise(a, b) || rise(b, a)) return true;
  // A fraction is a percentage: ein Zehntel = десять процентов, a quarter = 25%.
  const share = (x: Quantity, y: Quantity) => x.unit === 'pct' && x.value !== null && y.unit === null && y.value !== null && y.value > 0 && y.value < 1 && Math.abs(x.value - 100 * y.value) < 1e-6;
  if (share(a, b) || share(b, a)) return true;
  if (a.value !== null && b.value !== null) return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));
  if (a.value === null && b.value === null) return a.magnitude === b.magnitude;
  const [ind, def] = a.value === null ? [a, b] : [b, a];
  return def.value! >= ind.magnitude && def.value! < 10 * ind.magnitude;
}

function unitsAgree(a: Quantity, b: Quantity): boolean {
  // A rise in per cent and a multiple (um 50 Prozent / в полтора раза) agree when sameValue says so.
  if ((a.unit === 'pct' && b.unit === 'times') || (a.unit === 'times' && b.unit === 'pct')) return true;
  return a.unit === null || b.unit === null || a.unit === b.unit;
}

/**
 * Units of time that convert exactly: seconds to weeks, months to centuries. Months and weeks
 * do not convert into each other (a month is no whole number of days).
 */
const TIME_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  second: ['s', 1], minute: ['s', 60], hour: ['s', 3600], day: ['s', 86_400], week: ['s', 604_800],
  month: ['m', 1], year: ['m', 12], decade: ['m', 120], century: ['m', 1200],
};

/** Metric units of length and mass, which convert exactly: 3.200 Meter = 3,2 км, 1,2 Tonnen = 1200 кг. */
const METRIC_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  mm: ['len', 0.001], cm: ['len', 0.01], m: ['len', 1], km: ['len', 1000], kg: ['mass', 1], t: ['mass', 1000],
};

/**
 * The same length of time said in two units (zwei Wochen / 14 дней, anderthalb Stunden / 90 минут,
 * ein halbes Jahr / шесть месяцев), or the same length or mass in two metric units (3.200 Meter / 3,2 км).
 */
function sameDuration(a: Quantity, b: Quantity): boolean {
  if (a.unit === null || b.unit === null || a.unit === b.unit || a.value === null || b.value === null || a.kind !== b.kind) return false;
  const x = TIME_UNITS[a.unit] ?? METRIC_UNITS[a.unit];
  const y = TIME_UNITS[b.unit] ?? METRIC_UNITS[b.unit];
  if (!x || !y || x[0] !== y[0]) return false;
  return Math.abs(a.value * x[1] - b.value * y[1]) <= 1e-9 * Math.max(1, a.value * x[1]);
}

const OPPOSITE: Readonly<Record<Bound, Bound | null>> = { exact: null, about: null, more: 'less', less: 'more' };

/** Number flags and number links between the German and Russian quantities. */
export function compareQuantities(
  de: readonly Quantity[],
  ru: readonly Quantity[],
  deText: string,
  ruText: string,
): { links: WordLink[]; flags: FidelityFlag[] } {
  const links: WordLink[] = [];
  const flags: FidelityFlag[] = [];
  const usedRu = new Set<Quantity>();
  const leftDe: Quantity[] = [];
  const deRef = (q: Quantity) => refSpan(deText, q.from, q.to);
  const ruRef = (q: Quantity) => refSpan(ruText, q.from, q.to);
  const link = (d: Quantity, r: Quantity, score: number) => links.push({ german: deRef(d), russian: [ruRef(r)], kind: 'number', score });
  // Pass 1: the same value with agreeing units; one with the same unit (or the same length of
  // time in another unit: zwei Wochen = 14 дней) before one without a unit (второй тур).
  for (const d of de) {
    const r =
      ru.find((x) => !usedRu.has(x) && ((d.unit !== null && d.unit === x.unit && sameValue(d, x)) || sameDuration(d, x))) ??
      ru.find((x) => !usedRu.has(x) && sameValue(d, x) && unitsAgree(d, x));
    if (!r) {
      leftDe.push(d);
      continue;
    }
    usedRu.add(r);
    link(d, r, 1);
    if (OPPOSITE[d.bound] === r.bound)
      flags.push({ kind: 'number', reason: 'number-differs', status: 'defect', german: [deRef(d)], russian: [ruRef(r)], confidence: 0.85 });
    // "About" for "more than" or back (около 1,5 тыс. / mehr als 1500): another claim. (An
    // "almost" or "up to" for "about" — почти, knapp, до, bis zu — stays a hint below.)
    else if ((d.bound === 'about' && r.bound === 'more') || (d.bound === 'more' && r.bound === 'about'))
      flags.push({ kind: 'number', reason: 'number-differs', status: 'defect', german: [deRef(d)], russian: [ruRef(r)], confidence: 0.8 });
    else if ((d.bound === 'exact' || d.bound === 'about') !== (r.bound === 'exact' || r.bound === 'about'))
      // "более 30" rendered as "30": worth a look, not a finding.
      flags.push({ kind: 'number', reason: 'number-differs', status: 'defect', german: [deRef(d)], russian: [ruRef(r)], confidence: 0.45 });
  }
  const leftRu = ru.filter((r) => !usedRu.has(r) && !r.weak);
  const strongDe = leftDe.filter((d) => !d.weak);
  // Pass 2: pair what is left by kind (and unit where possible) as changed values.
  const pairs: Array<[Quantity, Quantity]> = [];
  for (const strictUnits of [true, false])
    for (const d of strongDe) {
      if (pairs.some((p) => p[0] === d)) continue;
      const r = leftRu.find((x) => !pairs.some((p) => p[1] === x) && x.kind === d.kind && (!strictUnits || d.unit === x.unit));
      if (r) pairs.push([d, r]);
    }
  // A weak "ein"/"один" with a unit left against a strong quantity of that unit is a changed
  // value too (um ein Jahr / на полгода); alone it is never flagged.
  const leftWeakRu = ru.filter((r) => !usedRu.has(r) && r.weak && r.unit !== null);
  for (const d of leftDe.filter((x) => x.weak && x.unit !== null)) {
    const r = leftRu.find((x) => !pairs.some((p) => p[1] === x) && x.kind === d.kind && x.unit === d.unit);
    if (r) pairs.push([d, r]);
  }
  for (const r of leftWeakRu) {
    const d = strongDe.find((x) => !pairs.some((p) => p[0] === x) && x.kind === r.kind && x.unit === r.unit);
    if (d) pairs.push([d, r]);
  }
  for (const [d, r] of pairs) {
    link(d, r, 0.5);
    flags.push({ kind: 'number', reason: 'number-differs', status: 'defect', german: [deRef(d)], russian: [ruRef(r)], confidence: 0.9 });
  }
  for (const d of strongDe)
    if (!pairs.some((p) => p[0] === d))
      flags.push({ kind: 'number', reason: 'number-added', status: 'defect', german: [deRef(d)], russian: [], confidence: 0.8 });
  for (const r of leftRu)
    if (!pairs.some((p) => p[1] === r))
      flags.push({ kind: 'number', reason: 'number-missing', status: 'defect', german: [], russian: [ruRef(r)], confidence: 0.8 });
  return { links, flags };
}
