import { createHash } from 'node:crypto';
import type { GlossaryDictionary } from './deepl';

/** A project glossary term pair as the glossary store keeps it. */
export interface GlossaryTerm {
  sourceLang: string;
  sourceTerm: string;
  targetLang: string;
  targetTerm: string;
}

/** Reads a project's glossary terms; the store's glossary repository supplies the real one. */
export type GlossaryTermSource = (projectId: number) => readonly GlossaryTerm[];

/** A project's glossary prepared for DeepL: both directions, each with its own version. */
export interface PreparedGlossary {
  /** Hash over every dictionary; '' when the project has no usable terms. */
  version: string;
  dictionaries: Array<GlossaryDictionary & { version: string }>;
  /** Terms left out (empty, control characters, duplicate source term). */
  skipped: number;
}

// DeepL refuses glossary terms with control characters (tabs, newlines ...) and empty terms.
const BAD_TERM = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function clean(term: string): string | null {
  const t = term.normalize('NFC').trim();
  if (!t || BAD_TERM.test(t) || t.length > 1024) return null;
  return t;
}

/** Glossaries are not regional in DeepL: 'de-AT' and 'DE' both use the 'de' dictionary. */
function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

function hash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * Builds the ru->de and de->ru dictionaries from a project's term pairs. A pair entered in one
 * direction also serves the reverse one. Within a dictionary a source term appears once (DeepL
 * requires it); the first pair in the store's order wins. Versions depend only on content, so
 * an unchanged glossary is never uploaded again.
 */
export function prepareGlossary(terms: readonly GlossaryTerm[], langs: readonly [string, string] = ['ru', 'de']): PreparedGlossary {
  const [a, b] = langs;
  const dicts = new Map<string, Map<string, string>>([
    [`${a}>${b}`, new Map()],
    [`${b}>${a}`, new Map()],
  ]);
  let skipped = 0;
  for (const t of terms) {
    const src = clean(t.sourceTerm);
    const tgt = clean(t.targetTerm);
    const sl = baseLang(t.sourceLang);
    const tl = baseLang(t.targetLang);
    const forward = dicts.get(`${sl}>${tl}`);
    const backward = dicts.get(`${tl}>${sl}`);
    if (!src || !tgt || !forward || !backward) {
      skipped++;
      continue;
    }
    if (forward.has(src)) skipped++;
    else forward.set(src, tgt);
    if (!backward.has(tgt)) backward.set(tgt, src);
  }
  const dictionaries: PreparedGlossary['dictionaries'] = [];
  for (const [pair, entries] of dicts) {
    if (entries.size === 0) continue;
    const [sourceLang, targetLang] = pair.split('>') as [string, string];
    const sorted = [...entries].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    dictionaries.push({ sourceLang, targetLang, entries: sorted, version: hash([sourceLang, targetLang, sorted]) });
  }
  const version = dictionaries.length ? hash(dictionaries.map((d) => d.version)) : '';
  return { version, dictionaries, skipped };
}

/** The dictionary for one direction, if the glossary has one. */
export function dictionaryFor(g: PreparedGlossary, sourceLang: string, targetLang: string) {
  return g.dictionaries.find((d) => d.sourceLang === sourceLang && d.targetLang === targetLang);
}
