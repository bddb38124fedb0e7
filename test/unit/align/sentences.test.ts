import { describe, expect, it } from 'vitest';
import { alignSentences, type Bead } from '../../../shared/align/sentences';
import { AlignModel, Lexicon } from '../../../shared/align/similarity';
import { DE, RU } from './fixtures';

/** Every segment exactly once, in order, no empty bead, scores in [0, 1]. */
function expectContract(beads: readonly Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    for (const x of b.source) expect(x).toBe(i++);
    for (const y of b.target) expect(y).toBe(j++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect([i, j]).toEqual([n, m]);
}

const pairs = (beads: readonly Bead[]): string[] => beads.map((b) => `${b.source.join('+')}:${b.target.join('+')}`);

describe('alignSentences', () => {
  it('aligns a clean translation 1:1 with high scores', () => {
    const beads = alignSentences(Object.freeze([...RU]), Object.freeze([...DE]));
    expectContract(beads, RU.length, DE.length);
    expect(pairs(beads)).toEqual(RU.map((_, k) => `${k}:${k}`));
    const mean = beads.reduce((a, b) => a + b.score, 0) / beads.length;
    expect(mean).toBeGreaterThan(0.7);
  });

  it('finds 2:1, 1:2, 1:0 and 0:1 beads', () => {
    // German 2+3 merged, Russian 6+7 merged, Russian 9 and German 11 dropped.
    const ru = [...RU.slice(0, 6), RU[6] + ' ' + RU[7], RU[8]!, RU[9]!, RU[10]!];
    const de = [DE[0]!, DE[1]!, DE[2] + ' ' + DE[3], DE[4]!, DE[5]!, DE[6]!, DE[7]!, DE[8]!, DE[10]!, DE[11]!];
    const beads = alignSentences(ru, de);
    expectContract(beads, ru.length, de.length);
    expect(pairs(beads)).toEqual(['0:0', '1:1', '2+3:2', '4:3', '5:4', '6:5+6', '7:7', '8:', '9:8', ':9']);
  });

  it('accepts Segment objects and does not mutate its input', () => {
    let pos = 0;
    const segs = RU.map((text) => {
      const s = Object.freeze({ start: pos, end: pos + text.length, text });
      pos += text.length + 1;
      return s;
    });
    const input = Object.freeze(segs);
    const beads = alignSentences(input, DE);
    expect(beads).toHaveLength(RU.length);
    expect(input[0]!.text).toBe(RU[0]);
  });

  it('uses a shared model when given one', () => {
    const model = AlignModel.fromPair(RU, DE, { learn: false });
    expect(pairs(alignSentences(RU, DE, { model }))).toEqual(RU.map((_, k) => `${k}:${k}`));
  });

  it('aligns other texts than the ones its model was built from', () => {
    const model = AlignModel.fromPair(RU, DE);
    const ru = RU.slice(2, 9);
    const de = [...DE.slice(2, 5), DE[5] + ' ' + DE[6], ...DE.slice(7, 9)];
    const beads = alignSentences(ru, de, { model });
    expectContract(beads, ru.length, de.length);
    expect(pairs(beads)).toEqual(['0:0', '1:1', '2:2', '3+4:3', '5:4', '6:5']);
  });

  it('is linear enough to align long documents (banded search)', () => {
    const ru: string[] = [];
    const de: string[] = [];
    for (let k = 0; k < 60; k++) {
      ru.push(...RU.map((s) => `${s} (${k})`));
      de.push(...DE.map((s) => `${s} (${k})`));
    }
    de.splice(100, 1);
    const beads = alignSentences(ru, de);
    expectContract(beads, ru.length, de.length);
    const ones = beads.filter((b) => b.source.length === 1 && b.target.length === 1 && b.source[0] === (b.target[0]! >= 100 ? b.target[0]! + 1 : b.target[0]));
    expect(ones.length).toBeGreaterThan(ru.length - 5);
  });
});

describe('alignSentences on bad input', () => {
  it('empty sides', () => {
    expect(alignSentences([], [])).toEqual([]);
    const onlySrc = alignSentences(RU.slice(0, 3), []);
    expectContract(onlySrc, 3, 0);
    expect(onlySrc.every((b) => b.score === 0)).toBe(true);
    expectContract(alignSentences([], DE.slice(0, 2)), 0, 2);
  });

  it('one side ten times longer', () => {
    const ru = RU.slice(0, 2);
    const de: string[] = [];
    for (let k = 0; k < 2; k++) de.push(...DE);
    const beads = alignSentences(ru, de);
    expectContract(beads, 2, de.length);
    // The two Russian sentences find their translations; most German ones stay unpaired.
    const paired = beads.filter((b) => b.source.length && b.target.length);
    expect(paired.length).toBeLessThanOrEqual(2);
    expect(paired.some((b) => b.source[0] === 0 && b.target.includes(0))).toBe(true);
    expect(beads.filter((b) => b.source.length === 0).length).toBeGreaterThan(de.length - 6);
  });

  it('same language on both sides', () => {
    const beads = alignSentences(DE, DE);
    expectContract(beads, DE.length, DE.length);
    expect(pairs(beads)).toEqual(DE.map((_, k) => `${k}:${k}`));
    expect(Math.min(...beads.map((b) => b.score))).toBeGreaterThan(0.9);
  });

  it('texts with nothing in common get low scores', () => {
    const ru = ['Кошка спит на диване.', 'Вчера шёл дождь.', 'Он любит читать книги о природе.'];
    const de = ['Quantencomputer rechnen anders.', 'Das Orchester probt morgen früh.', 'Wir kaufen Brot und Käse.'];
    const beads = alignSentences(ru, de);
    expectContract(beads, 3, 3);
    for (const b of beads) expect(b.score).toBeLessThan(0.5);
  });

  it('one-word segments and whitespace-only text', () => {
    expectContract(alignSentences(['Да.'], ['Ja.']), 1, 1);
    expectContract(alignSentences(['   '], ['?']), 1, 1);
    expectContract(alignSentences(['«Демократия»'], ['„Demokratie“', 'Warum?']), 1, 2);
  });
});

describe('AlignModel', () => {
  const model = AlignModel.fromPair(RU, DE);

  it('scores translations above non-translations', () => {
    for (let k = 0; k < RU.length; k++) {
      const right = model.sim(RU[k]!, DE[k]!);
      const wrong = model.sim(RU[k]!, DE[(k + 5) % DE.length]!);
      expect(right).toBeGreaterThan(wrong);
      expect(right).toBeLessThanOrEqual(1);
      expect(wrong).toBeGreaterThanOrEqual(0);
    }
  });

  it('compares words across scripts', () => {
    const [putinRu] = model.tokens('Путина');
    const [putinDe] = model.tokens('Putins');
    const [haus] = model.tokens('Haus');
    const [n1] = model.tokens('4 500');
    const [n2] = model.tokens('4.500');
    expect(model.wordSim(putinRu!, putinDe!)).toBeGreaterThan(0.8);
    expect(model.wordSim(putinRu!, haus!)).toBe(0);
    expect(model.wordSim(n1!, n2!)).toBe(1);
    expect(model.wordSim(n1!, haus!)).toBe(0);
  });

  it('weights rare words above frequent ones', () => {
    const [kazan] = model.tokens('Казани');
    const [im] = model.tokens('в');
    expect(model.tokenWeight(kazan!)).toBeGreaterThan(model.tokenWeight(im!));
  });

  it('length score prefers plausible lengths', () => {
    expect(model.lengthScore('a'.repeat(100), 'b'.repeat(110))).toBeGreaterThan(model.lengthScore('a'.repeat(100), 'b'.repeat(300)));
  });

  it('a user lexicon makes untranslatable words match', () => {
    const ru = 'Кошка спит.';
    const de = 'Die Katze schläft.';
    const plain = AlignModel.fromPair([ru], [de], { learn: false });
    const seeded = AlignModel.fromPair([ru], [de], { learn: false, lexicon: Lexicon.fromPairs([['кошка', 'Katze'], ['спать', 'schlafen']]) });
    expect(seeded.sim(ru, de)).toBeGreaterThan(plain.sim(ru, de));
  });
});

describe('AlignModel.fromPair with a user lexicon and learning', () => {
  it('keeps user pairs, adds learned ones and still aligns', () => {
    const ru: string[] = [];
    const de: string[] = [];
    for (let k = 0; k < 4; k++) {
      ru.push(...RU.map((s) => `${s} Кошка.`));
      de.push(...DE.map((s) => `${s} Katze.`));
    }
    const user = Lexicon.fromPairs([['президент', 'Präsident']]);
    const model = AlignModel.fromPair(ru, de, { lexicon: user });
    const origins = new Set(model.lexicon.entries().map((e) => e.origin));
    expect(origins.has('user')).toBe(true);
    expect(model.lexicon.size).toBeGreaterThan(1);
    expect(user.size).toBe(1);
    expect(pairs(alignSentences(ru, de, { model }))).toEqual(ru.map((_, k) => `${k}:${k}`));
  });
});

describe('AlignModel vectors of its own pair', () => {
  it('give the cosines of the same texts analysed one by one (lexicon features included)', () => {
    const ru: string[] = [];
    const de: string[] = [];
    for (let k = 0; k < 3; k++) {
      ru.push(...RU.map((s) => `${s} Кошка спит.`));
      de.push(...DE.map((s) => `${s} Die Katze schläft.`));
    }
    const user = Lexicon.fromPairs([['кошка', 'Katze'], ['спать', 'schlafen'], ['президент', 'Präsident']]);
    const model = AlignModel.fromPair(ru, de, { lexicon: user });
    expect(model.lexicon.size).toBeGreaterThan(user.size);
    // Building the pair's vectors: the alignment of the pair itself.
    alignSentences(ru, de, { model });
    let related = 0;
    for (let i = 0; i < ru.length; i += 3) {
      for (let j = 0; j < de.length; j += 2) {
        const fromPair = model.segmentSim(ru, de, i, j);
        expect(fromPair).toBeCloseTo(model.sim(ru[i]!, de[j]!), 12);
        if (fromPair > 0.2) related++;
      }
    }
    expect(related).toBeGreaterThan(5);
  });
});
