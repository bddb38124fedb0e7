import { describe, expect, it } from 'vitest';
import { overlapping, overlaps, segmentAt, spanRange } from '../../../shared/text/spans';

describe('spanRange and overlaps', () => {
  const segs = Object.freeze([
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 14, end: 20 },
  ]);
  it.each<[{ start: number; end: number }, [number, number] | null]>([
    [{ start: 0, end: 5 }, [0, 0]],
    [{ start: 3, end: 8 }, [0, 1]],
    [{ start: 5, end: 7 }, null],
    [{ start: 6, end: 20 }, [1, 2]],
    [{ start: 8, end: 8 }, [1, 1]],
    [{ start: 6, end: 6 }, null],
    [{ start: 20, end: 25 }, null],
  ])('%j covers segments %j', (span, expected) => {
    expect(spanRange(segs, span)).toEqual(expected);
  });

  it('treats an empty range as overlapping what contains it', () => {
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 5 })).toBe(true);
    expect(overlaps({ start: 5, end: 5 }, { start: 0, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
  });
});

describe('segmentAt and overlapping', () => {
  const segs = Object.freeze([
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 14, end: 20 },
  ]);

  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 1],
    [13, 2],
    [19, 2],
    [20, -1],
  ])('offset %i lies in or before segment %i', (offset, expected) => {
    expect(segmentAt(segs, offset)).toBe(expected);
  });

  it('lists the segments a range overlaps, none for a range in a gap or past the end', () => {
    expect(overlapping(segs, 3, 15)).toEqual([0, 1, 2]);
    expect(overlapping(segs, 5, 7)).toEqual([]);
    expect(overlapping(segs, 12, 14)).toEqual([]);
    expect(overlapping(segs, 8, 9)).toEqual([1]);
    expect(overlapping(segs, 25, 30)).toEqual([]);
    expect(overlapping([], 0, 3)).toEqual([]);
  });
});
