import type { Side } from './correspond';
import { refOf } from './tokens';
import type { FidelityFlag } from './types';

/** Russian words that say "barely" or "almost" themselves: „kaum“ may render them. */
const RU_BARELY = new Set('почти едва еле трудом трудно мало редко вряд практически'.split(' '));

/**
 * „kaum“ before a verb or an adjective (kaum geschadet, kaum verändert) says "almost not": where
 * the Russian negates nothing and says no "barely" of its own (серьёзно повредили, повредили),
 * the German has added a negation. A Russian degree word the German leaves unrendered (серьёзно,
 * сильно) is the degree „kaum“ turned round: it goes with the negation flag, no omitted
 * intensifier of its own. „kaum“ before a number (kaum 100 Menschen: just under) or a word of
 * possibility (kaum möglich: a degree of difficulty) is no negation, nor is „Kaum“ opening a
 * sentence (no sooner). Changes flags in place.
 */
export function hardlyWithoutNegation(flags: FidelityFlag[], de: Side, ru: Side): void {
  if (ru.toks.some((t) => ru.role[t.i] === 'negation' || RU_BARELY.has(t.lower))) return;
  if (flags.some((f) => f.kind === 'negation')) return;
  for (const t of de.toks) {
    // A sentence that opens with „Kaum“ says "no sooner" (Kaum war der Zug weg, …: как только).
    if (t.kind !== 'word' || t.lower !== 'kaum' || t.sentenceStart) continue;
    const next = de.toks[t.i + 1];
    if (!next || next.kind !== 'word' || next.cap || next.clause !== t.clause || /^(?:un)?möglich/.test(next.lower)) continue;
    const degree = flags.filter((f) => f.kind === 'omission' && f.reason === 'omission-intensifier');
    for (const f of degree) flags.splice(flags.indexOf(f), 1);
    flags.push({ kind: 'negation', reason: 'negation-added', status: 'defect', german: [refOf(t)], russian: degree.flatMap((f) => f.russian), confidence: 0.8 });
    return;
  }
}
