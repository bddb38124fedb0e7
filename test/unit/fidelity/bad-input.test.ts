import { describe, expect, it } from 'vitest';
import { checkLinkedQuote, checkQuote, locateSpan, MAX_CHARS, MAX_WORDS, type FidelityInput } from '../../../shared/fidelity';

describe('checkQuote on bad input', () => {
  it.each([
    ['empty German', '', 'Мы не боимся санкций.', 'empty'],
    ['empty Russian', 'Wir haben keine Angst.', '', 'empty'],
    ['whitespace', ' \n\t\u00a0 ', 'Мы не боимся санкций.', 'empty'],
    ['punctuation only', '„…“ – (!?) […]', 'Мы не боимся санкций.', 'empty'],
    ['Russian punctuation only', 'Wir haben keine Angst.', '«—», …', 'empty'],
    ['too many characters', 'Wort '.repeat(MAX_CHARS), 'Мы не боимся санкций.', 'too-long'],
    ['too many words', 'ab '.repeat(MAX_WORDS + 1), 'Мы не боимся санкций.', 'too-long'],
  ] as const)('%s -> %s, no flags', (_name, german, russian, state) => {
    const r = checkQuote(Object.freeze({ german, russian }));
    expect(r.state).toBe(state);
    expect(r.message).toMatch(/\w/);
    expect(r.flags).toEqual([]);
    expect(r.links).toEqual([]);
  });

  it('treats non-string fields as empty instead of throwing', () => {
    const r = checkQuote({ german: 42, russian: null } as unknown as FidelityInput);
    expect(r.state).toBe('empty');
  });

  it('never throws on odd text', () => {
    const odd = [
      '\ud800 lone surrogate 𝔘𝔫𝔦 😀 ‮rtl‬',
      '1.000.000,5 $€₽%‰ 11-го 90er 3-mal ... [...] (…) ‚a‘ »b« "c"',
      'Пол-Москвы и пол-Берлина: 1/2, 3:1, 10−5, 2e9, ½, Ⅻ',
      '-'.repeat(500) + 'слово' + '.'.repeat(500),
      'a'.repeat(5000),
      'не не не нет ни ни ни без без nicht kein nie ohne weder noch',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'аеиоуМоскваPutinПутин 0123456789.,;:!?%$€«»„“…-–—()[]\n\t';
    for (let k = 0; k < 200; k++) {
      let s = '';
      const n = Math.floor(rnd() * 80);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      odd.push(s);
    }
    for (const a of odd)
      for (const b of [odd[0]!, odd[2]!, a]) {
        const r = checkQuote({ german: a, russian: b });
        expect(['ok', 'empty', 'too-long']).toContain(r.state);
        for (const f of r.flags) for (const w of f.german) expect(a.slice(w.start, w.end)).toBe(w.text);
      }
  });
});

describe('locateSpan', () => {
  const doc = 'Первый абзац.\nМы не боимся санкций, заявил министр.\nМы не боимся санкций.';
  const text = 'Мы не боимся санкций';
  const at = doc.indexOf(text);

  it.each([
    ['unchanged', doc, { start: at, end: at + text.length, text }, { state: 'ok', start: at, end: at + text.length }],
    ['moved by an insertion before it', 'Новое.\n' + doc, { start: at, end: at + text.length, text }, { state: 'moved', start: at + 7, end: at + 7 + text.length }],
    ['edited away', doc.replace(/санкций/g, 'пошлин'), { start: at, end: at + text.length, text }, { state: 'changed' }],
    ['offsets past the end', doc, { start: 9999, end: 10020, text }, { state: 'moved', start: doc.lastIndexOf(text), end: doc.lastIndexOf(text) + text.length }],
    ['reversed offsets', doc, { start: 20, end: 3, text }, { state: 'moved', start: at, end: at + text.length }],
    ['not numbers', doc, { start: Number.NaN, end: Number.NaN, text }, { state: 'moved', start: at, end: at + text.length }],
    ['empty recorded text', doc, { start: 0, end: 0, text: '' }, { state: 'changed' }],
  ] as const)('%s', (_name, d, span, expected) => {
    expect(locateSpan(d, Object.freeze({ ...span }))).toEqual(expected);
  });

  it('picks the occurrence nearest to the recorded offset', () => {
    const second = doc.lastIndexOf(text);
    expect(locateSpan('xx' + doc, { start: second, end: second + text.length, text })).toEqual({ state: 'moved', start: second + 2, end: second + 2 + text.length });
  });
});

describe('checkLinkedQuote', () => {
  const ru = 'Вступление.\nМы не будем продолжать переговоры с соседями.\n';
  const de = 'Einleitung. Der Minister sagte: „Wir werden die Verhandlungen fortsetzen.“';
  const ruSpan = 'Мы не будем продолжать переговоры';
  const deSpan = 'Wir werden die Verhandlungen fortsetzen.';
  const link = Object.freeze({
    sourceDoc: ru,
    source: Object.freeze({ start: ru.indexOf(ruSpan), end: ru.indexOf(ruSpan) + ruSpan.length, text: ruSpan }),
    targetDoc: de,
    target: Object.freeze({ start: de.indexOf(deSpan), end: de.indexOf(deSpan) + deSpan.length, text: deSpan }),
  });

  it('checks the spans and gives document offsets', () => {
    const r = checkLinkedQuote(link);
    expect(r.state).toBe('ok');
    const f = r.flags.find((x) => x.reason === 'negation-lost')!;
    expect(f).toBeDefined();
    expect(ru.slice(f.russian[0]!.start, f.russian[0]!.end)).toBe('не');
    for (const l of r.links) expect(de.slice(l.german.start, l.german.end)).toBe(l.german.text);
    expect(r.source).toEqual({ start: link.source.start, end: link.source.end });
  });

  it('says "source changed" when the Russian span was edited away, with no flags', () => {
    const r = checkLinkedQuote({ ...link, sourceDoc: ru.replace('переговоры', 'консультации') });
    expect(r.state).toBe('source-changed');
    expect(r.message).toMatch(/edited/);
    expect(r.flags).toEqual([]);
    expect(r.links).toEqual([]);
  });

  it('says "target changed" when the German quotation was edited', () => {
    const r = checkLinkedQuote({ ...link, targetDoc: de.replace('fortsetzen', 'abbrechen') });
    expect(r.state).toBe('target-changed');
    expect(r.flags).toEqual([]);
  });

  it('follows a span that moved', () => {
    const r = checkLinkedQuote({ ...link, sourceDoc: 'Ещё одна строка.\n' + ru });
    expect(r.state).toBe('ok');
    expect(r.source!.start).toBe(link.source.start + 'Ещё одна строка.\n'.length);
  });
});
