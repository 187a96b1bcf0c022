// Worker threads do not inherit the parent's TypeScript loader, so each worker registers tsx
// itself before loading the real (TypeScript) worker module.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
register();
await import('./audit-worker.ts');
