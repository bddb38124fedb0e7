import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-lexcli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('lexicon commands', () => {
  it('import, list and remove a dictionary; a broken one fails with its line and leaves the list as it was', async () => {
    const db = path.join(dir, 'cli.db');
    const dict = path.join(dir, 'eigen.tsv');
    fs.writeFileSync(dict, 'Flunkerei\tвраньё\nSeeweg\tморской путь\n');
    const imp = await cli('lexicon', 'import', dict, '--db', db, '--json');
    expect(imp.code).toBe(0);
    const r = JSON.parse(imp.out) as { id: number; entries: number; format: string; projectId: number | null };
    expect(r).toMatchObject({ entries: 2, format: 'tsv', projectId: null });

    const bad = path.join(dir, 'kaputt.tsv');
    fs.writeFileSync(bad, 'Zoll\tпошлина\nkein Tab hier\n');
    const failed = await cli('lexicon', 'import', bad, '--db', db);
    expect(failed.code).not.toBe(0);
    expect(failed.err).toMatch(/line 2/);

    const list = JSON.parse((await cli('lexicon', 'list', '--db', db, '--json')).out) as { lexicons: { id: number; name: string }[] };
    expect(list.lexicons.map((l) => l.name)).toEqual(['eigen.tsv']);

    // align --db reads the database's dictionaries: the user's pair is evidence of kind "user".
    const ru = path.join(dir, 'ru.txt');
    const de = path.join(dir, 'de.txt');
    fs.writeFileSync(ru, 'Министр ответил: «Это враньё».\n\nПотом он ушёл.\n');
    fs.writeFileSync(de, 'Der Minister antwortete: „Das ist Flunkerei.“\n\nDann ging er.\n');
    const aligned = JSON.parse((await cli('align', '--source', ru, '--target', de, '--db', db, '--json')).out) as { quotes: { source: { text: string } | null; evidence?: { by: string }[] }[] };
    expect(aligned.quotes[0]?.source?.text).toContain('враньё');
    expect(aligned.quotes[0]?.evidence?.some((e) => e.by === 'user')).toBe(true);

    expect((await cli('lexicon', 'remove', String(r.id), '--db', db)).code).toBe(0);
    expect((await cli('lexicon', 'list', '--db', db)).out).toMatch(/No dictionaries imported/);
    expect((await cli('lexicon', 'remove', String(r.id), '--db', db)).code).not.toBe(0);
  });
});
