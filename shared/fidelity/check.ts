/**
 * `checkQuote`: compares a German quotation with the Russian span it renders and returns the
 * word correspondence and the fidelity flags. Pure and synchronous; never throws on text input.
 */
import { DE_CLOSED, DE_FALL, DE_NEGATION, DE_OPEN, DE_RISE, RU_CLOSED, RU_FALL, RU_NEGATION, RU_NI_WORDS, RU_OPEN, RU_RISE, RU_SAY } from './closed-classes';
import { addedFocusParticles, constructionsSaidOtherwise } from './constructions';
import { correspond, isContentRole, linkFrame, makeSide, type Correspondence, type Side } from './correspond';
import { fieldReporting } from './field-reporting';
import { hardlyWithoutNegation } from './hardly';
import { announcedRanges, DEFAULT_BALANCE, leftoverFlags, pairVerbs, type BalanceOptions } from './leftovers';
import { applyDecision, type DecisionModel } from './decide';
import { builtinMatcher, type WordMatcher } from './matcher';
import { institutionAdjective } from './names';
import { compareQuantities, quantities } from './numbers';
import { directionFlags, findHedges, hedgeFlags, intensifierFlags, needVerbs, negatedModals, passivePlans, permissionAndAdvice, polarityFlags, prefixNegationFlags, recordFlags, leadingSpeechTags, russianSpeechTags, speechTags, type HedgeItem } from './polarity';
import { opinionReporting } from './opinion';
import { everydayNews } from './everyday';
import { incidentReporting, linkTwoWordTerms } from './incidents';
import { officialReporting } from './officials';
import { provisionalHedges } from './provisional';
import { answeredHedges, convictionTokens, institutionNames, invertedConvictions, obligingVerbs, presentSpeechTags, wordsWithTheirFlag } from './answered';
import { courtFormula, droppedPartQuantifiers, relativeConnectives, sayingAndKindWords, titlesThatDiffer, turnOfTheYear } from './said-otherwise';
import { isLexical, refOf, sequenceAt, tokenizeSide, type FToken, type Lang } from './tokens';
import type { FidelityFlag, FidelityInput, FidelityResult, FidelityState, WordLink, WordRef } from './types';

/** Longest text (in UTF-16 units) compared; a longer "quotation" is not checked word by word. */
export const MAX_CHARS = 6000;
/** Most words per side compared (keeps a quotation's cost bounded). */
export const MAX_WORDS = 600;

export interface CheckOptions {
  /** The German -> Russian word matcher (default: the built-in frequent-word lexicon). */
  matcher?: WordMatcher;
  /** Constants of the omission/addition balance. */
  balance?: BalanceOptions;
  /** Flags below this confidence are dropped (default 0.5; 0 keeps every hint). */
  minConfidence?: number;
  /**
   * A learned decision layer (`decide.ts`): the rules' every hint is computed and the model
   * decides which kinds are flagged (minConfidence is then not used). Default: the rules alone.
   */
  decision?: DecisionModel;
}

function emptyResult(state: FidelityState, message: string): FidelityResult {
  return { state, message, links: [], flags: [], unmatched: { german: [], russian: [] } };
}

/** Whether a token is a negation word of its language (for the negated-modal rule). */
function negationOf(lang: Lang): (t: FToken) => boolean {
  return lang === 'de' ? (t) => DE_NEGATION.has(t.lower) : (t) => RU_NEGATION.has(t.lower) || RU_NI_WORDS.has(t.lower);
}

function side(lang: Lang, text: string, toks: FToken[]): Side {
  const hedges = findHedges(toks, lang, negationOf(lang));
  const hedgeToks = new Set<number>();
  for (const h of hedges) for (const t of h.toks) hedgeToks.add(t.i);
  if (lang === 'de') for (const i of convictionTokens(toks)) hedgeToks.add(i);
  return makeSide(lang, text, toks, quantities(toks, lang), hedgeToks);
}

/**
 * A sentence given around a piece of text (`at`: where the piece starts in it), tokenized, when it
 * really holds the piece there and is not too long; undefined otherwise.
 */
function sentenceAround(sentence: unknown, at: unknown, piece: string): { sentence: string; at: number; all: FToken[]; outsideOf: (t: FToken) => boolean } | undefined {
  if (typeof sentence !== 'string' || typeof at !== 'number') return undefined;
  if (!Number.isInteger(at) || at < 0 || sentence.slice(at, at + piece.length) !== piece) return undefined;
  if (sentence.length > MAX_CHARS * 2) return undefined;
  const end = at + piece.length;
  return { sentence, at, all: tokenizeSide(sentence), outsideOf: (t) => t.end <= at || t.start >= end };
}

/** The context's tokens outside the span, or undefined when the context does not fit. */
function contextSide(input: FidelityInput): (Side & { offset: number }) | undefined {
  const ctx = input.context;
  const around = sentenceAround(ctx?.sentence, ctx?.spanStart, input.russian);
  if (!around) return undefined;
  const outside = around.all.filter(around.outsideOf).map((t, i) => ({ ...t, i }));
  return { ...side('ru', around.sentence, outside), offset: around.at };
}

/** The German sentence's words outside the quotation, or undefined when the frame does not fit. */
function frameSide(input: FidelityInput): (Side & { offset: number; hedges: HedgeItem[] }) | undefined {
  const fr = input.frame;
  const around = sentenceAround(fr?.sentence, fr?.quoteStart, input.german);
  if (!around) return undefined;
  const { all, outsideOf, at } = around;
  // Hedges are read over the whole sentence (dürfe „nicht …“: the negation inside the marks
  // makes the modal outside them a prohibition) and kept when they stand outside the marks.
  const found = findHedges(all, 'de', negationOf('de')).filter((h) => h.toks.every(outsideOf));
  const outside = all.filter(outsideOf).map((t, i) => ({ ...t, i }));
  if (outside.length === 0) return undefined;
  const index = new Map(outside.map((t) => [t.start, t.i]));
  const hedges = found.map((h) => ({ ...h, toks: h.toks.map((t) => outside[index.get(t.start)!]!) }));
  const hedgeToks = new Set(hedges.flatMap((h) => h.toks.map((t) => t.i)));
  return { ...makeSide('de', around.sentence, outside, quantities(outside, 'de'), hedgeToks), offset: at, hedges };
}

/** Compares one German quotation with its Russian source span. */
export function checkQuote(input: FidelityInput, options: CheckOptions = {}): FidelityResult {
  if (options.decision)
    return applyDecision(input, checkQuote(input, { ...options, decision: undefined, minConfidence: 0 }), options.matcher ?? builtinMatcher(), options.decision);
  const german = typeof input?.german === 'string' ? input.german : '';
  const russian = typeof input?.russian === 'string' ? input.russian : '';
  if (german.length > MAX_CHARS || russian.length > MAX_CHARS)
    return emptyResult('too-long', `The quotation or its source is longer than ${MAX_CHARS} characters; it is not compared word by word.`);
  const deToks = tokenizeSide(german);
  const ruToks = tokenizeSide(russian);
  const deWords = deToks.filter(isLexical).length;
  const ruWords = ruToks.filter(isLexical).length;
  if (deWords === 0 || ruWords === 0)
    return emptyResult('empty', deWords === 0 ? 'The quotation has no words to compare.' : 'The linked source span has no words to compare.');
  if (deWords > MAX_WORDS || ruWords > MAX_WORDS)
    return emptyResult('too-long', `The quotation or its source has more than ${MAX_WORDS} words; it is not compared word by word.`);

  const matcher = options.matcher ?? builtinMatcher();
  const de = side('de', german, deToks);
  const ru = side('ru', russian, ruToks);
  const numbers = compareQuantities(de.quantities, ru.quantities, german, russian);
  const frame = frameSide({ german, russian, frame: input.frame });
  const c = correspond(de, ru, matcher, numbers.links, contextSide({ german, russian, context: input.context }));
  linkChangeTargets(de, ru, c, numbers.links);
  linkModalPredicatives(de, ru, c);
  linkStateWords(de, ru, c);
  linkTwoWordTerms(ru, c);
  // The frame renders only what the quotation's own words leave (its unknown verbs come first).
  if (frame) linkFrame(ru, frame, matcher, c, pairVerbs(de, ru, c).ru);
  const announced = announcedRanges(de, ru, c, input.context?.announcedOmission === true);
  const flags: FidelityFlag[] = [
    ...numbers.flags,
    ...polarityFlags(de, ru, c, frame),
    ...prefixNegationFlags(de, ru, c, matcher),
    ...directionFlags(de, ru),
    ...hedgeFlags([...findHedges(de.toks, 'de', negationOf('de')), ...invertedConvictions(de.toks)], findHedges(ru.toks, 'ru', negationOf('ru')), [...(frame?.hedges ?? []), ...speechTags(de.toks), ...leadingSpeechTags(de.toks), ...presentSpeechTags(de.toks)], [...needVerbs(ru.toks, negationOf('ru')), ...obligingVerbs(ru.toks)], [...negatedModals(de.toks, negationOf('de')), ...permissionAndAdvice(de.toks, negationOf('de'))], passivePlans(de.toks), russianSpeechTags(ru.toks)),
    ...intensifierFlags(de, ru, c),
    ...recordFlags(de, ru),
    ...leftoverFlags(de, ru, c, matcher, options.balance ?? DEFAULT_BALANCE, announced),
  ];
  flags.push(...appendedSpecifications(de, ru, c, flags));
  flags.push(...provisionalHedges(de, ru, flags));
  flags.push(...addedFocusParticles(de, ru, flags));
  dropNegationsInPhrases(flags, de, ru);
  flags.push(...renamedInstitutions(de, ru, c, matcher, flags));
  namesSaidOtherwise(flags, de);
  hedgesOfUnrenderedPredicates(flags, de, ru, c);
  hedgesUnderPrefixNegation(flags);
  hardlyWithoutNegation(flags, de, ru);
  numbersInDroppedClauses(flags, ru, c);
  numbersInPhrases(flags, de, 'de');
  numbersInPhrases(flags, ru, 'ru');
  numbersInQuotedNames(flags, de, ru);
  numbersInQuotedNames(flags, ru, de);
  relativeDaysAsTime(flags, de, ru);
  constructionsSaidOtherwise(flags, de, ru);
  answeredHedges(flags, de, ru, c);
  wordsWithTheirFlag(flags, de, ru, c);
  institutionNames(flags, de, ru, c);
  sayingAndKindWords(flags, de, ru, c);
  relativeConnectives(flags, de);
  courtFormula(flags, ru);
  turnOfTheYear(flags, de, ru);
  flags.push(...droppedPartQuantifiers(flags, de, ru, c));
  flags.push(...titlesThatDiffer(flags, de, ru, c));
  opinionReporting(flags, de, ru, c);
  everydayNews(flags, de, ru, c);
  incidentReporting(flags, de, ru, c);
  fieldReporting(flags, de, ru, c);
  officialReporting(flags, de, ru, c);
  // Whatever the German leaves out inside its own „…“ is announced, numbers and negations too;
  // a Russian negation inside the gap is announced even where a German word outside it was paired
  // with it (… nicht anfechten (...) und akzeptieren / хотя и не согласны …, и принимаем).
  const spans = announced.map(([a, b]) => [ru.toks[a]?.start ?? Infinity, ru.toks[b]?.end ?? -Infinity] as const);
  for (const f of flags) {
    const inGap = (w: { start: number; end: number }) => spans.some(([s, e]) => w.start >= s && w.end <= e);
    if ((f.german.length === 0 || f.kind === 'negation') && f.russian.length > 0 && f.russian.every(inGap)) f.status = 'announced';
    else if (f.kind === 'negation' && f.reason === 'negation-lost' && f.russian.some(inGap)) f.russian = f.russian.filter((w) => !inGap(w));
  }
  const min = options.minConfidence ?? 0.5;
  const kept = flags.filter((f) => f.confidence >= min).map((f) => ({ ...f, confidence: Math.round(f.confidence * 100) / 100 }));
  kept.sort((a, b) => firstStart(a) - firstStart(b));
  const unmatchedDe = de.toks.filter((t) => de.role[t.i] === 'content' && !c.deTo.has(t.i) && !c.deInContext.has(t.i));
  const unmatchedRu = ru.toks.filter((t) => ru.role[t.i] === 'content' && !c.ruTo.has(t.i) && !c.ruInFrame.has(t.i));
  return {
    state: 'ok',
    links: c.links,
    flags: kept,
    unmatched: {
      german: unmatchedDe.map((t) => ({ start: t.start, end: t.end, text: t.text })),
      russian: unmatchedRu.map((t) => ({ start: t.start, end: t.end, text: t.text })),
    },
  };
}

/**
 * A negation on one side only that bears on a word of an added (omitted) phrase is part of that
 * phrase (vorzeitig und ohne Entschädigung gekündigt / досрочно расторгнут): the addition says
 * it, not a negation flag of its own. Removes such flags in place.
 */
function dropNegationsInPhrases(flags: FidelityFlag[], de: Side, ru: Side): void {
  const inPhrase = (kind: 'addition' | 'omission') =>
    new Set(flags.filter((f) => f.kind === kind && f.status === 'defect').flatMap((f) => (kind === 'addition' ? f.german : f.russian).map((w) => w.start)));
  const added = inPhrase('addition');
  const omitted = inPhrase('omission');
  const scopeIn = (side: Side, start: number, phrase: Set<number>) => {
    const k = side.toks.findIndex((t) => t.start === start);
    if (k < 0) return false;
    for (let j = k + 1; j < side.toks.length; j++) {
      const t = side.toks[j]!;
      if (t.clause !== side.toks[k]!.clause) return false;
      const role = side.role[j];
      if (role === 'content' || role === 'affirming' || role === 'reversing') return phrase.has(t.start);
    }
    return false;
  };
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    if (f.kind !== 'negation') continue;
    const gone =
      (f.reason === 'negation-added' && f.russian.length === 0 && f.german.length === 1 && scopeIn(de, f.german[0]!.start, added)) ||
      (f.reason === 'negation-lost' && f.german.length === 0 && f.russian.length === 1 && scopeIn(ru, f.russian[0]!.start, omitted)) ||
      // A reversing word that is itself one of the omitted or added words (… и запретил ему
      // занимать должности) went with its phrase: the omission or addition says so.
      (f.reason === 'polarity-reversed' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((w) => omitted.has(w.start))) ||
      (f.reason === 'polarity-reversed' && f.russian.length === 0 && f.german.length > 0 && f.german.every((w) => added.has(w.start)));
    if (gone) flags.splice(i, 1);
  }
}

/**
 * An institution renamed (Verfassungsgericht / Верховный суд, Bezirksgericht / Арбитражный суд):
 * the German compound renders the Russian noun by its head while the capitalised adjective that
 * names the institution (`institutionAdjective`, no name by itself) is rendered by nothing. The
 * compound's first part says another institution: a name that differs. Returns the new flags.
 */
function renamedInstitutions(de: Side, ru: Side, c: Correspondence, matcher: WordMatcher, flags: readonly FidelityFlag[]): FidelityFlag[] {
  const known = (w: string) => matcher.knowsRussian?.(w) ?? false;
  const flagged = new Set(flags.flatMap((f) => f.russian.map((w) => w.start)));
  const out: FidelityFlag[] = [];
  for (const t of ru.toks) {
    if (c.ruTo.has(t.i) || c.ruInFrame.has(t.i) || flagged.has(t.start)) continue;
    const adjective = institutionAdjective(ru.toks, t, known) || (t.sentenceStart && t.kind === 'word' && t.cap && RU_INSTITUTION_ADJECTIVE.test(t.lower));
    if (!adjective) continue;
    const noun = ru.toks[t.i + 1];
    const held = noun ? (c.ruTo.get(noun.i) ?? []) : [];
    if (held.length !== 1) continue;
    const d = de.toks[held[0]!]!;
    const link = c.links.find((l) => l.german.start === d.start);
    if (!d.cap || d.text.length < 10 || link?.kind !== 'compound' || link.russian.length !== 1) continue;
    out.push({ kind: 'name', reason: 'name-differs', status: 'defect', german: [refOf(d)], russian: [refOf(t), refOf(noun!)], confidence: 0.85 });
  }
  return out;
}
/**
 * A name rendered by another name of several words the lexicon knows as common words or places
 * (zu Lokomotive Moskau / в «Динамо»): the German words read as an addition beside a Russian name
 * missing. An addition of two or more capitalised words side by side, none opening the sentence,
 * and a Russian name missing are one name that differs. Changes the flags in place.
 */
function namesSaidOtherwise(flags: FidelityFlag[], de: Side): void {
  const missing = flags.filter((f) => f.kind === 'name' && f.reason === 'name-missing' && f.status === 'defect');
  for (const m of missing) {
    const k = flags.findIndex((f) => {
      if (f.kind !== 'addition' || f.status !== 'defect' || f.german.length < 2) return false;
      const toks = f.german.map((w) => de.toks.find((t) => t.start === w.start));
      // One name of two words or more side by side (Lokomotive Moskau), not capitalised nouns apart (von Jahr zu Jahr).
      return toks.every((t, j) => t !== undefined && t.kind === 'word' && t.cap && !t.sentenceStart && (j === 0 || t.i === toks[j - 1]!.i + 1));
    });
    if (k < 0) break;
    m.reason = 'name-differs';
    m.german = flags[k]!.german;
    m.confidence = 0.85;
    flags.splice(k, 1);
  }
}

/** Adjectives that name a court, a chamber or a council (Верховный, Конституционный, Арбитражный, Счётная). */
const RU_INSTITUTION_ADJECTIVE = /^(?:верховн|конституционн|арбитражн|счётн|счетн|высш|федеральн|государственн)/;

/** Words that join two predicates of one clause (… teurer geworden sind und die Bäckereien … zahlen müssen). */
const PREDICATE_JOINS = new Set('und oder sowie aber и или а но'.split(' '));

/**
 * A modal on one side only whose own predicate none of the other side renders (…, und die
 * Bäckereien müssen höhere Löhne zahlen / nothing of it in the Russian; …, а зарплаты, возможно,
 * вырастут / nothing of it in the German): the whole predicate is added (omitted), the modal with
 * it. The predicate is the stretch of the modal's clause between the words that join predicates
 * (und, oder, и, а), with at least two content words, none linked. Replaces such hedge flags in
 * place by an addition (omission) of the predicate's words, unless a flag of that kind already
 * names one of them.
 */
function hedgesOfUnrenderedPredicates(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    if (f.kind !== 'hedge' || f.status !== 'defect') continue;
    const added = f.reason === 'hedge-added' && f.german.length === 1 && f.russian.length === 0;
    const lost = f.reason === 'hedge-lost' && f.russian.length === 1 && f.german.length === 0;
    if (!added && !lost) continue;
    const side = added ? de : ru;
    const own = added ? c.deTo : c.ruTo;
    const elsewhere = added ? c.deInContext : c.ruInFrame;
    const ref = (added ? f.german : f.russian)[0]!;
    const k = side.toks.findIndex((t) => t.start === ref.start);
    if (k < 0) continue;
    const clause = side.toks[k]!.clause;
    const wordsOf = (x: number) => side.toks.filter((t) => t.clause === x && t.kind === 'word');
    let words: FToken[];
    if (wordsOf(clause).length === 1) {
      // A parenthetical hedge (а заказчик, возможно, закажет …): its predicate is the clause
      // after it, with the clause before it when that one is opened by a join.
      const before = wordsOf(clause - 1);
      if (before.length === 0 || !PREDICATE_JOINS.has(before[0]!.lower)) continue;
      words = [...before.slice(1), ...wordsOf(clause + 1)].filter((t) => isContentRole(side.role[t.i]));
    } else {
      let a = k;
      while (a > 0 && side.toks[a - 1]!.clause === clause && !PREDICATE_JOINS.has(side.toks[a - 1]!.lower)) a--;
      let b = k;
      while (b + 1 < side.toks.length && side.toks[b + 1]!.clause === clause && !PREDICATE_JOINS.has(side.toks[b + 1]!.lower)) b++;
      // Only a predicate joined to another one (a join before it): the first predicate of a clause is the claim itself.
      if (a === 0 || side.toks[a - 1]!.clause !== clause) continue;
      words = side.toks.slice(a, b + 1).filter((t) => t.i !== k && isContentRole(side.role[t.i]));
    }
    if (words.length < 2 || words.some((t) => own.get(t.i)?.length || elsewhere.has(t.i))) continue;
    const kind = added ? 'addition' : 'omission';
    flags.splice(i, 1);
    // A flag of that kind naming the predicate's words takes the modal too.
    const holder = flags.find((x) => x.kind === kind && (added ? x.german : x.russian).some((w) => words.some((t) => t.start === w.start)));
    if (holder) {
      const list = added ? holder.german : holder.russian;
      list.push(refOf(side.toks[k]!));
      list.sort((x, y) => x.start - y.start);
      continue;
    }
    const refs = [...words, side.toks[k]!].sort((x, y) => x.start - y.start).map(refOf);
    flags.push({ kind, reason: added ? 'addition-words' : 'omission-words', status: 'defect', german: added ? refs : [], russian: added ? [] : refs, confidence: 0.75 });
  }
}

/**
 * A specification appended after a comma with a focus marker (…, vor allem Kiefern; …, darunter
 * zwei Kinder; …, в том числе дети; …, прежде всего сосны) whose content words none of the other
 * side renders is an added (omitted) phrase, however light it is for the mass balance. Returns
 * the new flags (none for words already flagged); a flag of the balance that lies wholly inside
 * such a phrase is removed from `flags`, the phrase's flag says it.
 */
const FOCUS_MARKERS: Readonly<Record<Lang, readonly string[][]>> = {
  de: [['vor', 'allem'], ['insbesondere'], ['darunter'], ['hauptsächlich'], ['vornehmlich'], ['namentlich'], ['besonders'], ['allen', 'voran'], ['unter', 'anderem']],
  ru: [['в', 'том', 'числе'], ['в', 'частности'], ['прежде', 'всего'], ['особенно'], ['главным', 'образом'], ['среди', 'них'], ['преимущественно']],
};
/** A restriction appended after a comma (…, но только …; …, aber nur …). */
const RESTRICTION_MARKERS: Readonly<Record<Lang, readonly string[][]>> = {
  de: [['aber', 'nur'], ['doch', 'nur'], ['jedoch', 'nur'], ['allerdings', 'nur'], ['aber', 'lediglich'], ['allerdings', 'lediglich'], ['aber', 'erst']],
  ru: [['но', 'только'], ['но', 'лишь'], ['однако', 'только'], ['однако', 'лишь'], ['а', 'только'], ['но', 'не', 'раньше'], ['но', 'только', 'после']],
};
/** A condition appended after a comma (…, если работают в сёлах; …, falls das Wetter hält). */
const CONDITION_MARKERS: Readonly<Record<Lang, readonly string[][]>> = {
  de: [['wenn'], ['falls'], ['sofern'], ['soweit'], ['vorausgesetzt'], ['unter', 'der', 'bedingung']],
  ru: [['если'], ['при', 'условии'], ['в', 'случае', 'если'], ['в', 'том', 'случае'], ['коль'], ['ежели']],
};
/** A cause appended after a comma (…, weil ein Ventil defekt war; …, поскольку датчик отказал). */
const CAUSE_MARKERS: Readonly<Record<Lang, readonly string[][]>> = {
  de: [['weil'], ['denn'], ['zumal']],
  ru: [['поскольку'], ['потому', 'что'], ['так', 'как'], ['ибо'], ['из-за', 'того', 'что'], ['оттого', 'что']],
};
/** A contrast appended after a comma (…, но отрицает, что …; …, aber die Preise bleiben hoch). */
const CONTRAST_MARKERS: Readonly<Record<Lang, readonly string[][]>> = {
  de: [['aber'], ['doch'], ['jedoch'], ['allerdings']],
  ru: [['но'], ['однако'], ['а'], ['зато']],
};
/** Words by which the other side states a contrast itself (so a contrast there is rendered). */
const CONTRASTING_WORDS = new Set('aber doch jedoch allerdings sondern trotzdem dennoch zwar но однако а зато хотя впрочем'.split(' '));
/** Words by which the other side states a cause itself (a conjunction, a preposition of cause, a cause noun or adverb). */
const CAUSING_WORDS = new Set(
  'weil denn zumal wegen aufgrund infolge angesichts dank grund gründen ursache deshalb daher darum deswegen поскольку потому ибо оттого из-за благодаря вследствие ввиду причине причина причиной поэтому'.split(' '),
);
/** Words by which the other side states a condition or a circumstance itself (so a condition there is rendered). */
const CONDITIONING_WORDS = new Set('wenn falls sofern soweit vorausgesetzt bedingung bei sobald solange nur если условии случае когда при пока лишь только'.split(' '));
/** Words by which the other side restricts a statement itself (so a restriction there is rendered). */
const RESTRICTING_WORDS = new Set('aber doch jedoch allerdings nur lediglich erst sofern falls wenn но однако только лишь если при'.split(' '));
/**
 * Appended phrases in the order they are tried, each with the words by which the other side says
 * the same kind of thing itself (null: a focus-marked specification is never cancelled so).
 * A restriction: …, но только в сокращённой редакции; a condition: …, если работают в сёлах; a
 * cause: …, weil ein Ventil defekt war; last a contrast: …, но отрицает, что …, with the clause
 * its verb reports (что, чтобы, dass) when that follows at once.
 */
const APPENDED_PHRASES: ReadonlyArray<readonly [Readonly<Record<Lang, readonly string[][]>>, ReadonlySet<string> | null]> = [
  [FOCUS_MARKERS, null],
  [RESTRICTION_MARKERS, RESTRICTING_WORDS],
  [CONDITION_MARKERS, CONDITIONING_WORDS],
  [CAUSE_MARKERS, CAUSING_WORDS],
  [CONTRAST_MARKERS, CONTRASTING_WORDS],
];
const REPORTED_CLAUSE = new Set(['что', 'чтобы', 'dass']);
function appendedSpecifications(de: Side, ru: Side, c: Correspondence, flags: FidelityFlag[]): FidelityFlag[] {
  const out: FidelityFlag[] = [];
  // A reversing word inside the phrase (…, но отрицает, что …) goes with it (dropNegationsInPhrases).
  const flagged = new Set(flags.filter((f) => f.kind !== 'negation').flatMap((f) => [...f.german, ...f.russian].map((w) => w.start)));
  for (const [side, lang] of [[de, 'de'], [ru, 'ru']] as const) {
    const own = lang === 'de' ? c.deTo : c.ruTo;
    const elsewhere = lang === 'de' ? c.deInContext : c.ruInFrame;
    for (let i = 1; i < side.toks.length; i++) {
      if (side.toks[i - 1]!.text !== ',') continue;
      // The first kind of appended phrase whose marker opens here; a restriction or a condition
      // counts only where the other side restricts or conditions nothing itself.
      let marker: readonly string[] | undefined;
      let cancelled = false;
      for (let k = 0; k < APPENDED_PHRASES.length; k++) {
        const markers = APPENDED_PHRASES[k]![0];
        const cancelling = APPENDED_PHRASES[k]![1];
        marker = markers[lang].find((seq) => sequenceAt(side.toks, i, seq));
        if (!marker) continue;
        const other = lang === 'de' ? ru : de;
        // A specification both sides append (…, darunter sechs Jungtiere / …, в том числе шесть
        // тигрят) is rendered, whatever word of it the lexicon lacks: the number rules compare
        // its figures, a changed name the name rules.
        cancelled =
          cancelling !== null
            ? other.toks.some((t) => cancelling.has(t.lower))
            : other.toks.some((t, j) => j > 0 && other.toks[j - 1]!.text === ',' && markers[lang === 'de' ? 'ru' : 'de'].some((seq) => sequenceAt(other.toks, j, seq)));
        break;
      }
      if (!marker || cancelled) continue;
      const phrase: FToken[] = [];
      for (let k = i; k < side.toks.length && side.toks[k]!.clause === side.toks[i]!.clause && side.toks[k]!.kind !== 'punct'; k++) phrase.push(side.toks[k]!);
      const content = phrase.slice(marker.length).filter((t) => (t.kind === 'word' || t.kind === 'number') && isContentRole(side.role[t.i]));
      if (content.length === 0 || content.some((t) => own.get(t.i)?.length || elsewhere.has(t.i) || flagged.has(t.start))) continue;
      // A contrast's verb takes the clause it reports (…, но отрицает, что действовал по заказу),
      // whatever a word of it may have been linked to: the contrast itself is not rendered.
      const end = phrase.length ? phrase[phrase.length - 1]!.i : i;
      const that = side.toks[end + 2];
      if (CONTRAST_MARKERS[lang].some((m) => m === marker) && side.toks[end + 1]?.text === ',' && that && REPORTED_CLAUSE.has(that.lower))
        for (let k = end + 2; k < side.toks.length && side.toks[k]!.clause === that.clause && side.toks[k]!.kind !== 'punct'; k++) phrase.push(side.toks[k]!);
      const words = phrase.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => ({ start: t.start, end: t.end, text: t.text }));
      // The reported clause's words the balance already flagged are this phrase's now.
      const inPhrase = new Set(words.map((w) => w.start));
      for (let k = flags.length - 1; k >= 0; k--) {
        const f = flags[k]!;
        const own = lang === 'de' ? f.german : f.russian;
        if (f.kind === (lang === 'de' ? 'addition' : 'omission') && own.length > 0 && own.every((w) => inPhrase.has(w.start))) flags.splice(k, 1);
      }
      out.push(
        lang === 'de'
          ? { kind: 'addition', reason: 'addition-words', status: 'defect', german: words, russian: [], confidence: 0.75 }
          : { kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: words, confidence: 0.75 },
      );
    }
  }
  return out;
}

/**
 * The target of a change: German says it with "auf" before the quantity (um 12 % auf 87 Mio.
 * Tonnen gestiegen, auf 3 % gesunken), Russian with a verb of reaching before it (вырос на 12 % и
 * достиг 87 млн тонн; снизилась до 3 %, составив …). When the two quantities are linked, the
 * Russian verb is rendered by the German "auf". Adds the links in place.
 */
const RU_REACH = /^(?:достиг|достигл[аои]|достигнет|достигнут|достигнув|составил[аои]?|составит|составят|составив)$/;
function linkChangeTargets(de: Side, ru: Side, c: Correspondence, numberLinks: readonly WordLink[]): void {
  for (const l of numberLinks) {
    const d0 = l.german;
    const r0 = l.russian[0];
    if (!d0 || !r0) continue;
    const dq = de.toks.findIndex((t) => t.start === d0.start);
    const rq = ru.toks.findIndex((t) => t.start === r0.start);
    const auf = de.toks[dq - 1];
    const verb = ru.toks[rq - 1];
    if (dq < 1 || rq < 1 || !auf || !verb || auf.lower !== 'auf' || verb.kind !== 'word' || !RU_REACH.test(verb.lower) || c.ruTo.get(verb.i)?.length) continue;
    c.ruTo.set(verb.i, [auf.i]);
    c.deTo.set(auf.i, [...(c.deTo.get(auf.i) ?? []), verb.i]);
  }
}

/**
 * Russian predicatives of permission and duty (вправе, имеет право, обязан, предстоит) say with a
 * content word what German says with a modal verb (darf, muss): the hedge check pairs their force,
 * and here they are linked to the German modal, so that they are no content word left over for
 * the balance (не вправе размещать / darf … nicht stellen). Adds the links in place.
 */
const RU_MODAL_PREDICATIVE = /^(?:вправе|обязан[аоы]?|предсто(?:ит|ят|яло|ял|яла|яли))$/;
const DE_MODAL_VERB = /^(?:darf|darfst|dürfe|dürfen|dürft|durfte|durften|muss|müssen|musste|mussten|müsse|müsste|müssten|soll|sollen|solle|sollte|sollten)$/;
function linkModalPredicatives(de: Side, ru: Side, c: Correspondence): void {
  const modals = de.toks.filter((t) => t.kind === 'word' && DE_MODAL_VERB.test(t.lower) && !c.deTo.get(t.i)?.length);
  for (const t of ru.toks) {
    if (modals.length === 0) return;
    if (t.kind !== 'word' || c.ruTo.get(t.i)?.length) continue;
    const right = /^прав[оа]$/.test(t.lower) && /^име(?:ет|ют|ем|ешь|ете|ю|л|ла|ли)$/.test(ru.toks[t.i - 1]?.lower ?? '');
    if (!RU_MODAL_PREDICATIVE.test(t.lower) && !right) continue;
    const d = modals.shift()!;
    const words = right ? [ru.toks[t.i - 1]!, t] : [t];
    for (const w of words) if (!c.ruTo.get(w.i)?.length) c.ruTo.set(w.i, [d.i]);
    c.deTo.set(d.i, [...(c.deTo.get(d.i) ?? []), ...words.map((w) => w.i)]);
  }
}

/**
 * Words of the same state or change (geöffnet / откроют, gesperrt / закроют, gestiegen / вырос)
 * render each other where the lexicon does not pair them: the direction check compares them,
 * and they are no content words left over for the balance. Unlinked words of one class are
 * paired in order. Adds the links in place.
 */
const STATE_CLASSES = [
  [DE_OPEN, RU_OPEN],
  [DE_CLOSED, RU_CLOSED],
  [DE_RISE, RU_RISE],
  [DE_FALL, RU_FALL],
] as const;
function linkStateWords(de: Side, ru: Side, c: Correspondence): void {
  for (const [dc, rc] of STATE_CLASSES) {
    const ds = de.toks.filter((t) => t.kind === 'word' && !c.deTo.get(t.i)?.length && dc.has(t.lower));
    if (ds.length === 0) continue;
    const rs = ru.toks.filter((t) => t.kind === 'word' && !c.ruTo.get(t.i)?.length && rc.has(t.lower));
    for (let k = 0; k < Math.min(ds.length, rs.length); k++) {
      c.deTo.set(ds[k]!.i, [rs[k]!.i]);
      c.ruTo.set(rs[k]!.i, [ds[k]!.i]);
    }
  }
}

/**
 * A German word read as an added hedge that a Russian не-word negates (möglich / невозможным)
 * is the negated word itself: the negation flag says what changed, no hedge flag is kept.
 */
function hedgesUnderPrefixNegation(flags: FidelityFlag[]): void {
  const negated = new Set(flags.filter((f) => f.kind === 'negation' && f.reason === 'negation-lost').flatMap((f) => f.german.map((w) => w.start)));
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.russian.length === 0 && f.german.length > 0 && f.german.every((w) => negated.has(w.start))) flags.splice(i, 1);
  }
}

/**
 * A number on one side only that stands inside an added (omitted) phrase went with that phrase:
 * its counted noun (the next word of its clause: zwei Autos; два исследовательских центра), its
 * own unit (aus dem 16. Jahrhundert) or the content word right before it in its clause (первые
 * три, mehrere Werke aus dem 16. Jahrhundert) is one of the added (omitted) words. The addition
 * (omission) flag takes the number among its words, and no number flag is kept of its own.
 * Rewrites flags in place.
 */
function numbersInPhrases(flags: FidelityFlag[], side: Side, lang: 'de' | 'ru'): void {
  const reason = lang === 'de' ? 'number-added' : 'number-missing';
  const kind = lang === 'de' ? 'addition' : 'omission';
  const words = (f: FidelityFlag) => (lang === 'de' ? f.german : f.russian);
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    if (f.kind !== 'number' || f.reason !== reason || words(f).length !== 1 || (lang === 'de' ? f.russian : f.german).length !== 0) continue;
    const w = words(f)[0]!;
    const own = side.toks.filter((t) => t.start >= w.start && t.end <= w.end);
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) continue;
    const next = side.toks[last.i + 1];
    let prev: FToken | undefined;
    for (let k = first.i - 1; k >= 0 && side.toks[k]!.clause === first.clause; k--)
      if (side.toks[k]!.kind === 'word' && isContentRole(side.role[k])) {
        prev = side.toks[k];
        break;
      }
    const near = [...own, ...(next && next.kind === 'word' && next.clause === last.clause ? [next] : []), ...(prev ? [prev] : [])].map((t) => t.start);
    const phrase = flags.find((x) => x.kind === kind && x.status === 'defect' && words(x).some((g) => near.includes(g.start)));
    if (!phrase) continue;
    const merged = [...words(phrase).filter((g) => g.start < w.start || g.start >= w.end), w].sort((a, b) => a.start - b.start);
    if (lang === 'de') phrase.german = merged;
    else phrase.russian = merged;
    flags.splice(i, 1);
  }
}

/**
 * A relative day on one side only (… hat gestern eröffnet / открыл), while the other side names
 * no day, date, month or weekday at all, is a time added (dropped), as Nacht or morgens would be:
 * nothing is said there that the day could contradict. An addition (omission), no number.
 * Rewrites flags in place.
 */
/** Whether a word stands inside a quoted span of at most four words (a title: «Аптека сегодня», „Heute im Kreis“). */
function inShortQuote(side: Side, w: WordRef): boolean {
  const k = side.toks.findIndex((t) => t.start === w.start);
  if (k < 0) return false;
  let open = -1;
  for (let i = k - 1; i >= 0 && i >= k - 4 && open < 0; i--) if (side.toks[i]!.kind === 'quote') open = i;
  if (open < 0) return false;
  for (let i = k + 1; i < side.toks.length && i <= open + 5; i++) if (side.toks[i]!.kind === 'quote') return true;
  return false;
}

function relativeDaysAsTime(flags: FidelityFlag[], de: Side, ru: Side): void {
  const dated = (side: Side) => side.quantities.some((q) => q.kind !== 'amount');
  const relday = (side: Side, w: WordRef) => side.quantities.some((q) => q.kind === 'relday' && q.from.start <= w.start && w.end <= q.to.end) && !inShortQuote(side, w);
  for (const f of flags) {
    if (f.kind !== 'number') continue;
    if (f.reason === 'number-added' && f.russian.length === 0 && f.german.length > 0 && f.german.every((w) => relday(de, w)) && !dated(ru)) {
      f.kind = 'addition';
      f.reason = 'addition-words';
    } else if (f.reason === 'number-missing' && f.german.length === 0 && f.russian.length > 0 && f.russian.every((w) => relday(ru, w)) && !dated(de)) {
      f.kind = 'omission';
      f.reason = 'omission-words';
    }
  }
}

/**
 * A number inside a quoted name right after one of its words („Rossija 24“, «Формула 1», „Kanal 5“)
 * is part of that name: where the name flag already names that word, the number joins it and no
 * number flag is kept of its own. Rewrites flags in place.
 */
function numbersInQuotedNames(flags: FidelityFlag[], side: Side, other: Side): void {
  const lang = side.lang;
  const reason = lang === 'de' ? 'number-added' : 'number-missing';
  const words = (f: FidelityFlag) => (lang === 'de' ? f.german : f.russian);
  const theirs = (f: FidelityFlag) => (lang === 'de' ? f.russian : f.german);
  const quotedThere = (g: WordRef) => {
    const t = other.toks.find((x) => x.start === g.start);
    return t !== undefined && insideQuotes(other.toks, t.i);
  };
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    if (f.kind !== 'number' || f.reason !== reason || words(f).length !== 1) continue;
    const w = words(f)[0]!;
    const q = side.toks.find((t) => t.start === w.start);
    if (!q || q.kind !== 'number') continue;
    const prev = side.toks[q.i - 1];
    if (!prev || prev.kind !== 'word' || !prev.cap || !insideQuotes(side.toks, q.i)) continue;
    // The name flag names that word, or the other side's quoted name said where this one stands.
    const name = flags.find(
      (x) => x.kind === 'name' && x.status === 'defect' && (words(x).some((g) => g.start === prev.start) || (words(x).length === 0 && theirs(x).some(quotedThere))),
    );
    if (!name) continue;
    const merged = [...words(name), w].sort((a, b) => a.start - b.start);
    if (words(name).length === 0) name.reason = 'name-differs';
    if (lang === 'de') name.german = merged;
    else name.russian = merged;
    flags.splice(i, 1);
  }
}

/** Whether token i stands between an opening and a closing quotation mark of its sentence. */
function insideQuotes(toks: readonly FToken[], i: number): boolean {
  let before = 0;
  for (let k = i - 1; k >= 0 && toks[k]!.kind !== 'punct'; k--) if (toks[k]!.kind === 'quote') before++;
  let after = 0;
  for (let k = i + 1; k < toks.length && toks[k]!.kind !== 'punct'; k++) if (toks[k]!.kind === 'quote') after++;
  return before % 2 === 1 && after > 0;
}

/**
 * A number missing from the German whose Russian clause has no word the German renders
 * (…, пострадали 14 пассажиров, четверо из них госпитализированы) went with its clause: one
 * omitted clause, not a number flag. Rewrites such flags in place.
 */
function numbersInDroppedClauses(flags: FidelityFlag[], ru: Side, c: Correspondence): void {
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (f.kind !== 'number' || f.reason !== 'number-missing' || f.russian.length !== 1) continue;
    const q = ru.toks.find((t) => t.start === f.russian[0]!.start);
    if (!q) continue;
    let clause = ru.toks.filter((t) => t.clause === q.clause && (t.kind === 'word' || t.kind === 'number'));
    // A gapped clause (…, а для северных районов — на 10%): the dash stands for the verb it shares
    // with the clause before, so the number's clause begins before the dash.
    const gapped = gappedPart(ru, clause);
    if (gapped) clause = [...gapped, ...clause];
    const content = clause.filter((t) => (t.start < f.russian[0]!.start || t.start >= f.russian[0]!.end) && isContentRole(ru.role[t.i]));
    if (content.length === 0 || content.some((t) => c.ruTo.has(t.i) || c.ruInFrame.has(t.i))) continue;
    const words = new Set(clause.map((t) => t.start));
    // An omission flag already raised on words of the clause is part of it.
    for (let k = flags.length - 1; k >= 0; k--) {
      const o = flags[k]!;
      if (k !== i && o.kind === 'omission' && o.russian.every((w) => words.has(w.start))) {
        flags.splice(k, 1);
        if (k < i) i--;
      }
    }
    flags[i] = { kind: 'omission', reason: 'omission-clause', status: f.status, german: [], russian: clause.map((t) => ({ start: t.start, end: t.end, text: t.text })), confidence: 0.75 };
  }
}

/**
 * The part before the dash of a Russian gapped clause whose verb a dash replaces (…, а по
 * выходным — четыре раза): the words of the clause before the dash when it opens with а, но or
 * и after a comma, in the same sentence, without a quotation mark or a word of saying between.
 */
function gappedPart(ru: Side, clause: readonly FToken[]): FToken[] | undefined {
  const first = clause[0];
  const dash = first && ru.toks[first.i - 1];
  if (!dash || dash.kind !== 'punct' || (dash.text !== '—' && dash.text !== '–')) return undefined;
  const last = ru.toks[dash.i - 1];
  if (!last) return undefined;
  const before = ru.toks.filter((t) => t.clause === last.clause && t.i < dash.i && t.sentence === first.sentence);
  const head = before.find((t) => t.kind !== 'punct');
  const comma = head && ru.toks[head.i - 1];
  if (!head || (head.lower !== 'а' && head.lower !== 'но' && head.lower !== 'и') || !comma || comma.text !== ',') return undefined;
  if (before.some((t) => t.kind === 'quote' || RU_SAY.test(t.lower))) return undefined;
  return before.filter((t) => t.kind === 'word' || t.kind === 'number');
}

function firstStart(f: FidelityFlag): number {
  return f.german[0]?.start ?? f.russian[0]?.start ?? 0;
}
