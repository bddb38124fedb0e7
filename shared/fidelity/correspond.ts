/**
 * Word correspondence between a German quotation and its Russian span: every pair of words
 * is scored (same spelling, name, dictionary, cognate, compound part, closed-class partner),
 * then linked competitively — best pairs first, each word once — with a second pass that lets
 * a German compound take several Russian words and a last pass into the Russian context.
 */
import { verbForms } from '../align/match/links';
import { strongVerbInfinitives } from '../align/match/strong-verbs';
import { cognateSimilarity, compoundSimilarity, foldWord } from '../align/quotes/lexical';
import {
  DE_AFFIRMING,
  DE_FUNCTION,
  functionWordAsNoun,
  DE_INTENSIFIERS,
  DE_NEGATION,
  DE_PERMISSION,
  DE_REVERSING,
  MODAL_VERBS,
  RU_AFFIRMING,
  RU_FUNCTION,
  RU_INTENSIFIERS,
  RU_NEGATION,
  RU_NI_WORDS,
  RU_REVERSING,
} from './closed-classes';
import { RU_EVALUATIVE } from './evaluative';
import type { WordMatcher } from './matcher';
import { nameSimilarity, twoWordPlaceAdjective } from './names';
import type { Quantity } from './numbers';
import { refOf, type FToken, type Lang } from './tokens';
import type { MatchKind, WordLink } from './types';
import { eitherTest, endings, lettersThenEnding } from './letters';

/** What a word is to the checks. */
export type Role = 'function' | 'negation' | 'reversing' | 'affirming' | 'intensifier' | 'hedge' | 'number' | 'content';

/** One side of the comparison with its tokens' roles. */
export interface Side {
  lang: Lang;
  text: string;
  toks: FToken[];
  quantities: Quantity[];
  /** Role per token index (only words and numbers have one). */
  role: Array<Role | undefined>;
}

/** Builds a side: roles from the closed classes; `hedgeTokens` come from `findHedges`. */
export function makeSide(lang: Lang, text: string, toks: FToken[], quantities: Quantity[], hedgeTokens: ReadonlySet<number>): Side {
  const role: Array<Role | undefined> = [];
  const numeric = new Set<number>();
  // A weak quantity (einem Monat, один из) leaves its words to ordinary matching.
  for (const q of quantities) if (!q.weak) for (const k of q.covers) if (k !== q.unitAt || q.unit === 'pct') numeric.add(k);
  for (const t of toks) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    role[t.i] = roleOf(t, lang, numeric.has(t.i), hedgeTokens.has(t.i), toks[t.i + 1], toks[t.i - 1], toks);
  }
  if (lang === 'de') {
    separableVerbs(toks, role);
    reflexiveRetreat(toks, role);
  }
  return { lang, text, toks, quantities, role };
}

/**
 * Particles a German separable verb leaves at the end of its clause (wies … zurück, schließt …
 * aus, sieht … vor). A preposition there has no object, so it is the verb's particle.
 */
const DE_PARTICLE = new Set(['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'weiter', 'zu', 'zurück', 'zusammen']);
/**
 * Finite forms whose verb with the particle at the clause end reverses polarity while the form
 * alone does not (schließt … aus = ausschließen, but schließt die Tür; sagte … ab = absagen).
 */
const DE_SPLIT_REVERSING: ReadonlyArray<[RegExp, string]> = [
  [/^(?:schließ|schloss|schloß)/, 'aus'],
  [/^sag/, 'ab'],
  [/^(?:zieh|zog)/, 'zurück'],
  [/^(?:streit|stritt)/, 'ab'],
  [/^(?:hör)/, 'auf'],
];

/**
 * A particle that ends its clause after a finite verb of that clause is part of the verb
 * (function), and a split reversing verb (schließt … aus) is reversing.
 */
function separableVerbs(toks: readonly FToken[], role: Array<Role | undefined>): void {
  for (const t of toks) {
    if (t.kind !== 'word' || t.cap || !DE_PARTICLE.has(t.lower)) continue;
    const next = toks[t.i + 1];
    if (next && (next.kind === 'word' || next.kind === 'number') && next.clause === t.clause) continue;
    const prev = toks[t.i - 1];
    // "bis zu", "nach wie vor": a particle needs a word before it that is no preposition of its own.
    if (!prev || prev.kind !== 'word' || prev.clause !== t.clause) continue;
    const verbs: FToken[] = [];
    for (let k = t.i - 1; k >= 0 && toks[k]!.clause === t.clause; k--) {
      const x = toks[k]!;
      if (x.kind === 'word' && !x.cap && role[k] !== 'negation' && DE_FINITE_SHAPE.test(x.lower)) verbs.push(x);
    }
    if (verbs.length === 0) continue;
    role[t.i] = 'function';
    // haben with a particle at the clause end is a full verb (hat … vor = vorhaben), no auxiliary.
    for (const v of verbs) if (DE_HABEN.has(v.lower)) role[v.i] = 'content';
    for (const v of verbs) if (role[v.i] === 'content' && DE_SPLIT_REVERSING.some(([re, p]) => p === t.lower && re.test(v.lower))) role[v.i] = 'reversing';
  }
}
/**
 * The infinitives a finite German verb with its particle at the clause end may stand for (sieht
 * … vor: vorsehen; nimmt … fest: festnehmen; wies … zurück: zurückweisen; teilte … mit:
 * mitteilen): the particle before the infinitives guessed from the finite form, a strong verb's
 * present with its vowel changed back (sieht, gibt, nimmt, hält) and its past (sah, wies).
 */
function separableLemmas(side: { toks: readonly FToken[]; role: Array<Role | undefined> }): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const { toks, role } = side;
  for (const t of toks) {
    if (t.kind !== 'word' || role[t.i] !== 'function' || !DE_PARTICLE.has(t.lower)) continue;
    const next = toks[t.i + 1];
    if (next && (next.kind === 'word' || next.kind === 'number') && next.clause === t.clause) continue;
    for (let k = t.i - 1; k >= 0 && toks[k]!.clause === t.clause; k--) {
      const v = toks[k]!;
      if (v.kind !== 'word' || v.cap || role[k] !== 'content' || !DE_FINITE_SHAPE.test(v.lower)) continue;
      const stems = new Set<string>();
      for (const f of verbForms(v.lower)) stems.add(f);
      for (const f of strongVerbInfinitives(v.lower)) stems.add(f);
      if (DE_HABEN.has(v.lower)) stems.add('haben');
      // Strong presents: sieht → sehen, gibt → geben, nimmt → nehmen, hält → halten, läuft → laufen.
      const base = v.lower.replace(/(?:s?t|e)$/, '');
      const changed = base.replace(/ie(?=[^aeiouäöü]*$)/, 'e').replace(/ä(?=[^aeiouäöü]*$)/, 'a').replace(/i(?=[^aeiouäöü]*$)/, 'e').replace(/mm$/, 'hm');
      if (changed !== base) stems.add(changed + 'en');
      // hält → halten: the stem's own t took the ending's place.
      const whole = v.lower.replace(/ä(?=[^aeiouäöü]*$)/, 'a');
      if (whole !== v.lower && whole.endsWith('t')) stems.add(whole + 'en');
      // Konjunktiv I of reported speech (sehe … vor, nehme … teil): the stem before -e takes -en.
      if (v.lower.endsWith('e') && !v.lower.endsWith('te')) stems.add(v.lower + 'n');
      out.set(k, [...stems].map((f) => t.lower + f));
    }
  }
  return out;
}

/** Finite forms of haben (hat … vor, hatten … vor: vorhaben). */
const DE_HABEN = new Set('habe hast hat haben habt hatte hattest hatten hattet hätte hätten'.split(' '));

/** German reflexive pronouns (sich zurückziehen: to retreat). */
const DE_REFLEXIVE = new Set(['sich', 'mich', 'dich', 'uns', 'euch']);

/**
 * zurückziehen with a reflexive pronoun in its clause (die Armee zog sich zurück, hat sich
 * zurückgezogen) says "retreat, withdraw oneself" (отступила, удалилась): a content verb, not the
 * reversing "withdraw" of a claim or a bill (zog die Klage zurück, отозвал иск).
 */
function reflexiveRetreat(toks: readonly FToken[], role: Array<Role | undefined>): void {
  for (const t of toks) {
    if (role[t.i] !== 'reversing' || !/^(?:zieh|zog|zurückzieh|zurückgezogen|zurückzog)/.test(t.lower)) continue;
    if (toks.some((x) => x.clause === t.clause && x.kind === 'word' && DE_REFLEXIVE.has(x.lower))) role[t.i] = 'content';
  }
}

/** A finite German verb form by its ending (present, past, Konjunktiv). */
const DE_FINITE_SHAPE = /(?:t|te|ten|tet|st|en|e)$|^(?:wies|schloss|schloß|zog|stritt|sah|gab|nahm|kam|fand|hielt|ging|rief|sprach|trat|stand|lud|bot|warf|traf|fiel|ließ)$/;

/** German generic nouns of people (Menschen, Leute, Personen) that an adjective before them specifies. */
const DE_PEOPLE = new Set('menschen mensch leute leuten personen'.split(' '));
/** German inflected adjectives (junge, älteren, obdachloser). */
const DE_ADJECTIVE_FORM = lettersThenEnding(3, ['e', 'en', 'er', 'es', 'em']);

/** Words after which a capitalised Nichts is the noun (dem Nichts, ins Nichts, das Nichts). */
const NICHTS_NOUN_BEFORE = new Set('das dem des ins im vom ans am aufs zum ein'.split(' '));

/** The Russian noun отказ in its case forms: refusal (отказ от, отказ в визе) or failure (отказ двигателя). */
const RU_REFUSAL_NOUN = new Set('отказ отказа отказу отказом отказе отказы отказов'.split(' '));
const RU_INFINITIVE_SHAPE = /(?:ать|ять|еть|ить|уть|ыть|оть|ти|чь)(?:ся|сь)?$/;

/**
 * Whether the noun отказ at `t` says "failure": a noun follows it in the genitive (отказ
 * двигателя, отказ тормозов), with no preposition and no infinitive after it in its clause (отказ от
 * сделки, отказ в визе, ответил отказом на просьбу, отказ властей выдать разрешение are refusals).
 */
function failureNoun(t: FToken, next: FToken | undefined, toks: readonly FToken[] | undefined): boolean {
  if (!next || next.kind !== 'word' || next.clause !== t.clause) return false;
  if (RU_FUNCTION.has(next.lower) || RU_INFINITIVE_SHAPE.test(next.lower)) return false;
  for (let k = t.i + 2; k <= t.i + 4 && toks && k < toks.length; k++) {
    const x = toks[k]!;
    if (x.clause !== t.clause) break;
    if (x.kind === 'word' && RU_INFINITIVE_SHAPE.test(x.lower)) return false;
  }
  return true;
}

const RU_ZERO = new Set('ноль нуль нуля ноля нулю нулём нулем нуле'.split(' '));
const EINZIG = new Set('einzig einzige einziger einzigen einzigem einziges'.split(' '));
const EIN_KEIN = new Set('ein eine einen einem einer eines kein keine keinen keinem keiner keines'.split(' '));

function roleOf(t: FToken, lang: Lang, numeric: boolean, hedge: boolean, next: FToken | undefined, prev: FToken | undefined, toks?: readonly FToken[]): Role {
  if (numeric) return 'number';
  if (t.kind === 'number') return 'number';
  if (hedge) return 'hedge';
  const w = t.lower;
  if (lang === 'de') {
    // Herr/Frau before a name is a form of address, like господин.
    if ((w === 'frau' || w === 'herr' || w === 'herrn') && next?.cap) return 'function';
    // "findet ... statt", "gab ... statt": the particle of a separable verb ends its clause; the
    // preposition "statt X" (instead of) is followed by what it replaces.
    if (w === 'statt' && (!next || next.kind === 'punct' || next.kind === 'quote')) return 'function';
    // "kein einziger", "ein einziger" only stress the count (ни один, один-единственный).
    if (EINZIG.has(w) && prev !== undefined && EIN_KEIN.has(prev.lower)) return 'function';
    // The noun "das Nichts" (vor dem Nichts stehen, aus dem Nichts, ins Nichts): capitalised
    // inside its sentence after an article or a preposition fused with one, it negates nothing.
    if (w === 'nichts' && t.cap && !t.sentenceStart && prev !== undefined && NICHTS_NOUN_BEFORE.has(prev.lower)) return 'content';
    if (DE_NEGATION.has(w)) return 'negation';
    if (DE_REVERSING.has(w)) return 'reversing';
    if (DE_INTENSIFIERS.has(w)) return 'intensifier';
    if (DE_FUNCTION.has(w)) return functionWordAsNoun(t, prev) ? 'content' : 'function';
    if (DE_AFFIRMING.has(w)) return 'affirming';
    return 'content';
  }
  // ниже / выше before zero or a number are prepositions (ниже нуля = unter null, выше 30
  // градусов = über 30 Grad), function words like unter / über, not comparatives.
  if ((w === 'ниже' || w === 'выше') && next && next.clause === t.clause && (next.kind === 'number' || RU_ZERO.has(next.lower))) return 'function';
  if (RU_NEGATION.has(w) || RU_NI_WORDS.has(w)) return 'negation';
  if (RU_REVERSING.has(w) && !(RU_REFUSAL_NOUN.has(w) && failureNoun(t, next, toks))) return 'reversing';
  if (RU_INTENSIFIERS.has(w)) return 'intensifier';
  if (RU_FUNCTION.has(w)) return 'function';
  if (RU_AFFIRMING.has(w)) return 'affirming';
  return 'content';
}

/** Whether a role carries meaning that the omission/addition balance counts. */
export function isContentRole(r: Role | undefined): boolean {
  return r === 'content' || r === 'affirming' || r === 'reversing';
}

interface Scored {
  score: number;
  kind: MatchKind;
}

const foldCache = new Map<string, string>();
function fold(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    f = foldWord(w);
    if (foldCache.size > 20_000) foldCache.clear();
    foldCache.set(w, f);
  }
  return f;
}

/** Score of a German word rendering a Russian word (content words and names). */
/** Russian verbs in -овать/-ировать/-изовать (any form) and the verbal prefixes before a noun stem. */
const RU_DENOMINAL = /^(.{3,}?)(?:ирова|изова|ова|у)(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ется|ются|ешь|ем|ете)$/;
const RU_VERB_PREFIX = /^(?:о|об|по|за|на|с|из|вы|при|раз|пере|от|до)(?=.{3,})/;
const denominalCache = new Map<string, readonly string[]>();

/**
 * The nouns a Russian verb of the -овать kind is made from (оштрафовала → оштраф, штраф;
 * контролирует → контрол). Memoised per word; empty for other words.
 */
function denominalNouns(ru: string): readonly string[] {
  let out = denominalCache.get(ru);
  if (out) return out;
  const m = RU_DENOMINAL.exec(ru);
  const list: string[] = [];
  if (m) {
    const stem = m[1]!;
    list.push(stem);
    const bare = stem.replace(RU_VERB_PREFIX, '');
    if (bare !== stem) list.push(bare);
  }
  out = list;
  if (denominalCache.size > 20_000) denominalCache.clear();
  denominalCache.set(ru, out);
  return out;
}

/**
 * A token read as another word (a part of a hyphenated word), for `pairScore`. Made without
 * writing over the token's own text: a spread with an override (`{ ...t, text }`) stores a field
 * of the shape all tokens share a second time, and V8 then drops the optimised code of every
 * function that reads tokens (seven of them on a process's first checks, compiled again later).
 */
function readAs(t: FToken, text: string, cap: boolean): FToken {
  const { text: _text, lower: _lower, cap: _cap, ...rest } = t;
  return { ...rest, text, lower: text.toLowerCase(), cap };
}

export function pairScore(d: FToken, r: FToken, matcher: WordMatcher): Scored | null {
  const de = d.lower;
  const ru = r.lower;
  if (de === ru && de.length >= 2) return { score: 1, kind: 'exact' };
  // Assigned inside `take`; the cast keeps TypeScript from narrowing it to null.
  let best = null as Scored | null;
  const take = (s: Scored | null) => {
    if (s && s.score > 0 && (!best || s.score > best.score)) best = s;
  };
  if (d.cap || r.cap) {
    // Russian capitals mark names; a German capital alone is a noun (Reform / реформа).
    const n = nameSimilarity(de, ru);
    if (n > 0) take({ score: n, kind: r.cap ? 'name' : 'cognate' });
  }
  const m = matcher.match(de, ru);
  if (m) take({ score: m.score, kind: m.kind });
  // A German noun rendered by a Russian verb made from it (mit einer Geldstrafe belegen /
  // оштрафовать, Kontrolle / контролировать): the verb's noun stem, its prefix taken off.
  if (d.cap && !r.cap && (best === null || best.score < 0.7))
    for (const noun of denominalNouns(ru)) {
      const v = matcher.match(de, noun);
      if (v) take({ score: 0.8 * v.score, kind: v.kind });
    }
  if (best === null || best.score < 0.9) {
    const fd = fold(de);
    const fr = fold(ru);
    // Cognates share their first or second letter at least.
    if (fd.length >= 4 && fr.length >= 4 && (fd[0] === fr[0] || fd[1] === fr[1])) {
      const c = cognateSimilarity(fd, fr);
      // Long loan words differ by a suffix (Evakuierung / эвакуация): 0.75 is enough from 8 letters.
      if (c >= 0.8 || (c >= 0.75 && Math.min(fd.length, fr.length) >= 8)) take({ score: 0.85 * c, kind: 'cognate' });
      const p = compoundSimilarity(fd, fr);
      if (p > 0) take({ score: p + 0.1, kind: 'compound' });
    }
  }
  // A hyphenated Russian compound is rendered by its head, the last part (вице-губернатор /
  // Vizegouverneur, премьер-министр / Premierminister), as a German compound is.
  if ((best === null || best.score < 0.9) && ru.includes('-') && !de.includes('-')) {
    // A capitalised head (Урал-Инфо, Ростова-на-Дону) makes it a name, compared as a whole.
    const head = r.text.slice(r.text.lastIndexOf('-') + 1);
    if (head.length >= 4 && head === head.toLowerCase()) {
      const sub = pairScore(d, readAs(r, head, false), matcher);
      if (sub) take({ score: 0.9 * sub.score, kind: sub.kind === 'name' || sub.kind === 'exact' ? sub.kind : 'compound' });
    }
  }
  // Hyphenated German words compare by part too (EU-Kommission, Nord-Stream).
  if ((best === null || best.score < 0.9) && de.includes('-')) {
    for (const part of d.text.split('-')) {
      if (part.length < 2) continue;
      const sub = pairScore(readAs(d, part, part[0] !== part[0]!.toLowerCase()), r, matcher);
      if (sub) take({ score: 0.9 * sub.score, kind: sub.kind === 'name' || sub.kind === 'exact' ? sub.kind : 'compound' });
    }
  }
  return best;
}

/** Closed-class partners: a negation renders a negation, a hedge a hedge, and so on. */
function closedScore(rd: Role | undefined, rr: Role | undefined): Scored | null {
  if (rd === undefined || rd !== rr) return null;
  if (rd === 'negation' || rd === 'hedge' || rd === 'intensifier' || rd === 'reversing' || rd === 'affirming') return { score: 0.8, kind: 'function' };
  return null;
}

/** The linking: German token index -> Russian token indices, with kinds and scores. */
export interface Correspondence {
  links: WordLink[];
  /** German token index -> linked Russian token indices (context words excluded). */
  deTo: Map<number, number[]>;
  /** Russian token index -> linked German token indices. */
  ruTo: Map<number, number[]>;
  /** German token indices matched only in the Russian context. */
  deInContext: Set<number>;
  /** Russian token indices rendered by a word of the German sentence outside the quotation. */
  ruInFrame: Set<number>;
}

/** Whether a word of one side is rendered: linked, or matched in the German context / the Russian frame. */
export const isRendered = (side: Side, c: Correspondence, t: FToken): boolean =>
  side.lang === 'de' ? c.deTo.has(t.i) || c.deInContext.has(t.i) : c.ruTo.has(t.i) || c.ruInFrame.has(t.i);

const MIN_SCORE = 0.5;

/** Russian finite verbs and infinitives by their endings (сказал, говорили, делает, уехать). */
export const RU_VERB = lettersThenEnding(2, 'л ла ло ли лся лась лось лись ть ться ет ёт ит ют ят ется ётся ится ются ятся'.split(' '));
/** Russian adjectives of relation (газотранспортная, государственный, нефтяных). */
const RELATIONAL_ADJECTIVE = lettersThenEnding(4, 'ый ий ой ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими'.split(' '));

/** Endings of a Russian noun in the genitive (здравоохранения, города, границы, районов). */
// The genitive plural of nouns in -ия / -ие ends in -ий (симпатий, станций, условий).
const RU_GENITIVE = lettersThenEnding(3, 'а я ы и ов ев ей ий'.split(' '));
/**
 * A genitive plural in -ий of a noun in -ия / -ие (симпатий, станций, условий, историй): an
 * adjective in -ий has к, г, х, ж, ч, ш, щ or a soft н before it (русский, долгий, свежий, синий).
 */
const RU_GENITIVE_PLURAL_IJ = { test: (w: string) => w.length >= 6 && w.endsWith('ий') && !'кгхжчшщн'.includes(w[w.length - 3]!) };

/** Russian adjectives of kind (научно-исследовательское, арктическую, морской): -ск-, -цк- or hyphenated. */
const RU_KIND_ADJECTIVE = {
  test: (w: string) => {
    const last = w.slice(w.lastIndexOf('-') + 1);
    return RELATIONAL_ADJECTIVE.test(last) && (last !== w || RU_SK_ADJECTIVE.test(w));
  },
};
const RU_SK_ADJECTIVE = lettersThenEnding(2, endings(['ск', 'цк'], 'ий ой ая ое ие ого ому им ом ую их ими ей'.split(' ')));

/** Russian prepositions of topic after a noun (соглашение о торговле, саммит по климату). */
const RU_TOPIC_PREPOSITION = new Set(['о', 'об', 'по']);

/** Russian adjectives in the genitive (сельского, высшей, внутренних). */
const RU_GENITIVE_ADJECTIVE = lettersThenEnding(3, 'ого его ой ей ых их'.split(' '));

/** Russian short passive participles (подписан, закрыты, сфальсифицированы). */
export const RU_SHORT_PARTICIPLE = eitherTest(
  lettersThenEnding(4, endings(['ан', 'ян', 'ен', 'ён'], ['', 'а', 'о', 'ы'])),
  lettersThenEnding(3, endings(['ит', 'ыт', 'ут'], ['а', 'о', 'ы'])),
);

/** Links the words of both sides (numbers come linked already, from `compareQuantities`). */
export function correspond(de: Side, ru: Side, matcher: WordMatcher, numberLinks: readonly WordLink[], context?: Side & { offset: number }): Correspondence {
  const deTo = new Map<number, number[]>();
  const ruTo = new Map<number, number[]>();
  const links: WordLink[] = [...numberLinks];
  const add = (i: number, j: number) => {
    (deTo.get(i) ?? deTo.set(i, []).get(i)!).push(j);
    (ruTo.get(j) ?? ruTo.set(j, []).get(j)!).push(i);
  };
  // Number links tie their tokens together too (they anchor the omission balance).
  for (const dq of de.quantities)
    for (const l of numberLinks) {
      if (l.german.start !== dq.from.start) continue;
      const rq = ru.quantities.find((q) => q.from.start === l.russian[0]!.start);
      if (rq) for (const i of dq.covers) for (const j of rq.covers) add(i, j);
    }
  const cands: Array<{ i: number; j: number; s: Scored; tie: number }> = [];
  const joined = de.lang === 'de' ? separableLemmas(de) : new Map<number, string[]>();
  const nd = Math.max(1, de.toks.length - 1);
  const nr = Math.max(1, ru.toks.length - 1);
  // Intensifiers also match ordinary words (stark / сильно).
  const open = (x: Role | undefined) => isContentRole(x) || x === 'intensifier';
  for (let di = 0; di < de.toks.length; di++) {
    const d = de.toks[di]!;
    const rd = de.role[d.i];
    if (rd === undefined || rd === 'number' || rd === 'function') continue;
    const lemmas = joined.get(d.i);
    for (let ri = 0; ri < ru.toks.length; ri++) {
      const r = ru.toks[ri]!;
      const rr = ru.role[r.i];
      if (rr === undefined || rr === 'number' || rr === 'function') continue;
      let s = closedScore(rd, rr) ?? (open(rd) && open(rr) ? pairScore(d, r, matcher) : null);
      // A finite verb whose particle ends the clause is looked up as the whole verb too (sieht …
      // vor = vorsehen / предусматривает; nimmt … fest = festnehmen).
      if (lemmas !== undefined)
        for (let k = 0; k < lemmas.length; k++) {
          if (!open(rr)) break;
          const v = matcher.match(lemmas[k]!, r.lower);
          if (v && (!s || v.score > s.score)) s = { score: v.score, kind: v.kind };
        }
      if (s && s.score >= MIN_SCORE) cands.push({ i: d.i, j: r.i, s, tie: 1 - Math.abs(d.i / nd - r.i / nr) });
    }
  }
  cands.sort((a, b) => b.s.score + 0.05 * b.tie - (a.s.score + 0.05 * a.tie));
  const linkOf = new Map<number, WordLink>();
  for (const c of cands) {
    if (deTo.has(c.i) || ruTo.has(c.j)) continue;
    add(c.i, c.j);
    const l: WordLink = { german: refOf(de.toks[c.i]!), russian: [refOf(ru.toks[c.j]!)], kind: c.s.kind, score: round(c.s.score) };
    links.push(l);
    linkOf.set(c.i, l);
  }
  // A German compound or multi-word rendering may cover further Russian words
  // (Staatshaushalt / государственный бюджет); a repeated German word may share a Russian one.
  // The further words stand in one phrase with a word the compound already takes: only function
  // words and words rendered by other German words between them (расходы школы на отопление /
  // Heizkosten der Schule). A word past an unrendered one belongs to another phrase (лесных
  // пожаров … и на закупку новой пожарной техники is no part of Waldbränden's rendering).
  const beside = (i: number, j: number) =>
    deTo.get(i)!.some((k) => {
      if (ru.toks[k]!.clause !== ru.toks[j]!.clause) return false;
      for (let x = Math.min(k, j) + 1; x < Math.max(k, j); x++) if (isContentRole(ru.role[x]) && !ruTo.has(x)) return false;
      return true;
    });
  const further = cands.filter((c) => {
    const l = linkOf.get(c.i);
    return l !== undefined && !ruTo.has(c.j) && c.s.score >= 0.6 && (l.kind === 'compound' || de.toks[c.i]!.text.length >= 10 || c.s.kind === 'compound');
  });
  for (let grown = further.length > 0; grown; ) {
    grown = false;
    for (const c of further) {
      if (ruTo.has(c.j) || !beside(c.i, c.j)) continue;
      add(c.i, c.j);
      linkOf.get(c.i)!.russian.push(refOf(ru.toks[c.j]!));
      grown = true;
    }
  }
  // A long German compound rendered by a Russian relational adjective also renders the noun
  // that adjective stands before (Gastransportnetz / газотранспортная система): its head.
  // Likewise a compound whose first part is rendered by a Russian genitive renders the noun that
  // genitive depends on (Stadtrand / окраине города): the compound's head, before it.
  const nounLike = (t: FToken | undefined, j: number): t is FToken =>
    t !== undefined && t.kind === 'word' && !t.cap && !ruTo.has(t.i) && t.clause === ru.toks[j]!.clause && ru.role[t.i] === 'content' && !RU_VERB.test(t.lower) && (!RELATIONAL_ADJECTIVE.test(t.lower) || RU_GENITIVE_PLURAL_IJ.test(t.lower));
  const kindAdjective = (t: FToken | undefined, j: number): t is FToken =>
    t !== undefined && t.kind === 'word' && (!t.cap || t.sentenceStart) && !ruTo.has(t.i) && t.clause === ru.toks[j]!.clause && ru.role[t.i] === 'content' && RU_KIND_ADJECTIVE.test(t.lower);
  // A long derived adjective (горнодобывающая, предупредительные, рейтинговое: eleven letters or
  // more, no evaluation) before the compound's head says what kind as the compound's first part
  // does (Bergbauunternehmen, Warnschüsse, Ratingagentur); the short qualitative ones (новая,
  // крупная, старый) stay words of their own.
  const longAdjective = (t: FToken | undefined, j: number): t is FToken =>
    t !== undefined && t.kind === 'word' && (!t.cap || t.sentenceStart) && t.lower.length >= 11 && !ruTo.has(t.i) && t.clause === ru.toks[j]!.clause &&
    ru.role[t.i] === 'content' && RELATIONAL_ADJECTIVE.test(t.lower) && !RU_EVALUATIVE.has(t.lower);
  const genitiveAdjective = (t: FToken | undefined, j: number): t is FToken =>
    t !== undefined && t.kind === 'word' && !t.cap && !ruTo.has(t.i) && t.clause === ru.toks[j]!.clause && ru.role[t.i] === 'content' && RU_GENITIVE_ADJECTIVE.test(t.lower);
  for (const [i, l] of linkOf) {
    const d = de.toks[i]!;
    if (!d.cap || l.russian.length !== 1) continue;
    const j = ru.toks.findIndex((t) => t.start === l.russian[0]!.start);
    if (j < 0) continue;
    const after = ru.toks[j + 1];
    const before = ru.toks[j - 1];
    let head: FToken | undefined;
    if (d.text.length >= 10 && RELATIONAL_ADJECTIVE.test(ru.toks[j]!.lower) && nounLike(after, j)) head = after;
    // A compound rendered by its head noun also renders a relational adjective before that noun
    // (Forschungsschiff / научно-исследовательское судно, Atomkraftwerk / атомная станция is the
    // case above): a -ск- adjective or a hyphenated one, which says what kind, as the first part does.
    else if (l.kind === 'compound' && d.text.length >= 10 && !RELATIONAL_ADJECTIVE.test(ru.toks[j]!.lower) && (kindAdjective(before, j) || longAdjective(before, j))) head = before;
    else if (l.kind === 'compound' && !RELATIONAL_ADJECTIVE.test(ru.toks[j]!.lower) && nounLike(before, j)) head = before;
    // … and a compound rendered by its head noun renders the genitive after that noun too
    // (Gesundheitsminister / министр здравоохранения, Grenzschutz / охрана границы).
    else if (l.kind === 'compound' && d.text.length >= 10 && !RELATIONAL_ADJECTIVE.test(ru.toks[j]!.lower) && nounLike(after, j) && RU_GENITIVE.test(after.lower)) head = after;
    // … with its adjective when the genitive is a phrase (Landwirtschaftsminister / министр
    // сельского хозяйства, Hochschulbildung / образование высшей школы).
    else if (l.kind === 'compound' && d.text.length >= 10 && !RELATIONAL_ADJECTIVE.test(ru.toks[j]!.lower) && genitiveAdjective(after, j) && nounLike(ru.toks[j + 2], j) && RU_GENITIVE.test(ru.toks[j + 2]!.lower)) {
      add(i, after.i);
      l.russian.push(refOf(after));
      head = ru.toks[j + 2];
    }
    if (!head) continue;
    add(i, head.i);
    l.russian.push(refOf(head));
  }
  // A compound rendered by its head noun renders a topic phrase after it too, о / об / по with a
  // noun and at most one adjective before it (Freihandelsabkommen / соглашение о свободной
  // торговле, Klimagipfel / саммит по климату): Russian says a compound's first part so.
  for (const [i, l] of linkOf) {
    const d = de.toks[i]!;
    if (!d.cap || l.kind !== 'compound' || d.text.length < 10) continue;
    const last = ru.toks.findIndex((t) => t.start === l.russian[l.russian.length - 1]!.start);
    const prep = ru.toks[last + 1];
    if (last < 0 || !prep || !RU_TOPIC_PREPOSITION.has(prep.lower) || prep.clause !== ru.toks[last]!.clause) continue;
    let k = last + 2;
    const taken: FToken[] = [];
    const adj = ru.toks[k];
    if (adj && adj.kind === 'word' && !adj.cap && !ruTo.has(adj.i) && adj.clause === prep.clause && ru.role[adj.i] === 'content' && RELATIONAL_ADJECTIVE.test(adj.lower) && nounLike(ru.toks[k + 1], last)) {
      taken.push(adj);
      k++;
    }
    const noun = ru.toks[k];
    if (!nounLike(noun, last)) continue;
    taken.push(noun);
    for (const t of taken) {
      add(i, t.i);
      l.russian.push(refOf(t));
    }
  }
  // A German word left over may share a Russian word only as a pair as strong as the one that
  // holds it (a repeated word, two German words for one Russian); a weaker dictionary sense of
  // a word already rendered is no counterpart (an added word stays unmatched).
  const holder = new Map<number, number>();
  for (const l of linkOf.values()) for (const r of l.russian) holder.set(r.start, Math.max(holder.get(r.start) ?? 0, l.score));
  for (const c of cands) {
    if (deTo.has(c.i) || c.s.score < 0.85 || round(c.s.score) < (holder.get(ru.toks[c.j]!.start) ?? 0)) continue;
    add(c.i, c.j);
    const l: WordLink = { german: refOf(de.toks[c.i]!), russian: [refOf(ru.toks[c.j]!)], kind: c.s.kind, score: round(c.s.score) };
    links.push(l);
    linkOf.set(c.i, l);
  }
  // A two-word place name rendered by one Russian adjective (Nischni Nowgorod / Нижегородской
  // области): both German words take the adjective.
  for (const r of ru.toks) {
    if (ruTo.has(r.i) || r.kind !== 'word' || !r.cap) continue;
    for (const a of de.toks) {
      const b = de.toks[a.i + 1];
      if (!b || a.kind !== 'word' || b.kind !== 'word' || !a.cap || !b.cap || deTo.has(a.i) || deTo.has(b.i) || a.clause !== b.clause) continue;
      if (!twoWordPlaceAdjective(a.lower, b.lower, r.lower)) continue;
      add(a.i, r.i);
      add(b.i, r.i);
      links.push({ german: refOf(a), russian: [refOf(r)], kind: 'name', score: 1 }, { german: refOf(b), russian: [refOf(r)], kind: 'name', score: 1 });
      break;
    }
  }
  // A generic noun of people after an adjective the Russian renders (junge Menschen / молодёжь,
  // ältere Leute / пожилые, obdachlose Menschen / бездомные): the Russian says it with one word,
  // a collective noun or an adjective used as a noun, so the noun goes with the adjective's link.
  for (const d of de.toks) {
    if (deTo.has(d.i) || !DE_PEOPLE.has(d.lower)) continue;
    const adj = de.toks[d.i - 1];
    if (!adj || adj.kind !== 'word' || adj.cap || adj.clause !== d.clause || !DE_ADJECTIVE_FORM.test(adj.lower)) continue;
    const l = linkOf.get(adj.i);
    const j = deTo.get(adj.i)?.[0];
    if (!l || j === undefined) continue;
    (deTo.get(d.i) ?? deTo.set(d.i, []).get(d.i)!).push(j);
    ruTo.get(j)!.push(d.i);
    links.push({ german: refOf(d), russian: [refOf(ru.toks[j]!)], kind: l.kind, score: l.score });
  }
  const deInContext = new Set<number>();
  if (context) linkContext(de, context, matcher, deTo, deInContext, links);
  links.sort((a, b) => a.german.start - b.german.start);
  return { links, deTo, ruTo, deInContext, ruInFrame: new Set<number>() };
}

/**
 * Unlinked Russian content words rendered by a word of the German sentence outside the
 * quotation (Sie richte sich „gegen niemanden“ / она не направлена против кого-либо). The
 * frame's words are counterparts only: they are never flagged, and their links carry German
 * offsets relative to the quotation (negative before it). `reserved` Russian words are left to
 * the quotation's own words (its unknown verbs, paired by position later).
 */
export function linkFrame(ru: Side, frame: Side & { offset: number }, matcher: WordMatcher, c: Correspondence, reserved: ReadonlySet<number>): void {
  const { ruTo, ruInFrame: inFrame, links } = c;
  const used = new Set<number>();
  for (const r of ru.toks) {
    if (ruTo.has(r.i) || reserved.has(r.i) || !isContentRole(ru.role[r.i])) continue;
    const best = bestOutside(frame, used, (d) => pairScore(d, r, matcher));
    if (!best) continue;
    used.add(best.i);
    inFrame.add(r.i);
    const d = frame.toks[best.i]!;
    links.push({ german: { start: d.start - frame.offset, end: d.end - frame.offset, text: d.text }, russian: [refOf(r)], kind: 'frame', score: round(best.s.score) });
  }
  // The verb of the quoted clause said in the frame, in the clause that runs into the marks
  // (Sie richte sich „gegen niemanden“ / она не направлена против кого-либо; dass T. „…“ will):
  // a lower-case content word of that clause pairs with an unlinked Russian predicate of the
  // span's first clause (frame before the quotation) or last clause (frame after it). A speech
  // verb after a comma (sagte er) stands in another clause and renders nothing.
  const predicates = ru.toks.filter((r) => r.kind === 'word' && !r.cap && !ruTo.has(r.i) && !inFrame.has(r.i) && !reserved.has(r.i) && isContentRole(ru.role[r.i]) && (RU_VERB.test(r.lower) || RU_SHORT_PARTICIPLE.test(r.lower)));
  if (predicates.length === 0) return;
  const before = frame.toks.filter((t) => t.start < frame.offset);
  const after = frame.toks.filter((t) => t.start >= frame.offset);
  const firstClause = predicates[0]!.clause === ru.toks[0]!.clause ? [predicates[0]!] : [];
  const lastTok = ru.toks[ru.toks.length - 1]!;
  const lastClause = predicates.filter((r) => r.clause === lastTok.clause).reverse();
  for (const [stretch, adjacent, candidates] of [
    [before, before[before.length - 1], firstClause],
    [after, after[0], lastClause],
  ] as const) {
    if (!adjacent) continue;
    // Modals (dürfe, kann) are no verb of the clause; they answer hedges, not words.
    const verbs = stretch.filter(
      (d) => d.kind === 'word' && !d.cap && d.clause === adjacent.clause && !used.has(d.i) && isContentRole(frame.role[d.i]) && !DE_PERMISSION.has(d.lower) && !MODAL_VERBS.has(d.lower),
    );
    for (const d of verbs) {
      const r = candidates.find((x) => !inFrame.has(x.i));
      if (!r) break;
      used.add(d.i);
      inFrame.add(r.i);
      links.push({ german: { start: d.start - frame.offset, end: d.end - frame.offset, text: d.text }, russian: [refOf(r)], kind: 'frame', score: 0.5 });
    }
  }
  links.sort((a, b) => a.german.start - b.german.start);
}

/**
 * The unused content word of `outside` (the words of a sentence around the linked text) that
 * pairs best with a word of the link, at a score of 0.7 or more; `score` orders the pair.
 */
function bestOutside(outside: Side, used: ReadonlySet<number>, score: (t: FToken) => Scored | null): { i: number; s: Scored } | null {
  let best: { i: number; s: Scored } | null = null;
  for (const t of outside.toks) {
    if (used.has(t.i) || !isContentRole(outside.role[t.i])) continue;
    const s = score(t);
    if (s && s.score >= 0.7 && (!best || s.score > best.s.score)) best = { i: t.i, s };
  }
  return best;
}

/** Unlinked German content words found in the Russian sentence outside the span. */
function linkContext(de: Side, ctx: Side & { offset: number }, matcher: WordMatcher, deTo: Map<number, number[]>, inContext: Set<number>, links: WordLink[]): void {
  const used = new Set<number>();
  for (const d of de.toks) {
    if (deTo.has(d.i) || !isContentRole(de.role[d.i])) continue;
    const best = bestOutside(ctx, used, (r) => pairScore(d, r, matcher));
    if (!best) continue;
    used.add(best.i);
    inContext.add(d.i);
    const r = ctx.toks[best.i]!;
    links.push({ german: refOf(d), russian: [{ start: r.start - ctx.offset, end: r.end - ctx.offset, text: r.text }], kind: 'context', score: round(best.s.score) });
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
