import { describe, expect, it } from 'vitest';
import { markCounts } from '../../../shared/align/dp';
import { AlignModel } from '../../../shared/align/similarity';
import { DE, RU } from './fixtures';

describe('markCounts', () => {
  it.each([
    ['Ja, nein, vielleicht.', [2, 0, 0, 0, 0, 0, 0]],
    ['„Warum?“, fragte er (leise): „Nein!“', [1, 4, 1, 1, 1, 1, 0]],
    ['Около 4 500 человек и 12,5 процента в 2023 году', [0, 0, 0, 0, 0, 0, 3]],
    ['', [0, 0, 0, 0, 0, 0, 0]],
  ])('%s', (text, counts) => {
    expect(markCounts(text)).toEqual(counts);
  });

  it('appends to a given array', () => {
    const out = markCounts('a, b', [9]);
    expect(out).toHaveLength(8);
    expect(out[0]).toBe(9);
  });
});

describe('banded search', () => {
  it('finds the same path as the full DP on a long document', () => {
    const ru: string[] = [];
    const de: string[] = [];
    for (let k = 0; k < 25; k++) {
      ru.push(...RU.map((s) => `${s} ${k}`));
      de.push(...DE.map((s) => `${s} ${k}`));
    }
    de.splice(40, 1);
    ru.splice(200, 2, `${ru[200]} ${ru[201]}`);
    const full = AlignModel.fromPair(ru, de, { learn: false, params: { maxFullCells: 1e9 } });
    const banded = AlignModel.fromPair(ru, de, { learn: false, params: { maxFullCells: 1000 } });
    const key = (m: AlignModel) => m.alignRaw(ru, de).map((b) => `${b.s0}-${b.s1}:${b.t0}-${b.t1}`);
    expect(key(banded)).toEqual(key(full));
  });
});
