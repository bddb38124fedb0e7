import type { Correspondence, Side } from './correspond';
import { refOf, tokensIn, wordsOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

/**
 * Method step 32 of README.md: decisions about whole phenomena of German science, health,
 * sport and weather reporting, not about words of one block.
 * - Estimates and forecasts: Russian attributes them impersonally (по оценке климатолога, по
 *   прогнозу синоптиков … ожидается), German makes the expert the subject of a verb of
 *   expectation or estimation (Der Forscher schätzt, dass …; erwarten die Meteorologen). Such a
 *   verb, wherever it stands, answers the Russian attribution and the impersonal forecast verb.
 * - Plans and obligations: German says "it is planned / it is due" with sollen, Russian with
 *   должен; the source of the plan or the speaker (согласно планам, по словам министра) is an
 *   attribution German gives with nach + article (nach den Plänen, nach den Worten), which the
 *   closed hedge classes do not carry. sollen renders должен there, not a lost obligation.
 * - A modal infinitive after zu (um … forschen zu können) is the ability of a purpose clause,
 *   never an added hedge of possibility.
 * - Institutions and installations rendered by what they are: a Russian acronym (МКС, АЭС) or a
 *   one-word compound name (Роскосмос, Авиалесоохрана) that no German word renders, against an
 *   unrendered German compound whose head is a kind of institution or installation (Raumstation,
 *   Forstschutzbehörde). The head must fit the name: for an acronym, its last letter opens the
 *   Russian word of the German head (станция / Station); for a compound name, a part of it is
 *   the field the German modifier names (лес / Forst, космос / Raumfahrt).
 */

/** German finite verbs of expectation and estimation (lower case: not the nouns Schätzung, Erwartung). */
const DE_EXPECT =
  /^(?:erwart(?:e|et|en|ete|eten)|schätz(?:e|t|en|te|ten)|prognostizier(?:e|t|en|te|ten)|befürcht(?:e|et|en|ete|eten)|rechn(?:e|et|en|ete|eten)|vorhersag(?:t|en|te|ten))$/;
/** Russian attributions of an estimate or forecast and impersonal forecast verbs. */
const RU_FORECAST_WORD = /^(?:по|прогноз|прогнозу|прогнозам|прогнозом|оценке|оценкам|расчётам|расчетам|ожиданиям|ожида(?:ется|ются|лось|лся|лась|лись)|прогнозиру(?:ется|ются))$/;
/** German sollen (plan or obligation). */
const DE_SOLL = /^(?:soll|sollen|solle|sollte|sollten)$/;
/** Russian words of obligation or due plan. */
const RU_DUE = /^(?:должен|должна|должно|должны|обязан|обязана|обязано|обязаны)$/;
/** Russian attributions a German nach-phrase renders (по словам, согласно планам, по данным). */
const RU_SOURCE = /^(?:по|согласно)$/;
/** German nouns of a source after nach + article (nach den Worten, nach den Plänen des Ministeriums). */
const DE_SOURCE_NOUN = /^(?:worten|plänen|plan|planungen|angaben|aussagen|aussage|ansicht|einschätzung|meinung|darstellung|vorstellungen|berechnungen|schätzungen|daten|informationen)$/;
const DE_ARTICLE = /^(?:den|dem|der|des)$/;
/** German dürfte (probably) and the approximations of an amount, German and Russian. */
const DE_PROBABLY = /^(?:dürfte|dürften)$/;
const DE_APPROX = /^(?:rund|etwa|ungefähr|circa|ca|schätzungsweise|annähernd)$/;
const RU_APPROX = /^(?:около|примерно|порядка|приблизительно|ориентировочно)$/;
/** German modal infinitives. */
const DE_MODAL_INF = /^(?:können|dürfen|müssen)$/;

/** German heads of an institution or installation, and the first letters of their Russian words. */
const DE_HEADS: ReadonlyArray<readonly [RegExp, string]> = [
  [/behörde$/, 'авсу'],
  [/agentur$/, 'а'],
  [/dienst$/, 'с'],
  [/amt$/, 'су'],
  [/station$/, 'с'],
  [/kraftwerk$/, 'сц'],
  [/ministerium$/, 'м'],
  [/komitee$/, 'к'],
  [/zentrum$/, 'ц'],
  [/inspektion$/, 'и'],
  [/verband$/, 'саф'],
  [/institut$/, 'и'],
  [/universität$/, 'у'],
  [/gesellschaft$/, 'о'],
  [/fonds$/, 'ф'],
];
/** Fields that Russian compound names of agencies are made of, and the German modifiers for them. */
const RU_NAME_FIELDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['космос', /^(?:welt)?raum|^kosmo/],
  ['лес', /^forst|^wald/],
  ['гидромет', /^wetter|^meteorolog/],
  ['атом', /^atom|^kern/],
  ['здрав', /^gesundheit/],
  ['потреб', /^verbraucher/],
  ['природ', /^natur|^umwelt/],
  ['рыб', /^fischerei|^fisch/],
  ['авиа', /^luftfahrt|^flug|^luft/],
  ['обр', /^bildung/],
  ['стат', /^statistik/],
];

export function fieldReporting(flags: FidelityFlag[], de: Side, ru: Side, c: Correspondence): void {
  flags.push(...betterOrWorse(flags, de, ru), ...lastItemDropped(flags, de, ru, c));
  if (flags.length === 0) return;
  for (let k = flags.length - 1; k >= 0; k--) {
    const f = flags[k]!;
    let drop = false;
    if (f.kind === 'hedge' && f.reason === 'hedge-lost' && f.german.length === 0) {
      const ruWords = tokensIn(f.russian, ru.toks);
      if (ruWords.length > 0 && ruWords.every((t) => RU_FORECAST_WORD.test(t.lower)) && ruWords.some((t) => t.lower !== 'по') && expectationVerb(de)) drop = true;
      else if (ruWords.length === 1 && RU_DUE.test(ruWords[0]!.lower) && sollWithSource(de, ru)) drop = true;
    } else if (f.kind === 'addition' && f.reason === 'addition-words' && f.german.length === 1 && f.russian.length === 0) {
      // „…“, jubelte der Trainer / «…», — радовался тренер: the verb of the speech tag renders the
      // Russian verb of the tag, whichever manner of speaking each names.
      const d = wordsOf(f.german, de.toks)[0];
      if (d && tagVerbAfterQuote(de, d.i) && ru.toks.some((t) => t.kind === 'word' && tagVerbAfterQuote(ru, t.i) && !c.ruTo.has(t.i))) drop = true;
    } else if (f.kind === 'omission' && f.status === 'defect' && f.german.length === 0 && f.russian.length > 0 && frontedInGap(f, de, ru, c)) {
      f.status = 'announced';
    } else if (f.kind === 'hedge' && f.reason === 'hedge-added' && f.russian.length === 0) {
      const deWords = wordsOf(f.german, de.toks);
      if (deWords.length > 0 && deWords.every((t) => DE_MODAL_INF.test(t.lower) && de.toks[t.i - 1]?.lower === 'zu')) drop = true;
      // was rund 12 Milliarden kosten dürfte / потребуется около 12 млрд: the estimate of an amount
      // is said by the approximation on both sides; dürfte adds no doubt of its own.
      else if (deWords.length > 0 && deWords.every((t) => DE_PROBABLY.test(t.lower) && approximateInClause(de, t)) && ru.toks.some((t) => RU_APPROX.test(t.lower))) drop = true;
    } else if (f.kind === 'name' && (f.reason === 'name-missing' || f.reason === 'name-differs') && f.german.length <= 1 && f.russian.length === 1) {
      // name-differs: the description was taken for a German name (Wetterbehörde / Росгидромет).
      const t = tokensIn(f.russian, ru.toks);
      const only = f.german.length === 1 ? wordsOf(f.german, de.toks)[0] : undefined;
      // The built-in list may pair the name with another German noun (zum Mond / Роскосмоса)
      // while the description stands elsewhere in the sentence (Raumfahrtbehörde).
      const described = t.length === 1 && (f.german.length === 0 || only) ? describedBy(t[0]!, de, c, only) ?? (only ? describedBy(t[0]!, de, c) : undefined) : undefined;
      if (described) {
        drop = true;
        // The German description is no added word either.
        for (let j = flags.length - 1; j >= 0; j--) {
          const g = flags[j]!;
          if (g.kind === 'addition' && g.german.length === 1 && g.german[0]!.start === described.start) {
            flags.splice(j, 1);
            if (j < k) k--;
          }
        }
      }
    }
    if (drop) flags.splice(k, 1);
  }
}



/** A finite German verb of expectation or estimation (lower case, not opening a sentence as a noun would). */
function expectationVerb(de: Side): boolean {
  return de.toks.some((t) => t.kind === 'word' && !t.cap && DE_EXPECT.test(t.lower));
}

/**
 * German sollen beside a nach-phrase of source (nach den Worten des Ministers, nach den Plänen der
 * Behörde), against a Russian attribution (по словам, согласно планам): sollen is the plan or
 * obligation, the nach-phrase the attribution.
 */
function sollWithSource(de: Side, ru: Side): boolean {
  if (!de.toks.some((t) => DE_SOLL.test(t.lower))) return false;
  if (!ru.toks.some((t) => RU_SOURCE.test(t.lower))) return false;
  return de.toks.some((t, i) => {
    if (t.lower !== 'nach') return false;
    const a = de.toks[i + 1];
    const n = a && DE_ARTICLE.test(a.lower) ? de.toks[i + 2] : a;
    return n !== undefined && DE_SOURCE_NOUN.test(n.lower);
  });
}

/** The unrendered German compound (`only`: that word) that describes a Russian acronym or compound name, or undefined. */
function describedBy(name: FToken, de: Side, c: Correspondence, only?: FToken): FToken | undefined {
  const acronym = /^[А-ЯЁ]{2,5}$/.test(name.text);
  const compound = !acronym && name.cap && /^[А-ЯЁ][а-яё]{6,}$/.test(name.text);
  if (!acronym && !compound) return undefined;
  const fields = compound ? RU_NAME_FIELDS.filter(([r]) => name.lower.includes(r)) : [];
  if (compound && fields.length === 0) return undefined;
  return (only ? [only] : de.toks).find((t) => {
    if (t.kind !== 'word' || !t.cap || c.deTo.has(t.i) || t.lower.length < 7) return false;
    const head = DE_HEADS.find(([re]) => re.test(t.lower));
    if (!head) return false;
    if (acronym) return head[1].includes(name.lower[name.lower.length - 1]!) && t.lower.length > head[0].source.length;
    return fields.some(([, re]) => re.test(t.lower));
  });
}

/**
 * Whether token i is the first word after a closing quotation mark and a comma (and, in Russian,
 * a dash): the verb of a trailing speech tag („…“, jubelte er; «…», — радовался он).
 */
function tagVerbAfterQuote(side: Side, i: number): boolean {
  const t = side.toks[i];
  if (!t || t.kind !== 'word' || t.cap) return false;
  let k = i - 1;
  if (side.lang === 'ru' && /^[—–-]$/.test(side.toks[k]?.text ?? '')) k--;
  if (side.toks[k]?.text !== ',') return false;
  return side.toks[k - 1]?.kind === 'quote';
}

/**
 * An omission of words that Russian puts before everything rendered in its sentence (За последние
 * пять лет, после …, качество воздуха улучшилось), where the German marks a gap inside a clause
 * (hat sich […] deutlich verbessert): German puts such adverbials in the middle field, where the
 * gap stands, so they are what the gap leaves out.
 */
function frontedInGap(f: FidelityFlag, de: Side, ru: Side, c: Correspondence): boolean {
  const gap = de.toks.some((m, i) => m.kind === 'ellipsis' && i > 0 && de.toks[i - 1]!.kind === 'word' && de.toks[i + 1]?.kind === 'word' && de.toks[i + 1]!.clause === m.clause);
  if (!gap) return false;
  const ws = tokensIn(f.russian, ru.toks);
  if (ws.length === 0 || ws.some((t) => c.ruTo.has(t.i))) return false;
  const sentence = ws[0]!.sentence;
  const firstLinked = ru.toks.find((t) => t.sentence === sentence && c.ruTo.has(t.i));
  return firstLinked !== undefined && ws.every((t) => t.sentence === sentence && t.i < firstLinked.i);
}

/** Whether the clause of a German word has an approximation before a number (rund 12 Milliarden). */
function approximateInClause(de: Side, w: FToken): boolean {
  return de.toks.some((t, i) => t.clause === w.clause && DE_APPROX.test(t.lower) && de.toks[i + 1]?.kind === 'number');
}

/** Verbs and nouns of improvement and of deterioration (not the comparatives besser / лучше). */
const DE_BETTER = /^(?:verbesser|verbeßer)/;
const DE_WORSE = /^(?:verschlechter|verschlimmer)/;
const RU_BETTER = /^улучш/;
const RU_WORSE = /^(?:ухудш|усугуб)/;

/**
 * Improvement against deterioration (hat sich verbessert / ухудшилось) is a pair of opposite
 * direction, as rise and fall are (`directionFlags`): a polarity reversed, where neither clause
 * is negated and no negation flag names the words already.
 */
function betterOrWorse(flags: readonly FidelityFlag[], de: Side, ru: Side): FidelityFlag[] {
  if (!/улучш|ухудш|усугуб/i.test(ru.text)) return [];
  const of = (side: Side, re: RegExp) => side.toks.filter((t) => t.kind === 'word' && re.test(t.lower));
  const pairs: Array<[FToken[], FToken[]]> = [];
  const dB = of(de, DE_BETTER);
  const dW = of(de, DE_WORSE);
  const rB = of(ru, RU_BETTER);
  const rW = of(ru, RU_WORSE);
  if (dB.length && !dW.length && rW.length && !rB.length) pairs.push([dB, rW]);
  if (dW.length && !dB.length && rB.length && !rW.length) pairs.push([dW, rB]);
  const negated = (side: Side, t: FToken) => side.toks.some((x) => x.clause === t.clause && side.role[x.i] === 'negation');
  const out: FidelityFlag[] = [];
  for (const [d, r] of pairs) {
    if (d.some((t) => negated(de, t)) || r.some((t) => negated(ru, t))) continue;
    if (flags.some((f) => f.kind === 'negation')) continue;
    out.push({ kind: 'negation', reason: 'polarity-reversed', status: 'defect', german: d.map(refOf), russian: r.map(refOf), confidence: 0.8 });
  }
  return out;
}

/**
 * The last item of an enumeration left out (в воде, в донных отложениях и в тканях рыб / im Wasser
 * und in den Sedimenten): German joins the items it keeps with und, so the item after the
 * Russian и is missing when the one before и is rendered, an earlier item stands after a comma,
 * the rendering of the item before и follows a German und, and nothing German is left unrendered
 * after it in its clause. The item is one or two content words (after a preposition), none rendered.
 */
function lastItemDropped(flags: readonly FidelityFlag[], de: Side, ru: Side, c: Correspondence): FidelityFlag[] {
  if (!/\sи\s/.test(ru.text) || !/\bund\b/.test(de.text)) return [];
  const rendered = (t: FToken) => c.ruTo.has(t.i) || c.ruInFrame.has(t.i);
  const content = (side: Side, t: FToken) => side.role[t.i] === 'content';
  for (const and of ru.toks) {
    if (and.lower !== 'и') continue;
    const item: FToken[] = [];
    let k = and.i + 1;
    if (ru.toks[k] && ru.role[k] === 'function') k++;
    for (; k < ru.toks.length && ru.toks[k]!.kind === 'word' && ru.toks[k]!.clause === and.clause; k++) item.push(ru.toks[k]!);
    const next = ru.toks[k];
    if (item.length === 0 || item.length > 2 || (next && next.kind !== 'punct') || !item.every((t) => content(ru, t) && !t.cap && !rendered(t))) continue;
    const prev = ru.toks[and.i - 1];
    if (!prev || !content(ru, prev) || !rendered(prev)) continue;
    if (!ru.toks.slice(Math.max(0, and.i - 5), and.i).some((t) => t.text === ',')) continue;
    const dPrev = Math.min(...(c.ruTo.get(prev.i) ?? [Infinity]));
    const d = de.toks[dPrev];
    if (!d || !de.toks.slice(Math.max(0, dPrev - 4), dPrev).some((t) => t.lower === 'und')) continue;
    if (de.toks.slice(dPrev + 1).some((t) => t.clause === d.clause && content(de, t) && !c.deTo.has(t.i) && !c.deInContext.has(t.i))) continue;
    if (flags.some((f) => f.kind === 'omission' && f.russian.some((w) => item.some((t) => t.start === w.start)))) continue;
    return [{ kind: 'omission', reason: 'omission-words', status: 'defect', german: [], russian: item.map(refOf), confidence: 0.75 }];
  }
  return [];
}
