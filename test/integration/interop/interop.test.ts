import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/connection';
import { TmService } from '../../../electron/services/tm';
import { SverkaError } from '../../../shared/errors';
import { parseUnits, readUnits } from '../../../shared/formats';
import type { TmExportFormat } from '../../../shared/tm/types';
import { PYTHON } from '../formats/validators';
import { repoRoot, sharedDir } from '../../support/paths';

// The real TMX, XLIFF and CSV files other tools wrote (OmegaT's and translate-toolkit's test
// data, see ../shared/interop/SOURCES.md), read from ../shared and never copied: each is
// imported the way the app imports it and compared with what translate-toolkit reads.

const INTEROP = path.join(sharedDir, 'interop');
const EXT = /\.(tmx|xlf|xliff|csv|tsv)$/i;
/** What the app passes as the open project's pair: used only by files that name no language. */
const FALLBACK = { sourceLang: 'en', targetLang: 'de' };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

interface ToolkitCount {
  units?: number;
  translated?: number;
  error?: string;
}

// translate-toolkit's own readers, by extension: units (header units left out) and those with
// text (more than whitespace) in both source and target.
// For Sverka's own CSV exports ("strict"), Python's csv module with the RFC 4180 dialect
// counts the records instead: translate-toolkit guesses a CSV's delimiter from a sample and
// takes the ':' of the time stamps for it.
const TOOLKIT = `
import csv, io, json, sys
from translate.storage import tmx, xliff, csvl10n
out = {}
args = json.load(sys.stdin)
for p in args['files']:
    ext = p.rsplit('.', 1)[-1].lower()
    if args['strict'] and ext == 'csv':
        with open(p, encoding='utf-8-sig', newline='') as f:
            rows = [r for r in csv.reader(f, dialect='excel') if r]
        out[p] = {'units': len(rows) - 1, 'translated': sum(1 for r in rows[1:] if r[2].strip() and r[3].strip())}
        continue
    cls = tmx.tmxfile if ext == 'tmx' else csvl10n.csvfile if ext in ('csv', 'tsv') else xliff.xlifffile
    try:
        units = [u for u in cls.parsefile(p).units if not u.isheader()]
        out[p] = {'units': len(units), 'translated': sum(1 for u in units if (u.source or '').strip() and (u.target or '').strip())}
    except Exception as e:
        out[p] = {'error': type(e).__name__ + ': ' + str(e)[:200]}
print(json.dumps(out))
`;

function toolkit(files: readonly string[], strict = false): Record<string, ToolkitCount> {
  const r = spawnSync(PYTHON, ['-c', TOOLKIT], { input: JSON.stringify({ files, strict }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`translate-toolkit failed (apt-get install translate-toolkit):\n${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, ToolkitCount>;
}

interface Row {
  file: string;
  kind: 'tmx' | 'xliff12' | 'xliff2' | 'csv';
  toolkit: ToolkitCount;
  /** Units Sverka found in the file, read into the memory, and skipped (by reason). */
  found?: number;
  read?: number;
  skipped?: number;
  reasons?: Partial<Record<string, number>>;
  error?: SverkaError;
  /** Export file -> [units Sverka wrote, tus/trans-units/records in it]. */
  exports: Array<{ format: TmExportFormat; file: string; units: number; elements: number }>;
}

const rows: Row[] = [];
let work: string;
const dbs: Db[] = [];

function kindOf(file: string): Row['kind'] {
  if (/\.tmx$/i.test(file)) return 'tmx';
  if (/\.(csv|tsv)$/i.test(file)) return 'csv';
  const head = fs.readFileSync(file, 'utf8').slice(0, 4096);
  return /urn:oasis:names:tc:xliff:document:2\.0/.test(head) ? 'xliff2' : 'xliff12';
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-interop-'));
  const files = walk(INTEROP).filter((f) => EXT.test(f)).sort();
  const tk = toolkit(files);
  for (const file of files) {
    const row: Row = { file: path.relative(INTEROP, file), kind: kindOf(file), toolkit: tk[file] ?? { error: 'not run' }, exports: [] };
    rows.push(row);
    const db = openDatabase(':memory:');
    dbs.push(db);
    const tm = new TmService(db);
    try {
      const res = tm.importFile(file, { fallback: FALLBACK });
      Object.assign(row, { found: res.found, read: res.read, skipped: res.skipped, reasons: res.reasons });
    } catch (err) {
      if (!(err instanceof SverkaError)) throw err;
      row.error = err;
      continue;
    }
    // Every format translate-toolkit reads (it has no XLIFF 2 reader).
    for (const format of ['tmx', 'xliff12', 'csv'] as const) {
      const out = path.join(work, `${rows.length}.${format === 'xliff12' ? 'xlf' : format}`);
      const { units } = tm.exportToFile(out, format);
      const text = fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, '');
      // What a reader of the format sees as units: tus (one per source with all its targets), trans-units, records.
      const elements = readUnits(format, text).stats.found;
      row.exports.push({ format, file: out, units, elements });
    }
  }
  const again = toolkit(rows.flatMap((r) => r.exports.map((e) => e.file)), true);
  for (const r of rows) for (const e of r.exports) Object.assign(e, { toolkit: again[e.file] });
  writeTable();
}, 120_000);

afterAll(() => {
  for (const db of dbs) db.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The comparison, for the record (test-artifacts/interop.md, git-ignored). */
function writeTable(): void {
  const lines = ['| file | kind | translate-toolkit units (translated) | Sverka found | read | skipped | result |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const tk = r.toolkit.error ? `error: ${r.toolkit.error.split(':')[0]}` : `${r.toolkit.units} (${r.toolkit.translated})`;
    const result = r.error ? `${r.error.code}: ${r.error.message.slice(0, 90)}` : Object.entries(r.reasons ?? {}).map(([k, v]) => `${v} ${k}`).join(', ') || 'ok';
    lines.push(`| ${r.file} | ${r.kind} | ${tk} | ${r.found ?? ''} | ${r.read ?? ''} | ${r.skipped ?? ''} | ${result} |`);
  }
  fs.mkdirSync(path.join(repoRoot, 'test-artifacts'), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, 'test-artifacts', 'interop.md'), `${lines.join('\n')}\n`);
}

describe('interop with the files other tools wrote (../shared/interop)', () => {
  it('finds all 91 files', () => {
    expect(rows).toHaveLength(91);
  });

  it('rejects no file translate-toolkit reads translations from, and leaves none silently empty', () => {
    const problems: string[] = [];
    for (const r of rows) {
      const tkRead = r.toolkit.error === undefined;
      if (r.error) {
        // A file may fail only when translate-toolkit finds no translation in it either, or
        // when its units hold inline codes but no text (translate-toolkit counts the codes'
        // content as text; a memory cannot match such a unit). The error must say why.
        const reasons = Object.keys((r.error.details?.['reasons'] as object | undefined) ?? {});
        const codesOnly = reasons.length === 1 && reasons[0] === 'empty';
        if (tkRead && (r.toolkit.translated ?? 0) > 0 && !codesOnly) problems.push(`${r.file}: rejected (${r.error.message}) though translate-toolkit reads ${r.toolkit.translated} translations`);
        if (!/skipped: \d+ |no translation units|line \d+/.test(r.error.message)) problems.push(`${r.file}: the error does not say why: ${r.error.message}`);
        continue;
      }
      if (!(r.read! > 0)) problems.push(`${r.file}: imported with 0 units`);
    }
    expect(problems).toEqual([]);
  });

  it('finds as many units as translate-toolkit in every file it reads (XLIFF 2 aside: it has no reader for it)', () => {
    const problems: string[] = [];
    for (const r of rows) {
      if (r.toolkit.error !== undefined || r.kind === 'xliff2') continue;
      // Sverka's count of a failed import is in the error's details.
      const found = r.found ?? (r.error?.details?.['found'] as number | undefined);
      if (found !== r.toolkit.units) problems.push(`${r.file}: Sverka found ${found}, translate-toolkit ${r.toolkit.units}`);
    }
    expect(problems).toEqual([]);
  });

  it('reads every translation translate-toolkit reads, or names it as a unit without text', () => {
    // translate-toolkit reads a headerless CSV as location + source, so its count of
    // translations there is 0; Sverka reads source + target.
    const taken = (r: Row) => (r.read ?? 0) + ((r.reasons ?? (r.error?.details?.['reasons'] as Row['reasons']))?.['empty'] ?? 0);
    const problems = rows.filter((r) => r.kind !== 'csv' && taken(r) < (r.toolkit.translated ?? 0)).map((r) => `${r.file}: ${taken(r)} < ${r.toolkit.translated}`);
    expect(problems).toEqual([]);
  });

  it('writes exports translate-toolkit re-reads with the same count', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const r of rows) {
      for (const e of r.exports as Array<Row['exports'][number] & { toolkit?: ToolkitCount }>) {
        checked++;
        if (e.toolkit?.error !== undefined) problems.push(`${r.file} -> ${e.format}: translate-toolkit cannot read it: ${e.toolkit?.error}`);
        else if (e.toolkit?.units !== e.elements) problems.push(`${r.file} -> ${e.format}: translate-toolkit reads ${e.toolkit?.units}, the file holds ${e.elements}`);
        // And Sverka reads back every unit it wrote.
        const back = parseUnits(e.format, fs.readFileSync(e.file, 'utf8').replace(/^\uFEFF/, '')).length;
        if (back !== e.units) problems.push(`${r.file} -> ${e.format}: wrote ${e.units}, reads back ${back}`);
      }
    }
    if (problems.length > 0) process.stdout.write(`${problems.join('\n')}\n`);
    expect(checked).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });
});
