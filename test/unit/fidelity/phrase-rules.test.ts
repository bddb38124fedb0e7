import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { appMatcher, checkQuote, type FlagReason } from '../../../shared/fidelity';
import { repoRoot } from '../../support/paths';

// Conjuncts, generic nouns of people and degree adverbs before comparatives (method step 13 of
// shared/fidelity/README.md), with the app's matcher.
const matcher = appMatcher(BilingualLexicon.fromText(readFileSync(path.join(repoRoot, 'electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8')));
const defects = (german: string, russian: string) => checkQuote({ german, russian }, { matcher }).flags.filter((f) => f.status === 'defect');

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
    const flags = defects(german, russian);
    const f = flags.find((x) => x.reason === (reason as FlagReason));
    expect(f, JSON.stringify(flags)).toBeDefined();
    if (deWord) expect(f!.german.map((w) => w.text).join(' ')).toContain(deWord);
    if (ruWord) expect(f!.russian.map((w) => w.text).join(' ')).toContain(ruWord);
  });

  it('still reports a German conjunct joined by a free-standing und as no omission', () => {
    expect(defects('Die Stadt baut einen Bahnhof und einen Kanal.', 'Город строит вокзал и новый канал.').filter((f) => f.kind === 'omission')).toEqual([]);
  });
});
