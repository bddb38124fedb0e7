import { RU_SAY } from './closed-classes';
import type { Correspondence, Side } from './correspond';
import { exonymMatch, isRussianExonym } from './names';
import type { HedgeItem } from './polarity';
import type { FToken } from './tokens';
import type { FidelityFlag, WordRef } from './types';

/**
 * Flags that the other side answers after all, and hedges that only answer: constructions of
 * reported speech, law and institutions that say one thing in two ways (method step 28 of
 * README.md). Each rule asks for the other side's word before it drops or merges a flag.
 */

/**
 * Russian verbs that oblige (суд обязал выплатить, закон обязывает) and the future and past of
 * "be required" (потребуется лицензия, понадобится ремонт): obligations said with a content verb,
 * what German says with müssen / sollen / nötig (sie müsse … zahlen; eine Lizenz sei nötig). They
 * answer a German obligation left over and are never flagged themselves.
 */
const RU_OBLIGE =
  /^(?:обяза(?:л|ла|ло|ли|в|ть)|обязыва(?:ет|ют|л|ла|ли|ть)|обяжет|обяжут|потребу(?:ется|ются)|потребовал(?:ось|ся|ась|ись)|понадоб(?:ится|ятся|илось|ился|илась|ились))$/;

export function obligingVerbs(toks: readonly FToken[]): HedgeItem[] {
  return toks.filter((t) => t.kind === 'word' && RU_OBLIGE.test(t.lower)).map((t): HedgeItem => ({ classes: ['obligation'], toks: [t] }));
}

/**
 * German verbs of saying and estimating in the present (…, schätzt der Verband; …, klagt der
 * Verleger; …, schreibt das Blatt) that open a trailing speech clause after a comma, as the past
 * forms of the speech tags do: they name who holds the claim, answer по оценке / по словам /
 * по данным, and are never an added hedge.
 */
const DE_PRESENT_TAG = new Set(
  `schätzt schätzen rechnet rechnen prognostiziert prognostizieren klagt klagen beklagt beklagen ergänzt ergänzen
  kritisiert kritisieren bestätigt bestätigen mahnt mahnen verkündet verkünden bemerkt bemerken schreibt schreiben
  unterstreicht unterstreichen bekräftigt bekräftigen erinnert erinnern heißt versprechen verspricht`.split(/\s+/),
);

export function presentSpeechTags(toks: readonly FToken[]): HedgeItem[] {
  const out: HedgeItem[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const before = toks[i - 1]!;
    if (t.kind !== 'word' || t.cap || !DE_PRESENT_TAG.has(t.lower) || before.kind !== 'punct' || before.lower !== ',') continue;
    // The speaker follows the verb (schätzt der Verband, schreibt die Zeitung, heißt es).
    if (toks[i + 1]!.kind !== 'word') continue;
    out.push({ classes: ['report'], toks: [t], attributionOnly: true });
  }
  return out;
}

const wordsOf = (refs: readonly WordRef[], toks: readonly FToken[]) => refs.map((w) => toks.find((t) => t.start === w.start)).filter((t): t is FToken => t !== undefined);
const negatedIn = (side: Side, t: FToken) => side.toks.some((x) => x.clause === t.clause && side.role[x.i] === 'negation');

/** German dürfen (permission; under a negation a prohibition), without dürfte (probably). */
const DE_DUERFEN = /^(?:darf|darfst|dürfen|dürfe|dürft|durfte|durften)$/;
/** Russian modals of possibility (не смогут звонить = dürfen nicht mehr anrufen). */
const RU_CAN = /^(?:мо(?:жет|гут|жем|жешь|жете|гу|г|гла|гло|гли)|смо(?:жет|гут|жем|жешь|жете|гу|г|гла|гло|гли))$/;
/** Forms of gehören (die Ikone gehört in die Kirche: where it ought to be). */
const DE_GEHOEREN = /^(?:gehört|gehören|gehöre|gehörte|gehörten)$/;
/** Prepositions of place and direction after gehören (gehört ins Museum, hinter Gitter). */
const DE_WHERE = new Set('in ins an ans auf nach hinter vor zurück unter'.split(' '));
const RU_MUST = /^(?:должен|должна|должно|должны|обязан|обязана|обязано|обязаны)$/;
/** German haben + zu + infinitive (hat … zu zahlen: must pay) and verpflichtet (obliged). */
const DE_HABEN_FORM = /^(?:hat|haben|habe|hatte|hatten|hätte|hätten)$/;
const DE_OBLIGED = /^verpflicht/;
/** German sollen in the Konjunktiv of reported speech (die Beschäftigten sollten versetzt werden). */
const DE_REPORTED_SOLLEN = /^(?:solle|sollen|sollten)$/;
/** The Russian future auxiliary (будут переведены, будет закрыт). */
const RU_FUTURE = /^(?:будет|будут)$/;
/** German verbs of saying that put a sentence in reported speech (teilte … mit, sagte, erklärte). */
const DE_REPORTING =
  /^(?:sagte|sagten|sagt|teilte|teilten|teilt|erklärte|erklärten|erklärt|berichtete|berichteten|berichtet|meldete|meldeten|betonte|betonten|versicherte|kündigte|kündigten|hieß|bestätigte|bestätigten)$/;
const RU_SAYING = /^(?:сообщил|заявил|сказал|объявил|пояснил|уточнил|рассказал|подтвердил|отметил|сообщает|заявляет|говорит)(?:а|о|и)?$/;

/**
 * Hedge flags the other side answers with a construction of its own:
 * - a German negated dürfen (dürfen nicht mehr anrufen: prohibited) renders a Russian negated
 *   modal of possibility (больше не смогут звонить), which Russian law reports use for bans;
 * - "X gehört in / ins / an … Y" says where X ought to be, a Russian obligation (должна вернуться
 *   в храм), when no German word says the duty otherwise;
 * - in reported speech (a German verb of saying; a Russian one), a Konjunktiv form of sollen
 *   (solle, sollen, sollten + infinitive) renders the Russian future the speaker announced (будут
 *   переведены): the plan, not an added allegation; one per Russian future auxiliary;
 * - "предварительн-" before a noun that a German Vor- compound renders (предварительные условия /
 *   Vorbedingung, предварительная запись / Voranmeldung) is part of that word, no provisional hedge.
 * Removes the answered flags in place.
 */
export function answeredHedges(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (!flags.some((f) => f.kind === 'hedge')) return;
  const ruNegModals = ru.toks.filter((t) => t.kind === 'word' && RU_CAN.test(t.lower) && negatedIn(ru, t));
  const futures = ru.toks.filter((t) => t.kind === 'word' && RU_FUTURE.test(t.lower));
  const reported = de.toks.some((t) => t.kind === 'word' && DE_REPORTING.test(t.lower)) && ru.toks.some((t) => t.kind === 'word' && RU_SAYING.test(t.lower));
  const gehoeren = de.toks.filter((t) => t.kind === 'word' && DE_GEHOEREN.test(t.lower) && de.toks.slice(t.i + 1, t.i + 3).some((x) => x.kind === 'word' && DE_WHERE.has(x.lower)) && !negatedIn(de, t));
  // hat … zu zahlen (zu before the infinitive that ends the clause) and verpflichtet say a duty too.
  gehoeren.push(
    ...de.toks.filter((t) => t.kind === 'word' && ((DE_HABEN_FORM.test(t.lower) && infinitiveWithZu(de, t)) || DE_OBLIGED.test(t.lower)) && !negatedIn(de, t)),
  );
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'hedge') continue;
    let answered = false;
    if (f.reason === 'hedge-added' && f.german.length === 1) {
      const [t] = wordsOf(f.german, de.toks);
      if (t && DE_DUERFEN.test(t.lower) && negatedIn(de, t) && ruNegModals.length > 0) {
        ruNegModals.shift();
        answered = true;
      } else if (t && reported && DE_REPORTED_SOLLEN.test(t.lower) && futures.length > 0) {
        futures.shift();
        answered = true;
      }
    } else if (f.reason === 'hedge-lost' && f.russian.length === 1) {
      const [r] = wordsOf(f.russian, ru.toks);
      if (r && RU_MUST.test(r.lower) && !negatedIn(ru, r) && gehoeren.length > 0) {
        gehoeren.shift();
        answered = true;
      } else if (r && /^предварительн/.test(r.lower)) {
        const noun = ru.toks[r.i + 1];
        answered = noun !== undefined && (c.ruTo.get(noun.i) ?? []).some((d) => /^vor(?!läufig)/.test(de.toks[d]!.lower));
      }
    }
    if (answered) flags.splice(k, 1);
  }
}

/** Whether the clause of a form of haben ends in zu + infinitive (hat die Strafe zu zahlen). */
function infinitiveWithZu(de: Side, t: FToken): boolean {
  const clause = de.toks.filter((x) => x.clause === t.clause && x.i > t.i && x.kind === 'word');
  const last = clause[clause.length - 1];
  const zu = last && de.toks[last.i - 1];
  return last !== undefined && zu?.lower === 'zu' && /en$/.test(last.lower) && !last.cap;
}

/**
 * Words that go with a flag beside them rather than making one of their own:
 * - the source named in a dropped Russian attribution (по данным ЦБ, по словам министра Орлова)
 *   goes with the hedge lost, as names inside an omitted clause go with it;
 * - a German attribution of an added remark (– ein Novum, wie die Anwälte betonten) goes with the
 *   addition when no word of the remark's clause renders a Russian word.
 * Changes `flags` in place.
 */
export function wordsWithTheirFlag(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  for (const h of flags.filter((f) => f.kind === 'hedge' && f.reason === 'hedge-lost')) {
    const words = wordsOf(h.russian, ru.toks);
    const last = ru.toks.find((t) => t.end === h.russian[h.russian.length - 1]?.end) ?? words[words.length - 1];
    if (!last) continue;
    for (let k = flags.length - 1; k >= 0; k--) {
      const f = flags[k]!;
      if (f.kind !== 'name' || f.reason !== 'name-missing' || f.german.length > 0) continue;
      const names = wordsOf(f.russian, ru.toks);
      if (names.length === 0 || !names.every((t) => t.clause === last.clause && t.i > last.i && t.i <= last.i + 3)) continue;
      h.russian = [...h.russian, ...f.russian];
      flags.splice(k, 1);
    }
  }
  // A name inside the words of an omitted clause goes with it (…, если проработали в России …).
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'name' || f.reason !== 'name-missing' || f.german.length > 0 || f.russian.length === 0) continue;
    const inside = (o: FidelityFlag) => o.kind === 'omission' && o.russian.length > f.russian.length && f.russian.every((w) => o.russian.some((x) => x.start === w.start));
    if (flags.some(inside)) flags.splice(k, 1);
  }
  // A number before the dash of a gapped coordinated part (… 14 участков в больницах и шесть — в
  // домах престарелых) goes with the omitted part after the dash: one omission.
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'number' || f.reason !== 'number-missing' || f.russian.length !== 1) continue;
    const q = ru.toks.find((t) => t.start === f.russian[0]!.start);
    const last = q && ru.toks.find((t) => t.end === f.russian[0]!.end);
    const join = q && ru.toks[q.i - 1];
    const dash = last && ru.toks[last.i + 1];
    if (!join || !dash || !/^(?:и|а|но)$/.test(join.lower) || dash.kind !== 'punct' || (dash.text !== '—' && dash.text !== '–')) continue;
    const after = ru.toks[dash.i + 1];
    const o = after && flags.find((x) => x.kind === 'omission' && x.german.length === 0 && x.russian.length > 0 && x.russian.every((w) => ru.toks.some((t) => t.start === w.start && t.clause === after.clause && t.sentence === after.sentence)));
    if (!o) continue;
    o.russian = [{ start: join.start, end: join.end, text: join.text }, ...f.russian, ...o.russian];
    flags.splice(k, 1);
  }
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'hedge' || f.reason !== 'hedge-added') continue;
    const tag = wordsOf(f.german, de.toks);
    if (tag.length === 0 || tag[0]!.lower !== 'wie') continue;
    const remark = de.toks.filter((t) => t.clause === tag[0]!.clause - 1 && t.sentence === tag[0]!.sentence && de.role[t.i] === 'content');
    if (remark.length === 0 || remark.some((t) => c.deTo.has(t.i) || c.deInContext.has(t.i))) continue;
    const addition = flags.find((a) => a.kind === 'addition' && wordsOf(a.german, de.toks).some((t) => remark.includes(t)));
    if (!addition) continue;
    addition.german = [...addition.german, ...f.german];
    flags.splice(k, 1);
  }
}

/** German heads of institution names (Wirtschaftsministerium, Steuerbehörde, Statistikamt). */
const DE_INSTITUTION = /(?:ministerium|behörde|amt|aufsicht|dienst|kommission|bank|gericht|staatsanwaltschaft|polizei|rat|regierung|parlament|verwaltung|zoll|garde|armee)$/;
/** Russian nouns that head a state institution's name before the country (Банк России, МВД России). */
const RU_COUNTRY = /^(?:россии|рф)$/;

/**
 * Institutions named in two ways:
 * - the home country in the genitive after a capitalised institution (Банк России, Генпрокуратура
 *   РФ) is part of its name, which German gives as a national institution noun alone (die
 *   Zentralbank, die Generalstaatsanwaltschaft): no name missing when that noun renders it;
 * - a Russian institution the exonym list knows (Минфин) where the German names another one by a
 *   noun (Wirtschaftsministerium) is one name that differs, not a name missing and a word added.
 * Changes `flags` in place.
 */
export function institutionNames(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'name' || f.reason !== 'name-missing' || f.russian.length !== 1) continue;
    const [r] = wordsOf(f.russian, ru.toks);
    if (!r) continue;
    const head = ru.toks[r.i - 1];
    if (RU_COUNTRY.test(r.lower) && head?.kind === 'word' && head.cap && (c.ruTo.get(head.i) ?? []).some((d) => DE_INSTITUTION.test(de.toks[d]!.lower))) {
      flags.splice(k, 1);
      continue;
    }
    if (!isRussianExonym(r.lower)) continue;
    const a = flags.findIndex((x) => x.kind === 'addition' && x.german.length === 1 && wordsOf(x.german, de.toks).some((t) => t.cap && DE_INSTITUTION.test(t.lower) && !exonymMatch(t.lower, r.lower)));
    if (a < 0) continue;
    const other = flags[a]!;
    flags[k] = { kind: 'name', reason: 'name-differs', status: 'defect', german: other.german, russian: f.russian, confidence: Math.max(f.confidence, 0.8) };
    flags.splice(a, 1);
  }
}

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
    out.push({ kind: 'name', reason: 'name-differs', status: 'defect', german: [refOfTok(dLeft[0]!)], russian: [refOfTok(rLeft[0]!)], confidence: 0.8 });
  }
  return out;
}

const refOfTok = (t: FToken): WordRef => ({ start: t.start, end: t.end, text: t.text });

const DE_SEIN = new Set('bin bist ist sei sind seien war waren wäre wären'.split(' '));

/**
 * The speaker's conviction said with inversion or with sich (…, ist der Minister überzeugt; sie
 * zeigte sich überzeugt, gab sich überzeugt): certainty, as уверен / убеждён / не сомневается say
 * it. The phrase list of `closed-classes.ts` takes überzeugt right after a form of sein or fest;
 * these are the same word with the verb elsewhere in its clause.
 */
export function invertedConvictions(toks: readonly FToken[]): HedgeItem[] {
  const out: HedgeItem[] = [];
  for (const t of toks) {
    if (t.lower !== 'überzeugt') continue;
    const prev = toks[t.i - 1];
    if (prev && (DE_SEIN.has(prev.lower) || prev.lower === 'fest')) continue;
    if (toks.some((x) => x.clause === t.clause && x.i < t.i && (DE_SEIN.has(x.lower) || x.lower === 'sich'))) out.push({ classes: ['certain'], toks: [t] });
  }
  return out;
}

const DE_SHOW_ONESELF = /^(?:zeigt|zeigte|zeigten|zeigen|gibt|gab|gaben|geben)$/;

/**
 * The words of `invertedConvictions` that are no content words: überzeugt itself and the verb of
 * "sich zeigen / sich geben" before it (zeigte sich überzeugt = was convinced).
 */
export function convictionTokens(toks: readonly FToken[]): number[] {
  const out: number[] = [];
  for (const h of invertedConvictions(toks)) {
    const t = h.toks[0]!;
    out.push(t.i);
    const sich = toks.find((x) => x.clause === t.clause && x.i < t.i && x.lower === 'sich');
    const verb = sich && toks[sich.i - 1];
    if (verb && DE_SHOW_ONESELF.test(verb.lower)) out.push(verb.i);
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
