import type { Correspondence, Side } from './correspond';
import { refOf, wordsOf, type FToken } from './tokens';
import type { FidelityFlag, WordRef } from './types';

/**
 * Constructions of reporting on opinion pieces and interviews (method step 29 of README.md):
 * a rhetorical question made indirect, an obligation carried by the reporting verb, an idiom
 * that only looks modal, a decade said as a word, a date word inside a quoted title, and the
 * source of a claim (по словам источников, по грубым прикидкам) dropped with its hedge. Each
 * rule asks for the construction on both sides before it drops, turns or adds a flag.
 */

/** German sollen (indirect question: woher man das Geld nehmen solle = где их взять?). */
const DE_SOLLEN = /^(?:soll|solle|sollen|sollte|sollten|sollst|solltest)$/;
/** Words that open an indirect question. */
const DE_QUESTION_WORD = /^(?:wie|was|wo|woher|wohin|wozu|warum|weshalb|wieso|wer|wen|wem|womit|wovon|wofür|welche|welcher|welches|welchen|ob)$/;
/** German können (kaum schreiben können = почти не умеют писать). */
const DE_KOENNEN = /^(?:kann|kannst|können|könne|könnt|konnte|konnten|könnte|könnten)$/;
/** Russian уметь: being able to, which German says with können. */
const RU_UMET = /^(?:с?уме(?:ть|ю|ет|ешь|ем|ете|ют|л|ла|ло|ли))$/;
/** Russian words of need and obligation that a German verb of demand or advocacy carries. */
const RU_DEONTIC = /^(?:надо|нужно|необходимо|следует|должен|должна|должно|должны|стоит)$/;
/** German verbs of demand and advocacy (plädiert dafür, fordert, verlangt, mahnt, rät). */
const DE_ADVOCATE = /^(?:plädier|forder|verlang|appellier|dräng|drängt|mahn|empfiehl|empfehl|empfahl|rät$|raten$|riet|pocht|pochen|wirbt$|werben$|warb)/;
/** German decade words (Sechzigerjahre, sechziger Jahre) by the tens digit. */
const DE_DECADE: ReadonlyArray<readonly [RegExp, number]> = [
  [/^zwanziger/, 2], [/^dreißiger/, 3], [/^vierziger/, 4], [/^fünfziger/, 5],
  [/^sechziger/, 6], [/^siebziger/, 7], [/^achtziger/, 8], [/^neunziger/, 9],
];
/** German nouns of the genre of a piece (im Interview, in einem Gastbeitrag). */
const DE_GENRE = /^(?:interview|interviews|gespräch|gastbeitrag|essay|kolumne|podcast|talkshow|pressekonferenz|blog|blogeintrag|leitartikel|kommentar|fernsehinterview|radiointerview|videointerview)$/;
/** Russian units of time and count said before their numeral, and their German stem. */
const RU_UNIT_DE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:лет|года|год)$/, 'jahr'], [/^(?:месяцев|месяца)$/, 'monat'], [/^(?:недель|недели)$/, 'woche'],
  [/^(?:дней|дня)$/, 'tag'], [/^(?:часов|часа)$/, 'stunde'], [/^(?:минут|минуты)$/, 'minute'], [/^(?:раз|раза)$/, 'mal'],
];
/** Russian cardinal numerals written as words (пять-шесть, десять). */
const RU_NUMERAL = /^(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать|тридцать|сорок|пятьдесят|сто)(?:-[а-я]+)?$/;
/** Russian nouns that name the source of a claim after по (по словам, по данным, по прикидкам). */
const RU_SOURCE_NOUN = /^(?:словам|данным|оценкам|оценке|прикидкам|расчётам|расчетам|сведениям|информации)$/;
/** Pronouns of the speaker (по его словам, по нашим оценкам): the German speech verb answers them. */
const RU_SPEAKER = /^(?:его|её|ее|их|моим|нашим|моей|нашей|своим|своей|его,)$/;
/** Russian words of an unnamed source (источники, собеседники, осведомлённые люди). */
const RU_UNNAMED = /^(?:источник|собеседник|осведомл|инсайдер|неназванн|анонимн|слух)/;
/** German words that render a named source (laut, zufolge, nach Angaben, Schätzungen, Quellen). */
const DE_SOURCE = /^(?:laut|zufolge|angaben|schätzung|schätzungen|quellen|informationen|berechnungen|kreisen|insidern)$/;

/** The tens digit of a Russian decade (1960-х, 1960-е, 60-х), or undefined. */
function ruDecade(t: FToken): number | undefined {
  const m = /^(?:1[89]|20)?(\d)0-(?:х|е|ых|ые)$/.exec(t.lower);
  return m ? Number(m[1]) : undefined;
}

/** The tens digit of a German decade word or number (Sechzigerjahren, 60er-Jahre), or undefined. */
function deDecade(t: FToken): number | undefined {
  for (const [re, d] of DE_DECADE) if (re.test(t.lower)) return d;
  const m = /^(?:1[89]|20)?(\d)0er/.exec(t.lower);
  if (m) return Number(m[1]);
  if (t.kind === 'number' && t.value !== undefined && t.suffix?.startsWith('er') && t.value % 10 === 0) return Math.floor(t.value / 10) % 10;
  return undefined;
}

/** The correction "not X but Y": kein / nicht … sondern, не … а within a few words. */
function correction(side: Side, lang: 'de' | 'ru'): boolean {
  const [neg, but] = lang === 'de' ? [/^(?:kein|keine|keinen|keinem|keiner|nicht)$/, 'sondern'] : [/^не$/, 'а'];
  return side.toks.some((t) => neg.test(t.lower) && side.toks.slice(t.i + 1, t.i + 6).some((x) => x.lower === but));
}

/** Whether an offset of a text lies in a short quoted title («Наука сегодня»), not a quoted sentence. */
function insideGuillemets(text: string, at: number): boolean {
  const open = text.lastIndexOf('«', at);
  if (open < 0) return false;
  const close = text.indexOf('»', open);
  if (close <= at) return false;
  const inner = text.slice(open + 1, close);
  return /^\p{Lu}/u.test(inner) && !/[.,!?;:]/.test(inner) && inner.split(/\s+/).filter(Boolean).length <= 4;
}

export function opinionReporting(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (flags.length > 0) dropReadings(flags, de, ru);
  sourcesDropped(flags, de, ru, c);
  if (!flags.some((f) => f.kind === 'negation')) flags.push(...antonymsReversed(de, ru));
}

/**
 * Pairs of opposite stances a paraphrase can swap without any negation word: easier / harder,
 * accepted / turned down, backing / opposing. Each entry: German words of one pole, German words
 * of the other, Russian words of the first pole, Russian words of the other.
 */
const ANTONYMS: ReadonlyArray<readonly [RegExp, RegExp, RegExp, RegExp]> = [
  [/^(?:leichter|einfacher)$/, /^(?:schwerer|schwieriger)$/, /^(?:легче|проще)$/, /^(?:труднее|сложнее|тяжелее)$/],
  [/^(?:angenommen|annehmen|nahm|akzeptiert|akzeptierte|akzeptieren)$/, /^(?:abgelehnt|ablehnen|lehnte|lehnt|ausgeschlagen)$/, /^(?:принял|приняла|приняли|принять|согласился|согласилась)$/, /^(?:отклонил|отклонила|отклонили|отказался|отказалась|отказались|отверг|отвергла)$/],
  [/^(?:befürwortet|befürwortete|unterstützt|unterstützte|hinter)$/, /^(?:gegen)$/, /^(?:поддержал|поддержала|поддержали|поддерживает)$/, /^(?:против)$/],
];

/**
 * One side holds a word of one pole and the other side a word of the opposite pole, neither
 * holds the other's pole and neither has a negation: the stance is reversed (stärker geworden
 * / стало труднее; lehnte ab / принял; stellte sich hinter / выступил против).
 */
const DE_ANY_POLE = new RegExp(ANTONYMS.flatMap(([a, b]) => [a.source, b.source]).join('|'));
const RU_ANY_POLE = new RegExp(ANTONYMS.flatMap(([, , a, b]) => [a.source, b.source]).join('|'));

function antonymsReversed(de: Side, ru: Side): FidelityFlag[] {
  // One pass per side first: most quotations hold no word of either pole.
  if (!de.toks.some((t) => t.kind === 'word' && DE_ANY_POLE.test(t.lower)) || !ru.toks.some((t) => t.kind === 'word' && RU_ANY_POLE.test(t.lower))) return [];
  const negated = (side: Side) => side.toks.some((t) => side.role[t.i] === 'negation');
  if (negated(de) || negated(ru)) return [];
  const out: FidelityFlag[] = [];
  const find = (side: Side, re: RegExp) => side.toks.find((t) => t.kind === 'word' && re.test(t.lower));
  for (const [deA, deB, ruA, ruB] of ANTONYMS) {
    for (const [dx, dy, rx, ry] of [[deA, deB, ruB, ruA], [deB, deA, ruA, ruB]] as const) {
      const d = find(de, dx);
      const r = find(ru, rx);
      if (d && r && !find(de, dy) && !find(ru, ry)) out.push({ kind: 'negation', reason: 'polarity-reversed', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.8 });
    }
  }
  return out.slice(0, 1);
}

function dropReadings(flags: FidelityFlag[], de: Side, ru: Side): void {
  const ruAsks = ru.toks.some((t) => t.text === '?');
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    let drop = false;
    if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.russian.length === 0) {
      const words = wordsOf(f.german, de.toks);
      // A rhetorical question made indirect: Где их взять? — …, woher man das Geld nehmen solle.
      if (ruAsks && words.length > 0 && words.every((t) => DE_SOLLEN.test(t.lower) && de.toks.some((x) => x.clause === t.clause && x.i < t.i && DE_QUESTION_WORD.test(x.lower)))) drop = true;
      // уметь is können: не умеют писать — nicht schreiben können.
      if (words.length > 0 && words.every((t) => DE_KOENNEN.test(t.lower)) && ru.toks.some((x) => RU_UMET.test(x.lower))) drop = true;
    } else if (f.kind === 'hedge' && f.reason === 'hedge-lost' && f.german.length === 0) {
      const words = wordsOf(f.russian, ru.toks);
      // как следует is "properly", no obligation: как следует не строили — nie richtig gebaut.
      if (words.length > 0 && words.every((t) => t.lower === 'следует' && ru.toks[t.i - 1]?.lower === 'как')) drop = true;
      // надо возвращать — plädiert dafür, zurückzugeben: the verb of advocacy carries the need.
      else if (words.length > 0 && words.every((t) => RU_DEONTIC.test(t.lower)) && de.toks.some((x) => x.kind === 'word' && !x.cap && DE_ADVOCATE.test(x.lower))) drop = true;
    } else if (f.kind === 'number' && f.reason === 'number-missing' && f.german.length === 0) {
      const words = wordsOf(f.russian, ru.toks);
      const decade = words.map(ruDecade).find((d) => d !== undefined);
      // с 1960-х годов — seit den Sechzigerjahren.
      if (decade !== undefined && de.toks.some((x) => deDecade(x) === decade)) drop = true;
      // A date word inside a quoted title («Наука сегодня» — „Nauka segodnja“) is part of the name.
      else if (words.length > 0 && words.every((t) => t.kind === 'word' && insideGuillemets(ru.text, t.start)) && de.toks.some((x) => x.kind === 'quote')) drop = true;
    } else if (f.kind === 'negation' && f.reason === 'polarity-reversed' && correction(de, 'de') && correction(ru, 'ru')) {
      // kein X, sondern Y / не X, а Y: the correction is said alike on both sides; a word of
      // negative sense beside it (Verbot / запрет) reverses nothing.
      // The flag's Russian words are the не itself or words outside the contrast (a swap of X
      // and Y inside it stays flagged).
      const ne = ru.toks.find((t) => t.lower === 'не' && ru.toks.slice(t.i + 1, t.i + 6).some((x) => x.lower === 'а'))!;
      const a = ru.toks.slice(ne.i + 1, ne.i + 6).find((x) => x.lower === 'а')!;
      if (wordsOf(f.russian, ru.toks).every((t) => t.i === ne.i || t.i < ne.i || t.i > a.i + 3)) drop = true;
    } else if (f.kind === 'name' && f.reason === 'name-added' && f.russian.length === 0) {
      // im Interview, in einem Gastbeitrag: the genre of the piece, a common noun, no name.
      const words = wordsOf(f.german, de.toks);
      if (words.length > 0 && words.every((t) => DE_GENRE.test(t.lower) && /^(?:im|in|einem|einer|dem|der|seinem|seiner|ihrem|ihrer)$/.test(de.toks[t.i - 1]?.lower ?? ''))) drop = true;
    } else if (f.kind === 'omission' && f.german.length === 0 && f.russian.length === 1) {
      // лет пять-шесть (a unit before its numeral: about five or six years) — fünf, sechs Jahre.
      const t = wordsOf(f.russian, ru.toks)[0];
      const unit = t && RU_UNIT_DE.find(([re]) => re.test(t.lower));
      const next = t && ru.toks[t.i + 1];
      if (unit && next && (next.kind === 'number' || RU_NUMERAL.test(next.lower)) && de.toks.some((x) => x.lower.startsWith(unit[1]))) drop = true;
    }
    if (drop) flags.splice(k, 1);
  }
}

/**
 * по словам источников в правительстве / по самым грубым прикидкам: a named source or an
 * estimate the German leaves out altogether is a hedge lost, not an omission; the speaker's own
 * по его словам is answered by the German speech verb and is left alone.
 */
function sourcesDropped(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  const toks = ru.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.lower !== 'по') continue;
    let j = i + 1;
    while (j < toks.length && j <= i + 3 && toks[j]!.kind === 'word' && !RU_SOURCE_NOUN.test(toks[j]!.lower)) {
      if (RU_SPEAKER.test(toks[j]!.lower)) break;
      j++;
    }
    const noun = toks[j];
    if (noun === undefined || !RU_SOURCE_NOUN.test(noun.lower)) continue;
    // The phrase runs to the end of its clause (по словам источников в правительстве,).
    let end = j;
    while (end + 1 < toks.length && toks[end + 1]!.clause === noun.clause && toks[end + 1]!.kind === 'word') end++;
    const phrase = toks.slice(i + 1, end + 1).filter((t) => t.kind === 'word');
    if (phrase.some((t) => c.ruTo.has(t.i) || ru.role[t.i] === 'negation')) continue;
    // Only an estimate (по грубым прикидкам) or an unnamed source (по словам источников, по
    // данным собеседников) counts: a named one (по словам врача) is the German speech verb's subject.
    const estimate = /^(?:оценкам|прикидкам|расчётам|расчетам)$/.test(noun.lower);
    if (!(estimate && end === j) && !toks.slice(j + 1, end + 1).some((t) => RU_UNNAMED.test(t.lower))) continue;
    // A named institution (по данным Пенсионного фонда) is what the German names in its own
    // attribution (so die Rentenkasse, teilte … mit); only unnamed sources and estimates count.
    if (toks.slice(j + 1, end + 1).some((t) => t.cap)) continue;
    if (de.toks.some((x, k) => DE_SOURCE.test(x.lower) || (x.lower === 'so' && /^(?:die|der|das)$/.test(de.toks[k + 1]?.lower ?? '')))) continue;
    const inPhrase = (w: WordRef) => w.start >= toks[i]!.start && w.end <= toks[end]!.end;
    if (flags.some((f) => f.kind === 'hedge' && f.russian.some(inPhrase))) continue;
    for (let k = flags.length - 1; k >= 0; k--) {
      const f = flags[k]!;
      if (f.kind === 'omission' && f.german.length === 0 && f.russian.length > 0 && f.russian.every(inPhrase)) flags.splice(k, 1);
    }
    flags.push({ kind: 'hedge', reason: 'hedge-lost', status: 'defect', german: [], russian: [toks[i]!, ...phrase].map(refOf), confidence: 0.8 });
  }
}
