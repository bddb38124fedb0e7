import type { Correspondence, Side } from './correspond';
import { refOf, tokensIn, wordsOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

/**
 * Constructions of everyday regional news (method step 30 of README.md): bans said with a
 * negated dürfen, forecasts said with drohen or a trailing verb of expectation, "remain without",
 * the Russian prefix of excess said with zu viel, half and quarter hours said as one word, the
 * adjective verdächtig of things, agent nouns in -ist that look like names, a time limit (до
 * конца мая) dropped whole; and the recall of an exception (кроме), an "almost" (почти все) and a
 * scope of totality (in der ganzen Region) that one side alone says. Each rule asks for the construction on both sides before it drops, turns
 * or adds a flag.
 */

/** German dürfen (a ban when negated), without dürfte (probably). */
const DE_DUERFEN = /^(?:darf|darfst|dürfen|dürfe|dürft|durfte|durften)$/;
/** Russian words of prohibition (запретил, запрещено, под запретом). */
const RU_BAN = /^(?:запре(?:т|щ))/;
/** German verbs of an impending event (Glatteis droht, ein Sturm steht bevor). */
const DE_LOOMS = /^(?:droht|drohe|drohen|drohte|drohten|bevorsteht|bevorstehe|bevorstehen|bevorstand)$/;
/** Russian impersonal forecast (ожидается гололёд, прогнозируются заморозки). */
const RU_FORECAST = /^(?:ожида|прогнозиру)(?:ется|ются|лось|лся|лась|лись)$/;
/** Russian attribution of a forecast or an estimate (по прогнозу, по ожиданиям, по оценке). */
const RU_FORECAST_NOUN = /^(?:прогноз|прогнозу|прогнозам|ожиданиям|оценке|оценкам)$/;
/** German verbs of expectation that open a trailing speech clause (…, erwartet das Ministerium). */
const DE_EXPECT_TAG = /^(?:erwartet|erwarten|erwartete|erwarteten|befürchtet|befürchten|befürchtete|befürchteten)$/;
/** German bleiben (ohne Früchte bleiben: to get none). */
const DE_BLEIBEN = /^(?:bleibt|bleiben|bleibe|blieb|blieben|geblieben)$/;
/** German degree words of excess or shortfall before a participle (zu viel berechnet, zu wenig gezahlt). */
const DE_EXCESS = /^(?:viel|hoch|wenig|niedrig)$/;
/** The Russian prefixes that say the same (переплата, перерасход, недоплата, недобор). */
const RU_EXCESS = /^(?:пере|недо)[а-яё]{4,}/;
/** German half and quarter hours said in one word (Halbstundentakt, viertelstündlich). */
const DE_PART_HOUR: ReadonlyArray<readonly [RegExp, number]> = [
  [/halbstünd|halbstund/, 30], [/dreiviertelstünd|dreiviertelstund/, 45], [/^(?!dreiviertel).*viertelstünd|^(?!dreiviertel).*viertelstund/, 15],
];
/** German agent nouns in -ist (Touristen, Journalistin): common nouns, never names. */
const DE_AGENT_IST = /^\p{Lu}\p{Ll}{3,}ist(?:en|in|innen)?$/u;
/** Russian exception (кроме детей, за исключением выходных), without кроме того / этого. */
const RU_EXCEPT_NOT_AFTER = /^(?:того|этого|тоже|прочего)$/;
/** German words of exception, and of addition (кроме also means "besides": neben, außerdem). */
const DE_EXCEPT = /^(?:außer|ausgenommen|ausnahme|ausnahmen|abgesehen|bis|nicht|nur|allerdings|jedoch|aber|neben|außerdem|zusätzlich|sowie)$/;
/** Russian "almost" (почти все, практически всё). */
const RU_ALMOST = /^(?:почти|практически)$/;
/** German words of "almost" or of most of a whole. */
const DE_ALMOST = /^(?:fast|beinahe|nahezu|praktisch|annähernd|knapp|kaum|weitgehend|gut|meisten|allermeisten|großteil|mehrheit|überwiegend|überwiegende|überwiegenden|quasi|schier)$/;
/** German adjectives of totality and the nouns of an area they widen (in der ganzen Region). */
const DE_WHOLE = /^(?:ganz|ganze|ganzen|ganzer|gesamt|gesamte|gesamten|gesamter)$/;
const DE_AREA = /^(?:region|stadt|land|gebiet|bezirk|kreis|landkreis|republik|provinz|umgebung|umland|ort|dorf|viertel|stadtteil)$/;
/** Russian words of totality or scope (весь, целый, повсеместно, везде). */
const RU_WHOLE = /^(?:весь|вся|всё|все|всей|всего|всем|всему|всём|всех|всю|целый|целая|целом|целой|целого|повсеместно|везде|всюду|повсюду|территории)$/;

export function everydayNews(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (flags.length > 0) dropEveryday(flags, de, ru, c);
  flags.push(...exceptionsDropped(flags, de, ru, c), ...almostDropped(flags, de, ru, c), ...wholeAreaAdded(flags, de, ru, c));
}

/** The tokens that the words `refs` span (a ref may span several tokens: "30 минут", "По прогнозу"). */
const negatedIn = (side: Side, t: FToken) => side.toks.some((x) => x.clause === t.clause && side.role[x.i] === 'negation');
const words = (side: Side, re: RegExp) => side.toks.filter((t) => t.kind === 'word' && re.test(t.lower));

function dropEveryday(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  const bans = words(ru, RU_BAN).filter((t) => ru.toks[t.i - 1]?.lower !== 'не');
  const negDuerfen = bans.length > 0 ? words(de, DE_DUERFEN).filter((t) => negatedIn(de, t)) : [];
  let bansForNegation = negDuerfen.length > 0 ? bans.length : 0;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    const deWords = wordsOf(f.german, de.toks);
    const ruWords = tokensIn(f.russian, ru.toks);
    let drop = false;
    if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.russian.length === 0 && deWords.length > 0) {
      // darf … nicht mehr berechnen / запретил рассчитывать: the ban is the negated permission.
      if (deWords.every((t) => DE_DUERFEN.test(t.lower) && negatedIn(de, t)) && bans.length > 0) drop = true;
      // verdächtige Überweisungen / подозрительные переводы: an attribute of a thing, no suspicion.
      else if (deWords.every((t) => /^verdächtig(?:e|en|er|es)?$/.test(t.lower)) && words(ru, /^подозрительн/).length > 0) drop = true;
    } else if (f.kind === 'negation' && f.reason === 'negation-added' && bansForNegation > 0) {
      // dürfen keine SMS mehr verschicken / запрещено рассылать СМС: the ban carries the negation.
      bansForNegation--;
      drop = true;
    } else if (f.kind === 'hedge' && f.reason === 'hedge-lost' && f.german.length === 0 && ruWords.length > 0) {
      // ожидается гололёд / drohe Glatteis: the forecast of a hazard is what drohen says.
      if (ruWords.every((t) => RU_FORECAST.test(t.lower)) && words(de, DE_LOOMS).some((t) => !t.cap || t.sentenceStart)) drop = true;
      // По прогнозу минсельхоза … / …, erwartet das Agrarministerium: a trailing verb of expectation.
      else if (ruWords.some((t) => RU_FORECAST_NOUN.test(t.lower)) && expectationTag(de)) drop = true;
    } else if (f.kind === 'omission' && f.german.length === 0 && ruWords.length > 0) {
      if (ruWords.every((t) => /^подозрительн/.test(t.lower)) && words(de, /^verdächtig/).length > 0) drop = true;
    } else if (f.kind === 'addition' && f.reason === 'addition-words' && f.russian.length === 0 && deWords.length > 0) {
      // bleiben … ohne Früchte / не дадут урожая: "remain without" is the negated verb.
      if (deWords.every((t) => DE_BLEIBEN.test(t.lower)) && deWords.every((t) => de.toks.some((x) => x.clause === t.clause && x.lower === 'ohne')) && ru.toks.some((x) => ru.role[x.i] === 'negation' || x.lower === 'без')) drop = true;
      // die zu viel berechneten Kosten / переплата: the Russian prefix of excess says it.
      else if (deWords.some((t) => excessParticiple(de, t)) && deWords.every((t) => excessParticiple(de, t) || (DE_EXCESS.test(t.lower) && de.toks[t.i - 1]?.lower === 'zu')) && ru.toks.some((x) => x.kind === 'word' && RU_EXCESS.test(x.lower) && !c.ruTo.has(x.i))) drop = true;
    } else if (f.kind === 'number' && f.reason === 'number-missing' && f.german.length === 0) {
      // каждые 30 минут / im Halbstundentakt: a half or quarter hour said as one word.
      const minutes = ruWords.find((t) => t.kind === 'number')?.value ?? ruNumeralValue(ruWords);
      const unit = ruWords.some((t) => /^минут/.test(t.lower));
      if (unit && minutes !== undefined && de.toks.some((t) => t.kind === 'word' && DE_PART_HOUR.some(([re, v]) => v === minutes && re.test(t.lower)))) drop = true;
      else {
        // Мост закрыт до конца мая / ist gesperrt: the whole time limit is dropped, an omission.
        const limit = timeLimit(ru, ruWords, c);
        if (limit && !de.toks.some((t) => t.lower === 'bis')) flags[k] = { kind: 'omission', reason: 'omission-words', status: f.status, german: [], russian: limit.map(refOf), confidence: f.confidence };
      }
    } else if (f.kind === 'name' && f.reason === 'name-added' && f.russian.length === 0 && deWords.length === 1 && DE_AGENT_IST.test(deWords[0]!.text)) {
      // bei Touristen beliebte: an agent noun in -ist is a common noun; the words it stands with are added.
      const t = deWords[0]!;
      const run = [t];
      for (const step of [-1, 1]) {
        for (let i = t.i + step; de.toks[i] && de.toks[i]!.kind === 'word' && de.toks[i]!.clause === t.clause && !c.deTo.has(i); i += step) {
          if (de.toks[i]!.cap) break;
          if (de.role[i] === 'content') run.push(de.toks[i]!);
        }
      }
      run.sort((a, b) => a.i - b.i);
      flags[k] = { kind: 'addition', reason: 'addition-words', status: f.status, german: run.map(refOf), russian: [], confidence: f.confidence };
    }
    if (drop) flags.splice(k, 1);
  }
}

/**
 * The Russian time limit around the words of a missing number (до конца мая, до 1 июня): до, an
 * optional конца / начала / середины, and the date words, none of them linked; or undefined.
 */
function timeLimit(ru: Side, ws: readonly FToken[], c: Correspondence): FToken[] | undefined {
  const first = ws[0]!;
  let i = first.lower === 'до' ? first.i : first.i - 1;
  if (/^(?:конца|начала|середины|окончания)$/.test(ru.toks[i]?.lower ?? '')) i--;
  if (ru.toks[i]?.lower !== 'до') return undefined;
  const run = ru.toks.slice(i, ws[ws.length - 1]!.i + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
  const after = ru.toks[ws[ws.length - 1]!.i + 1];
  if (after && (after.kind === 'word' || after.kind === 'number') && after.clause === first.clause && !/^(?:года|г)$/.test(after.lower)) return undefined;
  return run.some((t) => c.ruTo.has(t.i)) ? undefined : run;
}

/** A trailing clause after a comma opened by a verb of expectation and its subject (…, erwartet das Amt). */
function expectationTag(de: Side): boolean {
  return de.toks.some((t, i) => i > 0 && t.kind === 'word' && !t.cap && DE_EXPECT_TAG.test(t.lower) && de.toks[i - 1]!.lower === ',' && de.toks[i + 1]?.kind === 'word');
}

/** A participle after zu viel / zu hoch / zu wenig (die zu viel berechneten Heizkosten). */
function excessParticiple(de: Side, t: FToken): boolean {
  const deg = de.toks[t.i - 1];
  return !t.cap && /(?:t|en)(?:e|en|er|es)?$/.test(t.lower) && deg !== undefined && DE_EXCESS.test(deg.lower) && de.toks[t.i - 2]?.lower === 'zu';
}

/** Russian numerals of minutes written as words (тридцать минут, пятнадцать минут). */
function ruNumeralValue(ws: readonly FToken[]): number | undefined {
  for (const t of ws) {
    if (/^тридцат/.test(t.lower)) return 30;
    if (/^пятнадцат/.test(t.lower)) return 15;
    if (/^сорок[а]?$/.test(t.lower)) return undefined;
  }
  return undefined;
}

const covered = (flags: readonly FidelityFlag[], side: 'german' | 'russian', t: FToken) => flags.some((f) => f[side].some((w) => w.start <= t.start && w.end >= t.end));

/**
 * Where за исключением (за исключениями) starts, one adjective between allowed (за редким
 * исключением, за некоторыми исключениями: step 33), or undefined when `t` is no such noun.
 */
function exceptionFrom(ru: Side, t: FToken): number | undefined {
  if (t.lower !== 'исключением' && t.lower !== 'исключениями') return undefined;
  if (ru.toks[t.i - 1]?.lower === 'за') return t.i - 1;
  return ru.toks[t.i - 2]?.lower === 'за' && ru.toks[t.i - 1]?.kind === 'word' ? t.i - 2 : undefined;
}

/**
 * A Russian exception (…, кроме детских групп; за исключением выходных) that the German leaves
 * unrendered, with no German word of exception or restriction: an omission (a recall rule).
 */
function exceptionsDropped(flags: readonly FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const at = ru.toks.find(
    (t) =>
      t.kind === 'word' &&
      ((t.lower === 'кроме' && !RU_EXCEPT_NOT_AFTER.test(ru.toks[t.i + 1]?.lower ?? '')) || exceptionFrom(ru, t) !== undefined),
  );
  if (!at || c.ruTo.has(at.i) || covered(flags, 'russian', at)) return [];
  if (de.toks.some((t) => t.kind === 'word' && DE_EXCEPT.test(t.lower))) return [];
  const start = exceptionFrom(ru, at) ?? at.i;
  const run = ru.toks.filter((t) => t.i >= start && t.clause === at.clause && t.kind === 'word');
  if (run.length < 2 || run.slice(1).some((t) => c.ruTo.has(t.i))) return [];
  return [{ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: run.map(refOf), confidence: 0.8 }];
}

/**
 * A Russian "almost" (почти все жильцы, практически весь урожай) before a word that is no number,
 * left unrendered, with no German word of "almost" or of most of a whole: the restriction is
 * dropped, an omission (a recall rule; почти right before a number is the number rules' bound).
 */
function almostDropped(flags: readonly FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const at = ru.toks.find((t) => t.kind === 'word' && RU_ALMOST.test(t.lower) && !c.ruTo.has(t.i));
  if (!at || covered(flags, 'russian', at)) return [];
  const next = ru.toks[at.i + 1];
  if (!next || next.kind !== 'word' || ru.role[next.i] === 'negation' || /^(?:не|ни|нет|никто|ничего|никогда)$/.test(next.lower)) return [];
  if (ru.quantities.some((q) => q.covers.includes(next.i))) return [];
  if (de.toks.some((t) => t.kind === 'word' && DE_ALMOST.test(t.lower))) return [];
  const run = [at, ...(c.ruTo.has(next.i) ? [] : [next])];
  return [{ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: run.map(refOf), confidence: 0.75 }];
}

/**
 * A German scope of totality over an area (in der ganzen Region, im gesamten Gebiet) left unlinked,
 * with no Russian word of totality or scope: an addition (a recall rule).
 */
function wholeAreaAdded(flags: readonly FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const at = de.toks.find((t) => t.kind === 'word' && DE_WHOLE.test(t.lower) && !c.deTo.has(t.i) && DE_AREA.test(de.toks[t.i + 1]?.lower ?? ''));
  if (!at || covered(flags, 'german', at)) return [];
  const area = de.toks[at.i + 1]!;
  if (c.deTo.has(area.i) || ru.toks.some((t) => t.kind === 'word' && RU_WHOLE.test(t.lower))) return [];
  return [{ kind: 'addition', reason: 'addition-words', status: 'defect', german: [refOf(at), refOf(area)], russian: [], confidence: 0.75 }];
}
