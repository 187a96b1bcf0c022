import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_OPERATION_NAMES, RENDERER_OPERATION_NAMES } from '../core/api/renderer-operations';

// Exposes exactly the typed operation map: one function per operation, each bound to its own
// channel. Nothing takes a channel name, so a compromised page cannot reach other handlers.
const api = Object.fromEntries(
  [...RENDERER_OPERATION_NAMES, ...DESKTOP_OPERATION_NAMES].map((name) => [name, (args?: unknown) => ipcRenderer.invoke(`ehcqa:${name}`, args)]),
);

contextBridge.exposeInMainWorld('ehcqa', Object.freeze({
  ...api,
  onImportProgress: (listener: (payload: unknown) => void) => {
    const handler = (_event: unknown, type: string, payload: unknown) => { if (type === 'plans.import.progress') listener(payload); };
    ipcRenderer.on('ehcqa:event', handler);
    return () => ipcRenderer.removeListener('ehcqa:event', handler);
  },
  onMenu: (listener: (command: string) => void) => {
    const handler = (_event: unknown, command: string) => listener(command);
    ipcRenderer.on('ehcqa:menu', handler);
    return () => ipcRenderer.removeListener('ehcqa:menu', handler);
  },
}));
