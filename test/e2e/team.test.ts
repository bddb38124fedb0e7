import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgMemoryStore, TeamClient } from '../../electron/services/team';
import { parseTeamUrl } from '../../electron/services/team/config';
import { payload, servicesFor, teamDatabase, type TeamDb } from '../integration/team/helpers';
import { startPostgres, type PgCluster } from '../support/postgres';
import { openBrowser, screenshot, startWeb, type Browser, type WebApp } from '../support/web';
import { WorkbenchPage } from './pages/workbench';

const russian = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gastbeitrag.ru.txt'), 'utf8');

describe('team memory in the workbench', () => {
  let cluster: PgCluster;
  let db: TeamDb;
  let app: WebApp;
  let browser: Browser;
  let wb: WorkbenchPage;

  beforeAll(async () => {
    cluster = await startPostgres({ fast: true });
    db = await teamDatabase(cluster);
    await cluster.createRole('lena', 'lena-pw');
    const admin = servicesFor(db.adminUrl());
    await admin.team.grant('main', 'lena', 'translator');
    admin.close();
    app = await startWeb({ env: { SVERKA_TEAM_URL: db.url('lena', 'lena-pw') } });
    browser = await openBrowser({ colorScheme: 'light', viewport: { width: 1600, height: 1000 } });
    wb = new WorkbenchPage(browser.page);
    await wb.goto(app.url);
    await wb.openProject('Sample');
    await wb.waitForEditor('target');
    await wb.pasteIntoSource(russian);
    await wb.waitForEditor('source');
    await wb.waitForAlignment();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    cluster?.destroy();
  });

  it('shows a colleague’s pair from the team memory with its provenance', async () => {
    await wb.filterKind('Quotes');
    await wb.gridRows.filter({ hasText: 'In Astana wurde ein umfangreiches Paket' }).click();
    const source = (await wb.review.getByTestId('review-source').innerText()).trim();
    expect(source.length).toBeGreaterThan(10);
    const client = new TeamClient(parseTeamUrl(db.url('lena', 'lena-pw')));
    try {
      await new PgMemoryStore(client, ['main'], 'main').addUnits([
        payload(source, 'Aus dem Team-Speicher: ein umfangreiches Paket.', { project: 'Kasachstan-Serie', reviewer: 'Lena M.' }),
      ]);
    } finally {
      await client.close();
    }
    await browser.page.getByRole('tab', { name: 'Memory' }).click();
    const matches = browser.page.getByTestId('tm-matches');
    await matches.waitFor();
    const team = matches.locator('li[data-store="team"]').first();
    await team.waitFor();
    expect(await team.innerText()).toContain('Aus dem Team-Speicher: ein umfangreiches Paket.');
    expect(await team.getByTestId('match-store').innerText()).toBe('Team · main');
    // The selection's text as the page shows it may differ in spacing from the span: 99 or 100.
    expect(await team.innerText()).toMatch(/(100|99)%[\s\S]*Lena M\.[\s\S]*Project Kasachstan-Serie/);
    expect(await browser.page.getByTestId('team-offline').count()).toBe(0);
    await screenshot(browser.page, 'team-memory-matches');
  });

  it('says so in the settings, and keeps showing local matches when the server goes away', async () => {
    await browser.page.getByTestId('settings-button').click();
    const dialog = browser.page.getByTestId('settings-dialog');
    await expect.poll(() => dialog.getByTestId('team-status').innerText()).toBe('Connected. Memories: main');
    expect(await dialog.getByText('Set by SVERKA_TEAM_URL for this session.').count()).toBe(1);
    expect(await dialog.getByTestId('team-password').isDisabled()).toBe(true);
    // The open project follows the default memory until it is given a choice of its own.
    const project = dialog.getByTestId('team-project');
    await project.waitFor();
    expect(await project.getByTestId('team-project-write').inputValue()).toBe('main');
    await project.getByTestId('team-project-write').selectOption('');
    const useDefault = project.getByRole('button', { name: 'Use the default' });
    await useDefault.waitFor();
    await screenshot(browser.page, 'team-memory-settings');
    await useDefault.click();
    await useDefault.waitFor({ state: 'detached' });
    expect(await project.getByTestId('team-project-write').inputValue()).toBe('main');
    await browser.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    cluster.stop();
    // The panel asks again when it is shown again (same row, which has a Russian source).
    await browser.page.getByRole('tab', { name: 'Review' }).click();
    await browser.page.getByRole('tab', { name: 'Memory' }).click();
    const offline = browser.page.getByTestId('team-offline');
    await offline.waitFor();
    expect(await offline.innerText()).toBe('Team memory offline: showing local matches.');
    await browser.page.getByTestId('settings-button').click();
    await expect.poll(() => dialog.getByTestId('team-status').innerText()).toMatch(/^Not reachable: The team memory server 127\.0\.0\.1:\d+ cannot be reached/);
    await browser.page.keyboard.press('Escape');
    expect(browser.errors).toEqual([]);
  });
});
