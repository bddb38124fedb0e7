import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

/** Units of the memory file imported in the background: enough for many seconds of work. */
const UNITS = 120_000;
/** Sentence pairs of the project aligned in the background: enough that the run is still in its reading and alignment phases when the test looks (6,000 were not always, once the aligner got faster). */
const ALIGN_PAIRS = 12000;

/** Calls the bridge from the page, with the page's session. */
function call(page: Page, channel: string, body: unknown): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }> {
  return page.evaluate(
    async ([ch, b]) => {
      const res = await fetch(`/api/${ch}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
      return res.json();
    },
    [channel, body] as const,
  );
}

describe('the window answers while a heavy job runs', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startWeb();
    browser = await openBrowser({ colorScheme: 'light' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens a project on a click while a large memory import is still running, and the import then completes', async () => {
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    await wb.goto(app.url);
    await wb.projectItem('Sample').waitFor();
    // A large TMX built in the page and sent as the renderer sends a chosen file; not awaited.
    await page.evaluate((n) => {
      const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="e2e" creationtool="e2e" creationtoolversion="1"/><body>'];
      for (let i = 0; i < n; i++) {
        parts.push(`<tu><tuv xml:lang="ru"><seg>Фоновый импорт, строка ${i}, вариант ${i % 251}.</seg></tuv><tuv xml:lang="de"><seg>Import im Hintergrund, Zeile ${i}, Variante ${i % 251}.</seg></tuv></tu>`);
      }
      parts.push('</body></tmx>');
      const bytes = new TextEncoder().encode(parts.join(''));
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const body = JSON.stringify({ fileName: 'big.tmx', dataBase64: btoa(bin), jobId: 'e2e-import' });
      (window as unknown as { importDone: Promise<unknown> }).importDone = fetch('/api/tm.importFile', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        // A Blob is uploaded by the browser process; a string this large would hold the page meanwhile.
        body: new Blob([body], { type: 'application/json' }),
      }).then((r) => r.json());
    }, UNITS);
    // The job is running and has read some units.
    await expect
      .poll(async () => ((await call(page, 'jobs.progress', { jobId: 'e2e-import' })).value?.['done'] as number | undefined) ?? 0, { timeout: 90_000, interval: 50 })
      .toBeGreaterThan(0);

    const t0 = Date.now();
    await wb.openProject('Sample');
    const answeredMs = Date.now() - t0;
    // The click was answered (the workbench view came from the main process) while the import still runs.
    const during = await call(page, 'jobs.progress', { jobId: 'e2e-import' });
    expect(during.value).toMatchObject({ state: 'running', kind: 'tm.import' });
    expect(answeredMs).toBeLessThan(30_000);

    const done = (await page.evaluate(() => (window as unknown as { importDone: Promise<unknown> }).importDone)) as { ok: boolean; value: { added: number } };
    expect(done).toMatchObject({ ok: true, value: { added: UNITS } });
    expect(await call(page, 'jobs.progress', { jobId: 'e2e-import' })).toMatchObject({ ok: true, value: { state: 'done' } });
  });

  it('opens another project on a click while a long alignment is still running, and the alignment then completes', async () => {
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    const small = await call(page, 'projects.create', { name: 'Klein' });
    const long = await call(page, 'projects.create', { name: 'Lang' });
    const longId = long.value?.['id'] as number;
    await call(page, 'documents.addText', { projectId: small.value?.['id'], role: 'target', lang: 'de', text: 'Ein kurzer Satz. Noch ein Satz.' });
    // Invented sentence pairs, enough for seconds of alignment.
    const ru: string[] = [];
    const de: string[] = [];
    for (let i = 0; i < ALIGN_PAIRS; i++) {
      // Each sentence ends on a word: a number before the full stop would read as a German ordinal.
      ru.push(`Предложение номер ${i} рассказывает о городе ${i % 37}, реке ${i % 13} и погоде.`);
      de.push(`Satz Nummer ${i} erzählt von der Stadt ${i % 37}, dem Fluss ${i % 13} und dem Wetter.`);
    }
    expect(await call(page, 'documents.addText', { projectId: longId, role: 'source', lang: 'ru', text: ru.join('\n') })).toMatchObject({ ok: true });
    expect(await call(page, 'documents.addText', { projectId: longId, role: 'target', lang: 'de', text: de.join('\n') })).toMatchObject({ ok: true });
    // The sidebar lists the new projects after a reload.
    await wb.goto(app.url);
    await wb.projectItem('Klein').waitFor();
    await page.evaluate((projectId) => {
      (window as unknown as { alignDone: Promise<unknown> }).alignDone = fetch('/api/workbench.align', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ projectId, mode: 'sentences', jobId: 'e2e-align' }),
      }).then((r) => r.json());
    }, longId);
    await expect
      .poll(async () => (await call(page, 'workbench.alignProgress', { jobId: 'e2e-align' })).value?.['phase'], { timeout: 60_000, interval: 50 })
      .toMatch(/segmenting|model|sentences|quotes/);

    await wb.openProject('Klein');
    await expect.poll(() => wb.breadcrumb.innerText(), { timeout: 30_000 }).toContain('Klein');
    // The click was answered while the alignment still works.
    const during = await call(page, 'workbench.alignProgress', { jobId: 'e2e-align' });
    expect(during.value?.['phase']).toMatch(/segmenting|model|sentences|quotes|storing/);

    const done = (await page.evaluate(() => (window as unknown as { alignDone: Promise<unknown> }).alignDone)) as { ok: boolean; value: { links: unknown[]; alignment: { mode: string } } };
    expect(done).toMatchObject({ ok: true, value: { alignment: { mode: 'sentences' } } });
    expect(done.value.links.length).toBeGreaterThan(ALIGN_PAIRS / 2);
  });

  it('opens another project on a click while a large memory export is still running, and the export then completes', async () => {
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    // The memory holds the units the first test imported: the export takes seconds.
    await page.evaluate(() => {
      (window as unknown as { exportDone: Promise<unknown> }).exportDone = fetch('/api/tm.export', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: 'tmx', jobId: 'e2e-export' }),
      })
        .then((r) => r.json())
        .then((r: { ok: boolean; value?: { units: number; dataBase64: string } }) => ({ ok: r.ok, units: r.value?.units, bytes: r.value?.dataBase64.length }));
    });
    await expect
      .poll(async () => ((await call(page, 'jobs.progress', { jobId: 'e2e-export' })).value?.['done'] as number | undefined) ?? 0, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(0);

    await wb.openProject('Sample');
    await expect.poll(() => wb.breadcrumb.innerText(), { timeout: 30_000 }).toContain('Sample');
    const during = await call(page, 'jobs.progress', { jobId: 'e2e-export' });
    expect(during.value).toMatchObject({ state: 'running', kind: 'tm.export' });

    const done = (await page.evaluate(() => (window as unknown as { exportDone: Promise<unknown> }).exportDone)) as { ok: boolean; units: number; bytes: number };
    expect(done.ok).toBe(true);
    expect(done.units).toBeGreaterThanOrEqual(UNITS);
    expect(done.bytes).toBeGreaterThan(UNITS * 100);
  });
});
