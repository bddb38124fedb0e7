// Development harness: aligns every case of one or more case directories in one process and
// writes the contract's JSON (beads only) for score_beads.py. Not part of the app.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../shared/align/sentences';

const [casesDir, predsDir] = process.argv.slice(2) as [string, string];
mkdirSync(predsDir, { recursive: true });
const lines = (p: string): string[] => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== '');
let total = 0;
for (const c of readdirSync(casesDir).sort()) {
  const d = join(casesDir, c);
  if (!existsSync(join(d, 'gold.json'))) continue;
  if (c === '_full' && !process.env.FULL) continue;
  const s = lines(join(d, 'ru.txt'));
  const t = lines(join(d, 'de.txt'));
  const t0 = performance.now();
  const beads = alignSentences(s, t, { params: JSON.parse(process.env.PARAMS ?? '{}'), learn: process.env.LEARN !== '0' });
  total += performance.now() - t0;
  writeFileSync(join(predsDir, c + '.json'), JSON.stringify({ beads }));
}
console.error(`aligned in ${total.toFixed(0)} ms`);
