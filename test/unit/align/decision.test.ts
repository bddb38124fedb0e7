import { describe, expect, it } from 'vitest';
import { queryOf } from '../../support/quote-query';
import { lineSegments } from '../../../shared/text/lines';
import { baseLexicon } from '../../../electron/services/lexicon';
import { RuDoc } from '../../../shared/align/match/ru-doc';
import { planAlignment } from '../../../shared/align/plan';
import { decide, DECISION_MODEL, FEATURES, gateIndex, NF, NN, type DecisionModel } from '../../../shared/align/quotes/decide';
import { ReportSearch } from '../../../shared/align/quotes/report';
import { SEARCH_OPTIONS, searchWindows, SENTENCE_PLACES, sentenceMatch } from '../../../shared/align/quotes/search';
import { segment } from '../../../shared/text/segment';
import { DE_ARTICLE, RU_REPORT } from './report-fixtures';

const base = baseLexicon()!;


describe('translation test of a German sentence (sentenceMatch)', () => {
  const ru = 'Погода была хорошей. Министр заявил, что экспорт газа вырос на 12 процентов в прошлом году. Потом пошёл дождь.';
  const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);

  it('finds the Russian sentence a German sentence translates, covered both ways', () => {
    const m = sentenceMatch(queryOf('Der Minister erklärte, der Gasexport sei im vergangenen Jahr um 12 Prozent gewachsen.', doc), doc)!;
    expect(ru.slice(doc.tokens[m.a]!.start, doc.tokens[m.b]!.end)).toBe('Министр заявил, что экспорт газа вырос на 12 процентов в прошлом году');
    expect(m.deCover).toBeGreaterThan(0.5);
    expect(m.ruCover).toBeGreaterThan(0.5);
    expect(m.score).toBeGreaterThan(0.5);
  });

  it('scores a reporter sentence around a short fragment far lower', () => {
    const m = sentenceMatch(queryOf('Die Opposition in Berlin kritisierte das Vorgehen scharf und sprach von „12 Prozent“.', doc), doc);
    expect(m?.score ?? 0).toBeLessThan(0.35);
  });
});

describe('translation test weighs several places (SENTENCE_PLACES)', () => {
  // The German sentence translates the first Russian paragraph loosely (no word for „kleine
  // Firmen“, „senken“ unlinked); the second paragraph's long sentence shares more of its words in
  // one stretch, so the search ranks that stretch first, but as a whole sentence it is mostly
  // other words.
  const rendered = 'Министр финансов сообщил, что в будущем году правительство снизит налоги для предпринимателей.';
  const distractor =
    'Правительство уже много раз обещало снизить налоги для небольших фирм в следующем году, но депутаты, экономисты, профсоюзы и журналисты всю осень спорили о том, кто заплатит за эти реформы и сколько денег потеряет бюджет страны.';
  const ru = `${rendered}\n\n${distractor}`;
  const paragraphs = Object.freeze([
    { start: 0, end: rendered.length },
    { start: rendered.length + 2, end: ru.length },
  ]);
  const doc = new RuDoc(ru, [], paragraphs);
  const de = 'Die Regierung will die Steuern für kleine Firmen im nächsten Jahr senken, sagte der Finanzminister.';
  const text = (a: number, b: number): string => ru.slice(doc.tokens[a]!.start, doc.tokens[b]!.end);
  const inDistractor = (a: number): boolean => doc.tokens[a]!.start > rendered.length;

  it('is a case where the best window lies in the sentence the German one does not translate', () => {
    const [first, second] = searchWindows(queryOf(de, doc), doc, { ...SEARCH_OPTIONS, keep: 2, contextWeight: 0, quotedBonus: 0 });
    expect(inDistractor(first!.a)).toBe(true);
    expect(inDistractor(second!.a)).toBe(false);
    expect(first!.rank).toBeGreaterThan(second!.rank);
  });

  it('the best window alone (the old test) takes the distractor, covered one way', () => {
    const m = sentenceMatch(queryOf(de, doc), doc, 1)!;
    expect(text(m.a, m.b)).toBe(distractor.slice(0, -1));
    expect(m.ruCover).toBeLessThan(0.3);
  });

  it('weighing SENTENCE_PLACES places finds the translated sentence, covered both ways', () => {
    expect(SENTENCE_PLACES).toBeGreaterThan(1);
    const m = sentenceMatch(queryOf(de, doc), doc)!;
    expect(text(m.a, m.b)).toBe(rendered.slice(0, -1));
    expect(m.deCover).toBeGreaterThan(0.4);
    expect(m.ruCover).toBeGreaterThan(0.4);
    expect(m.score).toBeGreaterThan(sentenceMatch(queryOf(de, doc), doc, 1)!.score);
  });

  it('the selection reading (ReportSearch.renderingOf) keeps the best window alone', () => {
    const search = new ReportSearch(ru, [], paragraphs, { lexicons: [base] });
    search.setTarget(de, [{ start: 0, end: de.length }]);
    const m = search.renderingOf({ start: 0, end: de.length })!;
    expect(text(m.a, m.b)).toBe(distractor.slice(0, -1));
  });
});

describe('decision model (conditional logit with a translation gate)', () => {
  const at = (name: (typeof FEATURES)[number]): number => FEATURES.indexOf(name);
  const vec = (values: Partial<Record<(typeof FEATURES)[number], number>>): Float64Array => {
    const f = new Float64Array(NF);
    for (const [k, v] of Object.entries(values)) f[at(k as (typeof FEATURES)[number])] = v;
    return f;
  };
  const model: DecisionModel = { weights: [5, 5], none: [3], gate: { score: 0.9, trans: 0.3 } };
  const none = Float64Array.of(1, ...new Array<number>(NN - 1).fill(0));

  it('answers the most probable option, with probabilities that sum to one', () => {
    const strong = vec({ deCover: 0.8, ruCover: 0.8 });
    const weak = vec({ deCover: 0.1, ruCover: 0.1 });
    const d = decide([weak, strong], none, model);
    expect(d.index).toBe(1);
    expect(d.p.reduce((a, b) => a + b, 0) + d.pNone).toBeCloseTo(1, 9);
    expect(decide([weak], none, model).index).toBe(-1);
  });

  it('lets the sentence-level matcher stand where both sentence views agree', () => {
    const prior = vec({ sentence: 0.95, inSent: 1, sentTrans: 0.5 });
    const lexical = vec({ deCover: 0.8, ruCover: 0.8 });
    expect(gateIndex([lexical, prior], model)).toBe(1);
    expect(decide([lexical, prior], none, model).index).toBe(1);
    // Not when the German sentence does not render the sentence the matcher chose.
    const outside = vec({ sentence: 0.95, inSent: 0, sentTrans: 0.5 });
    expect(gateIndex([lexical, outside], model)).toBe(-1);
    expect(decide([lexical, outside], none, model).index).toBe(0);
  });

  it('ships weights for every feature', () => {
    expect(DECISION_MODEL.weights.length).toBe(NF);
    expect(DECISION_MODEL.none.length).toBe(NN);
  });
});

describe('segmentation does not change the quotations', () => {
  it('gives the same answers for lines (--segmented) and sentences', () => {
    const run = (seg: (t: string, l: 'ru' | 'de') => { start: number; end: number; text: string }[]) =>
      planAlignment({ sourceText: RU_REPORT, sourceSegments: seg(RU_REPORT, 'ru'), targetText: DE_ARTICLE, targetSegments: seg(DE_ARTICLE, 'de'), lexicons: [base] }).quotes.map(
        (q) => [q.target.start, q.source?.start ?? null, q.source?.end ?? null, q.score],
      );
    const lines = run((t) => lineSegments(t));
    const sentences = run((t, l) => segment(t, l).segments);
    expect(lines.length).toBe(7);
    expect(sentences).toEqual(lines);
  });
});
