import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/ipc/dispatch';
import { createServices, type Services } from '../../../electron/services';

// Hostile and broken inputs through the two IPC channels that take a file, exactly as the
// renderer sends them: each must come back as a typed failure (never INTERNAL, never a crash),
// quickly, and leave the database as it was.

let dir: string;
let services: Services;
let call: Dispatch;
let projectId: number;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-hostile-'));
  services = createServices({ dbFile: path.join(dir, 'h.db'), shell: 'web', backup: 'off' });
  call = createDispatch(services);
  projectId = services.projects.create('Hostile').id;
});

afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const b64 = (b: Uint8Array | string) => Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b).toString('base64');
const docx = (xml: string) => zipSync({ 'word/document.xml': strToU8(xml) });
const HEAD = '<?xml version="1.0"?><tmx version="1.4"><header srclang="ru" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>';
const TU = '<tu><tuv xml:lang="ru"><seg>Да</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu>';

const DOCUMENTS: ReadonlyArray<[string, string, Uint8Array | string, string]> = [
  ['an empty file', 'a.txt', '', 'EMPTY_INPUT'],
  ['whitespace only', 'a.txt', ' \r\n\t \u00a0\n', 'EMPTY_INPUT'],
  ['a PDF', 'a.txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'BINARY_FILE'],
  ['an executable', 'a.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'BINARY_FILE'],
  ['random bytes with NULs', 'a.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'BINARY_FILE'],
  ['UTF-8 mixed with Windows-1251', 'a.txt', Buffer.concat([Buffer.from('Привет, мир. '.repeat(20)), iconv.encode('Привет, мир. '.repeat(20), 'windows-1251')]), 'DECODE_FAILED'],
  ['a UTF-8 BOM before bytes that are not UTF-8', 'a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode('Привет', 'windows-1251')]), 'DECODE_FAILED'],
  ['an old Word file', 'a.doc', 'x', 'UNSUPPORTED'],
  ['a .docx that is not a zip', 'a.docx', 'Hallo Welt', 'PARSE_ERROR'],
  ['a .docx zip bomb', 'a.docx', zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(0x20) }, { level: 9 }), 'PARSE_ERROR'],
  ['a .docx with an entity bomb', 'a.docx', docx('<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'), 'PARSE_ERROR'],
  ['a .docx without text', 'a.docx', docx('<w:document xmlns:w="x"><w:body/></w:document>'), 'EMPTY_INPUT'],
  ['HTML nested 100,000 deep', 'a.html', `<html><body>${'<div>'.repeat(100_000)}x</body></html>`, 'TOO_DEEP'],
  ['HTML without a body', 'a.html', '<html><head><title>x</title><script>alert(1)</script></head></html>', 'PARSE_ERROR'],
  ['an unknown encoding', 'a.txt', 'abc', 'UNSUPPORTED'],
];

const MEMORIES: ReadonlyArray<[string, string, Uint8Array | string, string]> = [
  ['an empty file', 'a.tmx', '', 'EMPTY_INPUT'],
  ['billion laughs', 'a.tmx', `<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${HEAD}<tu><tuv xml:lang="ru"><seg>&b;</seg></tuv></tu></body></tmx>`, 'PARSE_ERROR'],
  ['an external entity', 'a.tmx', `<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${HEAD}${TU.replace('Да', '&x;')}</body></tmx>`, 'PARSE_ERROR'],
  ['a parameter entity from the network', 'a.xlf', '<!DOCTYPE xliff [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p;]><xliff version="1.2"/>', 'PARSE_ERROR'],
  ['nesting 100,000 deep', 'a.tmx', `${HEAD}<tu><tuv xml:lang="ru"><seg>${'<hi>'.repeat(100_000)}</seg></tuv></tu></body></tmx>`, 'PARSE_ERROR'],
  ['an attribute of 2 MB', 'a.tmx', `${HEAD}<tu tuid="${'x'.repeat(2_000_000)}">${TU.slice(4)}</body></tmx>`, 'PARSE_ERROR'],
  ['a file cut in the middle', 'a.tmx', `${HEAD}${TU}${TU}`.slice(0, -30), 'PARSE_ERROR'],
  ['invalid UTF-8', 'a.tmx', Buffer.concat([Buffer.from(HEAD), Buffer.from([0xc3, 0x28]), Buffer.from(`${TU}</body></tmx>`)]), 'PARSE_ERROR'],
  ['a tu of 20,000 elements', 'a.tmx', `${HEAD}<tu><tuv xml:lang="ru"><seg>${'<ph/>'.repeat(20_000)}</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`, 'EMPTY_INPUT'],
  ['an encoding nobody knows', 'a.tmx', `<?xml version="1.0" encoding="x-klingon"?>${HEAD}${TU}</body></tmx>`, 'PARSE_ERROR'],
  ['a zip named .tmx', 'a.tmx', zipSync({ 'a.tmx': strToU8(HEAD) }), 'PARSE_ERROR'],
  ['HTML named .xlf', 'a.xlf', '<!doctype html><html><body><p>Hallo</p></body></html>', 'PARSE_ERROR'],
  ['a TMX with no tu', 'a.tmx', `${HEAD}</body></tmx>`, 'EMPTY_INPUT'],
  ['units without text', 'a.tmx', `${HEAD}${TU.replace(/Да|Ja/g, ' ')}</body></tmx>`, 'EMPTY_INPUT'],
  ['a CSV with an unclosed quote', 'a.csv', 'source_lang,target_lang,source,target\nru,de,"Да,Ja\n', 'PARSE_ERROR'],
  ['a CSV of one column', 'a.csv', 'eins\nzwei\n', 'PARSE_ERROR'],
  ['a CSV field of 2 MB', 'a.csv', `source_lang,target_lang,source,target\nru,de,${'я'.repeat(1_100_000)},x\n`, 'PARSE_ERROR'],
  ['an unknown extension', 'a.po', 'msgid "x"', 'UNSUPPORTED'],
];

function snapshot(): unknown {
  return {
    docs: services.db.prepare('SELECT COUNT(*) FROM documents').pluck().get(),
    units: services.db.prepare('SELECT COUNT(*) FROM tm_units').pluck().get(),
    imports: services.db.prepare('SELECT COUNT(*) FROM tm_imports').pluck().get(),
  };
}

describe('hostile documents (documents.importFile)', () => {
  it.each(DOCUMENTS)('%s -> %s', async (_what, fileName, bytes, code) => {
    const before = snapshot();
    const res = await call('documents.importFile', { projectId, role: 'source', lang: 'ru', fileName, dataBase64: b64(bytes), encoding: code === 'UNSUPPORTED' && fileName === 'a.txt' ? 'x-klingon' : null });
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(snapshot()).toEqual(before);
  });
});

describe('hostile memories (tm.importFile)', () => {
  it.each(MEMORIES)('%s -> %s', async (_what, fileName, bytes, code) => {
    const before = snapshot();
    const res = await call('tm.importFile', { fileName, dataBase64: b64(bytes) });
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect((res as { error: { message: string } }).error.message).not.toMatch(/Unexpected|\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  it('still imports a good file afterwards', async () => {
    expect(await call('tm.importFile', { fileName: 'good.tmx', dataBase64: b64(`${HEAD}${TU}</body></tmx>`) })).toMatchObject({ ok: true, value: { read: 1 } });
  });
});
