import { describe, expect, it } from 'vitest';
import { checkQuoteLink, summariseQuotes } from '../../../shared/fidelity';
import { renderFactCheckHtml } from '../../../shared/formats/factcheck/html';

const RU = 'Он сказал: «Мы не будем платить 30 миллиардов долларов». Потом ушёл.';
const DE = 'Er sagte: „Wir werden 3 Milliarden Dollar zahlen.“ Dann ging er.';
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const source = span(RU, 'Мы не будем платить 30 миллиардов долларов');
const target = span(DE, 'Wir werden 3 Milliarden Dollar zahlen.');

describe('checkQuoteLink', () => {
  it('flags a linked quotation in document offsets', () => {
    const r = checkQuoteLink({ source, target, status: 'auto' }, RU, DE);
    expect(r.state).toBe('ok');
    expect(r.flags.map((f) => f.kind).sort()).toEqual(['negation', 'number']);
    for (const f of r.flags) {
      for (const w of f.german) expect(DE.slice(w.start, w.end)).toBe(w.text);
      for (const w of f.russian) expect(RU.slice(w.start, w.end)).toBe(w.text);
    }
  });

  it.each([
    ['no source', { source: null, target, status: 'no_source' as const }, 'no-source'],
    ['rejected', { source, target, status: 'rejected' as const }, 'rejected'],
    ['an edit touched the source', { source, target, status: 'confirmed' as const, recheck: { before: 'Мы будем' } }, 'source-changed'],
    ['the source lies past the text', { source: { start: 60, end: 500 }, target, status: 'auto' as const }, 'source-changed'],
    ['the quotation lies past the text', { source, target: { start: 10, end: 900 }, status: 'auto' as const }, 'target-changed'],
  ])('%s: a state and no flags', (_name, link, state) => {
    const r = checkQuoteLink(link, RU, DE);
    expect(r.state).toBe(state);
    expect(r.flags).toEqual([]);
    expect(r.message).toMatch(/\w/);
  });

  it('summarises states, flag kinds and verdicts', () => {
    const ok = checkQuoteLink({ source, target, status: 'auto' }, RU, DE);
    const s = summariseQuotes([
      { ...ok, verdict: { verdict: 'distorted', comment: '', by: 'A', at: 'x' } },
      { state: 'no-source', flags: [], verdict: null },
    ]);
    expect(s).toMatchObject({ quotations: 2, checked: 1, clean: 0, byKind: { negation: 1, number: 1, hedge: 0 }, notChecked: { 'no-source': 1 }, verdicts: { distorted: 1, none: 1 } });
  });
});

describe('the fact-check report', () => {
  it('escapes every text it writes and loads nothing', () => {
    const flags = checkQuoteLink({ source, target, status: 'auto' }, RU, DE).flags;
    const html = renderFactCheckHtml({
      title: '<b>P</b>',
      summary: summariseQuotes([]),
      entries: [
        {
          german: '„<script>alert(1)</script>“',
          russian: RU,
          state: 'ok',
          message: null,
          flags,
          verdict: { verdict: 'distorted', comment: '<img src=x onerror=alert(1)>', by: 'A & B', at: '2026-12-02' },
          link: { status: 'confirmed', who: 'A & B', at: '2026-12-02', score: null },
        },
      ],
    });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('confirmed by A &amp; B, 2026-12-02');
    expect(html).toContain("default-src 'none'");
  });
});
