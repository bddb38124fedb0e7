import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../support/deepl-standin';
import { openBrowser, screenshot, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

const russian = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gastbeitrag.ru.txt'), 'utf8');

describe('progress and cancel: batch of DeepL suggestions, file import', () => {
  let app: WebApp;
  let browser: Browser;
  let wb: WorkbenchPage;
  let deepl: DeeplStandin;
  /** Rows with a source and no suggestion before the first batch. */
  let batchable = 0;
  let keptAfterCancel = 0;

  const translateRequests = () => deepl.requests.filter((r) => r.path.endsWith('/translate')).length;

  beforeAll(async () => {
    deepl = await startDeeplStandin();
    app = await startWeb({ env: { DEEPL_AUTH_KEY: deepl.key, DEEPL_SERVER_URL: deepl.url } });
    browser = await openBrowser({ colorScheme: 'light', viewport: { width: 1600, height: 1000 } });
    wb = new WorkbenchPage(browser.page);
    await wb.goto(app.url);
    await wb.openProject('Sample');
    await wb.waitForEditor('target');
    await wb.pasteIntoSource(russian);
    await wb.waitForEditor('source');
    await wb.waitForAlignment();
    await browser.page.getByTestId('align-mode').selectOption('sentences');
    await browser.page.getByTestId('align-button').click();
    await wb.waitForAlignment();
    await wb.filterKind('All');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await deepl?.close();
  });

  it('shows a determinate bar that advances chunk by chunk, and Cancel stops further requests but keeps what arrived', async () => {
    const page = browser.page;
    deepl.resetCounts();
    // The renderer's mt.translate calls, one per chunk: how many items each carried, and whether it has returned.
    const calls: Array<{ items: number; done: boolean; request: unknown }> = [];
    const onRequest = (r: { url(): string; postDataJSON(): unknown }) => {
      if (r.url().endsWith('/api/mt.translate')) calls.push({ items: (r.postDataJSON() as { items: unknown[] }).items.length, done: false, request: r });
    };
    const onDone = (r: unknown) => {
      const call = calls.find((c) => c.request === r);
      if (call) call.done = true;
    };
    page.on('request', onRequest);
    page.on('requestfinished', onDone);
    page.on('requestfailed', onDone);
    try {
      // Each translate request answers after a while, so the bar can be watched and cancelled.
      deepl.inject({ kind: 'delay', ms: 700, path: '/v2/translate' });
      await page.getByTestId('batch-suggest').click();
      const confirm = page.getByTestId('batch-confirm');
      // The running batch's bar (determinate); the estimate before it shows an indeterminate one.
      const bar = page.getByTestId('batch-progress').locator('[role="progressbar"][aria-valuemax]');
      // A large batch is confirmed first (the estimate is shown); a small one starts at once.
      await Promise.race([confirm.waitFor(), bar.waitFor()]);
      if (await confirm.isVisible()) {
        expect(await confirm.innerText()).toMatch(/characters/);
        await confirm.getByTestId('batch-confirm-send').click();
      }
      await bar.waitFor();
      const max = Number(await bar.getAttribute('aria-valuemax'));
      batchable = max;
      expect(max).toBeGreaterThan(10);
      expect(await bar.getAttribute('aria-label')).toBe('DeepL suggestions for the shown rows');
      const now = async () => Number(await bar.getAttribute('aria-valuenow'));
      expect(await now()).toBe(0);
      // The first chunk went out as one call carrying part of the batch: at least three chunks here.
      await expect.poll(() => calls.length).toBeGreaterThan(0);
      const chunk = calls[0]!.items;
      expect(chunk).toBeGreaterThan(0);
      expect(Math.ceil(max / chunk)).toBeGreaterThanOrEqual(3);
      // The first chunk answered: the bar moves by that chunk, with the billed characters.
      await expect.poll(now, { timeout: 20_000 }).toBeGreaterThanOrEqual(chunk);
      const done = await now();
      expect(done % chunk).toBe(0);
      expect(done).toBeLessThan(max);
      expect(await bar.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${done} of ${max} rows · [\\d,]+ characters billed$`));
      await screenshot(page, 'mt-batch-progress-light');
      const billedText = (await bar.getAttribute('aria-valuetext')) ?? '';
      expect(Number(/· ([\d,]+) characters/.exec(billedText)?.[1]?.replace(/,/g, ''))).toBeGreaterThan(0);

      await page.getByTestId('batch-progress-cancel').click();
      const callsAtCancel = calls.length;
      await page.getByTestId('batch-progress').waitFor({ state: 'detached', timeout: 20_000 });
      await page.getByTestId('batch-suggest').waitFor();
      // The chunk in flight when Cancel was pressed may still be answered (and cached). Wait for
      // that to be over: every mt.translate call has returned, so the backend's batch has ended
      // and sends nothing more, and the stand-in has answered every request it received.
      await expect.poll(() => calls.every((c) => c.done), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => deepl.counts.inFlight, { timeout: 20_000 }).toBe(0);
      expect(calls.length).toBe(callsAtCancel);
      const afterCancel = translateRequests();
      const textsAfterCancel = deepl.counts.translatedTexts;
      // Items with their own context go one per request: at most the chunk in flight came on top.
      expect(textsAfterCancel).toBeGreaterThanOrEqual(done);
      expect(textsAfterCancel).toBeLessThanOrEqual(done + chunk);
      expect(textsAfterCancel).toBeLessThan(max);
      expect(afterCancel).toBeLessThan(max);
      expect(calls.reduce((n, c) => n + c.items, 0)).toBeLessThan(max);
      await deepl.clear();

      // The suggestions that arrived before the cancel are kept: the filter finds them.
      await wb.grid.getByRole('button', { name: 'Has MT' }).click();
      await expect.poll(() => wb.gridRows.count()).toBeGreaterThanOrEqual(Math.min(done, 10));
      const shown = /(\d+) of (\d+)/.exec(await wb.grid.locator('.grid-count').innerText());
      expect(Number(shown?.[1])).toBeGreaterThanOrEqual(done);
      expect(Number(shown?.[1])).toBeLessThan(max);
      keptAfterCancel = Number(shown?.[1]);
      await wb.grid.getByRole('button', { name: 'Has MT' }).click();
    } finally {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
    }
  });

  it('asks before a large batch: Cancel at the question sends nothing, Send runs the batch with the confirmed characters', async () => {
    const page = browser.page;
    // The stand-in text is short; make the estimate say it needs confirmation, as a long one would.
    const estimates: number[] = [];
    await page.route('**/api/mt.estimate', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { ok: boolean; value: { needsConfirmation: boolean; characters: number } };
      body.value.needsConfirmation = true;
      estimates.push(body.value.characters);
      await route.fulfill({ response: res, json: body });
    });
    const confirmed: unknown[] = [];
    const onRequest = (r: { url(): string; postDataJSON(): unknown }) => {
      if (r.url().endsWith('/api/mt.translate')) confirmed.push((r.postDataJSON() as { confirmCharacters?: number }).confirmCharacters);
    };
    page.on('request', onRequest);
    try {
      deepl.resetCounts();
      await page.getByTestId('batch-suggest').click();
      const confirm = page.getByTestId('batch-confirm');
      await confirm.waitFor();
      expect(await confirm.innerText()).toMatch(/^Send [\d,]+ characters \(\d+ rows\) to DeepL\?/);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('batch-suggest').waitFor();
      expect(confirmed).toEqual([]);
      expect(deepl.counts.translatedTexts).toBe(0);

      await page.getByTestId('batch-suggest').click();
      await confirm.getByTestId('batch-confirm-send').click();
      await page.getByTestId('batch-suggest').waitFor({ timeout: 30_000 });
      expect(confirmed.length).toBeGreaterThan(0);
      expect(new Set(confirmed)).toEqual(new Set([estimates.at(-1)]));
      // Only the rows without a suggestion went out.
      expect(deepl.counts.translatedTexts).toBeGreaterThan(0);
      expect(deepl.counts.translatedTexts).toBeLessThanOrEqual(batchable - keptAfterCancel);
      // Every row with a source has its suggestion now.
      await wb.grid.getByRole('button', { name: 'Has MT' }).click();
      const shown = /(\d+) of (\d+)/.exec(await wb.grid.locator('.grid-count').innerText());
      await wb.grid.getByRole('button', { name: 'Has MT' }).click();
      expect(Number(shown?.[1])).toBe(batchable);
    } finally {
      page.off('request', onRequest);
      await page.unroute('**/api/mt.estimate');
    }
  });

  it('shows the read progress of an import file; Cancel stops the read and nothing is sent', async () => {
    const page = browser.page;
    // A FileReader that reports half the file read and then waits: the read is slow enough to cancel.
    await page.evaluate(() => {
      const Real = window.FileReader;
      const w = window as unknown as { __realReader: typeof FileReader; __aborts: number };
      w.__realReader = Real;
      w.__aborts = 0;
      class Stalled extends Real {
        override readAsArrayBuffer(blob: Blob): void {
          setTimeout(() => this.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded: Math.floor(blob.size / 2), total: blob.size }) as ProgressEvent<FileReader>), 0);
        }
        override abort(): void {
          w.__aborts++;
          super.abort();
        }
      }
      window.FileReader = Stalled;
    });
    const importCalls: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes('/api/documents.')) importCalls.push(r.url());
    };
    page.on('request', onRequest);
    try {
      await page.getByTestId('import-button').click();
      const dialog = page.getByTestId('import-dialog');
      const buffer = Buffer.from(russian.repeat(4), 'utf8');
      await dialog.getByTestId('import-file').setInputFiles({ name: 'gross.txt', mimeType: 'text/plain', buffer });
      const bar = dialog.getByTestId('import-read-progress').getByRole('progressbar');
      await bar.waitFor();
      expect(await bar.getAttribute('aria-label')).toBe('Reading the file');
      await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe(String(Math.floor(buffer.length / 2)));
      expect(await bar.getAttribute('aria-valuemax')).toBe(String(buffer.length));
      expect(await bar.getAttribute('aria-valuetext')).toBe('Reading gross.txt: 50%');
      expect(await dialog.getByTestId('import-submit').isDisabled()).toBe(true);

      await dialog.getByTestId('import-read-progress-cancel').click();
      await bar.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => (window as unknown as { __aborts: number }).__aborts)).toBe(1);
      expect(await dialog.getByTestId('import-preview').count()).toBe(0);
      expect(await dialog.getByTestId('import-submit').isDisabled()).toBe(true);
      expect(await dialog.getByTestId('import-file').inputValue()).toBe('');
      expect(importCalls).toEqual([]);
    } finally {
      page.off('request', onRequest);
      await page.evaluate(() => {
        window.FileReader = (window as unknown as { __realReader: typeof FileReader }).__realReader;
      });
    }
  });

  it('reads an import file for real and shows a busy bar while the import request runs', async () => {
    const page = browser.page;
    const dialog = page.getByTestId('import-dialog');
    // Hold the import request so that its indeterminate bar can be seen.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/documents.importFile', async (route) => {
      await held;
      await route.continue();
    });
    try {
      // A Russian file goes into the Russian slot (the German one would ask first).
      await dialog.getByRole('radio', { name: 'Russian · original' }).check();
      await dialog.getByTestId('import-file').setInputFiles({ name: 'original.txt', mimeType: 'text/plain', buffer: Buffer.from(russian, 'utf8') });
      await dialog.getByTestId('import-preview').waitFor();
      expect(await dialog.getByTestId('import-read-progress').count()).toBe(0);
      await dialog.getByTestId('import-submit').click();
      const busy = dialog.getByTestId('import-progress').getByRole('progressbar');
      await busy.waitFor();
      expect(await busy.getAttribute('aria-valuenow')).toBeNull();
      expect(await busy.getAttribute('class')).toContain('is-indeterminate');
      release();
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    } finally {
      release();
      await page.unroute('**/api/documents.importFile');
    }
  });
});
