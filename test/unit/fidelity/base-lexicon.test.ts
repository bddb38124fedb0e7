import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { appMatcher, builtinMatcher, checkQuote } from '../../../shared/fidelity';
import { repoRoot } from '../../support/paths';

const base = BilingualLexicon.fromText(readFileSync(path.join(repoRoot, 'electron', 'resources', 'lexicon', 'de-ru.tsv'), 'utf8'));

describe('the app matcher (built-in list + shipped base lexicon)', () => {
  it('links words the built-in list does not know, through the base lexicon', () => {
    const builtin = builtinMatcher();
    const app = appMatcher(base);
    expect(builtin.match('kühe', 'коровы')).toBeNull();
    expect(app.match('kühe', 'коровы')?.kind).toBe('lexicon');
    expect(app.match('wahrheit', 'правду')?.kind).toBe('lexicon');
    expect(app.knowsGerman?.('wahrheit')).toBe(true);
    expect(app.knowsRussian?.('правду')).toBe(true);
    const r = checkQuote({ german: 'Wir sagen immer die Wahrheit über den Vertrag.', russian: 'Мы всегда говорим правду о договоре.' }, { matcher: app });
    const l = r.links.find((x) => x.german.text === 'Wahrheit');
    expect(l?.russian.map((w) => w.text)).toEqual(['правду']);
    expect(r.links.find((x) => x.german.text === 'Vertrag')?.russian.map((w) => w.text)).toEqual(['договоре']);
  });

  it('splits German compounds with the quotation search splitter', () => {
    const app = appMatcher(base);
    expect(app.match('sanktionswahnsinn', 'санкций')?.kind).toBe('compound');
  });

  it('still catches a dropped negation and a changed number', () => {
    const app = appMatcher(base);
    const r = checkQuote({ german: 'Wir werden 30 Milliarden Dollar zahlen.', russian: 'Мы не будем платить 3 миллиарда долларов.' }, { matcher: app });
    expect(r.flags.map((f) => f.kind).sort()).toEqual(['negation', 'number']);
  });

  it('is the built-in list alone without a base lexicon', () => {
    expect(appMatcher(null)).toBe(builtinMatcher());
  });
});
