import { describe, expect, it } from 'vitest';
import { alignQuotes, type QuoteAlignment } from '../../../../shared/align/quotes';
import { DE_ARTICLE, lineSegments, RU_ORIGINAL } from './fixtures';

function run(sourceText: string, targetText: string): QuoteAlignment[] {
  return alignQuotes({ sourceText, sourceSegments: lineSegments(sourceText), targetText, targetSegments: lineSegments(targetText) });
}

function byText(res: QuoteAlignment[], needle: string): QuoteAlignment {
  const q = res.find((r) => r.target.text.includes(needle));
  if (!q) throw new Error(`no quotation containing ${needle}`);
  return q;
}

describe('alignQuotes on an article quoting its original', () => {
  const res = run(RU_ORIGINAL, DE_ARTICLE);

  it('lists every German quotation with offsets that slice the texts', () => {
    expect(res.map((r) => r.target.text)).toEqual([
      'Die Situation ist stabil, aber man darf sich nicht entspannen',
      'Wir werden kein Defizit von mehr als einem Prozent zulassen.',
      'Aeroflot',
      'Der Rubel wird bis Weihnachten deutlich schwächer.',
    ]);
    for (const r of res) {
      expect(DE_ARTICLE.slice(r.target.start, r.target.end)).toBe(r.target.text);
      if (r.source) expect(RU_ORIGINAL.slice(r.source.start, r.source.end)).toBe(r.source.text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['Wir werden kein Defizit', 'Мы не допустим дефицита больше одного процента'],
    ['Die Situation ist stabil', 'Ситуация стабильная, но расслабляться нельзя'],
    ['Aeroflot', 'Аэрофлот'],
  ])('finds the Russian quotation rendered by „%s…“ (out of order too)', (de, ru) => {
    const q = byText(res, de);
    expect(q.source?.text).toBe(ru);
    expect(q.score).toBeGreaterThan(0.5);
  });

  it('says plainly that a quotation from elsewhere is not in the original', () => {
    const q = byText(res, 'Der Rubel');
    expect(q.source).toBeNull();
    expect(q.score).toBeGreaterThan(0.5);
  });

  it('does not mutate its input', () => {
    const sourceSegments = Object.freeze(lineSegments(RU_ORIGINAL).map((s) => Object.freeze(s)));
    const targetSegments = Object.freeze(lineSegments(DE_ARTICLE).map((s) => Object.freeze(s)));
    const input = Object.freeze({ sourceText: RU_ORIGINAL, sourceSegments, targetText: DE_ARTICLE, targetSegments });
    expect(alignQuotes(input)).toEqual(res);
  });

  it('works without segments (falls back to lines)', () => {
    const out = alignQuotes({ sourceText: RU_ORIGINAL, sourceSegments: [], targetText: DE_ARTICLE, targetSegments: [] });
    expect(byText(out, 'Wir werden').source?.text).toBe('Мы не допустим дефицита больше одного процента');
  });
});

describe('alignQuotes on bad input', () => {
  const quoteOnly = '„Das ist ein Test.“\n';
  it.each([
    ['an empty source', '', DE_ARTICLE, 1, 4],
    ['a blank source', '  \n\n ', DE_ARTICLE, 1, 4],
    ['a German source (same language on both sides)', DE_ARTICLE, DE_ARTICLE, 0, 4],
    ['a Russian target', RU_ORIGINAL, RU_ORIGINAL.replace(/[«»]/g, '"'), 0, 3],
  ])('%s: every quotation without a source', (_name, source, target, score, quotations) => {
    const out = run(source, target);
    expect(out).toHaveLength(quotations);
    for (const r of out) {
      expect(r.source).toBeNull();
      expect(r.score).toBe(score);
    }
  });

  it('returns nothing for a target without quotations', () => {
    expect(run(RU_ORIGINAL, 'Ein Satz ohne Anführungszeichen.\n')).toEqual([]);
    expect(run(RU_ORIGINAL, '')).toEqual([]);
  });

  it('finds nothing in an original that has nothing in common with the quotation', () => {
    const ru = 'Вчера в парке гуляли собаки и кошки.\n\nПогода была тёплой и солнечной.\n';
    const [q] = run(ru, quoteOnly);
    expect(q?.source).toBeNull();
  });

  it.each([
    ['„Unsinn“', 'Der Minister nannte den Vorschlag der Opposition „Unsinn“.\n', 'Unsinn'],
    ['„Aeroflot“ alone', '„Aeroflot“\n', 'Aeroflot'],
    ['an unclosed mark', 'Kudrin sagte: „Wir werden kein Defizit zulassen.\n', 'Wir werden kein Defizit zulassen.'],
  ])('a one-word or broken quotation (%s): found, score in [0, 1], source inside the original', (_name, de, quoted) => {
    const out = run(RU_ORIGINAL, de);
    expect(out.map((r) => r.target.text)).toEqual([quoted]);
    for (const r of out) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      if (r.source) expect(RU_ORIGINAL.slice(r.source.start, r.source.end)).toBe(r.source.text);
    }
  });

  it('gives a one-word quotation whose sentence is not in the original no source', () => {
    const [q] = run(RU_ORIGINAL, 'Der Trainer nannte das Spiel am Samstag „großartig“.\n');
    expect(q?.source).toBeNull();
  });
});
