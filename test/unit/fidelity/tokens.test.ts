import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inCommonBlocks, tokenizeSide } from '../../../shared/fidelity/tokens';
import { repoRoot } from '../../support/paths';

// A letter outside the common blocks (CJK) sends a text to the \p{L} regex; as the last word it
// leaves the tokens before it as they are, so the two paths can be compared on the same text.
const FAR = ' 中';
const viaPropertyRegex = (text: string) => {
  const toks = tokenizeSide(text + FAR);
  expect(toks[toks.length - 1]!.text).toBe('中');
  return toks.slice(0, -1);
};

describe('tokens of texts in the common blocks', () => {
  it('are those of the \\p{L} regex for every code unit of the blocks, as a letter inside, after and before a word and after digits', () => {
    const blocks = [
      [0x0000, 0x024f],
      [0x0400, 0x052f],
      [0x2000, 0x206f],
      [0x20a0, 0x20cf],
    ];
    let checked = 0;
    for (const [from, to] of blocks)
      for (let c = from!; c <= to!; c++) {
        const ch = String.fromCharCode(c);
        const text = `Wa${ch}s ${ch}b 12${ch} 3-${ch}x. ${ch}. д${ch}ж`;
        expect(inCommonBlocks(text)).toBe(true);
        expect(tokenizeSide(text), `U+${c.toString(16)}`).toEqual(viaPropertyRegex(text));
        checked++;
      }
    expect(checked).toBe(0x250 + 0x130 + 0x70 + 0x30);
  });

  it('are those of the \\p{L} regex on every pair of the written test set', () => {
    const lines = ['dev.tsv', 'held.tsv'].flatMap((f) => readFileSync(path.join(repoRoot, 'test', 'fixtures', 'fidelity', f), 'utf8').split('\n'));
    let common = 0;
    for (const line of lines)
      for (const text of line.split('\t').slice(0, 4)) {
        if (!inCommonBlocks(text)) continue;
        common++;
        expect(tokenizeSide(text)).toEqual(viaPropertyRegex(text));
      }
    expect(common).toBeGreaterThan(2000);
  });

  it('leaves other texts to the \\p{L} regex (Greek letters, a combining acute, the numero sign)', () => {
    expect(inCommonBlocks('Αθήνα')).toBe(false);
    expect(inCommonBlocks('e\u0301')).toBe(false);
    expect(inCommonBlocks('№ 5')).toBe(false);
    expect(tokenizeSide('Die Αθήνα-Route').map((t) => t.text)).toEqual(['Die', 'Αθήνα-Route']);
    expect(tokenizeSide('Cafe\u0301 offen').map((t) => t.text)).toEqual(['Cafe\u0301', 'offen']);
  });
});
