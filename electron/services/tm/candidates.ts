import { ftsPhrase } from '../../db/repositories/tm';

/** What picking fuzzy candidates reads from the source-side trigram index (`TmRepository`). */
export interface TrigramIndex {
  /** Ids of the units holding `trigram`, in id order. */
  idsWithSourceTrigram(trigram: string): number[];
  /** The `limit` largest ids between `min` and `max` matching an FTS5 query, largest first. */
  newestIdsMatchingSource(match: string, min: number, max: number, limit: number): number[];
}

/**
 * Picks a lookup's fuzzy candidates: the `limit` units (ids between `min` and `max`) holding
 * most of the `chosen` trigrams; among units holding equally many, those first seen in a later
 * trigram's postings first, and the newest first within one trigram's (the order in which
 * `countedCandidates` hands them out).
 */
export class CandidatePicker {
  private hitCounts = new Uint8Array(0);

  constructor(private readonly index: TrigramIndex) {}

  pick(chosen: readonly string[], min: number, max: number, limit: number): number[] {
    if (chosen.length === 0 || limit <= 0) return [];
    return chosen.length <= 2 ? this.newestSharing(chosen, min, max, limit) : this.countedCandidates(chosen, min, max, limit);
  }

  /**
   * Counts each unit's hits over the chosen trigrams' posting lists, read whole. Hit counts live
   * in a reusable byte array indexed by id (ids are dense): tens of thousands of postings are
   * counted without a Map, and picked by count buckets without a sort.
   */
  countedCandidates(chosen: readonly string[], min: number, max: number, limit: number): number[] {
    const size = max - min + 1;
    if (size <= 0) return [];
    if (this.hitCounts.length < size) this.hitCounts = new Uint8Array(Math.ceil(size * 1.25));
    const counts = this.hitCounts;
    const touched: number[] = [];
    for (const t of chosen) {
      for (const id of this.index.idsWithSourceTrigram(t)) {
        const i = id - min;
        if (i < 0 || i >= size) continue;
        if (counts[i] === 0) touched.push(i);
        counts[i]! += 1;
      }
    }
    const buckets: number[][] = Array.from({ length: chosen.length + 1 }, () => []);
    for (const i of touched) {
      buckets[counts[i]!]!.push(i + min);
      counts[i] = 0;
    }
    const out: number[] = [];
    for (let c = chosen.length; c >= 1 && out.length < limit; c--) {
      const b = buckets[c]!;
      // Within a bucket the newest units first (postings come in id order).
      for (let k = b.length - 1; k >= 0 && out.length < limit; k--) out.push(b[k]!);
    }
    return out;
  }

  /**
   * What counting picks from one or two trigrams, without reading their posting lists whole: a
   * query whose every word is common plans two trigrams held by tens of thousands of units each
   * in a large memory (30-90 ms to read and count), while FTS5 answers each bucket newest first
   * and stops at the limit. Same units in the same order as counting: units with both trigrams,
   * then those with the second only, then those with the first only (counting fills a bucket in
   * the order units were first seen, and hands each bucket out from its end).
   */
  newestSharing(chosen: readonly string[], min: number, max: number, limit: number): number[] {
    const [a, b] = chosen.map(ftsPhrase) as [string, string | undefined];
    const parts = b === undefined ? [a] : [`${a} AND ${b}`, `${b} NOT ${a}`, `${a} NOT ${b}`];
    const out: number[] = [];
    for (const match of parts) {
      if (out.length >= limit) break;
      for (const id of this.index.newestIdsMatchingSource(match, min, max, limit - out.length)) out.push(id);
    }
    return out;
  }
}
