import { describe, expect, it } from 'vitest';
import { diffEdit, mapSpan, normaliseEdits, type Edit } from '../../../shared/text/edits';

const apply = (text: string, edits: readonly Edit[]): string => {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
};

describe('mapSpan', () => {
  // Old text "0123456789", span [3, 6) = "345".
  const span = Object.freeze({ start: 3, end: 6 });
  it.each<[string, Edit[], { start: number; end: number } | null, boolean]>([
    ['an insertion before', [{ start: 1, end: 1, text: 'ab' }], { start: 5, end: 8 }, false],
    ['an insertion exactly at the start (stays outside)', [{ start: 3, end: 3, text: 'ab' }], { start: 5, end: 8 }, false],
    ['an insertion exactly at the end (stays outside)', [{ start: 6, end: 6, text: 'ab' }], { start: 3, end: 6 }, false],
    ['a deletion after', [{ start: 7, end: 9, text: '' }], { start: 3, end: 6 }, false],
    ['a deletion ending at the start', [{ start: 0, end: 3, text: '' }], { start: 0, end: 3 }, false],
    ['an insertion inside', [{ start: 4, end: 4, text: 'xy' }], { start: 3, end: 8 }, true],
    ['a replacement inside', [{ start: 4, end: 5, text: 'xyz' }], { start: 3, end: 8 }, true],
    ['a replacement over the start', [{ start: 1, end: 4, text: 'Q' }], { start: 1, end: 4 }, true],
    ['a replacement over the end', [{ start: 5, end: 8, text: 'Q' }], { start: 3, end: 6 }, true],
    ['a deletion of the whole span', [{ start: 3, end: 6, text: '' }], null, true],
    ['a deletion of a region holding the span', [{ start: 1, end: 9, text: '' }], null, true],
    ['a rewrite of the span itself', [{ start: 3, end: 6, text: 'abcd' }], { start: 3, end: 7 }, true],
    ['a rewrite of a region mostly the span', [{ start: 2, end: 7, text: 'abcd' }], { start: 2, end: 6 }, true],
    ['a rewrite of a much larger region', [{ start: 0, end: 10, text: 'abcd' }], null, true],
    [
      'several edits around and inside',
      [
        { start: 0, end: 1, text: 'AA' },
        { start: 4, end: 5, text: '' },
        { start: 8, end: 8, text: 'Z' },
      ],
      { start: 4, end: 6 },
      true,
    ],
  ])('%s', (_label, edits, expected, touched) => {
    const m = mapSpan(span, Object.freeze(edits.map((e) => Object.freeze(e))));
    expect(m).toEqual({ span: expected, touched });
    if (expected && !touched) {
      expect(apply('0123456789', edits).slice(expected.start, expected.end)).toBe('345');
    }
  });

  it('moves an empty span with an insertion at its place', () => {
    expect(mapSpan({ start: 4, end: 4 }, [{ start: 4, end: 4, text: 'ab' }])).toEqual({ span: { start: 6, end: 6 }, touched: false });
  });
});

describe('diffEdit and normaliseEdits', () => {
  it.each([
    ['abcdef', 'abXdef'],
    ['abcdef', 'abcdef!'],
    ['abcdef', 'Zabcdef'],
    ['abcabc', 'abc'],
    ['', 'new'],
    ['old', ''],
    ['Привет, мир', 'Привет, новый мир'],
  ])('turns %j into %j with one edit', (a, b) => {
    const edits = diffEdit(a, b);
    expect(edits.length).toBeLessThanOrEqual(1);
    expect(apply(a, edits)).toBe(b);
    expect(normaliseEdits(a, edits, b)).toEqual(edits);
  });

  it('sorts Monaco-style edits (descending) and refuses overlapping or wrong ones', () => {
    const text = '0123456789';
    const edits = [
      { start: 8, end: 9, text: 'X' },
      { start: 1, end: 2, text: 'Y' },
    ];
    expect(normaliseEdits(text, edits, '0Y234567X9')).toEqual([edits[1], edits[0]]);
    expect(normaliseEdits(text, edits, '0123')).toBeNull();
    expect(normaliseEdits(text, [{ start: 1, end: 5, text: '' }, { start: 4, end: 6, text: '' }])).toBeNull();
    expect(normaliseEdits(text, [{ start: 9, end: 11, text: '' }])).toBeNull();
  });
});
