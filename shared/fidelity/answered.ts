import type { Correspondence, Side } from './correspond';
import { exonymMatch, isRussianExonym } from './names';
import type { HedgeItem } from './polarity';
import { wordsOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

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
  // The qualifier of an attribution on both sides (Inoffiziellen Angaben zufolge / по неофициальным
  // данным): the German adjective before the attribution renders the Russian one inside it.
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'addition' || f.german.length !== 1 || f.russian.length > 0) continue;
    const [t] = wordsOf(f.german, de.toks);
    if (!t || !/(?:e|en|em|er)$/.test(t.lower) || de.role[t.i + 1] !== 'hedge') continue;
    if (ru.toks.some((r) => ru.role[r.i] === 'hedge' && /(?:ым|ой|ых|им|их|ими|ыми)$/.test(r.lower) && ru.toks[r.i - 1]?.lower === 'по' && ru.role[r.i + 1] === 'hedge')) flags.splice(k, 1);
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
