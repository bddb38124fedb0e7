import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeeplStandin, type DeeplStandin } from '../support/deepl-standin';
import { foreignRequests, openBrowser, screenshot, startWeb, type Browser, type WebApp } from '../support/web';
import { CONTRAST_SELECTORS, textContrast } from './pages/contrast';
import { WorkbenchPage } from './pages/workbench';

// A Russian text written for this test: parts of the sample article's source, in our own words.
const russian = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gastbeitrag.ru.txt'), 'utf8');

describe('workbench: align, review, correct, export', () => {
  let app: WebApp;
  let browser: Browser;
  let wb: WorkbenchPage;
  let deepl: DeeplStandin;
  let acceptedId: string | null = null;
  let exportedTmx = '';

  beforeAll(async () => {
    deepl = await startDeeplStandin();
    app = await startWeb({ env: { DEEPL_AUTH_KEY: deepl.key, DEEPL_SERVER_URL: deepl.url } });
    browser = await openBrowser({ colorScheme: 'light', viewport: { width: 1600, height: 1000 } });
    wb = new WorkbenchPage(browser.page);
    await wb.goto(app.url);
    await wb.openProject('Sample');
    await wb.waitForEditor('target');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await deepl?.close();
  });

  it('aligns the pasted Russian original with the German article and lists quotes and sentences', async () => {
    await wb.pasteIntoSource(russian);
    await wb.waitForEditor('source');
    await wb.waitForAlignment();
    // The aligner takes an article quoting an original for just that; align sentences too.
    await browser.page.getByTestId('align-mode').selectOption('sentences');
    await browser.page.getByTestId('align-button').click();
    await wb.waitForAlignment();
    await wb.filterKind('Sentences');
    expect(await wb.gridRows.count()).toBeGreaterThan(5);
    await wb.filterKind('All');
    expect(await wb.gridRows.count()).toBeGreaterThan(5);
    expect(await wb.statusCounts.innerText()).toMatch(/\d+ quotes/);
    // Decorations: the quotations are marked in the German editor.
    expect(await wb.editor('target').locator('.deco-quote').count()).toBeGreaterThan(0);
  });

  it('links a quotation: selecting its row selects the Russian span and shows both in the review panel', async () => {
    await wb.filterKind('Quotes');
    const row = wb.gridRows.filter({ hasText: 'In Astana wurde ein umfangreiches Paket' });
    await row.click();
    await expect(wb.review.getByTestId('review-published').innerText()).resolves.toContain('In Astana wurde ein umfangreiches Paket');
    await expect(wb.review.getByTestId('review-source').innerText()).resolves.toContain('В Астане был подписан обширный пакет');
    await wb.editor('source').locator('.deco-selected').first().waitFor();
    await screenshot(browser.page, 'workbench-review-light');
  });

  it('navigates rows with Ctrl+Down and Alt+Up from the grid', async () => {
    const before = await wb.selectedRow.getAttribute('data-row-id');
    await wb.grid.locator('[role="grid"]').focus();
    await browser.page.keyboard.press('Control+ArrowDown');
    const after = await wb.selectedRow.getAttribute('data-row-id');
    expect(after).not.toBe(before);
    await browser.page.keyboard.press('Alt+ArrowUp');
    expect(await wb.selectedRow.getAttribute('data-row-id')).toBe(before);
  });

  it('confirms, rejects, undoes and redoes; the status bar counts follow', async () => {
    const counts = async () => Number(/(\d+) confirmed/.exec(await wb.statusCounts.innerText())?.[1]);
    const c0 = await counts();
    await browser.page.keyboard.press('Space');
    await expect.poll(counts).toBe(c0 + 1);
    await browser.page.getByTestId('undo').click();
    await expect.poll(counts).toBe(c0);
    await browser.page.getByTestId('redo').click();
    await expect.poll(counts).toBe(c0 + 1);
    await wb.grid.locator('[role="grid"]').focus();
    await browser.page.keyboard.press('Control+z');
    await expect.poll(counts).toBe(c0);
  });

  it('relinks a quotation to a Russian selection and undoes the relink', async () => {
    const srcBefore = await wb.review.getByTestId('review-source').innerText();
    // Select a paragraph of the Russian text with the mouse (a triple click selects the line),
    // then link it to the row: selecting words must not move the row selection.
    await wb.editor('source').locator('.view-line', { hasText: 'В ноябре 2024 года' }).click({ clickCount: 3 });
    await browser.page.getByTestId('link-selection').click();
    await expect.poll(() => wb.review.getByTestId('review-source').innerText()).not.toBe(srcBefore);
    const srcAfter = await wb.review.getByTestId('review-source').innerText();
    expect(srcAfter).not.toBe(srcBefore);
    expect(srcAfter).toContain('В ноябре 2024 года');
    await wb.grid.locator('[role="grid"]').focus();
    await browser.page.keyboard.press('Control+z');
    await expect.poll(() => wb.review.getByTestId('review-source').innerText()).toBe(srcBefore);
  });

  it('draws a new link from selections in both editors, and undoes it', async () => {
    const rows = async () => Number(/(\d+) rows/.exec(await wb.statusCounts.innerText())?.[1]);
    const n0 = await rows();
    for (const side of ['target', 'source'] as const) {
      await wb.editor(side).locator('.view-line').first().click();
      await browser.page.keyboard.press('Control+Home');
    }
    await wb.editor('target').locator('.view-line', { hasText: 'Foto t.me' }).click({ clickCount: 3 });
    await wb.editor('source').locator('.view-line', { hasText: 'союз, проверенный временем' }).click({ clickCount: 3 });
    await browser.page.keyboard.press('Control+Shift+L');
    await expect.poll(rows).toBe(n0 + 1);
    await wb.grid.locator('[role="grid"]').focus();
    await browser.page.keyboard.press('Control+z');
    await expect.poll(rows).toBe(n0);
    // Back to the quotation the next tests work on.
    await wb.filterKind('Quotes');
    await wb.gridRows.filter({ hasText: 'In Astana wurde ein umfangreiches Paket' }).click();
  });

  it('fetches a DeepL suggestion and shows its diff against the published German', async () => {
    await wb.review.getByTestId('fetch-suggestion').click();
    await wb.review.getByTestId('review-suggestion').waitFor();
    expect(await wb.review.getByTestId('review-suggestion').innerText()).toMatch(/^\[DE\] /);
    await wb.review.getByTestId('review-diff').locator('.monaco-diff-editor').waitFor();
    expect(deepl.counts.translatedTexts).toBeGreaterThan(0);
    await screenshot(browser.page, 'workbench-suggestion-light');
  });

  it('accepts an edited checked translation with Ctrl+Enter and moves to the next row', async () => {
    const id = await wb.selectedRow.getAttribute('data-row-id');
    acceptedId = id;
    const checked = wb.review.getByTestId('review-checked');
    await checked.fill('Geprüfte Fassung des Zitats');
    await checked.press('Control+Enter');
    expect(await wb.selectedRow.getAttribute('data-row-id')).not.toBe(id);
    const accepted = wb.grid.locator(`[data-row-id="${id}"]`);
    await expect.poll(() => accepted.getAttribute('data-state')).toBe('confirmed');
  });

  it('shows the alignment map', async () => {
    await wb.filterKind('All');
    await browser.page.getByTestId('tab-map').click();
    await browser.page.getByTestId('alignment-map').locator('canvas').waitFor();
    await screenshot(browser.page, 'workbench-map-light');
    await browser.page.getByTestId('tab-grid').click();
  });

  it('exports the confirmed pairs as TMX', async () => {
    await browser.page.getByTestId('export-button').click();
    const dialog = browser.page.getByTestId('export-dialog');
    const [download] = await Promise.all([browser.page.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
    const file = await download.path();
    const tmx = fs.readFileSync(file, 'utf8');
    expect(tmx).toContain('<tmx version="1.4"');
    expect(tmx).toContain('Geprüfte Fassung des Zitats');
    exportedTmx = tmx;
  });

  it('shows the accepted pair in the translation-memory panel, and takes the exported TMX back in', async () => {
    await wb.filterKind('Quotes');
    await wb.grid.locator(`[data-row-id="${acceptedId}"]`).click();
    await browser.page.getByRole('tab', { name: 'Memory' }).click();
    const matches = browser.page.getByTestId('tm-matches');
    await matches.waitFor();
    expect(await matches.innerText()).toContain('Geprüfte Fassung des Zitats');
    expect(await matches.innerText()).toMatch(/100%/);
    await screenshot(browser.page, 'workbench-memory-light');
    await browser.page.getByTestId('tm-import-file').setInputFiles({ name: 'export.tmx', mimeType: 'application/xml', buffer: Buffer.from(exportedTmx) });
    await browser.page.getByTestId('tm-import-result').waitFor();
    expect(await browser.page.getByTestId('tm-import-result').innerText()).toMatch(/\d+ added, \d+ merged/);
    await browser.page.getByRole('tab', { name: 'Review' }).click();
    await wb.filterKind('All');
  });

  it('reviews ten sentence pairs with the keyboard alone', async () => {
    const confirmed = async () => Number(/(\d+) confirmed/.exec(await wb.statusCounts.innerText())?.[1]);
    const c0 = await confirmed();
    await wb.filterKind('Sentences');
    await wb.filterState('open');
    await wb.grid.locator('[role="grid"]').focus();
    await browser.page.keyboard.press('Home');
    await browser.page.keyboard.press('Enter');
    expect(await browser.page.evaluate(() => document.activeElement?.id)).toBe('rv-checked-input');
    const seen = new Set<string | null>();
    for (let k = 0; k < 10; k++) {
      seen.add(await wb.selectedRow.getAttribute('data-row-id'));
      await browser.page.keyboard.press('Control+Enter');
    }
    expect(seen.size).toBe(10);
    await expect.poll(confirmed).toBe(c0 + 10);
    await browser.page.keyboard.press('Escape');
    expect(await browser.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await wb.filterState('all');
    await wb.filterKind('All');
  });

  it('scrolls the Russian text along with the German one', async () => {
    const before = await wb.visibleText('source');
    const box = (await wb.editor('target').boundingBox())!;
    await browser.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // A reveal (the last row selected) pauses the sync for a moment on purpose: scroll on until
    // the Russian text follows, rather than sleeping through the pause.
    await expect
      .poll(async () => {
        await browser.page.mouse.wheel(0, 300);
        return wb.visibleText('source');
      })
      .not.toBe(before);
  });

  it('passes WCAG AA text contrast in the light and the dark theme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await browser.page.emulateMedia({ colorScheme: scheme });
      await browser.page.locator(`html[data-theme="${scheme}"]`).waitFor();
      const results = await textContrast(browser.page, CONTRAST_SELECTORS);
      expect(results.length).toBeGreaterThan(20);
      const failing = results.filter((r) => r.ratio < 4.5).map((r) => `${scheme} ${r.selector}: ${r.ratio.toFixed(2)} (${r.color} on ${r.background})`);
      expect(failing).toEqual([]);
    }
    await browser.page.getByTestId('tab-map').click();
    await browser.page.getByTestId('alignment-map').locator('canvas').waitFor();
    await screenshot(browser.page, 'workbench-map-dark');
    await browser.page.getByTestId('tab-grid').click();
    await browser.page.emulateMedia({ colorScheme: 'light' });
  });

  it('switches the interface to Russian and the dark theme', async () => {
    await browser.page.getByTestId('ui-lang').selectOption('ru');
    await browser.page.getByRole('button', { name: 'Выровнять заново' }).waitFor();
    for (const name of ['Таблица', 'Карта', 'Проверка', 'Память', 'Конкорданс', 'Глоссарий']) {
      await browser.page.getByRole('tab', { name }).waitFor();
    }
    expect(await wb.statusCounts.innerText()).toMatch(/\d+ строк/);
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('ru');
    await browser.page.emulateMedia({ colorScheme: 'dark' });
    await browser.page.locator('html[data-theme="dark"]').waitFor();
    await screenshot(browser.page, 'workbench-review-dark-ru');
    await browser.page.getByTestId('ui-lang').selectOption('en');
  });

  it('logged no console errors and sent nothing beyond 127.0.0.1', () => {
    expect(browser.errors).toEqual([]);
    expect(foreignRequests(browser.requests, app.origin)).toEqual([]);
  });
});
