import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../shared/errors';
import { createTmxReader, type TmxReaderOptions } from '../../../shared/formats/tmx/read14';
import { scanElement } from '../../../shared/formats/xml/lean';
import { DEFAULT_XML_LIMITS } from '../../../shared/formats/xml/safe';
import { sharedDir } from '../../support/paths';

// The fast path for plain tus (shared/formats/xml/lean.ts) must read every file exactly as the
// full parser does: the same units, counts, skipped lines, header, and the same error (message,
// reason, line and column) for a broken file, however the text is cut into chunks.

type Outcome = { units: unknown[]; stats: unknown; header: unknown } | { error: { message: string; line: number | undefined; column: number | undefined; reason: unknown } };

function read(text: string, fastPath: boolean, chunk: number, opts: TmxReaderOptions = {}): Outcome {
  const r = createTmxReader({ ...opts, fastPath });
  const units: unknown[] = [];
  try {
    for (let i = 0; i < text.length; i += chunk) units.push(...r.write(text.slice(i, i + chunk)));
    units.push(...r.end());
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { error: { message: e.message, line: e.line, column: e.column, reason: (e.details as { reason?: unknown } | undefined)?.reason } };
  }
  return { units, stats: r.stats, header: r.header };
}

function withoutPosition(o: Outcome): Outcome {
  if (!('error' in o)) return o;
  return { error: { ...o.error, line: undefined, column: undefined, message: o.error.message.replace(/ \(line \d+(, column \d+)?\)$/, '') } };
}

/**
 * Both paths on the same chunks, for several chunk sizes; returns what the full parser read
 * from the whole text. Units, counts and skipped lines must not depend on the chunks.
 */
function expectSame(text: string, opts: TmxReaderOptions = {}, sizes: readonly number[] = [text.length || 1, 97, 13, 1]): Outcome {
  const whole = read(text, false, text.length || 1, opts);
  for (const chunk of sizes) {
    const full = chunk === (text.length || 1) ? whole : read(text, false, chunk, opts);
    const fast = read(text, true, chunk, opts);
    // Where saxes places an error can move with the chunk ends (a CR ending one chunk and the LF
    // starting the next count as two lines): positions are compared on the whole text above.
    if (chunk !== (text.length || 1) && 'error' in fast && 'error' in full) expect(withoutPosition(fast), `chunks of ${chunk}`).toEqual(withoutPosition(full));
    else expect(fast, `chunks of ${chunk}`).toEqual('units' in fast ? whole : full);
    // saxes itself counts that CR LF twice; without CRs it reads the same from any chunks.
    if ('units' in whole && !text.includes('\r')) expect(full, `full parser, chunks of ${chunk}`).toEqual(whole);
  }
  return whole;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>\n<body>\n';
const TAIL = '</body>\n</tmx>\n';
const doc = (...tus: string[]) => HEAD + tus.join('\n') + TAIL;
const tu = (ru: string, de: string, attrs = ' tuid="1"') => `<tu${attrs}><tuv xml:lang="ru"><seg>${ru}</seg></tuv><tuv xml:lang="de"><seg>${de}</seg></tuv></tu>`;

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// Pieces a segment is made of: plain words, references, inline codes, line ends, and things only
// the full parser reads (comments, CDATA) or rejects (an unknown entity, a control character).
const SEG_PIECES = [
  'Привет мир',
  'Grüße',
  ' ',
  '&amp;',
  '&lt;b&gt;',
  '&quot;x&apos;',
  '&#65;&#x42;',
  '&#13;',
  '&#x1F600;',
  '😀',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '<ph x="1"/>',
  '<ph x="2">&lt;br/&gt;</ph>',
  '<bpt i="1" x="3">&lt;b&gt;</bpt>fett<ept i="1">&lt;/b&gt;</ept>',
  '<it pos="begin" x="4">&lt;i&gt;</it>',
  '<hi type="x-mark">markiert <ph x="5"/></hi>',
  '<ph x="6">&lt;img alt="<sub type="alt">Bild</sub>"&gt;</ph>',
  '<ph x = \'7\' />',
  '<!-- a comment -->',
  '<![CDATA[<not a tag> & </tu>]]>',
  '<?pi data?>',
  '<unknown a="1">text</unknown>',
  ']]>',
  '&nbsp;',
  '\u0001',
  '&#0;',
];
const TU_EXTRAS = [
  '',
  '<prop type="x-origin">machine</prop>',
  '<prop type="x-status">reviewed</prop><note>Eine &amp; Notiz</note>',
  '\n  ',
  '\r\n\t',
  '<note>zwei\nZeilen</note>',
];
const TU_ATTRS = [
  ' tuid="1"',
  ' tuid="2" creationdate="20250101T120000Z"',
  " tuid='3' changedate='20240229T000000Z' creationid=\"a&amp;b\"",
  ' tuid="4"\n   srclang="ru"',
  ' tuid="5" creationdate="bad"',
  ' tuid="6" x="a\tb"',
  ' tuid="7" tuid="7"',
  ' tuid="8"x="1"',
  '',
];

function randomTu(next: () => number, clean: boolean): string {
  const pick = <T,>(xs: readonly T[], n = xs.length) => xs[Math.floor(next() * n)]!;
  // Clean tus use only what the fast path reads; the others any piece.
  const pieces = clean ? 21 : SEG_PIECES.length;
  const seg = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(SEG_PIECES, pieces)).join('');
  const attrs = clean ? pick(TU_ATTRS, 6) : pick(TU_ATTRS);
  const extra = pick(TU_EXTRAS);
  const tuvs = [`<tuv xml:lang="ru">${extra}<seg>${seg()}</seg></tuv>`, `<tuv xml:lang="de"><seg>${seg()}</seg></tuv>`];
  if (next() < 0.1) tuvs.push(`<tuv xml:lang="en-GB"><seg>${seg()}</seg></tuv>`);
  if (next() < 0.05) tuvs.pop();
  const sep = pick(['', '\n', '\r\n    ', ' ']);
  return `<tu${attrs}>${extra}${sep}${tuvs.join(sep)}${sep}</tu >`.replace(/<\/tu >$/, next() < 0.9 ? '</tu>' : '</tu >');
}

function randomDoc(seed: number, clean: boolean): string {
  const next = rng(seed);
  const tus: string[] = [];
  const n = 5 + Math.floor(next() * 30);
  for (let i = 0; i < n; i++) {
    tus.push(randomTu(next, clean || next() < 0.8));
    const r = next();
    if (!clean && r < 0.03) tus.push('<!-- <tu tuid="c"><tuv xml:lang="ru"><seg>x</seg></tuv></tu> -->');
    else if (!clean && r < 0.05) tus.push('<foo><tu tuid="nested"><tuv xml:lang="ru"><seg>x</seg></tuv><tuv xml:lang="de"><seg>y</seg></tuv></tu></foo>');
    else if (!clean && r < 0.06) tus.push('<tu tuid="empty"/>');
    else if (r < 0.2) tus.push('\r\n');
  }
  const eol = next() < 0.3 ? '\r\n' : '\n';
  return doc(...tus).replace(/\n(?=<tu|<\/body)/g, eol);
}

describe('TMX fast path', () => {
  it('reads plain, entity-laden, multi-line and tagged tus as the full parser does', () => {
    const text = doc(
      tu('Привет &amp; мир', 'Hallo &amp; Welt'),
      tu('a &lt; b &gt; c &quot;d&quot; &apos;e&apos; &#65;&#x1F600;', 'x'),
      tu('Zeile\r\nzwei\rdrei &#13;', 'ok'),
      tu('<bpt i="1" x="1">&lt;b&gt;</bpt>fett<ept i="1">&lt;/b&gt;</ept> <ph x="2"/>', '<hi type="t">m</hi>'),
      `<tu tuid="9"\n  creationdate="20250101T120000Z">\n  <prop type="x-origin">machine</prop>\n  <tuv xml:lang="ru">\n    <seg>a</seg>\n  </tuv>\n  <tuv xml:lang='de'><seg>b</seg></tuv>\n</tu>`,
    );
    const out = expectSame(text);
    expect('units' in out && out.units).toHaveLength(5);
  });

  it('hands unusual tus to the full parser and still skips the right lines', () => {
    const text = doc(
      tu('ok', 'ok'),
      tu('x<!-- c -->y', 'z'),
      tu('<![CDATA[a < b]]>', 'c'),
      tu('<foo>bad</foo>', 'd'),
      '<tu tuid="one"><tuv xml:lang="ru"><seg>only one</seg></tuv></tu>',
      '<tu/>',
      tu('fine', 'again'),
    );
    const out = expectSame(text);
    expect('stats' in out && out.stats).toMatchObject({ found: 7, skipped: 3 });
  });

  it.each([
    ['an unknown entity', doc(tu('a', 'b'), tu('&nbsp;', 'x'))],
    ['a control character', doc(tu('a', 'b'), tu('\u0001', 'x'))],
    ['a reference to a character XML forbids', doc(tu('a', 'b'), tu('&#0;', 'x'))],
    [']]> in text', doc(tu('a', 'b'), tu(']]>', 'x'))],
    ['a tag closed by another name', doc(tu('a', 'b'), '<tu tuid="2"><tuv xml:lang="ru"><seg>a</sag></tuv></tu>')],
    ['a duplicate attribute', doc(tu('a', 'b'), tu('a', 'b', ' tuid="1" tuid="2"'))],
    ['attributes without space between them', doc(tu('a', 'b'), tu('a', 'b', ' tuid="1"x="2"'))],
    ['< in an attribute', doc(tu('a', 'b'), tu('a', 'b', ' tuid="<"'))],
    ['a truncated file', doc(tu('a', 'b'), tu('c', 'd')).slice(0, -40)],
    ['text after the root', `${doc(tu('a', 'b'))}junk`],
    ['an error on the line a fast tu ends', doc(`${tu('a', 'b')} ${tu('c', 'd')}<seg>&bad;</seg>`)],
    ['an error lines after many fast tus', doc(...Array.from({ length: 40 }, (_, i) => tu(`s${i}`, `t${i}`)), '<tu>\n<tuv xml:lang="ru"><seg>&x;</seg></tuv></tu>')],
  ])('fails on %s with the same error, line and column', (_, text) => {
    const out = expectSame(text);
    expect(out).toHaveProperty('error');
  });

  it('reads 300 generated documents exactly as the full parser does', () => {
    let errors = 0;
    let units = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomDoc(seed, seed % 2 === 0);
      const out = expectSame(text, {}, [text.length, seed % 3 === 0 ? 1 : 13 + (seed % 50)]);
      if ('error' in out) errors++;
      else units += out.units.length;
    }
    // The generator really produces both kinds.
    expect(errors).toBeGreaterThan(20);
    expect(units).toBeGreaterThan(2000);
  }, 120_000);

  it('leaves a file of mostly unusual tus to the full parser, with the same units, lines and errors', () => {
    const unusual = Array.from({ length: 1500 }, (_, i) => (i % 3 === 0 ? tu(`s${i}`, `t${i}`) : tu(`s<!-- ${i} -->`, `t\n${i}`)));
    const good = expectSame(doc(...unusual, '<tu tuid="x"><tuv xml:lang="ru"><seg>one</seg></tuv></tu>'), {}, [4096, 333]);
    expect('stats' in good && good.stats).toMatchObject({ found: 1501, skipped: 1 });
    expect(expectSame(doc(...unusual, tu('&bad;', 'x')), {}, [4096])).toHaveProperty('error');
  });

  it('reads with the reader options as the full parser does', () => {
    const text = randomDoc(7, true);
    expectSame(text, { sourceLang: 'de', targetLang: 'ru' });
    expectSame(text, { checkDuplicateIds: true });
    expectSame(text, { limits: { maxUnitChars: 40, maxUnitElements: 6, maxAttributeLength: 8, maxDepth: 4 } });
  });

  it('reads the project fixtures and the OmegaT / translate-toolkit files as the full parser does', () => {
    const fixtures = path.resolve(__dirname, '../../fixtures/formats');
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const files = [...walk(fixtures), ...walk(path.join(sharedDir, 'interop'))].filter((f) => f.toLowerCase().endsWith('.tmx'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const text = new TextDecoder().decode(fs.readFileSync(f));
      const full = read(text, false, text.length || 1);
      expect(read(text, true, 4096), f).toEqual(full);
      expect(read(text, true, 7), f).toEqual(full);
    }
  });

  it('gives up on an element it cannot read instead of guessing', () => {
    const scan = (s: string) => scanElement(s, 0, s.length, 2, DEFAULT_XML_LIMITS, 1, 0);
    expect(scan('<tu><tuv xml:lang="ru"><seg>a</seg></tuv></tu>')).toBeDefined();
    for (const bad of ['<tu><!-- x --></tu>', '<tu>&nbsp;</tu>', '<tu a="x\ty"></tu>', '<tu><seg></tu>', '<tu></tu>x', '<tu __proto__="1"></tu>', '<tu:x></tu:x>', '<tu>\uD800</tu>']) {
      expect(scan(bad), bad).toBeUndefined();
    }
  });
});
