import { openBrowser, startWeb, type Browser, type WebApp } from '../../support/web';
import { WorkbenchPage } from './workbench';

/** A fresh `npm run web` and Chromium, on the first screen: the demo, opened aligned. */
export interface DemoSession {
  app: WebApp;
  browser: Browser;
  wb: WorkbenchPage;
  close(): Promise<void>;
}

export async function openDemo(viewport = { width: 1440, height: 900 }): Promise<DemoSession> {
  const app = await startWeb();
  const browser = await openBrowser({ viewport });
  const wb = new WorkbenchPage(browser.page);
  await wb.goto(app.url);
  await wb.gridRows.first().waitFor({ timeout: 60_000 });
  return {
    app,
    browser,
    wb,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}
