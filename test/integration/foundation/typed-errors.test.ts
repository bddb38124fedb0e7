import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { CliCommand } from '../../../electron/cli/types';
import { openDatabase } from '../../../electron/db/connection';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createServices } from '../../../electron/services';
import { readDocumentFile } from '../../../electron/services/import';
import { SverkaError } from '../../../shared/errors';
import { MAX_DOCUMENT_DEPTH } from '../../../shared/limits';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-errors-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const tmx = (n: number) =>
  `<?xml version="1.0"?><tmx version="1.4"><header srclang="ru" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>${Array.from(
    { length: n },
    (_, i) => `<tu><tuv xml:lang="ru"><seg>Довольно длинное предложение номер ${i} для заполнения страниц.</seg></tuv><tuv xml:lang="de"><seg>Ein recht langer Satz Nummer ${i} zum Füllen der Seiten.</seg></tuv></tu>`,
  ).join('')}</body></tmx>`;

async function cliWith(command: CliCommand, env: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  let err = '';
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const code = await runCli(['boom', '--db', path.join(tmp(), 'x.db')], { out: () => {}, err: (t) => (err += t) }, [command]);
    return { code, err };
  } finally {
    process.env = saved;
  }
}

/** A real SqliteError of the given kind, made by SQLite itself. */
function sqliteError(kind: 'readonly' | 'full'): Error {
  const db = openDatabase(path.join(tmp(), 'e.db'));
  try {
    if (kind === 'readonly') db.pragma('query_only = 1');
    else db.pragma('max_page_count = 60');
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', ?)").run('x'.repeat(kind === 'full' ? 1_000_000 : 1));
  } catch (err) {
    return err as Error;
  } finally {
    db.close();
  }
  throw new Error('SQLite did not fail');
}

describe('errors a user can meet are typed messages, never stack traces', () => {
  it.each([
    ['a read-only database', 'readonly', 'DB_READONLY', /cannot be written.*read-only.*nothing was changed/],
    ['a full disk', 'full', 'DISK_FULL', /disk is full.*Free some space/],
  ] as const)('the command line reports %s', async (_what, kind, code, message) => {
    const err = sqliteError(kind);
    const res = await cliWith({ name: 'boom', summary: '', usage: 'boom', run: () => Promise.reject(err) });
    expect(res.code).toBe(1);
    expect(res.err).toMatch(new RegExp(`^Error \\(${code}\\): `));
    expect(res.err).toMatch(message);
    expect(res.err).not.toMatch(/\n\s+at /);
    expect(res.err).not.toContain('SqliteError');
  });

  it('an unknown error prints one line; the stack only with SVERKA_DEBUG', async () => {
    const boom: CliCommand = { name: 'boom', summary: '', usage: 'boom', run: () => Promise.reject(new TypeError('x is not a function')) };
    const quiet = await cliWith(boom);
    expect(quiet.err).toBe('Unexpected error: TypeError: x is not a function (set SVERKA_DEBUG=1 for details)\n');
    const loud = await cliWith(boom, { SVERKA_DEBUG: '1' });
    expect(loud.err).toMatch(/TypeError: x is not a function\n\s+at /);
  });

  it('over IPC a read-only database, a full disk and corruption found by a query are typed failures', async () => {
    const dir = tmp();
    const dbFile = path.join(dir, 'ipc.db');
    const s = createServices({ dbFile, shell: 'web', backup: 'off' });
    const call = createDispatch(s);
    try {
      const dataBase64 = Buffer.from(tmx(2000)).toString('base64');
      s.db.pragma('query_only = 1');
      expect(await call('projects.create', { name: 'Nur lesen' })).toMatchObject({ ok: false, error: { code: 'DB_READONLY', message: expect.stringContaining(dbFile) } });
      s.db.pragma('query_only = 0');
      const pages = s.db.pragma('page_count', { simple: true }) as number;
      s.db.pragma(`max_page_count = ${pages + 20}`);
      const full = await call('tm.importFile', { fileName: 'big.tmx', dataBase64 });
      expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      // The import was one transaction: nothing of it stayed.
      expect(s.tm.stats()).toMatchObject({ units: 0, imports: 0 });
      s.db.pragma('max_page_count = 1073741823');
      expect(await call('tm.importFile', { fileName: 'big.tmx', dataBase64 })).toMatchObject({ ok: true, value: { read: 2000 } });
    } finally {
      s.close();
    }
    // Damage the lookup index: the database opens (its check is off here), the lookup hits it.
    const db = openDatabase(dbFile);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'tm_units_source_hash' ORDER BY pageno LIMIT 1").pluck().get() as number;
    db.close();
    const fd = fs.openSync(dbFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(4088, 0xa5), 0, undefined, (page - 1) * 4096 + 8);
    fs.closeSync(fd);
    const again = createServices({ dbFile, shell: 'web', backup: 'off', integrity: 'off' });
    try {
      const res = await createDispatch(again)('tm.lookup', { text: 'Довольно длинное предложение номер 7 для заполнения страниц.' });
      expect(res).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', message: expect.stringMatching(/damaged.*(No good backup|newest good backup)/s) } });
    } finally {
      again.close();
    }
  });

  it('refuses an HTML page nested deeper than any article with TOO_DEEP instead of running out of stack', async () => {
    const dir = tmp();
    const deep = path.join(dir, 'deep.html');
    fs.writeFileSync(deep, `<html><body>${'<div>'.repeat(100_000)}Text${'</div>'.repeat(100_000)}</body></html>`);
    const err = await readDocumentFile(deep).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SverkaError);
    expect(err).toMatchObject({ code: 'TOO_DEEP', details: { limit: MAX_DOCUMENT_DEPTH } });
    // A page nested as deep as real ones go is read.
    fs.writeFileSync(deep, `<html><body>${'<div>'.repeat(200)}Text${'</div>'.repeat(200)}</body></html>`);
    expect((await readDocumentFile(deep)).text).toBe('Text');
  });
});
