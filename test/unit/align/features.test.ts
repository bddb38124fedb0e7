import { describe, expect, it } from 'vitest';
import { Analyzer, prefixCode, stemCode, type SideFeatures } from '../../../shared/align/features';
import { cognateKey } from '../../../shared/align/translit';

const TEXTS = [
  'Президент Путин встретился в Москве с канцлером Меркель.',
  '«Это неприемлемо», — заявил он 12 марта 2012 года (по данным ТАСС)?',
  'Бюджет вырос на 4 500 000 рублей, или на 2,5 процента!',
  'Kanzlerin Merkel traf Präsident Putin am 12. März in Moskau.',
  '„Das ist inakzeptabel“, sagte er (laut Agentur) – 4.500.000 Euro?',
  'Gdańsk, São Paulo, Škoda und Ærø: Namen mit Akzenten; 𝐀𝐁𝐂 und ﬁnal.',
  'Müller traf Mullerstrasse, Muller und Müllers Freunde.',
  '',
  '... 123 ...',
];

/** Row r of a side: ids ascending with their weights. */
function row(f: SideFeatures, r: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = f.off[r]!; k < f.off[r + 1]!; k++) out.push([f.ids[k]!, f.w[k]!]);
  return out;
}

/** `analyze`'s base features of a text as `analyzeSide` stores them: ids ascending, repeats added in order. */
function merged(base: { ids: number[]; w: number[] }): Array<[number, number]> {
  const order = base.ids.map((_, q) => q).sort((x, y) => base.ids[x]! - base.ids[y]! || x - y);
  const out: Array<[number, number]> = [];
  for (const q of order) {
    const last = out[out.length - 1];
    if (last && last[0] === base.ids[q]) last[1] += base.w[q]!;
    else out.push([base.ids[q]!, base.w[q]!]);
  }
  return out;
}

describe('Analyzer', () => {
  it('analyses a side as `analyze` does text by text: same feature ids, weights and stems', () => {
    const side = new Analyzer();
    const f = side.analyzeSide(TEXTS);
    const single = new Analyzer();
    TEXTS.forEach((text, r) => {
      const info = single.analyze(text);
      expect(row(f, r)).toEqual(merged(info.base));
      const stems: string[] = [];
      for (let k = f.stemOff[r]!; k < f.stemOff[r + 1]!; k++) stems.push(side.stemNames[f.stems[k]!]!);
      expect(stems).toEqual(info.stems);
      expect(f.lens[r]).toBe(text.length);
    });
    expect(side.size).toBe(single.size);
    expect(f.texts).toBe(TEXTS);
  });

  it('gives a cognate prefix one feature id whether the key came from the fast or the string path', () => {
    const an = new Analyzer();
    // "Müller" has an umlaut (string path), "Mullerstrasse" is plain a-z (code path).
    expect(cognateKey('Müller').slice(0, 4)).toBe(cognateKey('Mullerstrasse').slice(0, 4));
    const a = an.analyze('Müller').base.ids;
    const b = an.analyze('Mullerstrasse').base.ids;
    expect(b[0]).toBe(a[0]);
    expect(an.idOf('a' + cognateKey('Müller').slice(0, 4))).toBe(a[0]);
    expect(an.idOf('b' + cognateKey('Mullerstrasse').slice(0, 5))).toBe(b[1]);
  });

  it('keeps every word apart in a table that has grown and rehashed many times', () => {
    const words: string[] = [];
    for (let k = 0; k < 6000; k++) words.push('w' + k.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!) + 'en');
    const texts = [];
    for (let k = 0; k < words.length; k += 10) texts.push(words.slice(k, k + 10).join(' '));
    const an = new Analyzer();
    const f = an.analyzeSide([...texts, ...texts]);
    const n = texts.length;
    const stems = (x: number): string => Array.from(f.stems.subarray(f.stemOff[x]!, f.stemOff[x + 1]!), (id) => an.stemNames[id]!).join(' ');
    const firstRows = Array.from({ length: n }, (_, r) => [row(f, r), stems(r)]);
    const againRows = Array.from({ length: n }, (_, r) => [row(f, n + r), stems(n + r)]);
    expect(againRows).toEqual(firstRows);
    expect(firstRows.map((x) => x[1])).toEqual(texts.map((t) => t.split(' ').map((w) => w.slice(0, 5)).join(' ')));
    expect(new Set(an.stemNames).size).toBe(an.stemNames.length);
  });
});

describe('prefixCode', () => {
  it('numbers the prefixes of one length apart, and refuses letters outside a-z and X', () => {
    const seen = new Map<number, string>();
    for (const k of ['abcd', 'abce', 'Xbcd', 'zzzz', 'aaaa', 'bcda', 'zXzX']) {
      const c = prefixCode(k, 4);
      expect(c).toBeGreaterThan(0);
      expect(seen.has(c)).toBe(false);
      seen.set(c, k);
    }
    expect(prefixCode('zzzzz', 5)).toBeLessThan(2 ** 31);
    expect(prefixCode('abcdef', 4)).toBe(prefixCode('abcd', 4));
    expect(prefixCode('abçd', 4)).toBe(-1);
    expect(prefixCode('ABCD', 4)).toBe(-1);
    expect(prefixCode('aabcd', 4, 1)).toBe(prefixCode('abcd', 4));
  });
});

describe('stemCode', () => {
  it('numbers stems of up to five Latin, German and Russian letters apart, and refuses other characters', () => {
    const stems = ['a', 'aa', 'ab', 'ba', 'z', 'zzzzz', 'ß', 'ä', 'ö', 'ü', 'ё', 'е', 'я', 'яяяяя', 'москв', 'moskau'.slice(0, 5), 'müll', 'mull', 'straß', ''];
    const codes = stems.map((s) => stemCode(s, s.length));
    expect(new Set(codes).size).toBe(stems.length);
    for (const c of codes) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(2 ** 30);
    }
    expect(stemCode('москва', 5)).toBe(stemCode('москв', 5));
    for (const s of ['Mosk', 'é', 'ç', 'ł', 'ï', '1a', 'Ä', 'Ё']) expect(stemCode(s, s.length)).toBe(-1);
  });
});

describe('Analyzer tables across threads', () => {
  it('adopts a side another analyser exported with the ids and stems of one pass over both sides', () => {
    const head = TEXTS.slice(0, 4);
    const tail = [...TEXTS.slice(4), 'Москва, Moskau, Mullerstrasse und Straße; Ёлка и елка.'];
    const whole = new Analyzer();
    const a = whole.analyzeSide(head);
    const b = whole.analyzeSide(tail);
    const other = new Analyzer();
    const foreign = other.exportSide(other.analyzeSide(tail));
    expect(foreign.names.length).toBe(other.size);
    const main = new Analyzer();
    const a2 = main.analyzeSide(head);
    const b2 = main.adoptSide(tail, foreign)!;
    expect(Array.from(a2.ids)).toEqual(Array.from(a.ids));
    expect(Array.from(b2.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(b2.stems)).toEqual(Array.from(b.stems));
    expect(main.size).toBe(whole.size);
    expect(main.stemNames).toEqual(whole.stemNames);
    // Words first seen in the adopted tables get the same ids when this analyser meets them.
    expect(main.analyze(tail[tail.length - 1]!)).toEqual(whole.analyze(tail[tail.length - 1]!));
  });
});
