// Main-process workbench figures: aligning a project of 500 sentence pairs with 50 quotations
// (service vs. the bare engine calls in the same process), and building the view of a
// 10,000-row project (rows stored through workbench.restore, so the engine is not timed).
// Run: npx esbuild bench/workbench.bench.ts --bundle --platform=node --format=esm --packages=external --outfile=bench-results/wb.mjs && npx node bench-results/wb.mjs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planAlignment } from '../shared/align/plan';
import { segment } from '../shared/text/segment';
import { createServices } from '../electron/services';
import { baseLexicon } from '../electron/services/lexicon';

const corpora = path.resolve(process.cwd(), '..', 'shared', 'corpora');
const lines = (set: string, lang: string): string[] =>
  readFileSync(path.join(corpora, set, `${lang}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

const tmp = mkdtempSync(path.join(tmpdir(), 'sverka-wb-bench-'));
const services = createServices({ dbFile: path.join(tmp, 'bench.db'), shell: 'cli', backup: 'off', integrity: 'off', env: {} });
const results: Record<string, unknown> = {};

try {
  for (const set of ['newstest2012', 'flores200-dev']) {
    const ru = lines(set, 'ru').slice(0, 500);
    // Every tenth German sentence becomes a quotation: 50 quotes in 500 pairs.
    const de = lines(set, 'de')
      .slice(0, 500)
      .map((l, i) => (i % 10 === 3 ? `„${l.replace(/[„“"«»]/g, '')}“, sagte er.` : l.replace(/[„“"«»]/g, '')));
    const source = ru.join('\n\n');
    const target = de.join('\n\n');

    const p = services.projects.create(`bench ${set}`);
    services.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: source, fileName: null });
    services.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: target, fileName: null });
    const first = await services.workbench.align(p.id, 'auto');
    // Service and bare engine alternate, so that warm-up and machine load hit both alike.
    const engine: number[] = [];
    const again: number[] = [];
    for (let k = 0; k < 5; k++) {
      let t = performance.now();
      const s = segment(source, 'ru');
      const g = segment(target, 'de');
      const base = baseLexicon();
      planAlignment({ sourceText: source, sourceSegments: s.segments, targetText: target, targetSegments: g.segments, lexicons: base ? [base] : [] });
      engine.push(performance.now() - t);
      t = performance.now();
      await services.workbench.align(p.id, 'auto');
      again.push(performance.now() - t);
    }
    const views: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      services.workbench.view(p.id);
      views.push(performance.now() - t);
    }
    const quotes = first.links.filter((l) => l.kind === 'quote').length;
    const row = {
      mode: first.alignment.mode,
      links: first.counts.total,
      quotes,
      firstAlignMs: first.alignment.ms,
      alignMedianMs: median(again),
      engineMedianMs: median(engine),
      viewMedianMs: median(views),
    };
    results[`align500_${set}`] = row;
    console.log(
      `workbench.align ${set} 500 pairs + ${quotes} quotes (${row.mode}): first ${ms(row.firstAlignMs)}, median ${ms(row.alignMedianMs)} ` +
        `(engine alone ${ms(row.engineMedianMs)}, ratio ${(row.alignMedianMs / row.engineMedianMs).toFixed(2)}); view ${ms(row.viewMedianMs)}`,
    );
  }

  // 10,000 rows: one sentence link per line pair, stored in one restore call.
  const ru = [...lines('newstest2012', 'ru'), ...lines('pud', 'ru'), ...lines('flores200-dev', 'ru')];
  const de = [...lines('newstest2012', 'de'), ...lines('pud', 'de'), ...lines('flores200-dev', 'de')];
  const n = 10_000;
  const R = Array.from({ length: n }, (_, i) => `${ru[i % ru.length]} [${i}]`);
  const D = Array.from({ length: n }, (_, i) => `${de[i % de.length]} [${i}]`);
  const spans = (xs: string[]) => {
    let at = 0;
    return xs.map((x) => {
      const s = { start: at, end: at + x.length };
      at += x.length + 2;
      return s;
    });
  };
  const rs = spans(R);
  const ds = spans(D);
  const p = services.projects.create('bench 10k');
  services.projects.addText({ projectId: p.id, role: 'source', lang: 'ru', text: R.join('\n\n'), fileName: null });
  services.projects.addText({ projectId: p.id, role: 'target', lang: 'de', text: D.join('\n\n'), fileName: null });
  const now = new Date().toISOString();
  const t0 = performance.now();
  services.workbench.restore(
    p.id,
    rs.map((s, i) => ({
      id: 1_000_000 + i,
      kind: 'sentence' as const,
      source: s,
      target: ds[i]!,
      sourceSegments: [i, i] as [number, number],
      targetSegments: [i, i] as [number, number],
      status: 'auto' as const,
      score: 0.9,
      who: 'auto',
      createdAt: now,
      updatedAt: now,
      translation: null,
    })),
    [],
  );
  const storeMs = performance.now() - t0;
  const views: number[] = [];
  const jsons: number[] = [];
  let bytes = 0;
  for (let k = 0; k < 7; k++) {
    let t = performance.now();
    const v = services.workbench.view(p.id);
    views.push(performance.now() - t);
    t = performance.now();
    bytes = JSON.stringify(v).length;
    jsons.push(performance.now() - t);
  }
  const edits: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    services.workbench.setStatus(1_000_000 + k * 487, 'confirmed');
    edits.push(performance.now() - t);
  }
  const statsT = performance.now();
  services.workbench.stats(p.id);
  const statsMs = performance.now() - statsT;
  results['view10k'] = {
    rows: n,
    storeMs,
    viewMedianMs: median(views),
    jsonMedianMs: median(jsons),
    jsonMB: bytes / 1e6,
    setStatusMedianMs: median(edits),
    statsMs,
  };
  console.log(
    `workbench.view 10,000 rows: ${ms(median(views))} (JSON ${(bytes / 1e6).toFixed(1)} MB, stringify ${ms(median(jsons))}); ` +
      `setStatus ${ms(median(edits))}; stats ${ms(statsMs)}; storing 10,000 rows ${ms(storeMs)}`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(path.join('bench-results', 'workbench.json'), JSON.stringify(results, null, 2));
} finally {
  services.close();
  rmSync(tmp, { recursive: true, force: true });
}
