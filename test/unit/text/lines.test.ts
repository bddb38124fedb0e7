import { describe, expect, it } from 'vitest';
import { lineSegments } from '../../../shared/text/lines';
import { segment } from '../../../shared/text/segment';

describe('lineSegments', () => {
  it('takes every non-empty line, trimmed, with offsets into the text', () => {
    const text = '\ufeffПервая строка.\r\n\n   \nВторая  \nтретья';
    const segs = lineSegments(text);
    expect(segs.map((s) => s.text)).toEqual(['Первая строка.', 'Вторая', 'третья']);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segs[0]!.start).toBe(1);
  });

  it('empty text has no segments', () => {
    expect(lineSegments('')).toEqual([]);
    expect(lineSegments('\n\n')).toEqual([]);
  });

  it('breaks at LF only, as the scorers count lines (the app line mode also breaks at CR and U+2028)', () => {
    const text = 'eins\u2028zwei\rdrei\nvier';
    expect(lineSegments(text).map((s) => s.text)).toEqual(['eins\u2028zwei\rdrei', 'vier']);
    expect(segment(text, 'de', { mode: 'lines' }).segments.map((s) => s.text)).toEqual(['eins', 'zwei', 'drei', 'vier']);
  });
});
