import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { DERIVATION, Linker } from '../../../shared/align/match/links';
import { strongVerbInfinitives } from '../../../shared/align/match/strong-verbs';
import { RuDoc } from '../../../shared/align/match/ru-doc';
import { matchTokens } from '../../../shared/align/match/tokens';

// Sentences and pairs written for these tests.
function hitsOf(de: string, ru: string, pairs: readonly (readonly [string, string])[]): Map<string, number> {
  const lex = new BilingualLexicon();
  for (const [d, r] of pairs) lex.addPair(d, r);
  const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
  const linker = new Linker(doc, { lexicons: [lex] });
  const out = new Map<string, number>();
  for (const t of matchTokens(de, 'de')) for (const h of linker.hits(t)) out.set(doc.tokens[h.ru]!.raw, h.strength);
  return out;
}

describe('lexicon links to Russian words derived from the same root', () => {
  it.each([
    // German word, lexicon pair, Russian sentence, the derived word linked, the most it weighs
    ['Inhalt', ['Inhalt', 'содержание'], 'Переговоры были весьма содержательными.', 'содержательными', 0.75],
    // экономический is the relational adjective of экономика (match/derivation.ts).
    ['Wirtschaft', ['Wirtschaft', 'экономика'], 'Министр ожидает экономического роста.', 'экономического', DERIVATION],
  ] as const)('links %s to a word with another suffix of the same root, weaker than the word itself', (de, pair, ru, derived, most) => {
    const hits = hitsOf(de, ru, [pair]);
    expect(hits.get(derived)).toBeGreaterThan(0);
    expect(hits.get(derived)).toBeLessThanOrEqual(most);
    // The lexicon's own word, where the text has it, links at full strength.
    const both = hitsOf(de, `${ru} ${pair[1]}`, [pair]);
    expect(both.get(pair[1])).toBe(1);
    expect(both.get(derived)!).toBeLessThan(both.get(pair[1])!);
  });

  it('does not cut short stems: a five-letter stem finds no look-alike', () => {
    const hits = hitsOf('Stadt', 'На столе лежал горох.', [['Stadt', 'город']]);
    expect(hits.size).toBe(0);
  });
});

describe('German nouns in -n the stemmer keeps', () => {
  it.each([
    ['Nachbarn', ['Nachbar', 'сосед'], 'Соседей не выбирают.', 'Соседей'],
    ['Regeln', ['Regel', 'правило'], 'Все правила остаются в силе.', 'правила'],
  ] as const)('finds %s under the singular the lexicon lists', (de, pair, ru, linked) => {
    expect(hitsOf(de, ru, [pair]).get(linked)).toBe(1);
  });

  it('leaves other words in -n to the stemmer (no cut of -en words)', () => {
    // „Wagen“ is not „Wage“: only -ln and -rn are read as a noun's plural or dative.
    expect(hitsOf('Wagen', 'Весы стояли на столе.', [['Waage', 'весы']]).size).toBe(0);
  });
});

describe('German spellings and word formation the lexicon does not list', () => {
  it('reads a Greek beta inside a German word as ß', () => {
    expect(matchTokens('Die Maβnahmen wurden geäuβert.', 'de').map((t) => t.lower)).toEqual(['die', 'maßnahmen', 'wurden', 'geäußert']);
    // Russian and Greek words keep the letter.
    expect(matchTokens('βήτα', 'de')[0]!.lower).toBe('βήτα');
  });

  it('links a German un- word to не- and the Russian for the word it negates', () => {
    const hits = hitsOf('unfreundlichen', 'Это был недружественный шаг.', [['freundlich', 'дружественный']]);
    expect(hits.get('недружественный')).toBeGreaterThan(0.5);
    expect(hits.get('недружественный')).toBeLessThan(1);
    // The word itself without не- is not what an un- word says.
    expect(hitsOf('unfreundlichen', 'Это был дружественный шаг.', [['freundlich', 'дружественный']]).size).toBe(0);
  });

  it('links an unknown German word with an inseparable prefix by its root, weaker than the root itself', () => {
    const pair = [['reden', 'разговаривать']] as const;
    const ru = 'Нам не о чем разговаривать.';
    const prefixed = hitsOf('Es gibt nichts zu bereden.', ru, pair);
    expect(prefixed.get('разговаривать')).toBeGreaterThan(0.5);
    expect(prefixed.get('разговаривать')).toBeLessThan(1);
    expect(hitsOf('Wir müssen reden.', ru, pair).get('разговаривать')).toBe(1);
    expect(hitsOf('Sie wollten es zerreden.', ru, pair).get('разговаривать')).toBeGreaterThan(0.5);
    // A word the lexicon knows keeps its own links (beraten is not reden).
    expect(hitsOf('Sie beraten lange.', ru, [...pair, ['beraten', 'советоваться']]).has('разговаривать')).toBe(false);
  });

  it('does not cut a prefix off a name or leave fewer than five letters', () => {
    const ru = 'Он пришёл к Береденко и говорил.';
    // Bereden, capitalised inside the sentence, is a name.
    expect(hitsOf('Er kam zu Bereden.', ru, [['reden', 'говорить']]).has('говорил')).toBe(false);
    // be|ten: three letters are no root to look up.
    expect(hitsOf('Sie beten.', 'Старые десять.', [['ten', 'десять']]).has('десять')).toBe(false);
  });
});

describe('Russian words that lose a fleeting vowel in their other forms', () => {
  it.each([
    // German word, lexicon pair, Russian sentence, the inflected word linked
    ['Kläger', ['Kläger', 'истец'], 'Сотни истцов ждут нового слушания.', 'истцов'],
    ['Markt', ['Markt', 'рынок'], 'Цены на рынке снова выросли.', 'рынке'],
    ['Ende', ['Ende', 'конец'], 'До конца года осталось два месяца.', 'конца'],
  ] as const)('links %s to a form without the vowel at full strength', (de, pair, ru, linked) => {
    expect(hitsOf(de, ru, [pair]).get(linked)).toBe(1);
  });

  it('needs the rest of the stem: a short word finds no look-alike', () => {
    expect(hitsOf('Tag', 'Дно реки было каменистым.', [['Tag', 'день']]).size).toBe(0);
  });
});

describe('past forms of German strong verbs', () => {
  it.each([
    // German word, lexicon pair (infinitive), Russian sentence, the word linked
    ['gewann', ['gewinnen', 'выиграть'], 'Команда выиграла матч в субботу.', 'выиграла'],
    ['verloren', ['verlieren', 'потерять'], 'Он потерял работу весной.', 'потерял'],
    ['angegriffen', ['angreifen', 'атаковать'], 'Повстанцы атаковали город ночью.', 'атаковали'],
    ['wuchs', ['wachsen', 'расти'], 'Экономика продолжает расти.', 'расти'],
  ] as const)('finds %s under the infinitive the lexicon lists', (de, pair, ru, linked) => {
    expect(hitsOf(de, ru, [pair]).get(linked)).toBe(1);
  });

  it('reads prefixed and inflected forms, and leaves other words alone', () => {
    expect(strongVerbInfinitives('bestanden')).toContain('bestehen');
    expect(strongVerbInfinitives('gingen')).toEqual(['gehen']);
    expect(strongVerbInfinitives('aufgenommenen')).toContain('aufnehmen');
    expect(strongVerbInfinitives('haus')).toEqual([]);
  });
});

describe('names transliterated differently on the two sides', () => {
  it.each([
    ['Vicenová', 'Об этом рассказала госпожа Виценова журналистам.', 'Виценова'],
    ['Lyman', 'По словам Лаймана, тревога была ложной.', 'Лаймана'],
    ['Dihora', 'Это важно, сказал аналитик Диора.', 'Диора'],
  ])('links the German name %s to the Russian one, weaker than a sure match', (de, ru, linked) => {
    const hits = hitsOf(`Gestern sprach ${de} lange.`, ru, []);
    expect(hits.get(linked)).toBeGreaterThan(0.5);
    // Below the strength at which a name in a quotation's frame counts as found.
    expect(hits.get(linked)).toBeLessThan(0.8);
  });

  it('links no name that differs in more than two letters', () => {
    expect(hitsOf('Gestern sprach Lyman lange.', 'По словам Лермонтова, тревога была ложной.', []).size).toBe(0);
  });
});
