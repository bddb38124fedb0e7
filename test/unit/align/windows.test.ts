import { describe, expect, it } from 'vitest';
import type { Bead } from '../../../shared/align/sentences';
import { sliceSegments, translationWindows } from '../../../shared/align/windows';

const diagonal = (n: number): Bead[] => Array.from({ length: n }, (_, k) => ({ source: [k], target: [k], score: 0.9 }));

describe('translationWindows', () => {
  it('makes no windows for small or non-parallel pairs', () => {
    expect(translationWindows(diagonal(50), 50, 50)).toBeNull();
    const unpaired: Bead[] = [
      ...Array.from({ length: 400 }, (_, k) => ({ source: [k], target: [], score: 0.3 })),
      ...Array.from({ length: 400 }, (_, k) => ({ source: [], target: [k], score: 0.3 })),
    ];
    expect(translationWindows(unpaired, 400, 400)).toBeNull();
  });

  it('covers every target segment once with the aligned source range plus a margin', () => {
    const beads = Object.freeze(diagonal(400));
    const ws = translationWindows(beads, 400, 400, { size: 50, margin: 5 })!;
    expect(ws).toHaveLength(8);
    expect(ws[0]).toEqual({ target: [0, 50], source: [0, 55] });
    expect(ws[3]).toEqual({ target: [150, 200], source: [145, 205] });
    expect(ws.map((w) => w.target[1] - w.target[0]).reduce((a, b) => a + b, 0)).toBe(400);
  });
});

describe('sliceSegments', () => {
  it('re-bases segments onto the slice', () => {
    const text = 'aa. bb. cc. dd.';
    const segs = [0, 4, 8, 12].map((s) => ({ start: s, end: s + 3, text: text.slice(s, s + 3) }));
    const sl = sliceSegments(text, segs, [1, 3]);
    expect(sl.text).toBe('bb. cc.');
    expect(sl.offset).toBe(4);
    for (const s of sl.segments) expect(sl.text.slice(s.start, s.end)).toBe(s.text);
    expect(sliceSegments(text, segs, [2, 2]).segments).toEqual([]);
  });
});
