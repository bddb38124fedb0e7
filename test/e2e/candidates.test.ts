import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, screenshot } from '../support/web';
import { clippedLabels } from './pages/layout';
import { openDemo, type DemoSession } from './pages/session';
import { normaliseEditorText } from './pages/workbench';

/** What the candidates panel shows; each must be read whole. */
const CANDIDATE_LABELS = ['.candidates-block .review-label', '.candidate kbd', '.candidate-meta > span'];

/**
 * Where the floating evidence box is cut: past the window, or a line wider than the box (it
 * is fixed, so the panel's own overflow does not clip it).
 */
async function evidenceClipped(page: Page): Promise<string[]> {
  return page.getByTestId('candidate-evidence').evaluate((box) => {
    const out: string[] = [];
    const r = box.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) out.push(`box outside the window: ${JSON.stringify(r)}`);
    for (const el of Array.from(box.querySelectorAll<HTMLElement>('p, li, .evidence-kind'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.innerText}: ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    return out;
  });
}

describe('ranked candidates in the review panel: evidence on hover, marked in both texts', () => {
  let session: DemoSession | undefined;
  const s = () => session!;
  const page = () => s().browser.page;

  beforeAll(async () => {
    session = await openDemo({ width: 1280, height: 860 });
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The words an editor marks as evidence, in text order. */
  const marked = async (side: 'source' | 'target') =>
    (await s().wb.editor(side).locator('.view-lines .deco-evidence').allTextContents()).map(normaliseEditorText).filter(Boolean);

  async function selectQuote(german: string): Promise<void> {
    await s().wb.row(german).first().click();
    await s().wb.review.getByTestId('candidates').waitFor();
  }

  it('lists a quotation\'s candidates with their probabilities, the current source first', async () => {
    await selectQuote('Der Fluss, den wir teilen');
    const items = s().wb.review.getByTestId('candidate');
    await expect.poll(() => items.count()).toBe(3);
    expect(normaliseEditorText(await items.nth(0).locator('.candidate-text').innerText())).toBe('Река, которую мы делим');
    expect(await items.nth(0).getAttribute('data-current')).toBe('true');
    const pcts = await items.locator('.candidate-p').allInnerTexts();
    const values = pcts.map((p) => (p.startsWith('<') ? 0 : Number.parseInt(p, 10)));
    expect(values[0]).toBeGreaterThan(50);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    // A title the original does not name has none: the list goes, and comes back with the next quotation.
    await s().wb.row('Sewerny Westnik').first().click();
    await s().wb.review.getByTestId('review-state').waitFor();
    await expect.poll(() => s().wb.review.getByTestId('candidates').count()).toBe(0);
    await selectQuote('Der Fluss, den wir teilen');
    await expect.poll(() => items.count()).toBe(3);
  });

  it('shows a candidate\'s word evidence on hover and marks the matched words in both editors until the pointer leaves', async () => {
    expect(await marked('source')).toEqual([]);
    await s().wb.review.getByTestId('candidate-1').hover();
    const evidence = s().wb.review.getByTestId('candidate-evidence');
    await evidence.waitFor();
    const pairs = await evidence
      .getByTestId('evidence-pair')
      .evaluateAll((lis) => lis.map((li) => `${li.querySelector('[lang="de"]')?.textContent} ↔ ${li.querySelector('[lang="ru"]')?.textContent} (${li.querySelector('.evidence-kind')?.textContent})`));
    expect(pairs).toContain('Fluss ↔ Река (dictionary)');
    expect(pairs).toContain('teilen ↔ делим (dictionary)');
    await expect.poll(() => marked('source')).toEqual(expect.arrayContaining(['Река', 'делим']));
    await expect.poll(() => marked('target')).toEqual(expect.arrayContaining(['Fluss', 'teilen']));

    // Another candidate: its own span and words (and the Russian text scrolls to it).
    await s().wb.review.getByTestId('candidate-2').hover();
    await expect.poll(async () => normaliseEditorText((await evidence.innerText()) ?? '')).toContain('Candidate 2');
    await expect.poll(() => s().wb.editor('source').locator('.deco-candidate').count()).toBeGreaterThan(0);
    await expect.poll(() => marked('source')).toEqual(['реку']);
    await expect.poll(() => marked('target')).toEqual(['Fluss']);

    await s().wb.grid.hover();
    await evidence.waitFor({ state: 'detached' });
    await expect.poll(() => marked('source')).toEqual([]);
    await expect.poll(() => marked('target')).toEqual([]);
  });

  it('shows the evidence to keyboard focus too', async () => {
    await s().wb.review.getByTestId('candidate-1').focus();
    const evidence = s().wb.review.getByTestId('candidate-evidence');
    await evidence.waitFor();
    expect(await s().wb.review.getByTestId('candidate-1').getAttribute('aria-describedby')).toBe(await evidence.getAttribute('id'));
    await expect.poll(() => marked('target')).toEqual(expect.arrayContaining(['Fluss', 'teilen']));
    await page().keyboard.press('Escape');
    await s().wb.focusedGrid.focus();
    await evidence.waitFor({ state: 'detached' });
  });

  it('fits every label of the panel at 1280 px in English, German and Russian (screenshots in test-artifacts/)', async () => {
    await selectQuote('Das Wasser gehört uns allen');
    for (const lang of ['en', 'de', 'ru'] as const) {
      await page().getByTestId('ui-lang').selectOption(lang);
      await page().locator(`html[lang="${lang}"]`).waitFor();
      await s().wb.review.getByTestId('candidate-2').hover();
      await s().wb.review.getByTestId('candidate-evidence').waitFor();
      await expect.poll(() => clippedLabels(page(), CANDIDATE_LABELS), { message: lang }).toEqual([]);
      await expect.poll(() => evidenceClipped(page()), { message: lang }).toEqual([]);
      expect(await s().wb.review.getByTestId('candidate').count()).toBeGreaterThanOrEqual(2);
      await screenshot(page(), `candidates-${lang}-1280`);
      await s().wb.review.getByTestId('candidates').screenshot({ path: path.join(artifactsDir, `candidates-panel-${lang}-1280.png`) });
    }
    await page().getByTestId('ui-lang').selectOption('en');
  });

  it('logged no console errors', () => {
    expect(s().browser.errors).toEqual([]);
  });
});
