import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  groupByLangPair,
  makeUnit,
  parseTmx,
  parseXliff12,
  serializeTmx,
  serializeXliff12,
  serializeXliff21,
  writeBilingualDocx,
  type InlineText,
  type TranslationUnit,
} from '../../../shared/formats';
import { repoRoot } from '../../support/paths';
import { generateUnits } from '../../fixtures/formats/generate';
import { ROUND_TRIP_UNITS } from '../../fixtures/formats/units';
import { loadDocx, loadWithToolkit, prepareSchemas, requireTools, systemTmxDtd, TMX_DTD_OWN, xmllint, type Schemas } from './validators';

const FIX = path.join(repoRoot, 'test', 'fixtures', 'formats');
const out = mkdtempSync(path.join(tmpdir(), 'sverka-formats-'));
let schemas: Schemas;

beforeAll(() => {
  // Fails (does not skip) when CI lacks a validator, naming the apt package.
  requireTools();
  schemas = prepareSchemas();
});

function write(name: string, text: string): string {
  const file = path.join(out, name);
  writeFileSync(file, text);
  return file;
}

/** translate-toolkit sees one unit per tu: the source and its first target. */
function firstPerTu(units: readonly TranslationUnit[]): TranslationUnit[] {
  return units.filter((u, i) => {
    const prev = units[i - 1];
    return !(prev && u.id !== undefined && prev.id === u.id && prev.sourceLang === u.sourceLang && JSON.stringify(prev.source) === JSON.stringify(u.source));
  });
}

/** What translate-toolkit shows as a unit's text: the text with native codes spelled out. */
function flat(inline: InlineText): string {
  return inline.map((r) => (typeof r === 'string' ? r : (r.data ?? ''))).join('');
}

const merged = [
  makeUnit({ id: 'm', sourceLang: 'ru', targetLang: 'de', source: 'Три', target: 'Drei', notes: ['de'], props: { origin: 'human' } }),
  makeUnit({ id: 'm', sourceLang: 'ru', targetLang: 'en', source: 'Три', target: 'Three', created: '2026-01-02T03:04:05Z' }),
];
const foreign = [...parseTmx(readFileSync(path.join(FIX, 'trados-style.tmx'), 'utf8')).units, ...parseTmx(readFileSync(path.join(FIX, 'omegat-style.tmx'), 'utf8')).units];

const SETS: ReadonlyArray<{ name: string; units: readonly TranslationUnit[] }> = [
  { name: 'round-trip fixture units', units: ROUND_TRIP_UNITS },
  { name: '1000 generated units', units: generateUnits(1000, 42) },
  { name: 'units read from foreign TMX', units: foreign },
];

describe('TMX exports validate against the TMX 1.4b DTD and load in translate-toolkit', () => {
  it.each(SETS)('$name', ({ name, units }) => {
    const file = write(`${name.replace(/\W+/g, '-')}.tmx`, serializeTmx(units, { srcLang: '*all*', props: { project: 'Prüfung' }, notes: ['Export'] }));
    const own = xmllint(['--dtdvalid', TMX_DTD_OWN], file);
    expect(own.output).toBe('');
    expect(own.ok).toBe(true);
    const lisa = systemTmxDtd();
    if (lisa !== undefined) expect(xmllint(['--dtdvalid', lisa], file)).toEqual({ ok: true, output: '' });
    const seen = loadWithToolkit('tmx', file);
    const tus = firstPerTu(units);
    expect(seen.map((u) => [u.source, u.target])).toEqual(tus.map((u) => [flat(u.source), flat(u.target)]));
    // Notes of a multi-target tu sit on its tuvs, which translate-toolkit does not report.
    const single = tus.map((u) => units.filter((v) => v.id !== undefined && v.id === u.id).length <= 1);
    expect(seen.map((u, i) => (single[i] ? u.notes : ''))).toEqual(tus.map((u, i) => (single[i] ? u.notes.join('\n') : '')));
  });

  it('a multi-target tu validates, and translate-toolkit sees its first target', () => {
    const file = write('merged.tmx', serializeTmx(merged));
    expect(xmllint(['--dtdvalid', TMX_DTD_OWN], file)).toEqual({ ok: true, output: '' });
    expect(loadWithToolkit('tmx', file).map((u) => [u.source, u.target])).toEqual([['Три', 'Drei']]);
  });

  it('the DTD check is real: a header without srclang and a tuv without xml:lang fail', () => {
    const good = serializeTmx(ROUND_TRIP_UNITS.slice(0, 1));
    for (const bad of [good.replace(/ srclang="\*all\*"/, ''), good.replace('<tuv xml:lang="ru">', '<tuv>'), good.replace('<seg>', '<seg><b/>')]) {
      expect(bad).not.toBe(good);
      expect(xmllint(['--dtdvalid', TMX_DTD_OWN], write('bad.tmx', bad)).ok).toBe(false);
    }
  });
});

describe('XLIFF 1.2 exports validate against the OASIS 1.2 strict schema and load in translate-toolkit', () => {
  it.each([...SETS, { name: 'multi-language units', units: merged }])('$name', ({ name, units }) => {
    const file = write(`${name.replace(/\W+/g, '-')}.xlf`, serializeXliff12(units));
    const v = xmllint(['--schema', schemas.xliff12], file);
    expect(v.output.trim()).toBe(`${file} validates`);
    const seen = loadWithToolkit('xliff', file);
    expect(seen.map((u) => [u.source, u.target])).toEqual(units.map((u) => [flat(u.source), flat(u.target)]));
    expect(seen.map((u) => u.approved)).toEqual(units.map((u) => u.props.status === 'approved'));
    units.forEach((u, i) => {
      for (const note of u.notes) expect(seen[i]?.notes).toContain(note);
    });
  });

  it('an empty export validates', () => {
    const file = write('empty.xlf', serializeXliff12([]));
    expect(xmllint(['--schema', schemas.xliff12], file).ok).toBe(true);
  });

  it('the schema check is real: an unknown state and a missing source fail', () => {
    const good = serializeXliff12(ROUND_TRIP_UNITS.slice(0, 1));
    for (const bad of [good.replace('state="final"', 'state="done"'), good.replace(/<source>.*<\/source>/, '')]) {
      expect(bad).not.toBe(good);
      expect(xmllint(['--schema', schemas.xliff12], write('bad.xlf', bad)).ok).toBe(false);
    }
  });

  it('reads back what translate-toolkit wrote', async () => {
    const { spawnSync } = await import('node:child_process');
    const file = path.join(out, 'toolkit.xlf');
    const script = `
from translate.storage import xliff
s = xliff.xlifffile(sourcelanguage='ru', targetlanguage='de')
u = s.addsourceunit('Он сказал «да» & ушёл')
u.target = 'Er sagte „ja“ & ging'
u.addnote('от инструмента', origin='translator')
u.markapproved(True)
s.savefile(${JSON.stringify(file)})
`;
    const r = spawnSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // translate-toolkit writes XLIFF 1.1 (its default namespace); the reader accepts 1.1 too.
    expect(readFileSync(file, 'utf8')).toContain('urn:oasis:names:tc:xliff:document:1.1');
    const [u] = parseXliff12(readFileSync(file, 'utf8')).units;
    expect(u?.source).toEqual(['Он сказал «да» & ушёл']);
    expect(u?.target).toEqual(['Er sagte „ja“ & ging']);
    expect(u?.props.status).toBe('approved');
    expect(u?.notes).toEqual(['от инструмента']);
  });
});

describe('XLIFF 2.1 exports validate against the OASIS 2.x core schema with the Metadata module', () => {
  const sets = [...SETS.flatMap((s) => groupByLangPair(s.units).map((g) => ({ name: `${s.name} ${g.sourceLang}-${g.targetLang}`, units: g.units })))];

  it.each(sets)('$name', ({ name, units }) => {
    const file = write(`${name.replace(/\W+/g, '-')}.xliff21.xlf`, serializeXliff21(units));
    for (const xsd of [schemas.xliff20core, schemas.xliff2WithMda]) {
      const v = xmllint(['--schema', xsd], file);
      expect(v.output.trim()).toBe(`${file} validates`);
    }
  });

  it('the metadata check is real: a meta without type fails only with the module schema', () => {
    const good = serializeXliff21(ROUND_TRIP_UNITS.slice(0, 1));
    const bad = good.replace('<mda:meta type="generator">', '<mda:meta kind="generator">');
    const file = write('bad.xliff21.xlf', bad);
    expect(xmllint(['--schema', schemas.xliff20core], file).ok).toBe(true);
    expect(xmllint(['--schema', schemas.xliff2WithMda], file).ok).toBe(false);
    expect(xmllint(['--schema', schemas.xliff20core], write('bad2.xliff21.xlf', good.replace('state="final"', 'state="approved"'))).ok).toBe(false);
  });
});

describe('bilingual DOCX opens in python-docx', () => {
  it('shows the title and one row per unit with the texts', () => {
    const units = generateUnits(200, 5).filter((u) => !u.source.some((r) => typeof r !== 'string') && !u.target.some((r) => typeof r !== 'string'));
    const file = path.join(out, 'review.docx');
    writeFileSync(file, writeBilingualDocx(units, { title: 'Abgleich «Test»' }));
    const { paragraphs, rows } = loadDocx(file);
    expect(paragraphs[0]).toBe('Abgleich «Test»');
    expect(rows[0]).toEqual(['Русский', 'Deutsch', 'Status', 'Anmerkung']);
    // python-docx renders w:br as "\n" and w:tab as "\t"; CRLF and CR become one break.
    const shown = (s: string) => s.replace(/\r\n|\r/g, '\n');
    expect(rows.slice(1)).toEqual(units.map((u) => [shown(flat(u.source)), shown(flat(u.target)), u.props.status ?? '', shown(u.notes.join('\n'))]));
  });
});
