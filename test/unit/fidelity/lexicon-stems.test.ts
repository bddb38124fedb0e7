import { describe, expect, it } from 'vitest';
import { LexiconIndex, listsHash, packBuiltinLists } from '../../../shared/fidelity/lexicon-index';
import { NOUNS } from '../../../shared/fidelity/lexicon-nouns';
import { BUILTIN_INDEX, BUILTIN_STEMS_OF } from '../../../shared/fidelity/lexicon-stems';
import { WORDS } from '../../../shared/fidelity/lexicon-words';
import { snowballStemmers, type Stemmers } from '../../../shared/fidelity/stem';

const lines = NOUNS + '\n' + WORDS;

/** Everything an index answers for the stems of `eager` (the index built by stemming the lists). */
function contents(x: LexiconIndex, eager: LexiconIndex) {
  const de = [...eager['deToRu'].keys()];
  const ru = [...eager['ruStems']];
  return {
    translations: de.map((d) => [d, [...(x.translations(d) ?? [])]]),
    unknown: ['nichtswort', 'xyz', '__proto__', 'constructor'].map((d) => x.translations(d)),
    russian: ru.map((r) => x.hasRussian(r)),
    deStems: de.map((d) => x['hasDeStem'](d)),
    ruCount: x['ruStems'].size,
  };
}

describe('precomputed stems of the built-in lists', () => {
  it('are current: written from the lists as they are (else run node scripts/fidelity-stems.mjs)', () => {
    expect(BUILTIN_STEMS_OF).toBe(listsHash(lines));
    expect(BUILTIN_INDEX).toBe(packBuiltinLists());
  });

  it('build the same index as stemming the lists', () => {
    const eager = new LexiconIndex(snowballStemmers, lines);
    const built = LexiconIndex.builtin(snowballStemmers);
    expect(built['packed']).not.toBeNull();
    expect(contents(eager, eager).translations.length).toBeGreaterThan(500);
    expect(contents(built, eager)).toEqual(contents(eager, eager));
    // Unpacked rows are the same Map on every lookup (the matcher buckets them once).
    expect(built.translations('regier')).toBe(built.translations('regier'));
    for (const w of ['staatshaushalt', 'regierungschef', 'arbeitsplatz', 'haus']) expect(built.splitCompound(w)).toEqual(eager.splitCompound(w));
    for (const r of ['правительств', 'заявл', 'нетслова']) expect(built.hasRussian(r)).toBe(eager.hasRussian(r));
  });

  it('are not used for other stemmers', () => {
    const crude: Stemmers = { de: (w) => w.slice(0, 5), ru: (w) => w.slice(0, 5) };
    const eager = new LexiconIndex(crude, lines);
    expect(LexiconIndex.builtin(crude)['packed']).toBeNull();
    expect(contents(LexiconIndex.builtin(crude), eager)).toEqual(contents(eager, eager));
    expect(LexiconIndex.builtin(crude).translations('regie')).toBeDefined();
  });

  it('hash another text differently', () => {
    expect(listsHash(lines + ' ')).not.toBe(listsHash(lines));
    expect(listsHash(lines.replace('=', '-'))).not.toBe(listsHash(lines));
  });
});
