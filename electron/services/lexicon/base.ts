import fs from 'node:fs';
import path from 'node:path';
import { BilingualLexicon } from '../../../shared/align/dictionary/lexicon';
import { resourcesDir } from '../sample';

/** The shipped German–Russian base lexicon (resources/lexicon/de-ru.tsv, CC BY-SA: see the NOTICE there). */
export function baseLexiconFile(): string {
  return path.join(resourcesDir(), 'lexicon', 'de-ru.tsv');
}

let cached: BilingualLexicon | null | undefined;

/**
 * The base lexicon, read on first use (not at start-up: parsing takes a few hundred
 * milliseconds and about 20 MB) and kept for the life of the process. Null when the file is
 * missing (a build without resources): alignment then works from names, numbers and cognates.
 */
export function baseLexicon(): BilingualLexicon | null {
  if (cached === undefined) {
    try {
      cached = BilingualLexicon.fromText(fs.readFileSync(baseLexiconFile(), 'utf8'));
    } catch {
      cached = null;
    }
  }
  return cached;
}
