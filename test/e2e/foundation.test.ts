import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { foreignRequests, openBrowser, screenshot, startWeb, type Browser, type WebApp } from '../support/web';
import { normaliseEditorText, WorkbenchPage } from './pages/workbench';

// The first line of the sample article (the user's own text), read at run time, not copied.
const sampleFirstLine = fs
  .readFileSync(path.join(repoRoot, 'electron', 'resources', 'samples', 'seed-article.de.txt'), 'utf8')
  .split('\n')[0]!
  .trim();

describe('foundation: npm run web in Chromium', () => {
  let app: WebApp;
  let browser: Browser;
  let wb: WorkbenchPage;

  beforeAll(async () => {
    app = await startWeb();
    browser = await openBrowser({ colorScheme: 'light' });
    wb = new WorkbenchPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads the project list with the first-run demo and sample projects, the demo open and aligned', async () => {
    await wb.goto(app.url);
    await wb.projectList.waitFor();
    await wb.projectItem('Sample').waitFor();
    expect(await wb.projectItems.count()).toBe(2);
    expect(await wb.breadcrumb.innerText()).toContain('Demo');
    await wb.gridRows.first().waitFor();
  });

  it('opens the sample project with the German article in one Monaco editor and an invitation in the Russian pane', async () => {
    await wb.openProject('Sample');
    await wb.waitForEditor('target');
    expect(await wb.breadcrumb.innerText()).toContain('Sample');
    expect(await wb.visibleText('target')).toContain(normaliseEditorText(sampleFirstLine));
    await expect(wb.sourceInvite.isVisible()).resolves.toBe(true);
    await screenshot(browser.page, 'foundation-project-view-empty-source-light');
  });

  it('adds the Russian original from a paste and shows it in the second Monaco editor', async () => {
    const russian = 'Первое предложение оригинала.\nВторое предложение, написанное для теста.';
    await wb.pasteIntoSource(russian);
    await wb.waitForEditor('source');
    expect(await wb.visibleText('source')).toContain('Первое предложение оригинала.');
    expect(await wb.visibleText('target')).toContain(normaliseEditorText(sampleFirstLine));
    expect(await browser.page.locator('.monaco-editor').count()).toBe(2);
    await screenshot(browser.page, 'foundation-project-view-light');
  });

  it('keeps the Russian original after a reload (it reached the database)', async () => {
    await browser.page.reload();
    await wb.waitForEditor('source');
    expect(await wb.visibleText('source')).toContain('Второе предложение');
  });

  it('renders the project view in the dark theme when the OS asks for it', async () => {
    await browser.page.emulateMedia({ colorScheme: 'dark' });
    await browser.page.locator('html[data-theme="dark"]').waitFor();
    await screenshot(browser.page, 'foundation-project-view-dark');
    await browser.page.emulateMedia({ colorScheme: 'light' });
    await browser.page.locator('html[data-theme="light"]').waitFor();
  });

  it('creates, renames and deletes a project from the list', async () => {
    await wb.createProject('Interview Mai');
    await wb.projectItem('Interview Mai').waitFor();
    await wb.sourceInvite.waitFor();
    expect(await wb.breadcrumb.innerText()).toContain('Interview Mai');

    await wb.projectItem('Interview Mai').locator('button.project-open').focus();
    await browser.page.keyboard.press('F2');
    const rename = browser.page.getByTestId('rename-project-dialog');
    await rename.getByLabel('Name').fill('Interview Juni');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await wb.projectItem('Interview Juni').waitFor();

    await wb.projectItem('Interview Juni').getByRole('button', { name: 'Delete: Interview Juni' }).click();
    const del = browser.page.getByTestId('delete-project-dialog');
    await del.getByRole('button', { name: 'Delete project' }).click();
    await wb.projectItem('Interview Juni').waitFor({ state: 'detached' });
    expect(await wb.projectItems.count()).toBe(2);
  });

  it('logged no console errors and sent no request beyond 127.0.0.1', () => {
    expect(browser.errors).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(browser.requests, app.origin)).toEqual([]);
    expect(browser.requests.some((u) => u.includes('/api/projects.list'))).toBe(true);
  });

  it('refuses requests without the token', async () => {
    const page = await fetch(`${app.origin}/`);
    expect(page.status).toBe(403);
    const call = await fetch(`${app.origin}/api/projects.list`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(call.status).toBe(403);
    const withToken = await fetch(app.url);
    expect(withToken.status).toBe(200);
  });
});
