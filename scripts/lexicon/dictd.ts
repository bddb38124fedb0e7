// Reader for the FreeDict dictionaries as Debian installs them for dictd
// (/usr/share/dictd/freedict-xxx-yyy.{index,dict.dz}): the index names each entry's offset and
// length (dictd's base-64 numbers) in the dictzip-compressed body, which gunzips as one stream.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One dictionary entry: the headword and its translations (each a word or a phrase). */
export interface DictEntry {
  headword: string;
  translations: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function b64(s: string): number {
  let v = 0;
  for (const c of s) v = v * 64 + B64.indexOf(c);
  return v;
}

/** The files of dictionary `pair` (e.g. 'deu-rus') under `dir`, or null when not installed. */
export function dictFiles(dir: string, pair: string): { index: string; body: string } | null {
  const index = path.join(dir, `freedict-${pair}.index`);
  const body = path.join(dir, `freedict-${pair}.dict.dz`);
  return existsSync(index) && existsSync(body) ? { index, body } : null;
}

/**
 * The entries of one FreeDict dictionary in dictd form. An entry's first line is the headword
 * (with pronunciation and part of speech); a translation line follows it and each numbered
 * sense ("2. раз, два"); the other lines are glosses in the source language. A translation
 * line may end with the number of the next sense ("мир, покой 2."), which is dropped.
 */
export function readDictd(files: { index: string; body: string }): DictEntry[] {
  const body = gunzipSync(readFileSync(files.body));
  const seen = new Set<string>();
  const out: DictEntry[] = [];
  for (const line of readFileSync(files.index, 'utf8').split('\n')) {
    const [word, off, len] = line.split('\t');
    if (!word || !off || !len || word.startsWith('00-database')) continue;
    const key = `${off}:${len}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = body.subarray(b64(off), b64(off) + b64(len)).toString('utf8');
    const entry = parseEntry(text);
    if (entry) out.push(entry);
  }
  return out;
}

export function parseEntry(text: string): DictEntry | null {
  const lines = text.split('\n');
  const head = (lines[0] ?? '').replace(/\s+\/.*$/, '').replace(/\s*<[^>]*>\s*$/, '').trim();
  if (!head) return null;
  const translations: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const first = i === 1;
    const numbered = /^\d+\.\s+\S/.test(raw);
    if (!first && !numbered) continue;
    const body = raw.replace(/^\d+\.\s+/, '').replace(/\s+\d+\.\s*$/, '').trim();
    for (const part of body.split(/[,;]\s*/)) {
      const t = part.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
      if (t && t.length <= 60) translations.push(t);
    }
  }
  return translations.length ? { headword: head, translations } : null;
}
