import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../support/paths';

/**
 * Where the external validators come from. All are Debian packages that .ci/run installs:
 *   libxml2-utils           xmllint
 *   translate-toolkit       the `translate` Python module under /usr/bin/python3
 *   php-symfony-translation the OASIS XLIFF 1.2 (strict) and 2.0 core XSDs and W3C xml.xsd
 *   python3-docx            python-docx, to open the bilingual DOCX as a real consumer would
 * Nothing here downloads anything. A missing validator makes the tests FAIL (see `requireTools`).
 *
 * TMX: no Debian package ships the LISA TMX 1.4b DTD and its licence is unclear, so it is not
 * copied into the repo. The tests validate against test/fixtures/formats/schemas/tmx14-sverka.dtd,
 * written for this project from the TMX 1.4b specification, and additionally against a system
 * copy of the LISA DTD when one is named in SVERKA_TMX14_DTD or found in TMX_DTD_CANDIDATES.
 *
 * XLIFF 2: the 2.1 core schema equals the 2.0 one for everything Sverka writes (2.1 only added
 * ITS attributes and modules), so version="2.1" documents validate against xliff-core-2.0.xsd.
 * No Debian package ships the Metadata module XSD; schemas/xliff2-metadata-sverka.xsd is written
 * from the specification and imported next to the core schema so mda:* is checked, not skipped.
 */
export const SCHEMA_DIR = process.env.SVERKA_XLIFF_SCHEMA_DIR ?? '/usr/share/php/Symfony/Component/Translation/Resources/schemas';
export const PYTHON = '/usr/bin/python3';
const FIXTURE_SCHEMAS = path.join(repoRoot, 'test', 'fixtures', 'formats', 'schemas');
export const TMX_DTD_OWN = path.join(FIXTURE_SCHEMAS, 'tmx14-sverka.dtd');
const TMX_DTD_CANDIDATES = ['/usr/share/xml/tmx/tmx14.dtd', '/usr/share/xml/tmx/1.4/tmx14.dtd'];

export function systemTmxDtd(): string | undefined {
  const env = process.env.SVERKA_TMX14_DTD;
  if (env) {
    if (!existsSync(env)) throw new Error(`SVERKA_TMX14_DTD names a missing file: ${env}`);
    return env;
  }
  return TMX_DTD_CANDIDATES.find((p) => existsSync(p));
}

/** Throws with the apt package to install when a validator is missing. */
export function requireTools(): void {
  const problems: string[] = [];
  if (spawnSync('xmllint', ['--version']).status !== 0) problems.push('xmllint missing: apt-get install libxml2-utils');
  if (spawnSync(PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.xliff']).status !== 0) problems.push(`${PYTHON} cannot import translate: apt-get install translate-toolkit`);
  if (spawnSync(PYTHON, ['-c', 'import docx']).status !== 0) problems.push(`${PYTHON} cannot import docx: apt-get install python3-docx`);
  for (const f of ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd']) {
    if (!existsSync(path.join(SCHEMA_DIR, f))) problems.push(`${path.join(SCHEMA_DIR, f)} missing: apt-get install php-symfony-translation (or set SVERKA_XLIFF_SCHEMA_DIR)`);
  }
  if (problems.length > 0) throw new Error(`Format validators unavailable:\n  ${problems.join('\n  ')}`);
}

export interface Schemas {
  dir: string;
  xliff12: string;
  xliff20core: string;
  /** Core + Metadata module. */
  xliff2WithMda: string;
}

/**
 * Copies the system XSDs to a temp dir and points their xml.xsd imports at the local copy
 * (the packaged files name a W3C URL or a folder that is not shipped; xmllint must not go online).
 */
export function prepareSchemas(): Schemas {
  const dir = mkdtempSync(path.join(tmpdir(), 'sverka-xsd-'));
  copyFileSync(path.join(SCHEMA_DIR, 'xml.xsd'), path.join(dir, 'xml.xsd'));
  const fix = (name: string) => {
    const text = readFileSync(path.join(SCHEMA_DIR, name), 'utf8').replace(/(<xs(?:d)?:import\s+namespace="http:\/\/www\.w3\.org\/XML\/1998\/namespace"\s+schemaLocation=")[^"]*(")/g, '$1xml.xsd$2');
    if (!text.includes('schemaLocation="xml.xsd"')) throw new Error(`${name}: could not redirect its xml.xsd import`);
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const xliff12 = fix('xliff-core-1.2-strict.xsd');
  const xliff20core = fix('xliff-core-2.0.xsd');
  copyFileSync(path.join(FIXTURE_SCHEMAS, 'xliff2-metadata-sverka.xsd'), path.join(dir, 'metadata.xsd'));
  const xliff2WithMda = path.join(dir, 'xliff2-with-mda.xsd');
  writeFileSync(
    xliff2WithMda,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:sverka:validation-wrapper" elementFormDefault="qualified">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="xliff-core-2.0.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="metadata.xsd"/>
</xs:schema>
`,
  );
  return { dir, xliff12, xliff20core, xliff2WithMda };
}

export interface ToolResult {
  ok: boolean;
  output: string;
}

/** xmllint --noout --nonet plus the given mode; never touches the network. */
export function xmllint(args: string[], file: string): ToolResult {
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export interface ToolkitUnit {
  source: string;
  target: string;
  notes: string;
  approved: boolean | null;
}

const LOAD_SCRIPT = `
import json, sys
from translate.storage import tmx, xliff
kind, path = sys.argv[1], sys.argv[2]
store = (tmx.tmxfile if kind == 'tmx' else xliff.xlifffile).parsefile(path)
out = []
for u in store.units:
    if kind == 'xliff' and u.isheader():
        continue
    out.append({'source': u.source or '', 'target': u.target or '', 'notes': u.getnotes() or '',
                'approved': (u.isapproved() if kind == 'xliff' else None)})
print(json.dumps(out, ensure_ascii=False))
`;

/** Loads a TMX or XLIFF 1.2 file with translate-toolkit and returns what it saw. */
export function loadWithToolkit(kind: 'tmx' | 'xliff', file: string): ToolkitUnit[] {
  const r = spawnSync(PYTHON, ['-c', LOAD_SCRIPT, kind, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`translate-toolkit could not load ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as ToolkitUnit[];
}

const DOCX_SCRIPT = `
import json, sys, docx
d = docx.Document(sys.argv[1])
t = d.tables[0]
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'rows': [[c.text for c in r.cells] for r in t.rows]}, ensure_ascii=False))
`;

/** Opens a .docx with python-docx: paragraphs outside tables and the first table's cell texts. */
export function loadDocx(file: string): { paragraphs: string[]; rows: string[][] } {
  const r = spawnSync(PYTHON, ['-c', DOCX_SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python-docx could not open ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as { paragraphs: string[]; rows: string[][] };
}
