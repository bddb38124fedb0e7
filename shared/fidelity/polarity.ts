/**
 * Negation, polarity-reversing words, hedges/modality and intensifiers: counted on each side
 * and paired across; what is left unpaired on one side is a flag.
 */
import {
  COORDINATORS,
  DE_ACQUIT,
  DE_CLOSED,
  DE_NOT_RUNNING,
  DE_CONVICT,
  DE_FALL,
  DE_OPEN,
  DE_FLEXIBLE,
  DE_HEDGES,
  DE_NOT_NEGATION,
  DE_PERMISSION,
  DE_RISE,
  DE_SUSPICION,
  isLexicalNegative,
  isNegativeVerb,
  MODAL_VERBS,
  RU_NEED,
  RU_ACQUIT,
  RU_CLOSED,
  RU_CONVICT,
  RU_FALL,
  RU_OPEN,
  DE_BETTER,
  DE_WORSE,
  RU_BETTER,
  RU_WORSE,
  RU_OPERATING,
  RU_FREE,
  RU_FULL,
  DE_FREE,
  DE_FULL,
  RU_FLEXIBLE,
  RU_HEDGES,
  RU_NEGATION,
  RU_NI_WORDS,
  RU_NOT_NEGATION,
  RU_RISE,
  RU_SAY,
  WordClass,
  RU_WH_ONLY,
  type HedgeClass,
} from './closed-classes';
import { isContentRole, type Correspondence, type Side } from './correspond';
import type { WordMatcher } from './matcher';
import { DE_TIME } from './time-words';
import { refOf, sequenceAt, type FToken, type Lang } from './tokens';
import type { FidelityFlag, FlagReason, WordRef } from './types';
import { endings, lettersThenEnding } from './letters';

/** A hedge or modal expression of one side. */
export interface HedgeItem {
  classes: readonly HedgeClass[];
  toks: FToken[];
  /** Answers only a modal verb of the other side (a negated modal, which is no hedge itself). */
  modalOnly?: boolean;
  /** Answers only an attribution of the other side that names its source (по словам, по данным, как сообщили). */
  attributionOnly?: boolean;
  /** Answers only German "sollen" (a plan or an allegation said with a Russian content verb). */
  sollOnly?: boolean;
  /**
   * German "sollen" with a passive infinitive (soll im Frühjahr abgerissen werden): a plan, which
   * Russian says with a plain future (снесут весной). It answers a Russian hedge like any soll;
   * left over, it is no hedge added.
   */
  plan?: boolean;
}

/** Russian words that distance the speaker from a claim without naming whose it is (как утверждается, якобы). */
const RU_DISTANCING = new Set(['утверждается', 'якобы', 'дескать', 'мол']);

/** Whether a token's clause holds a negation besides it. */
function negatedClause(toks: readonly FToken[], t: FToken, negation: (x: FToken) => boolean): boolean {
  return toks.some((x) => x.clause === t.clause && x !== t && negation(x));
}

/** Whether a modal verb stands in a negated clause (kann nicht, не может: ability, no hedge). */
function negatedModal(toks: readonly FToken[], t: FToken, negation: (x: FToken) => boolean): boolean {
  return MODAL_VERBS.has(t.lower) && negatedClause(toks, t, negation);
}

/** Russian infinitives, reflexive too (уехать, остаться, идти, помочь). */
const RU_INFINITIVE = lettersThenEnding(1, endings(['ать', 'ять', 'еть', 'ить', 'уть', 'ыть', 'оть', 'ти', 'чь'], ['', 'ся', 'сь']));

/**
 * Whether a Russian word of need at token i is an obligation: an infinitive follows in its
 * clause (нужно уехать), or nothing does (реформа необходима); a noun alone after it is "need".
 */
function infinitiveAfter(toks: readonly FToken[], i: number): boolean {
  const clause = toks[i]!.clause;
  if (!toks.slice(i + 1).some((t) => t.clause === clause && t.kind === 'word')) return true;
  for (let k = i + 1; k < toks.length && toks[k]!.clause === clause; k++) if (toks[k]!.kind === 'word' && RU_INFINITIVE.test(toks[k]!.lower)) return true;
  return false;
}

/**
 * Attributions take an adjective between the preposition and the noun (по предварительным
 * данным, по неофициальной информации, nach vorläufigen Angaben), or a possessive and an
 * adjective (по его собственным словам, nach ihren eigenen Worten): a two-word "по/nach + noun"
 * hedge matches with one or two such words between. Returns how many tokens the hedge spans
 * (0: no match).
 */
function attributeGap(toks: readonly FToken[], i: number, seq: readonly string[], lang: Lang): number {
  if (seq.length !== 2 || (seq[0] !== 'по' && seq[0] !== 'nach')) return 0;
  const gapWord = (x: FToken | undefined) =>
    x !== undefined && x.kind === 'word' && !x.cap && (POSSESSIVE_GAP.has(x.lower) || (lang === 'ru' ? RU_GAP_ADJECTIVE : DE_GAP_ADJECTIVE).test(x.lower));
  for (let gap = 1; gap <= 2; gap++) {
    if (!gapWord(toks[i + gap])) return 0;
    // Two words between: the first is the possessive (его собственным), never two adjectives.
    if (gap === 2 && !POSSESSIVE_GAP.has(toks[i + 1]!.lower)) return 0;
    const noun = toks[i + gap + 1];
    if (noun !== undefined && noun.kind === 'word' && noun.lower === seq[1]) return gap + 2;
  }
  return 0;
}

/** Adjectives between a preposition and its noun, by their endings (предварительным, vorläufigen). */
// Reflexive participles too (по имеющимся данным, по появившимся сведениям).
const RU_GAP_ADJECTIVE = lettersThenEnding(3, ['ым', 'им', 'ой', 'ей', 'ых', 'их', 'имся', 'ымся', 'ихся', 'ыхся']);
const DE_GAP_ADJECTIVE = lettersThenEnding(3, ['en', 'em', 'er']);

const POSSESSIVE_GAP = new Set('его её ее их наши нашим вашим моим seinen ihren unseren eigenen'.split(' '));

/** Russian verbs of fear (боюсь, опасаемся). */
const RU_FEAR = /^(?:бо(?:юсь|имся|ится|ятся|ишься|итесь|ялся|ялась|ялось|ялись|яться)|опаса(?:юсь|емся|ется|ются|ешься|етесь|лся|лась|лось|лись|ться))$/;

/** Russian infinitives after a verb of fear (спугнуть, отпугнуть, уйти, помочь). */
const RU_FEARED_INFINITIVE = lettersThenEnding(2, ['ть', 'ться', 'ти', 'чь']);

/**
 * Verbs of fear before an infinitive (боюсь спугнуть, опасаемся отпугнуть инвесторов): German
 * says the wish behind them with a negation (ich will es nicht verschreien, wir wollen die
 * Investoren nicht verschrecken). Each may answer one German negation; it is never flagged.
 */
function fearBeforeInfinitive(side: Side): FToken[] {
  const out: FToken[] = [...tooEarly(side)];
  for (const t of side.toks) {
    if (t.kind !== 'word' || !RU_FEAR.test(t.lower)) continue;
    for (let k = t.i + 1; k <= t.i + 3 && k < side.toks.length; k++) {
      const x = side.toks[k]!;
      if (x.clause !== t.clause || x.kind !== 'word') break;
      if (RU_FEARED_INFINITIVE.test(x.lower)) {
        out.push(t);
        break;
      }
    }
  }
  return out;
}

/**
 * "Too early to" with an infinitive in its clause (говорить о причинах пока рано, рано делать
 * выводы, судить преждевременно, считают преждевременным): German says it with a negation (man könne noch nichts
 * sagen, noch keine Schlüsse ziehen). Each may answer one German negation; never flagged.
 */
function tooEarly(side: Side): FToken[] {
  return side.toks.filter(
    (t) => t.kind === 'word' && (t.lower === 'рано' || t.lower.startsWith('преждевременн')) && side.toks.some((x) => x.clause === t.clause && x !== t && x.kind === 'word' && RU_INFINITIVE.test(x.lower)),
  );
}

type HedgeTable = Map<string, Array<[string[], HedgeClass[]]>>;
const tables: Partial<Record<Lang, HedgeTable>> = {};

/** Hedge expressions by their first word, longest first. */
function hedgeTable(lang: Lang): HedgeTable {
  let t = tables[lang];
  if (t) return t;
  t = new Map();
  const all: Array<[string[], HedgeClass[]]> = [
    ...(lang === 'de' ? DE_FLEXIBLE : RU_FLEXIBLE),
    ...(lang === 'de' ? DE_HEDGES : RU_HEDGES).map(([seq, c]): [string[], HedgeClass[]] => [seq, [c]]),
  ].sort((a, b) => b[0].length - a[0].length);
  for (const e of all) {
    const list = t.get(e[0][0]!) ?? t.set(e[0][0]!, []).get(e[0][0]!)!;
    list.push(e);
  }
  tables[lang] = t;
  return t;
}

const IMPOSSIBLE: Readonly<Record<Lang, RegExp>> = { ru: /^(?:невозмож|возмож)/, de: /^(?:unmöglich|möglich)/ };
const ALMOST_BEFORE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  ru: new Set('почти практически едва'.split(' ')),
  de: new Set('kaum fast beinahe nahezu praktisch'.split(' ')),
};

const COMPARISON_BEFORE: Readonly<Record<Lang, ReadonlySet<string>>> = { ru: new Set(['чем', 'как']), de: new Set(['wie', 'als']) };
const COMPARISON_MODAL: Readonly<Record<Lang, RegExp>> = { ru: /^(?:может|могут|можно|мог|могла|могли|могло|сможет|смогут)$/, de: /^möglich$/ };

/** Hedges of one side, longest expression first at each position. */
export function findHedges(toks: readonly FToken[], lang: Lang, negation: (x: FToken) => boolean = () => false): HedgeItem[] {
  const table = hedgeTable(lang);
  const out: HedgeItem[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.kind !== 'word') continue;
    // An attribution clause "wie X mitteilte" (как сообщили в X): wie opens it, a verb of saying is in it.
    if (lang === 'de' && toks[i]!.lower === 'wie' && opensClause(toks, i)) {
      const say = toks.find((t) => t.i > i && t.clause === toks[i]!.clause && DE_SAY.has(t.lower));
      if (say) {
        out.push({ classes: ['report'], toks: [toks[i]!, say] });
        continue;
      }
    }
    const entries = table.get(toks[i]!.lower);
    if (entries === undefined) continue;
    for (let e = 0; e < entries.length; e++) {
      const seq = entries[e]![0];
      const classes = entries[e]![1];
      const gap = attributeGap(toks, i, seq, lang);
      if (gap > 0) {
        out.push({ classes, toks: toks.slice(i, i + gap) });
        i += gap - 1;
        break;
      }
      if (!sequenceAt(toks, i, seq)) continue;
      if (seq.length === 1 && negatedModal(toks, toks[i]!, negation)) break;
      // A capitalised adjective after a word is a noun (alles Mögliche, das Wahrscheinlichste): no hedge.
      if (lang === 'de' && seq.length === 1 && toks[i]!.cap && !DE_SUSPICION.has(toks[i]!.lower) && toks[i - 1]?.kind === 'word' && toks[i - 1]!.sentence === toks[i]!.sentence) break;
      if (lang === 'de' && DE_PERMISSION.has(toks[i]!.lower) && !negatedClause(toks, toks[i]!, negation)) break;
      // sollen in a direct question (Wer soll das bezahlen? Was sollen wir tun?) deliberates
      // (кто будет, что нам делать): no report, no obligation.
      if (lang === 'de' && DE_SHOULD.has(toks[i]!.lower) && directQuestion(toks, i)) break;
      // можно with an infinitive (привиться можно, можно купить) says what can be done, a root
      // modal (es gibt, man kann); `needVerbs` lets it answer a German modal, it is no hedge itself.
      if (lang === 'ru' && toks[i]!.lower === 'можно' && clauseInfinitive(toks, i)) break;
      if (lang === 'ru' && seq.length === 1 && RU_NEED.has(toks[i]!.lower) && !infinitiveAfter(toks, i)) break;
      // "почти невозможно", "kaum möglich", "fast unmöglich": a degree of difficulty (hardly), no
      // hedge on the claim; it answers "kaum" or "almost" on the other side.
      if (seq.length === 1 && IMPOSSIBLE[lang].test(toks[i]!.lower) && ALMOST_BEFORE[lang].has(toks[i - 1]?.lower ?? '')) break;
      // A modal inside a comparison (больше, чем может; как можно быстрее; so schnell wie möglich)
      // measures a degree; it puts no hedge on the claim.
      if (seq.length === 1 && COMPARISON_BEFORE[lang].has(toks[i - 1]?.lower ?? '') && COMPARISON_MODAL[lang].test(toks[i]!.lower)) break;
      // … mehr, als sie halten kann: the modal of a clause opened by "als".
      if (lang === 'de' && seq.length === 1 && /^(?:kann|können|konnte|konnten)$/.test(toks[i]!.lower) && toks.find((x) => x.clause === toks[i]!.clause && x.kind === 'word')?.lower === 'als') break;
      const plan = lang === 'de' && DE_SHOULD.has(toks[i]!.lower) && passiveInfinitive(toks, i);
      out.push({ classes, toks: toks.slice(i, i + seq.length), ...(plan ? { plan } : {}) });
      i += seq.length - 1;
      break;
    }
  }
  return out;
}

/**
 * Whether the clause of a German "sollen" at i ends in a passive infinitive (… eröffnet werden):
 * a participle before "werden" as the clause's last word, and no "worden" (soll bestochen worden
 * sein reports a past deed: an allegation).
 */
function passiveInfinitive(toks: readonly FToken[], i: number): boolean {
  const clause = toks.filter((t) => t.clause === toks[i]!.clause && t.i > i && t.kind === 'word');
  if (clause.some((t) => t.lower === 'worden')) return false;
  const last = clause[clause.length - 1];
  const before = clause[clause.length - 2];
  return last?.lower === 'werden' && before !== undefined && !before.cap && /(?:t|en)$/.test(before.lower);
}

/** German participles negated by un- (unverändert, ungeklärt, unbezahlt, unbeantwortet): un, a verb prefix, a participle ending. */
const DE_UN_PARTICIPLE = /^un(?:ge|be|ver|er|zer|ent|ab|an|auf|aus|ein|vor)[a-zäöüß]{2,}(?:t|et|en|te|ten|ter|tes|tem)$/;

const DE_SHOULD = new Set('soll sollen sollst sollt solle'.split(' '));

/** Whether token i stands in a direct question: the first sentence mark after it is a question mark. */
function directQuestion(toks: readonly FToken[], i: number): boolean {
  return toks.slice(i + 1).find((t) => t.kind !== 'word' && (t.text.includes('?') || t.text.includes('.') || t.text.includes('!')))?.text.includes('?') === true;
}

/** Whether the clause of token i holds an infinitive besides it (привиться можно, можно купить). */
function clauseInfinitive(toks: readonly FToken[], i: number): boolean {
  return toks.some((t) => t.clause === toks[i]!.clause && t.i !== i && t.kind === 'word' && RU_INFINITIVE.test(t.lower));
}

interface PolarityItem {
  tok: FToken;
  kind: 'negation' | 'reversing';
}

const notNegationIndexes: Partial<Record<Lang, Map<string, ReadonlyArray<readonly string[]>>>> = {};

/** The not-negation sequences of a language by their first word. */
function notNegationIndex(lang: Lang): Map<string, ReadonlyArray<readonly string[]>> {
  let m = notNegationIndexes[lang];
  if (m) return m;
  m = new Map<string, Array<readonly string[]>>();
  for (const seq of lang === 'de' ? DE_NOT_NEGATION : RU_NOT_NEGATION) {
    const list = (m.get(seq[0]!) as Array<readonly string[]> | undefined) ?? [];
    list.push(seq);
    m.set(seq[0]!, list);
  }
  return (notNegationIndexes[lang] = m);
}

/** Months and the parts of a period that open a date (Ende März, Anfang nächsten Jahres). */
const DE_DATE_WORD = /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|ende|anfang|mitte|beginn|herbst|frühjahr|sommer|winter)$/;

/** Whether a date or time word opens the phrase at j (2028, dem 1. Mai, Ende März, nächstem Jahr). */
function timeBoundAfter(toks: readonly FToken[], j: number): boolean {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const t = toks[k]!;
    if (t.kind === 'number' || (t.kind === 'word' && (DE_TIME.has(t.lower) || DE_DATE_WORD.test(t.lower)))) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Token indices inside sequences that look negative but are not ("не только", "nicht nur"). */
const notNegationCache = new WeakMap<Side, Set<number>>();
function notNegation(side: Side): Set<number> {
  const cached = notNegationCache.get(side);
  if (cached) return cached;
  const out = new Set<number>();
  notNegationCache.set(side, out);
  const seqs = notNegationIndex(side.lang);
  for (let i = 0; i < side.toks.length; i++) {
    const t = side.toks[i]!;
    const w = t.lower;
    for (const seq of seqs.get(w) ?? []) {
      if (!sequenceAt(side.toks, i, seq)) continue;
      // "пока не" is "until" where пока opens its clause (…, пока не завершится ремонт); inside
      // a clause it is "not yet" (решение пока не принято), a negation.
      if (w === 'пока' && seq[1] === 'не' && !opensClause(side.toks, i)) continue;
      for (let k = 0; k < seq.length; k++) out.add(i + k);
    }
    // Litotes with a negative word (nicht unproblematisch, kein unbekannter, не невозможно, не
    // неважно): the two negations cancel, what the other side says positively or with a hedge.
    const next = side.toks[i + 1];
    if ((side.lang === 'de' ? /^(?:nicht|kein|keine|keinen|keinem|keiner|keines)$/.test(w) : w === 'не') && next?.kind === 'word' && !next.cap && next.clause === t.clause && next.lower.startsWith(side.lang === 'de' ? 'un' : 'не') && isLexicalNegative(next.lower, side.lang)) {
      out.add(i);
      out.add(i + 1);
    }
    // "40 statt 35 Rubel" (вместо 35, с 35 до 40): a change of a quantity, no negation.
    if ((w === 'statt' || w === 'anstatt' || w === 'вместо') && next?.kind === 'number' && side.toks.slice(Math.max(0, i - 3), i).some((x) => x.kind === 'number' && x.clause === t.clause)) out.add(i);
    if (side.lang === 'de') {
      // "nicht vor 2028" / "nicht vor Ende März" is a time bound (not before = at the earliest),
      // what Russian says with не раньше / не ранее: no negation. Only before a date or time word,
      // so "nicht vor Gericht" stays negated.
      if (w === 'nicht' && side.toks[i + 1]?.lower === 'vor' && timeBoundAfter(side.toks, i + 2)) {
        out.add(i);
        out.add(i + 1);
      }
      // solange … nicht (as long as not) is "until", what Russian says with пока не.
      if (w === 'solange' && opensClause(side.toks, i)) {
        const neg = side.toks.find((x) => x.i > i && x.clause === t.clause && x.lower === 'nicht');
        if (neg) out.add(neg.i);
      }
      // … und die Region auch nicht: an elliptical clause repeats the negation before it (= и у области тоже).
      // Elliptical: no verb, so a conjunction and a noun phrase of up to three words before auch, nothing after nicht.
      if (w === 'nicht' && AUCH.has(side.toks[i - 1]?.lower ?? '') && ellipticalNegation(side.toks, i) && side.toks.some((x) => x.i < i - 1 && x.sentence === t.sentence && side.role[x.i] === 'negation' && x.clause !== t.clause))
        out.add(i);
      continue;
    }
    // The не of an indirect question (проверяет, не стала ли … = prüft, ob …) negates nothing:
    // не, one word, ли.
    if (w === 'не' && side.toks[i + 2]?.lower === 'ли' && side.toks[i + 1]?.kind === 'word' && side.toks[i + 1]!.clause === t.clause) out.add(i);
    // A clause opened by пока with its subject before не, subordinate to a main clause before
    // or after it (ждём, пока комиссия не примет решение; пока комиссия не примет решение,
    // работы стоят), is "until" too: its first не is expletive. A sentence of its own (Пока о
    // пострадавших не сообщалось) or joined by но/а says "so far", a negation.
    // A ни-word before that не (пока медведь ни на кого не нападает, пока никто не видит) needs
    // a real negation: the clause says "as long as not" (solange … niemand), no expletive.
    if (w === 'пока' && opensClause(side.toks, i) && untilClause(side.toks, i)) {
      const ne = side.toks.find((x) => x.i > i && x.clause === t.clause && x.lower === 'не');
      if (ne && !side.toks.some((x) => x.i > i && x.i < ne.i && x.clause === t.clause && RU_NI_WORDS.has(x.lower))) out.add(ne.i);
    }
    // Concessive ни after a wh-word (что бы ни случилось, как ни старались, как бы то ни было =
    // was auch immer, so sehr auch): "-ever", no negation.
    if (w === 'ни' && concessiveNi(side.toks, i)) out.add(i);
    // чего только (нам) не обещали = alles Mögliche: the не of an exclamative wh-word + только.
    if (RU_WH_ONLY.has(w) && side.toks[i + 1]?.lower === 'только') {
      const ne = side.toks.slice(i + 2, i + 5).find((x) => x.clause === t.clause && x.lower === 'не');
      if (ne) out.add(ne.i);
    }
  }
  return out;
}

/** Russian words of a date or a time that open the phrase after раньше (конца года, 2026 года, сентября, весны). */
const RU_DATE_WORD = /^(?:конц|начал|середин|январ|феврал|март|апрел|ма[яй]$|июн|июл|август|сентябр|октябр|ноябр|декабр|лет[ау]$|осен|зим|весн|следующ|будущ)/;

/**
 * Whether не at i is a time bound with words between (не сможем … раньше конца 2026 года): раньше,
 * ранее, позже or позднее later in its clause, at most five words on, before a date or a time.
 */
function ruTimeBoundAfter(toks: readonly FToken[], i: number): boolean {
  const t = toks[i]!;
  for (let k = i + 2; k < Math.min(toks.length - 1, i + 7); k++) {
    const x = toks[k]!;
    if (x.clause !== t.clause) return false;
    if (!/^(?:раньше|ранее|позже|позднее)$/.test(x.lower)) continue;
    const next = toks[k + 1]!;
    return next.kind === 'number' || (next.kind === 'word' && RU_DATE_WORD.test(next.lower));
  }
  return false;
}

/** Conjunctions that open a coordinate clause (… не сообщалось, но …): no main clause of a пока clause. */
const RU_COORDINATE = new Set('но а и однако зато хотя или'.split(' '));

/** Whether the пока clause at token i has a main clause in its sentence, before it or right after it. */
function untilClause(toks: readonly FToken[], i: number): boolean {
  const t = toks[i]!;
  if (toks.some((x) => x.i < i && x.sentence === t.sentence && x.kind === 'word')) return true;
  const next = toks.find((x) => x.i > i && x.sentence === t.sentence && x.clause !== t.clause && x.kind === 'word');
  return next !== undefined && !RU_COORDINATE.has(next.lower);
}

const AUCH = new Set(['auch', 'ebenfalls', 'ebenso']);

/** Whether the „auch nicht“ at token i ends a verbless clause (… und die Region auch nicht). */
function ellipticalNegation(toks: readonly FToken[], i: number): boolean {
  const clause = toks[i]!.clause;
  const before = toks.filter((x) => x.clause === clause && x.i < i - 1 && x.kind === 'word');
  const after = toks.some((x) => x.clause === clause && x.i > i && x.kind === 'word');
  return !after && before.length >= 1 && before.length <= 4 && (before[0]!.lower === 'und' || before[0]!.lower === 'oder');
}

/** Russian wh-words that take a concessive ни (что бы ни, кто бы ни, сколько ни). */
const RU_WH = new Set(
  'что чего чем кто кого кому кем как где куда откуда когда сколько какой какая какое какие какого какую каким каких чей чья чьё чьи'.split(' '),
);

/** Whether ни at token i follows a wh-word of its clause, with at most бы and one word between (как бы то ни было). */
function concessiveNi(toks: readonly FToken[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && k >= i - 3; k--) {
    const x = toks[k]!;
    if (x.clause !== toks[i]!.clause || x.kind !== 'word') return false;
    if (RU_WH.has(x.lower)) return true;
    if (x.lower !== 'бы' && x.lower !== 'б' && ++words > 1) return false;
  }
  return false;
}

/** German verbs and adjectives of misuse (zweckentfremdet, missbraucht, veruntreut, missbräuchlich). */
const DE_MISUSE = new WordClass('zweckentfremd* missbrauch* missbräuch* veruntreu*');

/** Russian impersonal verbs of saying (в сообщении говорится, как отмечается в докладе). */
const RU_IMPERSONAL_SAY = new Set(['говорится', 'сказано', 'отмечается', 'указывается', 'подчёркивается', 'подчеркивается']);

/** German words of restriction (nur X = никто, кроме X, не). */
const DE_ONLY = new Set(['nur', 'allein', 'lediglich', 'einzig', 'bloß']);

/** German verbs of saying that make a „wie …“ clause an attribution. */
const DE_SAY = new Set(
  'sagte sagten sagt mitteilte mitteilten mitteilt teilte teilten erklärte erklärten erklärt berichtete berichteten berichtet meldete meldeten meldet betonte betonten hieß verlautete schrieb schrieben'.split(
    ' ',
  ),
);

/** German verbs of saying that open a trailing speech clause („…“, versicherte der Arzt). */
const DE_SPEECH_TAG = new Set(
  `sagte sagten erklärte erklärten teilte teilten berichtete berichteten meldete meldeten betonte betonten versicherte versicherten
  meinte meinten warnte warnten fügte fügten unterstrich unterstrichen bekräftigte bekräftigten räumte räumten kündigte kündigten
  schrieb schrieben hieß bestätigte bestätigten
  klagte klagten beklagte beklagten erzählte erzählten ergänzte ergänzten versprach versprachen bemerkte bemerkten mahnte mahnten
  sagt erklärt meint betont warnt versichert erzählt
  errechnete errechneten ermittelte ermittelten schätzte schätzten zählte zählten
  ergab ergaben ergibt ergeben zeigte zeigten zeigt zeigen belegt belegen belegte belegten
  verkündete verkündeten verkündet kritisierte kritisierten kritisiert erinnerte erinnerten berichtet meldet`.split(/\s+/),
);
/** Words that open the noun phrase of „…, so die Ermittler“ (the speaker, no verb). */
const DE_SO_SPEAKER = new Set('der die das ein eine sein seine ihr ihre unser unsere dessen deren'.split(' '));

/**
 * German speech tags inside the quoted text: a clause after a comma opened by a verb of saying
 * (…, sagte ihr Vorstandschef; …, teilte der Pressedienst mit) or by „so“ before its speaker
 * (…, so die Ermittler). They say who holds the claim, as по словам / как сообщила / по версии
 * do, and answer such a Russian attribution; on their own they are the quotation's frame, never
 * an added hedge.
 */
export function speechTags(toks: readonly FToken[]): HedgeItem[] {
  const out: HedgeItem[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || !opensClause(toks, i)) continue;
    const before = toks[i - 1]!;
    if (before.kind !== 'punct' || before.lower !== ',') continue;
    const speaker = toks[i + 1];
    if (DE_SPEECH_TAG.has(t.lower) || (t.lower === 'so' && speaker?.kind === 'word' && DE_SO_SPEAKER.has(speaker.lower)))
      out.push({ classes: ['report'], toks: [t], attributionOnly: true });
  }
  return out;
}

/**
 * Russian speech tags after the reported words: a verb of saying after a comma, or after a dash
 * that follows a closing quotation mark (…, сообщает агентство; …, сообщили в МЧС; «…», —
 * говорится в заявлении завода), that reports no clause of its own (no что / чтобы after it) and
 * is no „как сообщает“ (a hedge of its own). They name who holds the claim, as laut / nach
 * Angaben / zufolge do, and answer such a German attribution; they are never flagged themselves.
 */
export function russianSpeechTags(toks: readonly FToken[]): HedgeItem[] {
  const out: HedgeItem[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const mark = toks[i - 1]!;
    if (t.kind !== 'word' || mark.kind !== 'punct') continue;
    const dash = (mark.text === '—' || mark.text === '–' || mark.text === '-') && toks.slice(Math.max(0, i - 3), i - 1).some((x) => x.kind === 'quote');
    if ((!dash && mark.text !== ',') || !RU_SAY.test(t.lower)) continue;
    if (toks.some((x) => x.i > i && x.clause === t.clause && (x.lower === 'что' || x.lower === 'чтобы'))) continue;
    out.push({ classes: ['report'], toks: [t], attributionOnly: true });
  }
  return out;
}

/** German attributions that name their source (laut der Polizei, nach Angaben des Ministeriums, wie die Polizei mitteilte). */
function germanSourceAttribution(d: HedgeItem): boolean {
  if (!d.classes.includes('report') || d.classes.length > 1) return false;
  const w = d.toks[0]!.lower;
  return d.toks.length > 1 || w === 'laut' || w === 'zufolge';
}

/** German verbs of saying, finite or participle, that introduce reported speech after a comma. */
const DE_LEAD_SAY = new Set(
  `sagte sagten sagt gesagt erklärte erklärten erklärt betonte betonten betont versicherte versicherten versichert
  teilte teilten mitgeteilt berichtete berichteten berichtet meinte meinten gemeint bestätigte bestätigten bestätigt
  warnte warnten gewarnt unterstrich unterstrichen erzählte erzählten erzählt verkündete verkündeten verkündet`.split(/\s+/),
);

/**
 * German speech frames that open the quoted text: a subject and a verb of saying before a comma
 * and the reported clause (Der Trainer sagte, die Mannschaft habe …; sie hat gesagt, sie sei …).
 * They say who holds the claim, as по словам тренера / как рассказала do, and answer such a
 * Russian attribution; on their own they are the frame of reported speech, never an added hedge.
 */
export function leadingSpeechTags(toks: readonly FToken[]): HedgeItem[] {
  const out: HedgeItem[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || !DE_LEAD_SAY.has(t.lower) || opensClause(toks, i)) continue;
    const comma = toks[i + 1]!;
    if (comma.kind !== 'punct' || comma.lower !== ',' || toks[i + 2]!.kind !== 'word') continue;
    out.push({ classes: ['report'], toks: [t], attributionOnly: true });
  }
  return out;
}

/** Whether a token is the first word of its clause. */
function opensClause(toks: readonly FToken[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const x = toks[k]!;
    if (x.clause !== toks[i]!.clause) return true;
    if (x.kind === 'word' || x.kind === 'number') return false;
  }
  return true;
}

/** Russian words that make a negation "almost not" (почти не, практически никто, едва ли, вряд ли). */
const RU_ALMOST = new Set('почти практически едва вряд еле чуть'.split(' '));

/** Whether a Russian negation is "almost not": an almost-word right before it (or before its ли). */
function almostNegation(neg: FToken, ru: Side): boolean {
  for (let k = neg.i - 1; k >= Math.max(0, neg.i - 2); k--) {
    const t = ru.toks[k]!;
    if (t.clause !== neg.clause) break;
    if (RU_ALMOST.has(t.lower)) return true;
  }
  return false;
}

/** Words that join two predicates (a negation after one bears on the second). */
const CONJUNCT_JOINS = new Set('и или а но und oder sowie aber'.split(' '));

/** Negations and reversing words that count, after concord and mutual cancelling. */
function polarityItems(side: Side): PolarityItem[] {
  const skip = notNegation(side);
  const items: PolarityItem[] = [];
  const bySentence = new Map<number, { ne: FToken[]; ni: FToken[] }>();
  for (const t of side.toks) {
    if (skip.has(t.i)) continue;
    // "alles andere als billig" (anything but) is a negation: далеко не дешёвый.
    if (side.lang === 'de' && t.lower === 'als' && side.toks[t.i - 1]?.lower === 'andere' && side.toks[t.i - 2]?.lower === 'alles') {
      items.push({ tok: t, kind: 'negation' });
      continue;
    }
    const role = side.role[t.i];
    if (role === 'reversing') items.push({ tok: t, kind: 'reversing' });
    if (role !== 'negation') continue;
    if (side.lang === 'de') {
      items.push({ tok: t, kind: 'negation' });
      continue;
    }
    const s = bySentence.get(t.sentence) ?? bySentence.set(t.sentence, { ne: [], ni: [] }).get(t.sentence)!;
    if (RU_NEGATION.has(t.lower)) s.ne.push(t);
    else if (RU_NI_WORDS.has(t.lower)) s.ni.push(t);
  }
  // Russian negative concord: никто ничего не сказал is one negation; ни … ни … alone is one.
  for (const { ne, ni } of bySentence.values()) {
    if (ne.length) for (const t of ne) items.push({ tok: t, kind: 'negation' });
    else if (ni.length) items.push({ tok: ni[0]!, kind: 'negation' });
  }
  items.sort((a, b) => a.tok.i - b.tok.i);
  // Coordinated negations are one: не принималось и не обсуждается = weder … noch ….
  const gone = new Set<PolarityItem>();
  let prev: PolarityItem | undefined;
  for (const x of items) {
    if (x.kind !== 'negation') continue;
    if (prev && prev.tok.clause === x.tok.clause && side.toks.slice(prev.tok.i + 1, x.tok.i).some((t) => COORDINATORS.has(t.lower))) gone.add(x);
    else prev = x;
  }
  // A negated reversing verb (не отказался, nicht abgelehnt) is affirmative: both go. A
  // negation in another conjunct (отрицает вину и не раскаивается) bears on its own verb.
  const between = (a: FToken, b: FToken) => side.toks.slice(Math.min(a.i, b.i) + 1, Math.max(a.i, b.i));
  // An existential нет (оснований запрещать нет, нет смысла отказываться) negates the thing, not
  // the reversing infinitive that depends on it: both count.
  const existential = (n: PolarityItem, r: PolarityItem) => side.lang === 'ru' && n.tok.lower === 'нет' && RU_INFINITIVE.test(r.tok.lower);
  for (const r of items) {
    if (r.kind !== 'reversing' || gone.has(r)) continue;
    const n = items.find((x) => x.kind === 'negation' && !gone.has(x) && x.tok.clause === r.tok.clause && !existential(x, r) && !between(r.tok, x.tok).some((t) => CONJUNCT_JOINS.has(t.lower)));
    if (n) {
      gone.add(r);
      gone.add(n);
    }
  }
  return items.filter((x) => !gone.has(x)).sort((a, b) => a.tok.i - b.tok.i);
}

/** "without" on each side: with a negation before it in its clause it makes a double negation. */
const WITHOUT = new Set(['ohne', 'без', 'безо']);

/**
 * The phrase after ohne / без up to its noun (ohne jede Vorwarnung, без света) when none of its
 * words is rendered on the other side; undefined when one is, or there is no noun.
 */
function withoutPhrase(side: Side, w: FToken, to: ReadonlyMap<number, readonly number[]>): FToken[] | undefined {
  const phrase: FToken[] = [];
  for (let k = w.i + 1; k < side.toks.length; k++) {
    const t = side.toks[k]!;
    if (t.clause !== w.clause || t.kind !== 'word' || to.get(k)?.length) return undefined;
    if (!isContentRole(side.role[k])) continue;
    phrase.push(t);
    // The German noun is capitalised; a Russian phrase ends with its first word that is no attribute.
    if (side.lang === 'de' ? t.cap : !RU_ATTRIBUTE_FORM.test(t.lower)) return phrase;
  }
  return undefined;
}
const RU_ATTRIBUTE_FORM = lettersThenEnding(3, 'ый ий ой ая яя ое ее ые ие ого его ому ему ым им ую юю ых их'.split(' '));

/** The content word a negation or hedge bears on: the next content word in its clause. */
function scopeWord(side: Side, t: FToken): FToken | undefined {
  for (let k = t.i + 1; k < side.toks.length; k++) {
    const x = side.toks[k]!;
    if (x.clause !== t.clause) break;
    if (side.role[k] === 'content' || side.role[k] === 'affirming') return x;
  }
  return undefined;
}

/** The other side's words linked to a token (to show both sides of a flag). */
function partners(c: Correspondence, side: Side, other: Side, t: FToken | undefined): WordRef[] {
  if (!t) return [];
  const map = side.lang === 'de' ? c.deTo : c.ruTo;
  return (map.get(t.i) ?? []).map((k) => refOf(other.toks[k]!));
}

/**
 * Negation and polarity flags. A negation of the German sentence outside the quotation
 * (`frame`: er will nicht „…“) may answer a Russian one; it is never flagged itself.
 */
export function polarityFlags(de: Side, ru: Side, c: Correspondence, frame?: Side): FidelityFlag[] {
  const di = polarityItems(de);
  const ri = polarityItems(ru);
  // Pair like with like first, then negation with reversing (не согласился / lehnte ab).
  const leftD = new Set(di);
  const leftR = new Set(ri);
  for (const sameKind of [true, false])
    for (const d of di) {
      if (!leftD.has(d)) continue;
      const r = ri.find((x) => leftR.has(x) && (!sameKind || x.kind === d.kind));
      if (r) {
        leftD.delete(d);
        leftR.delete(r);
      }
    }
  if (frame) {
    const leftF = new Set(polarityItems(frame));
    for (const sameKind of [true, false])
      for (const f of [...leftF]) {
        const r = [...leftR].find((x) => !sameKind || x.kind === f.kind);
        if (r) {
          leftR.delete(r);
          leftF.delete(f);
        }
      }
  }
  const fear = fearBeforeInfinitive(ru);
  for (const d of [...leftD]) {
    if (d.kind !== 'negation' || fear.length === 0) continue;
    fear.shift();
    leftD.delete(d);
  }
  // A verb of cancelling (отменил концерт) renders a German one that counts as reversing
  // (abgesagt); it is no reversing word of its own (отменили пошлины = abgeschafft). So does a
  // verb of appeal (обжаловать приговор / das Urteil anfechten), which German also says with
  // no reversing word (Berufung einlegen).
  const cancel = ru.toks.filter((t) => t.kind === 'word' && /^(?:отмен|обжал)/.test(t.lower));
  for (const d of [...leftD]) {
    if (d.kind !== 'reversing' || cancel.length === 0) continue;
    cancel.shift();
    leftD.delete(d);
  }
  // A verb of refraining (воздерживаться от поездок, воздержался от комментариев) says in one
  // word what German says with verzichten: it answers that reversing word and is none itself
  // (воздержались при голосовании / enthielten sich is no denial).
  const refrain = ru.toks.filter((t) => t.kind === 'word' && t.lower.startsWith('воздерж'));
  for (const d of [...leftD]) {
    if (d.kind !== 'reversing' || refrain.length === 0 || !d.tok.lower.startsWith('verzicht')) continue;
    refrain.shift();
    leftD.delete(d);
  }
  // A state said by negating its antonym (bleibt geschlossen / не откроется; nicht geöffnet /
  // закрыт): the closed word of one side answers the negation of an open word on the other.
  const negatedOpen = (left: Set<PolarityItem>, side: Side, open: { has(w: string): boolean }, closedWords: FToken[]) => {
    for (const item of [...left]) {
      if (item.kind !== 'negation' || closedWords.length === 0) continue;
      const scope = scopeWord(side, item.tok);
      if (!scope || !open.has(scope.lower)) continue;
      closedWords.shift();
      left.delete(item);
    }
  };
  const closedIn = (side: Side, cls: { has(w: string): boolean }) => side.toks.filter((t) => t.kind === 'word' && cls.has(t.lower) && !side.toks.some((x) => x.clause === t.clause && side.role[x.i] === 'negation'));
  negatedOpen(leftR, ru, RU_OPEN, closedIn(de, DE_CLOSED));
  if ([...leftR].some((x) => x.kind === 'negation')) negatedOpen(leftR, ru, RU_OPERATING, [...closedIn(de, DE_CLOSED), ...closedIn(de, DE_NOT_RUNNING)]);
  negatedOpen(leftD, de, DE_OPEN, closedIn(ru, RU_CLOSED));
  negatedOpen(leftR, ru, RU_FREE, closedIn(de, DE_FULL));
  // Better and worse: the compared word may stand a degree word or two after the negation
  // (nicht unbedingt besser, не намного лучше).
  // The antonyms are looked for only once a negation stands near a word of the class (most
  // quotations have none: this runs on every one).
  const negatedNear = (left: Set<PolarityItem>, side: Side, cls: { has(w: string): boolean }, antonymsOf: () => FToken[]) => {
    let antonyms: FToken[] | undefined;
    for (const item of left) {
      if (item.kind !== 'negation') continue;
      const near = side.toks.slice(item.tok.i + 1, item.tok.i + 4).some((x) => x.clause === item.tok.clause && cls.has(x.lower));
      if (!near) continue;
      antonyms ??= antonymsOf();
      if (antonyms.length === 0) break;
      antonyms.shift();
      left.delete(item);
    }
  };
  negatedNear(leftD, de, DE_BETTER, () => closedIn(ru, RU_WORSE));
  negatedNear(leftD, de, DE_WORSE, () => closedIn(ru, RU_BETTER));
  negatedNear(leftR, ru, RU_BETTER, () => closedIn(de, DE_WORSE));
  negatedNear(leftR, ru, RU_WORSE, () => closedIn(de, DE_BETTER));
  // Misuse said by negating the purpose (использовал не по назначению) is what a German verb of
  // misuse says in one word (zweckentfremdet, missbraucht, veruntreut): no negation lost.
  let misuse: FToken[] | undefined;
  for (const item of leftR) {
    if (item.kind !== 'negation' || item.tok.lower !== 'не' || ru.toks[item.tok.i + 1]?.lower !== 'по' || ru.toks[item.tok.i + 2]?.lower !== 'назначению') continue;
    misuse ??= de.toks.filter((t) => t.kind === 'word' && DE_MISUSE.has(t.lower));
    if (misuse.length === 0) break;
    misuse.shift();
    leftR.delete(item);
  }
  negatedOpen(leftD, de, DE_FREE, closedIn(ru, RU_FULL));
  // A time bound with words between (не сможем достроить мост раньше конца 2026 года; … vor
  // Ende 2026 nicht fertig) left without a negation on the other side is what that side says
  // with nicht vor, не раньше or erst: not before, no negation. Where both sides negate, they
  // pair as negations above.
  // The other side must say the bound as a bound (nicht vor, erst, frühestens; не раньше, не
  // ранее): готов до конца года against vor Ende des Jahres nicht fertig, or vor Ende 2026
  // fertig against не … раньше конца 2026 года, stays a negation on one side.
  const deBound = de.toks.some((x) => /^(?:erst|frühestens)$/.test(x.lower) || (x.lower === 'nicht' && de.toks[x.i + 1]?.lower === 'vor'));
  const ruBound = ru.toks.some((x) => x.lower === 'не' && /^(?:раньше|ранее)$/.test(ru.toks[x.i + 1]?.lower ?? ''));
  for (const r of [...leftR]) if (deBound && r.kind === 'negation' && r.tok.lower === 'не' && ruTimeBoundAfter(ru.toks, r.tok.i)) leftR.delete(r);
  for (const d of [...leftD])
    if (ruBound && d.kind === 'negation' && d.tok.lower === 'nicht' && de.toks.some((x) => x.i < d.tok.i && x.clause === d.tok.clause && x.lower === 'vor' && timeBoundAfter(de.toks, x.i + 1))) leftD.delete(d);
  const flags: FidelityFlag[] = [];
  const excuse = (left: Set<PolarityItem>, other: Side) => {
    // A lexical negative on the other side (невозможно / nicht möglich) answers a negation.
    // A verb that means not (verhindert, verloren) answers only when it is no direct rendering
    // of the negated verb itself (verloren / не проигрывает is a lost negation). "außer" before
    // a noun (außer Lebensgefahr / ничто не угрожает) says "not in", "kaum" says "almost not".
    const own = other.lang === 'de' ? c.deTo : c.ruTo;
    const exceptive = other.lang === 'de' && ru.toks.some((t) => t.lower === 'кроме' || t.lower === 'помимо') && ru.toks.some((t) => RU_NI_WORDS.has(t.lower) && t.lower !== 'ни');
    // The negative word of a litotes (nicht unbekannt) is cancelled there and answers nothing.
    const litotes = notNegation(other);
    const lex = other.toks.filter(
      (t) =>
        t.kind === 'word' &&
        !litotes.has(t.i) &&
        ((other.role[t.i] === 'content' && isLexicalNegative(t.lower, other.lang) && !(isNegativeVerb(t.lower, other.lang) && own.get(t.i)?.length)) ||
          // невозможно (read as a hedge) is the negated modal of possibility: kann nicht, lässt sich nicht.
          (other.lang === 'ru' && other.role[t.i] === 'hedge' && RU_IMPOSSIBLE.test(t.lower)) ||
          (other.lang === 'de' && t.lower === 'außer' && other.toks[t.i + 1]?.cap === true) ||
          // "kaum" (hardly) is the German for почти не / почти никто (see below).
          (other.lang === 'de' && t.lower === 'kaum') ||
          // никто, кроме X, не … is what German says with nur X (an exception to a negation).
          (other.lang === 'de' && DE_ONLY.has(t.lower) && exceptive)),
    );
    // A German un-participle that renders the word a Russian не bears on (unverändert / не
    // изменилось, ungeklärt / не выяснены, unbezahlt / не оплачен) holds that negation inside it,
    // whatever list keeps it from the lexical negatives (unterschrieben is no un-word).
    if (other.lang === 'de')
      for (const item of [...left]) {
        if (item.kind !== 'negation') continue;
        const scope = scopeWord(ru, item.tok);
        const d = scope && (c.ruTo.get(scope.i) ?? []).map((k) => de.toks[k]!).find((x) => DE_UN_PARTICIPLE.test(x.lower) && !de.toks.some((y) => y.clause === x.clause && de.role[y.i] === 'negation'));
        if (d) left.delete(item);
      }
    for (const item of [...left]) {
      if (item.kind !== 'negation' || lex.length === 0) continue;
      // "kaum" answers only a Russian negation that says "almost" (почти не, едва ли, вряд ли);
      // against a plain не (не смогли / konnten kaum) the negation is weakened, a defect.
      const k = lex.findIndex((t) => t.lower !== 'kaum' || almostNegation(item.tok, ru));
      if (k < 0) continue;
      lex.splice(k, 1);
      left.delete(item);
    }
  };
  excuse(leftR, de);
  excuse(leftD, ru);
  // A double negation with "without" affirms (kein Dorf ohne Mobilfunk = every village has it;
  // нет ни одной школы без отопления): left unanswered, ohne / без and another negation before
  // it in its clause go together, as the other side says it positively.
  for (const left of [leftD, leftR])
    for (const w of [...left]) {
      if (w.kind !== 'negation' || !left.has(w) || !WITHOUT.has(w.tok.lower)) continue;
      const n = [...left].find((x) => x !== w && x.kind === 'negation' && !WITHOUT.has(x.tok.lower) && x.tok.clause === w.tok.clause && x.tok.i < w.tok.i);
      if (!n) continue;
      left.delete(w);
      left.delete(n);
    }
  // "without" before a phrase the other side renders with no word at all: the phrase is what
  // differs, not the polarity. Where the other side has content words left it may say the same
  // by sense (betroffen / без света остались): no negation. Where it has none the phrase is
  // added (omitted), and the negation goes with that flag (`dropNegationsInPhrases`).
  for (const left of [leftD, leftR])
    for (const w of [...left]) {
      if (w.kind !== 'negation' || !WITHOUT.has(w.tok.lower)) continue;
      const [side, other] = left === leftD ? [de, ru] : [ru, de];
      // Another negation in the clause (не сдадим без боя) makes it a double one: left as it is.
      if (side.toks.some((x) => x.clause === w.tok.clause && x !== w.tok && side.role[x.i] === 'negation')) continue;
      const phrase = withoutPhrase(side, w.tok, side.lang === 'de' ? c.deTo : c.ruTo);
      if (!phrase) continue;
      const otherTo = other.lang === 'de' ? c.deTo : c.ruTo;
      const otherLeft = other.toks.some((t) => t.kind === 'word' && isContentRole(other.role[t.i]) && !otherTo.get(t.i)?.length && !(other.lang === 'ru' && c.ruInFrame.has(t.i)));
      if (otherLeft) left.delete(w);
    }
  const emit = (items: Set<PolarityItem>, side: Side, other: Side, lost: boolean) => {
    if (items.size === 0) return;
    const list = [...items];
    const reversing = list.some((x) => x.kind === 'reversing');
    const reason: FlagReason = reversing ? 'polarity-reversed' : lost ? 'negation-lost' : 'negation-added';
    const own: WordRef[] = list.map((x) => refOf(x.tok));
    const theirs: WordRef[] = [];
    for (const x of list) {
      const linked = partners(c, side, other, x.kind === 'reversing' ? x.tok : scopeWord(side, x.tok));
      theirs.push(...linked);
    }
    // A "kaum" that could not answer a plain не is the German side of the weakened negation.
    if (lost) for (const t of de.toks) if (t.lower === 'kaum' && !theirs.some((w) => w.start === t.start)) theirs.push(refOf(t));
    if (reversing)
      for (const t of other.toks) if (other.role[t.i] === 'affirming' && !theirs.some((w) => w.start === t.start)) theirs.push(refOf(t));
    const [german, russian] = side.lang === 'de' ? [own, theirs] : [theirs, own];
    flags.push({ kind: 'negation', reason, status: 'defect', german: sortRefs(german), russian: sortRefs(russian), confidence: 0.85 });
  };
  emit(leftR, ru, de, true);
  emit(leftD, de, ru, false);
  return flags;
}

/**
 * Hedge and modality flags: lost, added, or changed in force. A hedge of the German sentence
 * outside the quotation (`frame`: Zentralasien dürfe „nicht …“, er soll „…“ gesagt haben) of
 * the same force answers a Russian one left over; it is never flagged itself.
 */
export function hedgeFlags(
  dh: readonly HedgeItem[],
  rh: readonly HedgeItem[],
  frame: readonly HedgeItem[] = [],
  ruNeed: readonly HedgeItem[] = [],
  deNegatedModals: readonly HedgeItem[] = [],
  dePassivePlans: readonly HedgeItem[] = [],
  ruTags: readonly HedgeItem[] = [],
): FidelityFlag[] {
  const leftD = new Set(dh);
  const leftR = new Set(rh);
  // Words of one force are paired first, words of two (soll: report or obligation) take what is
  // left: in „sollen …, heißt es im Entwurf“ / „согласно проекту … должны“ heißt es can only be
  // the attribution, so soll is the obligation.
  // The frame (speech tags) answers only what the quotation's own hedges leave.
  const byForce = dh.map((d, k) => [d, k] as const).sort((a, b) => Math.min(a[0].classes.length, 2) - Math.min(b[0].classes.length, 2) || a[1] - b[1]);
  for (const d of [...byForce.map(([x]) => x), ...frame]) {
    // согласно always names its source (согласно опросу, согласно докладу), as по данным does;
    // как утверждается names none and distances the speaker from the claim, as якобы does.
    // An impersonal attribution (говорится на сайте, отмечается) is a frame of speech as a German
    // speech tag is (…, hieß es auf der Website): it answers one.
    const namesSource = (x: HedgeItem) => (x.toks.length > 1 || x.toks[0]!.lower === 'согласно' || RU_IMPERSONAL_SAY.has(x.toks[0]!.lower)) && !x.toks.some((t) => RU_DISTANCING.has(t.lower));
    const r = rh.find((x) => leftR.has(x) && x.classes.some((k) => d.classes.includes(k)) && (!d.attributionOnly || namesSource(x)));
    if (r) {
      leftD.delete(d);
      leftR.delete(r);
    }
  }
  // A Russian verb of need answers a German obligation left over (нуждаются в ремонте /
  // müssen renoviert werden), a negated Russian modal (не может: no hedge) a German modal verb
  // (the negation check reports the lost negation); neither is ever flagged itself.
  const spare = [...ruNeed];
  for (const d of [...leftD]) {
    const k = spare.findIndex((x) => x.classes.some((c) => d.classes.includes(c)) && (!x.modalOnly || MODAL_VERBS.has(d.toks[0]!.lower)) && (!x.sollOnly || DE_SOLLEN.has(d.toks[0]!.lower)));
    if (k < 0) continue;
    spare.splice(k, 1);
    leftD.delete(d);
  }
  // A Russian speech tag (…, сообщает агентство «Регионформ») answers a German attribution that
  // names its source (nach Angaben der Agentur …) left over: both say whose claim it is.
  const tags = [...ruTags];
  for (const d of [...leftD]) {
    if (tags.length === 0) break;
    if (!germanSourceAttribution(d)) continue;
    tags.shift();
    leftD.delete(d);
  }
  // A negated German modal (konnte nicht: no hedge) answers a Russian modal verb left over
  // (смог опознать), the mirror of the above: the negation check reports the negation.
  const deSpare = [...deNegatedModals];
  for (const r of [...leftR]) {
    if (deSpare.length === 0) break;
    if (r.toks.length !== 1) continue;
    const w = r.toks[0]!.lower;
    // … or a Russian predicative of impossibility (kann nicht, lässt sich nicht / невозможно);
    // a German verb of advice (rät) answers a Russian obligation of advice (следует).
    const k = deSpare.findIndex((d) =>
      d.classes.includes('obligation') ? RU_ADVICE_HEDGE.test(w) : MODAL_VERBS.has(w) || (RU_IMPOSSIBLE.test(w) && !DE_PERMISSION.has(d.toks[0]!.lower)),
    );
    if (k < 0) continue;
    deSpare.splice(k, 1);
    leftR.delete(r);
  }
  // A German passive of plan or expectation (wird erwartet) answers a Russian impersonal one
  // left over (ожидается), the mirror of a plan verb answering soll.
  const planSpare = [...dePassivePlans];
  for (const r of [...leftR]) {
    if (planSpare.length === 0) break;
    if (r.toks.length !== 1 || !RU_PLAN_HEDGE.test(r.toks[0]!.lower)) continue;
    planSpare.shift();
    leftR.delete(r);
  }
  const flags: FidelityFlag[] = [];
  const ds = [...leftD];
  const rs = [...leftR];
  const refs = (h: HedgeItem) => [{ start: h.toks[0]!.start, end: h.toks[h.toks.length - 1]!.end, text: h.toks.map((t) => t.text).join(' ') }];
  while (ds.length && rs.length) {
    const d = ds.shift()!;
    const r = rs.shift()!;
    flags.push({ kind: 'hedge', reason: 'hedge-changed', status: 'defect', german: refs(d), russian: refs(r), confidence: 0.8 });
  }
  for (const r of rs) flags.push({ kind: 'hedge', reason: 'hedge-lost', status: 'defect', german: [], russian: refs(r), confidence: 0.8 });
  for (const d of ds) if (!d.plan) flags.push({ kind: 'hedge', reason: 'hedge-added', status: 'defect', german: refs(d), russian: [], confidence: 0.8 });
  return flags;
}

/** Russian verbs of need (нуждаются в ремонте, требуется замена): obligations said as content verbs. */
/** German modal verbs under a negation (konnte nicht, kann nicht): ability denied, no hedge. */
export function negatedModals(toks: readonly FToken[], negation: (x: FToken) => boolean = () => false): HedgeItem[] {
  return toks
    .filter((t) => t.kind === 'word' && (negatedModal(toks, t, negation) || (modalLassen(toks, t) && negatedClause(toks, t, negation))))
    .map((t): HedgeItem => ({ classes: ['possible'], toks: [t], modalOnly: true }));
}

/** The forms of lassen that make the modal construction "sich lassen" + infinitive (lässt sich öffnen = can be opened). */
const DE_LASSEN = new Set(['lässt', 'lassen', 'ließ', 'ließen', 'ließe', 'lasse']);

/** Whether a lassen form with "sich" in its clause is the modal of possibility (lässt sich nicht sagen). */
function modalLassen(toks: readonly FToken[], t: FToken): boolean {
  return DE_LASSEN.has(t.lower) && toks.some((x) => x.clause === t.clause && x.lower === 'sich');
}

/** Russian predicatives of impossibility (невозможно, невозможен): a negated modal of possibility in one word. */
const RU_IMPOSSIBLE = /^невозможн(?:о|ы|а|ен|ым|ой|ая|ое|ые)?$/;

export function needVerbs(toks: readonly FToken[], negation: (x: FToken) => boolean = () => false): HedgeItem[] {
  // нельзя: a prohibition, what German says with a negated obligation (darf nicht); the
  // negation check pairs its negation.
  // запрещено (it is forbidden): the same prohibition in a word (dürfen nicht).
  const need = toks.filter((t) => t.kind === 'word' && /^(?:нужда|необходим|требу(?:ет|ют)ся$|требовал(?:ся|ась|ось|ись)$|нельзя$|запрещ(?:ено|ается|аются|ена|ены)$)/.test(t.lower)).map((t): HedgeItem => ({ classes: ['obligation'], toks: [t] }));
  // не удалось / удалось: "managed to", what German says with a modal of ability (konnte).
  // можно with an infinitive: a root modal that answers a German modal verb (man kann …).
  const modals = toks
    .filter((t) => t.kind === 'word' && (negatedModal(toks, t, negation) || /^уда(?:лось|стся|ётся|ется|валось)$/.test(t.lower) || (t.lower === 'можно' && clauseInfinitive(toks, t.i))))
    .map((t): HedgeItem => ({ classes: ['possible'], toks: [t], modalOnly: true }));
  // A plan, an intention, an expectation or a suspicion said with a content verb (стадион
  // планируют открыть, власти намерены, банду подозревают в угоне): what German says with
  // "soll" as a plan or an allegation, and with a passive (wird erwartet, ist geplant).
  // предстоит пройти (is yet to, has to): an obligation said with a content verb (muss erst).
  // (не) имеет права / вправе + infinitive: permission, and under не a prohibition (darf nicht).
  // (не) стоит + infinitive (не стоит бояться): advice, what German says with (nicht) müssen / sollen.
  const duty = toks
    .filter((t) => t.kind === 'word' && (/^(?:предсто(?:ит|ят|яло|ял|яла|яли)|вправе)$/.test(t.lower) || (/^(?:стоит|стоило)$/.test(t.lower) && clauseInfinitive(toks, t.i)) || (/^прав[оа]$/.test(t.lower) && /^(?:име(?:ет|ют|ем|ешь|ете|ю|л|ла|ли)|иметь)$/.test(toks[t.i - 1]?.lower ?? ''))))
    .map((t): HedgeItem => ({ classes: ['obligation'], toks: [t] }));
  // советует / рекомендует / призывает (advise, urge): advice said with a content verb, what
  // German says with sollte (Eltern sollten …, rät der Arzt).
  const advice = toks
    .filter((t) => t.kind === 'word' && RU_ADVICE_VERB.test(t.lower))
    .map((t): HedgeItem => ({ classes: ['obligation', 'report'], toks: [t], sollOnly: true }));
  const plans = toks
    .filter((t) => t.kind === 'word' && RU_PLAN_VERB.test(t.lower))
    .map((t): HedgeItem => ({ classes: RU_SUSPECT_VERB.test(t.lower) ? ['report'] : ['report', 'obligation', 'possible'], toks: [t], sollOnly: true }));
  return [...need, ...duty, ...advice, ...modals, ...plans];
}

/** Russian verbs of plan, intention, expectation and suspicion (finite forms and намерен). */
const RU_PLAN_VERB =
  /^(?:планиру(?:ет|ют|ется|ются)|планировал(?:и|а|ось|ся)?|намерен[аы]?|намерева(?:ется|ются)|ожида(?:ет|ют|ется|ются)|предполага(?:ет|ют|ется|ются)|подозрева(?:ет|ют|ли|л|ла)|обвиня(?:ет|ют|ли|л|ла|ется|ются)|(?:за)?планирован[аоы]?|намечен[аоы]?|намеча(?:ется|ются))$/;
/** Russian verbs of advice and appeal (советует, рекомендовали, призывает). */
const RU_ADVICE_VERB = /^(?:совету(?:ет|ют|ем|ю)|советовал[аи]?|посоветовал[аи]?|рекоменду(?:ет|ют|ем|ется|ются|ю)|рекомендовал[аи]?|порекомендовал[аи]?|призыва(?:ет|ют|ем|ли|л|ла)|призвал[аи]?)$/;
/** German verbs of advice (rät, empfiehlt): they render a Russian следует / стоит / лучше of advice. */
const DE_ADVICE_VERB = /^(?:rät|raten|riet|rieten|empfiehlt|empfehlen|empfahl|empfahlen|empfohlen|geraten)$/;
/** The Russian obligation hedges that are advice (следует, стоит, лучше), answered by a German verb of advice. */
const RU_ADVICE_HEDGE = /^(?:следует|стоит|стоило|следовало)$/;

/**
 * German "dürfen" without a negation (permission, no hedge) and verbs of advice (rät, empfiehlt):
 * the first answers a Russian modal of possibility left over (смогут бесплатно ездить = dürfen
 * … benutzen), the second a Russian obligation of advice (следует привить = rät zu impfen).
 */
export function permissionAndAdvice(toks: readonly FToken[], negation: (x: FToken) => boolean = () => false): HedgeItem[] {
  return toks
    .filter((t) => t.kind === 'word' && ((DE_PERMISSION.has(t.lower) && !negatedClause(toks, t, negation)) || DE_ADVICE_VERB.test(t.lower)))
    .map((t): HedgeItem => ({ classes: DE_ADVICE_VERB.test(t.lower) ? ['obligation'] : ['possible'], toks: [t], modalOnly: true }));
}

/** DE_SHOULD with the past and subjunctive forms (sollte, sollten). */
const DE_SOLLEN = new Set([...DE_SHOULD, 'sollte', 'sollten']);
const RU_SUSPECT_VERB = /^(?:подозрева|обвиня)/;
/** The Russian impersonal hedges of plan and expectation that a German passive renders. */
const RU_PLAN_HEDGE = /^(?:планиру|предполага|ожида)/;
/** German participles of plan and expectation (erwartet, geplant, vorgesehen, angenommen). */
const DE_PLAN_PARTICIPLE = /^(?:erwartet|geplant|vorgesehen|angenommen|vermutet)$/;
const DE_PASSIVE_AUX = /^(?:wird|werden|wurde|wurden|werde|ist|sind|war|waren|sei|seien)$/;

/**
 * German passives of plan and expectation (bis zu minus 25 Grad werden erwartet, der Bau ist
 * geplant): a participle with werden or sein in its clause. They render a Russian impersonal
 * hedge of the same sense (ожидается, планируется, предполагается) and are no hedge themselves.
 */
export function passivePlans(toks: readonly FToken[]): HedgeItem[] {
  return toks
    .filter((t) => t.kind === 'word' && DE_PLAN_PARTICIPLE.test(t.lower) && toks.some((x) => x.clause === t.clause && x.kind === 'word' && DE_PASSIVE_AUX.test(x.lower)))
    .map((t): HedgeItem => ({ classes: ['report', 'obligation', 'possible'], toks: [t] }));
}

/**
 * German adverbs of degree that are no intensifier of their own (hart getroffen, stark
 * gestiegen, schwer beschädigt): they render a Russian intensifier (сильно ударили).
 */
const DE_DEGREE = /^(?:ernst|hart|schwer|stark|scharf|heftig|kräftig|erheblich|deutlich|spürbar|tief|weit|gründlich)$/;

/**
 * "so", "zu", "derart", "dermaßen", "allzu", "ganz" right before a lower-case word (so kalt, zu
 * schnell, ganz gesund) measure a degree: they render a Russian intensifier (очень холодной,
 * слишком быстро, полностью здоров). Before a noun (ganz Europa) "ganz" says "whole", no degree.
 */
const DE_DEGREE_BEFORE = new Set('so zu allzu derart dermaßen ganz'.split(' '));
const NOT_DEGREE_AFTER = new Set('dass daß wie als viel viele vielen weit lange bald gut'.split(' '));
function degreeBeforeWord(toks: readonly FToken[], t: FToken): boolean {
  const nx = toks[t.i + 1];
  // "zu" before an infinitive (zu bauen) is no degree.
  if (t.lower === 'zu' && /en$/.test(nx?.lower ?? '')) return false;
  return DE_DEGREE_BEFORE.has(t.lower) && nx?.kind === 'word' && !nx.cap && nx.clause === t.clause && !NOT_DEGREE_AFTER.has(nx.lower);
}

/** Intensifiers on one side only: an addition (German) or a softening omission (Russian). */
export function intensifierFlags(de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  // "Almost completely" is "almost" (praktisch ausgebucht / практически полностью забронированы):
  // a word of completeness right after an approximator the other side says too intensifies nothing.
  const approximates = (side: Side) => side.toks.some((t) => APPROXIMATOR.has(t.lower));
  const afterApproximator = (side: Side, t: FToken) => APPROXIMATOR.has(side.toks[t.i - 1]?.lower ?? '') && COMPLETELY.has(t.lower) && approximates(side === de ? ru : de);
  const d = de.toks.filter((t) => de.role[t.i] === 'intensifier' && !c.deTo.get(t.i)?.some((j) => ru.role[j] !== 'intensifier') && !afterApproximator(de, t));
  const r = ru.toks.filter((t) => ru.role[t.i] === 'intensifier' && !c.ruTo.get(t.i)?.some((j) => de.role[j] !== 'intensifier') && !afterApproximator(ru, t));
  const flags: FidelityFlag[] = [];
  const degree = de.toks.filter((t) => t.kind === 'word' && (DE_DEGREE.test(t.lower) || degreeBeforeWord(de.toks, t)) && !c.deTo.get(t.i)?.length).length;
  const n = Math.min(d.length, r.length);
  r.splice(r.length - Math.min(degree, r.length - n));
  for (const t of d.slice(n))
    flags.push({ kind: 'addition', reason: 'addition-intensifier', status: 'defect', german: [refOf(t)], russian: [], confidence: 0.75 });
  // A degree adverb before a comparative (deutlich kleiner, viel mehr / значительно меньше,
  // гораздо дороже) on one side only, with no such adverb or intensifier left on the other:
  // the change is made bigger or smaller.
  // So is one beside a verb or noun of change (ist deutlich gestiegen, stieg spürbar / заметно
  // выросло, снизилась значительно): the rise or fall made bigger or smaller.
  const dc = [...comparativeDegrees(de, c.deTo, DE_COMPARATIVE_DEGREE, DE_COMPARATIVE), ...changeDegrees(de, c.deTo, DE_COMPARATIVE_DEGREE, DE_RISE, DE_FALL)];
  const rc = [...comparativeDegrees(ru, c.ruTo, RU_COMPARATIVE_DEGREE, RU_COMPARATIVE), ...changeDegrees(ru, c.ruTo, RU_COMPARATIVE_DEGREE, RU_RISE, RU_FALL)];
  const dOther = de.toks.some((t) => !c.deTo.get(t.i)?.length && (DE_COMPARATIVE_DEGREE.has(t.lower) || de.role[t.i] === 'intensifier'));
  const rOther = ru.toks.some((t) => !c.ruTo.get(t.i)?.length && (RU_COMPARATIVE_DEGREE.has(t.lower) || ru.role[t.i] === 'intensifier'));
  if (dc.length && !rOther) for (const t of dc) flags.push({ kind: 'addition', reason: 'addition-intensifier', status: 'defect', german: [refOf(t)], russian: [], confidence: 0.7 });
  if (rc.length && !dOther) for (const t of rc) flags.push({ kind: 'omission', reason: 'omission-intensifier', status: 'defect', german: [], russian: [refOf(t)], confidence: 0.6 });
  // A word of completeness (полностью отрицает, целиком) said by a German determiner of totality
  // (bestreitet jede Schuld, lehnt jegliche Verantwortung ab), and the mirror (völlig / всякую,
  // любую): the whole said of the object instead of the verb, nothing dropped.
  const total = (side: Side, re: RegExp) => side.toks.filter((t) => t.kind === 'word' && re.test(t.lower)).length;
  let deTotal = total(de, DE_TOTALITY);
  const rLeft = r.slice(n).filter((t) => !(COMPLETELY.has(t.lower) && deTotal-- > 0));
  for (const t of rLeft)
    flags.push({ kind: 'omission', reason: 'omission-intensifier', status: 'defect', german: [], russian: [refOf(t)], confidence: 0.6 });
  let ruTotal = total(ru, RU_TOTALITY);
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    if (f.reason === 'addition-intensifier' && f.german.length === 1 && COMPLETELY.has(f.german[0]!.text.toLowerCase()) && ruTotal-- > 0) flags.splice(k, 1);
  }
  return flags;
}

/** Determiners of totality (jede Schuld, jeglichen Kontakt; любую вину, всякую ответственность). */
const DE_TOTALITY = /^(?:jede[nmrs]?|jeglich(?:e[nmrs]?)?|sämtliche[nmrs]?)$/;
const RU_TOTALITY = /^(?:люб(?:ой|ая|ое|ую|ого|ых|ые)|всяк(?:ий|ая|ое|ую|ого|их|ие))$/;

/** Approximators (fast, praktisch; почти, практически) and words of completeness after them. */
const APPROXIMATOR = new Set(['fast', 'nahezu', 'praktisch', 'beinahe', 'почти', 'практически', 'едва']);
const COMPLETELY = new Set(['vollständig', 'völlig', 'komplett', 'ganz', 'gänzlich', 'полностью', 'целиком', 'совсем', 'совершенно']);

/** Degree adverbs that scale a comparative (deutlich kleiner, значительно меньше). */
const DE_COMPARATIVE_DEGREE = new Set('deutlich erheblich wesentlich viel weit weitaus spürbar merklich bedeutend beträchtlich'.split(' '));
const RU_COMPARATIVE_DEGREE = new Set('значительно заметно намного гораздо существенно куда ощутимо'.split(' '));
/** Comparatives: German -er forms (kleiner, höhere) and mehr/weniger, Russian -ее/-ей forms and the irregular ones. */
const DE_COMPARATIVE = {
  test: (w: string) => /^(?:mehr|weniger|besser|öfter|lieber|eher)$/.test(w) || (w.length >= 5 && /er(?:e|en|er|es|em)?$/.test(w) && !/^(?:aber|immer|wieder|oder|unter|über|hinter|weiter|leider|sicher|sehr|mehrere)$/.test(w)),
};
const RU_COMPARATIVE = {
  test: (w: string) => /^(?:больше|меньше|лучше|хуже|выше|ниже|дороже|дешевле|раньше|позже|чаще|реже|дальше|ближе|шире|уже|старше|моложе)$/.test(w) || (w.length >= 5 && /(?:ее|ей)$/.test(w) && !/(?:ней|ией|ьей)$/.test(w)),
};

/** Degree adverbs left unlinked right before a comparative of their clause. */
function comparativeDegrees(side: Side, own: ReadonlyMap<number, number[]>, degree: ReadonlySet<string>, comparative: { test(w: string): boolean }): FToken[] {
  return side.toks.filter((t) => {
    if (t.kind !== 'word' || !degree.has(t.lower) || own.get(t.i)?.length) return false;
    const nx = side.toks[t.i + 1];
    return nx !== undefined && nx.kind === 'word' && !nx.cap && nx.clause === t.clause && comparative.test(nx.lower);
  });
}

/** Degree adverbs left unlinked right before or after a word of change (deutlich gestiegen, выросло заметно), not before a comparative. */
function changeDegrees(side: Side, own: ReadonlyMap<number, number[]>, degree: ReadonlySet<string>, rise: { has(w: string): boolean }, fall: { has(w: string): boolean }): FToken[] {
  const change = (x: FToken | undefined, t: FToken) => x !== undefined && x.kind === 'word' && x.clause === t.clause && (rise.has(x.lower) || fall.has(x.lower));
  return side.toks.filter((t) => t.kind === 'word' && degree.has(t.lower) && !own.get(t.i)?.length && (change(side.toks[t.i + 1], t) || change(side.toks[t.i - 1], t)));
}

function sortRefs(refs: WordRef[]): WordRef[] {
  const seen = new Set<number>();
  return refs.filter((r) => (seen.has(r.start) ? false : (seen.add(r.start), true))).sort((a, b) => a.start - b.start);
}

/** Whether a token's clause on one side holds a word in the negation role (nicht gestiegen, не вырос). */
function clauseNegated(side: Side, t: FToken): boolean {
  return side.toks.some((x) => x.clause === t.clause && side.role[x.i] === 'negation');
}

/**
 * The length of a Russian negative prefix: не- (недоволен), and без-/бес- "without" (безуспешно,
 * бесполезный = not successful, not useful); 0 for none. The base must keep four letters.
 */
function ruNegativeAffix(w: string): number {
  if (w.startsWith('не')) return 2;
  if ((w.startsWith('без') || w.startsWith('бес')) && w.length >= 7) return 3;
  return 0;
}

/**
 * The base of a German lexical negative: un- (unbekannt), -los "without" (erfolglos,
 * nutzlos = not successful, useless; its inflected forms erfolglose …) or -frei "free of"
 * (gebührenfrei, steuerfreie); null for none.
 */
function deNegativeBase(w: string): string | null {
  if (w.startsWith('un')) return w.slice(2);
  const k = w.lastIndexOf('los');
  if (k >= 4 && k >= w.length - 5 && (k + 3 === w.length || DE_ADJ_ENDING.has(w.slice(k + 3)))) return w.slice(0, k);
  // -frei "free of" is privative as -los is (gebührenfrei = бесплатный, rauchfrei, steuerfrei).
  const f = w.lastIndexOf('frei');
  if (f >= 4 && f >= w.length - 6 && (f + 4 === w.length || DE_ADJ_ENDING.has(w.slice(f + 4)))) return w.slice(0, f);
  return null;
}
const DE_ADJ_ENDING = new Set(['e', 'en', 'er', 'es', 'em']);

/**
 * A lexical negative on one side only: недовольны / zufrieden, unbekannt / известен; безуспешно /
 * erfolgreich, erfolglos / успешно. The
 * matcher pairs the word without its не-/un- with an unlinked word of the other side that has
 * no negative prefix and no negation in its clause: the meaning is reversed.
 */
export function prefixNegationFlags(de: Side, ru: Side, c: Correspondence, matcher: WordMatcher): FidelityFlag[] {
  const free = (side: Side, own: ReadonlyMap<number, number[]>) =>
    side.toks.filter((t) => t.kind === 'word' && side.role[t.i] === 'content' && !own.get(t.i)?.length && t.lower.length >= 6);
  const deFree = free(de, c.deTo).filter((t) => !c.deInContext.has(t.i));
  const ruFree = free(ru, c.ruTo);
  const flags: FidelityFlag[] = [];
  const used = new Set<FToken>();
  const strong = (d: string, r: string) => (matcher.match(d, r)?.score ?? 0) >= 0.7;
  // A modal adjective (möglich, wahrscheinlich) said as the complement of a judgement (hält …
  // für möglich / считает невозможным) is the word a Russian не-adjective negates: the negation
  // is lost there, whatever hedge the word would be read as otherwise.
  const deModal = de.toks.filter((t) => t.kind === 'word' && de.role[t.i] === 'hedge' && !t.cap && t.lower.length >= 6 && !c.deInContext.has(t.i));
  for (const r of ruFree) {
    const cut = ruNegativeAffix(r.lower);
    if (cut === 0 || clauseNegated(ru, r)) continue;
    const base = r.lower.slice(cut);
    const d = [...deFree, ...deModal].find((x) => !used.has(x) && deNegativeBase(x.lower) === null && !clauseNegated(de, x) && strong(x.lower, base) && !strong(x.lower, r.lower));
    if (!d) continue;
    used.add(d);
    flags.push({ kind: 'negation', reason: 'negation-lost', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.75 });
  }
  for (const d of deFree) {
    const base = deNegativeBase(d.lower);
    if (used.has(d) || base === null || clauseNegated(de, d)) continue;
    const r = ruFree.find((x) => ruNegativeAffix(x.lower) === 0 && !clauseNegated(ru, x) && strong(base, x.lower) && !strong(d.lower, x.lower));
    if (!r) continue;
    flags.push({ kind: 'negation', reason: 'negation-added', status: 'defect', german: [refOf(d)], russian: [refOf(r)], confidence: 0.75 });
  }
  return flags;
}

/**
 * A change said in the opposite direction (gestiegen / снизился, gesunken / вырос; geöffnet /
 * закрыт, a state said by its antonym): the German
 * side has words of one direction only, the Russian side of the other only, and neither stands
 * in a negated clause (nicht gestiegen / не вырос is the negation check's business). It is a
 * reversed polarity, flagged on both words.
 */
export function directionFlags(de: Side, ru: Side): FidelityFlag[] {
  const of = (side: Side, cls: { has(w: string): boolean }) => side.toks.filter((t) => t.kind === 'word' && side.role[t.i] !== 'function' && cls.has(t.lower));
  const dRise = of(de, DE_RISE);
  const dFall = of(de, DE_FALL);
  const rRise = of(ru, RU_RISE);
  const rFall = of(ru, RU_FALL);
  const pairs: Array<[FToken[], FToken[]]> = [];
  if (dRise.length && !dFall.length && rFall.length && !rRise.length) pairs.push([dRise, rFall]);
  if (dFall.length && !dRise.length && rRise.length && !rFall.length) pairs.push([dFall, rRise]);
  // Open and closed are such a pair too (bleibt geöffnet / будет закрыт, gesperrt / откроется).
  const dOpen = of(de, DE_OPEN);
  const dClosed = of(de, DE_CLOSED);
  const rOpen = of(ru, RU_OPEN);
  const rClosed = of(ru, RU_CLOSED);
  if (dOpen.length && !dClosed.length && rClosed.length && !rOpen.length) pairs.push([dOpen, rClosed]);
  if (dClosed.length && !dOpen.length && rOpen.length && !rClosed.length) pairs.push([dClosed, rOpen]);
  // So are acquittal and conviction (freigesprochen / признал виновным, verurteilt / оправдал).
  const dAcquit = of(de, DE_ACQUIT);
  const dConvict = of(de, DE_CONVICT);
  const rAcquit = of(ru, RU_ACQUIT);
  const rConvict = of(ru, RU_CONVICT);
  if (dAcquit.length && !dConvict.length && rConvict.length && !rAcquit.length) pairs.push([dAcquit, rConvict]);
  if (dConvict.length && !dAcquit.length && rAcquit.length && !rConvict.length) pairs.push([dConvict, rAcquit]);
  const flags: FidelityFlag[] = [];
  for (const [d, r] of pairs) {
    if (d.some((t) => clauseNegated(de, t)) || r.some((t) => clauseNegated(ru, t))) continue;
    flags.push({ kind: 'negation', reason: 'polarity-reversed', status: 'defect', german: sortRefs(d.map(refOf)), russian: sortRefs(r.map(refOf)), confidence: 0.8 });
  }
  return flags;
}

/** A record said as a comparison with never or ever (so viele wie nie zuvor, mehr als je zuvor; как никогда, чем когда-либо). */
const DE_RECORD_PHRASES: readonly string[][] = [
  ['wie', 'nie', 'zuvor'], ['wie', 'noch', 'nie'], ['wie', 'nie'], ['als', 'je', 'zuvor'], ['als', 'jemals', 'zuvor'], ['als', 'je'], ['als', 'jemals'],
];
const RU_RECORD_PHRASES: readonly string[][] = [['как', 'никогда'], ['чем', 'когда-либо'], ['чем', 'когда-нибудь']];
/** Words that say "a record" themselves (Rekord, рекордный, небывалый, beispiellos, впервые). */
// A historic low or high (исторический минимум, historischer Tiefststand) says a record too.
const DE_RECORD_WORD = /^(?:rekord|beispiellos|nie\p{Ll}*gesehen|höchststand|tiefststand|höchstwert|tiefstwert|allzeithoch|allzeittief|historisch|erstmals)/u;
const RU_RECORD_WORD = /^(?:рекорд|антирекорд|небывал|беспрецедентн|впервые|максимальн|минимальн|историческ)/;

/** "For the first time" in each language (erstmals, zum ersten Mal; впервые, в первый раз). */
const DE_FIRST_TIME: readonly string[][] = [['erstmals'], ['erstmalig'], ['zum', 'ersten', 'mal']];
const RU_FIRST_TIME: readonly string[][] = [['впервые'], ['в', 'первый', 'раз']];

function phrasesIn(toks: readonly FToken[], phrases: readonly string[][]): FToken[][] {
  const out: FToken[][] = [];
  for (let i = 0; i < toks.length; i++)
    for (let k = 0; k < phrases.length; k++) {
      const p = phrases[k]!;
      if (sequenceAt(toks, i, p)) {
        out.push(toks.slice(i, i + p.length));
        i += p.length - 1;
        break;
      }
    }
  return out;
}

/**
 * A record comment on one side only (…, mehr als je zuvor; so viele wie nie zuvor / как
 * никогда) is an added (dropped) intensifier: the other side says no record, neither with such
 * a phrase nor with a record word (рекорд, Rekord, впервые, erstmals).
 */
export function recordFlags(de: Side, ru: Side): FidelityFlag[] {
  const dp = phrasesIn(de.toks, DE_RECORD_PHRASES);
  const rp = phrasesIn(ru.toks, RU_RECORD_PHRASES);
  const dw = de.toks.some((t) => t.kind === 'word' && DE_RECORD_WORD.test(t.lower));
  const rw = ru.toks.some((t) => t.kind === 'word' && RU_RECORD_WORD.test(t.lower));
  const ref = (p: FToken[]): WordRef => ({ start: p[0]!.start, end: p[p.length - 1]!.end, text: p.map((t) => t.text).join(' ') });
  const flags: FidelityFlag[] = [];
  if (dp.length && !rp.length && !rw) for (const p of dp) flags.push({ kind: 'addition', reason: 'addition-intensifier', status: 'defect', german: [ref(p)], russian: [], confidence: 0.75 });
  if (rp.length && !dp.length && !dw) for (const p of rp) flags.push({ kind: 'omission', reason: 'omission-intensifier', status: 'defect', german: [], russian: [ref(p)], confidence: 0.6 });
  // "For the first time" (erstmals, zum ersten Mal / впервые) is a claim of its own: said on one
  // side only, with no first (erst-, перв-) nor record word on the other, it is added or dropped.
  const df = phrasesIn(de.toks, DE_FIRST_TIME);
  const rf = phrasesIn(ru.toks, RU_FIRST_TIME);
  const deFirst = de.toks.some((t) => t.kind === 'word' && (t.lower.startsWith('erst') || DE_RECORD_WORD.test(t.lower)));
  const ruFirst = ru.toks.some((t) => t.kind === 'word' && (t.lower.startsWith('перв') || RU_RECORD_WORD.test(t.lower)));
  if (df.length && !ruFirst && !rp.length) for (const p of df) flags.push({ kind: 'addition', reason: 'addition-intensifier', status: 'defect', german: [ref(p)], russian: [], confidence: 0.7 });
  if (rf.length && !deFirst && !dp.length) for (const p of rf) flags.push({ kind: 'omission', reason: 'omission-intensifier', status: 'defect', german: [], russian: [ref(p)], confidence: 0.6 });
  return flags;
}
