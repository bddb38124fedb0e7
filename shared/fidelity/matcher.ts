/**
 * The seam between the fidelity engine and a bilingual lexicon. The engine matches names,
 * numbers, cognates and closed-class words itself; every other German-Russian word pair comes
 * from a `WordMatcher`. The default is a compact hand-written lexicon (`lexicon-*.ts`) over the
 * Snowball stemmers; the shipped base lexicon, a user dictionary or the learned lexicon plug in
 * with `lexiconMatcher` (or their own `WordMatcher`), combined by `composeMatchers`.
 */
import { verbForms } from '../align/match/links';
import { strongVerbInfinitives } from '../align/match/strong-verbs';
import { LexiconIndex } from './lexicon-index';
import { nameSimilarity } from './names';
import { snowballStemmers, type Stemmers } from './stem';

/** A dictionary match between a German and a Russian word. */
export interface WordMatch {
  /** Strength in (0, 1]. */
  score: number;
  /** Where it came from (shown as evidence). */
  kind: 'lexicon' | 'compound';
}

/**
 * German word -> Russian word matching. Words come lower-cased as written (inflected).
 * Implementations stem, split compounds and look up as they see fit; they must be pure and
 * fast (the engine calls `match` for every German x Russian content-word pair of a quotation).
 */
export interface WordMatcher {
  match(de: string, ru: string): WordMatch | null;
  /**
   * Whether the German (Russian) word is in the matcher's vocabulary. An unmatched known word is
   * stronger evidence of an addition (omission) than an unknown one. Optional: unknown if absent.
   */
  knowsGerman?(de: string): boolean;
  knowsRussian?(ru: string): boolean;
  /**
   * Whether the German word is in the vocabulary as a common word: its own entry (not a compound
   * split) has translations none of which is its transliteration (Jahr / год, not Tokio / токио).
   * A capitalised common word is no name, wherever it stands. Optional: unknown if absent.
   */
  knowsAsCommonWord?(de: string): boolean;
  /**
   * Whether the German word's own entry (not a compound split) lists its transliteration among
   * its translations (Samara / самара, Woronesch / воронеж). Optional: unknown if absent.
   */
  knowsAsName?(de: string): boolean;
}

/**
 * A stem-level lexicon as a lexicon module would expose it: German stem -> Russian stems with
 * weights, in the stem spaces of its own stemmers.
 */
export interface StemLexicon {
  stemmers: Stemmers;
  /** Russian stems (with weights in (0, 1]) of a German stem; empty when unknown. */
  translations(deStem: string): ReadonlyMap<string, number> | undefined;
  /** Whether a Russian stem occurs as a translation of any German stem. */
  hasRussian?(ruStem: string): boolean;
  /** German compound parts (lower case), head last; [] or [word] when not a compound. */
  splitCompound?(deLower: string): readonly string[];
}

/** Two Russian stems that differ only where light stemming is unsure (заяв / заявл). */
export function ruStemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const s = a.length <= b.length ? a : b;
  const l = a.length <= b.length ? b : a;
  if (s.length >= 4 && l.length - s.length <= 2 && l.startsWith(s)) return true;
  // Verbs in -овать/-евать lose the suffix in the present (требовать / требуют: требова / треб).
  if (s.length >= 3 && (l.endsWith('ова') || l.endsWith('ева')) && l.slice(0, -3) === s) return true;
  // Aspect and tense stems of one verb share a long start (произвести / произвёл / производить).
  let k = 0;
  while (k < s.length && s.charCodeAt(k) === l.charCodeAt(k)) k++;
  return k >= 5 && k >= 0.7 * s.length;
}

/** A German past participle without its ge- (gesagt -> sagt), or null. */
function withoutGe(de: string): string | null {
  return de.length > 5 && de.startsWith('ge') && /(t|en)$/.test(de) ? de.slice(2) : null;
}

/**
 * The masculine noun of a German feminine person noun the lexicon may list only in the
 * masculine (Gouverneurin / Gouverneur, Abgeordnetin is no word): the -in/-innen of an agent
 * noun's ending, or null.
 */
export function masculineOf(de: string): string | null {
  const m = /^(.{3,}(?:er|eur|or|ent|ist|at|ant|oge|ekt|ef|ar|är|ier|ör))in(?:nen)?$/.exec(de);
  return m ? m[1]! : null;
}

/**
 * The Russian stems of one translation map by their first four letters: two different stems
 * meet (`ruStemsMeet`) only when they share them, so a word is compared with its bucket only.
 */
interface Candidate {
  map: ReadonlyMap<string, number>;
  kind: 'lexicon' | 'compound';
  buckets?: Map<string, Array<[string, number]>>;
}

function bucketsOf(c: Candidate): Map<string, Array<[string, number]>> {
  if (c.buckets) return c.buckets;
  const b = new Map<string, Array<[string, number]>>();
  c.map.forEach((w, stem) => {
    if (stem.length < 4) return;
    const k = stem.slice(0, 4);
    (b.get(k) ?? b.set(k, []).get(k)!).push([stem, w]);
  });
  return (c.buckets = b);
}

const ZU_PARTICLES = ['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'fort', 'her', 'hin', 'mit', 'nach', 'vor', 'weg', 'zurück', 'zusammen'];

/** Infinitives and the genitive-less (or plural-less: Büros) noun an unknown German word form may stand for. */
function lemmaGuesses(de: string): string[] {
  const out = [...verbForms(de), ...strongVerbInfinitives(de)];
  // The zu-infinitive of a separable verb has zu between particle and verb (anzuheben, aufzubauen).
  for (const p of ZU_PARTICLES) if (de.startsWith(p + 'zu') && de.length >= p.length + 6 && de.endsWith('en')) out.push(p + de.slice(p.length + 2));
  if (de.length >= 6 && de.endsWith('s')) out.push(de.endsWith('es') ? de.slice(0, -2) : de.slice(0, -1), de.slice(0, -1));
  // A noun in a full vowel takes -s in the plural and the genitive (Büros, Kinos, Autos).
  else if (de.length >= 5 && /[aeiouy]s$/.test(de)) out.push(de.slice(0, -1));
  return out;
}

/**
 * The infinitive of a known word in -t (bleibt, erhöht), whose own entry may be another sense
 * (an adjective, a noun): one guess, so that the first check of a process stems little more.
 */
function finiteGuesses(de: string): string[] {
  if (de.length < 5 || !de.endsWith('t') || de.endsWith('st')) return [];
  return [de.endsWith('et') ? de.slice(0, -2) + 'en' : de.slice(0, -1) + 'en'];
}

/**
 * The forms of a German word every stem lexicon looks it up under: its masculine (-in taken
 * off), its participle without ge-, and the guesses above, each made on first use. The app's
 * matcher asks two lexicons about every word, so they are made once per word, not per lexicon.
 */
interface WordForms {
  masc: string | null;
  noGe: string | null;
  lemmas?: string[];
  finite?: string[];
}
const wordForms = new Map<string, WordForms>();

function formsOf(de: string): WordForms {
  let f = wordForms.get(de);
  if (f === undefined) {
    f = { masc: masculineOf(de), noGe: withoutGe(de) };
    if (wordForms.size > 20_000) wordForms.clear();
    wordForms.set(de, f);
  }
  return f;
}

/** `WordMatcher` over a stem lexicon (the adapter a lexicon module needs). */
export function lexiconMatcher(lex: StemLexicon): WordMatcher {
  const { de: stemDe, ru: stemRu } = lex.stemmers;
  const deCands = new Map<string, Candidate[]>();

  function candidates(de: string): Candidate[] {
    let c = deCands.get(de);
    if (c !== undefined) return c;
    c = [];
    const forms = formsOf(de);
    const own = stemDe(de);
    const whole =
      lex.translations(own) ??
      (forms.noGe !== null ? lex.translations(stemDe(forms.noGe)) : undefined) ??
      (forms.masc !== null ? lex.translations(stemDe(forms.masc)) : undefined);
    if (whole) c.push({ map: whole, kind: 'lexicon' });
    // A verb form the stemmer leaves inflected (bleibt, erhöht, eingestellt, angeordnet) or a
    // strong verb's past form (zurückgegangen, blieb) is also looked up under its infinitive;
    // a noun unknown in the genitive (des Schnees) without its -s/-es.
    const guesses = whole === undefined ? (forms.lemmas ??= lemmaGuesses(de)) : (forms.finite ??= finiteGuesses(de));
    let seen: Set<string> | null = null;
    for (let k = 0; k < guesses.length; k++) {
      const s = stemDe(guesses[k]!);
      if (s === own || seen?.has(s)) continue;
      (seen ??= new Set()).add(s);
      const t = lex.translations(s);
      if (t) c.push({ map: t, kind: 'lexicon' });
    }
    if (c.length === 0) {
      const parts = lex.splitCompound?.(de) ?? [];
      if (parts.length > 1)
        for (const p of parts) {
          const t = lex.translations(stemDe(p));
          if (t) c.push({ map: t, kind: 'compound' });
        }
    }
    if (deCands.size > 20_000) deCands.clear();
    deCands.set(de, c);
    return c;
  }

  // Whether a German word's own entry reads as a common word or a name: asked for every capital
  // of every quotation, and each asks nameSimilarity of all the entry's translations.
  const asName = new Map<string, { common: boolean; name: boolean }>();
  function nameReading(de: string): { common: boolean; name: boolean } {
    let r = asName.get(de);
    if (r !== undefined) return r;
    const own = candidates(de).find((c) => c.kind === 'lexicon');
    let common = own !== undefined && own.map.size > 0;
    let name = false;
    // A name the lexicon lists is rendered by its transliteration (peking / пекин, tokio / ток).
    if (own)
      for (const ru of own.map.keys()) {
        const n = nameSimilarity(de, ru);
        if (n > 0) common = false;
        if (n >= 1) name = true;
        if (!common && name) break;
      }
    r = { common, name };
    if (asName.size > 20_000) asName.clear();
    asName.set(de, r);
    return r;
  }

  return {
    match(de, ru) {
      const cands = candidates(de);
      if (cands.length === 0) return null;
      const rs = stemRu(ru);
      let best: WordMatch | null = null;
      for (let k = 0; k < cands.length; k++) {
        const c = cands[k]!;
        const exact = c.map.get(rs);
        if (exact !== undefined) {
          if (!best || exact > best.score) best = { score: exact, kind: c.kind };
          continue;
        }
        if (rs.length < 4) continue;
        const bucket = bucketsOf(c).get(rs.slice(0, 4));
        if (bucket === undefined) continue;
        for (let b = 0; b < bucket.length; b++) {
          const stem = bucket[b]![0];
          const w = bucket[b]![1];
          if (ruStemsMeet(stem, rs) && (!best || 0.9 * w > best.score)) best = { score: 0.9 * w, kind: c.kind };
        }
      }
      return best;
    },
    knowsGerman: (de) => candidates(de).length > 0,
    knowsRussian: lex.hasRussian ? (ru) => lex.hasRussian!(stemRu(ru)) : undefined,
    knowsAsCommonWord: (de) => nameReading(de).common,
    knowsAsName: (de) => nameReading(de).name,
  };
}

/** The best match of several matchers (the built-in list plus a shipped or learned lexicon). */
export function composeMatchers(...ms: WordMatcher[]): WordMatcher {
  return {
    match(de, ru) {
      let best: WordMatch | null = null;
      for (let k = 0; k < ms.length; k++) {
        const r = ms[k]!.match(de, ru);
        if (r && (!best || r.score > best.score)) best = r;
      }
      return best;
    },
    knowsGerman: (de) => ms.some((m) => m.knowsGerman?.(de) ?? false),
    knowsRussian: (ru) => ms.some((m) => m.knowsRussian?.(ru) ?? false),
    // A name in one lexicon is a name, however another lists the word.
    knowsAsCommonWord: (de) => ms.some((m) => m.knowsAsCommonWord?.(de) ?? false) && !ms.some((m) => m.knowsGerman?.(de) && m.knowsAsCommonWord?.(de) === false),
    knowsAsName: (de) => ms.some((m) => m.knowsAsName?.(de) ?? false),
  };
}

const builtins = new WeakMap<Stemmers, WordMatcher>();

/** The engine's default matcher: the hand-written frequent-word lexicon, built on first use per stemmer pair. */
export function builtinMatcher(stemmers: Stemmers = snowballStemmers): WordMatcher {
  let m = builtins.get(stemmers);
  if (!m) builtins.set(stemmers, (m = lexiconMatcher(LexiconIndex.builtin(stemmers))));
  return m;
}
