import { realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Resolves a URL path to a file inside the app folder, or null. Refuses `..`, encoded slashes
 * and backslashes, and any file whose real path (symlinks followed) leaves the folder.
 */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  if (/%2f|%5c|%00/i.test(urlPath) || urlPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.split('/').some((part) => part === '..' || part === '.')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(join(realRoot, relative));
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + sep)) return null;
  if (!statSync(real).isFile()) return null;
  const type = TYPES[extname(real).toLowerCase()];
  return type ? { file: real, type } : null;
}
