/**
 * A small stem-level German -> Russian lexicon built from "de words = ru words" lines (the
 * built-in lists), with naive compound splitting against its own German stems.
 */
import { NOUNS } from './lexicon-nouns';
import { WORDS } from './lexicon-words';
import { BUILTIN_INDEX, BUILTIN_STEMS_OF } from './lexicon-stems';
import type { StemLexicon } from './matcher';
import { foldGerman, snowballStemmers, type Stemmers } from './stem';

/** German linking elements between compound parts (Arbeit-s-platz, Staat-s-haushalt). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];

/**
 * The index as the generated lexicon-stems.ts ships it (JSON): German stem -> its Russian stems
 * and weights, flattened [ru, w, ru, w, ...]; and every Russian stem.
 */
interface PackedIndex {
  d: Record<string, Array<string | number>>;
  r: string[];
}

export class LexiconIndex implements StemLexicon {
  private readonly deToRu = new Map<string, Map<string, number>>();
  private ruStems = new Set<string>();
  /** German stems of at least four letters, for compound splitting. */
  private readonly deStems = new Set<string>();
  /** Rows not unpacked yet (an index read from its packed form); null for one built from lines. */
  private packed: PackedIndex['d'] | null = null;

  /**
   * @param lines "de words = ru words" lines
   * @param stemmed the words of `lines` are already the stems of `stemmers` (lower case)
   */
  constructor(
    readonly stemmers: Stemmers,
    lines: string,
    stemmed = false,
  ) {
    for (const raw of lines.split('\n')) {
      const eq = raw.indexOf('=');
      if (eq < 0) continue;
      const de = raw.slice(0, eq).trim().split(/\s+/).filter(Boolean);
      const ru = raw.slice(eq + 1).trim().split(/\s+/).filter(Boolean);
      for (const d of de) {
        const ds = stemmed ? d : stemmers.de(d.toLowerCase());
        if (ds.length >= 4) this.deStems.add(ds);
        let map = this.deToRu.get(ds);
        if (!map) this.deToRu.set(ds, (map = new Map()));
        for (const r of ru) {
          const rs = stemmed ? r : stemmers.ru(r.toLowerCase());
          // A multi-word Russian rendering shares the weight a little (министр иностранных дел).
          map.set(rs, Math.max(map.get(rs) ?? 0, ru.length > 3 ? 0.85 : 1));
          this.ruStems.add(rs);
        }
      }
    }
  }

  /**
   * The built-in lists of the engine. With the Snowball stemmers they come as a packed index
   * (lexicon-stems.ts, written by `node scripts/fidelity-stems.mjs`): one JSON.parse, and a
   * German stem's row becomes a Map on its first lookup. Stemming and splitting the lists cold
   * was most of the cost of the first check in a process. Lists edited since are stemmed here.
   */
  static builtin(stemmers: Stemmers): LexiconIndex {
    const lines = NOUNS + '\n' + WORDS;
    if (stemmers === snowballStemmers && BUILTIN_STEMS_OF === listsHash(lines)) return LexiconIndex.unpack(stemmers, BUILTIN_INDEX);
    return new LexiconIndex(stemmers, lines);
  }

  /** An index from its packed form (`pack`), read lazily. */
  static unpack(stemmers: Stemmers, json: string): LexiconIndex {
    const p = JSON.parse(json) as PackedIndex;
    const x = new LexiconIndex(stemmers, '');
    x.packed = p.d;
    x.ruStems = new Set(p.r);
    return x;
  }

  /**
   * The packed form of the index (JSON; what lexicon-stems.ts ships for the built-in lists), a
   * German stem a line so that an edit of the lists shows as a small diff.
   */
  pack(): string {
    const rows = [...this.deToRu].map(([de, map]) => `${JSON.stringify(de)}:${JSON.stringify([...map].flat())}`);
    const ru: string[] = [];
    const all = [...this.ruStems];
    for (let k = 0; k < all.length; k += 12) ru.push(all.slice(k, k + 12).map((r) => JSON.stringify(r)).join(','));
    return `{"d":{\n${rows.join(',\n')}\n},"r":[\n${ru.join(',\n')}\n]}`;
  }

  translations(deStem: string): ReadonlyMap<string, number> | undefined {
    const m = this.deToRu.get(deStem);
    if (m !== undefined || this.packed === null || !Object.hasOwn(this.packed, deStem)) return m;
    const row = this.packed[deStem]!;
    const map = new Map<string, number>();
    for (let k = 0; k < row.length; k += 2) map.set(row[k] as string, row[k + 1] as number);
    this.deToRu.set(deStem, map);
    return map;
  }

  /** Whether a German stem of four letters or more is in the index (a compound's head). */
  private hasDeStem(stem: string): boolean {
    if (this.packed === null) return this.deStems.has(stem);
    return stem.length >= 4 && Object.hasOwn(this.packed, stem);
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
      for (let len = head.length; len >= Math.max(4, head.length - 3) && !known; len--) known = this.hasDeStem(head.slice(0, len));
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

/** FNV-1a hash of the built-in lists (hex), telling whether their precomputed stems are current. */
export function listsHash(text: string): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length;
}

/** The built-in lists stemmed with the Snowball stemmers, packed (what lexicon-stems.ts holds). */
export function packBuiltinLists(): string {
  return new LexiconIndex(snowballStemmers, NOUNS + '\n' + WORDS).pack();
}

/** The lines of the built-in lists as stems ("de stems = ru stems"). */
export function stemBuiltinLists(stemmers: Stemmers = snowballStemmers): string {
  const out: string[] = [];
  for (const raw of (NOUNS + '\n' + WORDS).split('\n')) {
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    const de = raw.slice(0, eq).trim().split(/\s+/).filter(Boolean);
    const ru = raw.slice(eq + 1).trim().split(/\s+/).filter(Boolean);
    out.push(`${de.map((d) => stemmers.de(d.toLowerCase())).join(' ')} = ${ru.map((r) => stemmers.ru(r.toLowerCase())).join(' ')}`);
  }
  return out.join('\n');
}
