// The Debian packages the tests need, in ONE place: `npm test` (scripts/test.mjs) installs the
// missing ones when it runs as root where apt-get exists, and otherwise stops at once with the
// exact command. The README lists the same packages. Add a package by adding an entry here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PYTHON = '/usr/bin/python3';
const XLIFF_SCHEMAS = process.env.SVERKA_XLIFF_SCHEMA_DIR ?? '/usr/share/php/Symfony/Component/Translation/Resources/schemas';

/** Is `cmd` an executable on PATH? */
function onPath(cmd) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * PostgreSQL's server binaries and pg_trgm, found the way test/support/postgres.ts finds them:
 * Debian keeps each major version under /usr/lib/postgresql/<major>/bin (SVERKA_PG_ROOT moves
 * that folder), else `initdb` on PATH.
 */
function postgresPresent() {
  const debian = '/usr/lib/postgresql';
  const root = process.env.SVERKA_PG_ROOT ?? debian;
  let versions = [];
  try {
    versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')));
  } catch {
    // no Debian layout
  }
  if (versions.length === 0) return onPath('initdb');
  // Debian's contrib (pg_trgm) ships in the same package (postgresql-<major>).
  if (root !== debian) return true;
  return versions.some((v) => fs.existsSync(path.join('/usr/share/postgresql', v, 'extension', 'pg_trgm.control')));
}

const pythonImports = (module) => spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

/**
 * Each package with what needs it and how to tell that it is there (the same probe the tests
 * use, so "installed" means "usable by the tests").
 */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', usedFor: 'browser tests (test/e2e)', present: () => fs.existsSync(process.env.SVERKA_CHROMIUM ?? '/usr/bin/chromium') },
  { name: 'libxml2-utils', usedFor: 'xmllint: TMX and XLIFF schema validation', present: () => onPath('xmllint') },
  { name: 'translate-toolkit', usedFor: 'reading exported TMX/XLIFF as another tool would', present: () => pythonImports('translate.storage.tmx, translate.storage.xliff') },
  {
    name: 'php-symfony-translation',
    usedFor: 'the OASIS XLIFF 1.2/2.0 schemas and xml.xsd',
    present: () => ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd'].every((f) => fs.existsSync(path.join(XLIFF_SCHEMAS, f))),
  },
  { name: 'python3-docx', usedFor: 'opening the bilingual DOCX export', present: () => pythonImports('docx') },
  // Team memory (issue 15): throwaway PostgreSQL clusters, and certificates for its TLS test.
  { name: 'postgresql', usedFor: 'team memory tests: a throwaway PostgreSQL cluster with pg_trgm', present: postgresPresent },
  { name: 'openssl', usedFor: 'certificates for the team memory TLS test', present: () => onPath('openssl') },
];

export function missingPackages(list = SYSTEM_PACKAGES) {
  return list.filter((p) => !p.present()).map((p) => p.name);
}

export function aptCommand(names) {
  return `apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

/**
 * What to do about missing packages: nothing, install them (root with apt-get, unless
 * SVERKA_NO_APT=1 says not to touch the system), or stop and print the command.
 */
export function plan(missing, { isRoot, hasApt, noApt }) {
  if (missing.length === 0) return { action: 'none' };
  if (isRoot && hasApt && !noApt) return { action: 'install', command: aptCommand(missing) };
  return { action: 'stop', command: `${isRoot ? '' : 'sudo '}${aptCommand(missing)}` };
}

/** Checks, installs or explains; returns true when every package is there afterwards. */
export function ensureSystemPackages(log = (s) => process.stdout.write(s)) {
  const missing = missingPackages();
  const p = plan(missing, {
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: onPath('apt-get'),
    noApt: process.env.SVERKA_NO_APT === '1',
  });
  if (p.action === 'none') return true;
  if (p.action === 'stop') {
    log(`The tests need these system packages, which are missing: ${missing.join(', ')}.\nInstall them with:\n\n  ${p.command}\n\n`);
    return false;
  }
  log(`Installing the system packages the tests need: ${missing.join(', ')}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!run(['update']) || !run(['install', '-y', '--no-install-recommends', ...missing])) {
    log(`apt-get failed. Install the packages by hand:\n\n  ${p.command}\n\n`);
    return false;
  }
  const still = missingPackages();
  if (still.length > 0) {
    log(`Still missing after apt-get: ${still.join(', ')}.\n`);
    return false;
  }
  return true;
}

// `node scripts/system-packages.mjs`: check (and install as root) without running the tests;
// `--list` prints the package names, one a line.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--list')) {
    for (const p of SYSTEM_PACKAGES) process.stdout.write(`${p.name}\n`);
  } else {
    process.exit(ensureSystemPackages() ? 0 : 1);
  }
}
