import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../core/bridge/server';
import { openDatabase, type WriteDb } from '../core/store';

/** Raw HTTP, so the test can send the Host and Origin headers a browser or an attacker would. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

let bridge: Bridge;
let db: WriteDb;
let appFolder: string;
const api = (name: string, args: unknown, headers: Record<string, string> = {}) =>
  send(bridge.port, `/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ehcqa-Token': bridge.token, ...headers }, body: JSON.stringify(args) });

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ehcqa-bridge-'));
  appFolder = join(dir, 'app');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(appFolder, 'assets'), { recursive: true });
  writeFileSync(join(appFolder, 'index.html'), '<script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(appFolder, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the app folder');
  symlinkSync(join(dir, 'secret.txt'), join(appFolder, 'assets', 'link.js'));
  db = openDatabase(join(dir, 'b.db'));
  bridge = await startBridge({ ctx: { db, toolVersion: 'test', now: () => new Date() }, appFolder });
});
afterAll(async () => {
  await bridge.close();
  db.close();
});

describe('ehcqa serve: the local bridge', () => {
  it('prints a loopback URL with a per-start token', () => {
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?t=[A-Za-z0-9_-]{20,}$`));
  });

  it('serves the page with the token, and puts the token on its asset links', async () => {
    const page = await send(bridge.port, `/?t=${bridge.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`/assets/app.js?t=${bridge.token}`);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(bridge.port, '/')).status).toBe(401);
    expect((await send(bridge.port, '/?t=wrong')).status).toBe(401);
  });

  it('answers API calls only with the token in a header (not a cookie or the query)', async () => {
    expect((await api('auditors.list', {})).status).toBe(200);
    const noToken = await send(bridge.port, '/api/auditors.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `t=${bridge.token}` }, body: '{}' });
    expect(noToken.status).toBe(401);
    const inQuery = await send(bridge.port, `/api/auditors.list?t=${bridge.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await send(bridge.port, `/?t=${bridge.token}`, { headers: { Host: `evil.example:${bridge.port}` } })).status).toBe(403);
    expect((await api('auditors.list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('auditors.list', {}, { Origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
  });

  it('keeps static files inside the app folder', async () => {
    const t = `?t=${bridge.token}`;
    for (const path of ['/../secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/link.js', '/assets\\..\\..\\secret.txt']) {
      const res = await send(bridge.port, `${path}${t}`);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the app folder');
    }
    expect((await send(bridge.port, `/assets/app.js${t}`)).status).toBe(200);
  });

  it('validates arguments with the API schemas: a clear error, no stack trace', async () => {
    const res = await api('auditors.create', { name: '', agency: 'police' });
    const body = JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('invalid_argument');
    expect(body.error.message).toMatch(/^auditors\.create: (name|agency): /);
    expect(res.body).not.toMatch(/at \w+ \(|node:internal|\.ts:\d+/);
    const broken = await send(bridge.port, '/api/auditors.list', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Ehcqa-Token': bridge.token }, body: '{not json' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: 'The request body is not valid JSON.' } });
  });

  it('never offers operations that read paths on this computer', async () => {
    const res = await api('plans.import', { paths: ['/etc'] });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
