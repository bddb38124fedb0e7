import { Parser } from 'htmlparser2';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeHtml, makeUnit, renderHtmlReport, writeBilingualDocx } from '../../../shared/formats';
import { ROUND_TRIP_UNITS } from '../../fixtures/formats/units';

/** Element names and the text of w:t elements in order, via a strict XML parser. */
function readXml(xml: string): { elements: string[]; texts: string[] } {
  const p = new SaxesParser({ xmlns: true });
  const elements: string[] = [];
  const texts: string[] = [];
  let inT = false;
  p.on('opentag', (t) => {
    elements.push(t.name);
    if (t.name === 'w:t') {
      inT = true;
      texts.push('');
    }
  });
  p.on('closetag', (t) => {
    if (t.name === 'w:t') inT = false;
  });
  p.on('text', (s) => {
    if (inT) texts[texts.length - 1] += s;
  });
  p.write(xml).close();
  return { elements, texts };
}

describe('bilingual DOCX', () => {
  const units = Object.freeze([
    makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'Он сказал: «Да» & <нет>', target: 'Er sagte: „Ja“\tund\nneu', props: { status: 'approved' }, notes: ['geprüft'] }),
    ...ROUND_TRIP_UNITS,
  ]);
  const docx = writeBilingualDocx(units, { title: 'Abgleich' });
  const parts = unzipSync(docx);

  it('is a zip with the parts Word needs', () => {
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    for (const xml of Object.values(parts)) expect(() => readXml(strFromU8(xml))).not.toThrow();
  });

  it('holds a header row and one row per unit, with the text escaped and split into tabs and breaks', () => {
    const doc = strFromU8(parts['word/document.xml'] as Uint8Array);
    const { elements, texts } = readXml(doc);
    expect(elements.filter((e) => e === 'w:tr')).toHaveLength(units.length + 1);
    expect(texts.slice(0, 5)).toEqual(['Abgleich', 'Русский', 'Deutsch', 'Status', 'Anmerkung']);
    expect(texts.slice(5, 10)).toEqual(['Он сказал: «Да» & <нет>', 'Er sagte: „Ja“', 'und', 'neu', 'approved']);
    expect(doc).toContain('<w:tab/>');
    expect(doc).toContain('<w:br/>');
    expect(doc).toContain('<w:lang w:val="ru"/>');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('w:orient="landscape"');
  });

  it('shows tags as markers and is byte-for-byte reproducible', () => {
    const doc = strFromU8(parts['word/document.xml'] as Uint8Array);
    expect(readXml(doc).texts).toEqual(expect.arrayContaining(['{1}', '{/2}', '{3/}']));
    expect(writeBilingualDocx(units, { title: 'Abgleich' })).toEqual(docx);
  });

  it('takes custom labels and survives control characters', () => {
    const d = writeBilingualDocx([makeUnit({ sourceLang: 'ru', targetLang: 'de', source: 'a\u000Bb', target: 'c' })], { labels: { source: 'RU', target: 'DE' } });
    const { texts } = readXml(strFromU8(unzipSync(d)['word/document.xml'] as Uint8Array));
    expect(texts).toEqual(['RU', 'DE', 'Status', 'Anmerkung', 'a\uFFFDb', 'c']);
  });
});

describe('HTML report', () => {
  const hostile = makeUnit({
    sourceLang: 'ru',
    targetLang: 'de"><script>alert(1)</script>',
    source: '<script>alert("x")</script> «цитата»',
    target: ['<img src=x onerror=alert(1)>', { kind: 'standalone', id: '1', data: '"><script>bad()</script>' }],
    props: { status: 'approved' },
    notes: ["' onmouseover='x"],
  });
  const html = renderHtmlReport([hostile, ...ROUND_TRIP_UNITS], { title: 'Bericht <1>' });

  function elements(doc: string): Array<{ name: string; attrs: Record<string, string> }> {
    const out: Array<{ name: string; attrs: Record<string, string> }> = [];
    const p = new Parser({ onopentag: (name, attrs) => out.push({ name, attrs }) });
    p.write(doc);
    p.end();
    return out;
  }

  it('contains no script, no event handler and no external resource', () => {
    const els = elements(html);
    expect(els.map((e) => e.name)).not.toContain('script');
    expect(els.map((e) => e.name)).not.toContain('img');
    for (const e of els) {
      for (const a of Object.keys(e.attrs)) expect(a.startsWith('on')).toBe(false);
      expect(e.attrs.src).toBeUndefined();
      expect(e.attrs.href).toBeUndefined();
    }
    expect(html).not.toMatch(/url\(/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('escapes every text and shows tags with their code as tooltip', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; «цитата»');
    expect(html).toContain('<span class="tag" title="&quot;&gt;&lt;script&gt;bad()&lt;/script&gt;">{1/}</span>');
    expect(html).toContain('<title>Bericht &lt;1&gt;</title>');
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('has one row per unit and counts per status', () => {
    expect(elements(html).filter((e) => e.name === 'tr')).toHaveLength(ROUND_TRIP_UNITS.length + 2);
    expect(html).toContain('<dt>Einheiten</dt><dd>7</dd><dt>approved</dt><dd>2</dd>');
  });
});
