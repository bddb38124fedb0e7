import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

// Sandboxed preload: only named functions from the contract reach the page, never ipcRenderer.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
);
