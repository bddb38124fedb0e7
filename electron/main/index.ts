import * as electron from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../ipc/dispatch';
import { registerIpc } from '../ipc/register';
import { createServices, type Services } from '../services';
import { electronKeyChain } from '../services/mt';
import { electronTeamKeyChain } from '../services/team/config';
import { acquireDbLock } from '../db/lock';
import { APP_HOST, APP_SCHEME, CSP, mimeType, resolveAppUrl } from './security';
import { createMainWindow } from './window';
import { offerBackup } from '../db/backup';
import { describeError } from '../errors';

// This module is the Electron entry; it is bundled to dist/electron/main.cjs and is the only
// place that imports electron at run time (tests load it with a stub module).
const { app, BrowserWindow, ipcMain, protocol, shell, dialog, safeStorage } = electron;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const rendererRoot = path.join(__dirname, '..', 'renderer');
const preload = path.join(__dirname, 'preload.cjs');

function serveApp(request: Request): Response {
  const file = resolveAppUrl(rendererRoot, request.url);
  if (!file || !file.startsWith(rendererRoot)) return new Response('Not found', { status: 404 });
  try {
    const body = fs.readFileSync(file);
    return new Response(body, {
      headers: { 'content-type': mimeType(file), 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

let services: Services | undefined;

export function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_SCHEME}://${APP_HOST}/`)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(() => {
    const dbFile = process.env['SVERKA_DB'] ?? path.join(app.getPath('userData'), 'sverka.db');
    try {
      acquireDbLock(dbFile);
      services = createServices({
        dbFile,
        shell: 'electron',
        version: app.getVersion(),
        sample: true,
        // The DeepL key is kept encrypted by the OS keychain, never in the database.
        mtKeys: electronKeyChain(safeStorage, app.getPath('userData')),
        // So is the team memory's database password.
        teamKeys: electronTeamKeyChain(safeStorage, app.getPath('userData')),
      });
    } catch (err) {
      dialog.showErrorBox('Sverka cannot open its database', describeError(err, { dbFile, offerBackup }));
      app.exit(1);
      return;
    }
    protocol.handle(APP_SCHEME, serveApp);
    registerIpc(ipcMain, createDispatch(services));
    createMainWindow(BrowserWindow, preload, (url) => void shell.openExternal(url));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(BrowserWindow, preload);
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => services?.close());
}

start();
