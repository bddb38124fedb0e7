import type { Side } from './correspond';
import { refOf, type FToken } from './tokens';
import type { FidelityFlag } from './types';

/** Words that say a finding is provisional (по предварительным данным, nach vorläufigen Angaben). */
const PROVISIONAL = { ru: /^предварительн/, de: /^vorläufig/ } as const;
/** Words by which the other side says "provisional" or "first" itself (nach ersten Erkenntnissen, пока, по первым данным). */
const ANSWERS = {
  ru: /^(?:предварительн|первы[мх]|первоначальн|пока|временн|ещё|еще)/,
  de: /^(?:vorläufig|erste[nr]?|zunächst|vorerst|bislang|bisherig|noch|einstweil)/,
} as const;

/**
 * "First" findings are provisional ones (nach ersten Erkenntnissen, ersten Angaben zufolge; по
 * первым данным, по первоначальной версии): an attribution that says the finding may change.
 */
const FIRST = { ru: /^(?:первы[мх]|первоначальн)/, de: /^erste[nr]?$/ } as const;
const FINDINGS = {
  ru: /^(?:данны|сведени|оценк|верси|информаци)/,
  de: /^(?:erkenntniss|angaben|informationen|ermittlungen|untersuchungen|daten|schätzungen|berichten)/,
} as const;
function firstFindings(toks: readonly FToken[], i: number, lang: 'de' | 'ru'): boolean {
  return FIRST[lang].test(toks[i]!.lower) && /^(?:nach|по)$/.test(toks[i - 1]?.lower ?? '') && FINDINGS[lang].test(toks[i + 1]?.lower ?? '');
}

/**
 * A provisional finding (по предварительным данным, по предварительной версии; nach vorläufigen
 * Angaben) hedges the claim beyond naming its source: a German speech tag (…, teilte X mit)
 * answers the attribution, not that it may yet change. A provisional word on one side with no
 * word of the other side that says "provisional", "first" or "so far" is a hedge lost (added),
 * unless a hedge flag already names it. Returns the new flags.
 */
export function provisionalHedges(de: Side, ru: Side, flags: readonly FidelityFlag[]): FidelityFlag[] {
  const named = new Set(flags.filter((f) => f.kind === 'hedge').flatMap((f) => [...f.german, ...f.russian].map((w) => w.start)));
  const out: FidelityFlag[] = [];
  for (const [side, other, lang, otherLang] of [[ru, de, 'ru', 'de'], [de, ru, 'de', 'ru']] as const) {
    // vorläufig festgenommen is the legal term for an arrest (задержан), no hedge.
    const word = side.toks.find((t) => t.kind === 'word' && ((PROVISIONAL[lang].test(t.lower) && !(lang === 'de' && /^festgenommen/.test(side.toks[t.i + 1]?.lower ?? ''))) || firstFindings(side.toks, t.i, lang)));
    if (!word || named.has(word.start) || other.toks.some((t) => t.kind === 'word' && ANSWERS[otherLang].test(t.lower))) continue;
    const ref = [refOf(word)];
    out.push(
      lang === 'ru'
        ? { kind: 'hedge', reason: 'hedge-lost', status: 'defect', german: [], russian: ref, confidence: 0.75 }
        : { kind: 'hedge', reason: 'hedge-added', status: 'defect', german: ref, russian: [], confidence: 0.75 },
    );
  }
  return out;
}
