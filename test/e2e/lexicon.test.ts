import { afterAll, describe, expect, it } from 'vitest';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

describe('settings: dictionaries and the online assist', () => {
  let app: WebApp | undefined;
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('imports a dictionary for the open project, shows a broken one’s line, removes one, and switches the assist per project', async () => {
    app = await startWeb();
    browser = await openBrowser({ colorScheme: 'light', locale: 'en-US' });
    const page = browser.page;
    const wb = new WorkbenchPage(page);
    await wb.goto(app.url);
    await wb.projectView.waitFor();
    await page.getByTestId('settings-button').click();
    const box = page.getByTestId('lexicon-settings');
    await box.getByText('No dictionaries imported.').waitFor();

    await box.getByTestId('lexicon-scope').selectOption('project');
    await box.getByTestId('lexicon-import-file').setInputFiles({ name: 'eigen.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('Flunkerei\tвраньё\nSeeweg\tморской путь\n') });
    await box.getByTestId('lexicon-message').getByText('Imported eigen.tsv: 2 pairs.').waitFor();
    await box.getByTestId('lexicon-list').getByText('eigen.tsv (TSV, 2 pairs, this project)').waitFor();

    await box.getByTestId('lexicon-import-file').setInputFiles({ name: 'kaputt.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('Zoll\tпошлина\nkein Tab hier\n') });
    const alert = box.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/line 2/);
    expect(await box.getByTestId('lexicon-list').locator('li').count()).toBe(1);

    await box.getByTestId('lexicon-list').getByRole('button', { name: 'Remove' }).click();
    await box.getByText('No dictionaries imported.').waitFor();

    const assist = box.getByTestId('lexicon-assist');
    expect(await assist.isChecked()).toBe(false);
    await assist.check();
    await box.getByTestId('lexicon-assist-estimate').waitFor();
    expect(await box.getByTestId('lexicon-assist-estimate').textContent()).toMatch(/would send \d+ characters to DeepL/);
    // Stored per project: the dialog opened again shows it on.
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('settings-button').click();
    await expect.poll(() => page.getByTestId('lexicon-assist').isChecked()).toBe(true);
    expect(browser.errors).toEqual([]);
  });
});
