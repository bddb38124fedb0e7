import { describe, expect, it } from 'vitest';
import { appDefects, expectFlag } from '../../support/fidelity-rules';

// Conjuncts, generic nouns of people and degree adverbs before comparatives (method step 13 of
// shared/fidelity/README.md), with the app's matcher.
const defects = appDefects;

describe('fidelity phrases: faithful renderings stay unflagged', () => {
  it.each([
    ['a generic noun of people after an adjective (ältere Menschen / пожилые)', 'Die Stadt hilft älteren Menschen beim Einkaufen.', 'Город помогает пожилым с покупками.'],
    ['junge Leute for молодёжь', 'Viele junge Leute ziehen in die Hauptstadt.', 'Много молодёжи переезжает в столицу.'],
    ['a degree adverb before a comparative on both sides', 'Die Miete ist deutlich höher.', 'Аренда значительно выше.'],
    ['a comparative with no degree adverb on either side', 'Die Ernte ist kleiner.', 'Урожай меньше.'],
  ] as const)('%s', (_name, german, russian) => {
    expect(defects(german, russian).filter((f) => f.kind === 'addition' || f.kind === 'omission')).toEqual([]);
  });
});

describe('fidelity phrases: defects found', () => {
  it.each([
    ['a conjunct dropped after a noun the lexicon misses, beside a truncated compound', 'Die Bahn baut eine neue Ein- und Ausfahrt.', 'Железная дорога строит новый въезд и большую парковку для грузовиков.', 'omission-words', null, 'парковку'],
    ['a conjunct whose noun ends in -л after its adjective', 'Die Stadt baut einen Bahnhof.', 'Город строит вокзал и новый канал.', 'omission-words', null, 'канал'],
    ['a degree adverb added before a comparative', 'Die Preise sind erheblich höher.', 'Цены выше.', 'addition-intensifier', 'erheblich', null],
    ['a degree adverb dropped before a comparative', 'Die Preise sind höher.', 'Цены намного выше.', 'omission-intensifier', null, 'намного'],
  ] as const)('%s', (_name, german, russian, reason, deWord, ruWord) => {
    expectFlag(defects(german, russian), reason, deWord, ruWord);
  });

  it('still reports a German conjunct joined by a free-standing und as no omission', () => {
    expect(defects('Die Stadt baut einen Bahnhof und einen Kanal.', 'Город строит вокзал и новый канал.').filter((f) => f.kind === 'omission')).toEqual([]);
  });
});
