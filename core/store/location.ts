import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's database in the user's data folder, as Electron's `userData` would place it. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  const base =
    platform === 'win32' ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
    : platform === 'darwin' ? join(home, 'Library', 'Application Support')
    : (env['XDG_DATA_HOME'] ?? join(home, '.local', 'share'));
  return join(base, 'ehcqa', 'ehcqa.db');
}
