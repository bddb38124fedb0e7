// A quotation-search query over a German text, built as the report search builds its queries
// (shared by the unit tests of the search's decision and margin).
import { baseLexicon } from '../../electron/services/lexicon';
import { Linker } from '../../shared/align/match/links';
import type { RuDoc } from '../../shared/align/match/ru-doc';
import { matchTokens } from '../../shared/align/match/tokens';
import type { QueryUnit, QuoteQuery } from '../../shared/align/quotes/search';

export function queryOf(text: string, doc: RuDoc): QuoteQuery {
  const linker = new Linker(doc, { lexicons: [baseLexicon()!] });
  const tokens = matchTokens(text, 'de');
  const units: QueryUnit[] = [];
  tokens.forEach((t, i) => {
    for (const u of linker.units(t)) units.push({ token: i, weight: u.share, hits: u.hits });
  });
  return { tokens, units, words: tokens.length };
}
