import { describe, expect, it } from 'vitest';
import { alignDp, markCounts, type DpParams, type DpSide, type RawBead } from '../../../shared/align/dp';
import { AlignModel } from '../../../shared/align/similarity';
import { rng } from '../../fixtures/formats/generate';
import { vecSet } from '../../support/align-vectors';
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

describe('realignment around a guide', () => {
  const PARAMS: DpParams = {
    ratio: 1,
    variance: 5,
    lengthDof: 4,
    lexWeight: 10,
    markWeight: 1,
    baseline: 0.03,
    logPrior: [0.8, 0.07, 0.07, 0.025, 0.025, 0.005, 0.0025, 0.0025].map(Math.log),
    bandWidth: 6,
    maxFullCells: 1_000,
  };

  function side(rows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, lens: readonly number[]): DpSide {
    return { vecs: vecSet(rows), lens };
  }

  /** 200 source rows, their translations with rows 60/61 merged, row 120 dropped and a row added after 150. */
  function pair(): { src: DpSide; tgt: DpSide } {
    const next = rng(7);
    const rows = Array.from({ length: 200 }, (_, r) => [[r, 1] as const, [1000 + Math.floor(next() * 50), 0.3] as const]);
    const lens = rows.map(() => 40 + Math.floor(next() * 60));
    const tRows: Array<ReadonlyArray<readonly [number, number]>> = [];
    const tLens: number[] = [];
    for (let r = 0; r < 200; r++) {
      if (r === 61 || r === 120) continue;
      tRows.push(r === 60 ? [...rows[60]!, ...rows[61]!] : rows[r]!);
      tLens.push(r === 60 ? lens[60]! + lens[61]! : lens[r]!);
      if (r === 150) {
        tRows.push([[5000, 1]]);
        tLens.push(50);
      }
    }
    return { src: side(rows, lens), tgt: side(tRows, tLens) };
  }

  const key = (path: readonly RawBead[]): string[] => path.map((b) => `${b.s0}-${b.s1}:${b.t0}-${b.t1}`);

  it('finds the path of the full search, its sure stretches pinned', () => {
    const { src, tgt } = pair();
    const full = alignDp(src, tgt, { ...PARAMS, maxFullCells: 1e9 });
    expect(full.filter((b) => b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1 && b.gain >= 0).length).toBeGreaterThan(150);
    expect(key(alignDp(src, tgt, PARAMS, full))).toEqual(key(full));
  });

  it('mends a guide where its beads are not sure', () => {
    const { src, tgt } = pair();
    const full = alignDp(src, tgt, { ...PARAMS, maxFullCells: 1e9 });
    const k = full.findIndex((b) => b.s0 === 90);
    const o = full[k]!.t0 - 90;
    expect(full.slice(k, k + 21).every((b) => b.s1 === b.s0 + 1 && b.t0 === b.s0 + o && b.t1 === b.t0 + 1)).toBe(true);
    // The guide pairs rows 92-104 each with the sentence before its own (a deletion before them,
    // a 1:2 bead after): 1:1 beads, but not sure ones.
    const bead = (s0: number, s1: number, t0: number, t1: number): RawBead => ({ s0, s1, t0, t1, cos: 0, lenLogP: 0, gain: -1, type: 0 });
    const shifted = [bead(91, 92, 91 + o, 91 + o)];
    for (let r = 92; r <= 104; r++) shifted.push(bead(r, r + 1, r - 1 + o, r + o));
    shifted.push(bead(105, 106, 104 + o, 106 + o));
    const guide = [...full.slice(0, k + 1), ...shifted, ...full.slice(k + 16)];
    expect(guide[k + 16]!.s0).toBe(106);
    expect(key(alignDp(src, tgt, PARAMS, guide))).toEqual(key(full));
    // Were they sure, the realignment would keep them.
    const sureGuide = guide.map((b) => (b.gain === -1 && b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1 ? { ...b, gain: 1 } : b));
    expect(key(alignDp(src, tgt, PARAMS, sureGuide))).not.toEqual(key(full));
  });
});
