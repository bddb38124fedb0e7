import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

const russian = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gastbeitrag.ru.txt'), 'utf8');
const german = fs.readFileSync(path.join(repoRoot, 'electron', 'resources', 'samples', 'seed-article.de.txt'));

describe('import dialog: files, encodings, languages', () => {
  let app: WebApp;
  let browser: Browser;
  let wb: WorkbenchPage;

  beforeAll(async () => {
    app = await startWeb();
    browser = await openBrowser();
    wb = new WorkbenchPage(browser.page);
    await wb.goto(app.url);
    await wb.projectItem('Sample').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('imports the German article into a new project from a file', async () => {
    await wb.createProject('Import test');
    await browser.page.getByTestId('import-target').click();
    const dialog = browser.page.getByTestId('import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'artikel.txt', mimeType: 'text/plain', buffer: german });
    await dialog.getByTestId('import-preview').waitFor();
    await expect(dialog.getByTestId('import-encoding').inputValue()).resolves.toBe('auto');
    expect(await dialog.getByTestId('import-encoding').locator('option:checked').innerText()).toContain('utf-8');
    expect(await dialog.getByTestId('import-lang').inputValue()).toBe('de');
    await dialog.getByRole('radio', { name: 'German · published article' }).check();
    await dialog.getByTestId('import-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await wb.waitForEditor('target');
  });

  it('shows the detected windows-1251 encoding of the Russian original, lets the user change it, and imports it', async () => {
    await browser.page.getByTestId('import-options').click();
    const dialog = browser.page.getByTestId('import-dialog');
    await dialog.getByTestId('import-file').setInputFiles({ name: 'original.txt', mimeType: 'text/plain', buffer: iconv.encode(russian, 'windows-1251') });
    await dialog.getByTestId('import-preview').waitFor();
    expect(await dialog.getByTestId('import-encoding').locator('option:checked').innerText()).toContain('windows-1251');
    expect(await dialog.getByTestId('import-preview').innerText()).toContain('Казахстан и Россия');
    expect(await dialog.getByTestId('import-lang').inputValue()).toBe('ru');
    await dialog.getByTestId('import-encoding').selectOption('koi8-r');
    expect(await dialog.getByTestId('import-preview').innerText()).not.toContain('Казахстан');
    await dialog.getByTestId('import-encoding').selectOption('windows-1251');
    await dialog.getByTestId('import-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await wb.waitForEditor('source');
    expect(await wb.visibleText('source')).toContain('Казахстан и Россия');
    await wb.waitForAlignment();
  });

  it('says what a memory import read and skipped, taking the missing target language from the project', async () => {
    // As translate-toolkit's po2xliff writes it: no target-language; the second unit is untranslated.
    const xlf = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file original="a.po" source-language="ru" datatype="po"><body>',
      '<trans-unit id="1"><source>Переговоры прошли успешно.</source><target>Die Gespräche waren erfolgreich.</target></trans-unit>',
      '<trans-unit id="2"><source>Всё остальное потом.</source></trans-unit>',
      '</body></file></xliff>',
    ].join('\n');
    await browser.page.getByRole('tab', { name: 'Memory' }).click();
    await browser.page.getByTestId('tm-import-file').setInputFiles({ name: 'po2xliff.xlf', mimeType: 'application/xml', buffer: Buffer.from(xlf) });
    const result = browser.page.getByTestId('tm-import-result');
    await result.waitFor();
    expect(await result.innerText()).toBe('1 read (1 added, 0 merged) · 1 skipped: 1 without a target (line 4)');
  });

  it('logged no console errors', () => {
    expect(browser.errors).toEqual([]);
  });
});
