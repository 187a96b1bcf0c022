// The order of these imports matters: native-builtins records V8's built-ins before pdfjs's
// polyfills replace them.
import { restoreNativeBuiltins } from './native-builtins';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdfjs runs its worker in this thread when it finds the worker's handler on globalThis; loaded
// here rather than on the first document, so its polyfills are in before the built-ins go back.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

export { pdfjs };
