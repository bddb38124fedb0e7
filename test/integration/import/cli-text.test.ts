import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../../electron/cli/commands/text';
import type { CliCommand, ParsedArgs } from '../../../electron/cli/types';

const dir = mkdtempSync(join(tmpdir(), 'sverka-cli-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function command(name: string): CliCommand {
  const c = commands.find((x) => x.name === name);
  if (!c) throw new Error(`no command ${name}`);
  return c;
}

async function run(name: string, args: ParsedArgs): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await command(name).run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const DE = 'Titel ohne Punkt\r\n\r\nDer Besuch beginnt am 11. November. Toqajew sagte: „Wir sind bereit.“\r\n\r\nDie Zeitung „Rossiyskaya Gazeta“ berichtete.';

describe('CLI segment / quotes', () => {
  const deFile = join(dir, 'de.txt');
  writeFileSync(deFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DE, 'utf8')]));

  it('segment --json prints encoding, segments and paragraphs with offsets into the text', async () => {
    const r = await run('segment', { positional: [deFile], flags: { lang: 'de', json: true } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { encoding: string; segments: Array<{ start: number; end: number; text: string }>; paragraphs: Array<{ start: number; end: number }> };
    expect(j.encoding).toBe('utf-8');
    expect(j.segments.map((s) => s.text)).toEqual([
      'Titel ohne Punkt',
      'Der Besuch beginnt am 11. November.',
      'Toqajew sagte: „Wir sind bereit.“',
      'Die Zeitung „Rossiyskaya Gazeta“ berichtete.',
    ]);
    for (const s of j.segments) expect(DE.slice(s.start, s.end)).toBe(s.text);
    expect(j.paragraphs).toHaveLength(3);
    for (const p of j.paragraphs) expect(Object.keys(p).sort()).toEqual(['end', 'start']);
  });

  it('quotes --json prints start, end, text and kind', async () => {
    const r = await run('quotes', { positional: [deFile], flags: { lang: 'de', json: true } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { quotes: Array<{ start: number; end: number; text: string; kind: string }> };
    expect(j.quotes.map((q) => [q.text, q.kind])).toEqual([
      ['Wir sind bereit.', 'quotation'],
      ['Rossiyskaya Gazeta', 'title'],
    ]);
    for (const q of j.quotes) expect(DE.slice(q.start, q.end)).toBe(q.text);
  });

  it('prints a readable listing without --json and honours --encoding', async () => {
    const ru = join(dir, 'ru.txt');
    writeFileSync(ru, iconv.encode('Он сказал: «Мы придем». Потом ушел.', 'windows-1251'));
    const seg = await run('segment', { positional: [ru], flags: { lang: 'ru', encoding: 'windows-1251' } });
    expect(seg.code).toBe(0);
    expect(seg.out).toContain('windows-1251');
    expect(seg.out).toContain('Потом ушел.');
    const q = await run('quotes', { positional: [ru], flags: { lang: 'ru' } });
    expect(q.out).toContain('quotation');
    expect(q.out).toContain('Мы придем');
  });

  it('reports typed errors with a non-zero exit code', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await run('segment', { positional: [empty], flags: { json: true } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('EMPTY_INPUT');
    const missing = await run('quotes', { positional: [], flags: {} });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Usage');
  });
});
