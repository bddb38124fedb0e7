import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

/** Reads the stored choices through the page's own bridge session (the cookie is HttpOnly). */
async function storedSettings(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const res = await fetch('/api/settings.get', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keys: ['ui.theme', 'ui.lang', 'mt.formality', 'align.mode'] }),
    });
    return res.json();
  });
}

describe('settings: interface choices survive a restart of npm run web on another port', () => {
  let first: WebApp | undefined;
  let second: WebApp | undefined;
  const browsers: Browser[] = [];

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await first?.stop();
    await second?.stop();
  });

  it('keeps theme, interface language, formality and align mode in the database, not in the origin', async () => {
    first = await startWeb();
    const b1 = await openBrowser({ colorScheme: 'light', locale: 'en-US' });
    browsers.push(b1);
    const wb1 = new WorkbenchPage(b1.page);
    await wb1.goto(first.url);
    await wb1.projectView.waitFor();
    await b1.page.locator('html[lang="en"][data-theme="light"]').waitFor();

    await b1.page.getByTestId('settings-button').click();
    const dialog1 = b1.page.getByTestId('settings-dialog');
    await dialog1.getByLabel('Formality of suggestions').selectOption('prefer_less');
    await b1.page.keyboard.press('Escape');
    await dialog1.waitFor({ state: 'hidden' });

    await b1.page.getByTestId('ui-lang').selectOption('de');
    await b1.page.locator('html[lang="de"]').waitFor();
    // The toggle cycles through the themes; with a light OS only an explicit choice is dark.
    for (let i = 0; i < 3 && (await b1.page.locator('html[data-theme="dark"]').count()) === 0; i++) {
      await b1.page.getByTestId('theme-toggle').click();
    }
    await b1.page.locator('html[data-theme="dark"]').waitFor();
    await b1.page.getByTestId('align-mode').selectOption('sentences');

    await expect.poll(() => storedSettings(b1.page)).toEqual({
      ok: true,
      value: { 'ui.theme': 'dark', 'ui.lang': 'de', 'mt.formality': 'prefer_less', 'align.mode': 'sentences' },
    });
    const dbFile = first.dbFile;
    await first.stop();
    first = undefined;

    // Same database, new process and new port, and a fresh browser profile: nothing in
    // localStorage can carry the choice over.
    second = await startWeb({ dbFile });
    const b2 = await openBrowser({ colorScheme: 'light', locale: 'en-US' });
    browsers.push(b2);
    const wb2 = new WorkbenchPage(b2.page);
    await wb2.goto(second.url);
    await wb2.projectView.waitFor();
    await b2.page.locator('html[lang="de"][data-theme="dark"]').waitFor();
    expect(await b2.page.getByTestId('ui-lang').inputValue()).toBe('de');
    expect(await b2.page.getByTestId('align-mode').inputValue()).toBe('sentences');
    await b2.page.getByTestId('settings-button').click();
    expect(await b2.page.getByTestId('settings-dialog').getByLabel('Förmlichkeit der Vorschläge').inputValue()).toBe('prefer_less');
    expect(await b2.page.evaluate(() => localStorage.getItem('sverka.ui'))).toContain('"theme":"dark"');
    expect(b2.errors).toEqual([]);
  });
});
