import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/connection';
import { TmService } from '../../../electron/services/tm';

type Scope = 'test' | 'file';
const held: Record<Scope, { dirs: string[]; dbs: Db[] }> = { test: { dirs: [], dbs: [] }, file: { dirs: [], dbs: [] } };

/** A fresh temp folder, removed after the test (scope 'file': after the file's tests). */
export function tmpDir(prefix = 'sverka-tm-', scope: Scope = 'test'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  held[scope].dirs.push(d);
  return d;
}

/** A TM service over a real SQLite file in a temp folder. */
export function fileTm(now?: () => string, scope: Scope = 'test'): { tm: TmService; db: Db; file: string; dir: string } {
  const dir = tmpDir('sverka-tm-', scope);
  const file = path.join(dir, 'tm.db');
  const db = openDatabase(file);
  held[scope].dbs.push(db);
  return { tm: new TmService(db, now), db, file, dir };
}

function release(scope: Scope): void {
  for (const db of held[scope].dbs.splice(0)) if (db.open) db.close();
  for (const d of held[scope].dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}
afterEach(() => release('test'));
afterAll(() => release('file'));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A small TMX 1.4 document from [source, target, extra tu markup] triples. */
export function tmx(units: readonly (readonly [string, string, string?])[], srclang = 'ru', tgt = 'de'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="${srclang}" datatype="plaintext"/>`,
    '<body>',
    ...units.map(
      ([s, t, extra], i) =>
        `<tu tuid="t${i + 1}">${extra ?? ''}<tuv xml:lang="${srclang}"><seg>${esc(s)}</seg></tuv><tuv xml:lang="${tgt}"><seg>${esc(t)}</seg></tuv></tu>`,
    ),
    '</body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** Everything in the memory, in a comparable form (ids and dates left out). */
export function snapshot(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT source_lang, target_lang, source, target, source_inline, target_inline, origin, reviewed, status, props, notes
       FROM tm_units ORDER BY id`,
    )
    .all()
    .concat(db.prepare('SELECT file_name, units_read FROM tm_imports ORDER BY id').all());
}
