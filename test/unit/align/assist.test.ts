import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { assistProvider, ASSIST_STRENGTH } from '../../../shared/align/match/assist';
import { RuDoc } from '../../../shared/align/match/ru-doc';
import { matchTokens } from '../../../shared/align/match/tokens';

const lex = BilingualLexicon.fromPairs([['Regierung', 'правительство']]);

describe('assistProvider: a machine translation of a quotation as word evidence', () => {
  const de = 'Er sagte: „Die Flunkerei der Regierung muss aufhören.“';
  const q = { start: de.indexOf('Die'), end: de.indexOf('aufhören') + 'aufhören'.length };
  const ru = 'Министр заявил, что враньё кабинета пора прекратить. Правительство молчит.';
  const doc = new RuDoc(ru, [], [{ start: 0, end: ru.length }]);
  const provider = assistProvider(de, [{ target: q, russian: 'Враньё правительства должно прекратиться' }], { lexicons: [lex] });
  const tok = (w: string) => matchTokens(de, 'de').find((t) => t.raw === w)!;
  const hitWords = (w: string) => provider(tok(w), doc).map((h) => ru.slice(doc.tokens[h.ru]!.start, doc.tokens[h.ru]!.end));

  it('gives an unknown German word the translation word at its place, found in the original by stem', () => {
    expect(hitWords('Flunkerei')).toEqual(['враньё']);
    expect(provider(tok('Flunkerei'), doc).every((h) => h.kind === 'assist' && h.strength === ASSIST_STRENGTH)).toBe(true);
  });

  it('gives a word the lexicon links its linked translation word, and words outside quotations nothing', () => {
    expect(hitWords('Regierung')).toContain('Правительство');
    expect(hitWords('sagte')).toEqual([]);
  });

  it('gives nothing without translations', () => {
    const none = assistProvider(de, [], { lexicons: [lex] });
    expect(none(tok('Flunkerei'), doc)).toEqual([]);
  });
});
