import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../../electron/services/lexicon';
import { planAlignment } from '../../../../shared/align/plan';
import { lineSegments } from '../../../../shared/text/lines';
import { RuDoc } from '../../../../shared/align/match/ru-doc';
import type { Hit } from '../../../../shared/align/match/links';
import { searchWindows, type QuoteQuery, type WindowMatch, type WordLink } from '../../../../shared/align/quotes/search';
import { sentenceRange, sentencesIn, spanVariants, type TokenRange } from '../../../../shared/align/quotes/variants';

// Written for these tests: a Russian paragraph of two sentences.
const RU = 'Разговоры о закрытии порта ничем не обоснованы. Такое решение никто не принимал и не обсуждал.';
const doc = new RuDoc(RU, [], [{ start: 0, end: RU.length }]);
const at = (word: string): number => doc.tokens.findIndex((t) => t.raw === word);
const text = (r: TokenRange): string => RU.slice(doc.tokens[r.a]!.start, doc.tokens[r.b]!.end);

function windowOf(linked: readonly string[], sa: number, sb: number): WindowMatch {
  const links: WordLink[] = linked.map((w, k) => ({ de: k, unit: k, ru: at(w), strength: 1, kind: 'dictionary' }));
  const pos = links.map((l) => l.ru);
  return { a: Math.min(...pos), b: Math.max(...pos), sa, sb, deCover: 0.5, ruCover: 0.5, mass: 1, rank: 0.5, links, quote: -1, context: 0 };
}

describe('spanVariants: other cuts of one place', () => {
  it('offers the Russian sentence holding most of the links when the span runs across two', () => {
    // „Das Gerede über eine Schließung des Hafens ist grundlos“: linked in the first sentence,
    // one stray link in the second, and the snapped span took both.
    const w = windowOf(['Разговоры', 'закрытии', 'порта', 'решение'], 0, doc.tokens.length - 1);
    const cuts = spanVariants(doc, w, 8, 1).map(text);
    expect(cuts).toContain('Разговоры о закрытии порта ничем не обоснованы');
    expect(cuts).not.toContain(RU.slice(0, RU.length - 1));
  });

  it('offers as many sentences as the German quotation has', () => {
    const w = windowOf(['порта', 'решение'], at('порта'), at('решение'));
    const r = sentenceRange(doc, w, 2)!;
    expect(text(r)).toBe(RU.slice(0, RU.length - 1));
    expect(sentencesIn('Der Hafen bleibt offen. Niemand hat das beschlossen.')).toBe(2);
    expect(sentencesIn('Der Hafen bleibt offen.')).toBe(1);
    expect(sentencesIn('Der Hafen bleibt bis zum 11. November z. B. für Fähren offen.')).toBe(1);
  });

  it('offers the linked words alone and the German length grown from the first or the last of them', () => {
    // „nie beschlossen und nie diskutiert“ (5 words): linked to принимал and обсуждал, and the
    // search widened the span to the whole clause.
    const w = windowOf(['принимал', 'обсуждал'], at('Такое'), at('обсуждал'));
    const cuts = spanVariants(doc, w, 5, 1).map(text);
    expect(cuts).toContain('принимал и не обсуждал');
    // The span itself is never offered again.
    expect(cuts).not.toContain('Такое решение никто не принимал и не обсуждал');
    expect(new Set(cuts).size).toBe(cuts.length);
  });

  it('grows a one-word link to about the German length, rightwards and leftwards inside the clause', () => {
    // „die Schließung des Hafens“ linked only at закрытии; the span was snapped to the sentence.
    const w = windowOf(['закрытии'], 0, at('обоснованы'));
    const cuts = spanVariants(doc, w, 4, 1).map(text);
    expect(cuts).toContain('закрытии порта ничем');
    expect(cuts).toContain('Разговоры о закрытии');
  });

  it('has nothing to offer for a window without links', () => {
    const w: WindowMatch = { ...windowOf(['порта'], 0, 3), links: [] };
    expect(spanVariants(doc, w, 3, 1)).toEqual([]);
    expect(sentenceRange(doc, w, 1)).toBeNull();
  });
});

// A constructed report and an article quoting it (written for these tests; people invented).
const RU_PORT = [
  'Губернатор Соколов: порт останется открытым',
  '',
  'ВЛАДИВОСТОК, 5 мая. Губернатор края Игорь Соколов заявил, что порт продолжит работу в обычном режиме.',
  '',
  '«Разговоры о закрытии порта высосаны из пальца. Такое решение никто не принимал и не обсуждал», — сказал Соколов.',
  '',
  'Он также сообщил, что грузооборот за год вырос на 8 процентов.',
  '',
].join('\n');
const DE_PORT = [
  'Hafen bleibt offen',
  '',
  'Gouverneur Sokolow wies Berichte über eine Schließung zurück: „Das Gerede über eine Schließung des Hafens ist aus der Luft gegriffen.“ Die Entscheidung sei „weder getroffen noch besprochen“ worden.',
  '',
  'Der Umschlag sei „um 8 Prozent“ gewachsen.',
  '',
].join('\n');

describe('candidates of a quotation found at one place', () => {
  const plan = planAlignment({
    sourceText: RU_PORT,
    sourceSegments: lineSegments(RU_PORT),
    targetText: DE_PORT,
    targetSegments: lineSegments(DE_PORT),
    lexicons: [baseLexicon()!],
  });

  it('offer other cuts of that place, ranked below the answer', () => {
    for (const text of ['weder getroffen noch besprochen', 'um 8 Prozent']) {
      const q = plan.quotes.find((x) => x.target.text === text)!;
      expect(q.source).not.toBeNull();
      const cands = q.candidates ?? [];
      expect(cands[0]!.source).toEqual(q.source);
      for (let k = 1; k < cands.length; k++) expect(cands[k]!.score).toBeLessThanOrEqual(cands[k - 1]!.score);
      for (const c of cands) expect(RU_PORT.slice(c.source.start, c.source.end)).toBe(c.source.text);
    }
    // The search found „um 8 Prozent“ at one place only (на 8 процентов, with um rendered by
    // на, and 8 процентов); the whole sentence holding it is offered as a third reading.
    const q = plan.quotes.find((x) => x.target.text === 'um 8 Prozent')!;
    expect(q.source?.text).toBe('на 8 процентов');
    expect(q.candidates?.map((c) => c.source.text)).toEqual(['на 8 процентов', '8 процентов', 'Он также сообщил, что грузооборот за год вырос на 8 процентов']);
    expect(q.candidates).toHaveLength(3);
  });
});

describe('searchWindows: the linked words alone as a fragment', () => {
  // Written for these tests.
  function query(links: readonly (readonly [number, string])[], words: number, d: RuDoc): QuoteQuery {
    const find = (w: string): number => d.tokens.findIndex((t) => t.raw === w);
    const byToken = new Map<number, Hit[]>();
    for (const [k, w] of links) byToken.set(k, [...(byToken.get(k) ?? []), { ru: find(w), strength: 1, kind: 'dictionary' }]);
    return { tokens: [], units: [...byToken].map(([token, hits]) => ({ token, weight: 1, hits })), words };
  }
  const spans = (ru: string, d: RuDoc, ws: readonly WindowMatch[]): string[] => ws.map((w) => ru.slice(d.tokens[w.sa]!.start, d.tokens[w.sb]!.end));

  it('offers the linked words of a fragment inside one sentence', () => {
    const ru = 'Нужен план, который учитывает реалии на земле и интересы соседей.';
    const d = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
    // „die Realitäten vor Ort“: Realitäten -> реалии, Ort -> земле.
    const found = spans(ru, d, searchWindows(query([[0, 'реалии'], [1, 'земле']], 4, d), d));
    expect(found).toContain('реалии на земле');
  });

  it('does not cut linked words across a sentence end: a two-sentence quotation renders whole sentences', () => {
    const ru = 'Соседей не выбирают. Но выбирать, какими будут отношения с ними, — в наших силах.';
    const d = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
    // „Nachbarn kann man sich nicht aussuchen. Wie man mit ihnen auskommt, dagegen schon“.
    // The links fall on both sentences (aussuchen -> выбирать in the second).
    const found = spans(ru, d, searchWindows(query([[0, 'Соседей'], [1, 'не'], [2, 'выбирать']], 13, d), d));
    expect(found[0]?.startsWith('Соседей не выбирают. Но выбирать, какими будут отношения')).toBe(true);
    expect(found).not.toContain('Соседей не выбирают. Но выбирать');
  });
});
