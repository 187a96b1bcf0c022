/**
 * The engine's own built-ins, recorded before pdfjs loads (see `pdfjs.ts`, which imports this
 * module first for that reason).
 *
 * pdfjs's legacy build carries core-js polyfills that replace built-ins for the whole process when
 * a feature test fails. On Node 20, V8 fails core-js's test of `push` on an array whose length is
 * read-only (an edge case no code here meets), so `Array.prototype.push` becomes a JavaScript
 * function about twelve times slower than V8's own, in pdfjs and in every line of structure and
 * scoring alike. `JSON.parse` is replaced the same way (for a proposal, source text access, that
 * nothing here uses). Putting V8's own back changes nothing but the time.
 */
const isNative = (fn: unknown): boolean => typeof fn === 'function' && Function.prototype.toString.call(fn).includes('[native code]');

const nativePush = isNative(Array.prototype.push) ? Array.prototype.push : null;
const nativeParse = isNative(JSON.parse) ? JSON.parse : null;

/**
 * Puts back the built-ins recorded at load. One recorded after a polyfill replaced it (something
 * loaded pdfjs before this module) is not native and is left as it is.
 */
export function restoreNativeBuiltins(): void {
  if (nativePush && Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
  if (nativeParse && JSON.parse !== nativeParse) JSON.parse = nativeParse;
}
