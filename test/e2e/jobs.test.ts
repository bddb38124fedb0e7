import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

/** Units of the memory file imported in the background: enough for many seconds of work. */
const UNITS = 120_000;

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
});
