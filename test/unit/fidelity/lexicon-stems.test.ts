import { describe, expect, it, vi } from 'vitest';
import { builtinLists, LexiconIndex, packBuiltinLists } from '../../../shared/fidelity/lexicon-index';
import { NOUNS } from '../../../shared/fidelity/lexicon-nouns';
import { BUILTIN_INDEX, BUILTIN_LISTS } from '../../../shared/fidelity/lexicon-stems';
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
    expect(BUILTIN_LISTS).toBe(lines);
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

  it('keep the lists they were written from, and are not used once the lists differ', async () => {
    expect(BUILTIN_LISTS).toBe(builtinLists());
    for (const stale of [lines + ' ', lines.replace('=', '-')]) {
      vi.resetModules();
      vi.doMock('../../../shared/fidelity/lexicon-stems', () => ({ BUILTIN_LISTS: stale, BUILTIN_INDEX }));
      try {
        const fresh = await import('../../../shared/fidelity/lexicon-index');
        const stems = await import('../../../shared/fidelity/stem');
        const built = fresh.LexiconIndex.builtin(stems.snowballStemmers);
        expect(built['packed']).toBeNull();
        expect(built.translations('regier')).toEqual(new LexiconIndex(snowballStemmers, lines).translations('regier'));
      } finally {
        vi.doUnmock('../../../shared/fidelity/lexicon-stems');
      }
    }
  });
});
