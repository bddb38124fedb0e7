import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, type Browser } from '../support/web';
import { downloaded } from './pages/files';
import { selectByFind } from './pages/keyboard';
import { openDemo, type DemoSession } from './pages/session';
import type { WorkbenchPage } from './pages/workbench';

// The demo's quotation whose automatic link takes only its first sentence: the second German
// sentence ("…, der eingehalten wird") has no Russian counterpart in the linked span.
const QUOTE = 'Wir brauchen keinen neuen Vertrag';
const COMMENT = 'Der zweite Satz steht so nicht im Original.';

/**
 * Quote fidelity in the review panel: flags highlighted in the editors with a legend, a verdict
 * with a comment that survives a reload, the grid filters by flag and verdict, and the
 * fact-check report the export writes.
 */
describe('quote fidelity in the workbench', () => {
  let session: DemoSession | undefined;
  let browser: Browser;
  let wb: WorkbenchPage;
  const page = () => browser.page;
  const section = () => page().getByTestId('fidelity-section');

  beforeAll(async () => {
    session = await openDemo({ width: 1280, height: 860 });
    ({ browser, wb } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the flags of the selected quotation on both sides, highlighted in the German editor, with a legend', async () => {
    await wb.filterKind('Quotes');
    await wb.row(QUOTE).click();
    const flag = section().getByTestId('fidelity-flags').locator('li[data-kind="addition"]');
    await flag.waitFor();
    expect(await flag.innerText()).toContain('eingehalten');
    expect(await section().getByTestId('fidelity-legend').locator('li').count()).toBe(6);
    expect(await section().getByTestId('fidelity-hint').innerText()).toMatch(/not a verdict/);
    const highlight = wb.editor('target').locator('.fid-flag.fid-addition');
    await expect.poll(() => highlight.count()).toBeGreaterThan(0);
    expect(await highlight.first().innerText()).toContain('eingehalten');
    await expect.poll(() => section().getByTestId('fidelity-summary').innerText()).toMatch(/12 quotations/);
  });

  it('stores a verdict with a comment and the reviewer, and a reload keeps it', async () => {
    await section().locator('[data-verdict="distorted"]').click();
    await section().getByTestId('fidelity-comment').fill(COMMENT);
    await section().getByTestId('fidelity-save').click();
    await expect.poll(() => section().getByTestId('fidelity-signed').innerText()).toMatch(/^Distorted — by /);
    await wb.reload();
    await wb.filterKind('Quotes');
    await wb.row(QUOTE).click();
    await section().getByTestId('fidelity-signed').waitFor();
    expect(await section().locator('[data-verdict="distorted"]').getAttribute('aria-checked')).toBe('true');
    expect(await section().getByTestId('fidelity-comment').inputValue()).toBe(COMMENT);
    await section().getByTestId('fidelity-history-open').click();
    expect(await section().getByTestId('fidelity-history').innerText()).toContain(COMMENT);
    await expect.poll(() => section().getByTestId('fidelity-summary-verdicts').innerText()).toBe('1 with a verdict');
  });

  it('filters the grid by flag and by verdict', async () => {
    await wb.filterKind('All');
    const all = await wb.gridRows.count();
    const flagFilter = wb.grid.getByTestId('filter-fidelity-flag');
    const verdictFilter = wb.grid.getByTestId('filter-fidelity-verdict');
    await flagFilter.selectOption('addition');
    await expect.poll(() => wb.gridRows.count()).toBe(1);
    expect(await wb.gridRows.first().innerText()).toContain(QUOTE);
    await flagFilter.selectOption('none');
    await expect.poll(() => wb.gridRows.count()).toBe(7);
    expect(await wb.row(QUOTE).count()).toBe(0);
    await flagFilter.selectOption('all');
    await verdictFilter.selectOption('distorted');
    await expect.poll(() => wb.gridRows.count()).toBe(1);
    await verdictFilter.selectOption('faithful');
    await expect.poll(() => wb.gridRows.count()).toBe(0);
    await verdictFilter.selectOption('all');
    await expect.poll(() => wb.gridRows.count()).toBe(all);
  });

  it('exports the fact-check report as HTML and DOCX with the flags, the verdict and the links provenance', async () => {
    const files: Record<string, Buffer> = {};
    for (const format of ['factcheck-html', 'factcheck-docx']) {
      await page().getByTestId('export-button').click();
      const dialog = page().getByTestId('export-dialog');
      await dialog.locator(`input[name="format"][value="${format}"]`).check();
      if (!(await dialog.getByTestId('export-status-auto').isChecked())) await dialog.getByTestId('export-status-auto').click();
      await expect.poll(() => dialog.getByTestId('export-count').innerText()).toMatch(/^12 pairs/);
      const file = await downloaded(page(), () => dialog.getByTestId('export-submit').click());
      expect(file.name).toMatch(/\.fact-check\.(html|docx)$/);
      files[format] = file.bytes;
      await dialog.waitFor({ state: 'detached' });
    }
    const html = files['factcheck-html']!.toString('utf8');
    const row = html.split('<tr data-entry=').find((r) => r.includes(QUOTE))!;
    expect(row).toContain('data-kind="addition"');
    expect(row).toContain('eingehalten');
    expect(row).toContain('Нам не нужен новый договор');
    expect(row).toContain(`Distorted — `);
    expect(row).toContain(COMMENT);
    expect(row).toContain('automatic link');
    expect(html).toMatch(/<td>Quotations<\/td><td>12<\/td>/);
    expect(html).toMatch(/<td>Verdict: Distorted<\/td><td>1<\/td>/);
    const doc = strFromU8(unzipSync(new Uint8Array(files['factcheck-docx']!))['word/document.xml']!);
    expect(doc).toContain(COMMENT);
    expect(doc).toContain('Addition [addition-words]: eingehalten');
  });

  it('follows a relink: the new source is compared, its words highlighted in the Russian editor', async () => {
    await wb.filterKind('Quotes');
    const relinked = wb.row('von Jahr zu Jahr verschoben');
    await relinked.click();
    await wb.editor('source').locator('.view-line').first().click();
    await selectByFind(page(), 'у Кременки не было выбора');
    await page().keyboard.press('Control+l');
    await expect.poll(() => wb.stateOf(relinked)).toBe('confirmed');
    await relinked.click();
    const kinds = section().getByTestId('fidelity-flags').locator('li');
    await expect.poll(async () => (await kinds.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).sort()).toEqual(expect.arrayContaining(['name', 'negation']));
    const ruNegation = wb.editor('source').locator('.fid-flag.fid-negation');
    await expect.poll(() => ruNegation.count()).toBeGreaterThan(0);
    expect(await ruNegation.first().innerText()).toBe('не');
  });

  it('reads in English, German and Russian at 1280 px', async () => {
    await wb.filterKind('Quotes');
    await wb.row(QUOTE).click();
    for (const [lang, title] of [
      ['en', 'Fidelity'],
      ['de', 'Zitattreue'],
      ['ru', 'Точность'],
    ] as const) {
      await page().getByTestId('ui-lang').selectOption(lang);
      await page().locator(`html[lang="${lang}"]`).waitFor();
      expect(await section().locator('h3').first().innerText()).toBe(title);
      // Scroll the panel itself: scrollIntoView would also scroll the page sideways (the toolbar's measuring strip is wider than the window).
      await section().evaluate((el) => {
        const panel = el.closest('.side-tabpanel');
        if (panel) panel.scrollTop = (el as HTMLElement).offsetTop - (panel as HTMLElement).offsetTop;
        // Undo a sideways scroll of the page that focusing an editor may have caused.
        for (const e of [document.scrollingElement, document.body, ...document.querySelectorAll('#root, #root > *, #root > * > *')]) if (e && e.scrollLeft > 0) e.scrollLeft = 0;
      });
      await screenshot(page(), `fidelity-${lang}-1280`);
    }
    await page().getByTestId('ui-lang').selectOption('en');
  });
});
