/**
 * The engine's own built-ins, recorded before pdfjs loads: `pdfjs.ts` imports this module first,
 * and a lint rule keeps every other module from importing pdfjs.
 *
 * pdfjs's legacy build carries core-js polyfills that replace built-ins for the whole process when
 * a feature test fails. On Node 20, V8 fails core-js's test of `push` on an array whose length is
 * read-only (an edge case no code here meets), so `Array.prototype.push` becomes a JavaScript
 * function about twelve times slower than V8's own, in pdfjs and in every line of structure and
 * scoring alike. `JSON.parse` is replaced the same way (for a proposal, source text access, that
 * nothing here uses). Putting V8's own back changes nothing but the time. (The polyfills cannot
 * be told apart by their text: core-js makes them print as "[native code]".)
 */
const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;

/** Puts back the built-ins recorded when this module loaded. */
export function restoreNativeBuiltins(): void {
  Array.prototype.push = nativePush;
  JSON.parse = nativeParse;
}
