// Workbench UI figures in Chromium against `npm run web` (a temp database):
//  - opening a project of 500 sentence pairs with 50 quotations: time to both editors painted
//    with text (target: under 1 s), and to the alignment grid filled;
//  - scrolling the alignment grid through 10,000 rows: median and p95 frame time with the frame
//    rate unlimited, so a frame costs what its work costs (target: median under 16 ms).
// Run: npm run bench -- ui   (needs /usr/bin/chromium; writes bench-results/ui.json)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
function repoRoot(): string {
  for (const start of [process.cwd(), here]) {
    let d = start;
    for (let i = 0; i < 5; i++) {
      if (existsSync(resolve(d, 'renderer', 'index.html'))) return d;
      d = resolve(d, '..');
    }
  }
  return process.cwd();
}
const root = repoRoot();
const BIN = join(root, 'node_modules', '.bin');

// Synthetic parallel prose, written for this bench: varied names, places and numbers so the
// aligner has real evidence, a German quotation in every tenth sentence.
const NAMES = [['Petrow', 'Петров'], ['Iwanowa', 'Иванова'], ['Sidorow', 'Сидоров'], ['Kusnezowa', 'Кузнецова'], ['Smirnow', 'Смирнов']] as const;
const PLACES = [['Moskau', 'Москве'], ['Kasan', 'Казани'], ['Omsk', 'Омске'], ['Samara', 'Самаре'], ['Tomsk', 'Томске'], ['Astana', 'Астане']] as const;
const TOPICS = [['die Wirtschaft', 'экономика'], ['der Handel', 'торговля'], ['die Industrie', 'промышленность'], ['der Export', 'экспорт']] as const;

function pick<T>(xs: readonly T[], i: number): T {
  return xs[i % xs.length]!;
}

function texts(pairs: number, quoteEvery: number): { de: string; ru: string } {
  const de: string[] = [];
  const ru: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const [nd, nr] = pick(NAMES, i);
    const [pd, pr] = pick(PLACES, i * 7 + 3);
    const [td, tr] = pick(TOPICS, i * 3 + 1);
    const year = 1990 + (i % 35);
    const pct = (i * 13) % 97;
    if (quoteEvery > 0 && i % quoteEvery === 0) {
      de.push(`${nd} sagte ${year} in ${pd}: „${td[0]!.toUpperCase()}${td.slice(1)} ist um ${pct} Prozent gewachsen.“`);
      ru.push(`«${tr[0]!.toUpperCase()}${tr.slice(1)} выросла на ${pct} процентов», — сказал ${nr} в ${pr} в ${year} году.`);
    } else {
      de.push(`Im Jahr ${year} berichtete ${nd} in ${pd}, ${td} sei um ${pct} Prozent gewachsen.`);
      ru.push(`В ${year} году ${nr} сообщил в ${pr}, что ${tr} выросла на ${pct} процентов.`);
    }
    if (i % 6 === 5) {
      de.push('');
      ru.push('');
    }
  }
  return { de: de.join('\n'), ru: ru.join('\n') };
}

async function startWeb(db: string): Promise<{ url: string; origin: string; token: string; stop: () => void }> {
  const child = spawn('npm', ['run', '-s', 'web', '--', '--port', '0', '--db', db], {
    cwd: root,
    env: { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}` },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (c) => fail(new Error(`npm run web exited with ${c}`)));
  });
  const u = new URL(url);
  return { url, origin: u.origin, token: u.searchParams.get('token')!, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

async function rpc<T>(origin: string, token: string, channel: string, body: unknown): Promise<T> {
  const res = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sverka-token': token }, body: JSON.stringify(body) });
  const r = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error?.message);
  return r.value;
}

async function makeProject(web: { origin: string; token: string }, name: string, pairs: number, quoteEvery: number): Promise<number> {
  const p = await rpc<{ id: number }>(web.origin, web.token, 'projects.create', { name });
  const { de, ru } = texts(pairs, quoteEvery);
  await rpc(web.origin, web.token, 'documents.addText', { projectId: p.id, role: 'target', lang: 'de', text: de, fileName: 'de.txt' });
  await rpc(web.origin, web.token, 'documents.addText', { projectId: p.id, role: 'source', lang: 'ru', text: ru, fileName: 'ru.txt' });
  return p.id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pctl = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;

const tmp = mkdtempSync(join(os.tmpdir(), 'sverka-ui-bench-'));
const web = await startWeb(join(tmp, 'bench.db'));
const profile = join(tmp, 'profile');
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env['SVERKA_CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1600, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const results: Record<string, number> = {};
try {
  const small = await makeProject(web, 'Bench 500', 500, 10);
  const big = await makeProject(web, 'Bench 10k', 9000, 9);
  // Align both in the main process first: opening is measured on aligned projects, as a
  // translator reopens them, and no alignment runs in the background meanwhile.
  for (const [id, key] of [
    [small, 'align500_ms'],
    [big, 'align10k_server_ms'],
  ] as const) {
    const t = Date.now();
    await rpc(web.origin, web.token, 'workbench.align', { projectId: id, mode: 'sentences' });
    results[key] = Date.now() - t;
  }
  process.stdout.write(`workbench.align (main process, sentences + quotations): 500 pairs ${results['align500_ms']} ms, 9,000 pairs ${results['align10k_server_ms']} ms\n`);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(web.url);
  await page.getByTestId('project-item').first().waitFor();
  // Warm-up: the first open compiles Monaco's code paths; a translator reopens projects all day.
  await page.locator(`[data-project-id="${small}"] button.project-open`).click();
  await page
    .getByTestId('alignment-grid')
    .locator('[role="row"]')
    .first()
    .waitFor({ timeout: 60_000 })
    .catch(async (err: unknown) => {
      process.stdout.write(`the grid did not fill; the project view says: ${await page.getByTestId('project-view').innerText()}\n`);
      throw err;
    });

  const openOnce = async (id: number) => {
    // Switch away first so the open below is a real one.
    await page.locator(`[data-project-id="${id === small ? big : small}"] button.project-open`).click();
    await page.getByTestId('project-view').waitFor();
    await page.waitForTimeout(300);
    return page.evaluate(
      (pid) =>
        new Promise<{ painted: number; grid: number }>((done) => {
          const t0 = performance.now();
          let painted = 0;
          const check = () => {
            const view = document.querySelector(`[data-testid="project-view"][data-project-id="${pid}"]`);
            const lines = (side: string) => view?.querySelector(`[data-testid="editor-${side}"] .view-line`)?.textContent?.trim();
            if (!painted && lines('target') && lines('source')) painted = performance.now() - t0;
            const grid = view?.querySelector('[data-testid="alignment-grid"] [role="row"]');
            if (painted && grid) done({ painted, grid: performance.now() - t0 });
            else requestAnimationFrame(check);
          };
          (document.querySelector(`[data-project-id="${pid}"] button.project-open`) as HTMLButtonElement).click();
          requestAnimationFrame(check);
        }),
      id,
    );
  };
  const opens: { painted: number; grid: number }[] = [];
  for (let k = 0; k < 3; k++) opens.push(await openOnce(small));
  results['open500_painted_ms'] = median(opens.map((o) => o.painted));
  results['open500_grid_ms'] = median(opens.map((o) => o.grid));
  process.stdout.write(`open 500 pairs + 50 quotes: editors painted ${results['open500_painted_ms'].toFixed(0)} ms (target < 1000), grid filled ${results['open500_grid_ms'].toFixed(0)} ms (median of 3)\n`);

  await page.locator(`[data-project-id="${big}"] button.project-open`).click();
  const t0 = Date.now();
  await page.getByTestId('alignment-grid').locator('[role="row"]').first().waitFor({ timeout: 120_000 });
  results['open10k_grid_ms'] = Date.now() - t0;
  const rowCount = Number(await page.getByTestId('alignment-grid').locator('[role="grid"]').getAttribute('aria-rowcount'));
  results['grid_rows'] = rowCount;
  const frames = await page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        const el = document.querySelector('[data-testid="alignment-grid"] [role="grid"]') as HTMLElement;
        const deltas: number[] = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          deltas.push(now - last);
          last = now;
          el.scrollTop += 97;
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1 || deltas.length > 4000) done(deltas.slice(1));
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  results['scroll_frames'] = frames.length;
  results['scroll_median_ms'] = median(frames);
  results['scroll_p95_ms'] = pctl(frames, 0.95);
  process.stdout.write(`open the aligned 10k-row project (9,000 pairs, 1,000 quotes): grid filled after ${results['open10k_grid_ms']} ms; grid rows: ${rowCount}\n`);
  process.stdout.write(
    `grid scroll through ${rowCount} rows, ${frames.length} frames, unlimited frame rate: median ${results['scroll_median_ms'].toFixed(2)} ms, p95 ${results['scroll_p95_ms'].toFixed(2)} ms (target median < 16)\n`,
  );
} finally {
  await ctx.close();
  web.stop();
  rmSync(tmp, { recursive: true, force: true });
}
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'ui.json'), JSON.stringify(results, null, 2));
