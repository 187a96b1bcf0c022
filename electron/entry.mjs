// Electron's main process entry: registers the TypeScript loader, then starts the app.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
register();
await import('./main/main.ts');
