import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';

/** A small menu: the import commands, the usual edit and view roles, quit. */
export function buildMenu(window: BrowserWindow): Menu {
  const send = (command: string) => () => window.webContents.send('ehcqa:menu', command);
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [
      { label: 'Import PDF files…', accelerator: 'CmdOrCtrl+O', click: send('import-files') },
      { label: 'Import a folder…', accelerator: 'CmdOrCtrl+Shift+O', click: send('import-folder') },
      { type: 'separator' },
      { role: 'quit' },
    ] },
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}
