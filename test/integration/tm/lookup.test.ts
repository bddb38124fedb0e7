import { beforeAll, describe, expect, it } from 'vitest';
import { fileTm } from './helpers';
import { EXACT_CASES, FILLER, MEMORY, ru } from './memory-suite';

let tm: ReturnType<typeof fileTm>['tm'];
beforeAll(() => {
  ({ tm } = fileTm(undefined, 'file'));
  tm.add(MEMORY);
  tm.add(FILLER);
});

describe('TM lookup', () => {
  it.each(EXACT_CASES)('%s', (_what, query, targetLang, score, target) => {
    const [best] = tm.lookup(query, { sourceLang: 'ru', targetLang });
    expect(best).toBeDefined();
    expect(best!.score).toBe(score);
    expect(best!.target).toBe(target);
  });

  it('ß/ss is folded (German source)', () => {
    const [best] = tm.lookup('Die Strasse ist gesperrt.', { sourceLang: 'de', targetLang: 'ru' });
    expect(best).toMatchObject({ score: 99, target: 'Улица перекрыта.' });
  });

  it('orders fuzzy matches by closeness, none at 100, best first', () => {
    const matches = tm.lookup('Президент подписал указ о новых мерах помощи.', { sourceLang: 'ru', targetLang: 'de', minScore: 30 });
    expect(matches.map((m) => m.source)).toEqual([
      'Президент подписал указ о новых мерах поддержки.',
      'Президент подписал указ о мерах поддержки.',
      'Президент подписал закон.',
    ]);
    const scores = matches.map((m) => m.score);
    expect(scores[0]).toBeLessThan(100);
    expect(scores[0]).toBeGreaterThanOrEqual(85);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.at(-1)).toBeLessThan(60);
    // The default threshold of 50 keeps the weak one out.
    expect(tm.lookup('Президент подписал указ о новых мерах помощи.', { targetLang: 'de' }).every((m) => m.score >= 50)).toBe(true);
  });

  it('penalises machine origin and missing review', () => {
    const matches = tm.lookup('Министр заявил, что переговоры продолжатся.', { sourceLang: 'ru', targetLang: 'de' });
    expect(matches.map((m) => [m.origin, m.similarity, m.score])).toEqual([
      ['human', 100, 95],
      ['machine', 100, 85],
    ]);
  });

  it('applies the minimum score and the limit', () => {
    expect(tm.lookup('Совсем другое предложение без совпадений.', { sourceLang: 'ru' })).toEqual([]);
    const some = tm.lookup('Президент подписал указ о новых мерах помощи.', { minScore: 0, limit: 2 });
    expect(some).toHaveLength(2);
    expect(tm.lookup('Президент подписал закон.', { minScore: 100, targetLang: 'de' }).map((m) => m.target)).toEqual([
      'Der Präsident unterzeichnete ein Gesetz.',
    ]);
  });

  it('finds short fuzzy matches without trigrams and ignores empty queries', () => {
    expect(tm.lookup('Нет!', { targetLang: 'de' })[0]).toMatchObject({ target: 'Nein' });
    expect(tm.lookup('   ')).toEqual([]);
  });

  it('reports provenance with each match', () => {
    const [best] = tm.lookup('Да');
    expect(best!.provenance).toMatchObject({ projectId: null, importId: null, props: {}, notes: [] });
    expect(Date.parse(best!.provenance.changed)).not.toBeNaN();
  });

  it('ranks on the candidates and returns the chosen ones whole: conflicting versions newest first', () => {
    const { tm: own } = fileTm(undefined, 'file');
    const source = 'Совет директоров утвердил годовой отчёт компании.';
    const base = { sourceLang: 'ru', targetLang: 'de', source, origin: 'human', reviewed: true } as const;
    own.add([
      { ...base, target: 'Der Vorstand billigte den Jahresbericht.', changed: '2024-01-01T00:00:00.000Z', props: { client: 'A' }, notes: ['alt'] },
      { ...base, target: 'Der Aufsichtsrat billigte den Jahresbericht.', changed: '2025-06-01T00:00:00.000Z', props: { client: 'B' }, notes: ['neu'] },
      { ...base, target: 'Das Direktorium billigte den Jahresbericht.', changed: '2023-01-01T00:00:00.000Z' },
    ]);
    const query = 'Совет директоров утвердил годовой отчёт.';
    const all = own.lookup(query, { sourceLang: 'ru', targetLang: 'de' });
    expect(all.map((m) => m.provenance.changed)).toEqual(['2025-06-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z']);
    const [best, ...rest] = own.lookup(query, { sourceLang: 'ru', targetLang: 'de', limit: 1 });
    expect(rest).toEqual([]);
    expect(best).toEqual(all[0]);
    expect(best).toMatchObject({ target: 'Der Aufsichtsrat billigte den Jahresbericht.', provenance: { props: { client: 'B' }, notes: ['neu'] } });
  });

  it('reads the keys of sampled ids that exist, in lists of any length', () => {
    const { tm: own } = fileTm(undefined, 'file');
    const units = Array.from({ length: 70 }, (_, i) => ({ sourceLang: 'ru', targetLang: 'de', source: `Строка номер ${i}.`, target: `Zeile Nummer ${i}.`, origin: 'human' as const }));
    own.add(units);
    const { min } = own.repo.idRange();
    const ids = [min + 69, min, 10_000, ...Array.from({ length: 66 }, (_, i) => min + 1 + i)];
    const keys = own.repo.keys('target', ids);
    expect(keys).toHaveLength(68);
    expect(new Set(keys)).toEqual(new Set(Array.from({ length: 68 }, (_, i) => `zeile nummer ${i === 67 ? 69 : i}.`)));
  });
});

describe('TM concordance', () => {
  it.each([
    ['a word in the source', 'указ', 'both', 2],
    ['folded: е finds ё', 'елка', 'both', 1],
    ['a German word, target side', 'präsident', 'target', 3],
    ['German word is not in the Russian side', 'präsident', 'source', 0],
    ['short query matches whole words', 'да', 'both', 1],
    ['a phrase across words', 'мерах поддержки', 'both', 2],
  ] as const)('%s', (_what, query, side, count) => {
    const hits = tm.concordance(query, { side, sourceLang: 'ru', targetLang: 'de' });
    expect(hits).toHaveLength(count);
  });

  it('says where the text was found and returns newest first', () => {
    const hits = tm.concordance('Präsident', { targetLang: 'de' });
    expect(hits.every((h) => h.foundIn === 'target')).toBe(true);
    const ids = hits.map((h) => h.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });

  it('respects the limit on common text', () => {
    expect(tm.concordance('Отчёт номер', { limit: 7 })).toHaveLength(7);
    expect(tm.concordance('Mittwochabend', { limit: 1000 })).toHaveLength(300);
  });
});

describe('adding units', () => {
  it('merges duplicates: same normalised source and target and languages', () => {
    let clock = 0;
    const { tm: t, db } = fileTm(() => `2026-11-27T05:0${clock}:00.000Z`);
    t.add([ru('Это тест.', 'Das ist ein Test.', { reviewed: false, origin: 'machine' })]);
    clock = 1;
    const res = t.add([ru('ЭТО  тест.', 'Das ist ein Test.', { reviewed: true, reviewer: 'anna', notes: ['geprüft'] })]);
    expect(res).toEqual({ added: 0, merged: 1, skipped: 0 });
    expect(db.prepare('SELECT COUNT(*) FROM tm_units').pluck().get()).toBe(1);
    const [u] = t.lookup('Это тест.');
    expect(u).toMatchObject({ origin: 'human', reviewed: true, source: 'Это тест.' });
    expect(u!.provenance).toMatchObject({ reviewer: 'anna', notes: ['geprüft'], created: '2026-11-27T05:00:00.000Z', changed: '2026-11-27T05:01:00.000Z' });
    // A different target is a different unit.
    expect(t.add([ru('Это тест.', 'Dies ist ein Test.')]).added).toBe(1);
  });

  it('skips units without a source or target and keeps provenance of confirmed pairs', () => {
    const { tm: t } = fileTm();
    const res = t.add([
      ru('  ', 'leer'),
      ru('Пусто', ' '),
      ru('Он сказал: «Мы готовы».', 'Er sagte: „Wir sind bereit.“', { sourceSpan: { start: 11, end: 22 }, targetSpan: { start: 10, end: 27 }, reviewer: 'anna' }),
    ]);
    expect(res).toEqual({ added: 1, merged: 0, skipped: 2 });
    const [m] = t.lookup('Он сказал: «Мы готовы».');
    expect(m!.provenance).toMatchObject({ sourceSpan: { start: 11, end: 22 }, targetSpan: { start: 10, end: 27 }, reviewer: 'anna' });
  });
});
