import { describe, expect, it } from 'vitest';
import { alignDocuments, writeJson } from '../../../electron/cli/commands/align';
import { DE, RU } from './fixtures';

describe('alignDocuments', () => {
  const ru = RU.slice(0, 6).join('\n') + '\n';
  const de = DE.slice(0, 6).join('\n') + '\n';

  it('produces the CLI contract for segmented input', () => {
    const out = alignDocuments(ru, de, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    expect(out.source.lang).toBe('ru');
    expect(out.target.lang).toBe('de');
    expect(out.source.segments).toHaveLength(6);
    for (const s of out.source.segments) expect(ru.slice(s.start, s.end)).toBe(s.text);
    for (const s of out.target.segments) expect(de.slice(s.start, s.end)).toBe(s.text);
    expect(out.beads.map((b) => [b.source, b.target])).toEqual([0, 1, 2, 3, 4, 5].map((k) => [[k], [k]]));
    // The one quotation of these sentences, found and mapped to its Russian words.
    expect(out.quotes.map((q) => [q.target.text, q.source?.text, q.kind])).toEqual([
      ['Wir sehen keine Alternative zum Dialog', 'Мы не видим никакой альтернативы диалогу', 'quotation'],
    ]);
    const [q] = out.quotes;
    expect(de.slice(q!.target.start, q!.target.end)).toBe(q!.target.text);
    expect(ru.slice(q!.source!.start, q!.source!.end)).toBe(q!.source!.text);
    expect(q!.score).toBeGreaterThan(0.5);
    // What the app stores from the same plan: a full translation, so sentence pairs too.
    expect(out.mode).toBe('sentences');
    expect(out.reason).toMatch(/full translation/);
  });

  it('segments running text itself without --segmented', () => {
    const out = alignDocuments(RU.slice(0, 4).join(' '), DE.slice(0, 4).join(' '), { sourceLang: 'ru', targetLang: 'de', segmented: false });
    expect(out.source.segments.length).toBeGreaterThanOrEqual(4);
    expect(out.beads.length).toBeGreaterThanOrEqual(4);
  });

  it('handles empty documents', () => {
    const out = alignDocuments('', de, { sourceLang: 'ru', targetLang: 'de', segmented: true });
    expect(out.source.segments).toEqual([]);
    expect(out.beads).toHaveLength(6);
    expect(out.beads.every((b) => b.source.length === 0)).toBe(true);
    expect(out.quotes.map((q) => [q.target.text, q.source])).toEqual([['Wir sehen keine Alternative zum Dialog', null]]);
    expect(out.mode).toBe('quotes');
  });
});

describe('writeJson', () => {
  const pieces = (value: unknown): string[] => {
    const out: string[] = [];
    writeJson(value, (t) => out.push(t));
    return out;
  };

  it('writes the bytes of JSON.stringify and a line end, in pieces for a long output', () => {
    const ru = RU.join('\n') + '\n';
    const de = DE.join('\n') + '\n';
    const out = alignDocuments(ru.repeat(40), de.repeat(40), { sourceLang: 'ru', targetLang: 'de', segmented: true });
    const written = pieces(out);
    expect(written.join('')).toBe(JSON.stringify(out) + '\n');
    expect(written.length).toBeGreaterThan(1);
    for (const p of written.slice(0, -1)) expect(p.length).toBeLessThan(2 * 65_536);
  });

  it('leaves out and nulls what JSON.stringify does, and honours toJSON', () => {
    const value = {
      a: undefined,
      b: [1, undefined, () => 0, Symbol('s'), null, { c: undefined, d: [{ e: new Date(0), f: 'x"\u2028' }] }],
      g: { toJSON: () => 'own' },
      h: new Map([[1, 2]]),
      i: Float64Array.of(0.5, -0),
      j: 'Ёлка „Zitat“',
      k: NaN,
    };
    expect(pieces(value).join('')).toBe(JSON.stringify(value) + '\n');
    expect(pieces([]).join('')).toBe('[]\n');
    expect(pieces('text').join('')).toBe('"text"\n');
  });

  it('writes long lists in runs with the bytes of JSON.stringify, and the items with a toJSON as before', () => {
    const items = Array.from({ length: 100 }, (_, k) =>
      k === 40 ? new Date(k) : k === 70 ? { inner: new Date(k), list: [new Date(k)] } : k === 90 ? undefined : { n: k, s: [k, 'ä"'], skip: undefined },
    );
    for (const value of [{ a: { items } }, { items }, items, { a: { b: { items } } }]) {
      expect(pieces(Object.freeze(value)).join('')).toBe(JSON.stringify(value) + '\n');
    }
    // A toJSON within the walk's reach is called with the key '' (the walk's own call), not with
    // the item's index as one JSON.stringify of a run of items would.
    const withKey = { toJSON: (key: string) => `key ${key}` };
    const plain = Array.from({ length: 40 }, (_, k) => ({ n: k }));
    expect(pieces({ items: [...plain, withKey, ...plain] }).join('')).toBe(JSON.stringify({ items: [...plain, 'key ', ...plain] }) + '\n');
    expect(pieces({ items: [...plain, { inner: withKey }, ...plain] }).join('')).toBe(JSON.stringify({ items: [...plain, { inner: 'key ' }, ...plain] }) + '\n');
  });
});
