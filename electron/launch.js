#!/usr/bin/env node
// `npm start`: the desktop window where Electron's binary is installed; otherwise it says so
// and serves the same app to a browser on this computer (`ehcqa serve`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

async function electronBinary() {
  try {
    const { default: path } = await import('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // the package is there for its types, but its binary was not downloaded
  }
}

const binary = await electronBinary();
const run = (command, args) => spawn(command, args, { stdio: 'inherit', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } }).on('exit', (code) => process.exit(code ?? 0));

if (binary) {
  // The sandboxed preload must be one CommonJS file.
  await build({ entryPoints: [here('./preload.ts')], outfile: here('./dist/preload.cjs'), bundle: true, platform: 'node', format: 'cjs', external: ['electron'], logLevel: 'warning' });
  run(binary, [here('./entry.mjs')]);
} else {
  console.log("ehcqa: Electron's desktop binary is not installed on this machine, so the app opens in your browser instead.");
  console.log('ehcqa: (on a machine with internet access, `npm install` downloads it; see README "Desktop app").');
  run(process.execPath, [here('../bin/ehcqa.js'), 'serve', ...process.argv.slice(2)]);
}
