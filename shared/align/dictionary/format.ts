/**
 * Where a stem pair of the base lexicon comes from: d = a dictionary translation, p = found
 * through pivot languages, c = learned from parallel corpora, u = a user's dictionary,
 * l = learned from links the user confirmed.
 */
export type PairOrigin = 'd' | 'p' | 'c' | 'u' | 'l';

/** One German–Russian stem pair with its strength in (0, 1]. */
export interface LexiconPair {
  de: string;
  ru: string;
  weight: number;
  origin: PairOrigin;
}

/**
 * The lexicon file: `#` comment lines, then one line per German stem,
 * `de<TAB>ru/W o<TAB>ru/W o...` with W the weight in tenths (1-10) and o the origin letter,
 * e.g. `sanktion\tсанкц/10d\tкар/5p`. Sorted, so that rebuilding gives the same file.
 */
export function formatLexicon(pairs: readonly LexiconPair[], header: readonly string[] = []): string {
  const byDe = new Map<string, LexiconPair[]>();
  for (const p of pairs) {
    let l = byDe.get(p.de);
    if (!l) byDe.set(p.de, (l = []));
    l.push(p);
  }
  const lines = header.map((h) => `# ${h}`);
  for (const de of [...byDe.keys()].sort()) {
    const row = (byDe.get(de) as LexiconPair[])
      .map((p) => ({ ...p, w: Math.max(1, Math.min(10, Math.round(p.weight * 10))) }))
      .sort((a, b) => b.w - a.w || (a.ru < b.ru ? -1 : 1));
    lines.push([de, ...row.map((p) => `${p.ru}/${p.w}${p.origin}`)].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** Calls `each` for every pair of a lexicon file (malformed cells are skipped). */
export function parseLexicon(text: string, each: (de: string, ru: string, weight: number, origin: PairOrigin) => void): void {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.charCodeAt(pos) !== 0x23 /* # */ && end > pos) {
      const cells = text.slice(pos, end).split('\t');
      const de = cells[0] as string;
      for (let k = 1; k < cells.length; k++) {
        const cell = cells[k] as string;
        const slash = cell.lastIndexOf('/');
        if (slash <= 0) continue;
        const origin = cell[cell.length - 1] as PairOrigin;
        const w = Number(cell.slice(slash + 1, -1));
        if (!(w > 0)) continue;
        each(de, cell.slice(0, slash), Math.min(1, w / 10), origin);
      }
    }
    pos = end + 1;
  }
}
