import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_HOST, APP_SCHEME } from './security';

/** The only options any Sverka window is created with. */
export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The one window factory: secure preferences, window.open denied, navigation away from the
 * app blocked (links open nowhere inside the app).
 */
export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  preload: string,
  openExternal?: (url: string) => void,
): BrowserWindowType {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Sverka',
    webPreferences: secureWebPreferences(preload),
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (openExternal && /^https:\/\//.test(url)) openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_SCHEME}://${APP_HOST}/`)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(START_URL);
  return win;
}
