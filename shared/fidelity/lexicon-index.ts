/**
 * A small stem-level German -> Russian lexicon built from "de words = ru words" lines (the
 * built-in lists), with naive compound splitting against its own German stems.
 */
import { NOUNS } from './lexicon-nouns';
import { WORDS } from './lexicon-words';
import type { StemLexicon } from './matcher';
import { foldGerman, type Stemmers } from './stem';

/** German linking elements between compound parts (Arbeit-s-platz, Staat-s-haushalt). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];

export class LexiconIndex implements StemLexicon {
  private readonly deToRu = new Map<string, Map<string, number>>();
  private readonly ruStems = new Set<string>();
  /** German stems of at least four letters, for compound splitting. */
  private readonly deStems = new Set<string>();

  constructor(
    readonly stemmers: Stemmers,
    lines: string,
  ) {
    for (const raw of lines.split('\n')) {
      const eq = raw.indexOf('=');
      if (eq < 0) continue;
      const de = raw.slice(0, eq).trim().split(/\s+/).filter(Boolean);
      const ru = raw.slice(eq + 1).trim().split(/\s+/).filter(Boolean);
      for (const d of de) {
        const ds = stemmers.de(d.toLowerCase());
        if (ds.length >= 4) this.deStems.add(ds);
        let map = this.deToRu.get(ds);
        if (!map) this.deToRu.set(ds, (map = new Map()));
        for (const r of ru) {
          const rs = stemmers.ru(r.toLowerCase());
          // A multi-word Russian rendering shares the weight a little (министр иностранных дел).
          map.set(rs, Math.max(map.get(rs) ?? 0, ru.length > 3 ? 0.85 : 1));
          this.ruStems.add(rs);
        }
      }
    }
  }

  /** The built-in lists of the engine. */
  static builtin(stemmers: Stemmers): LexiconIndex {
    return new LexiconIndex(stemmers, NOUNS + '\n' + WORDS);
  }

  translations(deStem: string): ReadonlyMap<string, number> | undefined {
    return this.deToRu.get(deStem);
  }

  hasRussian(ruStem: string): boolean {
    if (this.ruStems.has(ruStem)) return true;
    // Light stems of one lemma may differ by a letter or two (заяв / заявл).
    for (let cut = 1; cut <= 2 && ruStem.length - cut >= 4; cut++) if (this.ruStems.has(ruStem.slice(0, -cut))) return true;
    return false;
  }

  /**
   * Splits a German compound into known parts, longest head first: Staatshaushalt ->
   * [staat, haushalt]. Only the head needs to be known; the modifier is returned as written.
   */
  splitCompound(deLower: string): readonly string[] {
    const w = foldGerman(deLower);
    if (w.length < 8) return [deLower];
    for (let cut = 3; cut <= w.length - 4; cut++) {
      const head = w.slice(cut);
      // A known stem plus at most an inflection ending (no stemming: keeps the stem cache small).
      let known = false;
      for (let len = head.length; len >= Math.max(4, head.length - 3) && !known; len--) known = this.deStems.has(head.slice(0, len));
      if (!known) continue;
      for (const link of LINKS) {
        const mod = w.slice(0, cut);
        if (link && !mod.endsWith(link)) continue;
        const m = mod.slice(0, mod.length - link.length);
        if (m.length >= 3) return [m, head];
      }
    }
    return [deLower];
  }
}
