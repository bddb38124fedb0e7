/**
 * Names on both sides: which words are names (persons, places, organisations, media), and
 * whether a German word renders a Russian name — by transliteration (shared/align/translit:
 * German spelling and phonetic keys, inflected Russian forms stripped) or by an exonym
 * (Москва / Moskau, МИД / Außenministerium).
 */
import { cognateSimilarity, foldWord } from '../align/quotes/lexical';
import { cognateKey } from '../align/translit';
import { agencyNameMatch, isAgencyName } from './agencies';
import { DE_FUNCTION, functionWordAsNoun, RU_FUNCTION } from './closed-classes';
import { endings, lettersThenEnding } from './letters';
import type { FToken } from './tokens';

/** Russian stems (lower case, prefix) -> German stems (lower case, prefix) of exonyms and institutions. */
const EXONYMS = `
росси russland russisch | москв moskau moskauer | украин ukrain | белорусс weißrussland belarus | беларус belarus weißrussland
герман deutschland deutsch | франц frankreich französisch | кита china chinesisch | япон japan | польш polen polnisch
турц türkei türkisch | грузи georgien | швеци schweden | норвеги norwegen | финлянд finnland | австри österreich
швейцар schweiz | итали italien | испани spanien | греци griechenland | венгри ungarn | чехи tschechien | литв litauen
латви lettland | эстони estland | молдав moldau moldawien moldova | великобритан großbritannien britannien briten britisch
англи england englisch | сша usa vereinigten amerika us | америк amerika usa | европ europa | ес eu europäisch
оон un uno vereinten | нато nato | мид außenministerium außenamt | минобороны verteidigungsministerium
цик wahlkommission | мвд innenministerium | мчс katastrophenschutz zivilschutz
минздрав gesundheitsministerium | минфин finanzministerium | минюст justizministerium | генпрокуратур generalstaatsanwaltschaft
фсо personenschutz | свр auslandsgeheimdienst | гру militärgeheimdienst | гибдд verkehrspolizei | гаи verkehrspolizei
ржд bahn eisenbahn staatsbahn | мвф iwf währungsfonds | вто wto welthandelsorganisation | воз who weltgesundheitsorganisation
обсе osze | снг gus | фас kartellbehörde wettbewerbsbehörde kartellamt | фнс steuerbehörde finanzamt | росстат statistikamt statistikbehörde rosstat
роспотребнадзор verbraucherschutzbehörde gesundheitsbehörde gesundheitsaufsicht hygieneaufsicht verbraucherschutz |
егэ einheitlich staatsprüfung staatsexamen zentralabitur abitur | росгидромет wetterdienst | росавиаци luftfahrtbehörde
минтранс verkehrsministerium | минэнерго energieministerium | минприроды umweltministerium | минэкономразвития wirtschaftsministerium
минпромторг industrieministerium handelsministerium | минсельхоз landwirtschaftsministerium agrarministerium | минкультуры kulturministerium
минпросвещения bildungsministerium | минобрнауки wissenschaftsministerium bildungsministerium | минтруд arbeitsministerium | минстрой bauministerium
совфед föderationsrat | совбез sicherheitsrat | генштаб generalstab | мок ioc
севморпут seeweg nordostpassage | кремл kreml | госдум duma staatsduma | дума duma | думы duma | думе duma | фсб fsb inlandsgeheimdienst geheimdienst | центробанк zentralbank notenbank | цб zentralbank notenbank
санкт-петербург petersburg | петербург petersburg | киев kiew kyjiw | варшав warschau | праг prag | вен wien
рим rom | афин athen | пекин peking | кавказ kaukasus | сибир sibirien | крым krim | белград belgrad | бухарест bukarest
брюссел brüssel | мюнхен münchen | кёльн köln | кельн köln | нидерланд niederlande holland | бельги belgien
дани dänemark | ирланд irland | инди indien | египт ägypten | сири syrien | иран iran | ирак irak | израил israel
казахстан kasachstan | узбекистан usbekistan | киргиз kirgis | таджик tadschik | туркмен turkmen | монгол mongol
азербайджан aserbaidschan | армени armenien | балти baltikum baltisch ostsee
ленобласт leningrad | мособласт moskau
`;

/** Exonym pairs by the first letter of the Russian key: a word is compared with its letter's keys only. */
const exonymPairs = new Map<string, Array<[string, string[]]>>();
for (const group of EXONYMS.split(/[|\n]/)) {
  const ws = group.trim().split(/\s+/).filter(Boolean);
  if (ws.length < 2) continue;
  const first = ws[0]![0]!;
  (exonymPairs.get(first) ?? exonymPairs.set(first, []).get(first)!).push([ws[0]!, ws.slice(1)]);
}

/** Whether a Russian word is the exonym key `r` (a prefix; short keys only with a case ending). */
function ruKeyMatches(ru: string, r: string): boolean {
  if (r.length > 3) return ru.startsWith(r);
  return ru === r || (ru.startsWith(r) && RU_CASE_SET.has(ru.slice(r.length)));
}

const exonymCache = new Map<string, string[]>();

/** German exonym stems of a Russian word (memoised; most words have none). */
function exonymsOf(ru: string): string[] {
  let ds = exonymCache.get(ru);
  if (ds === undefined) {
    ds = [];
    const pairs = exonymPairs.get(ru[0] ?? '') ?? [];
    for (let k = 0; k < pairs.length; k++) if (ruKeyMatches(ru, pairs[k]![0])) ds.push(...pairs[k]![1]);
    if (exonymCache.size > 20_000) exonymCache.clear();
    exonymCache.set(ru, ds);
  }
  return ds;
}

/** Whether a German word is an exonym of the Russian word (both lower case). */
export function exonymMatch(de: string, ru: string): boolean {
  const ds = exonymsOf(ru);
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k]!;
    if (d.length <= 3 ? de === d || de === d + 's' : de.startsWith(d)) return true;
  }
  return agencyNameMatch(de, ru);
}

/** Whether a Russian word is a known place/institution (a name even when it opens a sentence). */
export function isRussianExonym(ru: string): boolean {
  return exonymsOf(ru).length > 0 || isAgencyName(ru);
}

// Russian case endings of names, tried longest first (Путина, Путину, Путиным, Ивановой).
const RU_CASE = ['ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'ою', 'ах', 'ях', 'ам', 'ям', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'ь'];
const RU_CASE_SET = new Set(['', ...RU_CASE, 'а', 'у', 'ом', 'е']);

/** A Russian adjective of a place (уральский, калужской, краснодарского): its stem before -ск-. */
const RU_PLACE_ADJECTIVE = /^(.{3,}?)ь?ск(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими|ые)$/;
/** The place's last consonant before -ск- after a mutation (Калуга / калужский, Дубна / дубненский is none). */
const RU_UNMUTATE: Readonly<Record<string, string>> = { ж: 'г', ч: 'к', ш: 'х' };

/** Lower-case Cyrillic letters (а-я, ё) by code. */
const isRuLower = (c: number): boolean => (c >= 0x430 && c <= 0x44f) || c === 0x451;

/**
 * /^[а-яё]{2}[еиуыю]$/i or /^[а-яё]{2}ой$/i: only three- and four-letter words can match; a
 * word of lower-case Cyrillic letters (what the engine passes) is read by its codes, anything
 * else by the expressions themselves.
 */
function shortObliqueName(ru: string): boolean {
  const n = ru.length;
  if (n !== 3 && n !== 4) return false;
  let lower = true;
  for (let k = 0; k < n; k++) if (!isRuLower(ru.charCodeAt(k))) lower = false;
  if (!lower) return n === 3 ? /^[а-яё]{2}[еиуыю]$/i.test(ru) : /^[а-яё]{2}ой$/i.test(ru);
  return n === 3 ? 'еиуыю'.includes(ru[2]!) : ru[2] === 'о' && ru[3] === 'й';
}

function ruVariants(ru: string): string[] {
  const out = [ru];
  // A short feminine place or river in an oblique case (в Оле, на Оке, в Уфе / Ola, Oka, Ufa):
  // the two-letter stem takes its nominative -а back.
  if (shortObliqueName(ru)) out.push(ru.slice(0, 2) + 'а');
  for (let k = 0; k < RU_CASE.length; k++) {
    const e = RU_CASE[k]!;
    if (ru.endsWith(e) && ru.length - e.length >= 3) {
      const stem = ru.slice(0, -e.length);
      out.push(stem);
      // A fleeting vowel of the nominative comes back (Льва / Лев, Павла / Павел): the oblique
      // stem ends in two consonants, or a soft sign and a consonant, the last a sonorant or в.
      if (e !== 'а' && e !== 'у' && e !== 'ом' && e !== 'е') continue;
      const m = /^(.*[бвгджзйклмнпрстфхцчшщ])ь?([влмнр])$/.exec(stem);
      if (m) out.push(m[1]! + 'е' + m[2]!);
    }
  }
  // The adjective of a two-word place in an oblique case (в Малой Вишере, в Нижнем Тагиле) in its
  // nominatives, as German transliterates them (Malaja Wischera, Nischni Tagil).
  const adj = /^(.{3,}?)(?:ой|ого|ому|ом|ым|ую|ей|его|ему|ем|им)$/.exec(ru);
  if (adj) out.push(adj[1]! + 'ая', adj[1]! + 'ый', adj[1]! + 'ий');
  // The place behind its adjective (Уральский концерн / der Uraler Konzern, в Калужской области / im Gebiet Kaluga).
  const m = RU_PLACE_ADJECTIVE.exec(ru);
  if (m) {
    const base = m[1]!;
    out.push(base);
    const last = RU_UNMUTATE[base[base.length - 1]!];
    if (last) out.push(base.slice(0, -1) + last);
  }
  return out;
}

/** German letters of the digraphs English-style transliteration gives Russian letters. */
const EN_DIGRAPH: Readonly<Record<string, string>> = { shch: 'schtsch', sch: 'sch', zh: 'sch', kh: 'ch', ch: 'tsch', ts: 'z' };
const EN_DIGRAPHS = /shch|sch|zh|kh|ch|ts/g;

/**
 * A name in English-style transliteration (the passport and news-agency system: Zhavoronkov,
 * Khabarovsk, Chernov, Shchukin, Yevgeny, Vorontsov) respelled as German transliterates the same
 * Russian letters (Schaworonkow, Chabarowsk, Tschernow, Schtschukin, Jewgeni, Woronzow): ж zh /
 * sch, х kh / ch, ч ch / tsch, щ shch / schtsch, ц ts / z (y, v, sh the cognate key merges
 * already). Null when the word has none of these digraphs.
 */
function englishTransliteration(de: string): string | null {
  const w = de.toLowerCase();
  if (!w.includes('h') && !w.includes('ts')) return null;
  const out = w.replace(EN_DIGRAPHS, (d) => EN_DIGRAPH[d]!);
  return out === w ? null : out;
}

function deVariants(de: string): string[] {
  const out = [de];
  // Genitive -s, and English spellings German keeps (Washington, Shell, Sheffield).
  if (de.endsWith('s') && de.length > 4) out.push(de.slice(0, -1));
  if (de.includes('sh')) out.push(de.replace(/sh/g, 'sch'));
  const en = englishTransliteration(de);
  if (en !== null) out.push(en);
  if (/ee|oo|ou/.test(de)) out.push(de.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/ou/g, 'u'));
  // A lake, a sea or a range named by a compound (Ladogasee / Ладожское озеро, Onegasee): the
  // name before its common head.
  const geo = /^(.{4,}?)-?(?:see|meer|gebirge|bucht|stausee)$/.exec(de);
  if (geo) out.push(geo[1]!);
  // French names German keeps in their own spelling, Russian writes by their sound (Giselle /
  // Жизель, Jean / Жан, Jacques / Жак): g before e/i and j say ж, qu says к.
  const c0 = de.charCodeAt(0);
  if (((c0 === 103 || c0 === 71) && /^g[eéiy]/i.test(de)) || c0 === 106 || c0 === 74 || de.includes('qu')) {
    const fr = de.replace(/^[gG](?=[eéiy])/, 'sch').replace(/^[jJ]/, 'sch').replace(/qu/g, 'k').replace(/ck?ues?$|ques?$/, 'k');
    if (fr !== de) out.push(fr);
  }
  return out;
}

/** One row of the edit distance table, reused (no array per pair of keys). */
let distanceRow = new Int32Array(32);

/**
 * Whether two keys are at most `max` edits apart. Keys are compared code unit by code unit, as
 * the full table would; a row whose every cell exceeds `max` ends the comparison early.
 */
function withinDistance(a: string, b: string, max: number): boolean {
  const m = b.length;
  if (distanceRow.length <= m) distanceRow = new Int32Array(2 * m + 2);
  const row = distanceRow;
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    let low = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cur = row[j]!;
      const sub = prev + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = cur + 1;
      const ins = row[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      row[j] = v;
      if (v < low) low = v;
      prev = cur;
    }
    if (low > max) return false;
  }
  return row[m]! <= max;
}

/**
 * Two -ov/-ev surnames on different stems: Wassiljew / Васильков (vasili-ev, vasil-k-ov) are
 * two people however few letters differ.
 */
/** Whether a key ends as /(?:ov|ova|ev|eva)$/ tests (without a regex object per call). */
function endsOv(k: string): boolean {
  const n = k.length;
  const last = k.charCodeAt(n - 1);
  if (last === 0x61) return n >= 3 && k.charCodeAt(n - 2) === 0x76 && (k.charCodeAt(n - 3) === 0x6f || k.charCodeAt(n - 3) === 0x65); // -ova, -eva
  return last === 0x76 && n >= 2 && (k.charCodeAt(n - 2) === 0x6f || k.charCodeAt(n - 2) === 0x65); // -ov, -ev
}

function otherOvStem(a: string, b: string): boolean {
  if (!endsOv(a) || !endsOv(b)) return false;
  const ov = /(?:ov|ova|ev|eva)$/;
  const stem = (k: string) => k.replace(ov, '').replace(/[ij]$/, '');
  const x = stem(a);
  const y = stem(b);
  return x !== y;
}

function keysMeet(a: string, b: string): boolean {
  if (a === b) return a.length >= 2;
  if (otherOvStem(a, b)) return false;
  const s = a.length <= b.length ? a : b;
  const l = a.length <= b.length ? b : a;
  if (s.length >= 3 && l.startsWith(s) && l.length - s.length <= 2) return true;
  // The distance is at least the difference in length: short or unequal keys never meet below.
  if (s.length < 5 || l.length - s.length > (s.length >= 8 ? 2 : 1)) return false;
  return withinDistance(a, b, s.length >= 8 ? 2 : 1);
}

/** Surname type by ending (Petrow vs Petrowski vs Petrenko are different names). */
function surnameClass(key: string): string | null {
  const m = /(ski|skii|ska|skaia|ki|enko|ienko|uk|ciuk|vic|evic|ovic|vili|ian|ov|ova|ev|eva|in|ina|yn)$/.exec(key);
  if (!m) return null;
  const e = m[1]!;
  if (e.startsWith('sk') || e === 'ki') return 'ski';
  if (e.endsWith('enko')) return 'enko';
  if (e.endsWith('uk')) return 'uk';
  if (e.endsWith('vic')) return 'vic';
  if (e === 'ov' || e === 'ova' || e === 'ev' || e === 'eva') return 'ov';
  return e;
}

/**
 * How well a German word renders a Russian name, in [0, 1]: 1 for a transliteration or an
 * exonym, 0.7 for a looser phonetic likeness, 0 when it is another name.
 */
const variantKeys = { de: new Map<string, string[]>(), ru: new Map<string, string[]>() };

/** Cognate keys of a word's name variants (memoised per word and language). */
function keysOf(word: string, lang: 'de' | 'ru'): string[] {
  const cache = variantKeys[lang];
  let k = cache.get(word);
  if (k === undefined) {
    k = (lang === 'de' ? deVariants(word) : ruVariants(word)).map((w) => cognateKey(w));
    if (cache.size > 20_000) cache.clear();
    cache.set(word, k);
  }
  return k;
}

export function nameSimilarity(de: string, ru: string): number {
  if (exonymMatch(de, ru)) return 1;
  const dk = keysOf(de, 'de');
  const rk = keysOf(ru, 'ru');
  // A letter of a code (the road M-11 / М-11, the A-290): the same letter in the other script.
  if (de.length === 1 && ru.length === 1) return dk[0] === rk[0] && dk[0] !== '' ? 1 : 0;
  for (let x = 0; x < dk.length; x++) for (let y = 0; y < rk.length; y++) if (keysMeet(dk[x]!, rk[y]!)) return 1;
  // A German place adjective in -er (Uraler, Nowosibirsker) against a Russian one or the place;
  // tried only for those, since German nouns in -er are many.
  if (de.length > 5 && de.endsWith('er') && (RU_PLACE_ADJECTIVE.test(ru) || isRussianExonym(ru))) {
    const place = keysOf(de.slice(0, -2), 'de');
    for (const a of place) for (const b of rk) if (keysMeet(a, b)) return 1;
  }
  if (cognateSimilarity(foldWord(de), foldWord(ru), true) >= 0.65) {
    // A shared start with another surname type is another person (Petrow / Petrowski).
    const cd = surnameClass(dk[dk.length > 1 ? 1 : 0]!);
    const cr = surnameClass(rk[rk.length > 1 ? 1 : 0]!);
    if (cd && cr && cd !== cr) return 0;
    if (otherOvStem(dk[dk.length > 1 ? 1 : 0]!, rk[rk.length > 1 ? 1 : 0]!)) return 0;
    return 0.7;
  }
  return 0;
}

const DE_TITLES = new Set(
  `präsident präsidentin minister ministerin herr frau sprecher sprecherin kollege kollegin chef chefin gouverneur
  herrn gouverneurin bürgermeister bürgermeisterin abgeordnete abgeordneter direktor direktorin trainer trainerin kapitän
  autor autorin general oberst major bischof patriarch senator senatorin botschafter botschafterin richter richterin
  professor professorin dr. prof. regisseur regisseurin schriftsteller schriftstellerin zeitung sender agentur
  partei konzern firma verlag stadt dorf region gebiet fluss airline fluggesellschaft gruppe gruppierung bank verein
  klub club band festival hotel theater museum`.split(/\s+/),
);
// Ending tests as letters.ts spells them (no regular expression to compile on a first check).
const DE_COMMON_SUFFIX = lettersThenEnding(0, 'ung ungen heit heiten keit keiten schaft schaften tion tionen tät täten nis nisse tum ment mente ismus ik ie ien ität ente ern lich isch in innen'.split(' '));
/**
 * Endings German spelling gives Russian (and other Slavic) names and that German words rarely
 * have: Petrow, Iwanowa, Saretschinsk, Kamenny, Swetlogorje, Sawtschenko. Not -in: German
 * words end so too often (Verein, Ministerin).
 */
const TRANSLIT_SHAPE = lettersThenEnding(
  0,
  endings('ow owa ew ewa jew jewa ski skaja sky skij enko tschuk itsch owitsch ewitsch wili jan aja oje orje ij yj ny ja sk insk grad tsch'.split(' '), ['', 's']),
);
/** Acronyms that are common nouns, not names (GDP, media, VAT, accident, emergency). */
const NOT_NAME_ACRONYMS = new Set(['ввп', 'сми', 'ндс', 'дтп', 'чп', 'чс', 'ооо', 'оао', 'зао', 'пао', 'нко', 'аэс', 'гэс', 'тэц', 'тц', 'бпла', 'мрот', 'спг', 'нпз', 'лэп', 'тэс', 'ндфл', 'осаго', 'омс', 'орви', 'вич', 'ипц', 'lng', 'akw', 'жкх', 'вуз', 'ии', 'ивл', 'мрт', 'кт', 'узи', 'бип', 'bip', 'ki', 'mwst', 'ag', 'gmbh', 'kg', 'km']);

/** Whether a word is an acronym of a common noun (АЭС, ГЭС, ООО, AKW): the head of a name beside it, never a name itself. */
export function commonNounAcronym(lower: string): boolean {
  return NOT_NAME_ACRONYMS.has(lower);
}

/** Prepositions before a bare place name (in Samara, aus Minsk, nach Peking). */
const PLACE_PREPOSITION = new Set(['in', 'aus', 'nach', 'von', 'bei']);

/** A title word, also as the head of a compound (Museumsdirektor, Vizepräsident). */
function isTitle(x: FToken | undefined): boolean {
  if (!x || x.kind !== 'word') return false;
  if (DE_TITLES.has(x.lower)) return true;
  for (const title of COMPOUND_TITLES) if (x.lower.length > title.length + 2 && x.lower.endsWith(title)) return true;
  return false;
}
const COMPOUND_TITLES = ['präsident', 'präsidentin', 'minister', 'ministerin', 'direktor', 'direktorin', 'sprecher', 'sprecherin', 'bürgermeister', 'bürgermeisterin', 'chef', 'chefin', 'trainer', 'trainerin', 'gouverneur'];

/** Whether the last part of a hyphenated German word is a common noun the lexicon lists. */
function commonHead(lower: string, known: (w: string) => boolean, common?: (w: string) => boolean): boolean {
  const head = lower.slice(lower.lastIndexOf('-') + 1);
  return head.length >= 4 && known(head) && common !== undefined && common(head);
}

/** Whether a German capitalised token is probably a name, from its shape and neighbours. */
export function germanNameLike(
  toks: readonly FToken[],
  t: FToken,
  known: (w: string) => boolean,
  common?: (w: string) => boolean,
  asName?: (w: string) => boolean,
): boolean {
  if (t.kind !== 'word' || !t.cap || (DE_FUNCTION.has(t.lower) && !functionWordAsNoun(t, toks[t.i - 1]))) return false;
  if (NOT_NAME_ACRONYMS.has(t.lower)) return false;
  if (/^[A-ZÄÖÜ]{2,}$/.test(t.text)) return true; // acronym: FSB, NATO
  if (DE_TITLES.has(t.lower)) return false;
  // A word the lexicon lists is no name, unless it does not list it as a common word (its
  // translation is its transliteration: Tscheljabinsk / челябинск) and it has the shape of a
  // Russian name, or its own entry is its transliteration and it stands where a place does,
  // after a bare preposition (in Samara; not a compound known by its parts: von Betrugsvorwürfen).
  if (known(t.lower)) {
    if (common === undefined || common(t.lower) || DE_COMMON_SUFFIX.test(t.lower)) return false;
    if (TRANSLIT_SHAPE.test(t.lower) && t.lower.length >= 5) return true;
    const before = toks[t.i - 1];
    return asName?.(t.lower) === true && before?.kind === 'word' && !before.cap && PLACE_PREPOSITION.has(before.lower);
  }
  // A hyphenated word of capitalised parts the lexicon does not know (Meteo-Sibir, Nord-Stal);
  // not when its head is a common noun the lexicon lists (Online-Händler, Zuckerrüben-Saatgut:
  // a compound hyphenated for legibility names a kind of thing).
  if (t.text.includes('-') && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text)) return !commonHead(t.lower, known, common);
  const prev = toks[t.i - 1];
  // After a title (Minister Kowalski, Frau Derjabina) or an opening mark (die Zeitung ‚…‘).
  if (isTitle(prev)) return true;
  // The surname after a first name that follows a title (Museumsdirektor Pawel Lukin).
  if (prev && prev.kind === 'word' && prev.cap && isTitle(toks[t.i - 2])) return true;
  if (prev && prev.kind === 'quote') return true;
  if (DE_COMMON_SUFFIX.test(t.lower)) return false;
  if (TRANSLIT_SHAPE.test(t.lower) && t.lower.length >= 4) return true;
  // First name + surname: a neighbour of translit shape (Igor Sawtschenko, Kamenny Brod).
  const next = toks[t.i + 1];
  const shaped = (x: FToken | undefined) => x !== undefined && x.kind === 'word' && x.cap && !known(x.lower) && TRANSLIT_SHAPE.test(x.lower) && !DE_COMMON_SUFFIX.test(x.lower);
  return shaped(prev) || shaped(next);
}

/**
 * Whether a token is the scale letter of a temperature unit written after the degree sign
 * (°C, °F, °К, °С): a unit, never a name, whatever script or case it is written in.
 */
export function degreeScaleLetter(toks: readonly FToken[], t: FToken): boolean {
  return t.kind === 'word' && /^[CFKСКФ]$/iu.test(t.text) && toks[t.i - 1]?.text === '°';
}

/** Whether a Russian token is a name: capitalised inside a sentence, an acronym, or a known place. */
export function russianNameLike(t: FToken, known: (w: string) => boolean): boolean {
  if (t.kind !== 'word' || !t.cap || RU_FUNCTION.has(t.lower) || NOT_NAME_ACRONYMS.has(t.lower)) return false;
  if (/^[А-ЯЁ]{2,}$/.test(t.text)) return true;
  // An acronym joined to a lower-case noun (GPS-ошейники, SIM-карта, ИТ-компании) names a kind
  // of thing, what German says with a compound (Sender, SIM-Karte): a common noun.
  if (/^[A-ZА-ЯЁ]{2,}-[а-яё]{3,}$/.test(t.text)) return false;
  if (!t.sentenceStart) return true;
  // Sentence-initial: a capital says nothing; a known place, or a surname shape of an unknown word.
  if (isRussianExonym(t.lower)) return true;
  return !known(t.lower) && /(ов|ова|ев|ева|ин|ина|ский|ская|енко|ук|вич)(а|у|ым|ой|е|ом)?$/.test(t.lower);
}

/** Russian adjective endings (full forms, all cases). */
const RU_ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/;

/**
 * A capitalised common adjective that opens an institution's name before its lower-case noun
 * (Пенсионного фонда, Следственный комитет, Верховного суда, Счётная палата): German renders the
 * description by common nouns (Rentenkasse, Ermittlungskomitee), so it is no name. A place
 * adjective in -ск- (Калужской области) stays one, and so does a word the lexicon does not know.
 */
export function institutionAdjective(toks: readonly FToken[], t: FToken, known: (w: string) => boolean): boolean {
  if (t.kind !== 'word' || !t.cap || t.sentenceStart || /^[А-ЯЁ]{2,}$/.test(t.text)) return false;
  if (!RU_ADJECTIVE_ENDING.test(t.lower) || RU_PLACE_ADJECTIVE.test(t.lower) || isRussianExonym(t.lower) || !(known(t.lower) || knownNounBase(t.lower, known))) return false;
  // A title in quotation marks (газета «Северный вестник») is a name whatever its words.
  const prev = toks[t.i - 1];
  if (prev && prev.kind !== 'word' && /[«"„“‚']/.test(prev.text)) return false;
  const next = toks[t.i + 1];
  return next !== undefined && next.kind === 'word' && !next.cap && next.clause === t.clause && !RU_FUNCTION.has(next.lower);
}

/**
 * Whether a relational adjective is made from a noun the lexicon knows (пенсионный ← пенсия,
 * таможенный ← таможня, налоговый ← налог): the ending and the suffix -онн-, -енн-, -н-, -ов-,
 * -ев- taken off, the noun stem is known.
 */
function knownNounBase(adj: string, known: (w: string) => boolean): boolean {
  const stem = adj.replace(RU_ADJECTIVE_ENDING, '');
  const m = /^(.{3,}?)(?:онн|енн|ов|ев|н)$/.exec(stem);
  return m !== null && known(m[1]!);
}

/** Prefixes of German region names of direction or position (Zentralasien, Nordkaukasus, Westsibirien, Südosteuropa). */
const DE_DIRECTION_PREFIX = ['nordost', 'nordwest', 'südost', 'südwest', 'nord', 'süd', 'ost', 'west', 'zentral', 'mittel', 'fern'];

/**
 * Whether a German compound of a direction and a name renders the Russian name `t` (Zentralasien
 * / Средняя Азия, Nordkaukasus / Северный Кавказ, Westsibirien / Западная Сибирь): the name
 * after the prefix is the Russian name; the Russian adjective of direction goes with the
 * compound too.
 */
export function directionCompoundRenders(deToks: readonly FToken[], t: FToken, ruToks?: readonly FToken[]): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  // A name of capitalised adjectives after the direction (Северный Ледовитый океан, Южно-Китайское
  // море): the adjectives after the first one go with it into the one German compound (Nordpolarmeer).
  const prev = ruToks?.[t.i - 1];
  const inName = prev !== undefined && prev.kind === 'word' && prev.cap && RU_ADJECTIVE_ENDING.test(t.lower) && RU_ADJECTIVE_ENDING.test(prev.lower) && (RU_DIRECTION_ADJECTIVE.test(prev.lower) || RU_DIRECTION_ADJECTIVE.test(ruToks![t.i - 2]?.lower ?? ''));
  const direction = RU_DIRECTION_ADJECTIVE.test(t.lower) || inName;
  for (const d of deToks) {
    if (d.kind !== 'word' || !d.cap) continue;
    const p = DE_DIRECTION_PREFIX.find((x) => d.lower.startsWith(x) && d.lower.length >= x.length + 4);
    if (p && (direction || nameSimilarity(d.lower.slice(p.length), t.lower) >= 1)) return true;
  }
  return false;
}
/**
 * Whether the Russian word `t` is the adjective of a region named by a cardinal direction
 * (Крайний Север, Дальний Восток, Ближний Восток) that German renders as an adjective and its
 * own direction noun (Hoher Norden, Ferner Osten, Naher Osten): the direction noun follows `t`
 * and the German has a capitalised word before a capitalised direction noun.
 */
export function directionRegionRenders(deToks: readonly FToken[], t: FToken, ruToks: readonly FToken[]): boolean {
  if (t.kind !== 'word' || !t.cap || !RU_EXTENT_ADJECTIVE.test(t.lower)) return false;
  const next = ruToks[t.i + 1];
  if (!next?.cap || !RU_DIRECTION_NOUN.test(next.lower)) return false;
  return deToks.some((d, k) => d.kind === 'word' && d.cap && DE_DIRECTION_NOUN.test(d.lower) && deToks[k - 1]?.kind === 'word' && deToks[k - 1]!.cap && !deToks[k - 1]!.sentenceStart);
}
const RU_EXTENT_ADJECTIVE = /^(?:крайн|дальн|ближн)(?:ий|его|ему|им|ем|ей|яя|юю)$/;
const RU_DIRECTION_NOUN = /^(?:север|восток|юг|запад)(?:а|у|е|ом)?$/;
const DE_DIRECTION_NOUN = /^(?:norden|nordens|osten|ostens|süden|südens|westen|westens)$/;

/** Russian region names made of a preposition, a place and -ье (Поволжье, Подмосковье, Приуралье, Забайкалье, Прикамье). */
const RU_REGION_NAME = /^(?:по|при|за|под)(.{3,}?)(?:ье|ья|ью|ьем|ьи)$/;

/**
 * Whether a German compound or adjective on a place renders the Russian region name `t` made
 * from that place (Wolgagebiet, Wolgaregion / Поволжье; Moskauer Umland / Подмосковье; Baikalregion
 * / Прибайкалье): the place's letters (with ж/ч/ш before -ье undone to г/к/х) open a longer
 * capitalised German word.
 */
export function regionNameRenders(deToks: readonly FToken[], t: FToken): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  const m = RU_REGION_NAME.exec(t.lower);
  if (!m) return false;
  const place = m[1]!.replace(/ж$/, 'г').replace(/ч$/, 'к').replace(/ш$/, 'х');
  const key = cognateKey(place).slice(0, 4);
  if (key.length < 3) return false;
  return deToks.some((d) => d.kind === 'word' && d.cap && d.lower.length >= place.length + 3 && cognateKey(d.lower).startsWith(key));
}

/** Russian adjectives of direction or position that open a region's name (Северный Кавказ, Западная Сибирь, Средняя Азия, Дальний Восток). */
const RU_DIRECTION_ADJECTIVE = /^(?:северо-|юго-)?(?:северн|южн|восточн|западн|центральн|средн|дальн)/;

/**
 * Whether a Russian place adjective is made from a two-word place name (Нижегородская область
 * / Nischni Nowgorod, нижнетагильский / Nischni Tagil, великолукский / Welikije Luki,
 * старооскольский / Stary Oskol): its stem before -ск- starts as the first word and ends as the
 * second (without a final vowel).
 */
export function twoWordPlaceAdjective(first: string, second: string, ru: string): boolean {
  const m = RU_PLACE_ADJECTIVE.exec(ru);
  if (!m || m[1]!.length < 6) return false;
  const base = cognateKey(m[1]!);
  const a = cognateKey(first);
  const b = cognateKey(second).replace(/[aeiouy]+$/, '');
  if (a.length < 3 || b.length < 3) return false;
  return base.startsWith(a.slice(0, 3)) && base.endsWith(b.slice(-4)) && base.length >= 3 + Math.min(4, b.length);
}
