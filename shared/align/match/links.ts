import type { BilingualLexicon, StemLink } from '../dictionary/lexicon';
import { splitCompound } from '../dictionary/lexicon';
import { stemDe } from '../stem';
import { strongVerbInfinitives } from './strong-verbs';
import { cognateScore } from '../tokens';
import { cognateKey } from '../translit';
import { numberParts } from './concepts';
import { adjectival, relationalStems } from './derivation';
import type { RuDoc } from './ru-doc';
import type { MatchToken } from './tokens';

/** What a word link rests on. */
export type EvidenceKind = 'dictionary' | 'learned' | 'user' | 'name' | 'number' | 'cognate' | 'assist' | 'derivation';

/** A Russian token (index into RuDoc.tokens) that a German word (or part of one) may render. */
export interface Hit {
  ru: number;
  strength: number;
  kind: EvidenceKind;
}

/**
 * A unit of evidence of a German token: the word itself, or one part of a compound
 * (Sanktions|wahnsinn: "санкционного" and "безумия" each cover a part).
 */
export interface Unit {
  /** Share of the token's weight this unit carries. */
  share: number;
  hits: Hit[];
}

/**
 * Extra evidence for a German token (e.g. a machine translation of the quotation matched
 * Russian-to-Russian): hits into the document, merged with the built-in ones.
 */
export type EvidenceProvider = (de: MatchToken, doc: RuDoc) => readonly Hit[];

/** Where word links come from: lexicons (base, user, learned) and optional extra providers. */
export interface LinkSources {
  lexicons: readonly BilingualLexicon[];
  providers?: readonly EvidenceProvider[];
  /** Overrides DERIVATION, the strength of a relational adjective's link (evaluation; 0 turns it off). */
  derivation?: number;
}

/** A Russian stem ending in a fleeting vowel and a consonant (истец, рынок, конец). */
const FLEETING = /^(.+)[ео]([бвгджзклмнпрстфхцчшщ])$/;
/** Edits (Levenshtein) a German name's transliteration may be from the Russian one's. */
const NAME_EDITS = 2;
const FUZZY_NAME = 0.75;
const COMPOUND_PART = 0.85;
const PART_SHARE = 0.7;
const EXTENDED_STEM = 0.85;
const SHORTENED_STEM = 0.75;
const PREFIXED_STEM = 0.8;
const DERIVED_STEM = 0.6;
const SUFFIX_COGNATE = 0.7;
/**
 * Strength of a Russian relational adjective linked through its noun's lexicon pair (See = мор:
 * морской), times the pair's weight: chosen by 10-fold cross-validation over cases among
 * DERIVATION_GRID (`npm run bench -- fit-decision`, see shared/align/README.md).
 */
export const DERIVATION = 0.9;
/** The strengths the fitting bench tries for DERIVATION (0: no derivation links). */
export const DERIVATION_GRID: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

function kindOf(origin: string): EvidenceKind {
  return origin === 'c' || origin === 'l' ? 'learned' : origin === 'u' ? 'user' : 'dictionary';
}

// Separable verb prefixes before the participle's ge- (aus-ge-lastet, an-ge-kündigt).
const SEPARABLE = ['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'her', 'hin', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurück', 'zusammen'];

/**
 * Lower-case forms to try for a German verb form the stemmer leaves inflected (Snowball keeps
 * the -t of diskutiert, braucht, erreicht): the infinitive guessed from -t/-et/-te/-ten/-tet
 * and from participles with ge-, also after a separable prefix (ausgelastet -> auslasten).
 */
const VERB_ENDINGS = ['test', 'tet', 'ten', 'te', 'et', 't'];
// Inseparable verb prefixes, longest first (miss-deuten, zer-reden, be-reden).
const INSEPARABLE = ['miss', 'zer', 'ver', 'ent', 'emp', 'be', 'er'];

export function verbForms(lower: string): string[] {
  const out: string[] = [];
  const add = (w: string): void => {
    if (w.length < 3) return;
    // Every reading of the ending is tried (gelastet: -et; arbeitete: -ete; braucht: -t).
    for (let k = 0; k < VERB_ENDINGS.length; k++) {
      const end = VERB_ENDINGS[k]!;
      if (w.endsWith(end) && w.length - end.length >= 3) out.push(w.slice(0, -end.length) + 'en');
    }
    if (w.endsWith('en') || w.endsWith('n')) out.push(w);
  };
  add(lower);
  if (lower.startsWith('ge') && lower.length >= 6) add(lower.slice(2));
  for (let k = 0; k < SEPARABLE.length; k++) {
    const p = SEPARABLE[k]!;
    if (lower.startsWith(p) && lower.startsWith('ge', p.length) && lower.length >= p.length + 5) add(p + lower.slice(p.length + 2));
  }
  return out;
}

/**
 * The word links of one document: for each German token, the Russian tokens it may render,
 * by unit. Results are memoised by the German word, which quotations of one article repeat.
 */
export class Linker {
  private readonly cache = new Map<string, Unit[]>();
  private readonly derived = new Map<string, string[]>();
  private readonly derivation: number;
  constructor(
    readonly doc: RuDoc,
    readonly sources: LinkSources,
  ) {
    this.derivation = sources.derivation ?? DERIVATION;
  }

  /** Whether some lexicon knows the German stem. */
  known(stem: string): boolean {
    return this.sources.lexicons.some((l) => l.has(stem));
  }

  /** The stem under which the lexicons know a German word (its own or its infinitive's), or null. */
  knownStem(t: MatchToken): string | null {
    return this.knownStemOf(t.stem, t.lower);
  }

  /** `knownStem` of a word given by its stem and lower-case form. */
  private knownStemOf(stem: string, lower: string): string | null {
    if (this.known(stem)) return stem;
    for (const f of verbForms(lower)) {
      const s = stemDe(f);
      if (this.known(s)) return s;
    }
    // A strong verb's past form (wuchs, gewann, angegriffen): under its infinitive.
    for (const f of strongVerbInfinitives(lower)) {
      const s = stemDe(f);
      if (this.known(s)) return s;
    }
    // A noun's plural or dative in -n, which the stemmer keeps (Nachbarn, Regeln, Bauern).
    if (lower.length >= 5 && /[lr]n$/.test(lower)) {
      const s = stemDe(lower.slice(0, -1));
      if (this.known(s)) return s;
    }
    return null;
  }

  /** The units of a German token with their hits (none for function words). */
  units(t: MatchToken): Unit[] {
    if (t.stop) return [];
    const id = `${t.cap && !t.initial ? 'C' : 'c'}${t.lower}`;
    let u = this.cache.get(id);
    if (!u) {
      u = this.compute(t);
      if (this.sources.providers?.length && u[0]) {
        const extra = this.sources.providers.flatMap((p) => p(t, this.doc));
        u[0].hits = merge(u[0].hits, extra);
      }
      this.cache.set(id, u);
    }
    return u;
  }

  /** All hits of a token, its units merged. */
  hits(t: MatchToken): Hit[] {
    const us = this.units(t);
    return us.length === 1 ? (us[0] as Unit).hits : merge([], us.flatMap((x) => x.hits));
  }

  private compute(t: MatchToken): Unit[] {
    const doc = this.doc;
    if (t.num) {
      // Negation words are function words paired like a dictionary would pair them.
      const kind: EvidenceKind = t.stem === '#neg' ? 'dictionary' : 'number';
      const exact = doc.withStem(t.stem).map((ru) => ({ ru, strength: 1, kind }));
      // A two-digit number may be written out in two Russian words (66: шестьдесят шесть).
      const parts = numberParts(t.stem);
      if (parts) return parts.map((p) => ({ share: 0.5, hits: merge(exact, doc.withStem(p).map((ru) => ({ ru, strength: 1, kind }))) }));
      return [{ share: 1, hits: exact }];
    }
    const name = t.cap && !t.initial && this.knownStem(t) === null;
    const stem = this.knownStem(t);
    const negated = this.negatedStem(t.lower);
    if (stem !== null || negated !== null) {
      const hits = new HitSet();
      if (stem !== null) this.lexiconHits(stem, 1, hits);
      if (negated !== null) this.negatedHits(negated, hits);
      this.cognateHits(t.key, name, 1, hits);
      return [{ share: 1, hits: hits.list() }];
    }
    const base = t.cap && !t.initial ? null : this.unprefixedStem(t.lower);
    if (base !== null) {
      const hits = new HitSet();
      this.lexiconHits(base, PREFIXED_STEM, hits);
      this.cognateHits(t.key, false, 1, hits);
      return [{ share: 1, hits: hits.list() }];
    }
    const parts = t.lower.length >= 6 ? splitCompound(t.lower, (s) => this.known(s)) : null;
    if (parts) {
      return parts.map((p, k) => {
        const hits = new HitSet();
        this.lexiconHits(p, COMPOUND_PART, hits);
        if (p.length >= 4) this.cognateHits(cognateKey(p), false, COMPOUND_PART, hits);
        // The whole word's transliteration meets a Russian word that starts like it.
        if (k === 0) this.cognateHits(t.key, name, 1, hits);
        return { share: PART_SHARE, hits: hits.list() };
      });
    }
    const hits = new HitSet();
    this.cognateHits(t.key, name, 1, hits);
    if (name) this.nameHits(t.key, hits);
    // An unknown long word whose later part is an internationalism (multi|vektorale / многовекторную).
    if (t.key.length >= 9) for (let p = 3; p + 6 <= t.key.length; p++) this.cognateHits(t.key.slice(p), false, SUFFIX_COGNATE, hits, true);
    return [{ share: 1, hits: hits.list() }];
  }

  /**
   * The known stem of an unknown German word without its inseparable prefix (bereden -> reden,
   * zerreden -> reden), or null: the prefix shades the sense, the root carries it, as a Russian
   * verbal prefix does, so its links weigh PREFIXED_STEM. At least five letters must remain, and
   * a name (capitalised inside the sentence) is never cut.
   */
  private unprefixedStem(lower: string): string | null {
    for (const p of INSEPARABLE) {
      if (!lower.startsWith(p) || lower.length - p.length < 5) continue;
      const rest = lower.slice(p.length);
      const s = this.knownStemOf(stemDe(rest), rest);
      if (s !== null && s.length >= 3) return s;
    }
    return null;
  }

  /**
   * The known stem of the word a German un- word negates (unfreundlich -> freundlich), or null:
   * Russian says the same with не- (недружественный), which the lexicon lists for few words.
   */
  private negatedStem(lower: string): string | null {
    if (!lower.startsWith('un') || lower.length < 7) return null;
    const s = stemDe(lower.slice(2));
    return s.length >= 4 && this.known(s) ? s : null;
  }

  /**
   * Hits of не- and the Russian words of a negated German stem, as strong as a Russian word
   * carrying a prefix the lexicon's word does not (PREFIXED_STEM): не- is one.
   */
  private negatedHits(stem: string, into: HitSet): void {
    for (const lex of this.sources.lexicons) {
      for (const link of lex.lookup(stem)) {
        if (link.ru.length < 4 || link.ru.startsWith('не')) continue;
        this.linkHits({ ...link, ru: 'не' + link.ru }, PREFIXED_STEM, into, this.doc);
      }
    }
  }

  private lexiconHits(stem: string, f: number, into: HitSet): void {
    const doc = this.doc;
    for (const lex of this.sources.lexicons) {
      for (const link of lex.lookup(stem)) this.linkHits(link, f, into, doc);
    }
  }

  private linkHits(link: StemLink, f: number, into: HitSet, doc: RuDoc): void {
    const kind = kindOf(link.origin);
    const r = link.ru;
    const extra = r.length >= 5 ? 4 : r.length >= 3 ? 2 : 0;
    for (const s of doc.stemsExtending(r, extra)) {
      const w = link.weight * f * (s === r ? 1 : EXTENDED_STEM);
      // A lexicon pair that ends on a Russian function word (a pivot's "по" for Wasser) is noise.
      for (const j of doc.withStem(s)) if (!doc.tokens[j]?.stop) into.put(j, w, kind);
    }
    // ... or lose the fleeting vowel of the lexicon's word in its other forms (истец / истцов,
    // рынок / рынка, конец / конца), which the stemmer keeps apart.
    const fleeting = FLEETING.exec(r);
    if (fleeting && (fleeting[1] as string).length >= 3) {
      for (const j of doc.withStem((fleeting[1] as string) + (fleeting[2] as string))) if (!doc.tokens[j]?.stop) into.put(j, link.weight * f, kind);
    }
    // The text's stem may be shorter than the lexicon's (европ / европейск) ...
    for (let cut = r.length - 1; cut >= Math.max(4, r.length - 3); cut--) {
      for (const j of doc.withStem(r.slice(0, cut))) into.put(j, link.weight * f * SHORTENED_STEM, kind);
    }
    // ... or be derived from the same root with another suffix (содержан / содержательн): the
    // lexicon's stem less its last letters, at least six left, extended by a few letters.
    if (r.length >= 7) {
      for (let cut = r.length - 1; cut >= Math.max(6, r.length - 2); cut--) {
        for (const s of doc.stemsExtending(r.slice(0, cut), 5)) {
          if (s.length <= cut || s.startsWith(r)) continue;
          for (const j of doc.withStem(s)) if (!doc.tokens[j]?.stop) into.put(j, link.weight * f * DERIVED_STEM, kind);
        }
      }
    }
    // ... or carry a verbal prefix the lexicon's does not (поторопимся / торопиться).
    if (r.length >= 4) for (const j of doc.withBareStem(r)) into.put(j, link.weight * f * PREFIXED_STEM, kind);
    // ... or be a relational adjective of the lexicon's noun (мор / морской, рук / ручной,
    // москв / московский): an adjective's form only (match/derivation.ts).
    if (this.derivation > 0) {
      let stems = this.derived.get(r);
      if (!stems) this.derived.set(r, (stems = relationalStems(r)));
      for (const s of stems) {
        for (const j of doc.withStem(s)) {
          const t = doc.tokens[j] as MatchToken;
          if (!t.stop && adjectival(t.lower, s)) into.put(j, link.weight * f * this.derivation, 'derivation');
        }
      }
    }
  }

  /** Russian names (capitalised, not sentence-initial): each cognate key with its positions, built on first use. */
  private names: [string, number[]][] | null = null;

  /**
   * A German name whose transliteration differs from the Russian one beyond a shared start
   * (Vicenová / Виценова, Lyman / Лайман, Dihora / Диора): the Russian names whose key, or the key
   * less a case ending of one or two letters, is within NAME_EDITS of the German key, at
   * FUZZY_NAME less a tenth per edit: below the 0.8 at which a name in the frame counts as found
   * (who speaks is told by sure matches only).
   */
  private nameHits(key: string, into: HitSet): void {
    if (key.length < 4) return;
    if (!this.names) {
      const m = new Map<string, number[]>();
      this.doc.tokens.forEach((r, j) => {
        if (!r.cap || r.initial || r.num || r.key.length < 3) return;
        const js = m.get(r.key);
        if (js) js.push(j);
        else m.set(r.key, [j]);
      });
      this.names = [...m];
    }
    for (const [rk, js] of this.names) {
      if (Math.abs(rk.length - key.length) > NAME_EDITS + 2) continue;
      let best = Infinity;
      for (let cut = 0; cut <= 2 && rk.length - cut >= 3; cut++) best = Math.min(best, editDistance(key, rk.slice(0, rk.length - cut), NAME_EDITS));
      if (best <= NAME_EDITS) for (const j of js) into.put(j, FUZZY_NAME - 0.1 * best, 'name');
    }
  }

  private cognateHits(key: string, name: boolean, f: number, into: HitSet, infix = false): void {
    if (key.length < (infix ? 5 : 4)) return;
    const candidates = infix ? this.doc.withKeyInfix(key.slice(0, 5)) : this.doc.withKeyPrefix(key.slice(0, 4));
    for (const j of candidates) {
      const r = this.doc.tokens[j] as MatchToken;
      // A suffix cognate is compared from where it starts inside the Russian word (многовекторную holds "vektor").
      const rk = infix ? r.key.slice(r.key.indexOf(key.slice(0, 5))) : r.key;
      const c = cognateScore(key, rk);
      // Common words need a longer shared start than names do.
      if (c <= 0 || (!name && c < 0.8)) continue;
      into.put(j, c * f, name || (r.cap && !r.initial) ? 'name' : 'cognate');
    }
  }
}

class HitSet {
  private readonly m = new Map<number, Hit>();
  put(ru: number, strength: number, kind: EvidenceKind): void {
    const cur = this.m.get(ru);
    if (!cur || cur.strength < strength) this.m.set(ru, { ru, strength, kind });
  }
  list(): Hit[] {
    return [...this.m.values()];
  }
}

function merge(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  if (!b.length) return [...a];
  const m = new Map<number, Hit>();
  for (const h of [...a, ...b]) {
    const cur = m.get(h.ru);
    if (!cur || cur.strength < h.strength) m.set(h.ru, h);
  }
  return [...m.values()];
}

/** Levenshtein distance of a and b, or max + 1 once it exceeds max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let k = 1; k <= b.length; k++) {
      const v = Math.min((prev[k] ?? 0) + 1, (cur[k - 1] ?? 0) + 1, (prev[k - 1] ?? 0) + (a[i - 1] === b[k - 1] ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
