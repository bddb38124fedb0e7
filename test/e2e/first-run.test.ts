import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { openBrowser, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

/** The first command a newcomer types, on a machine where Sverka never ran. */
describe('first run: npm run web where the data folder does not exist yet', () => {
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  const homes: string[] = [];

  const freshHome = (): string => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'sverka-home-'));
    homes.push(home);
    return home;
  };

  afterEach(async () => {
    await browser?.close();
    await app?.stop();
    browser = undefined;
    app = undefined;
    for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true });
  });

  it('starts without --db in a fresh home, creates ~/.local/share/sverka and shows the projects', async () => {
    const home = freshHome();
    app = await startWeb({ defaultDb: true, env: { HOME: home }, unset: ['XDG_DATA_HOME', 'SVERKA_DATA_DIR'] });
    expect(fs.existsSync(path.join(home, '.local', 'share', 'sverka', 'sverka.db'))).toBe(true);
    browser = await openBrowser();
    const wb = new WorkbenchPage(browser.page);
    await wb.goto(app.url);
    await wb.projectItem('Sample').waitFor();
    expect(browser.errors).toEqual([]);
  });

  it('takes an empty XDG_DATA_HOME as unset instead of writing ./sverka in the working folder', async () => {
    const home = freshHome();
    const stray = path.join(repoRoot, 'sverka');
    const strayBefore = fs.existsSync(stray);
    app = await startWeb({ defaultDb: true, env: { HOME: home, XDG_DATA_HOME: '' }, unset: ['SVERKA_DATA_DIR'] });
    expect(fs.existsSync(path.join(home, '.local', 'share', 'sverka', 'sverka.db'))).toBe(true);
    expect(fs.existsSync(stray)).toBe(strayBefore);
  });

  it('creates the folder of a --db that does not exist yet', async () => {
    const home = freshHome();
    const dbFile = path.join(home, 'not', 'there', 'yet', 'work.db');
    app = await startWeb({ dbFile, env: { HOME: home } });
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(fs.existsSync(`${dbFile}.lock`)).toBe(true);
  });
});
