import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { Dispatch } from './dispatch';

/** The renderer's origin; IPC from any other frame is refused. */
export const APP_ORIGIN = 'app://sverka';

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** Registers one `ipcMain.handle` per contract channel, each checking the sender frame. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const ch of channels) {
    ipcMain.handle(ch, async (event, payload: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN', 'This window may not call Sverka.');
      return dispatch(ch, payload);
    });
  }
}
