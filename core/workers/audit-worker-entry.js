// A child process started by the pool has no TypeScript loader of its own, so it registers tsx
// before loading the real (TypeScript) child module.
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
// pdfjs is 5 MB of JavaScript: loaded through tsx it is transformed with source maps that stay in
// memory (measured: 507 MB resident after one plan, against 115 MB without). Loaded first, before
// tsx, the later imports get the same modules untransformed. pdfjs's in-process ("fake") worker
// takes its handler from globalThis.pdfjsWorker instead of importing the file again.
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('natural');
register();
await import('./audit-child.ts');
