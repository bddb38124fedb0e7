import { describe, expect, it } from 'vitest';
import { baseLexicon } from '../../../electron/services/lexicon';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { adjectival, relationalStems } from '../../../shared/align/match/derivation';
import { DERIVATION, Linker } from '../../../shared/align/match/links';
import { RuDoc } from '../../../shared/align/match/ru-doc';
import { matchTokens } from '../../../shared/align/match/tokens';
import { planAlignment } from '../../../shared/align/plan';
import { stemRu } from '../../../shared/align/stem';
import { lineSegments } from '../../../shared/text/lines';

// Sentences and pairs written for these tests.
describe('relationalStems: the adjectives of a Russian noun stem', () => {
  it.each([
    // noun, its relational adjective (the stems are the stemmer's)
    ['море', 'морской'],
    ['город', 'городская'],
    ['Москва', 'московских'],
    ['Литва', 'литовскому'],
    ['рука', 'ручной'],
    ['завод', 'заводская'],
    ['человек', 'человеческий'],
    ['друг', 'дружеской'],
    ['книга', 'книжный'],
    ['страх', 'страшное'],
    ['улица', 'уличных'],
    ['отец', 'отцовский'],
    ['окно', 'оконные'],
    ['история', 'исторический'],
    ['цена', 'ценовой'],
    ['жизнь', 'жизненный'],
    ['время', 'временные'],
  ] as const)('%s gives %s', (noun, adjective) => {
    const stem = stemRu(adjective.toLowerCase());
    expect(relationalStems(stemRu(noun.toLowerCase()))).toContain(stem);
    expect(adjectival(adjective, stem)).toBe(true);
  });

  it('builds on the stem the lexicon gives (атом, where the stemmer cuts атом to ат)', () => {
    expect(relationalStems('атом')).toContain(stemRu('атомная'));
  });

  it.each([
    // A stem of two letters takes no suffix (the lexicon's ат for Atom is no noun).
    ['ат', []],
    // A stem ending in a vowel is no noun stem the suffixes attach to.
    ['кра', []],
  ] as const)('gives nothing for %s', (stem, out) => {
    expect(relationalStems(stem)).toEqual(out);
  });

  it('leaves out -ин-, whose stems are common nouns (машина, картина)', () => {
    expect(relationalStems('карт')).not.toContain(stemRu('картина'));
    expect(relationalStems('маш')).not.toContain(stemRu('машина'));
  });

  it('drops a fleeting vowel from four letters on only', () => {
    // ден (день) would give дн-, the start of far too many words.
    expect(relationalStems('ден').some((s) => s.startsWith('дн'))).toBe(false);
  });
});

describe('adjectival: a Russian word read as a full adjective', () => {
  it.each([
    ['морской', true],
    ['городскими', true],
    ['военного', true],
    // Noun forms with the same stem as an adjective.
    ['парня', false],
    ['окон', false],
    ['машина', false],
  ] as const)('%s: %s', (word, yes) => {
    expect(adjectival(word, stemRu(word))).toBe(yes);
  });
});

function hitsOf(de: string, ru: string, pairs: readonly (readonly [string, string])[]): Map<string, { strength: number; kind: string }> {
  const lex = new BilingualLexicon();
  for (const [d, r] of pairs) lex.addPair(d, r);
  const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
  const linker = new Linker(doc, { lexicons: [lex] });
  const out = new Map<string, { strength: number; kind: string }>();
  for (const t of matchTokens(de, 'de')) for (const h of linker.hits(t)) out.set(doc.tokens[h.ru]!.raw, { strength: h.strength, kind: h.kind });
  return out;
}

describe('derivation links: a relational adjective meets its noun\'s lexicon pair', () => {
  it.each([
    // German word, lexicon pair of the noun, Russian sentence, the adjective linked
    ['Handarbeit', ['Hand', 'рука'], 'Это ручная работа мастера.', 'ручная'],
    ['Menschen', ['Mensch', 'человек'], 'Это вопрос человеческого достоинства.', 'человеческого'],
    ['Moskau', ['Moskau', 'Москва'], 'Выступил московский мэр.', 'московский'],
    ['Straße', ['Straße', 'улица'], 'Уличные торговцы ушли.', 'Уличные'],
  ] as const)('links %s to %s', (de, pair, ru, adjective) => {
    const hit = hitsOf(de, ru, [pair, ['Arbeit', 'работа']]).get(adjective);
    expect(hit?.kind).toBe('derivation');
    expect(hit!.strength).toBeGreaterThan(0);
    expect(hit!.strength).toBeLessThanOrEqual(DERIVATION);
  });

  it.each([
    // German word, lexicon pair, Russian sentence, a word no rule links
    // A look-alike with the alternated consonant: речь is no adjective of рука.
    ['Hand', ['Hand', 'рука'], 'Его речи были длинными.', 'речи'],
    // An adverb on the adjective's stem (дружн|о) has no adjective's ending.
    ['Freund', ['Freund', 'друг'], 'Они дружно встали.', 'дружно'],
    // A short participle on a derived stem (уличить: уличен) is no adjective of улица.
    ['Straße', ['Straße', 'улица'], 'Он был уличен во лжи.', 'уличен'],
    // A diminutive noun (книжка) is no relational adjective.
    ['Buch', ['Buch', 'книга'], 'Он купил книжку.', 'книжку'],
  ] as const)('does not link %s to the near miss in %s', (de, pair, ru, word) => {
    expect(hitsOf(de, ru, [pair]).has(word)).toBe(false);
  });

  it('is off at strength 0', () => {
    const lex = new BilingualLexicon();
    lex.addPair('Hand', 'рука');
    const ru = 'Это ручная работа мастера.';
    const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
    const linker = new Linker(doc, { lexicons: [lex], derivation: 0 });
    expect(matchTokens('Hand', 'de').flatMap((t) => linker.hits(t))).toEqual([]);
  });
});

describe('the planner places a quotation by a relational adjective', () => {
  // A report on a book fair: the original says книжный рынок (Buch = книга, Markt = рынок) for
  // the German Buchmarkt, and a market crisis of another kind in a shorter phrase.
  const ru = [
    'Издатели подвели итоги ярмарки во Франкфурте',
    '',
    'ФРАНКФУРТ, 20 октября. Глава ассоциации издателей Анна Белова назвала положение дел кризисом книжного рынка: продажи бумажных книг упали второй год подряд.',
    '',
    '«Читатели уходят в сеть», — сказала Белова.',
    '',
    'Аналитики банка, напротив, говорят о кризисе на рынке рекламы.',
    '',
    'По данным ассоциации, выручка сократилась на 8 процентов.',
    '',
  ].join('\n');
  const de = [
    'Verleger in Sorge',
    '',
    'Der Umsatz der Verlage sei „um 8 Prozent“ gesunken, teilte der Verband mit. „Die Leser wandern ins Netz ab“, sagte die Verbandschefin Anna Belowa.',
    '',
    'Belowa sprach auf der Frankfurter Messe von einer „Krise des Buchmarkts“. Papierbücher verkauften sich im zweiten Jahr in Folge schlechter.',
    '',
    'Ein Buchhändler aus Leipzig meinte, „die Lage ist ernst“.',
    '',
  ].join('\n');
  const plan = (derivation?: number) =>
    planAlignment({
      sourceText: ru,
      sourceSegments: lineSegments(ru),
      targetText: de,
      targetSegments: lineSegments(de),
      lexicons: [baseLexicon()!],
      ...(derivation === undefined ? {} : { derivation }),
    });
  const crisis = (derivation?: number) => plan(derivation).quotes.find((q) => q.target.text === 'Krise des Buchmarkts')!;

  it('finds „Krise des Buchmarkts“ in кризисом книжного рынка, with the adjective as evidence', () => {
    const q = crisis();
    expect(plan().translation).toBe(false);
    expect(q.source?.text).toBe('кризисом книжного рынка');
    expect(q.evidence?.some((e) => e.by === 'derivation' && ru.slice(e.ru.start, e.ru.end) === 'книжного')).toBe(true);
  });

  it('does not cut кризисом книжного рынка without derivation links', () => {
    // Without the adjective's link the place of the book market has one word less (книжного)
    // and its cut runs on into the next clause.
    const q = crisis(0);
    expect(q.source?.text).not.toBe('кризисом книжного рынка');
    expect(q.evidence?.some((e) => e.by === 'derivation')).toBe(false);
  });
});
