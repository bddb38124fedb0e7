import { stemDe } from '../stem';
import { CompiledLexicon, type StemLink } from './compiled';
import { parseLexicon, type PairOrigin } from './format';
import { contentStemsDe, contentStemsRu } from './words';

export type { StemLink } from './compiled';

const NONE: readonly StemLink[] = [];

/**
 * A German -> Russian lexicon over Snowball stems (see ../stem.ts): the shipped base lexicon
 * (electron/resources/lexicon/de-ru.tsv: its compiled form read lazily by `fromCompiled`, or
 * the file itself parsed at once by `fromText`), a user's dictionary, or pairs
 * learned from confirmed links. Lookups are by German stem; `has` tells the compound
 * splitter which German stems are words.
 */
export class BilingualLexicon {
  private readonly byDe = new Map<string, StemLink[]>();
  /** Russian stems of the pairs in `byDe` (those of the compiled base answer for themselves). */
  private readonly ruOwn = new Set<string>();
  private count = 0;

  /**
   * @param base a compiled lexicon read lazily underneath (the shipped base lexicon); pairs
   *   added later go on top of it without copying it.
   */
  constructor(private readonly base: CompiledLexicon | null = null) {}

  /** Number of stem pairs. */
  get size(): number {
    return this.count + (this.base?.pairs ?? 0);
  }

  /** The Russian stems of a German stem, strongest first. */
  lookup(deStem: string): readonly StemLink[] {
    return this.byDe.get(deStem) ?? this.base?.lookup(deStem) ?? NONE;
  }

  /** Whether the lexicon knows the German stem. */
  has(deStem: string): boolean {
    return this.byDe.has(deStem) || (this.base?.has(deStem) ?? false);
  }

  /** Whether some German stem renders the Russian stem. */
  hasRussian(ruStem: string): boolean {
    return this.ruOwn.has(ruStem) || (this.base?.hasRussian(ruStem) ?? false);
  }

  /** Every Russian stem some German stem renders (for "is this Russian word in the dictionary?"). */
  russianStems(): Iterable<string> {
    const out = new Set<string>(this.base?.russian());
    for (const r of this.ruOwn) out.add(r);
    return out;
  }

  /** Adds a stem pair (or raises the weight of a known one). */
  addStems(de: string, ru: string, weight: number, origin: PairOrigin): void {
    if (!de || !ru || !(weight > 0)) return;
    let row = this.byDe.get(de);
    if (!row) this.byDe.set(de, (row = (this.base?.lookup(de) ?? NONE).map((l) => ({ ...l }))));
    this.ruOwn.add(ru);
    const cur = row.find((l) => l.ru === ru);
    if (cur) {
      if (cur.weight < weight) {
        cur.weight = Math.min(1, weight);
        cur.origin = origin;
        row.sort((a, b) => b.weight - a.weight);
      }
      return;
    }
    row.push({ ru, weight: Math.min(1, weight), origin });
    row.sort((a, b) => b.weight - a.weight);
    this.count++;
  }

  /**
   * Adds a word or phrase pair as a user gives it (German, Russian): single words pair
   * directly; in phrases every content word pairs with every other at a shared weight.
   */
  addPair(de: string, ru: string, weight = 1, origin: PairOrigin = 'u'): void {
    const ds = [...new Set(contentStemsDe(de))];
    const rs = [...new Set(contentStemsRu(ru))];
    if (!ds.length || !rs.length) return;
    const w = weight / Math.sqrt(ds.length * rs.length);
    for (const d of ds) for (const r of rs) this.addStems(d, r, w, origin);
  }

  /** Parses the shipped lexicon format (see format.ts). */
  static fromText(text: string): BilingualLexicon {
    const lex = new BilingualLexicon();
    parseLexicon(text, (de, ru, w, o) => {
      let row = lex.byDe.get(de);
      if (!row) lex.byDe.set(de, (row = []));
      row.push({ ru, weight: w, origin: o });
      lex.ruOwn.add(ru);
      lex.count++;
    });
    return lex;
  }

  /** Reads the compiled form of the lexicon file (see compiled.ts): lazily, rows on first lookup. */
  static fromCompiled(bytes: Uint8Array): BilingualLexicon {
    return new BilingualLexicon(CompiledLexicon.parse(bytes));
  }

  /** A lexicon from (German, Russian) word or phrase pairs. */
  static fromPairs(pairs: Iterable<readonly [string, string]>, origin: PairOrigin = 'u'): BilingualLexicon {
    const lex = new BilingualLexicon();
    for (const [de, ru] of pairs) lex.addPair(de, ru, 1, origin);
    return lex;
  }
}

/** Linking elements between the parts of a German compound (Sanktion-s-wahnsinn, Friede-ns-gipfel). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];
const MIN_PART = 3;

/**
 * Splits a lower-case German compound into parts the lexicon knows, e.g.
 * sanktionswahnsinn -> [sanktion, wahnsinn], friedensgipfel -> [frieden, gipfel], with the
 * linking -s/-es/-n/-en/-e/-er between parts. Returns the stems of the parts, or null when the
 * word is known as a whole or cannot be split. Prefers the fewest parts, then the longest
 * last part (the head of a German compound is its last part).
 */
export function splitCompound(lower: string, known: (stem: string) => boolean, maxParts = 3): string[] | null {
  if (lower.length < 2 * MIN_PART || known(stemDe(lower))) return null;
  const memo = new Map<number, string[] | null>();
  // Best split of lower.slice(from) into known parts (the last one inflected like the word).
  const rest = (from: number, parts: number): string[] | null => {
    const key = from * 8 + parts;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: string[] | null = null;
    const tail = lower.slice(from);
    if (tail.length >= MIN_PART && known(stemDe(tail))) best = [stemDe(tail)];
    else if (parts > 1) {
      for (let cut = from + MIN_PART; cut <= lower.length - MIN_PART; cut++) {
        const head = lower.slice(from, cut);
        const hs = stemDe(head);
        if (!known(hs)) continue;
        for (const link of LINKS) {
          if (!lower.startsWith(link, cut)) continue;
          const next = cut + link.length;
          if (lower.length - next < MIN_PART) continue;
          const tailParts = rest(next, parts - 1);
          if (!tailParts) continue;
          const cand = [hs, ...tailParts];
          if (!best || cand.length < best.length || (cand.length === best.length && (tailParts[0]?.length ?? 0) > (best[1]?.length ?? 0))) best = cand;
        }
      }
    }
    memo.set(key, best);
    return best;
  };
  const parts = rest(0, maxParts);
  if (!parts || parts.length < 2) return null;
  // Three-letter parts are mostly chance (met-han-bombe): one is allowed, as the first of two
  // (Eis-hockey) or between two long parts (Rauch-gas-vergiftung).
  const short = parts.filter((p) => p.length < 4).length;
  const between = parts.length === 3 && (parts[1] as string).length < 4 && (parts[0] as string).length >= 5 && (parts[2] as string).length >= 5;
  if (short > 1 || (short === 1 && !between && (parts.length > 2 || (parts[0] as string).length >= 4))) return null;
  return parts;
}
