import { type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../core/bridge/security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://ehcqa`;

export const isAppUrl = (url: string): boolean => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
};

/**
 * Electron's security checklist for the session: a strict CSP on every response, every
 * permission request (camera, notifications, geolocation...) denied, no remote content.
 */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    // Only the app's own files and in-memory objects load: no remote content at all.
    const allowed = isAppUrl(details.url) || details.url.startsWith('blob:') || details.url.startsWith('data:') || details.url.startsWith('devtools:');
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Navigation away from the app, new windows and webviews are all refused. */
export function secureContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export const APP_RESPONSE_HEADERS = SECURITY_HEADERS;
