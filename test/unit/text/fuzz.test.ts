import { describe, expect, it } from 'vitest';
import { foldForMatch, tokenize } from '../../../shared/text/normalize';
import { findQuotes } from '../../../shared/text/quotes';
import { segment } from '../../../shared/text/segment';
import { rng } from '../../fixtures/formats/generate';

const PIECES = [
  'a', 'Der', 'z.', 'B.', 'Dr.', 'т.', 'д.', 'г.', 'W.', 'Путин', 'und', '3.', '2025', '1.000', 'usw.', 'Mr.',
  ' ', ' ', ' ', '\u00A0', '\n', '\r\n', '\n\n', '\t', '.', '!', '?', '…', '...', ',', ':', ';',
  '„', '“', '”', '"', '«', '»', '‚', '‘', '’', '‹', '›', '(', ')', '[', ']', '-', '—', '😀', '\u00AD', '\u0301', '\uFEFF',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 60);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('fuzz: invariants hold on arbitrary input', () => {
  it.each(['de', 'ru', 'en', 'fr'])('%s', (lang) => {
    const next = rng(lang.charCodeAt(0) * 7919);
    for (let k = 0; k < 400; k++) {
      const text = randomText(next);
      for (const mode of ['auto', 'lines'] as const) {
        const r = segment(text, lang, { mode });
        let last = 0;
        for (const s of r.segments) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(/^\s/.test(s.text) || /\s$/.test(s.text)).toBe(false);
          expect(r.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
          last = s.end;
        }
      }
      const seg = segment(text, lang);
      const { quotes, problems } = findQuotes(text, lang, seg);
      let prev = -1;
      quotes.forEach((q, i) => {
        expect(q.start).toBeGreaterThanOrEqual(prev);
        prev = q.start;
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.end).toBeGreaterThanOrEqual(q.start);
        if (q.parent !== null) {
          expect(q.parent).toBeLessThan(i);
          expect(q.depth).toBe((quotes[q.parent]?.depth ?? -1) + 1);
        } else expect(q.depth).toBe(0);
        for (const si of q.segments) expect(seg.segments[si]).toBeDefined();
      });
      for (const p of problems) expect(text[p.offset]).toBe(p.mark);
      expect(foldForMatch(text)).toHaveLength(text.length);
      for (const t of tokenize(text)) expect(t.end).toBeGreaterThan(t.start);
    }
  });
});

/** Characters a reader sees: not spaces, not the invisible soft hyphen, BOM or a lone combining accent. */
const VISIBLE = /[^\s\u00AD\uFEFF\u0300-\u036F]/;
/** Quotation marks, left out of the text around a quotation planted on purpose. */
const MARKS = /["„“”«»‚‘’‹›]/;

describe('fuzz: properties that fail on missing or wrong output', () => {
  it.each(['de', 'ru', 'en', 'fr'])('%s: segments cover every visible character, lines mode gives one segment per line with content', (lang) => {
    const next = rng(lang.charCodeAt(0) * 104729);
    let segments = 0;
    for (let k = 0; k < 400; k++) {
      const text = randomText(next);
      for (const mode of ['auto', 'lines'] as const) {
        const r = segment(text, lang, { mode });
        segments += r.segments.length;
        const covered = new Uint8Array(text.length);
        for (const s of r.segments) covered.fill(1, s.start, s.end);
        const lost = [...text].findIndex((_, i) => covered[i] === 0 && VISIBLE.test(text[i]!));
        expect(lost, `${mode} lost offset ${lost} of ${JSON.stringify(text)}`).toBe(-1);
        if (mode === 'lines') {
          const withContent = text.split(/\r?\n|\r/).filter((l) => /[^\s\u00AD\uFEFF]/.test(l)).length;
          expect(r.segments).toHaveLength(withContent);
        }
      }
      // Every letter and digit belongs to a token.
      const inToken = new Uint8Array(text.length);
      for (const t of tokenize(text)) inToken.fill(1, t.start, t.end);
      for (let i = 0; i < text.length; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) expect(inToken[i]).toBe(1);
    }
    expect(segments).toBeGreaterThan(400);
  });

  it.each([
    ['de', '„', '“'],
    ['ru', '«', '»'],
    ['en', '“', '”'],
  ])('%s: a quotation planted in arbitrary text is found exactly', (lang, open, close) => {
    const next = rng(lang.charCodeAt(1) * 15485863);
    const plain = PIECES.filter((p) => !MARKS.test(p));
    const noise = (n: number): string => Array.from({ length: n }, () => plain[Math.floor(next() * plain.length)]).join('');
    for (let k = 0; k < 300; k++) {
      const inner = k % 2 ? 'Wir sind bereit' : 'Мы готовы к переговорам';
      const before = noise(Math.floor(next() * 20));
      const text = `${before} ${open}${inner}${close} ${noise(Math.floor(next() * 20))}`;
      const { quotes } = findQuotes(text, lang, segment(text, lang));
      const at = before.length + 2;
      expect(quotes.filter((q) => q.start === at && q.end === at + inner.length && q.text === inner), JSON.stringify(text)).toHaveLength(1);
    }
  });
});

