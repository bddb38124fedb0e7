// Builds a book-length sentence-alignment case the way long real jobs look: the `_full` cases
// of ../shared/eval/make_sentence_cases.py (seeded merges and deletions) of several sets and
// seeds, concatenated in a seeded random order until both sides reach the wanted length, so
// that whole documents occur several times (sometimes as identical copies, sometimes with
// other merges and deletions). Gold beads are the cases' gold, shifted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from '../../test/fixtures/formats/generate';

export interface LongCase {
  dir: string;
  ru: string;
  de: string;
  gold: string;
  nRu: number;
  nDe: number;
  /** The (set, seed) of each block in order, for reports. */
  blocks: string[];
}

interface Gold {
  n_ru: number;
  n_de: number;
  beads: Array<[number[], number[]]>;
}

const lines = (p: string): string[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '');

export function buildLongCase(opts: {
  evalDir: string;
  corpora: string;
  sets: readonly string[];
  seeds: readonly number[];
  minLines: number;
  out: string;
  order?: number;
  /** Leave out the target side of the block with this index (a document the translation lacks). */
  dropTarget?: number;
}): LongCase {
  // Seeded: the case is the same in every run.
  const rnd = rng(opts.order ?? 7);
  const parts = new Map<string, { ru: string[]; de: string[]; gold: Gold }>();
  const part = (set: string, seed: number) => {
    const key = `${set}#${seed}`;
    let p = parts.get(key);
    if (!p) {
      const dir = path.join(opts.out, 'parts', key);
      if (!existsSync(path.join(dir, '_full', 'gold.json'))) {
        execFileSync('python3', [path.join(opts.evalDir, 'make_sentence_cases.py'), path.join(opts.corpora, set), dir, '--seed', String(seed)], { stdio: 'ignore' });
      }
      const full = path.join(dir, '_full');
      p = { ru: lines(path.join(full, 'ru.txt')), de: lines(path.join(full, 'de.txt')), gold: JSON.parse(readFileSync(path.join(full, 'gold.json'), 'utf8')) as Gold };
      if (p.ru.length !== p.gold.n_ru || p.de.length !== p.gold.n_de) throw new Error(`unexpected line count in ${full}`);
      parts.set(key, p);
    }
    return p;
  };
  const ru: string[] = [];
  const de: string[] = [];
  const beads: Array<[number[], number[]]> = [];
  const blocks: string[] = [];
  while (ru.length < opts.minLines || de.length < opts.minLines) {
    const set = opts.sets[Math.floor(rnd() * opts.sets.length)]!;
    const seed = opts.seeds[Math.floor(rnd() * opts.seeds.length)]!;
    const p = part(set, seed);
    const i0 = ru.length;
    const j0 = de.length;
    const drop = blocks.length === opts.dropTarget;
    for (const [s, t] of p.gold.beads) {
      if (drop) for (const i of s) beads.push([[i + i0], []]);
      else beads.push([s.map((i) => i + i0), t.map((j) => j + j0)]);
    }
    ru.push(...p.ru);
    if (!drop) de.push(...p.de);
    blocks.push(`${set}#${seed}`);
  }
  mkdirSync(opts.out, { recursive: true });
  const dir = opts.out;
  const file = (name: string, text: string): string => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  return {
    dir,
    ru: file('ru.txt', ru.join('\n') + '\n'),
    de: file('de.txt', de.join('\n') + '\n'),
    gold: file('gold.json', JSON.stringify({ n_ru: ru.length, n_de: de.length, beads })),
    nRu: ru.length,
    nDe: de.length,
    blocks,
  };
}
