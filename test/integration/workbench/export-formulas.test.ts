import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, projectWith, type Bench } from './helpers';

// A Russian and a German text whose pair starts with characters spreadsheets run as formulas.
const RU = '=СУММ(1) — так выглядит формула.';
const DE = '=SUMME(1) – so sieht eine Formel aus.';

let bench: Bench;
beforeAll(() => {
  bench = openBench();
});
afterAll(() => bench.close());

describe('workbench.export guards spreadsheet formulas in CSV and TSV', () => {
  it('prefixes formula cells unless allowFormulas is set', async () => {
    const pid = await projectWith(bench.ipc, RU, DE, 'Formeln');
    await bench.ipc.ok('workbench.link', { projectId: pid, kind: 'sentence', source: { start: 0, end: RU.length }, target: { start: 0, end: DE.length } });
    for (const format of ['csv', 'tsv'] as const) {
      const sep = format === 'csv' ? ',' : '\t';
      const guarded = await bench.ipc.ok('workbench.export', { projectId: pid, format });
      const text = Buffer.from(guarded.dataBase64, 'base64').toString('utf8');
      expect(text).toContain(`${sep}'${RU}${sep}'${DE}${sep}`);
      const raw = await bench.ipc.ok('workbench.export', { projectId: pid, format, allowFormulas: true });
      expect(Buffer.from(raw.dataBase64, 'base64').toString('utf8')).toContain(`${sep}${RU}${sep}${DE}${sep}`);
    }
  });
});
