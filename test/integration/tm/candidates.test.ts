import { describe, expect, it } from 'vitest';
import { CandidatePicker } from '../../../electron/services/tm/candidates';
import { fileTm } from './helpers';

/** A small deterministic generator (the same memory and queries every run). */
function lcg(seed: number): () => number {
  let a = seed >>> 0;
  return () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('fuzzy candidates from one or two trigrams', () => {
  it('are the units counting picks, in its order, for any trigrams, id range and limit', () => {
    const rand = lcg(93);
    const letters = 'абвгде';
    const word = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => letters[Math.floor(rand() * letters.length)]).join('');
    const sentence = () => Array.from({ length: 1 + Math.floor(rand() * 6) }, word).join(' ');
    const { tm } = fileTm();
    tm.add(Array.from({ length: 600 }, (_, i) => ({ sourceLang: 'ru', targetLang: 'de', source: `${sentence()} ${i}`, target: `t ${i}`, origin: 'human' as const })));
    // Gaps in the ids, and index entries deleted with their units.
    for (let id = 3; id < 600; id += 7) tm.repo.delete(id);
    const { min, max } = tm.repo.idRange();
    const grams = new Set<string>();
    for (const k of tm.repo.keys('source')) {
      const p = ` ${k} `;
      for (let i = 0; i + 3 <= p.length; i++) grams.add(p.slice(i, i + 3));
    }
    const pool = [...grams, 'жжж', 'ж"ж'];
    const picker = new CandidatePicker(tm.repo);
    let compared = 0;
    for (let k = 0; k < 400; k++) {
      const a = pool[Math.floor(rand() * pool.length)]!;
      let b = pool[Math.floor(rand() * pool.length)]!;
      if (b === a) b = 'жжж';
      const chosen = k % 5 === 0 ? [a] : [a, b];
      const limit = 1 + Math.floor(rand() * 80);
      const lo = k % 3 === 0 ? min + Math.floor(rand() * 100) : min;
      const hi = k % 4 === 0 ? max - Math.floor(rand() * 100) : max;
      const counted = picker.countedCandidates(chosen, lo, hi, limit);
      expect(picker.pick(chosen, lo, hi, limit), `${chosen.join(' | ')} ${lo}-${hi} limit ${limit}`).toEqual(counted);
      if (counted.length > 0) compared++;
    }
    // The comparison was not vacuous: most draws found units, and some filled their limit.
    expect(compared).toBeGreaterThan(300);
  });

  it('gives nothing for no trigrams or no room', () => {
    const { tm } = fileTm();
    tm.add([{ sourceLang: 'ru', targetLang: 'de', source: 'абв где', target: 'x', origin: 'human' }]);
    const picker = new CandidatePicker(tm.repo);
    const { min, max } = tm.repo.idRange();
    expect(picker.pick([], min, max, 10)).toEqual([]);
    expect(picker.pick(['абв'], min, max, 0)).toEqual([]);
    expect(picker.pick(['абв', 'где'], min, max, 10)).toEqual([min]);
  });
});
