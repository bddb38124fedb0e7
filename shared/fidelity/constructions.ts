/**
 * Constructions whose words say something other than their parts (method step 27): a German
 * negation that only measures (so viel wie seit Jahren nicht mehr), "nicht mehr" for a Russian
 * verb of ceasing, "soll" for a Russian plain future, present-time adverbs that answer each other.
 * Each function removes the flags such a construction would raise, in place.
 */
import type { Side } from './correspond';
import { directionRegionRenders } from './names';
import type { FToken } from './tokens';
import type { FidelityFlag, WordRef } from './types';

const tokAt = (side: Side, w: WordRef): FToken | undefined => side.toks.find((t) => t.start === w.start);
const wordsOf = (side: Side, t: FToken) => side.toks.filter((x) => x.clause === t.clause && x.kind === 'word');

/**
 * German "wie seit … nicht (mehr)", "wie (noch) nie (zuvor)", "wie lange nicht": a record said by
 * comparison (so viel wie seit zehn Jahren nicht mehr = the most in ten years). The negation
 * measures; nothing is denied.
 */
function recordComparison(side: Side, t: FToken): boolean {
  if (!/^(?:nicht|nie|niemals)$/.test(t.lower)) return false;
  const before = side.toks.slice(Math.max(0, t.i - 6), t.i).filter((x) => x.kind === 'word' && x.clause === t.clause);
  const wie = before.findIndex((x) => x.lower === 'wie');
  if (wie < 0) return false;
  const between = before.slice(wie + 1).map((x) => x.lower);
  if (t.lower === 'nicht') return between.includes('seit') || between.includes('lange') || between.includes('jahren') || between.includes('jahrzehnten');
  return between.every((w) => w === 'noch' || w === 'selten' || w === 'kaum' || w === 'bisher') ;
}

/** Russian verbs of ceasing (прекращается, прекратит, перестанет, перестал): "no longer" in a word. */
const RU_CEASE = /^(?:прекра(?:ща|ти|тя)|переста)/;

/**
 * German "nicht mehr" / "kein … mehr" (no longer) renders a Russian verb of ceasing (паром
 * прекращает работу / die Fähre verkehrt nicht mehr): the German negation answers that verb
 * when it is not negated itself.
 */
function noLongerForCeasing(de: Side, ru: Side, t: FToken): boolean {
  if (!/^(?:nicht|kein|keine|keinen|keinem|keiner|keines)$/.test(t.lower)) return false;
  const after = wordsOf(de, t).filter((x) => x.i > t.i && x.i <= t.i + 3);
  if (!after.some((x) => x.lower === 'mehr')) return false;
  return ru.toks.some((x) => x.kind === 'word' && RU_CEASE.test(x.lower) && ru.toks[x.i - 1]?.lower !== 'не');
}

/** Russian auxiliaries of the future with an infinitive (будет перевозить, начнёт принимать, станут работать). */
const RU_FUTURE_AUX = /^(?:буд(?:ет|ут|ем|ешь|ете|у)|стан(?:ет|ут|ем)|начн(?:ёт|ет|ут|ём|ем))$/;
const RU_INFINITIVE = /(?:ть|ти|ться|тись|чь)$/;
const DE_SOLL = /^(?:soll|sollen|solle|sollst|sollt)$/;
/** A German active infinitive at a clause's end (befördern, empfangen); not the perfect (gebaut haben) nor the passive. */
const DE_INFINITIVE = /^[a-zäöüß]{3,}(?:en|ern|eln)$/;

/** Documents that prescribe (a draft, a law, a decree): under them "soll" is a duty, not a schedule. */
const DE_NORM = /^(?:entwurf|entwurfs|gesetz|gesetzes|gesetzentwurf|gesetzentwurfs|verordnung|beschluss|beschlusses|erlass|erlasses|richtlinie|vorschrift|vorschriften)$/;
const RU_NORM = /^(?:проект|закон|постановлени|приказ|указ|распоряжени|правил|регламент)/;

/**
 * German "soll" with an active present infinitive (die Linie soll täglich … befördern) in a text
 * whose Russian says a plain future with an auxiliary (будет перевозить, начнёт принимать): a
 * schedule, as "soll" with a passive infinitive is, no hedge added. "soll … haben" (a past deed
 * reported) stays an allegation, and "soll" under a document that prescribes (heißt es im Entwurf;
 * согласно проекту) a duty.
 */
function scheduledSoll(de: Side, ru: Side, t: FToken): boolean {
  if (!DE_SOLL.test(t.lower)) return false;
  const rest = wordsOf(de, t).filter((x) => x.i > t.i);
  const last = rest[rest.length - 1];
  if (!last || last.cap || !DE_INFINITIVE.test(last.lower) || /^(?:haben|sein|werden|worden)$/.test(last.lower)) return false;
  if (de.toks.some((x) => DE_NORM.test(x.lower)) || ru.toks.some((x) => RU_NORM.test(x.lower))) return false;
  return ru.toks.some((x) => x.kind === 'word' && RU_FUTURE_AUX.test(x.lower) && ru.toks.slice(x.i + 1, x.i + 4).some((y) => y.kind === 'word' && RU_INFINITIVE.test(y.lower)));
}

/** Adverbs of the present (now, today, by now): they answer each other. */
const PRESENT = {
  de: /^(?:heute|jetzt|inzwischen|mittlerweile|nun|derzeit|zurzeit|gegenwärtig|heutzutage|momentan|aktuell|nunmehr)$/,
  ru: /^(?:сегодня|сейчас|теперь|ныне|нынче|сегодняшний|нынешний|уже)$/,
} as const;

/** "New" before a record (ein neuer Rekord, neue Bestmarke; новый рекорд): every record is new, the word adds nothing. */
const NEW = { de: /^neu(?:e[nmrs]?)?$/, ru: /^нов(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)$/ } as const;
const RECORD = { de: /(?:rekord|bestmarke|bestwert|höchststand|tiefststand|allzeithoch)/, ru: /^(?:рекорд|антирекорд)/ } as const;
function newRecord(side: Side, w: WordRef, lang: 'de' | 'ru'): boolean {
  const t = tokAt(side, w);
  return t !== undefined && NEW[lang].test(t.lower) && side.toks.slice(t.i + 1, t.i + 3).some((x) => x.kind === 'word' && RECORD[lang].test(x.lower));
}

/**
 * "Usual" or "normal" before a noun of amount (der üblichen Monatsmenge, durchschnittliche Menge)
 * is what a Russian норма says in one word (месячной нормы): no addition where the Russian has
 * норма, nor an omission of норма's "usual" the other way round.
 */
const USUAL = /^(?:üblich|normal|gewöhnlich|durchschnittlich)(?:e[nmrs]?)?$/;
const RU_NORM_AMOUNT = /^норм(?:а|ы|е|у|ой|ам|ами|ах)?$/;

/**
 * Words German says with a preposition or a region's own adjective: a participle of residing
 * before a place (пенсионерам, проживающим на Севере / Rentner im Norden: "living in" is "in"),
 * and the adjective of a region named by a direction that German renders (Крайнем Севере / im
 * Hohen Norden; the name rules let it pass as a name, and it is no omitted word either).
 */
const RU_RESIDING = /^(?:прожива|живущ)/;
function saidByPlace(de: Side, ru: Side, w: WordRef): boolean {
  const t = tokAt(ru, w);
  if (!t) return false;
  if (RU_RESIDING.test(t.lower)) return /^(?:в|во|на|у)$/.test(ru.toks[t.i + 1]?.lower ?? '');
  return directionRegionRenders(de.toks, t, ru.toks);
}

/**
 * Removes negation and hedge flags that one of the constructions above answers, and omission or
 * addition flags that consist only of a present-time adverb when the other side has one
 * (сегодня / inzwischen: "now" said with another word of the present).
 */
export function constructionsSaidOtherwise(flags: FidelityFlag[], de: Side, ru: Side): void {
  const dePresent = de.toks.some((t) => t.kind === 'word' && PRESENT.de.test(t.lower));
  const ruNormAmount = ru.toks.some((t) => t.kind === 'word' && RU_NORM_AMOUNT.test(t.lower));
  const ruPresent = ru.toks.some((t) => t.kind === 'word' && PRESENT.ru.test(t.lower) && t.lower !== 'уже');
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    const de1 = f.german.length === 1 && f.russian.length === 0 ? tokAt(de, f.german[0]!) : undefined;
    const gone =
      (f.kind === 'negation' && f.reason === 'negation-added' && de1 !== undefined && (recordComparison(de, de1) || noLongerForCeasing(de, ru, de1))) ||
      (f.kind === 'hedge' && f.reason === 'hedge-added' && de1 !== undefined && scheduledSoll(de, ru, de1)) ||
      (f.kind === 'omission' && f.german.length === 0 && f.russian.length > 0 && dePresent && f.russian.every((w) => PRESENT.ru.test(w.text.toLowerCase()))) ||
      (f.kind === 'addition' && f.russian.length === 0 && f.german.length > 0 && ruPresent && f.german.every((w) => PRESENT.de.test(w.text.toLowerCase()))) ||
      (f.kind === 'addition' && f.russian.length === 0 && f.german.length > 0 && f.german.every((w) => newRecord(de, w, 'de'))) ||
      (f.kind === 'omission' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((w) => newRecord(ru, w, 'ru'))) ||
      (f.kind === 'omission' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((w) => saidByPlace(de, ru, w))) ||
      (f.kind === 'addition' && f.russian.length === 0 && f.german.length > 0 && ruNormAmount && f.german.every((w) => USUAL.test(w.text.toLowerCase())));
    if (gone) flags.splice(i, 1);
  }
}

/** German focus particles of the extreme case (sogar; selbst before what it stresses) and the Russian words that say "even" or "itself". */
const DE_DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|unser|unsere|ihr|ihre|sein|seine)$/;
const RU_EVEN = /^(?:даже|сам|сама|само|сами|самих|самим|вплоть|хоть|хотя)$/;

/**
 * An added focus on the extreme case (Selbst die Kinder wussten …; sogar drei Stunden / Дети
 * знали …): the German says the case is surprising, which the Russian does not say when it has
 * no даже, сам, хоть, ещё or и before a comparative. "selbst" counts only before a determiner, a number or a capitalised word
 * and not after a reflexive (sich selbst, ihn selbst: "himself"). Returns the new flags (none for
 * a word already flagged).
 */
export function addedFocusParticles(de: Side, ru: Side, flags: readonly FidelityFlag[]): FidelityFlag[] {
  // и before a comparative is "even" too (а иногда и больше = manchmal sogar länger), as ещё is.
  if (ru.toks.some((t) => RU_EVEN.test(t.lower) || t.lower === 'ещё' || t.lower === 'еще' || (t.lower === 'и' && /(?:ее|ей|ше|же)$/.test(ru.toks[t.i + 1]?.lower ?? '')))) return [];
  const named = new Set(flags.flatMap((f) => f.german.map((w) => w.start)));
  const out: FidelityFlag[] = [];
  for (const t of de.toks) {
    if (t.kind !== 'word' || named.has(t.start)) continue;
    const next = de.toks[t.i + 1];
    const prev = de.toks[t.i - 1];
    const focus =
      t.lower === 'sogar' ||
      (t.lower === 'selbst' && next !== undefined && (next.kind === 'number' || DE_DETERMINER.test(next.lower) || (next.kind === 'word' && next.cap)) && !/^(?:sich|mich|dich|uns|euch|ihn|sie|es|ihm|ihr|ihnen|er|wir|ich)$/.test(prev?.lower ?? ''));
    if (focus) out.push({ kind: 'addition', reason: 'addition-words', status: 'defect', german: [{ start: t.start, end: t.end, text: t.text }], russian: [], confidence: 0.7 });
  }
  return out;
}
