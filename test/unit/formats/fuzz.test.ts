import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../shared/errors';
import { parseUnits, type UnitFormat } from '../../../shared/formats';
import { rng } from '../../fixtures/formats/generate';

const FIX = path.resolve(__dirname, '../../fixtures/formats');

// Damage that real files suffer: lost or doubled ranges, stray markup characters, truncation.
const INSERTS = ['<', '>', '&', '"', "'", '</seg>', '<tu>', '&#0;', '&lol;', ']]>', '<!--', '\u0000', '\uFEFF', ',', '\r\n', '{', '{9}', '\t'];

function mutate(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length);
  const len = 1 + Math.floor(r() * 40);
  switch (Math.floor(r() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    case 2:
      return text.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + text.slice(at);
    default:
      return text.slice(0, at);
  }
}

describe('damaged files give a ParseError or units, never another exception', () => {
  it.each([
    ['tmx', 'golden.tmx'],
    ['tmx', 'trados-style.tmx'],
    ['xliff12', 'golden.xlf'],
    ['xliff12', 'okapi-style-1.2.xlf'],
    ['xliff21', 'golden-ru-de.xliff21.xlf'],
    ['xliff21', 'foreign-2.1.xlf'],
    ['csv', 'golden.csv'],
  ] as Array<[UnitFormat, string]>)('%s %s', (format, file) => {
    const original = readFileSync(path.join(FIX, file), 'utf8');
    const r = rng(file.length * 7919);
    let errors = 0;
    for (let i = 0; i < 300; i++) {
      let text = original;
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) text = mutate(text, r);
      try {
        parseUnits(format, text);
      } catch (e) {
        if (!(e instanceof ParseError)) throw new Error(`mutation ${i} of ${file} threw ${String(e)}\n---\n${text}`);
        expect(e.line).toBeTypeOf('number');
        errors++;
      }
    }
    // The damage must actually be noticed most of the time, or the test proves nothing.
    expect(errors).toBeGreaterThan(100);
  });
});
