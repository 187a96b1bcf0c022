import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Electron's main-process modules: records what the shell asks of them.
const handlers = new Map<string, (...args: unknown[]) => unknown>();
const dialogCalls: unknown[] = [];
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn) },
  BrowserWindow: { fromWebContents: () => ({ id: 1 }) },
  dialog: { showOpenDialog: async (_w: unknown, options: unknown) => { dialogCalls.push(options); return { canceled: true, filePaths: [] }; } },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
}));

const { windowOptions } = await import('./window');
const { secureContents, secureSession, isAppUrl } = await import('./security');
const { registerIpc, senderIsApp, channelOf } = await import('./ipc');
const { RENDERER_OPERATIONS } = await import('../../core/api');
const { RENDERER_OPERATION_NAMES, DESKTOP_OPERATION_NAMES } = await import('../../core/api/renderer-operations');

class FakeContents {
  readonly listeners = new Map<string, (event: { preventDefault: () => void; defaultPrevented?: boolean }, url?: string) => void>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  on(name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) { this.listeners.set(name, fn); return this; }
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) { this.openHandler = fn; }
  fire(name: string, url?: string): boolean {
    let prevented = false;
    this.listeners.get(name)?.({ preventDefault: () => { prevented = true; } }, url);
    return prevented;
  }
}

describe('the Electron window', () => {
  it('isolates and sandboxes the renderer, with no Node integration', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, navigateOnDragDrop: false, preload: '/app/preload.cjs',
    });
    expect(windowOptions('x').width).toBe(1366);
  });

  it('denies navigation away from the app, redirects, webviews and new windows', () => {
    const contents = new FakeContents();
    secureContents(contents as never);
    expect(contents.fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://ehcqa/index.html#/library')).toBe(false);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://ehcqa/index.html' })).toEqual({ action: 'deny' });
  });

  it('sets the CSP on every response, blocks remote content and denies every permission', () => {
    let headersHook: ((d: { responseHeaders: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null = null;
    let requestHook: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    secureSession({
      webRequest: { onHeadersReceived: (fn: typeof headersHook) => (headersHook = fn), onBeforeRequest: (fn: typeof requestHook) => (requestHook = fn) },
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as never);
    let headers: Record<string, string[]> = {};
    headersHook!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']![0]).toMatch(/default-src 'self'; script-src 'self'/);
    expect(headers['Content-Security-Policy']![0]).toMatch(/object-src 'none'/);
    const cancelled = (url: string) => { let c = false; requestHook!({ url }, (r) => (c = r.cancel)); return c; };
    expect(cancelled('https://cdn.example.org/x.js')).toBe(true);
    expect(cancelled('app://ehcqa/assets/index.js')).toBe(false);
    let granted = true;
    permission!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(check!()).toBe(false);
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://ehcqa/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('IPC: exactly the typed API', () => {
  beforeEach(() => handlers.clear());

  it('registers one channel per renderer operation and the dialog imports, nothing generic', () => {
    registerIpc({ db: null as never, toolVersion: 't', now: () => new Date() });
    expect([...handlers.keys()].sort()).toEqual([...RENDERER_OPERATION_NAMES, ...DESKTOP_OPERATION_NAMES].map(channelOf).sort());
    expect([...RENDERER_OPERATION_NAMES].sort()).toEqual([...RENDERER_OPERATIONS].sort());
    expect(handlers.has(channelOf('plans.import'))).toBe(false);
  });

  it('refuses calls from frames other than the app window, and validates arguments at the boundary', async () => {
    registerIpc({ db: null as never, toolVersion: 't', now: () => new Date() });
    const foreign = { senderFrame: { url: 'https://example.org/', parent: null } };
    const sub = { senderFrame: { url: 'app://ehcqa/index.html', parent: {} } };
    const own = { senderFrame: { url: 'app://ehcqa/index.html', parent: null } };
    expect(senderIsApp(foreign as never)).toBe(false);
    expect(senderIsApp(sub as never)).toBe(false);
    expect(senderIsApp(own as never)).toBe(true);
    const refused = (await handlers.get(channelOf('plans.list'))!(foreign, {})) as { ok: boolean; error: { message: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error.message).toMatch(/did not come from the ehcqa window/);
    const invalid = (await handlers.get(channelOf('audits.review'))!(own, { sha256: 'nope', auditorId: 1 })) as { ok: boolean; error: { code: string; message: string } };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(invalid.error.message).toMatch(/audits\.review: sha256: a plan is named by the SHA-256/);
  });

  it('opens files only through a main-process dialog', async () => {
    registerIpc({ db: null as never, toolVersion: 't', now: () => new Date() });
    const own = { senderFrame: { url: 'app://ehcqa/index.html', parent: null }, sender: { send: () => undefined } };
    const result = await handlers.get(channelOf('dialogs.importFiles'))!(own);
    expect(result).toEqual({ ok: true, value: null });
    expect(dialogCalls).toHaveLength(1);
    expect(dialogCalls[0]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
  });

  it('the preload exposes the named operations only, bound to their own channels', () => {
    const preload = readFileSync(new URL('../preload.ts', import.meta.url), 'utf8');
    expect(preload).toMatch(/RENDERER_OPERATION_NAMES, \.\.\.DESKTOP_OPERATION_NAMES/);
    expect(preload).not.toMatch(/invoke\(channel/);
    expect(preload).toMatch(/exposeInMainWorld\('ehcqa'/);
  });
});
