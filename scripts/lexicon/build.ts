// Builds the German–Russian base lexicon that ships with Sverka (electron/resources/lexicon/)
// from openly licensed sources only (see the NOTICE it writes):
//  - FreeDict deu-rus (WikDict data from Wiktionary, CC BY-SA 3.0): direct pairs;
//  - pivots through the WikDict dictionaries of French, Polish, Swedish and Greek (CC BY-SA 3.0):
//    deu-X and X-deu give the X words for a German word, X-rus their Russian words; a pair
//    found through two or more pivot languages (or through one without ambiguity) is kept;
//  - word associations learned from the FLORES-200 dev (CC BY-SA 4.0) and PUD (CC BY-SA 3.0)
//    sentence pairs in ../shared/corpora.
// FreeDict deu-eng / eng-deu (GPL-3+) and eng-rus (GPL-2+) would need more than attribution,
// and newstest2012 is for research use only: none of them is read.
//
// Usage (from the repo root): node scripts/build-lexicon.mjs [--dictd DIR] [--corpora DIR]
//   [--out DIR] [--learn flores200-dev,pud] [--learned-only FILE]
// --learned-only writes just the corpus associations of --learn to FILE (for evaluation across
// sets: a lexicon learned from one set, measured on another).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { learnAssociations } from '../../shared/align/dictionary/learn';
import { contentStemsDe, contentStemsRu, wordsOf } from '../../shared/align/dictionary/words';
import { formatLexicon, type LexiconPair, type PairOrigin } from '../../shared/align/dictionary/format';
import { dictFiles, readDictd, type DictEntry } from './dictd';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const dictdDir = flag('--dictd', '/usr/share/dictd');
const corpora = flag('--corpora', path.resolve('..', 'shared', 'corpora'));
const outDir = flag('--out', path.join('electron', 'resources', 'lexicon'));
const learnSets = flag('--learn', 'flores200-dev,pud').split(',').filter(Boolean);
const learnedOnly = flag('--learned-only', '');

/** Pivot languages whose WikDict dictionaries are CC BY-SA on both the German and the Russian side. */
const PIVOTS = ['fra', 'pol', 'swe', 'ell'];

type PairMap = Map<string, Map<string, { w: number; o: PairOrigin }>>;

function addPair(map: PairMap, de: string, ru: string, w: number, o: PairOrigin): void {
  if (!de || !ru) return;
  let row = map.get(de);
  if (!row) map.set(de, (row = new Map()));
  const cur = row.get(ru);
  if (!cur || cur.w < w) row.set(ru, { w, o: cur && cur.w >= w ? cur.o : o });
}

/** Phrase pairs kept for the second pass (see `phrasePairs`). */
const pending: { de: string[]; ru: string[]; w: number; o: PairOrigin }[] = [];

/**
 * Stem pairs of one translation pair of phrases. One content word on each side pairs
 * directly; longer phrases wait for the second pass (`resolvePhrases`).
 */
function phrasePairs(map: PairMap, de: string, ru: string, w: number, o: PairOrigin): void {
  const ds = [...new Set(contentStemsDe(de))];
  const rs = [...new Set(contentStemsRu(ru))];
  if (!ds.length || !rs.length || ds.length > 4 || rs.length > 4) return;
  if (ds.length === 1 && rs.length === 1) addPair(map, ds[0] as string, rs[0] as string, w, o);
  else pending.push({ de: ds, ru: rs, w, o });
}

/**
 * Phrases pair their words only where the single-word pairs leave one German and one Russian
 * word unexplained (Europäische Kommission / Европейская комиссия: europa-европейск is known,
 * so kommission-комисс); a German word for a Russian phrase (Wirtschaft / домашнее хозяйство)
 * links to each of its words at a lower weight. Crossing every word with every word would
 * pair "Sprache" with every language adjective.
 */
function resolvePhrases(map: PairMap): void {
  const known = (d: string, r: string): boolean => map.get(d)?.has(r) ?? false;
  for (const p of pending) {
    const ds = p.de.filter((d) => !p.ru.some((r) => known(d, r)));
    const rs = p.ru.filter((r) => !p.de.some((d) => known(d, r)));
    if (ds.length === 1 && rs.length === 1) addPair(map, ds[0] as string, rs[0] as string, p.w * 0.8, p.o);
    // Pivot phrases are too loose for this (a pivot word's phrases name many things).
    else if (p.o !== 'd') continue;
    else if (p.de.length === 1 && p.ru.length <= 2) for (const r of rs) addPair(map, p.de[0] as string, r, p.w * 0.5, p.o);
    else if (p.ru.length === 1 && p.de.length <= 2) for (const d of ds) addPair(map, d, p.ru[0] as string, p.w * 0.5, p.o);
  }
  pending.length = 0;
}

function load(pair: string): DictEntry[] {
  const f = dictFiles(dictdDir, pair);
  if (!f) {
    console.error(`  (dictionary ${pair} not installed under ${dictdDir}: apt-get install dict-freedict-${pair})`);
    return [];
  }
  return readDictd(f);
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function direct(map: PairMap): number {
  let n = 0;
  for (const e of load('deu-rus')) {
    for (const t of e.translations) {
      if (!/[\u0400-\u04ff]/.test(t)) continue;
      phrasePairs(map, e.headword, t, 1, 'd');
      n++;
    }
  }
  return n;
}

function pivots(map: PairMap): number {
  // German phrase -> pivot language -> pivot phrases; pivot phrase -> Russian phrases.
  const support = new Map<string, Map<string, Set<string>>>();
  const fan = new Map<string, number>();
  for (const lang of PIVOTS) {
    const deX = new Map<string, Set<string>>();
    const put = (de: string, x: string): void => {
      const k = norm(de);
      let s = deX.get(k);
      if (!s) deX.set(k, (s = new Set()));
      s.add(norm(x));
    };
    for (const e of load(`deu-${lang}`)) for (const t of e.translations) put(e.headword, t);
    // Debian has no Greek-German dictionary; the other directions exist for all pivots.
    if (lang !== 'ell') for (const e of load(`${lang}-deu`)) for (const t of e.translations) put(t, e.headword);
    const xRu = new Map<string, Set<string>>();
    for (const e of load(`${lang}-rus`)) {
      const k = norm(e.headword);
      let s = xRu.get(k);
      if (!s) xRu.set(k, (s = new Set()));
      for (const t of e.translations) if (/[\u0400-\u04ff]/.test(t)) s.add(norm(t));
    }
    for (const [de, xs] of deX) {
      if (wordsOf(de).length > 3) continue;
      for (const x of xs) {
        const rus = xRu.get(x);
        if (!rus) continue;
        for (const ru of rus) {
          const key = `${de}\u0000${ru}`;
          let byLang = support.get(key);
          if (!byLang) support.set(key, (byLang = new Map()));
          let via = byLang.get(lang);
          if (!via) byLang.set(lang, (via = new Set()));
          via.add(x);
          // Ambiguity of the path: how many pivot words the German has, how many Russian words the pivot word has.
          fan.set(`${key}\u0000${lang}`, Math.min(fan.get(`${key}\u0000${lang}`) ?? Infinity, xs.size * rus.size));
        }
      }
    }
  }
  let n = 0;
  for (const [key, byLang] of support) {
    const [de, ru] = key.split('\u0000') as [string, string];
    const langs = byLang.size;
    let w = 0;
    if (langs >= 3) w = 0.8;
    else if (langs === 2) w = 0.65;
    else {
      const lang = [...byLang.keys()][0] as string;
      if ((fan.get(`${key}\u0000${lang}`) ?? Infinity) <= 2) w = 0.5;
    }
    if (w > 0) {
      phrasePairs(map, de, ru, w, 'p');
      n++;
    }
  }
  return n;
}

/** Line-parallel ru/de sentence pairs of a set in ../shared/corpora. */
function sentencePairs(set: string): [string, string][] {
  const dir = path.join(corpora, set);
  if (!existsSync(path.join(dir, 'ru.txt'))) {
    console.error(`  (corpus ${set} not found under ${corpora})`);
    return [];
  }
  const ru = readFileSync(path.join(dir, 'ru.txt'), 'utf8').split('\n');
  const de = readFileSync(path.join(dir, 'de.txt'), 'utf8').split('\n');
  const out: [string, string][] = [];
  for (let i = 0; i < Math.min(ru.length, de.length); i++) if (ru[i]?.trim() && de[i]?.trim()) out.push([ru[i] as string, de[i] as string]);
  return out;
}

/** Associations learned from sentence pairs (see learnAssociations). */
function learned(map: PairMap, sets: readonly string[]): number {
  const found = learnAssociations(sets.flatMap(sentencePairs));
  for (const p of found) addPair(map, p.de, p.ru, p.weight, 'c');
  return found.length;
}

function toList(map: PairMap): LexiconPair[] {
  const out: LexiconPair[] = [];
  for (const [de, row] of map) for (const [ru, { w, o }] of row) out.push({ de, ru, weight: w, origin: o });
  return out;
}

const map: PairMap = new Map();
if (learnedOnly) {
  const n = learned(map, learnSets);
  writeFileSync(learnedOnly, formatLexicon(toList(map), [`associations learned from ${learnSets.join(', ')} (evaluation only)`]));
  console.log(`learned ${n} pairs from ${learnSets.join(', ')} -> ${learnedOnly}`);
} else {
  const nd = direct(map);
  resolvePhrases(map);
  const np = pivots(map);
  resolvePhrases(map);
  const nc = learned(map, learnSets);
  mkdirSync(outDir, { recursive: true });
  const list = toList(map);
  writeFileSync(
    path.join(outDir, 'de-ru.tsv'),
    formatLexicon(list, [
      'Sverka German-Russian base lexicon (stem pairs). Generated by scripts/build-lexicon.mjs; do not edit.',
      'Data licence: CC BY-SA 3.0 / 4.0, see NOTICE beside this file (not the MIT licence of the code).',
    ]),
  );
  console.log(`direct translations ${nd}, pivot pairs ${np}, learned pairs ${nc} -> ${list.length} stem pairs, ${map.size} German stems`);
}
