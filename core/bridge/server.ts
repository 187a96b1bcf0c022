import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type ApiContext, invoke, isOperationName, LOCAL_OPERATIONS } from '../api';
import { EhcqaError, fail } from '../domain';
import { fromOurOrigin, SECURITY_HEADERS, TOKEN_HEADER, tokensEqual } from './security';
import { resolveStatic } from './static-files';

export interface BridgeOptions {
  readonly ctx: ApiContext;
  /** The built renderer (index.html and assets). */
  readonly appFolder: string;
  /** 0: any free port. */
  readonly port?: number;
  /** For tests; default a fresh random token per start. */
  readonly token?: string;
}

export interface Bridge {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const MAX_BODY = 150 * 1024 * 1024;

/**
 * `ehcqa serve`: the app's screens and its API over HTTP on 127.0.0.1 only. Every request
 * needs the per-start token: API calls in the `X-Ehcqa-Token` header (never a cookie, so another
 * page cannot ride on it), page and asset loads as `?t=` (a browser cannot add headers to them).
 * No CORS; foreign Host or Origin refused; static files cannot leave the app folder.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'application/json', JSON.stringify(fail(new EhcqaError('internal', 'The request failed.')))));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromOurOrigin(req, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: ehcqa only answers its own page on this computer.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!tokensEqual(headerValue(req, TOKEN_HEADER), token)) return sendJson(res, 401, fail(new EhcqaError('invalid_argument', 'Missing or wrong access token.')));
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      if (!isOperationName(name) || LOCAL_OPERATIONS.has(name)) return sendJson(res, 404, fail(new EhcqaError('invalid_argument', `Unknown operation "${name.slice(0, 60)}".`)));
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, fail(new EhcqaError('invalid_argument', 'Send the arguments as application/json.')));
      let args: unknown;
      try {
        args = JSON.parse(await readBody(req));
      } catch (error) {
        return sendJson(res, 400, fail(error instanceof EhcqaError ? error : new EhcqaError('invalid_argument', 'The request body is not valid JSON.')));
      }
      return sendJson(res, 200, await invoke(options.ctx, name, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    if (!tokensEqual(url.searchParams.get('t'), token)) return send(res, 401, 'text/plain; charset=utf-8', 'Open ehcqa with the address printed when it started (it holds an access token).');
    const found = resolveStatic(options.appFolder, url.pathname);
    if (!found) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    const body = readFileSync(found.file);
    // Asset URLs in the page carry the token too, so the browser's own loads are allowed.
    const content = found.type.startsWith('text/html') ? Buffer.from(body.toString('utf8').replace(/(src|href)="(\/[^"?]+)"/g, `$1="$2?t=${token}"`)) : body;
    return send(res, 200, found.type, content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?t=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new EhcqaError('too_large', 'The request is larger than the bridge accepts (150 MB).'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
