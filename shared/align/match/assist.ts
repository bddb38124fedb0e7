import type { Span } from '../../types';
import { Linker, type EvidenceProvider, type Hit, type LinkSources } from './links';
import { RuDoc } from './ru-doc';
import { matchTokens, type MatchToken } from './tokens';

/** Strength of a Russian-to-Russian stem match through a machine translation. */
export const ASSIST_STRENGTH = 0.75;
/** How far (share of the quotation) a translation's word may stand from the German word it is given to. */
const POSITION_WINDOW = 0.25;
const CYRILLIC = /[\u0400-\u04ff]/;

/** A German quotation and its machine translation into Russian. */
export interface AssistTranslation {
  target: Span;
  russian: string;
}

/**
 * Online assist as word evidence: each German quotation's machine translation is aligned to
 * the quotation word by word (the lexicons, names, numbers and cognates link what they can;
 * each translation word left over goes to the German words at about the same relative place),
 * and a German word's translation words are then looked up in the original by their Russian
 * stems (evidence kind `assist`). Pure: the translations come from the caller (the app asks
 * DeepL, cached).
 */
export function assistProvider(targetText: string, translations: readonly AssistTranslation[], sources: LinkSources): EvidenceProvider {
  // German word (lower case) -> Russian stems the translations render it by.
  const stemsOf = new Map<string, Set<string>>();
  for (const tr of translations) {
    if (!tr.russian.trim()) continue;
    const mt = new RuDoc(tr.russian, [], [{ start: 0, end: tr.russian.length }]);
    const linker = new Linker(mt, sources);
    const de = matchTokens(targetText, 'de', tr.target.start, tr.target.end).filter((t) => !t.stop && !t.num);
    const ru = mt.tokens;
    // Russian words only: a translation may leave names or unknown words in Latin letters.
    const content = ru.map((_, j) => j).filter((j) => !(ru[j] as MatchToken).stop && !(ru[j] as MatchToken).num && CYRILLIC.test((ru[j] as MatchToken).raw));
    const window = Math.max(POSITION_WINDOW, 0.5 / Math.max(1, de.length));
    const given = new Map<number, Set<number>>();
    const explained = new Set<number>();
    de.forEach((t, i) => {
      for (const h of linker.hits(t)) {
        if ((ru[h.ru] as MatchToken).stop) continue;
        explained.add(h.ru);
        let s = given.get(i);
        if (!s) given.set(i, (s = new Set()));
        s.add(h.ru);
      }
    });
    const rel = (k: number, n: number): number => (n <= 1 ? 0.5 : k / (n - 1));
    for (const j of content) {
      if (explained.has(j)) continue;
      const pj = rel(content.indexOf(j), content.length);
      // The translation word goes to the nearest German word(s) by relative place, unexplained ones first.
      let best: number[] = [];
      let bestD = window;
      de.forEach((_, i) => {
        const d = Math.abs(rel(i, de.length) - pj) - (given.has(i) ? 0 : 0.05);
        if (d < bestD - 1e-9) {
          best = [i];
          bestD = d;
        } else if (Math.abs(d - bestD) <= 1e-9) best.push(i);
      });
      for (const i of best) {
        let s = given.get(i);
        if (!s) given.set(i, (s = new Set()));
        s.add(j);
      }
    }
    for (const [i, js] of given) {
      const key = (de[i] as MatchToken).lower;
      let set = stemsOf.get(key);
      if (!set) stemsOf.set(key, (set = new Set()));
      for (const j of js) set.add((ru[j] as MatchToken).stem);
    }
  }
  return (t: MatchToken, doc: RuDoc): readonly Hit[] => {
    const stems = stemsOf.get(t.lower);
    if (!stems) return [];
    const out: Hit[] = [];
    for (const s of stems) for (const ru of doc.withStem(s)) out.push({ ru, strength: ASSIST_STRENGTH, kind: 'assist' });
    return out;
  };
}
