import { cognateSimilarity, foldWord } from '../align/quotes/lexical';
import { isRendered, type Correspondence, type Side } from './correspond';
import { refOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

/**
 * How German correspondents paraphrase officials and business leaders (method step 33 of
 * README.md). Each rule decides a phenomenon of paraphrase, not a pair: a hedge the German says
 * with a verb of exclusion or with sollen, a need predicative on both sides, an organisation
 * named by a compound of function (Bankenverband / Ассоциация банков), a hyphenated Russian name
 * the German writes in two words, a comparative before a noun for a Russian verb of change (and
 * on the recall side: a stance turned around, an attribution of distance or an unofficial source
 * dropped, a negated need rendered as a need, the unit of a rate changed, a scope of totality
 * added). Each rule asks for the construction on both sides before it drops or adds a flag.
 */
export function officialReporting(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (flags.length > 0) {
    hedgesSaidByConstruction(flags, de);
    distanceAnswered(flags, ru);
    needOnBothSides(flags, de, ru);
    hyphenatedNamesSplit(flags, de, c);
    compoundsWithLoanHead(flags, de, ru, c);
    organisationsByFunction(flags, de, ru);
    comparativesForChange(flags, de, ru, c);
  }
  if (!flags.some((f) => f.kind === 'negation')) flags.push(...stanceReversed(de, ru), ...negatedNeedLost(de, ru));
  if (!flags.some((f) => f.kind === 'hedge')) flags.push(...distanceLost(de, ru, c), ...sourceLost(de, ru, c));
  if (!flags.some((f) => f.kind === 'number')) flags.push(...rateUnitChanged(de, ru));
  if (!flags.some((f) => f.kind === 'addition')) flags.push(...everywhereAdded(de, ru, c), ...predicateConjunctAdded(de, ru, c));
}

const words = (side: Side) => side.toks.filter((t) => t.kind === 'word');
const has = (side: Side, re: RegExp) => side.toks.some((t) => t.kind === 'word' && re.test(t.lower));
const at = (side: Side, start: number) => side.toks.find((t) => t.start === start);

/** Russian predicatives of impossibility and exclusion (невозможно, исключено). */
const RU_IMPOSSIBLE = /^(?:невозможн\S*|исключен[оаы]?)$/;
/** Russian modals of obligation and plan (должно быть отремонтировано, предстоит). */
const RU_OBLIGED = /^(?:долж(?:ен|на|но|ны)|предстоит)$/;

/**
 * German says "impossible" with a verb of exclusion (schloss … aus, sei ausgeschlossen) and a
 * Russian obligation of a plan with sollen (nach den Plänen … sollen … saniert werden / согласно
 * планам … должно быть отремонтировано; sollen may be paired with the attribution, which German
 * marks twice): no hedge is lost.
 */
function hedgesSaidByConstruction(flags: FidelityFlag[], de: Side): void {
  const exclusion = has(de, /^ausgeschlossen$/) || (has(de, /^(?:schlie(?:ß|ss)\S*|schloss\S*)$/) && de.toks.some((t) => t.lower === 'aus'));
  const sollen = has(de, /^soll(?:|en|te|ten|e)$/);
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'hedge' || f.reason !== 'hedge-lost' || f.russian.length !== 1) continue;
    const w = f.russian[0]!.text.toLowerCase();
    if ((exclusion && RU_IMPOSSIBLE.test(w)) || (sollen && RU_OBLIGED.test(w))) flags.splice(k, 1);
  }
}

const DE_NEED = /^(?:nötig|notwendig|erforderlich)$/;
const RU_NEED_WORD = /^(?:нуж(?:ен|на|но|ны)|необходим[оаы]?)$/;
const DE_NEGATIVE_NEED = /^(?:unnötig\S*|überflüssig\S*|entbehrlich\S*|verzichtbar\S*)$/;
const DE_NEGATION = /^(?:nicht|kein\S*|nie|niemals|nichts|weder|ohne)$/;

/**
 * A predicative of need on both sides (für nötig halten / нужен) is the same modality, no hedge
 * added; the German word may stand alone in the marks of a partial quote.
 */
function needOnBothSides(flags: FidelityFlag[], de: Side, ru: Side): void {
  if (!has(ru, RU_NEED_WORD)) return;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.german.length === 1 && DE_NEED.test(f.german[0]!.text.toLowerCase())) flags.splice(k, 1);
  }
}

/**
 * A Russian need negated (запрет «не нужен») that German renders as a need (hält … für „nötig“),
 * with no German negation and no word of negative need (unnötig, überflüssig): the negation is
 * lost, wherever the quotation marks stand.
 */
function negatedNeedLost(de: Side, ru: Side): FidelityFlag[] {
  const need = ru.toks.find((t) => t.kind === 'word' && RU_NEED_WORD.test(t.lower) && ru.toks[t.i - 1]?.lower === 'не');
  if (!need || !has(de, DE_NEED) || has(de, DE_NEGATION) || has(de, DE_NEGATIVE_NEED)) return [];
  return [{ kind: 'negation', reason: 'negation-lost', status: 'defect', german: [], russian: [refOf(ru.toks[need.i - 1]!)], confidence: 0.8 }];
}

/**
 * A Russian name written with a hyphen (Санкт-Петербург, Ростов-на-Дону) that German writes in
 * two words: the capitalised word right beside the German word linked to it is part of the same
 * name, not a name added.
 */
function hyphenatedNamesSplit(flags: FidelityFlag[], de: Side, c: Correspondence): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'name' || f.reason !== 'name-added' || f.german.length !== 1) continue;
    const t = at(de, f.german[0]!.start);
    if (!t) continue;
    const beside = [de.toks[t.i + 1], de.toks[t.i - 1]].filter((n): n is FToken => n !== undefined && n.kind === 'word' && n.cap);
    const split = beside.some((n) => c.links.some((l) => l.german.start === n.start && l.russian.length === 1 && l.russian[0]!.text.includes('-')));
    if (split) flags.splice(k, 1);
  }
}

/**
 * A German compound whose head is a loan word that stands unrendered, in lower case, on the
 * Russian side (Verkehrskollaps / транспортный коллапс, Finanzkollaps / финансовый коллапс): a
 * compound for a phrase. It is a common noun, not a name added (Russian writes a name with a
 * capital; its only counterpart in lower case says the German word names nothing), and the
 * Russian noun with the adjective before it or the genitive after it is no omission.
 */
function compoundsWithLoanHead(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (!flags.some((f) => f.reason === 'name-added' || f.reason === 'omission-words')) return;
  const loans = ru.toks.filter((r) => r.kind === 'word' && !r.cap && r.lower.length >= 5 && !isRendered(ru, c, r));
  if (loans.length === 0) return;
  const folded = loans.map((r) => foldWord(r.lower));
  const covered = new Set<number>();
  const compounds = new Set<number>();
  for (const d of de.toks) {
    const w = d.lower;
    if (d.kind !== 'word' || !d.cap || w.length < 9 || w.includes('-') || isRendered(de, c, d)) continue;
    for (let cut = 3; cut <= w.length - 5; cut++) {
      const tail = foldWord(w.slice(cut));
      const k = folded.findIndex((r) => cognateSimilarity(tail, r) >= 0.8);
      if (k < 0) continue;
      const r = loans[k]!;
      compounds.add(d.start);
      for (const n of [ru.toks[r.i - 1], r, ru.toks[r.i + 1]]) if (n?.kind === 'word' && n.clause === r.clause) covered.add(n.start);
      break;
    }
  }
  if (compounds.size === 0) return;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind === 'name' && f.reason === 'name-added' && f.german.length === 1 && compounds.has(f.german[0]!.start)) flags.splice(k, 1);
    else if (f.kind === 'omission' && f.reason === 'omission-words' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((x) => covered.has(x.start))) flags.splice(k, 1);
  }
}

/** Russian nouns of an association (союз, ассоциация, объединение, палата, федерация, гильдия). */
const RU_ORG = /^(?:союз\S*|ассоциаци\S*|объединени\S*|палат\S*|федераци\S*|гильди\S*)$/;
/** German compounds of an association by its field (Bankenverband, Handelskammer, Bauernbund). */
const DE_ORG = /\S(?:verband|verbands|verbandes|verbände|verbänden|vereinigung|kammer|bund|bundes|gilde)$/;

/**
 * An association named by its field in one German compound (Forstindustrieverband /
 * лесопромышленный союз, Bankenverband / Ассоциация банков): the compound renders the noun of
 * association and its field word, so neither is a name missing nor an omission, as long as the
 * German has as many such compounds as the Russian has nouns of association.
 */
function organisationsByFunction(flags: FidelityFlag[], de: Side, ru: Side): void {
  const orgs = ru.toks.filter((t) => t.kind === 'word' && RU_ORG.test(t.lower));
  if (orgs.length === 0 || de.toks.filter((t) => t.kind === 'word' && t.cap && DE_ORG.test(t.lower)).length < orgs.length) return;
  const covered = new Set<number>();
  for (const o of orgs) for (const n of [ru.toks[o.i - 1], o, ru.toks[o.i + 1]]) if (n?.kind === 'word' && n.clause === o.clause) covered.add(n.start);
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.german.length > 0 || f.russian.length === 0 || !f.russian.every((w) => covered.has(w.start))) continue;
    if ((f.kind === 'name' && f.reason === 'name-missing') || (f.kind === 'omission' && f.reason === 'omission-words')) flags.splice(k, 1);
  }
}

/** German comparatives of a level, by direction. */
const DE_LOWER = /^(?:niedriger\S*|geringer\S*|weniger|kleiner\S*|billiger\S*|günstiger\S*|tiefer\S*)$/;
const DE_HIGHER = /^(?:höher\S*|mehr|größer\S*|teurer\S*|bessere\S*|stärker\S*)$/;
/** Russian verbs of lowering and raising (снизить ставки, повысить зарплаты). */
const RU_LOWER = /^(?:сни(?:з|ж)\S*|пониз\S*|пониж\S*|сократ\S*|сокращ\S*|уменьш\S*|удешев\S*)$/;
const RU_HIGHER = /^(?:повыс\S*|повыш\S*|увелич\S*|подня\S*|поднима\S*|улучш\S*|усил\S*)$/;

/**
 * A Russian verb of change said by a German comparative before the noun it changes (forderte
 * niedrigere Zinsen / призвал снизить ставки): when the noun is rendered and the comparative goes
 * the verb's way, the comparative is no addition and the verb no omission.
 */
function comparativesForChange(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  for (const d of words(de)) {
    const lower = DE_LOWER.test(d.lower);
    if ((!lower && !DE_HIGHER.test(d.lower)) || isRendered(de, c, d)) continue;
    const noun = de.toks[d.i + 1];
    const target = noun && c.deTo.get(noun.i);
    if (!target?.length) continue;
    const verb = ru.toks.find((r) => r.kind === 'word' && (lower ? RU_LOWER : RU_HIGHER).test(r.lower) && !isRendered(ru, c, r) && target.some((j) => j > r.i && j - r.i <= 3));
    if (!verb) continue;
    for (let k = flags.length - 1; k >= 0; k--) {
      const f = flags[k]!;
      if (f.kind === 'addition' && f.german.length === 1 && f.german[0]!.start === d.start) flags.splice(k, 1);
      else if (f.kind === 'omission' && f.russian.length === 1 && f.russian[0]!.start === verb.start) flags.splice(k, 1);
    }
  }
}

/** German verbs of approval and Russian words of opposition, and the reverse. */
const DE_APPROVE = /^(?:begrüß\S*|befürwort\S*|unterstütz\S*|billig(?:t|te|ten|en)|gutgeheißen|guthieß\S*)$/;
const DE_OPPOSE = /^(?:gegen|ablehn\S*|lehnt\S*|kritisier\S*|abgelehnt|widersprach|widerspricht|verurteil\S*)$/;
const RU_OPPOSE = /^(?:против|отверг\S*|отклонил\S*|раскритиковал\S*|осудил\S*)$/;
const RU_APPROVE = /^(?:поддерж\S*|одобр\S*|приветств\S*)$/;

/**
 * A stance turned around (Der Bürgermeister begrüßte die Pläne / мэр выступил против планов): a
 * German verb of approval where the Russian opposes (or a German word of opposition where the
 * Russian approves), and neither side has the other's word nor a negation.
 */
function stanceReversed(de: Side, ru: Side): FidelityFlag[] {
  if (de.toks.some((t) => de.role[t.i] === 'negation') || ru.toks.some((t) => ru.role[t.i] === 'negation')) return [];
  const find = (side: Side, re: RegExp) => side.toks.find((t) => t.kind === 'word' && re.test(t.lower));
  for (const [dx, dy, rx, ry] of [[DE_APPROVE, DE_OPPOSE, RU_OPPOSE, RU_APPROVE], [DE_OPPOSE, DE_APPROVE, RU_APPROVE, RU_OPPOSE]] as const) {
    const d = find(de, dx);
    const r = find(ru, rx);
    if (d && r && !find(de, dy) && !find(ru, ry)) return [{ kind: 'negation', reason: 'polarity-reversed', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.8 }];
  }
  return [];
}

/** German words of distance from a claim (angeblich, soll, vermeintlich …). */
const DE_DISTANCE = /^(?:angeblich\S*|soll|sollen|solle|sollte|sollten|vermeintlich\S*|mutmaßlich\S*|offenbar|scheinbar|vorgeblich\S*|behauptet\S*|behauptung\S*)$/;

/** German words of attribution (laut, nach Angaben, zufolge): they answer a Russian verb of saying. */
const DE_ATTRIBUTION = /^(?:laut|nach|zufolge|gemäß|angaben|worten|aussage|aussagen)$/;

/**
 * A German word of distance (soll … exportiert haben, angeblich) answers якобы, whatever
 * attribution stands beside it: no hedge added.
 */
function distanceAnswered(flags: FidelityFlag[], ru: Side): void {
  if (!ru.toks.some((t) => t.lower === 'якобы')) return;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.german.length === 1 && DE_DISTANCE.test(f.german[0]!.text.toLowerCase())) flags.splice(k, 1);
  }
}

/**
 * якобы distances the speaker from the claim; a German attribution (Laut dem Abgeordneten hat …
 * verkauft / Депутат заявил, что … якобы продавал) answers the Russian verb of saying, not the
 * distance. Where the attribution took якобы and the German has no word of distance, the hedge
 * is lost.
 */
function distanceLost(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const jakoby = ru.toks.find((t) => t.lower === 'якобы');
  // The sentence around the quotation may say the distance (Der Minister soll „…“ haben).
  if (!jakoby || c.ruInFrame.has(jakoby.i) || has(de, DE_DISTANCE)) return [];
  const by = (c.ruTo.get(jakoby.i) ?? []).map((j) => de.toks[j]!.lower);
  // Only where the attribution took it: an unlinked якобы without a hedge flag was answered by
  // the hedge rules (a soll in the sentence around the quotation, say).
  if (by.length === 0 || by.some((w) => !DE_ATTRIBUTION.test(w))) return [];
  return [{ kind: 'hedge', reason: 'hedge-lost', status: 'defect', german: [], russian: [refOf(jakoby)], confidence: 0.75 }];
}

/** Russian sources that qualify a claim (по неофициальным / предварительным / неподтверждённым данным). */
const RU_SOURCE_QUALITY = /^(?:неофициальн\S*|предварительн\S*|неподтвержд\S*|непроверенн\S*|некоторым)$/;
const DE_SOURCE = /^(?:inoffiziell\S*|vorläufig\S*|unbestätigt\S*|ungeprüft\S*|zufolge|angaben|informationen|berichten|gerüchte\S*|angeblich\S*|soll|sollen|solle|vermutlich|offenbar|ersten)$/;

/**
 * A claim qualified by its source (завод, по неофициальным данным, закроют) that German states
 * as fact: the source and its quality are unrendered and the German has no word of source or
 * distance. A hedge lost.
 */
function sourceLost(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  for (const t of ru.toks) {
    const q = ru.toks[t.i + 1];
    const n = ru.toks[t.i + 2];
    if (t.lower !== 'по' || !q || !n || !RU_SOURCE_QUALITY.test(q.lower) || !/^(?:данным|сведениям|информации)$/.test(n.lower)) continue;
    if (isRendered(ru, c, q) || isRendered(ru, c, n) || has(de, DE_SOURCE)) continue;
    return [{ kind: 'hedge', reason: 'hedge-lost', status: 'defect', german: [], russian: [refOf(t), refOf(q), refOf(n)], confidence: 0.75 }];
  }
  return [];
}

/** The time unit of a rate on each side (в день / am Tag, täglich; в месяц / im Monat, monatlich). */
function rateUnits(side: Side): Array<[FToken[], string]> {
  const out: Array<[FToken[], string]> = [];
  const ru = side.lang === 'ru';
  for (const t of side.toks) {
    if (t.kind !== 'word') continue;
    const n = side.toks[t.i + 1];
    const unit = ru
      ? t.lower === 'в' && n ? ({ день: 'day', сутки: 'day', неделю: 'week', месяц: 'month', год: 'year' } as Record<string, string>)[n.lower] : ({ ежедневно: 'day', еженедельно: 'week', ежемесячно: 'month', ежегодно: 'year' } as Record<string, string>)[t.lower]
      : /^(?:am|pro|im|je)$/.test(t.lower) && n ? ({ tag: 'day', woche: 'week', monat: 'month', jahr: 'year' } as Record<string, string>)[n.lower] : ({ täglich: 'day', wöchentlich: 'week', monatlich: 'month', jährlich: 'year' } as Record<string, string>)[t.lower];
    if (unit) out.push([ru && t.lower === 'в' || !ru && /^(?:am|pro|im|je)$/.test(t.lower) ? [t, n!] : [t], unit]);
  }
  return out;
}

/**
 * The unit of a rate changed (800 Autos im Monat / 800 автомобилей в день): each side says one
 * rate, beside a quantity, in a different unit of time. A number flag: the quantity is another.
 */
function rateUnitChanged(de: Side, ru: Side): FidelityFlag[] {
  if (de.quantities.length === 0 || ru.quantities.length === 0) return [];
  const d = rateUnits(de);
  const r = rateUnits(ru);
  if (d.length !== 1 || r.length !== 1 || d[0]![1] === r[0]![1]) return [];
  return [{ kind: 'number', reason: 'number-differs', status: 'defect', german: d[0]![0].map(refOf), russian: r[0]![0].map(refOf), confidence: 0.75 }];
}

/** German adverbs of totality over places (überall, flächendeckend, landesweit). */
const DE_EVERYWHERE = /^(?:überall|flächendeckend|landesweit|bundesweit|allerorts|allerorten)$/;
const RU_EVERYWHERE = /^(?:везде|всюду|повсюду|повсеместно|повсеместн\S*|всей|всех|весь|вся|всё|все|по-всюду|общенациональн\S*)$/;

/**
 * A scope of totality added as an adverb (Es fehlen überall Fahrer / не хватает водителей): the
 * German says it of every place, the Russian of none. An addition when the adverb is unrendered
 * and the Russian has no word of totality.
 */
function everywhereAdded(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const t = de.toks.find((x) => x.kind === 'word' && DE_EVERYWHERE.test(x.lower) && !isRendered(de, c, x));
  if (!t || has(ru, RU_EVERYWHERE)) return [];
  return [{ kind: 'addition', reason: 'addition-words', status: 'defect', german: [refOf(t)], russian: [], confidence: 0.7 }];
}

/**
 * A predicate added as a conjunct (nannte die Sanktionen „rechtswidrig und wirkungslos“ / назвал
 * санкции «незаконными»): after und, a lower-case content word no word renders, beside a rendered
 * lower-case word of the same clause, where every Russian content word is rendered. Step 31's
 * rule does this for nouns; partial quotes add adjectives the same way.
 */
function predicateConjunctAdded(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  if (!/\bund\b/.test(de.text)) return [];
  if (ru.toks.some((t) => t.kind === 'word' && ru.role[t.i] === 'content' && !isRendered(ru, c, t))) return [];
  for (const t of de.toks) {
    if (t.lower !== 'und') continue;
    const prev = de.toks[t.i - 1];
    const next = de.toks[t.i + 1];
    if (!prev || !next || prev.kind !== 'word' || next.kind !== 'word' || prev.cap || next.cap || prev.clause !== next.clause) continue;
    if (de.role[next.i] !== 'content' || isRendered(de, c, next) || !isRendered(de, c, prev)) continue;
    return [{ kind: 'addition', reason: 'addition-words', status: 'defect', german: [refOf(next)], russian: [], confidence: 0.7 }];
  }
  return [];
}
