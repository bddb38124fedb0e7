import { deAgency, ruAgency } from './agencies';
import { isRendered, RU_VERB, type Correspondence, type Side } from './correspond';
import { refOf, type FToken } from './tokens';
import type { FidelityFlag, WordRef } from './types';

/**
 * Constructions of reporting on courts, crime, investigations and accidents (method step 31 of
 * README.md): Russian two-word terms one German word renders (лишение свободы / Haft), clock
 * times, a range whose scale word stands once, a term of years and a half said in months, the
 * allegation and the sentence as German says them (soll under an attribution, mutmaßlich /
 * предположительно, muss … in Haft / приговорили), a plural of time standing for "many years",
 * a negated verb said by one word (vermisst / не найден); and the recall rules of the step (one
 * agency named for another, a court decision turned around, a negated conjunct, an enumeration's
 * item or "the greater part of" left out, a conjunct or a cause added). Each rule asks for the
 * construction on both sides before it drops, turns or adds a flag.
 */

/**
 * Russian terms of two words that German says in one (лишение свободы = Haft, уголовное дело =
 * Strafverfahren, угарный газ = Kohlenmonoxid, в нетрезвом виде = betrunken, встречная полоса =
 * Gegenverkehr, должностные полномочия = Befugnisse): each entry the start of the first word and
 * of the second.
 */
const RU_TERMS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^лишени/, /^свобод/], [/^уголовн/, /^дел/], [/^угарн/, /^газ/], [/^проезж/, /^част/],
  [/^нетрезв/, /^вид/], [/^должностн/, /^полномоч/], [/^встречн/, /^полос/],
];

/**
 * A German word that renders one word of such a term renders the other too: the unlinked word
 * right beside it joins its link (Haft / лишения свободы; a German word shorter than a compound
 * takes only one Russian word otherwise). Changes `c` in place; runs before the flags.
 */
/** The first three letters of each term's first word: a token is tested only when it starts so. */
const RU_TERM_START = new Set(RU_TERMS.map(([a]) => a.source.slice(1, 4)));

export function linkTwoWordTerms(ru: Side, c: Correspondence): void {
  if (!ru.toks.some((t) => t.kind === 'word' && RU_TERM_START.has(t.lower.slice(0, 3)))) return;
  for (let j = ru.toks.length - 2; j >= 0; j--) {
    const a = ru.toks[j]!;
    const b = ru.toks[j + 1]!;
    if (a.kind !== 'word' || b.kind !== 'word' || !RU_TERMS.some(([x, y]) => x.test(a.lower) && y.test(b.lower))) continue;
    const [from, to] = c.ruTo.get(b.i)?.length ? [b, a] : c.ruTo.get(a.i)?.length ? [a, b] : [undefined, undefined];
    if (!from || !to || c.ruTo.get(to.i)?.length || c.ruInFrame.has(to.i)) continue;
    const des = c.ruTo.get(from.i)!;
    const link = c.links.find((l) => l.russian.some((w) => w.start === from.start));
    if (!link || link.kind === 'number') continue;
    c.ruTo.set(to.i, [...des]);
    for (const d of des) c.deTo.get(d)?.push(to.i);
    link.russian.push(refOf(to));
  }
}

export function incidentReporting(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  if (flags.length > 0) {
    clockTimes(flags, de, ru);
    rangeScales(flags, de, ru);
    halfUnits(flags, de, ru);
    allegations(flags, de, ru);
    sentences(flags, ru);
    yearsForMany(flags, de);
    negatedSaidByOneWord(flags, de, ru);
  }
  if (!flags.some((f) => f.kind === 'name')) flags.push(...agencySwapped(de, ru, c));
  if (!flags.some((f) => f.kind === 'negation')) flags.push(...decisionReversed(de, ru));
  negatedConjunctDropped(flags, de, ru, c);
  if (!flags.some((f) => f.kind === 'omission')) flags.push(...listItemDropped(de, ru, c), ...partDropped(de, ru, c));
  if (!flags.some((f) => f.kind === 'addition')) {
    const named = new Set(flags.flatMap((f) => f.german.map((w) => w.start)));
    flags.push(...[...conjunctAdded(de, ru, c), ...causeAdded(de, ru, c)].filter((f) => !named.has(f.german[0]!.start)));
  }
}

const isContent = (side: Side, t: FToken) => t.kind === 'word' && side.role[t.i] === 'content';
const flagOf = (kind: 'omission' | 'addition', reason: 'omission-clause' | 'omission-words' | 'addition-words', toks: readonly FToken[], confidence: number): FidelityFlag => ({
  kind,
  reason,
  status: 'defect',
  german: kind === 'addition' ? toks.map(refOf) : [],
  russian: kind === 'omission' ? toks.map(refOf) : [],
  confidence,
});

/**
 * A negated conjunct left out (превысил скорость и не был пристёгнут / sei zu schnell gefahren): a
 * Russian не after и that opens the rest of its clause, none of whose content words (at least
 * two) is rendered, is part of the conjunct the German drops: one omission of the conjunct, not a
 * negation lost.
 */
function negatedConjunctDropped(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'negation' || f.reason !== 'negation-lost' || f.german.length > 0 || f.russian.length !== 1 || f.russian[0]!.text.toLowerCase() !== 'не') continue;
    const ne = ru.toks.find((t) => t.start === f.russian[0]!.start);
    const and = ne && ru.toks[ne.i - 1];
    if (!ne || !and || and.lower !== 'и' || and.clause !== ne.clause) continue;
    const rest = ru.toks.slice(ne.i + 1).filter((t) => t.clause === ne.clause);
    const content = rest.filter((t) => isContent(ru, t));
    if (content.length < 2 || content.some((t) => isRendered(ru, c, t))) continue;
    // The German must have no word left for the conjunct: no more unrendered content words than
    // the Russian has outside it (Der Bürgermeister … und will zurücktreten renders it otherwise).
    const ruLeft = ru.toks.filter((t) => isContent(ru, t) && !isRendered(ru, c, t) && t.i < and.i).length;
    if (de.toks.filter((t) => isContent(de, t) && !isRendered(de, c, t)).length > ruLeft) continue;
    flags[k] = flagOf('omission', 'omission-clause', [and, ne, ...rest.filter((t) => t.kind === 'word')], 0.8);
  }
}

/**
 * An item left out of an enumeration (изъяли наличные, украшения, оружие и три автомобиля / Bargeld,
 * Schmuck und drei Autos): a Russian item between a comma and и (or two commas) none of whose one
 * or two words is rendered, between items that are rendered, where the German has no unrendered
 * word between the renderings of the two neighbours.
 */
function listItemDropped(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  const toks = ru.toks;
  for (let a = 0; a < toks.length; a++) {
    if (toks[a]!.text !== ',') continue;
    let b = a + 1;
    while (b < toks.length && toks[b]!.kind === 'word' && toks[b]!.lower !== 'и' && b - a <= 3) b++;
    const item = toks.slice(a + 1, b);
    const end = toks[b];
    if (item.length === 0 || item.length > 2 || !end || (end.lower !== 'и' && end.text !== ',')) continue;
    if (!item.every((t) => isContent(ru, t) && !t.cap && !isRendered(ru, c, t))) continue;
    const before = toks[a - 1];
    const after = toks[b + 1];
    if (!before || !after || !isRendered(ru, c, before) || !(isRendered(ru, c, after) || (after.kind === 'number' && toks[b + 2] !== undefined && isRendered(ru, c, toks[b + 2]!)))) continue;
    const dBefore = c.ruTo.get(before.i) ?? [];
    const dAfter = c.ruTo.get((isRendered(ru, c, after) ? after : toks[b + 2]!).i) ?? [];
    if (dBefore.length === 0 || dAfter.length === 0) continue;
    const lo = Math.max(...dBefore);
    const hi = Math.min(...dAfter);
    if (hi <= lo || hi - lo > 4) continue;
    if (de.toks.slice(lo + 1, hi).some((t) => isContent(de, t) && !isRendered(de, c, t))) continue;
    return [flagOf('omission', 'omission-words', item, 0.75)];
  }
  return [];
}

/** Russian "the greater part of" (большая часть пассажиров, значительная часть). */
const RU_PART_ADJ = /^(?:больш|значительн|основн)(?:ая|ей|ую|ие|их)$/;
/** German words of part (die meisten, ein Großteil, die Mehrheit, viele, ein Teil …). */
const DE_PART_WORD = /^(?:meisten|mehrheit|mehrzahl|großteil|großteils|gros|überwiegend|überwiegende|überwiegenden|zahlreiche|zahlreichen|etliche|etlichen|viele|vielen|einige|einigen|manche|manchen|teil|teils|teilweise|mehrere|mehreren)$/;

/**
 * "The greater part of" left out (большая часть пассажиров получила / die Passagiere erhielten):
 * the claim is made about the whole group, an omission, when neither word is rendered and the
 * German has no word of part.
 */
function partDropped(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  if (!/[Чч]аст/.test(ru.text)) return [];
  for (const t of ru.toks) {
    const n = ru.toks[t.i + 1];
    if (t.kind !== 'word' || !RU_PART_ADJ.test(t.lower) || !n || !/^част(?:ь|и|ью)$/.test(n.lower)) continue;
    if (isRendered(ru, c, t) || isRendered(ru, c, n) || de.toks.some((d) => d.kind === 'word' && DE_PART_WORD.test(d.lower))) continue;
    return [flagOf('omission', 'omission-words', [t, n], 0.75)];
  }
  return [];
}

const DE_CONJUNCT_DET = /^(?:sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|dessen|deren|der|die|den|dem|ein|eine|einen|einem|zwei|drei)$/;

/**
 * A person or thing added as a conjunct (Festgenommen wurden der Besitzer und sein Sohn / задержан
 * владелец): after und / sowie and at most a determiner, a German noun no word renders where every
 * content word of the Russian is rendered: the German says more than the source.
 */
function conjunctAdded(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  if (!/\b(?:und|sowie)\b/.test(de.text)) return [];
  if (ru.toks.some((t) => isContent(ru, t) && !isRendered(ru, c, t))) return [];
  for (const t of de.toks) {
    if (t.lower !== 'und' && t.lower !== 'sowie') continue;
    let n = de.toks[t.i + 1];
    if (n && DE_CONJUNCT_DET.test(n.lower)) n = de.toks[n.i + 1];
    if (!n || !isContent(de, n) || !n.cap || isRendered(de, c, n)) continue;
    const prev = de.toks[t.i - 1];
    if (!prev || !isRendered(de, c, prev)) continue;
    return [flagOf('addition', 'addition-words', [n], 0.7)];
  }
  return [];
}

const DE_CAUSE = /^(?:wegen|aufgrund|infolge)$/;
/** Russian words of cause (из-за, вследствие, по причине, в связи с, благодаря, так как, поскольку). */
const RU_CAUSE = /^(?:из-за|вследствие|причин\S*|связи|благодаря|поскольку|ввиду|потому|так|из‑за)$/;

/**
 * A cause added (Wegen der Glätte geriet der Lastwagen … / грузовик выехал …): a German causal
 * preposition before a noun no word renders, where the Russian says no cause and leaves no noun
 * unrendered that could be that cause.
 */
function causeAdded(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  if (!/[Ww]egen|[Aa]ufgrund|[Ii]nfolge/.test(de.text)) return [];
  const p = de.toks.find((t) => t.kind === 'word' && DE_CAUSE.test(t.lower));
  if (!p || ru.toks.some((t) => t.kind === 'word' && RU_CAUSE.test(t.lower))) return [];
  let n = de.toks[p.i + 1];
  if (n && /^(?:der|des|dem|den|die|eines|einer)$/.test(n.lower)) n = de.toks[n.i + 1];
  // At most one adjective before the noun (wegen eines technischen Defekts).
  const adj = n && n.kind === 'word' && !n.cap && /(?:e|en|em|er|es)$/.test(n.lower) && isContent(de, n) && !isRendered(de, c, n) ? n : undefined;
  if (adj) n = de.toks[adj.i + 1];
  if (!n || !isContent(de, n) || !n.cap || isRendered(de, c, n)) return [];
  // An unrendered Russian noun may be the cause said otherwise (за растрату / wegen Veruntreuung).
  if (ru.toks.some((t) => isContent(ru, t) && !isRendered(ru, c, t) && !RU_VERB.test(t.lower) && !(RU_ADJ.test(t.lower) && !RU_VERBAL_NOUN.test(t.lower)))) return [];
  return [flagOf('addition', 'addition-words', adj ? [adj, n] : [n], 0.7)];
}

const RU_ADJ = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/;
/** Nouns of action whose ending looks adjectival (крушение, задержание, покрытие). */
const RU_VERBAL_NOUN = /(?:[еаё]ние|тие)$/;

const overlaps = (w: WordRef, [s, e]: readonly [number, number]) => w.end > s && w.start < e;

/** Clock times of a text: [start, end, minutes after midnight]. */
function clockTimesOf(text: string, lang: 'de' | 'ru'): Array<readonly [number, number, number]> {
  const out: Array<readonly [number, number, number]> = [];
  // German: 6.40 Uhr, 14 Uhr, 14:30 (Uhr); Russian: 06:40, 14:00, 14.30.
  const re = lang === 'de' ? /(?<![\d.,])(\d{1,2})(?:[.:](\d{2}))?\s*Uhr\b|(?<![\d.,])(\d{1,2}):(\d{2})(?![\d])/g : /(?<![\d.,])(\d{1,2})[:.](\d{2})(?!\d|[.,]\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const h = Number(m[1] ?? m[3]);
    const min = Number(m[2] ?? m[4] ?? 0);
    if (h <= 24 && min < 60) out.push([m.index, m.index + m[0].length, h * 60 + min]);
  }
  return out;
}

/**
 * A clock time said both ways (gegen 6.40 Uhr / около 06:40, um 14 Uhr / в 14:00): German writes
 * the minutes after a dot or leaves a full hour bare, Russian writes them after a colon. A number
 * flag whose words all lie in the same time on both sides is dropped.
 */
function clockTimes(flags: FidelityFlag[], de: Side, ru: Side): void {
  if (!flags.some((f) => f.kind === 'number') || !/Uhr|:/.test(de.text) || !/\d[:.]\d\d/.test(ru.text)) return;
  const dt = clockTimesOf(de.text, 'de');
  const rt = clockTimesOf(ru.text, 'ru');
  const shared = new Set(dt.map((t) => t[2]).filter((v) => rt.some((r) => r[2] === v)));
  if (shared.size === 0) return;
  const inTime = (w: WordRef, times: typeof dt) => times.some((t) => shared.has(t[2]) && overlaps(w, [t[0], t[1]]));
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'number' || f.german.length + f.russian.length === 0) continue;
    if (f.german.every((w) => inTime(w, dt)) && f.russian.every((w) => inTime(w, rt))) flags.splice(k, 1);
  }
}

const DE_SCALE: ReadonlyArray<readonly [RegExp, number]> = [[/^(?:tausend|tsd\.?)/i, 1e3], [/^(?:millionen|million|mio\.?)/i, 1e6], [/^(?:milliarden|milliarde|mrd\.?)/i, 1e9]];
const RU_SCALE: ReadonlyArray<readonly [RegExp, number]> = [[/^(?:тысяч|тыс\.?)/i, 1e3], [/^(?:миллион|млн\.?)/i, 1e6], [/^(?:миллиард|млрд\.?)/i, 1e9]];

/** A figure written in digits (German 60.000 and 1,5; Russian 60 000 and 1,5), or undefined. */
function figure(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

/** The scale word closing a range after a figure (… до 150 тыс., … bis 150 Millionen), or 1. */
function rangeScaleAfter(text: string, at: number, lang: 'de' | 'ru'): number {
  const m = (lang === 'de' ? /^\s*(?:bis|-|–)\s*\d+(?:,\d+)?\s+(\S+)/ : /^\s*(?:до|-|–|—)\s*\d+(?:,\d+)?\s+(\S+)/).exec(text.slice(at));
  if (!m) return 1;
  for (const [re, s] of lang === 'de' ? DE_SCALE : RU_SCALE) if (re.test(m[1]!)) return s;
  return 1;
}

/**
 * A range whose scale word stands once, after its upper bound (от 60 до 150 тыс. рублей =
 * 60.000 bis 150.000 Rubel; von 2 bis 3 Millionen = от 2 млн до 3 млн): the lower bound takes
 * the scale too. A "differs" flag between the lower bound and its full value is dropped.
 */
function rangeScales(flags: FidelityFlag[], de: Side, ru: Side): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'number' || f.reason !== 'number-differs' || f.german.length !== 1 || f.russian.length !== 1) continue;
    const d = f.german[0]!;
    const r = f.russian[0]!;
    const dv = figure(d.text);
    const rv = figure(r.text);
    if (dv === undefined || rv === undefined) continue;
    const rs = rangeScaleAfter(ru.text, r.end, 'ru');
    const ds = rangeScaleAfter(de.text, d.end, 'de');
    if ((rs > 1 && Math.abs(dv - rv * rs) < 1e-6) || (ds > 1 && Math.abs(rv - dv * ds) < 1e-6)) flags.splice(k, 1);
  }
}

/** Half of a unit said in the next smaller one (und sechs Monate, und 30 Minuten). */
const DE_HALF = /^\s*und\s+(?:sechs|6)\s+Monate[n]?\b|^\s*und\s+(?:dreißig|30)\s+Minuten\b|^\s*und\s+(?:zwölf|12)\s+Stunden\b/;

/**
 * A term of years and a half said in months (sechs Jahre und sechs Monate = шесть с половиной
 * лет; zwei Stunden und 30 Minuten = два с половиной часа): the Russian figure with с половиной
 * against the German one of the same whole number followed by half a unit in the smaller unit.
 * The "differs" flag and the added half are dropped.
 */
function halfUnits(flags: FidelityFlag[], de: Side, ru: Side): void {
  const k = flags.findIndex((f) => f.kind === 'number' && f.reason === 'number-differs' && f.german.length === 1 && f.russian.length === 1 && /\sс\s+половиной\s/.test(f.russian[0]!.text + ' '));
  if (k < 0) return;
  const f = flags[k]!;
  const d = f.german[0]!;
  const half = DE_HALF.exec(de.text.slice(d.end));
  if (!half) return;
  const dq = de.quantities.find((q) => q.from.start === d.start);
  const rq = ru.quantities.find((q) => q.from.start === f.russian[0]!.start);
  if (!dq || !rq || dq.value === null || rq.value === null || Math.floor(rq.value) !== dq.value) return;
  const halfEnd = d.end + half[0].length;
  const a = flags.findIndex((x) => x.kind === 'addition' && x.russian.length === 0 && x.german.length > 0 && x.german.every((w) => w.start >= d.end && w.end <= halfEnd));
  if (a >= 0) flags.splice(a, 1);
  flags.splice(a >= 0 && a < k ? k - 1 : k, 1);
}

const DE_SOLL = /^(?:soll|sollen|solle|sollte|sollten)$/;
const DE_ALLEGED = /^(?:soll|sollen|solle|sollte|sollten|mutmaßlich|mutmaßliche|mutmaßlichen|mutmaßlicher|mutmaßliches)$/;
/** German attributions (laut, zufolge, nach Angaben / Erkenntnissen). */
const DE_ATTRIBUTION = /\b(?:[Ll]aut|zufolge|[Nn]ach\s+(?:Angaben|Erkenntnissen|Informationen|Darstellung|Ansicht|Auffassung|Version))\b/;
/** Russian attributions of a claim (по версии следствия, по данным, по словам, по информации). */
const RU_ATTRIBUTION = /(?:^|[^а-яё])(?:по\s+(?:версии|данным|словам|информации|сведениям|мнению)|как\s+(?:сообщ|утвержда|считает))/i;

/**
 * The allegation as German says it:
 * - soll … haben under an attribution that renders the Russian one (Nach Angaben der Ermittler
 *   soll er … angenommen haben / по версии следствия, он получил): German marks the reported
 *   claim twice, Russian once; no hedge added;
 * - mutmaßlich and soll against предположительно (allegedly, presumably): the word crime
 *   reporting uses for both; no hedge changed.
 */
function allegations(flags: FidelityFlag[], de: Side, ru: Side): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'hedge' || f.german.length === 0) continue;
    const deWords = f.german.map((w) => w.text.toLowerCase());
    if (f.reason === 'hedge-changed' && deWords.every((w) => DE_ALLEGED.test(w)) && f.russian.length > 0 && f.russian.every((w) => /^предположительн/i.test(w.text))) flags.splice(k, 1);
    else if (f.reason === 'hedge-added' && deWords.every((w) => DE_SOLL.test(w)) && DE_ATTRIBUTION.test(de.text) && RU_ATTRIBUTION.test(ru.text)) flags.splice(k, 1);
  }
}

const DE_MUST_MAY = /^(?:muss|müssen|musste|mussten|müsse|müssten|darf|dürfen|durfte|durften|dürfe)$/;
/** Russian words of a court's decision that imposes a duty or a ban (приговорили, оштрафовал, с лишением права). */
const RU_SENTENCE = /^(?:приговор|приговори|осужд|осуди|оштрафова|штраф|лишени|лишил|лиши|взыска|взыскать)/;

/**
 * A sentence said as what the convicted must do or may not do (muss für drei Jahre in Haft, muss
 * eine Strafe zahlen, darf drei Jahre lang nicht fahren / приговорили к трём годам, суд
 * оштрафовал, с лишением права управлять): the court's decision imposes it; the modal is no
 * hedge added where the Russian says the decision.
 */
function sentences(flags: FidelityFlag[], ru: Side): void {
  let decision: boolean | undefined;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'hedge' || f.reason !== 'hedge-added' || f.german.length === 0 || !f.german.every((w) => DE_MUST_MAY.test(w.text.toLowerCase()))) continue;
    decision ??= ru.toks.some((t) => t.kind === 'word' && RU_SENTENCE.test(t.lower));
    if (decision) flags.splice(k, 1);
  }
}

/** German plural time nouns without a numeral (seit Jahren, vor Jahrzehnten) and the -lang adverbs. */
const DE_TIME_PLURAL = /^(?:jahren|jahrzehnten|monaten|wochen)$/;
const DE_TIME_LONG = /^(?:jahrelang|jahrzehntelang|monatelang|wochenlang)$/;
const DE_TIME_PREP = /^(?:seit|vor|nach|über|in|von)$/;
/** Russian "many" before a time noun (за многие годы, долгие месяцы, много лет). */
const RU_MANY = /^(?:многие|многих|долгие|долгих|много)$/;

/**
 * A plural of time without a numeral says "many" (seit Jahren = за многие годы, jahrelang =
 * долгие годы): многие / долгие before a time noun is rendered by it, no omission.
 */
function yearsForMany(flags: FidelityFlag[], de: Side): void {
  const k = flags.findIndex((f) => f.kind === 'omission' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((w) => RU_MANY.test(w.text.toLowerCase())));
  if (k < 0) return;
  const plural = de.toks.some((t) => t.kind === 'word' && (DE_TIME_LONG.test(t.lower) || (DE_TIME_PLURAL.test(t.lower) && DE_TIME_PREP.test(de.toks[t.i - 1]?.lower ?? ''))));
  if (plural) flags.splice(k, 1);
}

/**
 * A Russian negated verb that German says with one word of negative sense: не найден / не
 * обнаружен = vermisst, verschollen (still missing); не открывать = geschlossen halten. Each
 * entry: the Russian verb after не, the German word.
 */
const NEGATED_BY_WORD: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:найд|найт|нашл|обнаруж)/, /^(?:vermisst|vermissten|vermisste|verschollen|verschollene|verschollenen|unauffindbar)$/],
  [/^(?:откр)/, /^(?:geschlossen|geschlossene|geschlossenen)$/],
];

/** Drops a "negation lost" flag on не whose verb the German says with such a word. */
function negatedSaidByOneWord(flags: FidelityFlag[], de: Side, ru: Side): void {
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.kind !== 'negation' || f.reason !== 'negation-lost' || f.german.length > 0 || f.russian.length !== 1 || f.russian[0]!.text.toLowerCase() !== 'не') continue;
    const ne = ru.toks.find((t) => t.start === f.russian[0]!.start);
    const verb = ne && ru.toks[ne.i + 1];
    if (!verb) continue;
    if (NEGATED_BY_WORD.some(([r, d]) => r.test(verb.lower) && de.toks.some((t) => t.kind === 'word' && d.test(t.lower)))) flags.splice(k, 1);
  }
}

/**
 * One agency named for another (das Ermittlungskomitee / полиция, die Staatsanwaltschaft / СК):
 * a German word of one agency and a Russian word of another, both left unrendered, where neither
 * side names the other's agency, is a name that differs.
 */
function agencySwapped(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  // Only words left unrendered can be the swapped ones: most quotations have few.
  let d: FToken | undefined;
  let a: string | undefined;
  for (const t of de.toks) {
    if (t.kind !== 'word' || !t.cap || isRendered(de, c, t)) continue;
    a = deAgency(t.lower);
    if (a !== undefined) {
      d = t;
      break;
    }
  }
  if (!d || a === undefined) return [];
  const ruAgencyOf = (t: FToken) => (t.kind === 'word' ? ruAgency(t.lower, ru.toks[t.i + 1]?.lower) : undefined);
  const r = ru.toks.find((t) => !isRendered(ru, c, t) && ruAgencyOf(t) !== undefined);
  if (!r) return [];
  const b = ruAgencyOf(r)!;
  if (b === a || ru.toks.some((t) => ruAgencyOf(t) === a) || de.toks.some((t) => t.kind === 'word' && t.cap && deAgency(t.lower) === b)) return [];
  return [{ kind: 'name', reason: 'name-differs', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.8 }];
}

/**
 * Court decisions of opposite sense a report can swap without a negation word: upheld /
 * overturned, convicted / acquitted. Each entry: German words of one pole, of the other, Russian
 * words of the first pole, of the other.
 */
const DECISIONS: ReadonlyArray<readonly [RegExp, RegExp, RegExp, RegExp]> = [
  [/^(?:bestätigt|bestätigte|bestätigten|aufrechterhalten|bekräftigt)$/, /^(?:aufgehoben|aufgehob|hob|kassiert|kassierte|annulliert|annullierte)$/, /^(?:оставил|оставила|оставили|оставлен|подтвердил|подтвердила|подтвердили)$/, /^(?:отменил|отменила|отменили|отменён|отменен|отменено|аннулировал|аннулировала)$/],
  [/^(?:verurteilt|verurteilte|verurteilten|schuldig)$/, /^(?:freigesprochen|freisprach|freisprachen|freispruch)$/, /^(?:приговорил|приговорила|приговорили|осудил|осудила|осудили|осуждён|осужден|виновным|виновной|виновными)$/, /^(?:оправдал|оправдала|оправдали|оправдан|оправдана|оправданы|оправдательный)$/],
];
/** The same words as sets (each pole is a plain list of words): one look-up per token. */
const wordsIn = (re: RegExp) => re.source.replace(/^\^\(\?:/, '').replace(/\)\$$/, '').split('|');
const DE_DECISION_WORDS = new Set(DECISIONS.flatMap(([a, b]) => [...wordsIn(a), ...wordsIn(b)]));
const RU_DECISION_WORDS = new Set(DECISIONS.flatMap(([, , a, b]) => [...wordsIn(a), ...wordsIn(b)]));

/**
 * A court decision turned around (das Urteil wurde bestätigt / суд отменил приговор; freige-
 * sprochen / осуждён): one side holds a word of one pole and the other a word of the opposite
 * pole, neither holds the other's pole and neither has a negation. Raised only where no negation
 * flag is there already.
 */
function decisionReversed(de: Side, ru: Side): FidelityFlag[] {
  if (!de.toks.some((t) => DE_DECISION_WORDS.has(t.lower)) || !ru.toks.some((t) => RU_DECISION_WORDS.has(t.lower))) return [];
  if (de.toks.some((t) => de.role[t.i] === 'negation') || ru.toks.some((t) => ru.role[t.i] === 'negation')) return [];
  const find = (side: Side, re: RegExp) => side.toks.find((t) => t.kind === 'word' && re.test(t.lower));
  for (const [deA, deB, ruA, ruB] of DECISIONS) {
    for (const [dx, dy, rx, ry] of [[deA, deB, ruB, ruA], [deB, deA, ruA, ruB]] as const) {
      const d = find(de, dx);
      const r = find(ru, rx);
      if (d && r && !find(de, dy) && !find(ru, ry)) return [{ kind: 'negation', reason: 'polarity-reversed', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.8 }];
    }
  }
  return [];
}
