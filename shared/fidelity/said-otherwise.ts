import { RU_SAY } from './closed-classes';
import type { Correspondence, Side } from './correspond';
import { refOf, wordsOf, type FToken } from './tokens';
import type { FidelityFlag, WordRef } from './types';

/**
 * Things said otherwise on the other side (method step 28 of README.md): verbs of saying and
 * nouns of kind, connectives and formulas said in one word, the turn of the year as a date; and
 * the recall rules of the step (a quantifier of part left out, a title word that differs).
 */

/** German words for the turn of the year (zum Jahreswechsel, ab Jahresbeginn, seit Neujahr). */
const DE_NEW_YEAR = /^(?:jahreswechsel|jahreswende|jahresbeginn|jahresanfang|neujahr|neujahrstag)s?$/;
/** Russian words for the new year (с нового года, с начала года). */
const RU_NEW_YEAR = /^(?:нового|новом|новый|начала|начале)$/;
const DE_FIRST_JANUARY = /(?:^|\s)1\.\s*Januar\b/;
const RU_FIRST_JANUARY = /^1\s*(?:-?го\s*)?январ[яе]$/i;

/**
 * The turn of the year is the first of January: zum Jahreswechsel / с 1 января, ab dem 1. Januar /
 * с нового года. A date missing on one side and the word for the turn of the year added on the
 * other are one rendering, no number missing and no word added. Changes `flags` in place.
 */
export function turnOfTheYear(flags: FidelityFlag[], de: Side, ru: Side): void {
  if (!flags.some((f) => f.kind === 'number' || f.kind === 'omission')) return;
  const dropPair = (date: (f: FidelityFlag) => boolean, word: (f: FidelityFlag) => boolean) => {
    const k = flags.findIndex(date);
    if (k < 0) return;
    const w = flags.findIndex(word);
    flags.splice(k, 1);
    if (w >= 0) flags.splice(w > k ? w - 1 : w, 1);
  };
  if (de.toks.some((t) => t.kind === 'word' && DE_NEW_YEAR.test(t.lower)))
    dropPair(
      (f) => f.kind === 'number' && f.reason === 'number-missing' && f.russian.length === 1 && RU_FIRST_JANUARY.test(f.russian[0]!.text),
      (f) => f.kind === 'addition' && f.german.length === 1 && DE_NEW_YEAR.test(f.german[0]!.text.toLowerCase()),
    );
  const newYear = ru.toks.some((t, i) => t.kind === 'word' && RU_NEW_YEAR.test(t.lower) && /^год[ау]?$/.test(ru.toks[i + 1]?.lower ?? ''));
  if (!newYear || !DE_FIRST_JANUARY.test(de.text)) return;
  const yearWords = (w: WordRef) => RU_NEW_YEAR.test(w.text.toLowerCase()) || /^(?:год[ау]?|с|со|до|к)$/i.test(w.text);
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if ((f.kind === 'omission' && f.german.length === 0 && f.russian.every(yearWords)) || (f.kind === 'number' && f.reason === 'number-added' && f.russian.length === 0 && DE_FIRST_JANUARY.test(f.german.map((w) => w.text).join(' ')))) flags.splice(k, 1);
  }
}

/** Russian quantifiers that restrict a group to a part of it (большинство вузов, часть депутатов, многие жители). */
const RU_PART = /^(?:большинство|большинства|большинстве|многие|многих|некоторые|некоторых)$/;
/** German words that restrict a group to a part (die meisten, die Mehrheit, ein Großteil, viele, einige, manche, ein Teil). */
const DE_PART = /^(?:meist\p{L}*|mehrheit\p{L}*|mehrzahl|großteil\p{L}*|überwiegend\p{L}*|zahlreich\p{L}*|etlich\p{L}*|reihe|paar|viele|vielen|vieler|einige|einigen|einiger|manche|manchen|mancher|teil|teils|teilweise|mehrere|mehreren)$/u;
const DE_PART_ADDED = /^(?:meisten|mehrheit|großteil)$/;

/**
 * A quantifier that restricts a group to a part of it (большинство вузов продлили / die meisten
 * Hochschulen) left out makes the claim about the whole group: an omission when the Russian has
 * one the German does not render with any word of part (die meisten, Mehrheit, Großteil, viele,
 * einige, manche, ein Teil), and an addition the other way round (die meisten / every word of the
 * group said by the Russian without a word of part). Only a quantifier no link renders counts.
 */
export function droppedPartQuantifiers(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const out: FidelityFlag[] = [];
  const r = ru.toks.find((t) => t.kind === 'word' && RU_PART.test(t.lower) && !c.ruTo.has(t.i) && !c.ruInFrame.has(t.i));
  const d = de.toks.find((t) => t.kind === 'word' && DE_PART_ADDED.test(t.lower) && !c.deTo.has(t.i) && !c.deInContext.has(t.i));
  if (!r && !d) return out;
  const named = new Set(flags.flatMap((f) => [...f.german, ...f.russian].map((w) => w.start)));
  const deHas = de.toks.some((t) => t.kind === 'word' && DE_PART.test(t.lower));
  const ruHas = ru.toks.some((t) => t.kind === 'word' && (RU_PART.test(t.lower) || /^(?:часть|части|половин)/.test(t.lower)));
  if (r && !deHas && !named.has(r.start)) out.push({ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: [{ start: r.start, end: r.end, text: r.text }], confidence: 0.75 });
  if (d && !ruHas && !named.has(d.start)) out.push({ kind: 'addition', reason: 'addition-words', status: 'defect', german: [{ start: d.start, end: d.end, text: d.text }], russian: [], confidence: 0.75 });
  return out;
}

/** The words of each short quoted title on a side (Zeitung „Kamski Westnik“, газета «Камская правда»): up to five words between two marks in one sentence. */
function quotedTitles(side: Side): FToken[][] {
  const out: FToken[][] = [];
  const marks = side.toks.filter((t) => t.kind === 'quote');
  for (let k = 0; k + 1 < marks.length; k++) {
    const a = marks[k]!;
    const b = marks[k + 1]!;
    const inner = side.toks.slice(a.i + 1, b.i);
    if (inner.length === 0 || inner.length > 5 || inner.some((t) => t.kind !== 'word') || a.sentence !== b.sentence) continue;
    out.push(inner);
    k++;
  }
  return out;
}

/**
 * A quoted title rendered word by word where one word of it is another (Zeitung „Kamski Westnik“ /
 * газета «Камская правда»): the titles are one name when a word of one renders a word of the
 * other, and a capitalised word left unrendered in each is a name that differs. Titles of up to
 * five words that the German transliterates (a word linked by its letters: Kamski / Камская), with
 * exactly one unrendered word on each side and no flag on either yet.
 */
export function titlesThatDiffer(flags: readonly FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const out: FidelityFlag[] = [];
  const deTitles = quotedTitles(de);
  if (deTitles.length === 0) return out;
  const named = new Set(flags.flatMap((f) => [...f.german, ...f.russian].map((w) => w.start)));
  const ruTitles = quotedTitles(ru);
  for (const dt of deTitles) {
    const rt = ruTitles.find((r) => dt.some((d) => (c.deTo.get(d.i) ?? []).some((j) => r.some((x) => x.i === j))));
    // Only a title the German transliterates (a word of it linked by its letters), not one it translates.
    if (!rt || !c.links.some((l) => (l.kind === 'name' || l.kind === 'cognate') && dt.some((d) => d.start === l.german.start))) continue;
    const dLeft = dt.filter((d) => !c.deTo.has(d.i) && de.role[d.i] === 'content');
    const rLeft = rt.filter((r) => !c.ruTo.has(r.i) && ru.role[r.i] === 'content');
    if (dLeft.length !== 1 || rLeft.length !== 1 || !dLeft[0]!.cap || named.has(dLeft[0]!.start) || named.has(rLeft[0]!.start)) continue;
    out.push({ kind: 'name', reason: 'name-differs', status: 'defect', german: [refOf(dLeft[0]!)], russian: [refOf(rLeft[0]!)], confidence: 0.8 });
  }
  return out;
}

/** German verbs of saying and reporting, finite forms (sagte, teilte … mit, berichtete, schrieb, meldet). */
const DE_SAYING =
  /^(?:sagt|sagte|sagten|teilt|teilte|teilten|erklärt|erklärte|erklärten|berichtet|berichtete|berichteten|meldet|meldete|meldeten|schreibt|schrieb|schrieben|betont|betonte|betonten|bestätigt|bestätigte|bestätigten|erläuterte|ergänzte|fügte|unterstrich|verkündete|verlautete|hieß)$/;
const RU_STATE_ADJECTIVE = /^russisch(?:e|en|er|es|em)?$/;
/** "Former" in German (ehemalige, frühere, einstige), which Russian may say with the prefix экс- (экс-мэр). */
const DE_FORMER = /^(?:ehemalig|früher|einstig)(?:e|en|er|es|em)?$/;
/** German nouns of kind that news writing puts before a name (die Nachrichtenagentur Tass, der Konzern Gazprom). */
// Whole words only: a compound may say more than the kind (der Staatskonzern Polargas: state-owned).
const DE_KIND_BEFORE_NAME = new Set(
  `nachrichtenagentur agentur zeitung tageszeitung wochenzeitung zeitschrift magazin blatt sender fernsehsender radiosender portal
  nachrichtenportal onlineportal konzern unternehmen firma holding bank partei bewegung organisation stiftung verband verlag klub
  club verein fußballklub fußballverein fluggesellschaft airline reederei werft werk fabrik theater museum festival ensemble
  orchester stadt dorf gemeinde fluss hafen republik region oblast insel halbinsel`.split(/\s+/),
);

/**
 * Words of an added run that render what the other side says in other words:
 * - a German verb of saying (sagte, berichtete, teilte … mit) against a Russian one left unlinked
 *   (сообщила, пишет, заявил): news writing varies its verbs of saying, and any renders any; one
 *   for one (the mirror for a Russian verb in an omission);
 * - a German noun of kind right before a name the Russian names (sagte der Nachrichtenagentur
 *   Tass / сообщила ТАСС; der Konzern Gazprom / «Газпром»): the apposition says what the name is,
 *   no addition;
 * - "former" said by a prefix on one side (экс-мэр, Ex-Bürgermeister) and by a word on the other
 *   (der ehemalige Bürgermeister, бывший мэр).
 * Takes such words out of addition and omission flags and drops a flag left without words.
 */
export function sayingAndKindWords(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (!flags.some((f) => f.kind === 'addition' || f.kind === 'omission')) return;
  // The other side's verbs of saying are looked up only once a flag holds one.
  let ruSayLeft: FToken[] | undefined;
  let deSayLeft: FToken[] | undefined;
  const ruSay = () => (ruSayLeft ??= ru.toks.filter((t) => t.kind === 'word' && RU_SAY.test(t.lower) && !c.ruTo.has(t.i)));
  const deSay = () => (deSayLeft ??= de.toks.filter((t) => t.kind === 'word' && DE_SAYING.test(t.lower) && !c.deTo.has(t.i)));
  // die Russische Eisenbahn / РЖД, der russische Statistikdienst / Росстат: the acronym or the
  // Рос- compound says "Russian" itself.
  const namesRussianState = (t: FToken) => {
    const next = de.toks[t.i + 1];
    return next !== undefined && (c.deTo.get(next.i) ?? []).some((j) => {
      const r = ru.toks[j]!;
      return (r.text.length >= 2 && r.text === r.text.toUpperCase()) || /^рос/.test(r.lower);
    });
  };
  const beforeName = (t: FToken) => {
    const next = de.toks[t.i + 1];
    return next !== undefined && next.kind === 'word' && next.cap && c.deTo.has(next.i);
  };
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind === 'addition' && f.russian.length === 0) {
      const words = wordsOf(f.german, de.toks);
      const keep = words.filter((t) => {
        if (DE_SAYING.test(t.lower) && ruSay().length > 0) {
          ruSay().shift();
          return false;
        }
        if (RU_STATE_ADJECTIVE.test(t.lower) && namesRussianState(t)) return false;
        if (DE_FORMER.test(t.lower) && ru.toks.some((x) => x.lower.startsWith('экс-'))) return false;
        return !(t.cap && DE_KIND_BEFORE_NAME.has(t.lower) && beforeName(t));
      });
      if (keep.length === words.length) continue;
      if (keep.length === 0) flags.splice(k, 1);
      else f.german = f.german.filter((w) => keep.some((t) => t.start === w.start));
    } else if (f.kind === 'omission' && f.german.length === 0) {
      const words = wordsOf(f.russian, ru.toks);
      const keep = words.filter((t) => {
        if (RU_SAY.test(t.lower) && deSay().length > 0) {
          deSay().shift();
          return false;
        }
        return !(/^бывш/.test(t.lower) && de.toks.some((x) => x.lower.startsWith('ex-')));
      });
      if (keep.length === words.length) continue;
      if (keep.length === 0) flags.splice(k, 1);
      else f.russian = f.russian.filter((w) => keep.some((t) => t.start === w.start));
    }
  }
}

/** Russian relative connectives of cause and sequence (из-за чего, в результате чего, после чего, благодаря чему, в связи с чем). */
const RU_RELATIVE_CONNECTIVE: readonly string[][] = [
  ['из-за', 'чего'], ['в', 'результате', 'чего'], ['вследствие', 'чего'], ['после', 'чего'], ['благодаря', 'чему'], ['в', 'связи', 'с', 'чем'], ['поэтому'],
];
/** German relative and linking adverbs that say the same in one word (weshalb, wodurch, woraufhin, sodass, deshalb). */
const DE_RELATIVE_CONNECTIVE = /^(?:weshalb|weswegen|wodurch|woraufhin|worauf|wonach|womit|wobei|infolgedessen|sodass|deshalb|deswegen|daher|darum|dadurch|daraufhin)$/;

/**
 * A Russian relative connective (…, из-за чего 300 человек потеряли работу; …, после чего) is what
 * German says with one relative or linking adverb (weshalb, woraufhin, wodurch, sodass): no
 * omission when the German has one. Drops omission flags made of such a phrase only.
 */
export function relativeConnectives(flags: FidelityFlag[], de: Side): void {
  if (!flags.some((f) => f.kind === 'omission') || !de.toks.some((t) => DE_RELATIVE_CONNECTIVE.test(t.lower) || (t.lower === 'so' && de.toks[t.i + 1]?.lower === 'dass'))) return;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'omission' || f.german.length > 0) continue;
    const words = f.russian.map((w) => w.text.toLowerCase());
    if (RU_RELATIVE_CONNECTIVE.some((p) => p.length === words.length && p.every((w, n) => w === words[n]))) flags.splice(k, 1);
  }
}

/**
 * The court's formula "отказал в удовлетворении иска / жалобы" (dismissed the claim) says with
 * three words what German says with abweisen, ablehnen or zurückweisen: удовлетворение after "в"
 * and a verb of refusal is part of the verb, no omission. Drops omission flags of that word only.
 */
export function courtFormula(flags: FidelityFlag[], ru: Side): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'omission' || f.german.length > 0 || f.russian.length !== 1) continue;
    const t = ru.toks.find((x) => x.start === f.russian[0]!.start);
    if (!t || !/^удовлетворени/.test(t.lower) || ru.toks[t.i - 1]?.lower !== 'в' || !/^отказ/.test(ru.toks[t.i - 2]?.lower ?? '')) continue;
    flags.splice(k, 1);
  }
}
