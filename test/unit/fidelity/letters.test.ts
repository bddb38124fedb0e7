import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLetters, eitherTest, endings, isLetter, lettersThenEnding, prefixLettersEnding } from '../../../shared/fidelity/letters';
import { repoRoot } from '../../support/paths';

/** Distinct words of the written fidelity set, lower case, and edge cases of the letter test. */
const fixtureWords = [
  ...new Set(
    ['dev.tsv', 'held.tsv'].flatMap((f) =>
      readFileSync(path.join(repoRoot, 'test', 'fixtures', 'fidelity', f), 'utf8')
        .toLowerCase()
        .split(/[\s,.;:!?«»„“”"()]+/u)
        .filter(Boolean),
    ),
  ),
];
const edgeStems = ['', 'а', 'ab', 'abc', 'ёж', 'äöü', 'straße', 'αβγ', '日本', '𝒜𝒝', 'x1', '12', 'a-b', 'о-о', "d'a", 'e\u0301e', '\ud835', '\udc9c', 'ﬁﬂ', 'ǅǈ', 'ⅷ'];

/** The endings a regex of the old form lists, for a word list of every stem + ending. */
function words(ends: readonly string[]): string[] {
  const out = [...fixtureWords, ...edgeStems];
  for (const s of edgeStems) for (const e of ends) out.push(s + e, s + e + 'x', e + s, s + e.slice(1));
  return out;
}

describe('word-ending tests without property regexes', () => {
  it.each([
    [2, 'л ла ло ли лся лась лось лись ть ться ет ёт ит ют ят ется ётся ится ются ятся'.split(' ')],
    [4, 'ый ий ой ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими'.split(' ')],
    [3, ['а', 'я', 'ы', 'и', 'ов', 'ев', 'ей']],
    [2, ['te', 'ten', 't', 'en']],
    [3, ['e', 'en', 'er', 'es', 'em']],
    [3, ['ых', 'их', 'ая', 'ую']],
    [2, ['ть', 'ться', 'ти', 'чь']],
    [1, ['a']],
  ] as const)('answers as /\\p{L}{%i,}(?:…)$/u does (%j)', (min, ends) => {
    const re = new RegExp(`\\p{L}{${min},}(?:${ends.join('|')})$`, 'u');
    const t = lettersThenEnding(min, ends);
    const ws = words(ends);
    expect(ws.filter((w) => re.test(w)).length).toBeGreaterThan(0);
    for (const w of ws) expect([w, t.test(w)]).toEqual([w, re.test(w)]);
  });

  it('builds alternations and optional parts as the regexes they replace', () => {
    const cases: Array<[RegExp, ReturnType<typeof lettersThenEnding>, string[]]> = [
      [
        /\p{L}{4,}(?:ан|ян|ен|ён)[аоы]?$|\p{L}{3,}(?:ит|ыт|ут)[аоы]$/u,
        eitherTest(lettersThenEnding(4, endings(['ан', 'ян', 'ен', 'ён'], ['', 'а', 'о', 'ы'])), lettersThenEnding(3, endings(['ит', 'ыт', 'ут'], ['а', 'о', 'ы']))),
        endings(['ан', 'ян', 'ен', 'ён', 'ит', 'ыт', 'ут'], ['', 'а', 'о', 'ы']),
      ],
      [
        /\p{L}{2,}(?:ущ|ющ|ащ|ящ|вш|нн)(?:ий|ая|ее|ие|его|ей|их|им|ими|ую|ем|ый|ое|ые|ого|ой|ых|ым|ыми)$/u,
        lettersThenEnding(2, endings(['ущ', 'ющ', 'ащ', 'ящ', 'вш', 'нн'], 'ий ая ее ие его ей их им ими ую ем ый ое ые ого ой ых ым ыми'.split(' '))),
        endings(['ущ', 'вш', 'нн'], ['ий', 'ыми', 'ей']),
      ],
      [
        /\p{L}+(?:[аяеиуыо]ть|ти|чь)(?:ся|сь)?$/u,
        lettersThenEnding(1, endings(['ать', 'ять', 'еть', 'ить', 'уть', 'ыть', 'оть', 'ти', 'чь'], ['', 'ся', 'сь'])),
        endings(['ать', 'оть', 'ти', 'чь', 'ть'], ['', 'ся', 'сь']),
      ],
    ];
    for (const [re, t, ends] of cases) {
      const ws = words(ends);
      expect(ws.filter((w) => re.test(w)).length).toBeGreaterThan(0);
      for (const w of ws) expect([w, t.test(w)]).toEqual([w, re.test(w)]);
    }
  });

  it.each([
    [['be', 'ver', 'er', 'ent', 'zer', 'ge', 'emp', 'miss'], 3, ['t', 'en', 'te', 'ten']],
    [endings('ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen'.split(' '), ['ge']), 3, ['t', 'en']],
    [[''], 3, ['ее', 'ей']],
    [[''], 1, 'ом ем ой ей ые ие ий ый ую юю ых их ого его'.split(' ')],
    [['', 'be', 'bei', 'ver'], 2, ['', 't', 'en']],
  ] as const)('answers as /^(?:%j)\\p{L}{%i,}(?:%j)$/u does', (prefixes, min, ends) => {
    const re = new RegExp(`^(?:${prefixes.join('|')})\\p{L}{${min},}(?:${ends.join('|')})$`, 'u');
    const t = prefixLettersEnding(prefixes, min, ends);
    const ws = words(ends);
    for (const p of prefixes) for (const w of words(ends)) ws.push(p + w);
    expect(ws.filter((w) => re.test(w)).length).toBeGreaterThan(0);
    expect(ws.filter((w) => !re.test(w)).length).toBeGreaterThan(0);
    for (const w of ws) expect([w, t.test(w)]).toEqual([w, re.test(w)]);
  });

  it('counts and tests letters as \\p{L} does', () => {
    for (const w of [...fixtureWords, ...edgeStems]) expect([w, countLetters(w)]).toEqual([w, w.replace(/[^\p{L}]/gu, '').length]);
    for (let cp = 0; cp < 0x3000; cp++) if (cp < 0xd800) expect([cp, isLetter(cp)]).toEqual([cp, /^\p{L}$/u.test(String.fromCodePoint(cp))]);
  });

  it('lists every combination of the parts', () => {
    expect(endings(['a', 'b'], ['', 'x'])).toEqual(['a', 'ax', 'b', 'bx']);
  });
});
