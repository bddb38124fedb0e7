import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../electron/cli/commands/align';
import { lineSegments } from '../../../shared/text/lines';
import { baseLexicon } from '../../../electron/services/lexicon';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import type { Hit } from '../../../shared/align/match/links';
import { planAlignment, reportMatches, type PlanInput } from '../../../shared/align/plan';
import type { QuoteAlignment } from '../../../shared/align/quotes/index';
import { DE_ARTICLE, RU_REPORT } from './report-fixtures';

const base = baseLexicon()!;

function input(extra: Partial<PlanInput> = {}): PlanInput {
  return {
    sourceText: RU_REPORT,
    sourceSegments: lineSegments(RU_REPORT),
    targetText: DE_ARTICLE,
    targetSegments: lineSegments(DE_ARTICLE),
    lexicons: [base],
    ...extra,
  };
}

const byText = (quotes: readonly QuoteAlignment[], text: string): QuoteAlignment => {
  const q = quotes.find((x) => x.target.text === text);
  if (!q) throw new Error(`no quotation ${text}`);
  return q;
};

describe('planAlignment on a report (order-free quotation search)', () => {
  const plan = planAlignment(input());

  it('treats the article as a report, not a translation', () => {
    expect(plan.translation).toBe(false);
    expect(plan.reason).toContain('not a full translation');
  });

  it('finds quotations out of the original order, inside the Russian quotation marks', () => {
    const q = byText(plan.quotes, 'Wir werden unsere Partner nicht aufgeben.');
    // The rendered words, inside the Russian quotation (with or without the pronoun).
    expect(q.source?.text).toMatch(/^(Мы )?не откажемся от наших партнёров$/);
    expect(RU_REPORT.slice(q.source!.start, q.source!.end)).toBe(q.source!.text);
    const fair = byText(plan.quotes, 'für beide Seiten gerecht');
    expect(fair.source?.text).toContain('справедливой для обеих сторон');
  });

  it('matches numbers with their units and does not end a span on a function word', () => {
    expect(byText(plan.quotes, 'um 12 Prozent').source?.text).toBe('12 процентов');
  });

  it('gives a title a source only where the Russian text names it in quotation marks', () => {
    const q = byText(plan.quotes, 'Sewerny Kurjer');
    expect(q.kind).toBe('title');
    expect(q.source?.text).toBe('Северный курьер');
    expect(q.evidence?.map((e) => e.by)).toEqual(['name', 'name']);
  });

  it('says "not in the original" for another speaker, with a score', () => {
    const q = byText(plan.quotes, 'Wir prüfen das Angebot sorgfältig');
    expect(q.source).toBeNull();
    expect(q.score).toBeGreaterThan(0.5);
  });

  it('carries at most three candidates, best first, each with evidence of known kinds', () => {
    for (const q of plan.quotes) {
      const cands = q.candidates ?? [];
      expect(cands.length).toBeLessThanOrEqual(3);
      // One entry per Russian span: the app stores them so, and the CLI prints what the app stores.
      expect(new Set(cands.map((c) => `${c.source.start}:${c.source.end}`)).size).toBe(cands.length);
      for (let k = 1; k < cands.length; k++) expect(cands[k]!.score).toBeLessThanOrEqual(cands[k - 1]!.score);
      for (const c of cands) {
        expect(RU_REPORT.slice(c.source.start, c.source.end)).toBe(c.source.text);
        for (const e of c.evidence) {
          expect(['dictionary', 'learned', 'user', 'name', 'number', 'cognate', 'assist', 'derivation']).toContain(e.by);
          expect(DE_ARTICLE.slice(e.de.start, e.de.end)).toBe(e.de.text);
          expect(RU_REPORT.slice(e.ru.start, e.ru.end)).toBe(e.ru.text);
          expect(c.source.start <= e.ru.start && e.ru.end <= c.source.end).toBe(true);
        }
      }
      if (q.source) expect(cands[0]?.source).toEqual(q.source);
    }
  });

  it('finds less without the lexicon (the base lexicon carries the loose words)', () => {
    const bare = planAlignment(input({ lexicons: [] }));
    expect(byText(bare.quotes, 'für beide Seiten gerecht').source).toBeNull();
  });

  it('takes a user lexicon and an extra evidence provider', () => {
    const user = BilingualLexicon.fromPairs([['Pipeline', 'трубопровод']]);
    const withUser = planAlignment(input({ lexicons: [base, user] }));
    const q = byText(withUser.quotes, 'neuen Pipeline');
    expect(q.candidates?.[0]?.evidence.some((e) => e.by === 'user' && e.ru.text === 'трубопровода')).toBe(true);
    let asked = 0;
    const assist = (t: { lower: string }, doc: { tokens: readonly { lower: string }[] }): Hit[] => {
      asked++;
      return t.lower === 'rückkehr' ? doc.tokens.flatMap((r, ru) => (r.lower === 'переговоры' ? [{ ru, strength: 1, kind: 'assist' as const }] : [])) : [];
    };
    const assisted = planAlignment(input({ providers: [assist] }));
    expect(asked).toBeGreaterThan(0);
    expect(byText(assisted.quotes, 'Rückkehr zum Gasgeschäft').candidates?.some((c) => c.evidence.some((e) => e.by === 'assist'))).toBe(true);
  });
});

describe('align --json through the planner', () => {
  it('keeps every contract field and adds candidates and evidence to each quotation', () => {
    const out = alignDocuments(RU_REPORT, DE_ARTICLE, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    expect(out.quotes.length).toBe(7);
    const json = JSON.parse(JSON.stringify(out)) as { beads: unknown[]; quotes: Record<string, unknown>[] };
    expect(json.beads.length).toBeGreaterThan(0);
    for (const q of json.quotes) {
      expect(Object.keys(q)).toEqual(expect.arrayContaining(['target', 'source', 'score', 'kind', 'candidates', 'evidence']));
      expect(typeof q['score']).toBe('number');
    }
    // The same pipeline as the app: identical answers.
    const plan = planAlignment(input());
    expect(out.quotes.map((q) => [q.target.start, q.source?.start ?? null, q.score])).toEqual(plan.quotes.map((q) => [q.target.start, q.source?.start ?? null, q.score]));
  });

  it('lists quotations without sources when there is no original', () => {
    const out = alignDocuments('', DE_ARTICLE, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    expect(out.quotes.length).toBe(7);
    expect(out.quotes.every((q) => q.source === null)).toBe(true);
  });
});

describe('lexicon evidence never lands on a Russian function word', () => {
  it('links a compound term to its two content words, not to a preposition after them', () => {
    const ru =
      'Весной уровень реки снова поднялся.\n\nСоглашение, подписанное двумя районами, газеты прозвали «водным миром». По нему ни одна сторона не решает одна.\n';
    const de = 'Die Zeitungen sprechen vom „Wasserfrieden“ zwischen den Bezirken.\n';
    const plan = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });
    const q = byText(plan.quotes, 'Wasserfrieden');
    expect(q.source?.text).toBe('водным миром');
    const words = (q.candidates ?? []).flatMap((c) => c.evidence.map((e) => e.ru.text.toLowerCase()));
    expect(words).toContain('миром');
    expect(words).not.toContain('по');
  });
});

describe('candidates of the demo project', () => {
  it('name each Russian span once, so the app and align --json list the same alternatives', () => {
    const dir = path.join(__dirname, '../../../electron/resources/samples');
    const ru = readFileSync(path.join(dir, 'demo-oped.ru.txt'), 'utf8');
    const de = readFileSync(path.join(dir, 'demo-report.de.txt'), 'utf8');
    const plan = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });
    expect(plan.quotes.filter((q) => (q.candidates?.length ?? 0) > 1).length).toBeGreaterThan(3);
    for (const q of plan.quotes) {
      const keys = (q.candidates ?? []).map((c) => `${c.source.start}:${c.source.end}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('planAlignment on quotations nested with doubled straight quotes', () => {
  const ru = 'Капитан Петров сообщил: «Теплоход «Волга» покинул порт вчера вечером». Ремонт длился три месяца.\n';
  const de = 'Kapitän Petrow berichtete: „Das Motorschiff ""Wolga"" hat den Hafen gestern Abend verlassen.“ Die Reparatur dauerte drei Monate.\n';
  const plan = planAlignment({ sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] });

  it('lists the inner quotation once, without the doubled marks', () => {
    expect(plan.quotes.map((q) => q.target.text)).toEqual(['Das Motorschiff ""Wolga"" hat den Hafen gestern Abend verlassen.', 'Wolga']);
  });

  it('finds the inner quotation in the Russian one nested at the same place, the outer around it', () => {
    expect(byText(plan.quotes, 'Wolga').source?.text).toBe('Волга');
    const outer = byText(plan.quotes, 'Das Motorschiff ""Wolga"" hat den Hafen gestern Abend verlassen.');
    expect(outer.source?.start).toBeGreaterThanOrEqual(ru.indexOf('Теплоход'));
    expect(outer.source?.end).toBeLessThanOrEqual(ru.indexOf('». Ремонт'));
  });

  it('lets the order-free search on its own take the nested Russian quotation', () => {
    const input = { sourceText: ru, sourceSegments: lineSegments(ru), targetText: de, targetSegments: lineSegments(de), lexicons: [base] };
    const m = reportMatches(input).find((x) => x.quote.text === 'Wolga');
    expect(m?.found).toBe(true);
    expect(m?.candidates[0]?.source.text).toBe('Волга');
  });
});
