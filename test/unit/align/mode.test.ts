import { describe, expect, it } from 'vitest';
import type { Bead } from '../../../shared/align/sentences';
import type { Segment } from '../../../shared/types';
import { decideMode } from '../../../shared/align/mode';

/** Segments of the given lengths laid end to end (the text itself does not matter here). */
function segs(lengths: readonly number[]): Segment[] {
  let at = 0;
  return lengths.map((n) => {
    const s = { start: at, end: at + n, text: 'x'.repeat(n) };
    at += n + 1;
    return s;
  });
}

const oneToOne = (n: number, score: number): Bead[] => Array.from({ length: n }, (_, i) => ({ source: [i], target: [i], score }));

describe('decideMode', () => {
  it.each<[string, number[], number[], Bead[], boolean]>([
    ['a confident 1:1 translation', [100, 100, 100, 100], [110, 110, 110, 110], oneToOne(4, 0.9), true],
    ['a translation with a few doubtful beads', [100, 100, 100, 100, 100], [110, 110, 110, 110, 110], [...oneToOne(4, 0.9), { source: [4], target: [4], score: 0.3 }], true],
    ['pairs the aligner could not trust', [100, 100, 100, 100], [110, 110, 110, 110], oneToOne(4, 0.2), false],
    [
      'an article that adds sentences of its own',
      [100, 100],
      [110, 110, 110, 110],
      [
        { source: [0], target: [0], score: 0.9 },
        { source: [], target: [1], score: 0.3 },
        { source: [1], target: [2], score: 0.9 },
        { source: [], target: [3], score: 0.3 },
      ],
      false,
    ],
    ['a German side far longer than the Russian', [100, 100], [300, 300], oneToOne(2, 0.9), false],
    ['no Russian text', [], [100], [{ source: [], target: [0], score: 0.3 }], false],
  ])('%s', (_label, s, t, beads, expected) => {
    const d = decideMode(Object.freeze(segs(s)), Object.freeze(segs(t)), Object.freeze(beads));
    expect(d.sentences).toBe(expected);
    expect(d.reason).toMatch(expected ? /^full translation/ : /^not a full translation/);
    for (const x of [d.sourcePaired, d.targetPaired, d.sourceCoverage, d.targetCoverage]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });
});
