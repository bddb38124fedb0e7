import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { MAX_DOCUMENT_BYTES } from '../../../shared/limits';

// `align` reads its documents through the same gate as `segment` and the app.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-align-gate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const RU = 'Переговоры прошли успешно. «Мы договорились о многом», — сказал он.';
const DE = 'Die Gespräche waren erfolgreich. „Wir haben uns über vieles geeinigt“, sagte er.';

function file(name: string, bytes: Buffer | Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function docx(paragraphs: string[]): Uint8Array {
  const ps = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${ps}</w:body></w:document>`) });
}

async function align(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['align', ...args, '--source-lang', 'ru', '--target-lang', 'de', '--json'], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('align reads documents through the input gate', () => {
  it('refuses an empty source before reading a target over the size limit', async () => {
    const empty = file('empty.ru.txt', '');
    const huge = path.join(dir, 'huge.de.txt');
    // A sparse file: as large as a real one to the size check, without writing 52 MiB.
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_DOCUMENT_BYTES + 2 * 1024 * 1024);
    const a = await align('--source', empty, '--target', huge);
    expect(a).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/EMPTY_INPUT.*empty\.ru\.txt is empty/) });
    const b = await align('--source', file('ok.ru.txt', RU), '--target', huge);
    expect(b).toMatchObject({ code: 1, err: expect.stringMatching(/TOO_LARGE.*huge\.de\.txt is 52 MiB; Sverka imports files up to 50 MiB/) });
    const c = await align('--source', file('blank.ru.txt', ' \n\t\n'), '--target', file('ok.de.txt', DE));
    expect(c).toMatchObject({ code: 1, err: expect.stringMatching(/EMPTY_INPUT.*only whitespace/) });
  });

  it('reads Windows-1251, UTF-16 without BOM and .docx like segment does', async () => {
    for (const [name, bytes] of [
      ['cp1251.ru.txt', iconv.encode(RU, 'windows-1251')],
      ['utf16.ru.txt', iconv.encode(RU, 'utf-16le')],
    ] as const) {
      const r = await align('--source', file(name, bytes), '--target', file('artikel.de.docx', docx(DE.split(/(?<=\.) /))));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as { source: { segments: { text: string }[] }; target: { segments: { text: string }[] }; quotes: unknown[] };
      expect(out.source.segments.map((s) => s.text).join(' ')).toBe(RU);
      expect(out.target.segments[0]!.text).toBe('Die Gespräche waren erfolgreich.');
      expect(out.quotes.length).toBeGreaterThan(0);
    }
  });

  it('honours --source-encoding and keeps a UTF-8 BOM at offset 0 as the scorers read it', async () => {
    const koi = file('koi.ru.txt', iconv.encode('Переговоры прошли успешно.', 'koi8-r'));
    const bom = file('bom.de.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Die Gespräche waren erfolgreich.')]));
    const r = await align('--source', koi, '--source-encoding', 'koi8-r', '--target', bom, '--segmented');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { source: { segments: { text: string }[] }; target: { segments: { start: number; text: string }[] } };
    expect(out.source.segments[0]!.text).toBe('Переговоры прошли успешно.');
    expect(out.target.segments[0]).toMatchObject({ start: 1, text: 'Die Gespräche waren erfolgreich.' });
  });
});
