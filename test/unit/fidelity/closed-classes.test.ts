import { describe, expect, it } from 'vitest';
import { WordClass } from '../../../shared/fidelity/closed-classes';

/** The answer of a word list as written: a listed form, or a word starting with a `*` entry. */
function naive(list: string, lower: string): boolean {
  return list
    .trim()
    .split(/\s+/)
    .some((w) => (w.endsWith('*') ? lower.startsWith(w.slice(0, -1)) : lower === w));
}

const WORDS = ['', 'a', 'ab', 'abend', 'abends', 'aber', 'b', 'bei', 'beinahe', 'über', 'überall', 'übel', 'не', 'нельзя', 'некогда', 'ни', 'никто', 'x', '𝒜b', '𝒜', 'ü'];

describe('WordClass (prefixes looked up by their first letter)', () => {
  it.each([
    'ab aber bei',
    'ab* bei über* überall',
    'abend* ab a* über* üb* не* нельзя никто',
    '𝒜* b',
    '* nicht',
  ])('answers as the list read entry by entry does: %s', (list) => {
    const c = new WordClass(list);
    expect(WORDS.filter((w) => naive(list, w)).length).toBeGreaterThan(0);
    for (const w of WORDS) expect([w, c.has(w)]).toEqual([w, naive(list, w)]);
  });
});
