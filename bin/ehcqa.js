#!/usr/bin/env node
// The `ehcqa` command. The sources are TypeScript run through tsx, so a clone needs no build
// step; worker threads are started with the same loader (see core/workers).
import { register } from 'tsx/esm/api';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
// pdfjs (5 MB of JavaScript) loaded through tsx is transformed with source maps kept in memory,
// about 160 MB; loaded before tsx, later imports reuse it untransformed (see core/workers).
await import('pdfjs-dist/legacy/build/pdf.mjs');
register();
const { main } = await import('../core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
