import { readFileSync } from 'node:fs';
import path from 'node:path';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru.js';
import { describe, expect, it } from 'vitest';
import '../../../shared/align/stemmers';
import { stemDe, stemRu } from '../../../shared/align/stem';

/** Lower-case words of one column of the fidelity test set (German or Russian sentences). */
function words(column: number): string[] {
  const out = new Set<string>();
  for (const split of ['dev', 'held']) {
    const lines = readFileSync(path.join(__dirname, '../../fixtures/fidelity', `${split}.tsv`), 'utf8').split('\n').slice(1);
    for (const line of lines) for (const w of (line.split('\t')[column] ?? '').toLowerCase().match(/[\p{L}]+/gu) ?? []) out.add(w);
  }
  return [...out];
}

describe('the cached Snowball stemmers', () => {
  // stem.ts runs the algorithm past the nlp.js stemWord wrapper (its dictionary and cache):
  // every word must come out as stemWord gives it.
  it('stem German words as the nlp.js stemWord does', () => {
    const ref = new StemmerDe();
    const ws = [...words(2), 'straße', 'größten', 'müßig', 'häuser', 'bauen', 'aufbauend', 'freundlichkeit', 'nisse', 'ergebnissen', 'a', ''];
    expect(ws.length).toBeGreaterThan(1000);
    for (const w of ws) expect(stemDe(w), w).toBe(ref.stemWord(w));
  });

  it('stem Russian words as the nlp.js stemWord does', () => {
    const ref = new StemmerRu();
    const ws = [...words(3), 'ёлка', 'её', 'пришёл', 'я', ''];
    expect(ws.length).toBeGreaterThan(1000);
    for (const w of ws) expect(stemRu(w), w).toBe(ref.stemWord(w.replace(/ё/g, 'е')));
  });
});
