import { BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { type ApiContext, invoke, type OperationName } from '../../core/api';
import { DESKTOP_OPERATION_NAMES, RENDERER_OPERATION_NAMES } from '../../core/api/renderer-operations';
import { EhcqaError, fail, ok } from '../../core/domain';
import { chooseFolder, choosePdfFiles } from './dialogs';
import { isAppUrl } from './security';

export const channelOf = (name: string) => `ehcqa:${name}`;
export const EVENT_CHANNEL = 'ehcqa:event';

/** Only the app's own top frame may call the API. */
export function senderIsApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** One handler per operation of the typed map (never a generic channel), arguments validated by `invoke`. */
export function registerIpc(ctx: ApiContext): void {
  for (const name of RENDERER_OPERATION_NAMES) {
    ipcMain.handle(channelOf(name), (event, args: unknown) => {
      if (!senderIsApp(event)) return fail(new EhcqaError('invalid_argument', 'Refused: the request did not come from the ehcqa window.'));
      return invoke(ctx, name as OperationName, args);
    });
  }
  for (const name of DESKTOP_OPERATION_NAMES) {
    ipcMain.handle(channelOf(name), async (event) => {
      if (!senderIsApp(event)) return fail(new EhcqaError('invalid_argument', 'Refused: the request did not come from the ehcqa window.'));
      const window = BrowserWindow.fromWebContents(event.sender);
      if (!window) return fail(new EhcqaError('internal', 'No window to show the dialog in.'));
      const paths = name === 'dialogs.importFolder' ? await chooseFolder(window) : await choosePdfFiles(window);
      if (paths.length === 0) return ok(null);
      return invoke(ctx, 'plans.import', { paths }, (type, payload) => event.sender.send(EVENT_CHANNEL, type, payload));
    });
  }
}
