import { describe, expect, it } from 'vitest';
import { HashIds } from '../../../shared/tm/hash-ids';
import { keyHash } from '../../../shared/tm/normalize';

describe('HashIds', () => {
  it('finds every id recorded under a hash, across growth, and nothing under other hashes', () => {
    const table = new HashIds(4);
    const expected = new Map<number, number[]>();
    let id = 1;
    // Three ids per source on a third of the sources (same source, other targets), 53-bit hashes.
    for (let i = 0; i < 5000; i++) {
      const h = keyHash(`quelle ${i}`);
      for (let k = 0; k < (i % 3 === 0 ? 3 : 1); k++) {
        table.add(h, id);
        expected.set(h, [...(expected.get(h) ?? []), id]);
        id++;
      }
    }
    table.add(0, id); // a hash of 0 is a hash like any other
    expected.set(0, [id]);
    expect(table.size).toBe(id);
    for (const [h, ids] of expected) {
      expect(table.get(h).sort((a, b) => a - b)).toEqual(ids);
      expect(table.has(h)).toBe(true);
    }
    expect(table.get(keyHash('nicht da'))).toEqual([]);
    expect(table.has(keyHash('nicht da'))).toBe(false);
  });

  it.each([0, -1, 1.5, 2 ** 31])('refuses the id %d', (bad) => {
    expect(() => new HashIds().add(1, bad)).toThrow(RangeError);
  });
});
