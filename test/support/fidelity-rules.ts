import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { BilingualLexicon } from '../../shared/align/dictionary/lexicon';
import { appMatcher, checkQuote, type FidelityFlag, type FlagReason } from '../../shared/fidelity';
import { repoRoot } from './paths';

/** The app's matcher: the built-in list and the shipped base lexicon (read once per test file). */
export const appFidelityMatcher = appMatcher(BilingualLexicon.fromText(readFileSync(path.join(repoRoot, 'electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8')));

/** The defect flags the app raises on one quotation/source pair. */
export function appDefects(german: string, russian: string): FidelityFlag[] {
  return checkQuote({ german, russian }, { matcher: appFidelityMatcher }).flags.filter((f) => f.status === 'defect');
}

/** Asserts a flag with this reason among `flags`, naming the given German and Russian words when they are not null. */
export function expectFlag(flags: readonly FidelityFlag[], reason: string, deWord: string | null, ruWord: string | null): void {
  const f = flags.find((x) => x.reason === (reason as FlagReason));
  expect(f, JSON.stringify(flags)).toBeDefined();
  if (deWord) expect(f!.german.map((w) => w.text).join(' ')).toContain(deWord);
  if (ruWord) expect(f!.russian.map((w) => w.text).join(' ')).toContain(ruWord);
}
