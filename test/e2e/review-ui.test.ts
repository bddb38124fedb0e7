import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { screenshot, type Browser } from '../support/web';
import { selectByFind } from './pages/keyboard';
import { clippedLabels } from './pages/layout';
import { openDemo, type DemoSession } from './pages/session';
import type { WorkbenchPage } from './pages/workbench';

const samples = path.join(repoRoot, 'electron', 'resources', 'samples');
const german = fs.readFileSync(path.join(samples, 'seed-article.de.txt'), 'utf8');
const russian = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gastbeitrag.ru.txt'), 'utf8');

describe('the workbench says what it knows: states, overlaps, map, labels, notices, language checks', () => {
  let session: DemoSession | undefined;
  let browser: Browser;
  let wb: WorkbenchPage;

  beforeAll(async () => {
    session = await openDemo();
    ({ browser, wb } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const page = () => browser.page;
  const rowsIn = (state: string) => wb.grid.locator(`[role="row"][data-state="${state}"]`);

  it('shows proposals of a source and of "not in the original" apart, a score bar only for a match probability', async () => {
    const absent = rowsIn('proposedAbsent');
    const proposed = rowsIn('proposed');
    expect(await absent.count()).toBeGreaterThan(0);
    expect(await proposed.count()).toBeGreaterThan(0);
    for (const r of await absent.all()) {
      expect(await r.locator('.score-bar').count()).toBe(0);
      expect(await r.locator('.gc-score').innerText()).toBe('no match');
      expect(await r.locator('.state-label').innerText()).toBe('Not found');
    }
    for (const r of await proposed.all()) expect(await r.locator('.score-bar').count()).toBe(1);
    // The user's "not in the original" differs from the aligner's in words, icon and colour.
    const first = absent.first();
    const id = (await first.getAttribute('data-row-id'))!;
    await first.click();
    await wb.focusedGrid.focus();
    await page().keyboard.press('a');
    const row = wb.grid.locator(`[data-row-id="${id}"]`);
    await expect.poll(() => wb.stateOf(row)).toBe('confirmedAbsent');
    await wb.reload();
    expect(await wb.stateOf(row)).toBe('confirmedAbsent');
    expect(await row.locator('.state-label').innerText()).toBe('Not in original');
    expect(await row.locator('.state-icon').getAttribute('class')).toContain('state-confirmedAbsent');
    expect(await row.locator('.score-bar').count()).toBe(0);
  });

  it('flags a Russian span two links claim, in the grid and in the original, through a reload', async () => {
    const quote = wb.row('Wir konnten weder');
    await quote.click();
    await wb.editor('source').locator('.view-line').first().click();
    await selectByFind(page(), 'Мы не успели ни предупредить людей, ни запастись водой');
    await page().keyboard.press('Control+l');
    await expect.poll(() => wb.stateOf(quote)).toBe('confirmed');
    // Another quotation linked to the whole paragraph around it: the two now overlap.
    const other = wb.row('Die Kommission trifft sich');
    await other.click();
    await wb.editor('source').locator('.view-line').first().click();
    await selectByFind(page(), 'по телефону за два дня до начала работ. «Мы не успели ни предупредить людей');
    await page().keyboard.press('Control+l');
    await expect.poll(() => other.getByTestId('flag-overlap').count()).toBe(1);
    await wb.reload();
    expect(await quote.getByTestId('flag-overlap').count()).toBe(1);
    expect(await other.getByTestId('flag-overlap').count()).toBe(1);
    // Selecting the row scrolls the original to its words, where the overlap is outlined.
    await quote.click();
    await expect.poll(() => wb.editor('source').locator('.deco-overlap').count()).toBeGreaterThan(0);
    await wb.filterState('all');
    await wb.grid.getByTestId('filter-overlap').click();
    expect(await wb.gridRows.count()).toBeGreaterThanOrEqual(2);
    await wb.grid.getByTestId('filter-overlap').click();
  });

  it('searches the rows and marks the matched Russian words inside their sentence', async () => {
    await wb.search('FRÜHJAHRE');
    await expect.poll(() => wb.gridRows.count()).toBe(1);
    await wb.search('');
    const quote = wb.row('Wir konnten weder');
    expect(await quote.locator('mark.match').innerText()).toBe('Мы не успели ни предупредить людей, ни запастись водой');
    await quote.locator('.row-expand').click();
    // Expanded: the whole sentence around the matched words.
    expect(await quote.getByTestId('grid-russian').innerText()).toContain('сказала она');
  });

  it('draws the map with named axes, a legend and a lane for quotations without a source', async () => {
    await page().getByTestId('tab-map').click();
    const map = page().getByTestId('alignment-map');
    const canvas = map.locator('canvas');
    await canvas.waitFor();
    expect(await canvas.getAttribute('aria-label')).toMatch(/Russian original, \d+ sentences.*German article, \d+ sentences/);
    const legend = await map.getByTestId('map-legend').innerText();
    for (const w of ['Proposed: not in original', 'Confirmed: not in original', 'Confirmed match', 'Quotation', 'no source in the original']) expect(legend).toContain(w);
    await page().getByTestId('tab-grid').click();
    const withoutSource = (await rowsIn('proposedAbsent').count()) + (await rowsIn('confirmedAbsent').count());
    await page().getByTestId('tab-map').click();
    expect(Number(await canvas.getAttribute('data-lane-rows'))).toBe(withoutSource);
    expect(withoutSource).toBeGreaterThan(0);
    await screenshot(page(), 'review-map-legend');
    await page().getByTestId('tab-grid').click();
  });

  it('counts documents with plurals in every language', async () => {
    const meta = async (name: string) => wb.projectItem(name).locator('.project-meta').first().innerText();
    expect(await meta('Sample')).toMatch(/1 document$/);
    expect(await meta('Demo')).toMatch(/2 documents$/);
    await page().getByTestId('ui-lang').selectOption('ru');
    await expect.poll(() => meta('Sample')).toMatch(/1 документ$/);
    expect(await meta('Demo')).toMatch(/2 документа$/);
    await page().getByTestId('ui-lang').selectOption('de');
    await expect.poll(() => meta('Sample')).toMatch(/1 Dokument$/);
    await page().getByTestId('ui-lang').selectOption('en');
  });

  it('shows an error once, counts repeats instead of stacking, clears it when the cause is gone, and lets it go by itself', async () => {
    // The good file at the end is the Sample's own article: the demo keeps its texts.
    await wb.openProject('Sample');
    const importFile = async (name: string, body: Buffer) => {
      await page().getByTestId('import-button').click();
      const dialog = page().getByTestId('import-dialog');
      await dialog.getByRole('radio', { name: 'German · published article' }).check();
      await dialog.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: body });
      await dialog.getByTestId('import-submit').click();
      return dialog;
    };
    let dialog = await importFile('scan.pdf', Buffer.from('%PDF-1.4 not a text'));
    const notices = page().getByTestId('notice');
    await notices.first().waitFor();
    await dialog.getByTestId('import-submit').click();
    await expect.poll(() => notices.first().innerText()).toContain('×2');
    expect(await notices.count()).toBe(1);
    // In the accessibility tree once: in a live region, without a role of its own.
    const tree = await page().locator('body').ariaSnapshot();
    expect(tree.split('.pdf').length - 1).toBe(1);
    expect(await page().locator('[data-testid="notices"] [role="alert"]').count()).toBe(0);
    // The cause goes away (a good file goes in): the error goes too.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    dialog = await importFile('artikel.txt', Buffer.from(german));
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page().locator('.notice-error').count()).toBe(0);
    // And a notice goes by itself.
    await page().getByTestId('notice').first().waitFor();
    await expect.poll(() => page().getByTestId('notice').count(), { timeout: 12_000 }).toBe(0);
  });

  it('asks before putting the German article into the Russian slot, and stores nothing until told', async () => {
    await wb.openProject('Sample');
    await wb.sourceInvite.waitFor();
    await wb.pasteIntoSource(german);
    const question = page().getByTestId('lang-question');
    await question.waitFor();
    expect(await question.innerText()).toMatch(/does not look like Russian/);
    await page().getByTestId('import-cancel').click();
    await page().reload();
    await wb.sourceInvite.waitFor();
    expect(await page().locator('[data-testid="editor-source"]').count()).toBe(0);
    // The import dialog asks the same; before a file is chosen it claims no detected language.
    await page().getByTestId('import-options').click();
    const dialog = page().getByTestId('import-dialog');
    expect(await dialog.getByTestId('import-lang').innerText()).not.toContain('detected');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'artikel.txt', mimeType: 'text/plain', buffer: Buffer.from(german) });
    await dialog.getByTestId('import-preview').waitFor();
    expect(await dialog.getByTestId('import-lang').locator('option:checked').innerText()).toBe('de (detected)');
    await dialog.getByTestId('import-lang').selectOption('ru');
    await dialog.getByTestId('import-submit').click();
    await dialog.getByTestId('lang-question').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The real original goes in without a question.
    await wb.pasteIntoSource(russian);
    await wb.waitForEditor('source');
    expect(await question.count()).toBe(0);
  });

  it('keeps editorial marks in the document but not in the memory', async () => {
    await wb.createProject('Marks');
    await page().getByTestId('import-target').click();
    const dialog = page().getByTestId('import-dialog');
    await dialog.getByRole('radio', { name: 'Pasted text' }).click();
    await dialog.getByTestId('import-paste').fill('Der Minister sagte am Montag: „Wir werden […] zusammenarbeiten.“ Mehr sagte er dazu nicht.');
    await dialog.getByTestId('import-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await wb.pasteIntoSource('Министр сказал в понедельник: «Мы будем [...] работать вместе». Больше он ничего не добавил.');
    await wb.waitForAlignment();
    await wb.filterKind('Quotes');
    const quote = wb.row('Wir werden');
    await quote.click();
    await wb.editor('source').locator('.view-line').first().click();
    await selectByFind(page(), 'Мы будем [...] работать вместе');
    await page().keyboard.press('Control+l');
    await expect.poll(() => wb.stateOf(quote)).toBe('confirmed');
    await quote.click();
    const checked = wb.review.getByTestId('review-checked');
    await checked.fill('Wir werden […] zusammenarbeiten.');
    await checked.press('Control+Enter');
    await page().getByRole('tab', { name: 'Memory' }).click();
    await quote.click();
    const matches = page().getByTestId('tm-matches');
    await expect.poll(() => matches.innerText()).toContain('Wir werden zusammenarbeiten.');
    expect(await matches.innerText()).toContain('Мы будем работать вместе');
    expect(await matches.innerText()).not.toMatch(/\[(…|\.\.\.)\]/);
    expect(await wb.visibleText('source')).toContain('Мы будем [...] работать вместе');
    await page().getByRole('tab', { name: 'Review' }).click();
  });

  it('fits every label from 1280 px in English, German and Russian; what does not fit goes into "More"', async () => {
    await wb.openProject('Demo');
    await wb.gridRows.first().click();
    for (const lang of ['en', 'de', 'ru'] as const) {
      await page().getByTestId('ui-lang').selectOption(lang);
      await page().locator(`html[lang="${lang}"]`).waitFor();
      for (const width of [1280, 1440]) {
        await page().setViewportSize({ width, height: 860 });
        // The bar lays itself out again when it is resized: wait for the new width and two frames.
        await page().waitForFunction((w) => window.innerWidth === w, width);
        await page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await expect.poll(() => clippedLabels(page()), { message: `${lang} at ${width}px` }).toEqual([]);
        await screenshot(page(), `workbench-${lang}-${width}`);
        // Sync scroll, Import, Export and Settings are there: in the bar or in "More".
        const more = page().getByTestId('toolbar-more');
        if (await more.count()) await more.click();
        for (const id of ['sync-scroll', 'import-button', 'export-button', 'settings-button']) {
          expect(await page().getByTestId(id).isVisible(), `${id} in ${lang} at ${width}px`).toBe(true);
        }
        if (await more.count()) {
          expect(await clippedLabels(page(), ['[data-testid="toolbar-menu"] .menu-item'])).toEqual([]);
          await page().keyboard.press('Escape');
        }
      }
    }
    await page().getByTestId('ui-lang').selectOption('en');
    await page().setViewportSize({ width: 1440, height: 900 });
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
