import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-fidelity-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Our own pair: one faithful quotation, one with a changed number and a dropped negation,
// one with no source in the original.
const RU =
  'Министр заявил журналистам: «Мы будем продолжать переговоры с соседями».\n\n' +
  'Позже он добавил: «Мы не будем платить 30 миллиардов долларов».\n';
const DE =
  'Der Minister sagte: „Wir werden die Verhandlungen mit den Nachbarn fortsetzen.“\n\n' +
  'Später fügte er hinzu: „Wir werden 3 Milliarden Dollar zahlen.“\n\n' +
  'Ein Sprecher der Opposition nannte das „einen Skandal ohnegleichen für das ganze Parlament“.\n';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('fidelity on the command line', () => {
  const ru = path.join(dir, 'ru.txt');
  const de = path.join(dir, 'de.txt');
  fs.writeFileSync(ru, RU);
  fs.writeFileSync(de, DE);

  it('prints every quotation with its planned link and flags as JSON', async () => {
    const r = await cli('fidelity', '--source', ru, '--target', de, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const byText = (t: string) => out.quotes.find((q: any) => q.target.text.startsWith(t));
    const faithful = byText('Wir werden die Verhandlungen');
    expect(faithful.source.text).toBe('Мы будем продолжать переговоры с соседями');
    expect(faithful.flags).toEqual([]);
    const distorted = byText('Wir werden 3 Milliarden');
    expect(RU.slice(distorted.source.start, distorted.source.end)).toBe(distorted.source.text);
    expect(distorted.flags.map((f: any) => f.kind).sort()).toEqual(['negation', 'number']);
    const num = distorted.flags.find((f: any) => f.kind === 'number');
    expect(num.russian.map((w: any) => RU.slice(w.start, w.end)).join(' ')).toContain('30');
    const orphan = byText('einen Skandal');
    expect(orphan.source).toBeNull();
    expect(orphan.state).toBe('no-source');
    expect(out.summary).toMatchObject({ quotations: 3, checked: 2, clean: 1, byKind: { number: 1, negation: 1 } });
  });

  it('prints a readable listing without --json, and a typed error for a missing file', async () => {
    const r = await cli('fidelity', '--source', ru, '--target', de);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/negation\/negation-lost: .* <> {2}не/);
    const missing = await cli('fidelity', '--source', path.join(dir, 'nope.txt'), '--target', de, '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/nope\.txt/);
  });
});
