/**
 * Russian relational adjectives (море -> морской, город -> городской, Москва -> московский,
 * рука -> ручной, атом -> атомный): the stems, as the Snowball stemmer leaves them, of the
 * adjectives derived from a noun stem. German says the same with a compound or a noun in the
 * genitive (Seelöwe, Stadtverwaltung, Handarbeit), so a lexicon pair of the noun (See = мор)
 * stands for the adjective too.
 *
 * Built from the suffixes of relational adjectives and the stem changes they bring:
 * - the suffix -ск-, -еск-, -ическ-, -овск-/-евск-, -н-, -енн- (the stemmer undoubles нн, so
 *   военный -> воен), -ов-/-ев-, -овн-/-евн- (-ан-/-ян- left out: the stemmer cuts стеклянный
 *   to стекля, as it cuts a participle);
 * - before -н-, -ен(н)- and -еск-/-ск- the stem's last consonant alternates: к -> ч (рука ->
 *   ручной, человек -> человеческий), г -> ж (книга -> книжный, друг -> дружеский), х -> ш (страх
 *   -> страшный), ц -> ч (улица -> уличный);
 * - a fleeting vowel drops (отец -> отцовский) or appears between the last two
 *   consonants (Москва -> московский, окно -> оконный, Литва -> литовский).
 *
 * Conservative by construction: the noun stem has three letters or more (four for a fleeting
 * vowel to drop), every root (the stem after a change) two or more, every derived stem four or
 * more; -ин- (мамин) is left out, as its stems are those of common nouns (машина, картина);
 * and the Russian word must carry an adjective's ending (`adjectival`), so a noun form with the
 * same stem (парня: парень) is no adjective of пар-.
 */

const VOWELS = 'аеёиоуыэюя';
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]/;

/** Suffixes any root takes (as stems: -енн- undoubled). */
const SUFFIXES = ['ск', 'еск', 'ическ', 'овск', 'евск', 'н', 'ен', 'ов', 'ев', 'овн', 'евн'];
/** Suffixes after an alternated consonant (ручн, человеческ, дружеск, уличн, книжн). */
const ALTERNATED_SUFFIXES = ['н', 'ен', 'еск', 'ск'];
const ALTERNATION: Readonly<Record<string, string>> = { к: 'ч', г: 'ж', х: 'ш', ц: 'ч' };

const MIN_STEM = 3;
const MIN_ROOT = 2;
const MIN_DERIVED = 4;

/**
 * Case endings of a Russian adjective (full forms; relational adjectives have no short ones).
 * The ending of a word is what its stem leaves, less a н the stemmer undoubled (военн|ый).
 */
const ADJECTIVE_ENDINGS = new Set([
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ою', 'ею', 'ей', 'ом', 'ем', 'ыми', 'ими',
]);

/** Whether a Russian word (lower case) with this stem reads as a full adjective. */
export function adjectival(lower: string, stem: string): boolean {
  if (!lower.startsWith(stem)) return false;
  let end = lower.slice(stem.length);
  if (stem.endsWith('н') && end.startsWith('н')) end = end.slice(1);
  return ADJECTIVE_ENDINGS.has(end);
}

/** The roots a noun stem's adjectives are built on: [root, alternated]. */
function roots(stem: string): [string, boolean][] {
  const out: [string, boolean][] = [[stem, false]];
  const last = stem[stem.length - 1] as string;
  const before = stem[stem.length - 2] ?? '';
  // A fleeting vowel drops: отец -> отц- (from four letters on: день, ден-, keeps its vowel).
  if ((before === 'е' || before === 'о') && CONSONANT.test(last) && stem.length >= 4) out.push([stem.slice(0, -2) + last, false]);
  // ... or appears between two final consonants: москв -> москов-, окн -> окон-.
  if (CONSONANT.test(last) && CONSONANT.test(before)) for (const v of ['о', 'е']) out.push([stem.slice(0, -1) + v + last, false]);
  // The last consonant alternates, of the stem or of its fleeting-vowel form.
  for (const [r, alt] of [...out]) {
    const a = ALTERNATION[r[r.length - 1] as string];
    if (a && !alt) out.push([r.slice(0, -1) + a, true]);
  }
  return out.filter(([r]) => r.length >= MIN_ROOT);
}

/**
 * The stems of the relational adjectives of a Russian noun stem (Snowball's). Empty for stems
 * shorter than three letters or ending in a vowel.
 */
export function relationalStems(stem: string): string[] {
  if (stem.length < MIN_STEM || VOWELS.includes(stem[stem.length - 1] as string)) return [];
  const out = new Set<string>();
  for (const [root, alternated] of roots(stem)) {
    for (const suffix of alternated ? ALTERNATED_SUFFIXES : SUFFIXES) {
      // -н- after a root's н is undoubled by the stemmer (оконн|ый -> окон): the root itself,
      // unless it is the noun's own stem (сонный -> сон, known to the lexicon link already).
      const s = suffix === 'н' && root.endsWith('н') ? (root === stem ? '' : root) : root + suffix;
      if (s.length >= MIN_DERIVED) out.add(s);
    }
  }
  return [...out];
}
