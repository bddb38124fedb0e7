import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { appMatcher, checkQuote, lexiconMatcher, snowballStemmers, type StemLexicon } from '../../../shared/fidelity';
import { repoRoot } from '../../support/paths';

const base = BilingualLexicon.fromText(readFileSync(path.join(repoRoot, 'electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8'));
const app = appMatcher(base);

/** Defect flags as "kind:german words|russian words". */
function defects(german: string, russian: string): string[] {
  return checkQuote({ german, russian }, { matcher: app })
    .flags.filter((f) => f.status === 'defect')
    .map((f) => `${f.kind}:${f.german.map((w) => w.text).join(' ')}|${f.russian.map((w) => w.text).join(' ')}`);
}

describe('added attributes', () => {
  it.each([
    ['Der Sprecher hat die offene Kritik scharf zurückgewiesen.', 'Представитель резко отверг критику.', 'offene'],
    ['Wir verurteilen diesen feigen Anschlag.', 'Мы осуждаем это нападение.', 'feigen'],
    ['Die Polizei hat zwei bewaffnete Männer festgenommen.', 'Полиция задержала двух мужчин.', 'bewaffnete'],
  ])('flags the adjective in %s', (de, ru, word) => {
    expect(defects(de, ru)).toContain(`addition:${word}|`);
  });

  it.each([
    // the attribute on both sides, before or (a participle phrase) after the noun
    ['Die Opposition hat die Wahl als grobe Fälschung bezeichnet.', 'Оппозиция назвала выборы грубой фальсификацией.'],
    ['Über in westlichen Hauptstädten verfasste Ultimaten sprechen wir nicht.', 'Мы не обсуждаем ультиматумы, написанные в западных столицах.'],
    // rendered by a genitive after the noun
    ['Die städtischen Behörden haben den Markt geschlossen.', 'Власти города закрыли рынок.'],
    // an adverb after a negation, not an attribute
    ['Wir wollen nicht länger Objekt fremder Politik sein.', 'Мы больше не хотим быть объектом чужой политики.'],
  ])('leaves %s alone', (de, ru) => {
    expect(defects(de, ru).filter((f) => f.startsWith('addition'))).toEqual([]);
  });

  it('pairs unknown verbs of the two sides instead of reading the German one as added', () => {
    expect(defects('Die Armee hat die Brücke repariert.', 'Армия отремонтировала мост.')).toEqual([]);
    expect(defects('Die Stadt hat einen neuen Park eröffnet.', 'Город открыл новый парк.')).toEqual([]);
    // the verb of an omitted clause is not taken for the German one
    expect(defects('Wir werden alle Verpflichtungen erfüllen.', 'Мы выполним все обязательства, если наши партнёры сделают то же самое.').some((f) => f.startsWith('omission'))).toBe(true);
  });
});

describe('closed classes', () => {
  it('reads a separable "statt" as a verb particle, the preposition as a negation', () => {
    expect(defects('Das Treffen findet am 3. Mai statt.', 'Встреча состоится 3 мая.')).toEqual([]);
    expect(defects('Statt Gesprächen gab es Drohungen.', 'Вместо переговоров были угрозы.')).toEqual([]);
  });

  it('reads нужно before a noun as need, before an infinitive as an obligation', () => {
    expect(defects('Wir brauchen eine schnelle Lösung.', 'Нам нужно быстрое решение.')).toEqual([]);
    expect(defects('Die Reform ist notwendig.', 'Реформа необходима.')).toEqual([]);
    expect(defects('Wir werden bald fahren.', 'Нам нужно скоро уехать.')).toContain('hedge:|нужно');
  });
});

describe('competitive correspondence', () => {
  it('does not let a weaker sense share a Russian word another German word renders', () => {
    // A lexicon in which "völlig" is a weaker sense of "осудил" and "kritisiert" its full pair.
    const lex: StemLexicon = {
      stemmers: snowballStemmers,
      translations: (s) =>
        s === snowballStemmers.de('kritisiert') ? new Map([[snowballStemmers.ru('осудил'), 1]]) : s === snowballStemmers.de('völlig') ? new Map([[snowballStemmers.ru('осудил'), 0.9]]) : undefined,
    };
    const r = checkQuote({ german: 'Er hat es völlig kritisiert.', russian: 'Он осудил.' }, { matcher: lexiconMatcher(lex) });
    const holders = r.links.filter((l) => l.russian.some((w) => w.text === 'осудил')).map((l) => l.german.text);
    expect(holders).toEqual(['kritisiert']);
  });
});
