/**
 * Light suffix-stripping stemmers for German and Russian, after the structure of the
 * Snowball algorithms (suffixes removed only from the word's R1/RV region) but shorter. They
 * are the default behind `Stemmers`; a maintained stemmer package plugs in the same way.
 */

/** Stems a lower-case word of one language. */
export type Stem = (lowerWord: string) => string;

/** The stemmers the engine and the built-in lexicon use. */
export interface Stemmers {
  de: Stem;
  ru: Stem;
}

const RU_VOWELS = 'аеиоуыэюя';

/** Position after the first vowel (Snowball's RV), the region endings are removed from. */
function ruRV(w: string): number {
  for (let i = 0; i < w.length; i++) if (RU_VOWELS.includes(w[i]!)) return i + 1;
  return w.length;
}

function stripLongest(w: string, from: number, endings: readonly string[]): string | null {
  for (const e of endings) if (w.endsWith(e) && w.length - e.length >= from) return w.slice(0, w.length - e.length);
  return null;
}

// Longest first within each group, so that -ого wins over -о.
const byLength = (xs: string[]): string[] => xs.sort((a, b) => b.length - a.length);
const RU_GERUND = byLength(['вшись', 'вши', 'ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись', 'ав', 'авши', 'авшись', 'яв', 'явши', 'явшись']);
const RU_REFLEXIVE = ['ся', 'сь'];
const RU_ADJ = byLength([
  'ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому',
  'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
]);
// Snowball's first groups must follow а or я (which stay); the second groups need nothing.
const RU_PARTICIPLE_1 = byLength(['ем', 'нн', 'вш', 'ющ', 'щ']);
const RU_PARTICIPLE_2 = byLength(['ивш', 'ывш', 'ующ']);
const RU_VERB_1 = byLength(['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно']);
const RU_VERB_2 = byLength([
  'ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло',
  'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю',
]);

/** Removes an ending of the first group only after а/я, of the second group anywhere. */
function stripGroups(w: string, from: number, first: readonly string[], second: readonly string[]): string | null {
  for (const e of first) {
    if (!w.endsWith(e) || w.length - e.length < from + 1) continue;
    const before = w[w.length - e.length - 1];
    if (before === 'а' || before === 'я') return w.slice(0, w.length - e.length);
  }
  return stripLongest(w, from, second);
}
const RU_NOUN = byLength([
  'а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям',
  'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я',
]);

const ruCache = new Map<string, string>();

/** Russian stem: gerund, reflexive, adjective/participle, verb or noun ending removed; ё -> е. */
export function stemRu(lowerWord: string): string {
  const hit = ruCache.get(lowerWord);
  if (hit !== undefined) return hit;
  let w = lowerWord.replace(/ё/g, 'е');
  const rv = ruRV(w);
  let out = stripLongest(w, rv, RU_GERUND);
  if (out === null) {
    w = stripLongest(w, rv, RU_REFLEXIVE) ?? w;
    const adj = stripLongest(w, rv, RU_ADJ);
    if (adj !== null) out = stripGroups(adj, rv, RU_PARTICIPLE_1, RU_PARTICIPLE_2) ?? adj;
    else out = stripGroups(w, rv, RU_VERB_1, RU_VERB_2) ?? stripLongest(w, rv, RU_NOUN) ?? w;
  }
  // Soft sign and a final и after the cut (Snowball's step 2 and 4, simplified).
  if (out.endsWith('ь') || (out.endsWith('и') && out.length - 1 >= rv)) out = out.slice(0, -1);
  if (out.length < 2) out = w;
  if (ruCache.size > 50_000) ruCache.clear();
  ruCache.set(lowerWord, out);
  return out;
}

/** German spelling folded for stemming: umlauts to their base vowels, ß to ss. */
export function foldGerman(w: string): string {
  return w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

const DE_VOWELS = 'aeiouy';

/** Start of R1: after the first non-vowel that follows a vowel, at least 3 letters in. */
function deR1(w: string): number {
  const vowel = (i: number): boolean => {
    const c = w[i]!;
    if (!DE_VOWELS.includes(c)) return false;
    // u and y between vowels are consonants (neuen, Bayern).
    return !((c === 'u' || c === 'y') && i > 0 && i + 1 < w.length && DE_VOWELS.includes(w[i - 1]!) && DE_VOWELS.includes(w[i + 1]!));
  };
  for (let i = 1; i < w.length; i++) if (!vowel(i) && vowel(i - 1)) return Math.max(3, i + 1);
  return w.length;
}

const S_ENDING = /[bdfghklmnrt]$/;
const ST_ENDING = /[bdfghklmnt]$/;
const DE_STEP1 = byLength(['em', 'ern', 'er', 'e', 'en', 'es']);
const DE_STEP2 = byLength(['en', 'er', 'est']);
const DE_STEP3 = byLength(['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit']);

const deCache = new Map<string, string>();

/** German stem (Snowball-like): inflectional endings, then derivational ones, from R1. */
export function stemDe(lowerWord: string): string {
  const hit = deCache.get(lowerWord);
  if (hit !== undefined) return hit;
  let w = foldGerman(lowerWord);
  const r1 = deR1(w);
  const s1 = stripLongest(w, r1, DE_STEP1);
  if (s1 !== null) {
    w = s1;
    if (w.endsWith('niss')) w = w.slice(0, -1);
  } else if (w.endsWith('s') && w.length - 1 >= r1 && S_ENDING.test(w.slice(0, -1))) w = w.slice(0, -1);
  const s2 = stripLongest(w, r1, DE_STEP2);
  if (s2 !== null) w = s2;
  else if (w.endsWith('st') && w.length - 2 >= Math.max(r1, 4) && ST_ENDING.test(w.slice(0, -2))) w = w.slice(0, -2);
  const s3 = stripLongest(w, Math.max(r1, 4), DE_STEP3);
  if (s3 !== null) w = s3;
  if (deCache.size > 50_000) deCache.clear();
  deCache.set(lowerWord, w);
  return w;
}

/** The stemmers used unless the caller passes others. */
export const lightStemmers: Stemmers = { de: stemDe, ru: stemRu };
