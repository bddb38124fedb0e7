import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../shared/text/quotes';
import { segment } from '../../../shared/text/segment';

const file = resolve(__dirname, '../../../electron/resources/samples/seed-article.de.txt');
const text = readFileSync(file, 'utf8');

/** Each quoted span inside the marks: [start, end, first words, kind]. */
const expected: Array<[number, number, string, 'quotation' | 'title']> = [
  [173, 222, 'Sanktionswahnsinns und', 'quotation'],
  [377, 395, 'Rossiyskaya Gazeta', 'title'],
  [588, 654, 'der in\u00A0seiner', 'quotation'],
  [659, 963, 'In Astana wurde', 'quotation'],
  [1042, 1155, 'untrennbar mit', 'quotation'],
  [1160, 1343, 'In Kasachstan genießt', 'quotation'],
  [1397, 1415, 'sehr inhaltsreiche', 'quotation'],
  [1588, 1927, 'Obwohl viele', 'quotation'],
  [2206, 2275, 'eine neue Ära', 'quotation'],
  [2282, 2400, 'ein beispielloses', 'quotation'],
  [2574, 2803, 'Während der Gespräche', 'quotation'],
];

describe('seed article', () => {
  const seg = segment(text, 'de');
  const { quotes, problems } = findQuotes(text, 'de', seg);

  it('finds all 11 quoted spans with exact offsets and kinds', () => {
    expect(problems).toEqual([]);
    expect(quotes.map((q) => [q.start, q.end, q.kind])).toEqual(expected.map(([s, e, , k]) => [s, e, k]));
    for (const [s, e, head] of expected) {
      expect(text.slice(s, e).startsWith(head)).toBe(true);
      expect(text[s - 1]).toBe('„');
      expect(text[e]).toBe('“');
    }
  });

  it('links each quotation to the sentences it overlaps', () => {
    for (const q of quotes) {
      expect(q.segments.length).toBeGreaterThan(0);
      for (const i of q.segments) {
        const s = seg.segments[i];
        expect(s && s.start < q.end && s.end > q.start).toBe(true);
      }
    }
    // the quotation that spans two sentences ("… eröffnen. Wichtig ist, …")
    expect(quotes[3]?.segments).toHaveLength(2);
  });

  it('segments the headline, the caption and the date sentence correctly', () => {
    const texts = seg.segments.map((s) => s.text);
    expect(texts[0]?.startsWith('Toqajew: Sanktionswahnsinn')).toBe(true);
    expect(texts[1]).toBe('Foto t.me/aqorda_resmi');
    expect(texts).toContain('Der Staatsbesuch des kasachischen Führers in\u00A0Russland beginnt am\u00A011. November.');
    expect(seg.paragraphs.length).toBe(9);
  });
});
