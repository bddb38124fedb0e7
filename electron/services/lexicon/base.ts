import fs from 'node:fs';
import path from 'node:path';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { resourcesDir } from '../sample';

/** The shipped German–Russian base lexicon (resources/lexicon/de-ru.tsv, CC BY-SA: see the NOTICE there). */
export function baseLexiconFile(): string {
  return path.join(resourcesDir(), 'lexicon', 'de-ru.tsv');
}

/**
 * The compiled form of the base lexicon (de-ru.lexc beside the TSV), written by the build
 * (scripts/build.mjs): read lazily, a few milliseconds instead of parsing the TSV.
 */
export function compiledLexiconFile(): string {
  return baseLexiconFile().replace(/\.tsv$/, '.lexc');
}

/**
 * Reads the base lexicon: the compiled form when it is there and not older than the TSV,
 * else the TSV itself (a source checkout without a build). Null when neither can be read.
 */
export function readBaseLexicon(): BilingualLexicon | null {
  const tsv = baseLexiconFile();
  const compiled = compiledLexiconFile();
  try {
    const c = fs.statSync(compiled, { throwIfNoEntry: false });
    const t = fs.statSync(tsv, { throwIfNoEntry: false });
    if (c && (!t || c.mtimeMs >= t.mtimeMs)) return BilingualLexicon.fromCompiled(fs.readFileSync(compiled));
  } catch {
    // An unreadable compiled form (another version, truncated): the TSV still is the lexicon.
  }
  try {
    return BilingualLexicon.fromText(fs.readFileSync(tsv, 'utf8'));
  } catch {
    return null;
  }
}

let cached: BilingualLexicon | null | undefined;

/**
 * The base lexicon, read on first use (never at start-up) and kept for the life of the
 * process. Null when the file is missing (a build without resources): alignment then works
 * from names, numbers and cognates.
 */
export function baseLexicon(): BilingualLexicon | null {
  if (cached === undefined) cached = readBaseLexicon();
  return cached;
}
