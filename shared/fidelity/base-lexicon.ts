/**
 * The app's word matcher: the engine's built-in frequent-word list and the shipped
 * German–Russian base lexicon (the one the quotation search loads), both over the Snowball
 * stemmers of `shared/align/stem` — one stemmer per language in the project. The app, the
 * CLI and the benchmark all build their matcher here, so a figure measures what the user gets.
 */
import { BilingualLexicon, splitCompound } from '../align/dictionary/lexicon';
import type { PairOrigin } from '../align/dictionary/format';
import { builtinMatcher, composeMatchers, lexiconMatcher, type StemLexicon, type WordMatcher } from './matcher';
import { snowballStemmers } from './stem';

/**
 * How much a base-lexicon pair counts, by where it came from: a dictionary translation fully,
 * a pair found through pivot languages (often a sense of another word) less.
 */
const ORIGIN_WEIGHT: Record<PairOrigin, number> = { d: 1, u: 1, l: 1, c: 0.9, p: 0.75 };

/** A `BilingualLexicon` (Snowball stems) as the `StemLexicon` the fidelity matcher reads. */
export function bilingualStemLexicon(lex: BilingualLexicon, minWeight = 0.3): StemLexicon {
  const memo = new Map<string, ReadonlyMap<string, number> | undefined>();
  const translations = (deStem: string): ReadonlyMap<string, number> | undefined => {
    if (memo.has(deStem)) return memo.get(deStem);
    const links = lex.lookup(deStem);
    let out: Map<string, number> | undefined;
    for (const l of links) {
      const w = l.weight * ORIGIN_WEIGHT[l.origin];
      if (w < minWeight) continue;
      out ??= new Map();
      out.set(l.ru, Math.max(out.get(l.ru) ?? 0, w));
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(deStem, out);
    return out;
  };
  return {
    stemmers: snowballStemmers,
    translations,
    hasRussian: (ruStem) => lex.hasRussian(ruStem),
    splitCompound(deLower) {
      const parts = splitCompound(deLower, (s) => lex.has(s));
      // The splitter returns stems; the matcher stems parts again, which Snowball leaves as they are.
      return parts ?? [deLower];
    },
  };
}

const cache = new WeakMap<BilingualLexicon, WordMatcher>();

/**
 * The fidelity matcher the app uses: the built-in list (Snowball stems) plus the base lexicon
 * when it could be loaded (null: a build without resources; the built-in list alone then).
 */
export function appMatcher(base: BilingualLexicon | null): WordMatcher {
  const builtin = builtinMatcher();
  if (!base) return builtin;
  let m = cache.get(base);
  if (!m) cache.set(base, (m = composeMatchers(builtin, lexiconMatcher(bilingualStemLexicon(base)))));
  return m;
}
