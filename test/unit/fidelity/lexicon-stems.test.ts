import { describe, expect, it } from 'vitest';
import { LexiconIndex, listsHash, stemBuiltinLists } from '../../../shared/fidelity/lexicon-index';
import { NOUNS } from '../../../shared/fidelity/lexicon-nouns';
import { BUILTIN_STEMMED, BUILTIN_STEMS_OF } from '../../../shared/fidelity/lexicon-stems';
import { WORDS } from '../../../shared/fidelity/lexicon-words';
import { snowballStemmers, type Stemmers } from '../../../shared/fidelity/stem';

const lines = NOUNS + '\n' + WORDS;

/** Everything an index holds, in insertion order. */
function contents(x: LexiconIndex) {
  return {
    deToRu: [...x['deToRu']].map(([d, m]) => [d, [...m]]),
    ruStems: [...x['ruStems']].sort(),
    deStems: [...x['deStems']].sort(),
  };
}

describe('precomputed stems of the built-in lists', () => {
  it('are current: written from the lists as they are (else run node scripts/fidelity-stems.mjs)', () => {
    expect(BUILTIN_STEMS_OF).toBe(listsHash(lines));
    expect(BUILTIN_STEMMED.trim()).toBe(stemBuiltinLists(snowballStemmers));
  });

  it('build the same index as stemming the lists', () => {
    const eager = new LexiconIndex(snowballStemmers, lines);
    const built = LexiconIndex.builtin(snowballStemmers);
    expect(contents(eager).deToRu.length).toBeGreaterThan(500);
    expect(contents(built)).toEqual(contents(eager));
    for (const w of ['staatshaushalt', 'regierungschef', 'arbeitsplatz', 'haus']) expect(built.splitCompound(w)).toEqual(eager.splitCompound(w));
    for (const r of ['правительств', 'заявл', 'нетслова']) expect(built.hasRussian(r)).toBe(eager.hasRussian(r));
  });

  it('are not used for other stemmers', () => {
    const crude: Stemmers = { de: (w) => w.slice(0, 5), ru: (w) => w.slice(0, 5) };
    expect(contents(LexiconIndex.builtin(crude))).toEqual(contents(new LexiconIndex(crude, lines)));
    expect(LexiconIndex.builtin(crude).translations('regie')).toBeDefined();
  });

  it('hash another text differently', () => {
    expect(listsHash(lines + ' ')).not.toBe(listsHash(lines));
    expect(listsHash(lines.replace('=', '-'))).not.toBe(listsHash(lines));
  });
});
