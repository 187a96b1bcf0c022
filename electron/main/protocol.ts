import { readFileSync } from 'node:fs';
import { protocol } from 'electron';
import { resolveStatic } from '../../core/bridge/static-files';
import { APP_RESPONSE_HEADERS, APP_SCHEME } from './security';

/** Must run before the app is ready: app:// behaves as a standard, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from app://ehcqa/, never a file outside its folder. */
export function serveAppFolder(folder: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const found = resolveStatic(folder, new URL(request.url).pathname);
    if (!found) return new Response('Not found', { status: 404, headers: APP_RESPONSE_HEADERS });
    return new Response(readFileSync(found.file), { headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': found.type } });
  });
}
