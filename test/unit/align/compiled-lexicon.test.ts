import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileLexicon, CompiledLexicon, CompiledLexiconError, utf8Decode, utf8Encode } from '../../../shared/align/dictionary/compiled';
import { formatLexicon, parseLexicon, type LexiconPair } from '../../../shared/align/dictionary/format';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { baseLexiconFile, readBaseLexicon } from '../../../electron/services/lexicon/base';

const enc = (s: string) => Uint8Array.from(Buffer.from(s, 'utf8'));

const PAIRS: LexiconPair[] = [
  { de: 'sanktion', ru: 'санкц', weight: 1, origin: 'd' },
  { de: 'sanktion', ru: 'кар', weight: 0.5, origin: 'p' },
  { de: 'zahl', ru: 'числ', weight: 0.8, origin: 'd' },
  { de: 'zahl', ru: 'цифр', weight: 0.9, origin: 'c' },
  { de: 'über', ru: 'над', weight: 0.6, origin: 'd' },
  { de: 'ubung', ru: 'упражнен', weight: 1, origin: 'd' },
  { de: 'a', ru: 'а', weight: 0.3, origin: 'p' },
  { de: 'zz', ru: 'я', weight: 1, origin: 'u' },
];

/** Both readings of one lexicon file, row by row, in a comparable form. */
function rows(lex: BilingualLexicon, keys: Iterable<string>): string[] {
  return [...keys].map((k) => `${k}: ${[...lex.lookup(k)].map((l) => `${l.ru}/${l.weight}${l.origin}`).sort().join(' ')}`);
}

describe('the compiled lexicon', () => {
  const tsv = formatLexicon(PAIRS, ['test']);
  const compiled = enc(compileLexicon(tsv));
  const lex = BilingualLexicon.fromCompiled(compiled);
  const eager = BilingualLexicon.fromText(tsv);

  it('answers every lookup as the parsed TSV does, strongest first', () => {
    const keys = new Set(PAIRS.map((p) => p.de));
    expect(rows(lex, keys)).toEqual(rows(eager, keys));
    expect(lex.size).toBe(PAIRS.length);
    expect(lex.lookup('zahl').map((l) => l.ru)).toEqual(['цифр', 'числ']);
    for (const k of keys) expect(lex.has(k)).toBe(true);
  });

  it('knows nothing it does not hold (first, last, between and beyond the stems)', () => {
    for (const k of ['', '0', 'aa', 'sanktio', 'sanktionen', 'zzz', 'ü', 'überall', 'яблок']) {
      expect(lex.has(k)).toBe(false);
      expect(lex.lookup(k)).toEqual([]);
    }
    for (const r of ['санкц', 'кар', 'числ', 'цифр', 'над', 'упражнен', 'а', 'я']) expect(lex.hasRussian(r)).toBe(true);
    for (const r of ['', 'санк', 'санкци', 'б', 'яя', 'abc']) expect(lex.hasRussian(r)).toBe(false);
    expect([...lex.russianStems()].sort()).toEqual([...new Set(PAIRS.map((p) => p.ru))].sort());
  });

  it('finds stems that are prefixes of one another, and none of their unlisted prefixes or extensions', () => {
    // Chains of stems each the start of the next, rows of very different lengths.
    const chain = ['ab', 'abc', 'abcd', 'abcde', 'abd', 'arbeit', 'arbeits', 'arbeitslos', 'ärger', 'ärgerlich', 'ü', 'übung'];
    const pairs: LexiconPair[] = chain.flatMap((de, k) =>
      Array.from({ length: 1 + ((k * 7) % 40) }, (_, j) => ({ de, ru: `р${k}ф${j}`, weight: 0.1 + (j % 9) / 10, origin: 'd' as const })),
    );
    const text = formatLexicon(pairs);
    const compiledChain = BilingualLexicon.fromCompiled(enc(compileLexicon(text)));
    const eagerChain = BilingualLexicon.fromText(text);
    const probes = [...chain, ...chain.map((w) => w.slice(0, -1)), ...chain.map((w) => w + 'a'), ...chain.map((w) => w + '\u00e4'), 'a', 'abce', 'arbeitsl', 'b', 'zzz', ''];
    for (const p of probes) {
      expect(compiledChain.has(p), p).toBe(eagerChain.has(p));
      expect(rows(compiledChain, [p])).toEqual(rows(eagerChain, [p]));
    }
    const ruStems = pairs.map((p) => p.ru);
    for (const r of [...ruStems, ...ruStems.map((x) => x.slice(0, -1)), ...ruStems.map((x) => x + '0')]) expect(compiledChain.hasRussian(r), r).toBe(eagerChain.hasRussian(r));
  });

  it('takes pairs added on top without losing the compiled ones', () => {
    const over = BilingualLexicon.fromCompiled(compiled);
    over.addStems('zahl', 'номер', 0.7, 'u');
    over.addStems('zahl', 'числ', 1, 'l');
    over.addStems('neu', 'нов', 1, 'u');
    expect(over.lookup('zahl').map((l) => `${l.ru}/${l.weight}${l.origin}`)).toEqual(['числ/1l', 'цифр/0.9c', 'номер/0.7u']);
    expect(over.lookup('neu').map((l) => l.ru)).toEqual(['нов']);
    expect(over.hasRussian('нов') && over.hasRussian('кар')).toBe(true);
    expect(over.size).toBe(PAIRS.length + 2);
    // The compiled rows themselves are not changed by an overlay.
    expect(lex.lookup('zahl').map((l) => l.ru)).toEqual(['цифр', 'числ']);
  });

  it('refuses with a clear message what is not a compiled lexicon, or a truncated one', () => {
    expect(() => CompiledLexicon.parse(enc(tsv))).toThrow(CompiledLexiconError);
    expect(() => CompiledLexicon.parse(enc(''))).toThrow(/not a compiled lexicon/);
    expect(() => CompiledLexicon.parse(compiled.slice(0, compiled.length - 5))).toThrow(/truncated/);
    const other = compileLexicon(tsv).replace('\t1\t', '\t9\t');
    expect(() => CompiledLexicon.parse(enc(other))).toThrow(/version 9/);
  });

  it('encodes and decodes UTF-8 like the platform', () => {
    for (const s of ['', 'abc', 'Größe', 'санкция', '€ 5', '𝔘nicode']) {
      expect(Buffer.from(utf8Encode(s)).toString('utf8')).toBe(s);
      expect(utf8Decode(enc(s), 0, enc(s).length)).toBe(s);
    }
  });
});

describe('reading the shipped base lexicon', () => {
  const dirs: string[] = [];
  const original = process.env['SVERKA_RESOURCES'];
  afterEach(() => {
    if (original === undefined) delete process.env['SVERKA_RESOURCES'];
    else process.env['SVERKA_RESOURCES'] = original;
  });

  /** A resources folder with a small TSV (and optionally its compiled form). */
  function resources(tsv: string, compiled?: Uint8Array | string): void {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sverka-lex-'));
    dirs.push(dir);
    const lexDir = path.join(dir, 'lexicon');
    mkdirSync(lexDir);
    writeFileSync(path.join(lexDir, 'de-ru.tsv'), tsv);
    if (compiled !== undefined) writeFileSync(path.join(lexDir, 'de-ru.lexc'), compiled);
    process.env['SVERKA_RESOURCES'] = dir;
  }

  it('prefers the compiled form and falls back to the TSV when it is missing, stale or unreadable', () => {
    const tsv = formatLexicon(PAIRS);
    const otherTsv = formatLexicon([{ de: 'haus', ru: 'дом', weight: 1, origin: 'd' }]);
    resources(otherTsv, compileLexicon(tsv));
    expect(readBaseLexicon()!.has('sanktion')).toBe(true);
    resources(tsv);
    expect(readBaseLexicon()!.has('sanktion')).toBe(true);
    resources(tsv, 'garbage\n');
    expect(readBaseLexicon()!.lookup('zahl')).toHaveLength(2);
    // A TSV newer than its compiled form wins (the compiled one is from an older build).
    resources(tsv, compileLexicon(otherTsv));
    const old = new Date(Date.now() - 60_000);
    utimesSync(baseLexiconFile().replace(/\.tsv$/, '.lexc'), old, old);
    expect(readBaseLexicon()!.has('sanktion')).toBe(true);
    expect(readBaseLexicon()!.has('haus')).toBe(false);
  });

  it('is null when there is no lexicon at all', () => {
    process.env['SVERKA_RESOURCES'] = path.join(os.tmpdir(), 'sverka-no-such-dir');
    expect(readBaseLexicon()).toBeNull();
  });

  it('compiles the shipped TSV into a form that answers like it', () => {
    delete process.env['SVERKA_RESOURCES'];
    const text = readFileSync(baseLexiconFile(), 'utf8');
    const eager = BilingualLexicon.fromText(text);
    const lazy = BilingualLexicon.fromCompiled(enc(compileLexicon(text)));
    const keys: string[] = [];
    const ru = new Set<string>();
    parseLexicon(text, (de, r) => {
      if (keys[keys.length - 1] !== de) keys.push(de);
      ru.add(r);
    });
    expect(lazy.size).toBe(eager.size);
    // Every 97th stem and every 31st Russian stem (spreads over the whole alphabet).
    const sample = keys.filter((_, k) => k % 97 === 0);
    expect(rows(lazy, sample)).toEqual(rows(eager, sample));
    expect([...ru].filter((_, k) => k % 31 === 0).every((r) => lazy.hasRussian(r))).toBe(true);
    // Stems beside the sampled ones (found or not, as the TSV says): the search lands between rows too.
    const near = sample.flatMap((k) => [k.slice(0, -1), k + 'a', k + 'zz', k + '\u00e4']);
    expect(near.map((k) => lazy.has(k))).toEqual(near.map((k) => eager.has(k)));
    expect(near.some((k) => !eager.has(k))).toBe(true);
    const ruNear = [...ru].filter((_, k) => k % 31 === 0).flatMap((r) => [r.slice(0, -1), r + 'я']);
    expect(ruNear.map((r) => lazy.hasRussian(r))).toEqual(ruNear.map((r) => eager.hasRussian(r)));
  }, 60_000);
});
