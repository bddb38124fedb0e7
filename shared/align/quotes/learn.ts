import { LinkTable, tokenId, type SegInfo } from './evidence';

const DE_STEM = 6;
const RU_STEM = 5;

/**
 * Word pairs learned from the sentence pairs of this document that are already matched with
 * confidence: stems that keep occurring together (and rarely apart) are linked, one Russian
 * stem per German stem and vice versa (mutual best Dice). Returns how many pairs were added.
 */
export function learnLinks(
  links: LinkTable,
  deSegs: readonly SegInfo[],
  ruSegs: readonly SegInfo[],
  pairs: readonly (readonly [number, number])[],
  minCount = 2,
  minDice = 0.5,
): number {
  if (pairs.length < 2) return 0;
  const co = new Map<string, Map<string, number>>();
  const cDe = new Map<string, number>();
  const cRu = new Map<string, number>();
  const deKeys = new Map<string, Set<string>>();
  const ruKeys = new Map<string, Set<string>>();
  const stems = (seg: SegInfo, len: number, keys: Map<string, Set<string>>): Set<string> => {
    const out = new Set<string>();
    for (const t of seg.tokens) {
      if (t.isNumber || t.key.length < 4) continue;
      const s = t.key.slice(0, len);
      out.add(s);
      let k = keys.get(s);
      if (!k) keys.set(s, (k = new Set()));
      k.add(tokenId(t));
    }
    return out;
  };
  for (const [i, j] of pairs) {
    const d = deSegs[i];
    const r = ruSegs[j];
    if (!d || !r) continue;
    const ds = stems(d, DE_STEM, deKeys);
    const rs = stems(r, RU_STEM, ruKeys);
    for (const g of ds) {
      cDe.set(g, (cDe.get(g) ?? 0) + 1);
      let row = co.get(g);
      if (!row) co.set(g, (row = new Map()));
      for (const x of rs) row.set(x, (row.get(x) ?? 0) + 1);
    }
    for (const x of rs) cRu.set(x, (cRu.get(x) ?? 0) + 1);
  }
  const bestOfDe = new Map<string, [string, number]>();
  const bestOfRu = new Map<string, [string, number]>();
  for (const [g, row] of co) {
    for (const [r, c] of row) {
      if (c < minCount) continue;
      const dice = (2 * c) / ((cDe.get(g) ?? 0) + (cRu.get(r) ?? 0));
      if (dice < minDice) continue;
      if ((bestOfDe.get(g)?.[1] ?? 0) < dice) bestOfDe.set(g, [r, dice]);
      if ((bestOfRu.get(r)?.[1] ?? 0) < dice) bestOfRu.set(r, [g, dice]);
    }
  }
  let added = 0;
  for (const [g, [r, dice]] of bestOfDe) {
    if (bestOfRu.get(r)?.[0] !== g) continue;
    for (const dk of deKeys.get(g) ?? []) for (const rk of ruKeys.get(r) ?? []) links.add(dk, rk, dice);
    added++;
  }
  return added;
}
