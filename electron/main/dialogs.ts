import { type BrowserWindow, dialog } from 'electron';

/**
 * The only way a file on this computer reaches ehcqa from the window: the user picks it in a
 * native dialog of the main process. The renderer never names a path.
 */
export async function choosePdfFiles(window: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import EHC plans',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
  });
  return result.canceled ? [] : result.filePaths;
}

export async function chooseFolder(window: BrowserWindow): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, { title: 'Import a folder of EHC plans', properties: ['openDirectory'] });
  return result.canceled ? [] : result.filePaths;
}
