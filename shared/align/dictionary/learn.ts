import { learnLexicon } from '../lexicon';
import type { LexiconPair } from './format';
import { contentStemsDe, contentStemsRu } from './words';

/**
 * Word associations learned from aligned (Russian, German) sentence pairs: stems of content
 * words linked by competitive linking on Dunning's G² (see learnLexicon), each stem to at most
 * one partner, weighted by their Dice overlap. Used to build the shipped lexicon from parallel
 * corpora, and fit for pairs the user confirmed.
 */
export function learnAssociations(pairs: Iterable<readonly [string, string]>, minG2 = 10): LexiconPair[] {
  const stems: [string[], string[]][] = [];
  for (const [ru, de] of pairs) stems.push([contentStemsRu(ru), contentStemsDe(de)]);
  const lex = learnLexicon(stems, { minCount: 2, minG2 });
  return lex.entries().map((e) => ({ de: e.target, ru: e.source, weight: Math.min(0.9, 0.3 + 0.6 * e.weight), origin: 'c' as const }));
}
