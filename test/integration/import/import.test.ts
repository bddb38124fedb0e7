import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { SverkaError } from '../../../shared/errors';
import {
  decodeBytes,
  decodeDocument,
  documentDecoder,
  importPastedText,
  MAX_DOCUMENT_BYTES,
  readDocumentFile,
} from '../../../electron/services/import';

const dir = mkdtempSync(join(tmpdir(), 'sverka-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<SverkaError> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (err) {
    expect(err).toBeInstanceOf(SverkaError);
    return err as SverkaError;
  }
  throw new Error('expected an error');
}

const RU = 'Президент заявил, что переговоры прошли успешно. «Мы договорились о многом», — сказал он журналистам. Всё остальное обсудят в ноябре.';
// KOI8-R has no guillemets or dashes.
const RU_KOI = 'Президент заявил, что переговоры прошли успешно. "Мы договорились о многом", - сказал он журналистам. Всё остальное обсудят в ноябре.';
const DE = 'Der Präsident erklärte, dass die Gespräche erfolgreich waren. „Wir haben uns über vieles geeinigt“, sagte er. Übrigens: Straße, Größe, Bär – alles gut.';
const DE_LATIN1 = 'Der Präsident erklärte, dass die Gespräche erfolgreich waren. Übrigens: Straße, Größe, Bär, Café und Zürich sind schön.';
const DE_EURO = 'Der Preis beträgt 25 € für Erwachsene. Kinder zahlen weniger, Schüler und Größere auch. Über die Höhe entscheidet der Bürgermeister.';

describe('decodeBytes: encoding round trips', () => {
  const cases: Array<[string, string, Uint8Array, string]> = [
    ['utf-8 without BOM', DE, iconv.encode(DE, 'utf-8'), 'utf-8'],
    ['utf-8 with BOM', RU, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(RU, 'utf-8')]), 'utf-8'],
    ['utf-16le with BOM', RU, iconv.encode(RU, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['utf-16be with BOM', DE, iconv.encode(DE, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['utf-16le without BOM', DE, iconv.encode(DE, 'utf-16le'), 'utf-16le'],
    // Cyrillic puts no NUL in every other byte; it used to be refused as binary.
    ['Russian utf-16le without BOM', RU, iconv.encode(RU, 'utf-16le'), 'utf-16le'],
    ['Russian utf-16be without BOM', RU, iconv.encode(RU, 'utf-16be'), 'utf-16be'],
    ['German utf-16be without BOM', DE, iconv.encode(DE, 'utf-16be'), 'utf-16be'],
    ['windows-1251', RU, iconv.encode(RU, 'windows-1251'), 'windows-1251'],
    ['koi8-r', RU_KOI, iconv.encode(RU_KOI, 'koi8-r'), 'koi8-r'],
    ['windows-1252', DE, iconv.encode(DE, 'windows-1252'), 'windows-1252'],
    ['latin1', DE_LATIN1, iconv.encode(DE_LATIN1, 'latin1'), 'windows-1252'],
    ['iso-8859-15', DE_EURO, iconv.encode(DE_EURO, 'iso-8859-15'), 'iso-8859-15'],
  ];
  it.each(cases)('%s', (_name, text, bytes, encoding) => {
    const out = decodeBytes(bytes);
    expect(out.text).toBe(text);
    expect(out.encoding).toBe(encoding);
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
  });

  // Windows-1252 and ISO-8859-15 read German letters alike; their tie is no doubt about the text.
  it.each([
    ['latin1 German', iconv.encode(DE_LATIN1, 'latin1')],
    ['windows-1252 German', iconv.encode(DE, 'windows-1252')],
    ['iso-8859-15 German', iconv.encode(DE_EURO, 'iso-8859-15')],
    ['windows-1251 Russian', iconv.encode(RU, 'windows-1251')],
    ['koi8-r Russian', iconv.encode(RU_KOI, 'koi8-r')],
  ])('reads %s without a low-confidence warning', (_name, bytes) => {
    const doc = decodeDocument(bytes, 'text.txt');
    expect(doc.warnings.filter((w) => /confidence/.test(w))).toEqual([]);
    expect(doc.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ['windows-1251', iconv.encode('Да.', 'windows-1251')],
    ['koi8-r', iconv.encode('Да.', 'koi8-r')],
    ['windows-1252', iconv.encode('Öl.', 'windows-1252')],
  ])('warns about a text of two non-ASCII letters in %s (too few to tell the encoding)', (_name, bytes) => {
    expect(decodeDocument(bytes, 'short.txt').warnings.some((w) => /low confidence/.test(w))).toBe(true);
  });

  it('honours an explicit encoding and names unknown ones', async () => {
    const bytes = iconv.encode(RU_KOI, 'koi8-r');
    expect(decodeBytes(bytes, { encoding: 'KOI8-R' })).toEqual({ text: RU_KOI, encoding: 'koi8-r', confidence: 1 });
    expect(decodeBytes(iconv.encode(RU, 'windows-1251'), { encoding: 'cp1251' }).text).toBe(RU);
    const err = await errorOf(() => decodeBytes(bytes, { encoding: 'klingon-8' }));
    expect(err.code).toBe('UNSUPPORTED');
    expect(err.message).toContain('klingon-8');
  });

  it('does not mutate the input bytes', () => {
    const bytes = iconv.encode(RU, 'windows-1251');
    const copy = Uint8Array.from(bytes);
    decodeBytes(bytes);
    expect(Uint8Array.from(bytes)).toEqual(copy);
  });
});

describe('bad input', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await errorOf(readDocumentFile(file('empty.txt', '')))).code).toBe('EMPTY_INPUT');
    expect((await errorOf(readDocumentFile(file('blank.txt', ' \n\t\r\n')))).code).toBe('EMPTY_INPUT');
    expect((await errorOf(() => decodeBytes(new Uint8Array(0)))).code).toBe('EMPTY_INPUT');
    expect((await errorOf(() => importPastedText(' \u00A0\n'))).code).toBe('EMPTY_INPUT');
  });

  it('refuses binary files', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e1 = await errorOf(readDocumentFile(file('image.txt', png)));
    expect(e1.code).toBe('BINARY_FILE');
    expect(e1.message).toContain('PNG');
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await errorOf(readDocumentFile(file('junk.txt', junk)))).code).toBe('BINARY_FILE');
    const pdf = strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expect((await errorOf(readDocumentFile(file('scan.txt', pdf)))).code).toBe('BINARY_FILE');
  });

  it('refuses unsupported formats by extension', async () => {
    const err = await errorOf(readDocumentFile(file('old.doc', 'whatever')));
    expect(err.code).toBe('UNSUPPORTED');
  });

  it('refuses a 300 MB file above the documented limit without reading it', async () => {
    const p = file('huge.txt', '');
    truncateSync(p, 300 * 1024 * 1024); // sparse: no disk space used
    const err = await errorOf(readDocumentFile(p));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('50 MiB');
    expect(err.details).toMatchObject({ limit: MAX_DOCUMENT_BYTES, size: 300 * 1024 * 1024 });
  });

  it('refuses a file that mixes UTF-8 and Windows-1251 instead of producing mojibake', async () => {
    const bytes = Buffer.concat([iconv.encode(RU, 'utf-8'), iconv.encode('\n\n' + RU, 'windows-1251')]);
    const err = await errorOf(readDocumentFile(file('mixed.txt', bytes)));
    expect(err.code).toBe('DECODE_FAILED');
    expect(err.message).toMatch(/mixes encodings/);
    expect(err.details).toMatchObject({ utf8At: 0 });
    // the user can still force an encoding
    expect((await readDocumentFile(join(dir, 'mixed.txt'), { encoding: 'windows-1251' })).encoding).toBe('windows-1251');
  });

  it('refuses bytes that are not text in any supported encoding', async () => {
    const noise = new Uint8Array(2048).map((_, i) => 0x80 + ((i * 37) % 0x20)); // C1 control range only
    const err = await errorOf(() => decodeBytes(noise));
    expect(['DECODE_FAILED', 'BINARY_FILE']).toContain(err.code);
  });

  it('refuses HTML without a body', async () => {
    const err = await errorOf(readDocumentFile(file('nobody.html', '<!doctype html><html><head><title>Leer</title><script>var a=1</script></head></html>')));
    expect(err.code).toBe('PARSE_ERROR');
    expect(err.message).toMatch(/no body/);
  });

  it('refuses a corrupt .docx', async () => {
    const good = zipSync({ 'word/document.xml': strToU8(docXml(['Hallo Welt.'])) });
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect((await errorOf(readDocumentFile(file('truncated.docx', truncated)))).code).toBe('PARSE_ERROR');
    const notZip = strToU8('This is not a zip archive at all.');
    expect((await errorOf(readDocumentFile(file('text.docx', notZip)))).code).toBe('PARSE_ERROR');
    const garbage = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0x41)]);
    expect((await errorOf(readDocumentFile(file('garbage.docx', garbage)))).code).toBe('PARSE_ERROR');
    const noDocument = zipSync({ 'word/styles.xml': strToU8('<styles/>') });
    const e = await errorOf(readDocumentFile(file('nodoc.docx', noDocument)));
    expect(e.code).toBe('PARSE_ERROR');
    expect(e.message).toContain('document.xml');
    const badXml = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    expect((await errorOf(readDocumentFile(file('badxml.docx', badXml)))).code).toBe('PARSE_ERROR');
  });

  it('refuses a .docx zip bomb (high ratio) without inflating it', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': huge }, { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const err = await errorOf(readDocumentFile(file('bomb.docx', bomb)));
    expect(err.code).toBe('PARSE_ERROR');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('refuses a .docx whose header claims a huge size', async () => {
    const zip = zipSync({ 'word/document.xml': strToU8(docXml(['Kurz.'])) });
    // Patch the uncompressed size in the central directory entry (signature 0x02014b50, +24).
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let cd = -1;
    for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) { cd = i; break; }
    expect(cd).toBeGreaterThan(0);
    view.setUint32(cd + 24, 0xfffffff0, true);
    const err = await errorOf(readDocumentFile(file('liar.docx', zip)));
    expect(err.code).toBe('PARSE_ERROR');
  });
});

function docXml(paragraphs: string[], extra = ''): string {
  const ps = paragraphs.map((p) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${ps}${extra}</w:body></w:document>`;
}

describe('formats', () => {
  it('reads plain text keeping CRLF and dropping the BOM (offsets count from after it)', async () => {
    const text = 'Erster Satz.\r\nZweiter Satz.';
    const doc = await readDocumentFile(file('crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(doc).toMatchObject({ text, encoding: 'utf-8', format: 'txt', confidence: 1 });
  });

  it('reads markdown as text', async () => {
    const doc = await readDocumentFile(file('note.md', '# Titel\n\nText mit *Betonung*.'));
    expect(doc.format).toBe('md');
    expect(doc.text).toBe('# Titel\n\nText mit *Betonung*.');
  });

  it('drops what a browser does not show inside the article too (hidden, display: none, visibility: hidden)', () => {
    const html =
      '<html><body><article><p>Er sagte: „Wir bleiben.“</p><p hidden>Versteckter Absatz.</p>' +
      '<p>Sie <span style="color: red; display : none">nicht </span>blieb.</p>' +
      '<p style="visibility:hidden">Unsichtbar.</p><p style="display:block">Sichtbar.</p></article></body></html>';
    expect(decodeDocument(new TextEncoder().encode(html), 'artikel.html').text).toBe('Er sagte: „Wir bleiben.“\n\nSie blieb.\n\nSichtbar.');
  });

  it('reads a UTF-8 page whose meta tag declares a single-byte charset as UTF-8, and says so', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Министр заявил: «Мы не отступим». Größe.</p></body></html>';
    const doc = decodeDocument(new TextEncoder().encode(html), 'saved.html');
    expect(doc.text).toBe('Министр заявил: «Мы не отступим». Größe.');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.warnings.some((w) => w.includes('windows-1251') && w.includes('UTF-8'))).toBe(true);
    // Chosen explicitly, the declared encoding is what the user gets.
    expect(decodeDocument(new TextEncoder().encode(html), 'saved.html', { encoding: 'windows-1251' }).text).toContain('РњРёРЅРёСЃС‚СЂ');
  });

  it('extracts the article of an HTML page with its paragraphs', async () => {
    const html = `<!doctype html><html><head><meta charset="windows-1251"><title>Т</title><style>p{}</style></head>
      <body><nav><a href="/">Главная</a> | <a href="/news">Новости</a></nav>
      <header>Шапка сайта</header>
      <article><h1>Заголовок   статьи</h1>
        <p>Первый абзац &laquo;с&nbsp;цитатой&raquo;.</p>
        <script>alert("x")</script>
        <p>Второй <b>абзац</b><br>с переносом.</p>
        <ul><li>Пункт один</li><li>Пункт два</li></ul>
      </article><footer>Подвал</footer></body></html>`;
    const doc = await readDocumentFile(file('page.html', iconv.encode(html, 'windows-1251')));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.text).toBe('Заголовок статьи\n\nПервый абзац «с\u00A0цитатой».\n\nВторой абзац\nс переносом.\n\nПункт один\n\nПункт два');
  });

  it('drops navigation, boilerplate and scripts from a page without <article>', () => {
    const html =
      '<html><body><nav>Menü</nav><div class="site-menu">Start | Politik</div><div role="navigation">Links</div>' +
      '<div id="cookie-consent">Wir nutzen Cookies.</div><div hidden>Versteckt</div>' +
      '<div class="content"><p>Text eins.</p><p>Text zwei.</p></div><div class="share-bar">Teilen</div>' +
      '<footer>Impressum</footer><script>x()</script></body></html>';
    expect(decodeDocument(new TextEncoder().encode(html), 'a.htm').text).toBe('Text eins.\n\nText zwei.');
  });

  it('keeps the text of a .docx text box and its surrounding paragraph', () => {
    const xml = docXml([]).replace(
      '</w:body>',
      '<w:p><w:r><w:t>Vorher </w:t></w:r><w:r><w:txbxContent><w:p><w:r><w:t>Im Kasten.</w:t></w:r></w:p></w:txbxContent></w:r><w:r><w:t>nachher.</w:t></w:r></w:p></w:body>',
    );
    const doc = decodeDocument(zipSync({ 'word/document.xml': strToU8(xml) }), 'box.docx');
    expect(doc.text).toBe('Im Kasten.\n\nVorher nachher.');
  });

  it('reads a Word text box once, not again from its fallback picture for old readers', () => {
    // Word writes every text box twice: as a drawing (mc:Choice) and as VML (mc:Fallback).
    const box = '<w:txbxContent><w:p><w:r><w:t>„Wir bleiben“, sagte sie.</w:t></w:r></w:p></w:txbxContent>';
    const xml = docXml(['Davor.']).replace(
      '</w:body>',
      '<w:p><w:r><w:t>Text </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>danach.</w:t></w:r></w:p></w:body>`,
    );
    const doc = decodeDocument(zipSync({ 'word/document.xml': strToU8(xml) }), 'box.docx');
    expect(doc.text).toBe('Davor.\n\n„Wir bleiben“, sagte sie.\n\nText danach.');
  });

  it('reads text moved with tracked changes once, at its new place', () => {
    const xml = docXml([]).replace(
      '</w:body>',
      '<w:p><w:moveFrom w:id="1"><w:r><w:t>Verschoben.</w:t></w:r></w:moveFrom><w:r><w:t>Bleibt.</w:t></w:r></w:p>' +
        '<w:p><w:moveTo w:id="2"><w:r><w:t>Verschoben.</w:t></w:r></w:moveTo></w:p></w:body>',
    );
    expect(decodeDocument(zipSync({ 'word/document.xml': strToU8(xml) }), 'moved.docx').text).toBe('Bleibt.\n\nVerschoben.');
  });

  it('appends endnotes after the footnotes, as it does footnotes', () => {
    const notes = (kind: string, text: string) =>
      `<?xml version="1.0"?><w:${kind}s xmlns:w="x"><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:id="1"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${kind}></w:${kind}s>`;
    const doc = decodeDocument(
      zipSync({ 'word/document.xml': strToU8(docXml(['Text.'])), 'word/footnotes.xml': strToU8(notes('footnote', 'Fußnote.')), 'word/endnotes.xml': strToU8(notes('endnote', 'Endnote.')) }),
      'notes.docx',
    );
    expect(doc.text).toBe('Text.\n\nFußnote.\n\nEndnote.');
    expect(doc.warnings.join(' ')).toMatch(/endnote/);
  });

  it('reads .docx paragraphs, tabs, breaks and footnotes; skips deleted text', async () => {
    const body = docXml(['Erster Absatz.', 'Zweiter „Absatz“.']) .replace(
      '</w:body>',
      '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del></w:p></w:body>',
    );
    const notes = '<?xml version="1.0"?><w:footnotes xmlns:w="x"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Fußnote.</w:t></w:r></w:p></w:footnote></w:footnotes>';
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(body), 'word/footnotes.xml': strToU8(notes) });
    const doc = await readDocumentFile(file('doc.docx', zip));
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe('Erster Absatz.\n\nZweiter „Absatz“.\n\nA\tB\nC\n\nFußnote.');
    expect(doc.warnings.join(' ')).toMatch(/footnote/);
  });

  it('imports pasted text as-is and provides a FileDecoder for projects', async () => {
    expect(importPastedText('\uFEFFHallo.\r\nWelt.').text).toBe('Hallo.\r\nWelt.');
    const out = await documentDecoder(iconv.encode(RU_KOI, 'koi8-r'), 'ru.txt', null);
    expect(out).toMatchObject({ text: RU_KOI, encoding: 'koi8-r', format: 'txt' });
  });

  it('reports a missing file as NOT_FOUND', async () => {
    expect((await errorOf(readDocumentFile(join(dir, 'missing.txt')))).code).toBe('NOT_FOUND');
  });
});

describe('readDocumentFile reads UTF-8 text without the decoders, with the same answer', () => {
  const bom = [0xef, 0xbb, 0xbf];
  const cases: ReadonlyArray<readonly [string, Uint8Array]> = Object.freeze([
    ['plain.txt', strToU8('Путин sagte: „Nein.“\r\nZweite Zeile.')],
    ['bom.txt', Uint8Array.from([...bom, ...strToU8('Текст с BOM.')])],
    ['bad-after-bom.txt', Uint8Array.from([...bom, 0x41, 0xc3, 0x28])],
    ['le.txt', Uint8Array.from([0xff, 0xfe, ...iconv.encode('Привет, мир.', 'utf-16le')])],
    ['le-nobom.txt', Uint8Array.from(iconv.encode('Hallo Welt, wie geht es?', 'utf-16le'))],
    ['cp1251.txt', Uint8Array.from(iconv.encode('Москва — столица России.', 'windows-1251'))],
    ['nul.txt', Uint8Array.from([0x41, 0x00, 0x42, 0x43])],
    ['pdf.txt', Uint8Array.from([...strToU8('%PDF-1.4 rest')])],
    ['blank.md', strToU8(' \n\t ')],
    ['notes.md', strToU8('# Titel\n\nText.')],
  ]);
  it.each(cases)('%s', async (name, bytes) => {
    const path = file(`same-${name}`, bytes);
    const viaFile = await readDocumentFile(path, { keepBom: true }).then(
      (d) => ({ ok: true as const, d }),
      (e: SverkaError) => ({ ok: false as const, code: e.code, message: e.message }),
    );
    let direct: typeof viaFile;
    try {
      direct = { ok: true, d: decodeDocument(bytes, path, { keepBom: true }) };
    } catch (err) {
      direct = { ok: false, code: (err as SverkaError).code, message: (err as SverkaError).message };
    }
    expect(viaFile).toEqual(direct);
  });
});
