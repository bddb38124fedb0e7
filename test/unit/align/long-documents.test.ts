import { describe, expect, it } from 'vitest';
import type { AlignProgress } from '../../../shared/align/progress';
import { alignSentences, type Bead } from '../../../shared/align/sentences';
import { AlignModel } from '../../../shared/align/similarity';
import { SverkaError } from '../../../shared/errors';
import { PAIRS } from './fixtures';

/**
 * A long document made of copies of three "documents" of `docLength` numbered sentences each
 * (built from the fixture pairs), in the order given. The German of each document is padded
 * differently (documents differ in how verbose their translation is), and each copy merges
 * and drops other sentences. `copyOf*` tells which copy each segment belongs to.
 */
function repeatedDocuments(order: readonly number[], docLength: number) {
  const pads = ['', ', wie es am Abend hieß', ' – so jedenfalls die Darstellung der Beteiligten am Montag'];
  const docs = [0, 1, 2].map((d) =>
    Array.from({ length: docLength }, (_, q) => {
      const [ru, de] = PAIRS[(q * 5 + d) % PAIRS.length]!;
      // Numbers overlap between documents, as years and sums recur in real texts.
      const num = 100 * d + q + 7;
      return [ru.replace(/([.?!])$/, ` (${num})$1`), de.replace(/([.?!])$/, `${pads[d]} (${num})$1`)] as const;
    }),
  );
  const ru: string[] = [];
  const de: string[] = [];
  const copyOfRu: number[] = [];
  const copyOfDe: number[] = [];
  order.forEach((d, k) => {
    const doc = docs[d]!;
    for (let q = 0; q < docLength; q++) {
      const merged = (q + k) % 17 === 0 && q + 1 < docLength;
      if (merged) {
        ru.push(`${doc[q]![0]} ${doc[q + 1]![0]}`);
        copyOfRu.push(k);
      } else if (q === 0 || (q - 1 + k) % 17 !== 0) {
        ru.push(doc[q]![0]);
        copyOfRu.push(k);
      }
      if ((q + 3 * k) % 23 !== 0) {
        de.push(doc[q]![1]);
        copyOfDe.push(k);
      }
    }
  });
  return { ru, de, copyOfRu, copyOfDe };
}

function expectCovers(beads: readonly Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const x of b.source) expect(x).toBe(i++);
    for (const y of b.target) expect(y).toBe(j++);
  }
  expect([i, j]).toEqual([n, m]);
}

describe('alignSentences on long documents with repeated passages', () => {
  it('keeps every pair inside the right copy of a repeated document', () => {
    // Six copies of document 1 in a row: pairing each with its neighbouring copy costs only
    // a few deletions at the ends of the run. Small DP tables force the coarse search down
    // to blocks of hundreds of sentences, where that used to happen.
    const { ru, de, copyOfRu, copyOfDe } = repeatedDocuments([0, 1, 1, 1, 1, 1, 2, 0], 500);
    const beads = alignSentences(ru, de, { learn: false, params: { maxFullCells: 100 } });
    expectCovers(beads, ru.length, de.length);
    const paired = beads.filter((b) => b.source.length > 0 && b.target.length > 0);
    const crossing = paired.filter((b) => copyOfRu[b.source[0]!] !== copyOfDe[b.target[0]!]);
    expect(crossing).toEqual([]);
    expect(paired.length).toBeGreaterThan(0.9 * Math.min(ru.length, de.length));
  });
});

describe('progress and cancellation', () => {
  const { ru, de } = repeatedDocuments([0, 1, 2], 120);

  it('reports growing progress through every stage up to the total', () => {
    const seen: AlignProgress[] = [];
    const beads = alignSentences(ru, de, { params: { maxFullCells: 2000 }, onProgress: (p) => seen.push({ ...p }) });
    expectCovers(beads, ru.length, de.length);
    expect(seen.length).toBeGreaterThan(10);
    const total = seen[0]!.total;
    for (let k = 1; k < seen.length; k++) {
      expect(seen[k]!.total).toBe(total);
      expect(seen[k]!.done).toBeGreaterThanOrEqual(seen[k - 1]!.done);
    }
    expect(seen.at(-1)!.done).toBe(total);
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(['features', 'first-pass', 'lexicon', 'align']);
  });

  it('reports the alignment alone when the model is given', () => {
    const model = AlignModel.fromPair(ru, de);
    const seen: AlignProgress[] = [];
    alignSentences(ru, de, { model, onProgress: (p) => seen.push({ ...p }) });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((p) => p.stage))).toEqual(new Set(['align']));
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
  });

  it('stops with a CANCELLED error when the signal is aborted during the work', () => {
    const controller = new AbortController();
    let calls = 0;
    let thrown: unknown;
    try {
      alignSentences(ru, de, {
        signal: controller.signal,
        onProgress: (p) => {
          calls++;
          if (p.stage === 'first-pass') controller.abort();
        },
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(SverkaError);
    expect((thrown as SverkaError).code).toBe('CANCELLED');
    // It stopped in the first pass, long before the end.
    expect(calls).toBeLessThan(40);
  });

  it('checks a signal another thread sets (any object with `aborted`)', () => {
    // Stands in for a flag in shared memory that a worker's owner sets: it reads true from
    // the 20th look on.
    let looks = 0;
    const signal = {
      get aborted() {
        return ++looks >= 20;
      },
    };
    expect(() => alignSentences(ru, de, { signal })).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(looks).toBe(20);
  });

  it('does not start when the signal is already aborted, and a later call still works', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => alignSentences(ru, de, { signal: controller.signal })).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(() => AlignModel.fromPair(ru, de, { signal: controller.signal })).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    const beads = alignSentences(ru, de);
    expectCovers(beads, ru.length, de.length);
  });
});
