/**
 * The quote-fidelity test set (test/fixtures/fidelity/{dev,held}.tsv) and how the engine is
 * scored on it: per flag kind precision and recall over items, the share of faithful items
 * flagged at all, and a confusion table. Used by bench/fidelity.bench.ts and the unit tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FLAG_KINDS, type FidelityResult, type FlagKind } from '../../shared/fidelity';

export type Label = 'faithful' | FlagKind;
export const LABELS: readonly Label[] = ['faithful', ...FLAG_KINDS];

export interface FidelityCase {
  id: string;
  label: Label;
  german: string;
  russian: string;
  /** Words the defect involves (surface forms, space-separated in the file). */
  germanWords: string[];
  russianWords: string[];
  note: string;
}

export type Split = 'dev' | 'held';

/**
 * Blocks of the held-back split: the older pairs, and the fresh blocks (ids starting with "z",
 * then "y", "x", "w", "v", "u", "t", "s", "r", "q", "p", "o", "k", "j", "e", "d", "c", "l", "b", "ha", "hb", "hc", "hd", "he", "hf", "hg", "hh", "hi", "hj", "hk", "hl", "hm", "hn"), each written and committed before the engine was first run on it.
 * The twelfth block's ids are "o" and three digits (o001…); older pairs such as o03 keep two digits and stay 'older'.
 * The thirteenth block's ids are "k" and three digits (k001…); any other "k" id stays 'older'.
 * The fourteenth block's ids are "j" and three digits (j001…); any other "j" id stays 'older'.
 * The fifteenth block's ids are "e" and three digits (e001…); any other "e" id stays 'older'.
 * The sixteenth block's ids are "d" and three digits (d001…); any other "d" id stays 'older'.
 * The seventeenth block's ids are "c" and three digits (c001…); any other "c" id stays 'older'.
 * The eighteenth block's ids are "l" and three digits (l001…); any other "l" id stays 'older'.
 * The nineteenth block's ids are "b" and three digits (b001…); any other "b" id stays 'older'.
 * The twentieth block's ids are "ha" and three digits (ha001…); the older "h" ids (h03…) keep "h" and two digits and stay 'older'.
 * The twenty-first block's ids are "hb" and three digits (hb001…), recognised the same way as "ha".
 * The twenty-second block's ids are "hc" and three digits (hc001…), recognised the same way.
 * The twenty-third block's ids are "hd" and three digits (hd001…), recognised the same way.
 * The twenty-fourth block's ids are "he" and three digits (he001…), recognised the same way.
 * The twenty-fifth block's ids are "hf" and three digits (hf001…), recognised the same way.
 * The twenty-sixth block's ids are "hg" and three digits (hg001…), recognised the same way.
 * The twenty-seventh block's ids are "hh" and three digits (hh001…), recognised the same way.
 * The twenty-eighth block's ids are "hi" and three digits (hi001…), recognised the same way.
 * The twenty-ninth block's ids are "hj" and three digits (hj001…), recognised the same way.
 * The thirtieth block's ids are "hk" and three digits (hk001…), recognised the same way.
 * The thirty-first block's ids are "hl" and three digits (hl001…), recognised the same way.
 * The thirty-second block's ids are "hm" and three digits (hm001…), recognised the same way.
 * The thirty-third block's ids are "hn" and three digits (hn001…), recognised the same way.
 * The thirty-fourth block's ids are "ho" and three digits (ho001…), recognised the same way.
 * The thirty-fifth block's ids are "hp" and three digits (hp001…), recognised the same way.
 */
export type HeldBlock = 'older' | 'fresh-1' | 'fresh-2' | 'fresh-3' | 'fresh-4' | 'fresh-5' | 'fresh-6' | 'fresh-7' | 'fresh-8' | 'fresh-9' | 'fresh-10' | 'fresh-11' | 'fresh-12' | 'fresh-13' | 'fresh-14' | 'fresh-15' | 'fresh-16' | 'fresh-17' | 'fresh-18' | 'fresh-19' | 'fresh-20' | 'fresh-21' | 'fresh-22' | 'fresh-23' | 'fresh-24' | 'fresh-25' | 'fresh-26' | 'fresh-27' | 'fresh-28' | 'fresh-29' | 'fresh-30' | 'fresh-31' | 'fresh-32' | 'fresh-33' | 'fresh-34' | 'fresh-35';
const BLOCK_BY_PREFIX: Readonly<Record<string, HeldBlock>> = { z: 'fresh-1', y: 'fresh-2', x: 'fresh-3', w: 'fresh-4', v: 'fresh-5', u: 'fresh-6', t: 'fresh-7', s: 'fresh-8', r: 'fresh-9', q: 'fresh-10', p: 'fresh-11', o: 'fresh-12', k: 'fresh-13', j: 'fresh-14', e: 'fresh-15', d: 'fresh-16', c: 'fresh-17', l: 'fresh-18', b: 'fresh-19' };
export const HELD_BLOCKS: readonly HeldBlock[] = ['older', 'fresh-1', 'fresh-2', 'fresh-3', 'fresh-4', 'fresh-5', 'fresh-6', 'fresh-7', 'fresh-8', 'fresh-9', 'fresh-10', 'fresh-11', 'fresh-12', 'fresh-13', 'fresh-14', 'fresh-15', 'fresh-16', 'fresh-17', 'fresh-18', 'fresh-19', 'fresh-20', 'fresh-21', 'fresh-22', 'fresh-23', 'fresh-24', 'fresh-25', 'fresh-26', 'fresh-27', 'fresh-28', 'fresh-29', 'fresh-30', 'fresh-31', 'fresh-32', 'fresh-33', 'fresh-34', 'fresh-35'];
export function heldBlock(c: FidelityCase): HeldBlock {
  if (/^ha\d{3}$/.test(c.id)) return 'fresh-20';
  if (/^hb\d{3}$/.test(c.id)) return 'fresh-21';
  if (/^hc\d{3}$/.test(c.id)) return 'fresh-22';
  if (/^hd\d{3}$/.test(c.id)) return 'fresh-23';
  if (/^he\d{3}$/.test(c.id)) return 'fresh-24';
  if (/^hf\d{3}$/.test(c.id)) return 'fresh-25';
  if (/^hg\d{3}$/.test(c.id)) return 'fresh-26';
  if (/^hh\d{3}$/.test(c.id)) return 'fresh-27';
  if (/^hi\d{3}$/.test(c.id)) return 'fresh-28';
  if (/^hj\d{3}$/.test(c.id)) return 'fresh-29';
  if (/^hk\d{3}$/.test(c.id)) return 'fresh-30';
  if (/^hl\d{3}$/.test(c.id)) return 'fresh-31';
  if (/^hm\d{3}$/.test(c.id)) return 'fresh-32';
  if (/^hn\d{3}$/.test(c.id)) return 'fresh-33';
  if (/^ho\d{3}$/.test(c.id)) return 'fresh-34';
  if (/^hp\d{3}$/.test(c.id)) return 'fresh-35';
  const block = BLOCK_BY_PREFIX[c.id[0] ?? ''] ?? 'older';
  if (block === 'fresh-12' && !/^o\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-13' && !/^k\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-14' && !/^j\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-15' && !/^e\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-16' && !/^d\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-17' && !/^c\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-18' && !/^l\d{3}$/.test(c.id)) return 'older';
  if (block === 'fresh-19' && !/^b\d{3}$/.test(c.id)) return 'older';
  return block;
}

export function fixtureDir(root: string): string {
  return path.join(root, 'test', 'fixtures', 'fidelity');
}

/** Reads one split; throws on a malformed line so that a broken fixture fails loudly. */
export function loadSplit(root: string, split: Split): FidelityCase[] {
  const text = readFileSync(path.join(fixtureDir(root), `${split}.tsv`), 'utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const out: FidelityCase[] = [];
  for (const [n, line] of lines.slice(1).entries()) {
    const cols = line.split('\t');
    if (cols.length !== 7) throw new Error(`${split}.tsv line ${n + 2}: expected 7 columns, got ${cols.length}`);
    const [id, label, german, russian, gw, rw, note] = cols as [string, string, string, string, string, string, string];
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`${split}.tsv line ${n + 2}: unknown label ${label}`);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    out.push({ id, label: label as Label, german, russian, germanWords: words(gw), russianWords: words(rw), note });
  }
  return out;
}

/** Flag kinds a result reports as defects (announced omissions are not defects). */
export function predictedKinds(r: FidelityResult): Set<FlagKind> {
  return new Set(r.flags.filter((f) => f.status === 'defect').map((f) => f.kind));
}

/** Whether a flag of the item's kind names at least one of the labelled words. */
export function wordsHit(c: FidelityCase, r: FidelityResult): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const want = new Set([...c.germanWords, ...c.russianWords].map(norm).filter(Boolean));
  for (const f of r.flags) {
    if (f.kind !== c.label || f.status !== 'defect') continue;
    for (const w of [...f.german, ...f.russian]) for (const part of w.text.split(/\s+/)) if (want.has(norm(part))) return true;
  }
  return false;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  /** True positives whose flag also names a labelled word. */
  tpWords: number;
  precision: number;
  recall: number;
}

export interface SetScore {
  n: number;
  byKind: Record<FlagKind, KindScore>;
  faithful: number;
  faithfulFlagged: number;
  /** rows: label; columns: predicted kind or 'none'. */
  confusion: Record<Label, Record<FlagKind | 'none', number>>;
  /** Items (id) whose prediction differs from the label, with what was predicted. */
  misses: Array<{ id: string; label: Label; predicted: FlagKind[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(cases: readonly FidelityCase[], results: readonly FidelityResult[]): SetScore {
  const byKind = Object.fromEntries(FLAG_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, tpWords: 0, precision: 0, recall: 0 }])) as Record<FlagKind, KindScore>;
  const confusion = Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries([...FLAG_KINDS, 'none'].map((k) => [k, 0]))])) as SetScore['confusion'];
  const misses: SetScore['misses'] = [];
  let faithful = 0;
  let faithfulFlagged = 0;
  cases.forEach((c, i) => {
    const r = results[i]!;
    const kinds = predictedKinds(r);
    if (kinds.size === 0) confusion[c.label].none++;
    for (const k of kinds) confusion[c.label][k]++;
    if (c.label === 'faithful') {
      faithful++;
      if (kinds.size > 0) faithfulFlagged++;
    }
    for (const k of FLAG_KINDS) {
      const s = byKind[k];
      if (c.label === k && kinds.has(k)) {
        s.tp++;
        if (wordsHit(c, r)) s.tpWords++;
      } else if (c.label === k) s.fn++;
      else if (kinds.has(k)) s.fp++;
    }
    const exact = c.label === 'faithful' ? kinds.size === 0 : kinds.has(c.label) && kinds.size === 1;
    if (!exact) misses.push({ id: c.id, label: c.label, predicted: [...kinds] });
  });
  for (const k of FLAG_KINDS) {
    const s = byKind[k];
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return { n: cases.length, byKind, faithful, faithfulFlagged, confusion, misses };
}
