import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { readRubricFile } from '../../core/api/rubric-files';
import { openDatabase } from '../../core/store';
import { AuditPool } from '../../core/workers/pool';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { registerAppScheme, serveAppFolder } from './protocol';
import { APP_ORIGIN, secureContents, secureSession } from './security';
import { windowOptions } from './window';

const TOOL_VERSION = app.getVersion();

registerAppScheme();
app.enableSandbox();

// One window per user: a second launch focuses the first (one database, one writer).
if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_event, contents) => secureContents(contents));

app.whenReady().then(() => {
  const dataDir = app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, 'ehcqa.db'));
  const rubric = readRubricFile();
  const pool = new AuditPool({ rubric });
  registerIpc({ db, toolVersion: TOOL_VERSION, now: () => new Date(), pool, rubric });
  secureSession(session.defaultSession);
  serveAppFolder(fileURLToPath(new URL('../../renderer/dist', import.meta.url)));

  const window = new BrowserWindow(windowOptions(fileURLToPath(new URL('../dist/preload.cjs', import.meta.url))));
  window.setMenu(buildMenu(window));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    void pool.close().finally(() => {
      db.close();
      app.quit();
    });
  });
});
